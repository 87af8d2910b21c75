"""giaoban's resident converter, the server side: LibreOffice kept running, reachable only
by the user who started it.

Run by ``giaoban.pdf.resident`` with a Python that has LibreOffice's bridge (``uno``):
Debian's python3-uno, or the Python LibreOffice ships on Windows. It imports nothing of
giaoban (that Python may lack giaoban's libraries), only the standard library and ``uno``.

Why not unoserver (s4-trial F100): unoserver starts LibreOffice with a TCP acceptor
(``--accept=socket,host=127.0.0.1,port=…``), and any local process of any account can
connect there and run programs as the user (``com.sun.star.system.SystemShellExecute``);
its XML-RPC port converts any file to any path for anyone. Here:

- LibreOffice accepts on a *pipe* (``--accept=pipe,name=…``), never a TCP port. On Unix
  that is the socket ``/tmp/OSL_PIPE_<uid>_<name>``, created with the permissions of the
  umask (LibreOffice's sal/osl/unx/pipe.cxx, "security depends on umask"): this process
  sets the umask to 077, so the socket is ``srwx------`` and another account's
  ``connect`` fails with EACCES. On Windows the pipe ``\\\\.\\pipe\\OSL_PIPE_<user>_<name>``
  gets the default security descriptor (sal/osl/w32/pipe.cxx passes none): full control
  for the creator, SYSTEM and Administrators, only *read* for Everyone; UNO opens a pipe
  for reading and writing, so other accounts are refused. The name is random besides.
- Conversions are asked for on ``address``: a Unix socket in the user's private runtime
  folder (mode 0700, checked by the caller), or on Windows a named pipe (same default
  security descriptor). Every connection must first prove it knows the key (HMAC-SHA256
  over a fresh challenge, both ways), which the caller hands over on standard input
  (never on the command line, which every account can read) and keeps in a file of the
  user's own.
- A request carries the document's bytes and gets the PDF's bytes back: no path of the
  client's is read or written here.

Protocol (``multiprocessing.connection`` framing, ``send_bytes``/``recv_bytes`` only,
never pickle): the server sends a 32-byte challenge; the client answers
``HMAC(key, b"client" + challenge)`` followed by its own 32-byte challenge; the server
answers ``HMAC(key, b"server" + that)``. Then requests, each a JSON header
(``{"op": "info"}`` or ``{"op": "convert", "pdfa": bool}``, then the .docx bytes) and a
JSON answer (``{"ok": true, …}`` then the PDF bytes, or ``{"ok": false, "error": str}``).
"""

from __future__ import annotations

import argparse
import hmac
import json
import os
import secrets
import signal
import subprocess
import sys
import tempfile
import threading
import time
from multiprocessing.connection import Listener

API = "giaoban-1"
CHALLENGE = 32
HANDSHAKE_SECONDS = 10.0


def proof(key: bytes, side: bytes, challenge: bytes) -> bytes:
    """The answer to ``challenge`` for ``side`` (b"client" or b"server")."""
    return hmac.new(key, side + challenge, "sha256").digest()


def _receive(connection: object, seconds: float) -> bytes:
    if not connection.poll(seconds):  # type: ignore[attr-defined]
        raise TimeoutError
    return connection.recv_bytes(1 << 28)  # type: ignore[attr-defined]


def authenticate_client(connection: object, key: bytes) -> bool:
    """The server's side of the handshake: whether the client proved the key."""
    challenge = secrets.token_bytes(CHALLENGE)
    connection.send_bytes(challenge)  # type: ignore[attr-defined]
    answer = _receive(connection, HANDSHAKE_SECONDS)
    if len(answer) != 64 or not hmac.compare_digest(answer[:32], proof(key, b"client", challenge)):
        return False
    connection.send_bytes(proof(key, b"server", answer[32:]))  # type: ignore[attr-defined]
    return True


def _property(name: str, value: object) -> object:
    from com.sun.star.beans import PropertyValue  # type: ignore[import-not-found]

    item = PropertyValue()
    item.Name, item.Value = name, value
    return item


