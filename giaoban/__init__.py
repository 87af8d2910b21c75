__version__ = "0.1.0"


def utf8_output() -> None:
    """Write UTF-8 to stdout and stderr whatever the locale: on Windows a redirected
    ``giaoban validate . > loi.txt`` would be written in the ANSI code page (cp1252),
    every Vietnamese letter outside it a "?" (s4-trial F101); Windows' own console is
    UTF-8 already. No BOM on a stream (a pipe's reader would get it as text); what cannot
    be encoded (a file name's stray bytes) is replaced, never a crash. Called first
    thing (``giaoban.__main__``, before handing a command to the resident giaoban, whose
    child then writes UTF-8 too) and by ``giaoban.cli.main`` for callers in process."""
    import sys

    for stream in (sys.stdout, sys.stderr):
        encoding = (getattr(stream, "encoding", None) or "").lower().replace("-", "")
        if encoding != "utf8" and hasattr(stream, "reconfigure"):
            stream.reconfigure(encoding="utf-8", errors="replace")
