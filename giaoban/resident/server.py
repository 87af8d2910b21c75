"""The resident giaoban server: everything imported and warmed once, one forked child per
command (the pattern of multiprocessing's forkserver; cf. dmypy, Nailgun).

Started by the client (``client.start_server``) after a command it ran itself, detached
(a session of its own, stdio on /dev/null). Single-threaded, so forking is safe. It:

1. checks that its own key (``client.key``) is the one it was started for, else ends;
2. takes an exclusive lock on ``KEY.lock`` in the socket folder for its whole life (a
   second server for the same key ends at once; a dead one's lock goes with it, and its
   stale socket is removed under the lock);
3. imports and warms what every command uses (:func:`warm`), checks the key again (a file
   edited meanwhile), binds ``KEY.sock``, and freezes what it made (``gc.freeze``: the
   children neither walk nor copy those objects);
4. accepts connections from its own uid only (SO_PEERCRED); for each it forks a child
   (:func:`_child`) and goes on; children are reaped, never waited for;
5. ends after GIAOBAN_RESIDENT_IDLE seconds (default 600) without a command, on SIGTERM
   or SIGINT, removing its socket first and serving what already queued.
"""

from __future__ import annotations

import os
import select
import signal
import socket
import struct
import sys
import time

from giaoban.resident import client

IDLE_DEFAULT = 600.0
READY = "listening"  # the lock file's second line once the socket is bound
WAKE_WITH_CHILDREN = 1.0  # seconds between reaping rounds while children run


class _Stop(Exception):
    """SIGTERM or SIGINT: end the server (its children finish their commands)."""


def _idle_seconds() -> float:
    try:
        value = float(os.environ.get(client.IDLE, ""))
    except ValueError:
        return IDLE_DEFAULT
    return value if value > 0 else IDLE_DEFAULT


def main(server_key: str) -> None:
    """Serve commands for ``server_key`` until idle; returns when the server ends."""
    os.chdir("/")  # never keep a user's folder (a USB stick) busy
    if client.key() != server_key:
        return  # started with other flags than the client's: it would never be found
    folder = client.socket_folder()
    try:
        os.mkdir(folder, 0o700)
        os.chmod(folder, 0o700)  # mkdir's mode is masked by the umask
    except FileExistsError:
        pass
    if client.folder_state(folder) != "ok":
        return
    lock_path = os.path.join(folder, server_key + ".lock")
    lock = _lock(lock_path)
    if lock is None:
        return  # another server has this key
    os.write(lock, f"{os.getpid()}\n".encode())  # giaoban resident stop finds it warming too
    warm()
    if client.key() != server_key:
        return  # a file of giaoban changed while this one imported it
    path = client.socket_path(folder, server_key)
    try:
        os.unlink(path)  # a dead server's: we hold the lock, so no live one has it
    except FileNotFoundError:
        pass
    listener = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    listener.bind(path)
    listener.listen(64)
    os.pwrite(lock, f"{os.getpid()}\n{READY}\n".encode(), 0)

    def stop(_number: int, _frame: object) -> None:
        raise _Stop

    signal.signal(signal.SIGTERM, stop)
    signal.signal(signal.SIGINT, stop)
    import gc

    gc.collect()
    gc.freeze()
    try:
        _serve(listener, lock, _idle_seconds())
    except _Stop:
        pass
    finally:
        signal.signal(signal.SIGTERM, signal.SIG_IGN)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        try:
            os.unlink(path)
        except FileNotFoundError:
            pass
        _drain(listener, lock)  # a client that connected before the unlink is served
        listener.close()
        os.unlink(lock_path)  # still locked: a server starting now sees it is gone (_lock)
        os.close(lock)


def _lock(path: str) -> int | None:
    """An exclusive lock on ``path`` held as an open descriptor, or None when another
    process holds it. A lock file removed by its server as it ended (while still locked)
    is not trusted: the lock must be on the file the path names now."""
    import fcntl

    while True:
        lock = os.open(path, os.O_RDWR | os.O_CREAT | os.O_CLOEXEC, 0o600)
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            os.close(lock)
            return None
        try:
            if os.stat(path).st_ino == os.fstat(lock).st_ino:
                return lock
        except FileNotFoundError:
            pass
        os.close(lock)