class Office:
    """LibreOffice started on a private pipe, and conversions through it, one at a time."""

    def __init__(self, soffice: str, profile: str, pipe: str) -> None:
        self.pipe = pipe
        self.lock = threading.Lock()
        self.process = subprocess.Popen(
            [
                soffice,
                "--headless",
                "--invisible",
                "--nocrashreport",
                "--nodefault",
                "--nologo",
                "--nofirststartwizard",
                "--norestore",
                f"-env:UserInstallation={profile}",
                f"--accept=pipe,name={pipe};urp;StarOffice.ComponentContext",
            ],
            stdin=subprocess.DEVNULL,
            stdout=subprocess.DEVNULL,
            stderr=subprocess.DEVNULL,
        )
        self.desktop = self._connect()
        self.scratch = tempfile.mkdtemp(prefix="giaoban-bridge-")

    def _connect(self, wait: float = 60.0) -> object:
        import uno  # type: ignore[import-not-found]

        local = uno.getComponentContext()
        resolver = local.ServiceManager.createInstanceWithContext(
            "com.sun.star.bridge.UnoUrlResolver", local
        )
        deadline = time.monotonic() + wait
        while True:
            try:
                context = resolver.resolve(
                    f"uno:pipe,name={self.pipe};urp;StarOffice.ComponentContext"
                )
                break
            except Exception:  # NoConnectException until LibreOffice listens
                if self.process.poll() is not None or time.monotonic() > deadline:
                    raise SystemExit("LibreOffice did not start") from None
                time.sleep(0.1)
        return context.ServiceManager.createInstanceWithContext(
            "com.sun.star.frame.Desktop", context
        )

    def convert(self, docx: bytes, pdfa: bool) -> bytes:
        """The PDF of ``docx`` (bytes), as ``soffice --convert-to pdf`` makes it."""
        import uno

        with self.lock:
            source = os.path.join(self.scratch, "in.docx")
            target = os.path.join(self.scratch, "out.pdf")
            with open(source, "wb") as stream:
                stream.write(docx)
            document = self.desktop.loadComponentFromURL(  # type: ignore[attr-defined]
                uno.systemPathToFileUrl(source),
                "_blank",
                0,
                (_property("Hidden", True), _property("ReadOnly", True)),
            )
            if document is None:
                raise ValueError("LibreOffice could not open the document")
            try:
                data = [_property("SelectPdfVersion", 2)] if pdfa else []
                options = [
                    _property("FilterName", "writer_pdf_Export"),
                    _property("Overwrite", True),
                ]
                if data:
                    options.append(
                        _property(
                            "FilterData", uno.Any("[]com.sun.star.beans.PropertyValue", tuple(data))
                        )
                    )
                document.storeToURL(uno.systemPathToFileUrl(target), tuple(options))
            finally:
                document.close(True)
            with open(target, "rb") as stream:
                pdf = stream.read()
            os.unlink(target)
            return pdf

    def stop(self) -> None:
        """End LibreOffice the way it likes (it removes its pipe then), else kill it."""
        if self.process.poll() is None:
            closing = threading.Thread(target=self._terminate, daemon=True)
            closing.start()
            try:
                self.process.wait(timeout=10)
            except subprocess.TimeoutExpired:
                self.process.kill()

    def _terminate(self) -> None:
        try:
            self.desktop.terminate()  # type: ignore[attr-defined]
        except Exception:  # the bridge to it is already gone (DisposedException)
            pass


def _serve_one(connection: object, key: bytes, office: Office) -> None:
    try:
        if not authenticate_client(connection, key):
            return
        while True:
            try:
                header = json.loads(_receive(connection, 3600.0))
            except (EOFError, OSError, TimeoutError):
                return
            if header.get("op") == "info":
                answer: dict[str, object] = {"ok": True, "api": API, "pid": os.getpid()}
                connection.send_bytes(json.dumps(answer).encode())  # type: ignore[attr-defined]
                continue
            docx = _receive(connection, HANDSHAKE_SECONDS)
            try:
                pdf = office.convert(docx, bool(header.get("pdfa")))
            except Exception as error:  # a document LibreOffice cannot read: say why
                reason = getattr(error, "Message", "") or str(error) or type(error).__name__
                failed = {"ok": False, "error": reason}
                connection.send_bytes(json.dumps(failed).encode())  # type: ignore[attr-defined]
                continue
            connection.send_bytes(json.dumps({"ok": True}).encode())  # type: ignore[attr-defined]
            connection.send_bytes(pdf)  # type: ignore[attr-defined]
    except (EOFError, OSError, TimeoutError, ValueError):
        return
    finally:
        connection.close()  # type: ignore[attr-defined]


def _leave(address: str, code: int) -> None:
    """End the process at once, its socket removed (a listener's close would wait)."""
    if sys.platform != "win32":
        try:
            os.unlink(address)
        except OSError:
            pass
    os._exit(code)


def _interrupt(_number: int, _frame: object) -> None:
    raise KeyboardInterrupt


def main(argv: list[str] | None = None) -> int:
    """Serve until LibreOffice ends or the process is told to stop."""
    parser = argparse.ArgumentParser(prog="giaoban-bridge")
    parser.add_argument("--address", required=True)
    parser.add_argument("--soffice", required=True)
    parser.add_argument("--profile", required=True, help="a file: URL")
    parser.add_argument("--pipe", required=True, help="the name of LibreOffice's pipe")
    arguments = parser.parse_args(argv)
    if hasattr(os, "umask"):
        os.umask(0o077)  # LibreOffice's pipe, its profile and the scratch files: ours only
    key = bytes.fromhex(sys.stdin.readline().strip())
    if len(key) < 32:
        return 2
    if hasattr(signal, "SIGTERM") and sys.platform != "win32":
        signal.signal(signal.SIGTERM, _interrupt)  # stopped: LibreOffice too, cleanly
    office = Office(arguments.soffice, arguments.profile, arguments.pipe)
    family = "AF_PIPE" if sys.platform == "win32" else "AF_UNIX"
    listener = Listener(arguments.address, family=family)

    def watch() -> None:  # LibreOffice gone (crashed, killed): the bridge goes too
        office.process.wait()
        _leave(arguments.address, 1)

    def orphaned(parent: int) -> None:
        # pdf-server or serve killed outright (SIGKILL, a crash): no LibreOffice is left
        # running for nobody, its pipe open until the next restart
        while os.getppid() == parent:
            time.sleep(1.0)
        office.stop()
        _leave(arguments.address, 0)

    threading.Thread(target=watch, daemon=True).start()
    threading.Thread(target=orphaned, args=(os.getppid(),), daemon=True).start()
    try:
        while True:
            connection = listener.accept()
            threading.Thread(target=_serve_one, args=(connection, key, office), daemon=True).start()
    except KeyboardInterrupt:
        return 0
    finally:
        listener.close()
        office.stop()


if __name__ == "__main__":
    sys.exit(main())
