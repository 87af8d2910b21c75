"""``giaoban serve``: a local web application to write records in a form with a live preview."""