def _serve(listener: socket.socket, lock: int, idle: float) -> None:
    children: set[int] = set()
    last = time.monotonic()
    while True:
        _reap(children)
        left = last + idle - time.monotonic()
        if left <= 0:
            return
        wait = min(left, WAKE_WITH_CHILDREN) if children else left
        ready, _, _ = select.select([listener], [], [], wait)
        if ready:
            last = time.monotonic()
            _accept(listener, lock, children)


def _drain(listener: socket.socket, lock: int) -> None:
    listener.setblocking(False)
    children: set[int] = set()
    while True:
        try:
            _accept(listener, lock, children)
        except BlockingIOError:
            break
    listener.setblocking(True)


def _reap(children: set[int]) -> None:
    for pid in list(children):
        try:
            done, _status = os.waitpid(pid, os.WNOHANG)
        except ChildProcessError:
            done = pid
        if done:
            children.discard(pid)


def _accept(listener: socket.socket, lock: int, children: set[int]) -> None:
    try:
        connection, _address = listener.accept()
    except BlockingIOError:
        raise
    except OSError:  # the client gave up meanwhile
        return
    try:
        credentials = connection.getsockopt(socket.SOL_SOCKET, socket.SO_PEERCRED, 12)
        if struct.unpack("3i", credentials)[1] != os.getuid():
            return
        pid = os.fork()
        if pid == 0:
            _child(connection, listener, lock)  # never returns
        children.add(pid)
    finally:
        connection.close()


def _child(connection: socket.socket, listener: socket.socket, lock: int) -> None:
    """Become the client's command: its streams, folder, environment, umask, argv; run
    ``giaoban.cli.outcome()``; send the exit code; end without teardown."""
    try:
        listener.close()
        os.close(lock)  # the lock and the listener are the server's alone
        signal.signal(signal.SIGTERM, signal.SIG_DFL)
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
        signal.signal(signal.SIGQUIT, signal.SIG_DFL)
        signal.signal(signal.SIGINT, signal.SIG_IGN)
        connection.settimeout(client.PID_WAIT)
        interrupt_ignored = _become(connection)
        connection.settimeout(None)
        if not interrupt_ignored:
            signal.signal(signal.SIGINT, signal.default_int_handler)
        connection.sendall(struct.pack("!i", os.getpid()))
        # The client's line is this child's alone: export's workers must not keep it open
        # (a client would wait on it for ever after this child ended: s3-trial F57).
        os.register_at_fork(after_in_child=connection.close)
        _watch_client(connection)
    except BaseException:
        os._exit(70)
    from giaoban import cli

    _finish(connection, cli.outcome())


def _watch_client(connection: socket.socket) -> None:
    """When the client is gone (its terminal closed, "End task", kill -9) the command stops
    as after Ctrl-C, instead of going on unseen: a thread waits for the client's end of
    the line to close, then sends this process SIGHUP (``cli.stop_as_interrupted``)."""
    import threading

    def watch() -> None:
        try:
            gone = connection.recv(1) == b""
        except OSError:
            gone = True
        if gone:
            os.kill(os.getpid(), signal.SIGHUP)

    threading.Thread(target=watch, name="giaoban-client-watch", daemon=True).start()


def _receive(connection: socket.socket) -> tuple[list[bytes], list[int]]:
    head, fds, _flags, _address = socket.recv_fds(connection, 4 + 65536, 4)
    if len(head) < 4:
        raise ConnectionError("short request")
    size = struct.unpack("!I", head[:4])[0]
    body = head[4:]
    while len(body) < size:
        chunk = connection.recv(size - len(body))
        if not chunk:
            raise ConnectionError("short request")
        body += chunk
    return body.split(b"\0"), fds


def _become(connection: socket.socket) -> bool:
    """Take the client's place; whether SIGINT is ignored there."""
    items, fds = _receive(connection)
    if len(fds) != 4 or items[0] != client.PROTOCOL:
        raise ConnectionError("not a giaoban request")
    umask, interrupt_ignored = int(items[1]), items[2] == b"1"
    specs = [items[3 + 5 * index : 8 + 5 * index] for index in range(3)]
    count = int(items[18])
    argv = [os.fsdecode(arg) for arg in items[19 : 19 + count]]
    environment = items[19 + count :]
    for target, fd in enumerate(fds[:3]):
        os.dup2(fd, target)
        os.close(fd)
    os.fchdir(fds[3])
    os.close(fds[3])
    os.umask(umask)
    os.environ.clear()
    for pair in environment:
        name, _, value = pair.partition(b"=")
        if name:
            os.environb[name] = value
    time.tzset()  # TZ may differ from the server's
    sys.argv = argv
    sys.stdin = sys.__stdin__ = _stream(0, "r", specs[0], "<stdin>")
    sys.stdout = sys.__stdout__ = _stream(1, "w", specs[1], "<stdout>")
    sys.stderr = sys.__stderr__ = _stream(2, "w", specs[2], "<stderr>")
    return interrupt_ignored


