"""One module per command: the logic behind each thin wrapper in ``giaoban.cli``."""
