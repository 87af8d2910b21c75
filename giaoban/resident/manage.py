"""The resident servers of this user, seen from outside: which run, start one, stop them
(``giaoban resident status|start|stop``).

A server is known by its lock file ``KEY.lock`` in the socket folder, which it holds
locked (flock) for its whole life and in which it writes its pid once it listens. A pid is
trusted only while its lock is held: a lock that can be taken belongs to a server that is
gone (its pid may now be another program's), and its files are removed instead.
"""

from __future__ import annotations

import fcntl
import os
import signal
import time
from dataclasses import dataclass
from pathlib import Path

from giaoban.resident import client

READY = "listening"  # server.READY (the server module imports what it serves: not here)


@dataclass(frozen=True)
class Server:
    """A live server: its pid, its key, and whether this giaoban would use it (same key)."""

    pid: int
    key: str
    current: bool
    ready: bool = True  # False while it still imports and warms


def folder() -> Path:
    return Path(client.socket_folder())


def servers() -> list[Server]:
    """The live servers in this user's socket folder, current first; leftovers of dead
    ones are removed on the way. [] when the folder is absent or unsafe."""
    where = folder()
    if client.folder_state(str(where)) != "ok":
        return []
    current = client.key()
    found = []
    for lock_path in sorted(where.glob("*.lock")):
        held = _holder(lock_path)
        if held:
            pid, ready = held
            found.append(Server(pid, lock_path.stem, lock_path.stem == current, ready))
    return sorted(found, key=lambda server: not server.current)


def _holder(lock_path: Path) -> tuple[int, bool] | None:
    """(pid, listening yet) of the live server holding ``lock_path``; None (and its files
    removed) when none holds it, or when it has only just started (no pid written yet)."""
    try:
        lock = os.open(lock_path, os.O_RDWR | os.O_CLOEXEC)
    except FileNotFoundError:
        return None
    try:
        try:
            fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:  # held: a live server
            lines = os.pread(lock, 64, 0).decode(errors="replace").split()
            if not lines or not lines[0].isdigit():
                return None
            return int(lines[0]), lines[1:2] == [READY]
        for leftover in (lock_path.with_suffix(".sock"), lock_path):
            try:
                leftover.unlink()
            except FileNotFoundError:
                pass
        return None
    finally:
        os.close(lock)


def start(wait: float = 60.0) -> Server | None:
    """A server for this giaoban: the one running, else one started now and waited for
    (at most ``wait`` seconds); None if none answered in time."""
    for server in servers():
        if server.current:
            return server
    client.start_server(client.NotHanded("resident_why_absent", True, client.key()))
    deadline = time.monotonic() + wait
    while time.monotonic() < deadline:
        for server in servers():
            if server.current and server.ready:
                return server
        time.sleep(0.05)
    return None


def stop(wait: float = 10.0, every: bool = False) -> list[Server]:
    """Ask this installation's server (``every``: every server of this user, other
    installations' and versions' too) to end (SIGTERM: a command it is running finishes
    first); the ones that ended within ``wait`` seconds. A server ends after its idle time
    anyway (GIAOBAN_RESIDENT_IDLE, default 600 s)."""
    asked = [server for server in servers() if every or server.current]
    for server in asked:
        try:
            os.kill(server.pid, signal.SIGTERM)
        except ProcessLookupError:
            pass
    deadline = time.monotonic() + wait
    ended = []
    for server in asked:
        lock_path = folder() / f"{server.key}.lock"
        while time.monotonic() < deadline and _holder(lock_path):
            time.sleep(0.05)
        if not _holder(lock_path):
            ended.append(server)
    return ended
