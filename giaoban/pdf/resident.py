"""A resident converter: LibreOffice kept running, so one document converts in a fraction
of a second instead of the second or so LibreOffice takes to start.

``giaoban pdf-server`` runs unoserver (a well-kept server for LibreOffice conversions,
driven over XML-RPC) on 127.0.0.1 and notes its port in the cache folder; while it runs,
``convert_to_pdf`` sends documents to it, and when none runs (or it does not answer) a
single ``soffice`` call converts them as before. unoserver's server side needs
LibreOffice's Python bridge (``uno``: Debian's python3-uno, or the Python that
LibreOffice ships on Windows); the client side, in giaoban's process, needs only the
standard library.
"""

from __future__ import annotations

import contextlib
import json
import os
import socket
import subprocess
import sys
import time
import xmlrpc.client
from pathlib import Path

from giaoban.errors import GiaobanError
from giaoban.messages import msg

INTERFACE = "127.0.0.1"  # never another interface: the converter reads any local file
DEFAULT_PORT = 2003  # unoserver's own default; LibreOffice's UNO port is the next one down
STATE_FILE = "converter.json"
CONVERTER_VARIABLE = "GIAOBAN_CONVERTER"  # "127.0.0.1:2003", or "off"


def _folder() -> Path | None:
    from giaoban.pdf.libreoffice import shared_profile

    profile = shared_profile()
    return None if profile is None else profile.parent


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except (PermissionError, OSError):
        return True
    return True


def running_port() -> int | None:
    """The port of the converter to use, or None: ``$GIAOBAN_CONVERTER`` ("host:port" on
    127.0.0.1, or "off"), else the one ``giaoban pdf-server`` noted while it runs."""
    chosen = os.environ.get(CONVERTER_VARIABLE, "").strip()
    if chosen == "off":
        return None
    if chosen:
        host, _, port = chosen.rpartition(":")
        return int(port) if port.isdigit() and host in ("", INTERFACE, "localhost") else None
    folder = _folder()
    if folder is None:
        return None
    try:
        state = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
        port, pid = int(state["port"]), int(state["pid"])
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return port if _alive(pid) else None


class _Transport(xmlrpc.client.Transport):
    """XML-RPC over HTTP with a time limit on every socket operation."""

    def __init__(self, timeout: float) -> None:
        super().__init__()
        self._timeout = timeout

    def make_connection(self, host: object) -> object:  # type: ignore[override]
        connection = super().make_connection(host)  # type: ignore[arg-type]
        connection.timeout = self._timeout
        return connection


def _proxy(port: int, timeout: float) -> xmlrpc.client.ServerProxy:
    return xmlrpc.client.ServerProxy(
        f"http://{INTERFACE}:{port}", transport=_Transport(timeout), allow_none=True
    )


def answers(port: int, timeout: float = 2.0) -> bool:
    """Whether a unoserver of the API this client speaks answers on ``port``."""
    from unoserver.client import API_VERSION

    try:
        with _proxy(port, timeout) as proxy:
            return proxy.info().get("api") == API_VERSION
    except (OSError, xmlrpc.client.Error, AttributeError):
        return False


def convert_resident(
    documents: list[Path], outputs: list[Path], port: int, timeout: float, pdfa: bool
) -> bool:
    """Convert each of ``documents`` to the PDF ``outputs`` beside it through the converter
    on ``port``; False (nothing done) when it does not answer, so the caller falls back.

    ``timeout``: seconds for the whole batch; past it, GiaobanError (the converter's
    LibreOffice is stuck; it is left to its owner).
    """
    try:
        with socket.create_connection((INTERFACE, port), timeout=0.5):
            pass
    except OSError:
        return False
    options = ["SelectPdfVersion=2"] if pdfa else []
    deadline = time.monotonic() + timeout
    try:
        for document, output in zip(documents, outputs, strict=True):
            left = deadline - time.monotonic()
            if left <= 0:
                raise TimeoutError
            with _proxy(port, left) as proxy:
                # unoserver's convert(inpath, indata, outpath, convert_to, filtername,
                # filter_options, update_index, infiltername, password), API 3
                proxy.convert(
                    str(document.resolve()),
                    None,
                    str(output),
                    "pdf",
                    None,
                    options,
                    False,  # update_index: a biên bản has no table of contents to update
                    None,
                    None,
                )
    except TimeoutError:
        raise GiaobanError(
            msg("pdf_timeout", seconds=f"{timeout:g}", count=len(documents))
        ) from None
    except (ConnectionError, xmlrpc.client.ProtocolError):
        return False
    except xmlrpc.client.Fault as fault:
        raise GiaobanError(msg("pdf_failed", error=fault.faultString.strip()[-200:])) from None
    return True


