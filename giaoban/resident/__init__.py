"""A resident giaoban: a server that has imported and warmed everything once, and forks a
child for each command (client.py: the command line's side; server.py: the server's).

Why: importing click, pydantic, PyYAML, Jinja and Babel alone costs about what a whole
bare docxtpl script does (issue 16); a forked child of a warmed process starts with all of
it done. This package's ``__init__`` imports nothing: the client runs before anything else.
"""
