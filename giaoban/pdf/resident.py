"""A resident converter: LibreOffice kept running, so one document converts in a fraction
of a second instead of the second or so LibreOffice takes to start.

``giaoban pdf-server`` (and ``giaoban serve``'s print preview) run giaoban's own small
bridge (``giaoban/pdf/bridge.py``) with a Python that has LibreOffice's ``uno``; it
starts LibreOffice on a pipe only this user can open and answers only clients that prove
a key kept in the user's own files (s4-trial F100: unoserver's TCP ports ran any local
account's commands as the user). While it runs, ``convert_to_pdf`` sends documents to
it; when none runs (or it does not answer) a single ``soffice`` call converts them as
before. The client side, in giaoban's process, needs only the standard library.

Where things are: the bridge listens on ``converter-<random>.sock`` in the user's private
runtime folder (``$XDG_RUNTIME_DIR/giaoban`` or ``/tmp/giaoban-<uid>``, mode 0700, the
resident giaoban's), or on Windows on the named pipe ``\\\\.\\pipe\\giaoban-converter-
<random>``; its address, process and key are noted in ``converter.json`` (mode 0600) in
the cache folder, beside LibreOffice's profile.
"""

from __future__ import annotations

import contextlib
import hmac
import json
import os
import secrets
import subprocess
import sys
import time
from pathlib import Path

from giaoban.errors import GiaobanError
from giaoban.messages import msg

STATE_FILE = "converter.json"
CONVERTER_VARIABLE = "GIAOBAN_CONVERTER"  # "off": never use a resident converter
BRIDGE = Path(__file__).with_name("bridge.py")


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


def _family() -> str:
    return "AF_PIPE" if sys.platform == "win32" else "AF_UNIX"


def private_folder() -> Path:
    """The folder for the bridge's socket: the resident giaoban's runtime folder, made
    with mode 0700 if absent; GiaobanError when it is not a folder of this user's that
    only this user can enter (someone else made it, or opened it)."""
    from giaoban.resident.client import folder_state, socket_folder

    folder = socket_folder()
    with contextlib.suppress(FileExistsError):
        os.mkdir(folder, 0o700)
        os.chmod(folder, 0o700)  # mkdir's mode is masked by the umask
    if folder_state(folder) != "ok":
        raise GiaobanError(msg("converter_folder_unsafe", folder=folder))
    return Path(folder)


class Running:
    """A converter noted as running: where it listens, its process, its key."""

    def __init__(self, address: str, pid: int, key: bytes) -> None:
        self.address = address
        self.pid = pid
        self.key = key