def uno_python() -> str | None:
    """A Python that can import LibreOffice's ``uno``: this one, Debian's, or the one
    LibreOffice ships (Windows, macOS); None when there is none."""
    from giaoban.pdf.libreoffice import find_soffice

    candidates = [sys.executable, "/usr/bin/python3"]
    with contextlib.suppress(GiaobanError):
        program = Path(find_soffice()).resolve().parent
        candidates += [str(program / "python.exe"), str(program / "python")]
    for candidate in dict.fromkeys(candidates):
        if not Path(candidate).is_file():
            continue
        done = subprocess.run(
            [candidate, "-c", "import uno"], capture_output=True, check=False, timeout=30
        )
        if done.returncode == 0:
            return candidate
    return None


def server_command(port: int, uno_port: int) -> tuple[list[str], dict[str, str]]:
    """The command and environment that run unoserver on 127.0.0.1:``port``."""
    import unoserver

    from giaoban.pdf.libreoffice import find_soffice

    python = uno_python()
    if python is None:
        raise GiaobanError(msg("no_uno"))
    soffice = find_soffice()
    folder = _folder()
    profile = (folder / "converter-profile") if folder else None
    command = [
        python,
        "-c",
        "import sys; from unoserver.server import main; sys.exit(main())",
        "--interface",
        INTERFACE,
        "--uno-interface",
        INTERFACE,
        "--port",
        str(port),
        "--uno-port",
        str(uno_port),
        "--executable",
        soffice,
        "--quiet",
    ]
    if profile is not None:
        command += ["--user-installation", str(profile)]
    environment = dict(os.environ)
    # unoserver is installed beside giaoban; the Python that has uno may be another one.
    where = str(Path(unoserver.__file__).resolve().parent.parent)
    environment["PYTHONPATH"] = os.pathsep.join(
        p for p in (where, environment.get("PYTHONPATH", "")) if p
    )
    return command, environment


class Converter:
    """A running converter started by giaoban; ``stop()`` ends it and its LibreOffice."""

    def __init__(self, process: subprocess.Popen[bytes], port: int) -> None:
        self.process = process
        self.port = port

    def stop(self) -> None:
        from giaoban.pdf.libreoffice import _kill_group

        _kill_group(self.process)  # type: ignore[arg-type]
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=10)
        folder = _folder()
        if folder is not None:
            with contextlib.suppress(OSError, ValueError, KeyError):
                state = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
                if int(state["pid"]) == self.process.pid:
                    (folder / STATE_FILE).unlink()


def start_converter(
    port: int = DEFAULT_PORT, uno_port: int | None = None, wait: float = 60.0
) -> Converter:
    """Start unoserver on 127.0.0.1:``port`` (LibreOffice itself on ``uno_port``, by
    default ``port - 1``), note it for ``running_port``, and wait until it answers;
    GiaobanError when it cannot start (no ``uno``, a port taken, LibreOffice missing)."""
    if answers(port, timeout=0.5):
        raise GiaobanError(msg("converter_port_taken", port=port))
    command, environment = server_command(port, uno_port or port - 1)
    log = subprocess.DEVNULL
    if sys.platform == "win32":
        group = {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}  # type: ignore[attr-defined]
    else:
        group = {"start_new_session": True}
    process = subprocess.Popen(
        command, env=environment, stdin=subprocess.DEVNULL, stdout=log, stderr=log, **group
    )  # type: ignore[call-overload]
    converter = Converter(process, port)
    deadline = time.monotonic() + wait
    while not answers(port, timeout=1.0):
        if process.poll() is not None or time.monotonic() > deadline:
            converter.stop()
            raise GiaobanError(msg("converter_failed", port=port))
        time.sleep(0.2)
    folder = _folder()
    if folder is not None:
        from giaoban.files import write_atomic

        state = {"port": port, "pid": process.pid, "interface": INTERFACE}
        write_atomic(folder / STATE_FILE, json.dumps(state).encode())
    return converter
