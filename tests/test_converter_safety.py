"""s4-trial F100: the resident PDF converter (``giaoban pdf-server``, ``serve``'s print
preview) must not let another account run programs as the user, nor convert for it.

The attack is the tester's own: a few lines of python-uno (Debian's python3-uno, which
``make test`` installs) that connect to LibreOffice and run a program through
``com.sun.star.system.SystemShellExecute``. With unoserver it ran through the TCP port
127.0.0.1:<port - 1> from any process. Here it is run against every socket the
converter's processes listen on, as another account (``nobody``; the tests run as root in
CI) and, as the control that proves the script would work, as the owner.
"""

from __future__ import annotations

import os
import signal
import socket
import subprocess
import sys
import time
from pathlib import Path

import pytest

from giaoban.pdf.resident import answers, running, start_converter, uno_python

pytestmark = pytest.mark.skipif(
    not Path("/proc/net/unix").exists(), reason="reads the listening sockets from Linux's /proc"
)

# s4-trial F100's script, by argument: the UNO URL and the file the program should make.
ATTACK = """
import sys, uno
url, target = sys.argv[1], sys.argv[2]
local = uno.getComponentContext()
resolver = local.ServiceManager.createInstanceWithContext(
    "com.sun.star.bridge.UnoUrlResolver", local)
try:
    context = resolver.resolve(url)
except Exception as error:
    print("refused:", type(error).__name__, error)
    sys.exit(3)
shell = context.ServiceManager.createInstanceWithContext(
    "com.sun.star.system.SystemShellExecute", context)
shell.execute("/usr/bin/touch", target, 1)
print("ran")
"""

# Connect to a unix socket; print how it went.
KNOCK = """
import socket, sys
probe = socket.socket(socket.AF_UNIX)
try:
    probe.connect(sys.argv[1])
except OSError as error:
    print("refused:", type(error).__name__)
    sys.exit(3)
print("connected")
"""

NOBODY = 65534


def _group(leader: int) -> list[int]:
    """The live processes of the process group ``leader`` (the converter and its
    LibreOffice)."""
    members = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except OSError:
                continue
            if int(fields[2]) == leader and fields[0] != "Z":  # a zombie runs nothing
                members.append(int(entry.name))
    return members


def _socket_inodes(pids: list[int]) -> set[str]:
    inodes = set()
    for pid in pids:
        with_fds = Path(f"/proc/{pid}/fd")
        try:
            links = [os.readlink(fd) for fd in with_fds.iterdir()]
        except OSError:
            continue
        inodes |= {link[8:-1] for link in links if link.startswith("socket:[")}
    return inodes


def _tcp_listeners(inodes: set[str]) -> list[str]:
    found = []
    for table in ("/proc/net/tcp", "/proc/net/tcp6"):
        for line in Path(table).read_text().splitlines()[1:]:
            fields = line.split()
            if fields[3] == "0A" and fields[9] in inodes:  # 0A: LISTEN
                found.append(fields[1])
    return found


def _unix_listeners(inodes: set[str]) -> list[str]:
    found = []
    for line in Path("/proc/net/unix").read_text().splitlines()[1:]:
        fields = line.split()
        # Flags 00010000: __SO_ACCEPTCON, a listening socket
        if len(fields) == 8 and fields[3] == "00010000" and fields[6] in inodes:
            found.append(fields[7])
    return found


def _as(uid: int | None, python: str, script: str, *arguments: str) -> str:
    """Run ``script`` with ``python`` as ``uid`` (None: as this user); its output."""
    account = {} if uid is None else {"user": uid, "group": uid, "extra_groups": []}
    done = subprocess.run(
        [python, "-c", script, *arguments],
        capture_output=True,
        text=True,
        timeout=60,
        cwd="/",
        env={"PATH": "/usr/bin:/bin", "HOME": "/nonexistent", "LANG": "C.UTF-8"},
        **account,
    )
    return done.stdout + done.stderr


def _wait_for(path: Path, seconds: float = 20.0) -> bool:
    deadline = time.monotonic() + seconds
    while not path.exists():
        if time.monotonic() > deadline:
            return False
        time.sleep(0.1)
    return True


@pytest.fixture
def converter(tmp_path, monkeypatch):
    monkeypatch.setenv("GIAOBAN_CACHE_DIR", str(tmp_path / "cache"))
    started = start_converter()
    yield started
    started.stop()


@pytest.fixture
def pdf_server(tmp_path, monkeypatch):
    """``giaoban pdf-server`` running in its own process; its converter as noted."""
    monkeypatch.setenv("GIAOBAN_CACHE_DIR", str(tmp_path / "cache"))
    environment = {**os.environ, "GIAOBAN_RESIDENT": "0"}
    server = subprocess.Popen(
        [sys.executable, "-m", "giaoban", "pdf-server"],
        env=environment,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        deadline = time.monotonic() + 90
        while (noted := running()) is None or not answers(noted):
            assert server.poll() is None, server.stderr.read()  # type: ignore[union-attr]
            assert time.monotonic() < deadline, "pdf-server did not start"
            time.sleep(0.2)
        yield server, noted
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGTERM)  # as a service manager stops it
            server.wait(timeout=30)
        server.stderr.close()  # type: ignore[union-attr]


