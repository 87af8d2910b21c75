"""The command line's side of the resident giaoban: hand this command to a warmed server.

``giaoban.__main__.run`` calls :func:`hand_over` before it imports click or anything heavy,
so this module imports only what the interpreter has already loaded or what is small
(``_socket``, not ``socket``, which pulls selectors and enum; ``_blake2``, not ``hashlib``,
which loads OpenSSL: 2.4 ms measured). It never runs a command itself.

What it sends (one message, version :data:`PROTOCOL`): argv, the whole environment, the
umask, how each of stdin/stdout/stderr is encoded and buffered, the current folder and the
three standard streams themselves as file descriptors (SCM_RIGHTS). The server forks a child
that becomes this command: it writes to our stdout and stderr directly, and sends back first
its pid (so that SIGINT, SIGTERM and SIGHUP can be forwarded to it) and at the end its exit
code, on this connection, so a server that dies meanwhile cannot lose it.

Where the server listens: a unix socket named by a key (:func:`key`) in a folder only this
user can enter (:func:`socket_folder`). A change of the interpreter, its flags, its path, the
environment variables read at start, an installed package, or any file of giaoban (source,
data, compiled templates) changes the key, so an older server is simply not found.
"""

from __future__ import annotations

import _socket
import os
import signal
import struct
import sys

PROTOCOL = b"giaoban-resident-1"
SWITCH = "GIAOBAN_RESIDENT"  # "0": never; "1": always where it can; unset: DEFAULT_ON
IDLE = "GIAOBAN_RESIDENT_IDLE"  # seconds a server waits for a command before it ends
DEFAULT_ON = True
# serve: long-lived, threads, its own signal handling; resident: manages the servers;
# sign: asks for a password on the terminal (getpass needs it as the controlling terminal,
# which a child of the server, in a session of its own, does not have).
# pdf-server: long-lived too (a resident LibreOffice).
NOT_HANDED = frozenset({"serve", "resident", "sign", "pdf-server"})
PID_WAIT = 30.0  # seconds for the forked child to say its pid: a stuck server must not hang us
FORWARDED = ("SIGINT", "SIGTERM", "SIGHUP", "SIGQUIT", "SIGTSTP")  # by name: not on Windows
# what shapes an interpreter as it starts, or what giaoban reads once per process
START_VARIABLES = ("LANG", "LC_ALL", "LC_CTYPE")
START_PREFIXES = ("PYTHON", "PYDANTIC_")
PLUGINS, PLUGINS_DEFAULT = "PYDANTIC_DISABLE_PLUGINS", "__all__"  # giaoban.cli.main's default
last_child = 0  # the pid of the child that ran the last command handed over (for --debug)
PACKAGE = os.path.dirname(os.path.dirname(os.path.abspath(__file__)))


def wanted(environ: os._Environ[str] | dict[str, str] | None = None) -> bool:
    """Whether the resident giaoban may be used at all: on Linux (unix sockets with
    SO_PEERCRED and fd passing), unless GIAOBAN_RESIDENT=0."""
    value = (os.environ if environ is None else environ).get(SWITCH, "").strip()
    if value == "0" or not sys.platform.startswith("linux"):
        return False
    return value == "1" or (DEFAULT_ON and value == "")


def command_of(argv: list[str]) -> tuple[str | None, bool, str | None]:
    """(the command's name or None, --debug given, --lang given) from the command line,
    read without click: the root options come before the command."""
    command = language = None
    debug = False
    args = argv[1:]
    index = 0
    while index < len(args):
        arg = args[index]
        if arg == "--debug":
            debug = True
        elif arg == "--lang":
            index += 1
            language = args[index] if index < len(args) else None
        elif arg.startswith("--lang="):
            language = arg.split("=", 1)[1]
        elif not arg.startswith("-"):
            command = arg
            break
        index += 1
    return command, debug, language


def socket_folder() -> str:
    """$XDG_RUNTIME_DIR/giaoban (the per-user runtime folder systemd makes), else
    /tmp/giaoban-UID."""
    runtime = os.environ.get("XDG_RUNTIME_DIR", "")
    if runtime:
        return os.path.join(runtime, "giaoban")
    return f"/tmp/giaoban-{os.getuid()}"


