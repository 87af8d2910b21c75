"""``python -m giaoban``: the same command line as ``giaoban``."""

from giaoban.cli import main

if __name__ == "__main__":
    main()