def running() -> Running | None:
    """The converter to use, or None: the one ``giaoban pdf-server`` (or serve) noted
    while it runs, unless ``$GIAOBAN_CONVERTER`` is "off"."""
    if os.environ.get(CONVERTER_VARIABLE, "").strip() == "off":
        return None
    folder = _folder()
    if folder is None:
        return None
    try:
        state = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
        found = Running(str(state["address"]), int(state["pid"]), bytes.fromhex(state["key"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None
    return found if _alive(found.pid) else None


def _receive(connection: object, seconds: float) -> bytes:
    if seconds <= 0 or not connection.poll(seconds):  # type: ignore[attr-defined]
        raise TimeoutError
    return connection.recv_bytes()  # type: ignore[attr-defined]


def _connect(converter: Running, seconds: float) -> object:
    """A connection to ``converter`` after the handshake of bridge.py (both sides prove
    the key); OSError when it does not answer or fails the handshake."""
    from multiprocessing.connection import Client

    from giaoban.pdf.bridge import CHALLENGE, proof

    if _family() == "AF_UNIX":
        # Never follow a name someone else could have put there: ours, a socket, 0600 or less
        status = os.lstat(converter.address)
        if status.st_uid != os.getuid() or (status.st_mode & 0o170000) != 0o140000:
            raise ConnectionRefusedError(converter.address)
    connection = Client(converter.address, family=_family())
    try:
        challenge = _receive(connection, seconds)
        mine = secrets.token_bytes(CHALLENGE)
        connection.send_bytes(proof(converter.key, b"client", challenge) + mine)
        answer = _receive(connection, seconds)
        if not hmac.compare_digest(answer, proof(converter.key, b"server", mine)):
            raise ConnectionRefusedError(converter.address)
    except (OSError, EOFError, TimeoutError) as error:
        connection.close()
        raise ConnectionRefusedError(converter.address) from error
    return connection


def answers(converter: Running, timeout: float = 2.0) -> bool:
    """Whether the bridge noted in ``converter`` answers, with the API this client speaks."""
    from giaoban.pdf.bridge import API

    try:
        connection = _connect(converter, timeout)
    except OSError:
        return False
    try:
        connection.send_bytes(b'{"op": "info"}')  # type: ignore[attr-defined]
        return json.loads(_receive(connection, timeout)).get("api") == API
    except (OSError, EOFError, TimeoutError, ValueError):
        return False
    finally:
        connection.close()  # type: ignore[attr-defined]


def convert_resident(
    documents: list[Path], outputs: list[Path], converter: Running, timeout: float, pdfa: bool
) -> bool:
    """Convert each of ``documents`` to the PDF ``outputs`` through ``converter``; False
    (nothing done) when it does not answer, so the caller falls back.

    ``timeout``: seconds for the whole batch; past it, GiaobanError (the converter's
    LibreOffice is stuck; it is left to its owner).
    """
    deadline = time.monotonic() + timeout
    try:
        connection = _connect(converter, min(timeout, 5.0))
    except OSError:
        return False
    try:
        for document, output in zip(documents, outputs, strict=True):
            header = json.dumps({"op": "convert", "pdfa": pdfa}).encode()
            connection.send_bytes(header)  # type: ignore[attr-defined]
            connection.send_bytes(document.read_bytes())  # type: ignore[attr-defined]
            answer = json.loads(_receive(connection, deadline - time.monotonic()))
            if not answer.get("ok"):
                raise GiaobanError(msg("pdf_failed", error=str(answer.get("error"))[-200:]))
            output.write_bytes(_receive(connection, deadline - time.monotonic()))
    except TimeoutError:
        raise GiaobanError(
            msg("pdf_timeout", seconds=f"{timeout:g}", count=len(documents))
        ) from None
    except (OSError, EOFError, ValueError):
        return False  # the converter went away meanwhile: one soffice call instead
    finally:
        connection.close()  # type: ignore[attr-defined]
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


def _address() -> str:
    name = "giaoban-converter-" + secrets.token_hex(8)
    if _family() == "AF_PIPE":
        return "\\\\.\\pipe\\" + name
    return str(private_folder() / (name + ".sock"))


def server_command(address: str, profile: Path, pipe: str) -> list[str]:
    """The command that runs the bridge on ``address`` with the LibreOffice profile
    ``profile``, LibreOffice accepting on the pipe ``pipe``; GiaobanError when no Python
    has ``uno`` or LibreOffice is missing."""
    from giaoban.pdf.libreoffice import find_soffice

    python = uno_python()
    if python is None:
        raise GiaobanError(msg("no_uno"))
    return [
        python,
        str(BRIDGE),
        "--address",
        address,
        "--soffice",
        find_soffice(),
        "--profile",
        profile.resolve().as_uri(),
        "--pipe",
        pipe,
    ]


class Converter:
    """A running converter started by giaoban; ``stop()`` ends it and its LibreOffice."""

    def __init__(self, process: subprocess.Popen[bytes], noted: Running, pipe: str) -> None:
        self.process = process
        self.noted = noted
        self.pipe = pipe

    def stop(self) -> None:
        """Stop the bridge, which closes LibreOffice (so it removes its pipe); whatever
        of them is left after 15 s is killed, and their sockets removed."""
        from giaoban.pdf.libreoffice import _kill_group

        if sys.platform != "win32" and self.process.poll() is None:
            self.process.terminate()
            with contextlib.suppress(subprocess.TimeoutExpired):
                self.process.wait(timeout=15)
        _kill_group(self.process)  # type: ignore[arg-type]
        with contextlib.suppress(subprocess.TimeoutExpired):
            self.process.wait(timeout=10)
        if _family() == "AF_UNIX":
            for left in (self.noted.address, f"/tmp/OSL_PIPE_{os.getuid()}_{self.pipe}"):
                with contextlib.suppress(OSError):
                    status = os.lstat(left)
                    if status.st_uid == os.getuid() and (status.st_mode & 0o170000) == 0o140000:
                        os.unlink(left)
        folder = _folder()
        if folder is not None:
            with contextlib.suppress(OSError, ValueError, KeyError):
                state = json.loads((folder / STATE_FILE).read_text(encoding="utf-8"))
                if int(state["pid"]) == self.process.pid:
                    (folder / STATE_FILE).unlink()


def start_converter(wait: float = 60.0) -> Converter:
    """Start the bridge and its LibreOffice, note it for ``running``, and wait until it
    answers; GiaobanError when it cannot start (no ``uno``, LibreOffice missing, another
    converter already runs for this cache folder)."""
    import tempfile

    already = running()
    if already is not None and answers(already, timeout=1.0):
        raise GiaobanError(msg("converter_already_running"))
    folder = _folder()
    profile = (
        folder / "converter-profile"
        if folder is not None
        else Path(tempfile.mkdtemp(prefix="giaoban-converter-"))
    )
    address = _address()
    pipe = "giaoban-" + secrets.token_hex(16)  # unguessable: nobody can take it first
    command = server_command(address, profile, pipe)
    if sys.platform == "win32":
        group = {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}  # type: ignore[attr-defined]
    else:
        group = {"start_new_session": True}
    process = subprocess.Popen(
        command,
        stdin=subprocess.PIPE,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        **group,  # type: ignore[call-overload]
    )
    key = secrets.token_bytes(32)
    noted = Running(address, process.pid, key)
    converter = Converter(process, noted, pipe)
    try:
        process.stdin.write(key.hex().encode() + b"\n")  # type: ignore[union-attr]
        process.stdin.close()  # type: ignore[union-attr]
    except OSError:
        pass  # it ended at once: said below
    deadline = time.monotonic() + wait
    while not answers(noted, timeout=1.0):
        if process.poll() is not None or time.monotonic() > deadline:
            converter.stop()
            raise GiaobanError(msg("converter_failed"))
        time.sleep(0.1)
    if folder is not None:
        state = {"address": address, "pid": process.pid, "key": key.hex()}
        _write_private(folder / STATE_FILE, json.dumps(state).encode())
    return converter


def _write_private(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically, readable by this user only (it holds the key)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temporary = path.with_name(f".{path.name}.{secrets.token_hex(4)}.tmp")
    handle = os.open(temporary, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(handle, "wb") as stream:
            stream.write(data)
        os.replace(temporary, path)
    except BaseException:
        with contextlib.suppress(OSError):
            os.unlink(temporary)
        raise