def _stream(fd: int, mode: str, spec: list[bytes], name: str) -> object:
    """A standard stream as Python makes it at start, with the client's settings."""
    import io

    encoding, errors, line_buffering, write_through, raw = spec
    if not encoding:  # the client had none (closed at start)
        return None
    stream: io.RawIOBase | io.BufferedIOBase = io.FileIO(fd, mode, closefd=False)
    stream.name = name  # type: ignore[misc]
    if raw != b"1" or mode == "r":
        stream = io.BufferedReader(stream) if mode == "r" else io.BufferedWriter(stream)  # type: ignore[arg-type]
    return io.TextIOWrapper(
        stream,  # type: ignore[arg-type]
        encoding=encoding.decode(),
        errors=errors.decode() or None,
        newline="\n",
        line_buffering=line_buffering == b"1",
        write_through=write_through == b"1",
    )


def _finish(connection: socket.socket, code: object) -> None:
    """End as ``giaoban.cli.run()`` ends a process of its own (``cli._end``), then send the
    exit status on the connection and leave without teardown."""
    import atexit

    from giaoban.cli import closed_pipe as cli_closed_pipe

    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # the command is done: the client, which ends once it has the status, closes its end
    # of the line and the watcher (_watch_client) says so; nothing is left to stop
    signal.signal(signal.SIGHUP, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    threading = sys.modules.get("threading")
    if threading is not None:  # Python waits for these at exit
        for thread in threading.enumerate():
            if thread is not threading.main_thread() and not thread.daemon:
                thread.join()
    atexit._run_exitfuncs()
    if code is None:
        status = 0
    elif isinstance(code, int):
        status = code & 0xFF
    else:  # SystemExit("message"): Python prints it and exits 1
        try:
            print(code, file=sys.stderr)
        except Exception:  # as Python: the status still stands
            pass
        status = 1
    try:
        for stream in (sys.stdout, sys.stderr):
            if stream is not None:
                stream.flush()
    except BrokenPipeError:  # the output's reader has gone since (… | head)
        status = cli_closed_pipe()
    except (OSError, ValueError):
        status = 120  # what Python exits with when flushing fails at exit
    try:
        connection.sendall(struct.pack("!i", status))
    except OSError:
        pass
    os._exit(status)


def warm() -> None:
    """Import every module the commands use, and make what each process would make once:
    the record model, the gazetteer, Babel's vi locale, the default templates, by making
    and rendering a new record in a temporary folder (``giaoban new`` and ``render``)."""
    import tempfile
    from pathlib import Path

    from giaoban import cli

    cli.tune_process()
    os.environ.setdefault(client.PLUGINS, client.PLUGINS_DEFAULT)  # as main() does
    for name in WARM_MODULES:
        try:
            __import__(name)
        except ImportError:  # an optional part (PDF, signing) not installed
            pass
    from giaoban.commands.new import create
    from giaoban.commands.render import render_paths

    with tempfile.TemporaryDirectory(prefix="giaoban-warm-") as folder:
        record = Path(folder) / "warm.yaml"
        try:
            create(record, None, None, False)
            render_paths([record], Path(folder) / "out", None, None, False, None)
        except Exception:  # warming is an optimisation, never a failure
            pass


WARM_MODULES = (
    "giaoban.commands.diff",
    "giaoban.commands.export",
    "giaoban.commands.new",
    "giaoban.commands.render",
    "giaoban.commands.schema",
    "giaoban.commands.show",
    "giaoban.commands.templates",
    "giaoban.commands.validate",
    "giaoban.check",
    "giaoban.diff",
    "giaoban.diffdoc",
    "giaoban.export",
    "giaoban.followup",
    "giaoban.summary",
    "giaoban.workers",
    "giaoban.errors",
    "giaoban.files",
    "concurrent.futures.process",
)