def test_no_other_account_can_reach_the_pdf_server_or_its_libreoffice(pdf_server, tmp_path):
    server, noted = pdf_server
    python = uno_python()
    assert python is not None  # make test installs python3-uno; pdf-server needed it
    group = _group(noted.pid)  # the bridge leads a process group with its LibreOffice
    assert any(
        "soffice" in Path(f"/proc/{pid}/cmdline").read_text(errors="replace") for pid in group
    )
    inodes = _socket_inodes(group)
    # No TCP port at all: nothing for the tester's script on 127.0.0.1, nor for
    # unoserver's XML-RPC conversions.
    assert _tcp_listeners(inodes) == []
    listening = _unix_listeners(inodes)
    pipes = [path for path in listening if path.startswith(f"/tmp/OSL_PIPE_{os.getuid()}_giaoban-")]
    assert len(pipes) == 1, listening  # LibreOffice's UNO acceptor
    assert noted.address in listening  # the bridge's own socket
    uno_url = f"uno:pipe,name={pipes[0].split('_', 3)[3]};urp;StarOffice.ComponentContext"

    # The control: as the owner, the tester's script runs its program through the pipe.
    made = tmp_path / "owner-ran-this"
    assert "ran" in _as(None, python, ATTACK, uno_url, str(made))
    assert _wait_for(made)  # LibreOffice starts the program and returns at once

    if os.geteuid() == 0:
        # Another account: every socket of the converter refuses it at connect(), and the
        # tester's script gets no connection, so its program never runs.
        for path in listening:
            assert "refused: PermissionError" in _as(NOBODY, python, KNOCK, path), path
        stolen = tmp_path / "nobody-ran-this"
        said = _as(NOBODY, python, ATTACK, uno_url, str(stolen))
        assert "refused: com.sun.star.connection.NoConnectException" in said, said
        assert not _wait_for(stolen, seconds=2)
    else:  # without root no other account to try: the permissions that refuse it
        for path in listening:
            assert Path(path).stat().st_mode & 0o077 == 0, path
        assert Path(noted.address).parent.stat().st_mode & 0o077 == 0

    # Stopped as a service manager stops it: LibreOffice ends with it, nothing is left.
    server.send_signal(signal.SIGTERM)
    assert server.wait(timeout=30) == 0
    assert _group(noted.pid) == []
    assert not Path(noted.address).exists() and not Path(pipes[0]).exists()
    assert running() is None


def test_the_converter_answers_only_those_who_hold_its_key(converter):
    noted = running()
    assert noted is not None and noted.address == converter.noted.address
    assert answers(noted)
    assert Path(noted.address).stat().st_mode & 0o077 == 0
    # This user's own process without the key (read from a file only the user can read):
    # the challenge answered wrongly, the converter hangs up without a word.
    with socket.socket(socket.AF_UNIX) as probe:
        probe.settimeout(10)
        probe.connect(noted.address)
        assert len(probe.recv(64)) > 4  # the challenge, framed
        probe.sendall(len(b"x" * 64).to_bytes(4, "big") + b"x" * 64)
        assert probe.recv(64) == b""  # closed: no conversion offered
    wrong = type(noted)(noted.address, noted.pid, b"\0" * 32)
    assert not answers(wrong)
    state = Path(os.environ["GIAOBAN_CACHE_DIR"]) / "libreoffice" / "converter.json"
    assert state.stat().st_mode & 0o777 == 0o600


def test_a_pdf_server_killed_outright_leaves_no_libreoffice(pdf_server):
    """SIGKILL gives pdf-server no chance to stop its converter: the bridge sees it gone
    and closes LibreOffice itself, its pipe and its socket removed."""
    server, noted = pdf_server
    group = _group(noted.pid)
    pipes = [p for p in _unix_listeners(_socket_inodes(group)) if "OSL_PIPE" in p]
    assert group and pipes
    server.kill()
    server.wait(timeout=10)
    deadline = time.monotonic() + 30
    while _group(noted.pid) and time.monotonic() < deadline:
        time.sleep(0.2)
    assert _group(noted.pid) == []
    assert not Path(noted.address).exists()
    assert not any(Path(p).exists() for p in pipes)


@pytest.mark.skipif(sys.platform == "win32", reason="umask is POSIX")
def test_a_one_off_libreoffice_runs_with_umask_077(tmp_path, monkeypatch):
    """A plain ``--pdf`` call starts soffice, which opens its own pipe
    (/tmp/OSL_PIPE_<uid>_SingleOfficeIPC_…, taking command lines) with the mode the umask
    leaves: it runs with 077, so that pipe is the user's only."""
    from giaoban.pdf.libreoffice import run_soffice

    fake = tmp_path / "bin"
    fake.mkdir()
    said = tmp_path / "umask.txt"
    (fake / "soffice").write_text(f"#!/bin/sh\numask > {said}\n")
    (fake / "soffice").chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake}:/usr/bin:/bin")
    before = os.umask(0o002)  # a Debian desktop's: group-writable by default
    try:
        assert run_soffice(["--version"], timeout=30, count=1).returncode == 0
    finally:
        os.umask(before)
    assert said.read_text().strip() == "0077"