def folder_state(folder: str) -> str:
    """ "absent", "ok" (a real folder, ours, no permission for group or others) or
    "unsafe" (anything else: never used, never replaced)."""
    try:
        status = os.lstat(folder)
    except FileNotFoundError:
        return "absent"
    except OSError:
        return "unsafe"
    is_folder = (status.st_mode & 0o170000) == 0o040000  # stat.S_ISDIR without stat
    if not is_folder or status.st_uid != os.getuid() or status.st_mode & 0o077:
        return "unsafe"
    return "ok"


def _digest() -> object:
    try:
        from _blake2 import blake2b  # hashlib's own, without hashlib's OpenSSL (2 ms)
    except ImportError:  # pragma: no cover - an interpreter built without it
        from hashlib import blake2b
    return blake2b(digest_size=16)


def key() -> str:
    """What a server must share with this process to run its commands, as 32 hex digits:
    uid, interpreter, version, flags, -X and -W options, sys.path (and each entry's mtime
    after the first, the script's folder or the current one: installing a package changes
    site-packages'), the start variables (PYTHON*, PYDANTIC_*, LANG, LC_ALL, LC_CTYPE) and
    the path, size and mtime of every file of the giaoban package (bytecode caches aside).

    About 0.4 ms for giaoban's 90 files (measured with ``bench/render.py``'s resident figures).
    """
    digest = _digest()
    parts = [
        str(os.getuid()),
        sys.executable,
        sys.version,
        repr(tuple(sys.flags)),
        repr(sorted(sys._xoptions.items())),
        repr(sys.warnoptions),
    ]
    for index, entry in enumerate(sys.path):
        parts.append(entry)
        if index:
            try:
                parts.append(str(os.stat(entry).st_mtime_ns))
            except OSError:
                parts.append("-")
    variables = {PLUGINS: PLUGINS_DEFAULT} | dict(os.environ)  # unset is what main() sets
    for name in sorted(variables):
        if name in START_VARIABLES or name.startswith(START_PREFIXES):
            parts.append(f"{name}={variables[name]}")
    parts.append(PACKAGE)
    _files(PACKAGE, "", parts)
    digest.update("\0".join(parts).encode("utf-8", "surrogateescape"))  # type: ignore[attr-defined]
    return digest.hexdigest()  # type: ignore[attr-defined]


def _files(folder: str, prefix: str, parts: list[str]) -> None:
    with os.scandir(folder) as entries:
        found = sorted(entries, key=lambda entry: entry.name)
    for entry in found:
        if entry.name == "__pycache__":
            continue
        if entry.is_dir(follow_symlinks=False):
            _files(entry.path, prefix + entry.name + "/", parts)
        else:
            status = entry.stat(follow_symlinks=False)
            parts.append(f"{prefix}{entry.name}|{status.st_size}|{status.st_mtime_ns}")


def socket_path(folder: str, server_key: str) -> str:
    return os.path.join(folder, server_key + ".sock")


class NotHanded:
    """Why this command runs in this process (``reason``, a message key, and ``detail``);
    ``start``: a server should be started for ``key``."""

    def __init__(self, reason: str, start: bool, server_key: str = "", detail: str = "") -> None:
        self.reason = reason  # a key of giaoban.messages
        self.start = start
        self.key = server_key
        self.detail = detail
        # as it is now: the command may change it (main() sets PYDANTIC_DISABLE_PLUGINS)
        self.environment = dict(os.environ)
        self.path = list(sys.path)


def _stream_spec(stream: object) -> list[bytes]:
    """encoding, errors, line buffering, write-through, raw (unbuffered binary layer)."""
    if stream is None:
        return [b"", b"", b"0", b"0", b"0"]
    buffer = getattr(stream, "buffer", None)
    return [
        str(getattr(stream, "encoding", "") or "").encode(),
        str(getattr(stream, "errors", "") or "").encode(),
        b"1" if getattr(stream, "line_buffering", False) else b"0",
        b"1" if getattr(stream, "write_through", False) else b"0",
        b"1" if type(buffer).__name__ == "FileIO" else b"0",
    ]


