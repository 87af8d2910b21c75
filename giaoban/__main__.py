"""``python -m giaoban``: the same command line as ``giaoban``."""

from giaoban.cli import run

if __name__ == "__main__":
    run()
