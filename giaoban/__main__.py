"""``python -m giaoban`` and the ``giaoban`` console script: the same command line.

The entry point lives here, not in ``giaoban.cli``, so that a Ctrl-C arriving while the
program is still importing its libraries (about 100 ms) ends it like one arriving later:
one line, exit 130, no traceback (s2 trial F22).
"""

from __future__ import annotations

import sys

INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for a program stopped by Ctrl-C


def run() -> None:
    """Import the command line and run it (``giaoban.cli.run``); a Ctrl-C during the
    import prints "đã dừng theo yêu cầu." and exits 130."""
    try:
        from giaoban.cli import run as program
    except KeyboardInterrupt:
        sys.stderr.write("đã dừng theo yêu cầu.\n")  # messages.py is not loaded yet
        raise SystemExit(INTERRUPTED) from None
    program()


if __name__ == "__main__":
    run()
