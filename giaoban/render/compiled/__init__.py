"""The default Word templates compiled when giaoban is built (``make templates``): see
``giaoban/render/shipped.py``. Every other file here is generated; do not edit it."""