def request(argv: list[str]) -> bytes:
    """The message: PROTOCOL, umask, SIGINT ignored or not, 3 stream specs, argc, argv, env."""
    umask = os.umask(0o022)
    os.umask(umask)
    interrupt_ignored = signal.getsignal(signal.SIGINT) is signal.SIG_IGN
    items = [PROTOCOL, str(umask).encode(), b"1" if interrupt_ignored else b"0"]
    for stream in (sys.stdin, sys.stdout, sys.stderr):
        items += _stream_spec(stream)
    items.append(str(len(argv)).encode())
    items += [os.fsencode(arg) for arg in argv]
    items += [name + b"=" + value for name, value in os.environb.items()]
    body = b"\0".join(items)
    return struct.pack("!I", len(body)) + body


def _receive_int(connection: _socket.socket) -> int | None:
    data = b""
    while len(data) < 4:
        chunk = connection.recv(4 - len(data))
        if not chunk:
            return None
        data += chunk
    return struct.unpack("!i", data)[0]


class _Forwarder:
    """Signals that arrive while the child works go to the child; those before its pid is
    known are kept and sent when it is."""

    def __init__(self) -> None:
        self.child: int | None = None
        self.pending: list[int] = []
        self.sent: list[int] = []
        self.previous: dict[int, object] = {}

    def install(self) -> None:
        for name in FORWARDED:
            number = getattr(signal, name)
            previous = signal.getsignal(number)
            if previous is signal.SIG_IGN:  # nohup, a background job: ignored here, so there
                continue
            self.previous[number] = previous
            signal.signal(number, self._handle)

    def _handle(self, number: int, _frame: object) -> None:
        if self.child is None:
            self.pending.append(number)
        else:
            self._send(number)

    def _send(self, number: int) -> None:
        if number == signal.SIGTSTP:
            self._suspend()
            return
        try:
            os.kill(self.child, number)  # type: ignore[arg-type]
            self.sent.append(number)
        except ProcessLookupError:
            pass

    def _suspend(self) -> None:
        """Ctrl-Z: stop the child, then ourselves as the terminal meant; when the shell
        continues us (fg, bg), continue it. SIGSTOP, because the kernel drops SIGTSTP
        sent to the server's orphaned process group."""
        child = self.child
        assert child is not None
        try:
            os.kill(child, signal.SIGSTOP)
        except ProcessLookupError:
            pass
        signal.signal(signal.SIGTSTP, signal.SIG_DFL)
        os.kill(os.getpid(), signal.SIGTSTP)  # stops here until SIGCONT
        signal.signal(signal.SIGTSTP, self._handle)
        try:
            os.kill(child, signal.SIGCONT)
        except ProcessLookupError:
            pass

    def restore(self) -> None:
        for number, previous in self.previous.items():
            signal.signal(number, previous)  # type: ignore[arg-type]

    def started(self, child: int) -> None:
        self.child = child
        while self.pending:
            self._send(self.pending.pop(0))


