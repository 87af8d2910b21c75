"""``python -m giaoban`` and the ``giaoban`` console script: the same command line.

The entry point lives here, not in ``giaoban.cli``, so that a Ctrl-C arriving while the
program is still importing its libraries (about 100 ms) ends it like one arriving later:
one line, exit 130, no traceback (s2 trial F22).
"""

from __future__ import annotations

import sys

INTERRUPTED = 130  # 128 + SIGINT, what a shell reports for a program stopped by Ctrl-C


def run() -> None:
    """Hand the command to the resident giaoban when there is one (giaoban.resident);
    else import the command line and run it (``giaoban.cli.run``), and start a resident
    server for next time. A Ctrl-C during the import prints "đã dừng theo yêu cầu." and
    exits 130."""
    from giaoban import utf8_output

    utf8_output()
    try:
        _resident()
        from giaoban.cli import run as program
    except KeyboardInterrupt:
        sys.stderr.write("đã dừng theo yêu cầu.\n")  # messages.py is not loaded yet
        raise SystemExit(INTERRUPTED) from None
    program()


def _resident() -> None:
    """Exit with the resident child's code when it ran the command; else arrange for a
    server to be started once this process's command is done (GIAOBAN_RESIDENT)."""
    import os

    if os.environ.get("GIAOBAN_RESIDENT", "") == "0" or not sys.platform.startswith("linux"):
        return  # as client.wanted() says, without importing it
    from giaoban.resident import client

    if not client.wanted():
        return
    handed = client.hand_over(sys.argv)
    _command, debug, language = client.command_of(sys.argv)
    if debug:
        from giaoban.messages import msg, set_language

        set_language(language)
        if isinstance(handed, client.NotHanded):
            why = msg(handed.reason, detail=handed.detail)
            sys.stderr.write(msg("resident_not_used", reason=why) + "\n")
        else:
            sys.stderr.write(msg("resident_used", pid=client.last_child) + "\n")
        sys.stderr.flush()
    if not isinstance(handed, client.NotHanded):
        os._exit(handed)
    if handed.start:
        import atexit

        atexit.register(_start_server, handed)  # the first registered runs last


def _start_server(handed: object) -> None:
    from giaoban.resident import client

    for stream in (sys.stdout, sys.stderr):  # the command's output first
        try:
            stream.flush()
        except (OSError, ValueError, AttributeError):
            pass
    try:
        client.start_server(handed)  # type: ignore[arg-type]
    except OSError:
        pass


if __name__ == "__main__":
    run()