def hand_over(argv: list[str]) -> int | NotHanded:
    """Run ``argv`` in a child of the resident server: its exit code, or why it was not.

    Nothing has run when a NotHanded is returned; once the request is sent, the answer is
    the child's exit code or, when the child or server died without one, a message on
    stderr and exit 70 (or death by the signal that was forwarded to it)."""
    command, _debug, _language = command_of(argv)
    if command in NOT_HANDED:
        return NotHanded("resident_why_command", False, detail=command)
    folder = socket_folder()
    state = folder_state(folder)
    if state == "unsafe":
        return NotHanded("resident_why_unsafe", False, detail=folder)
    server_key = key()
    if state == "absent":
        return NotHanded("resident_why_absent", True, server_key)
    path = socket_path(folder, server_key)
    connection = _socket.socket(_socket.AF_UNIX, _socket.SOCK_STREAM)
    try:
        connection.connect(path)
    except FileNotFoundError:
        connection.close()
        return NotHanded("resident_why_absent", True, server_key)
    except ConnectionRefusedError:
        connection.close()
        return NotHanded("resident_why_absent", True, server_key)
    except OSError as error:
        connection.close()
        return NotHanded("resident_why_error", False, detail=str(error))
    try:
        credentials = connection.getsockopt(_socket.SOL_SOCKET, _socket.SO_PEERCRED, 12)
        if struct.unpack("3i", credentials)[1] != os.getuid():
            connection.close()
            return NotHanded("resident_why_unsafe", False, detail=path)
        here = os.open(".", os.O_PATH | os.O_DIRECTORY | os.O_CLOEXEC)
    except OSError as error:
        connection.close()
        return NotHanded("resident_why_error", False, detail=str(error))
    forwarder = _Forwarder()
    forwarder.install()
    try:
        message = request(argv)
        rights = struct.pack("4i", 0, 1, 2, here)
        ancillary = [(_socket.SOL_SOCKET, _socket.SCM_RIGHTS, rights)]
        try:
            sent = connection.sendmsg([message], ancillary)
        except OSError as error:  # a closed standard stream (EBADF), a server gone
            forwarder.restore()
            connection.close()
            return NotHanded("resident_why_error", False, detail=str(error))
        if sent < len(message):
            try:
                connection.sendall(message[sent:])
            except OSError:  # the server went away with half a request: nothing ran
                connection.close()
                return _lost(argv, forwarder)
    finally:
        os.close(here)
    try:
        connection.settimeout(PID_WAIT)
        child = _receive_int(connection)
        if child is None:
            return _lost(argv, forwarder)
        forwarder.started(child)
        global last_child
        last_child = child
        connection.settimeout(None)
        code = _receive_int(connection)
    except OSError:  # the timeout, or the connection reset by a dying server
        return _lost(argv, forwarder)
    finally:
        connection.close()
    if code is None:
        return _lost(argv, forwarder)
    return code


def _lost(argv: list[str], forwarder: _Forwarder) -> int:
    """The child ended without an exit code: killed by a signal we forwarded (end as it
    would have ended us), or the server or child died: one line, exit 70."""
    for number in forwarder.sent:  # SIGTERM, SIGHUP, SIGQUIT: what they do to giaoban
        if number != signal.SIGINT:
            signal.signal(number, signal.SIG_DFL)
            os.kill(os.getpid(), number)
    from giaoban.messages import msg, set_language

    set_language(command_of(argv)[2])
    sys.stderr.write(msg("resident_lost") + "\n")
    sys.stderr.flush()
    return 70


def start_server(not_handed: NotHanded) -> None:
    """Start a server for ``not_handed.key`` in the background, detached: a session of its
    own (setsid), stdio on /dev/null, no other descriptor of ours, the interpreter's
    options, sys.path and environment as they were before the command ran (so that its
    key is that one; it checks, and ends at once if not). It moves to / itself.

    ``os.posix_spawn`` rather than ``subprocess.Popen``: 4 ms instead of 10 in a process
    that has rendered, and no 5 ms import of subprocess (measured for bench/render.py's
    first-call figure)."""
    code = (
        "import sys; sys.path[:] = sys.argv[2:]; "
        "from giaoban.resident.server import main; main(sys.argv[1])"
    )
    actions: list[tuple[object, ...]] = [
        (os.POSIX_SPAWN_OPEN, 0, os.devnull, os.O_RDONLY, 0),
        (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
        (os.POSIX_SPAWN_DUP2, 1, 2),
    ]
    for name in os.listdir("/proc/self/fd"):  # what we inherited (a make jobserver's pipe…)
        fd = int(name)
        try:
            if fd > 2 and os.get_inheritable(fd):
                actions.append((os.POSIX_SPAWN_CLOSE, fd))
        except OSError:  # listdir's own descriptor, closed by now
            pass
    command = [sys.executable, *interpreter_options(), "-c", code, not_handed.key]
    os.posix_spawn(
        sys.executable,
        command + not_handed.path,
        not_handed.environment,
        file_actions=actions,
        setsid=True,
    )


def interpreter_options() -> list[str]:
    """The options this interpreter was started with (-X dev, -B, -W…), as given: what
    comes between the interpreter and the script or ``-m giaoban`` in ``sys.orig_argv``."""
    original = getattr(sys, "orig_argv", [])
    options = original[1 : len(original) - len(sys.argv)]
    return options[:-1] if options[-1:] == ["-m"] else options
