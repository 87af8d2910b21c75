"""The resident giaoban (giaoban.resident): the real console script, run with and without a
resident server, must say and write the same bytes, end the same way, and never hang.

Every test has its own XDG_RUNTIME_DIR (so its own servers) and stops every server it
started in teardown. Every wait is bounded.
"""

from __future__ import annotations

import json
import os
import select
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
import time
import zipfile
from collections.abc import Iterator
from pathlib import Path

import pytest

from giaoban.messages import msg
from giaoban.resident import client
from tests.conftest import EXAMPLES

GIAOBAN = str(Path(sys.executable).with_name("giaoban"))
BOUND = 60  # seconds: far more than any of these takes, on a busy machine too
RECORD = "nam-song-hau-2022.yaml"


class Resident:
    """A private runtime folder, the environment that points giaoban at it, and the
    servers started there."""

    def __init__(self, runtime: Path, work: Path) -> None:
        self.runtime = runtime
        self.folder = runtime / "giaoban"
        self.work = work
        self.environment = {
            **os.environ,
            "XDG_RUNTIME_DIR": str(runtime),
            "XDG_CACHE_HOME": str(work / "cache"),
            client.SWITCH: "1",
            client.IDLE: "300",
        }
        self.seen: set[int] = set()

    def run(
        self, *args: str, resident: bool = True, cwd: Path | None = None, **extra: str
    ) -> subprocess.CompletedProcess[bytes]:
        environment = self.environment | {client.SWITCH: "1" if resident else "0"} | extra
        return subprocess.run(
            [GIAOBAN, *args],
            cwd=cwd or self.work,
            env=environment,
            capture_output=True,
            stdin=subprocess.DEVNULL,
            timeout=BOUND,
        )

    def popen(self, *args: str, cwd: Path | None = None, **extra: str) -> subprocess.Popen[bytes]:
        return subprocess.Popen(
            [GIAOBAN, *args],
            cwd=cwd or self.work,
            env=self.environment | extra,
            stdin=subprocess.DEVNULL,
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            # a group of its own whose parent (this test) is in the same session: never an
            # orphaned group, where the kernel drops the SIGTSTP of a Ctrl-Z (pytest run by
            # make in a detached job or by a CI runner may itself be in one)
            process_group=0,
        )

    def servers(self) -> dict[Path, int]:
        """socket -> pid of each server listening now (every pid seen, warming or not,
        is kept for the teardown)."""
        found = {}
        for lock in self.folder.glob("*.lock"):
            try:
                lines = lock.read_text().split()
            except FileNotFoundError:
                continue
            if lines and lines[0].isdigit():
                self.seen.add(int(lines[0]))
                if lines[1:] == ["listening"]:
                    found[lock.with_suffix(".sock")] = int(lines[0])
        return found

    def start(self, **extra: str) -> int:
        """A server, started as a user starts one (a command run without it); its pid."""
        before = set(self.servers().values())
        done = self.run("--version", **extra)
        assert done.returncode == 0, done.stderr
        deadline = time.monotonic() + BOUND
        while time.monotonic() < deadline:
            new = set(self.servers().values()) - before
            if new and all(_answers(sock) for sock in self.servers()):
                return new.pop()
            time.sleep(0.05)
        raise AssertionError("no server started")

    def stop(self) -> None:
        """Kill every server of this runtime folder: listening, warming, or only just
        spawned by the last command (found by its environment before it wrote a pid)."""
        self.servers()
        for pid in self.seen | set(_servers_of(self.runtime)):
            try:
                os.killpg(pid, signal.SIGKILL)  # the server and any child left
            except (ProcessLookupError, PermissionError):
                pass


def _answers(path: Path) -> bool:
    probe = socket.socket(socket.AF_UNIX, socket.SOCK_STREAM)
    try:
        probe.connect(str(path))
        return True
    except OSError:
        return False
    finally:
        probe.close()


def _alive(pid: int) -> bool:
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state not in ("Z", "X")  # a zombie is dead (its parent may be a non-reaping init)


def _children(pid: int) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                fields = (entry / "stat").read_text().rsplit(")", 1)[1].split()
            except (FileNotFoundError, IndexError, ProcessLookupError):
                continue
            if int(fields[1]) == pid and fields[0] not in ("Z", "X"):
                found.append(int(entry.name))
    return found


def _wait_for(condition, what: str) -> None:  # type: ignore[no-untyped-def]
    deadline = time.monotonic() + BOUND
    while not condition():
        if time.monotonic() > deadline:
            raise AssertionError(f"waited {BOUND} s for {what}")
        time.sleep(0.05)


@pytest.fixture
def resident(tmp_path: Path) -> Iterator[Resident]:
    # short: a unix socket's path has at most 107 bytes
    runtime = Path(tempfile.mkdtemp(prefix="gb-", dir="/tmp"))
    runtime.chmod(0o700)
    work = tmp_path / "work"
    work.mkdir()
    found = Resident(runtime, work)
    try:
        yield found
    finally:
        found.stop()
        shutil.rmtree(runtime, ignore_errors=True)


def _files(folder: Path) -> dict[str, bytes]:
    """Every file's bytes; a manifest's with the times it records left out (a file's
    mtime differs from one run to the next however it was written) and its hashes (the
    files are compared themselves), a .docx by its parts (the year summary's zip entries
    carry the time it was saved)."""
    found = {}
    for path in sorted(folder.rglob("*")):
        if path.is_file() and path.name != "lock":
            data = path.read_bytes()
            if path.name == "manifest.json":
                manifest = json.loads(data)
                for output in manifest.get("outputs", {}).values():
                    output["stat"] = output["stat"][:1]  # the size, not the mtime
                    output.pop("sha256")  # the files themselves are compared
                data = json.dumps(manifest, sort_keys=True).encode()
            if path.suffix == ".docx":
                with zipfile.ZipFile(path) as package:
                    data = b"".join(
                        name.encode() + b"\0" + package.read(name) for name in package.namelist()
                    )
            found[str(path.relative_to(folder))] = data
    return found


def _both(resident: Resident, *args: str, sub: str = "", before: tuple[str, ...] = ()) -> None:
    """The command in a copy of the examples run in this process and by the resident
    server (with --debug, so that it says so): the same exit code, stdout, stderr (but
    that line) and files written."""
    outcomes = []
    for served in (False, True):
        copy = resident.work / ("served" if served else "here")
        shutil.rmtree(copy, ignore_errors=True)
        shutil.copytree(EXAMPLES, copy / "examples")
        cwd = copy / "examples" / sub
        cwd.mkdir(exist_ok=True)
        if before:  # what the command works on, made the same way on both sides
            made = resident.run(*before, resident=False, cwd=cwd)
            assert made.returncode == 0, made.stderr
        done = resident.run("--debug", *args, resident=served, cwd=cwd)
        stderr = done.stderr.decode()
        if served:
            last = stderr.splitlines()[-1]
            said = ("giaoban: lệnh do tiến trình chạy nền (pid", "giaoban: the command ran in the")
            assert last.startswith(said), stderr
            stderr = stderr[: stderr.rindex(last)]
        outcomes.append((done.returncode, done.stdout.decode(), stderr, _files(copy)))
    here, served_ = outcomes
    assert served_[:3] == here[:3]
    assert sorted(served_[3]) == sorted(here[3])
    for name, data in here[3].items():
        assert served_[3][name] == data, name


def test_the_same_bytes_with_and_without_the_resident_server(resident: Resident) -> None:
    resident.start()
    _both(resident, "render", RECORD, "-o", "out")
    _both(resident, "validate", ".")
    _both(resident, "diff", "nam-song-hau-2022.yaml", "nam-song-hau-2023.yaml")
    _both(resident, "followup", ".", "--cluster", "Nam Sông Hậu")
    _both(resident, "export", ".", "-o", "out", "--jobs", "1")
    _both(resident, "render", "../" + RECORD, "-o", "../out", sub="from-below")
    _both(resident, "--lang", "en", "show", RECORD)
    made = ("render", RECORD, "-o", "out")
    _both(resident, "check", "out/nam-song-hau-2022-bien-ban.docx", before=made)
    _both(resident, "new", "next.yaml", "--from", RECORD)
    _both(resident, "render", "missing.yaml")
    _both(resident, "no-such-command")
    _both(resident, "render", "--help")


def test_a_broken_record_is_told_with_its_file_and_line_by_both(resident: Resident) -> None:
    resident.start()
    text = (EXAMPLES / RECORD).read_text(encoding="utf-8")
    broken = text.replace("date: 2022-12-15", "date: 2022-13-45", 1)
    assert broken != text
    results = []
    for served in (False, True):
        (resident.work / RECORD).write_text(broken, encoding="utf-8")
        done = resident.run("render", RECORD, "-o", "out", resident=served)
        results.append((done.returncode, done.stdout, done.stderr))
    assert results[0][0] == 1
    assert f"{RECORD}:".encode() in results[0][2]
    assert results[1] == results[0]


def test_the_output_is_the_same_without_debug(resident: Resident) -> None:
    resident.start()
    for served in (False, True):
        out = resident.work / f"out-{served}"
        done = resident.run("render", str(EXAMPLES / RECORD), "-o", str(out), resident=served)
        assert done.returncode == 0, done.stderr
    assert _files(resident.work / "out-True") == _files(resident.work / "out-False")


def _blocked(resident: Resident, server: int, name: str = "pipe.yaml") -> subprocess.Popen[bytes]:
    """A served command that waits: it validates a named pipe nobody writes to yet."""
    fifo = resident.work / name
    os.mkfifo(fifo)
    before = set(_children(server))
    process = resident.popen("validate", name)
    _wait_for(lambda: set(_children(server)) - before, "the server's child")
    time.sleep(0.2)  # the child reaches the pipe
    return process


def test_ctrl_c_is_forwarded_to_the_child(resident: Resident) -> None:
    server = resident.start()
    process = _blocked(resident, server)
    process.send_signal(signal.SIGINT)
    _out, err = process.communicate(timeout=BOUND)
    assert process.returncode == 130
    assert err.decode() == msg("interrupted") + "\n"
    _wait_for(lambda: not _children(server), "the child to end")


def test_sigterm_ends_the_child_and_the_client_as_it_would_end_giaoban(
    resident: Resident,
) -> None:
    server = resident.start()
    process = _blocked(resident, server)
    process.send_signal(signal.SIGTERM)
    _out, err = process.communicate(timeout=BOUND)
    # as giaoban in its own process ends on SIGTERM: as after Ctrl-C, 128 + 15 (F57)
    assert process.returncode == 128 + signal.SIGTERM
    assert err.decode() == msg("interrupted") + "\n"
    _wait_for(lambda: not _children(server), "the child to end")


def test_two_clients_at_once(resident: Resident) -> None:
    server = resident.start()
    waiting = _blocked(resident, server)
    other = resident.run("render", str(EXAMPLES / RECORD), "-o", "out")  # while one waits
    assert other.returncode == 0, other.stderr
    assert len(list((resident.work / "out").glob("*.docx"))) == 2
    with open(resident.work / "pipe.yaml", "wb") as pipe:
        pipe.write((EXAMPLES / RECORD).read_bytes())
    out, err = waiting.communicate(timeout=BOUND)
    assert waiting.returncode == 0, err
    assert "1 tệp hợp lệ" in out.decode()


def test_a_server_killed_mid_command_ends_the_client_with_a_message(resident: Resident) -> None:
    server = resident.start()
    process = _blocked(resident, server)
    os.killpg(server, signal.SIGKILL)  # the server and its child
    _out, err = process.communicate(timeout=BOUND)
    assert process.returncode == 70
    assert err.decode() == msg("resident_lost") + "\n"


def test_a_dead_servers_socket_is_replaced(resident: Resident) -> None:
    first = resident.start()
    os.killpg(first, signal.SIGKILL)
    _wait_for(lambda: not _alive(first), "the server to die")
    assert list(resident.folder.glob("*.sock"))  # left behind, refusing connections
    second = resident.start()
    assert second != first
    done = resident.run("--debug", "--version")
    assert msg("resident_used", pid="").split("(")[0] in done.stderr.decode()


def test_another_key_is_not_served_by_the_old_server(resident: Resident) -> None:
    resident.start()
    done = resident.run("--debug", "--version", LC_CTYPE="C.UTF-8", LC_ALL="")
    assert done.returncode == 0
    reason = msg("resident_why_absent")
    assert msg("resident_not_used", reason=reason) in done.stderr.decode()


def test_the_key_follows_the_package_files(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    package = tmp_path / "giaoban"
    shutil.copytree(client.PACKAGE, package, ignore=shutil.ignore_patterns("__pycache__"))
    monkeypatch.setattr(client, "PACKAGE", str(package))
    first = client.key()
    assert client.key() == first
    (package / "__pycache__").mkdir(exist_ok=True)
    (package / "__pycache__" / "cli.cpython-311.pyc").write_bytes(b"x")
    assert client.key() == first  # bytecode written by a run is not a change
    source = package / "render" / "sentences.py"
    status = source.stat()
    os.utime(source, ns=(status.st_atime_ns, status.st_mtime_ns + 1_000_000))
    touched = client.key()
    assert touched != first
    (package / "data" / "gazetteer.yaml").write_text("changed\n", encoding="utf-8")
    assert client.key() != touched
    monkeypatch.setenv("PYTHONFAULTHANDLER", "1")
    assert client.key() != touched


@pytest.mark.parametrize("kind", ["open to all", "a link", "someone else's"])
def test_an_unsafe_socket_folder_is_not_used(resident: Resident, kind: str) -> None:
    if kind == "open to all":
        resident.folder.mkdir(mode=0o700)
        resident.folder.chmod(0o777)
    elif kind == "a link":
        elsewhere = resident.runtime / "elsewhere"
        elsewhere.mkdir(mode=0o700)
        resident.folder.symlink_to(elsewhere)
    else:
        resident.folder.mkdir(mode=0o700)
        if os.getuid() != 0:  # only root can give a folder away; the others test the rest
            return
        os.chown(resident.folder, 65534, 65534)
    done = resident.run("--debug", "validate", str(EXAMPLES / RECORD))
    plain = resident.run("validate", str(EXAMPLES / RECORD), resident=False)
    why = msg("resident_why_unsafe", detail=str(resident.folder))
    said = msg("resident_not_used", reason=why) + "\n"
    assert done.stderr.decode() == said + plain.stderr.decode()
    assert (done.returncode, done.stdout) == (plain.returncode, plain.stdout)
    time.sleep(0.5)
    assert not resident.servers()  # and none started there


def test_an_idle_server_ends_and_removes_its_socket(resident: Resident) -> None:
    server = resident.start(**{client.IDLE: "1"})
    _wait_for(lambda: not _alive(server), "the idle server to end")
    assert not list(resident.folder.glob("*.sock"))
    assert not list(resident.folder.glob("*.lock"))


def test_off_means_no_server(resident: Resident) -> None:
    done = resident.run("--debug", "--version", resident=False)
    assert done.returncode == 0
    assert b"giaoban:" not in done.stderr
    time.sleep(0.5)
    assert not resident.folder.exists()


def test_on_by_default_and_managed_with_giaoban_resident(resident: Resident) -> None:
    environment = {k: v for k, v in resident.environment.items() if k != client.SWITCH}

    def giaoban(*args: str) -> subprocess.CompletedProcess[str]:
        return subprocess.run(
            [GIAOBAN, *args], env=environment, capture_output=True, text=True, timeout=BOUND
        )

    none = msg("resident_none")
    assert giaoban("resident", "status").stdout.splitlines()[-1] == none
    started = giaoban("resident", "start")
    assert started.returncode == 0, started.stderr
    (server,) = resident.servers().values()
    assert started.stdout == msg("resident_started", pid=server) + "\n"
    status = giaoban("resident", "status").stdout.splitlines()
    assert status == [
        msg("resident_on", folder=resident.folder),
        msg("resident_current", pid=server),
    ]
    used = giaoban("--debug", "--version")
    assert used.stderr.startswith(msg("resident_used", pid="").split("(")[0]), used.stderr
    stopped = giaoban("resident", "stop")
    assert (stopped.returncode, stopped.stdout) == (0, msg("resident_stopped", pid=server) + "\n")
    _wait_for(lambda: not _alive(server), "the stopped server to end")
    assert giaoban("resident", "status").stdout.splitlines()[-1] == none


def test_the_server_keeps_no_pipe_of_its_starter_open(resident: Resident) -> None:
    """As under make or CI: a pipe the command inherited (a jobserver's, a runner's) is
    not held by the server it starts, so whoever waits for its end is not kept waiting."""
    read_end, write_end = os.pipe()
    os.set_inheritable(write_end, True)
    subprocess.run(
        [GIAOBAN, "--version"],
        env=resident.environment,
        pass_fds=(write_end,),
        capture_output=True,
        timeout=BOUND,
    )
    os.close(write_end)
    _wait_for(lambda: resident.servers(), "the server")
    ready, _, _ = select.select([read_end], [], [], BOUND)
    assert ready and os.read(read_end, 1) == b""  # the end of the pipe: nobody holds it
    os.close(read_end)


def _state(pid: int) -> str:
    return Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]


def test_ctrl_z_stops_the_child_too_and_fg_continues_it(resident: Resident) -> None:
    server = resident.start()
    process = _blocked(resident, server)
    (child,) = _children(server)
    process.send_signal(signal.SIGTSTP)
    _wait_for(lambda: _state(process.pid) == "T" and _state(child) == "T", "both stopped")
    process.send_signal(signal.SIGCONT)
    _wait_for(lambda: _state(child) != "T", "the child to continue")
    with open(resident.work / "pipe.yaml", "wb") as pipe:
        pipe.write((EXAMPLES / RECORD).read_bytes())
    out, err = process.communicate(timeout=BOUND)
    assert process.returncode == 0, err
    assert "1 tệp hợp lệ" in out.decode()


def test_a_template_environment_caches_where_the_command_says(tmp_path: Path, monkeypatch) -> None:  # type: ignore[no-untyped-def]
    """The resident server keeps the Jinja environments it made while warming; a command
    it runs with another GIAOBAN_CACHE_DIR compiles into that one, not the server's."""
    from giaoban.render.environment import make_environment

    (tmp_path / "own.j2").write_text("{{ 1 + 1 }}\n", encoding="utf-8")
    monkeypatch.setenv("GIAOBAN_CACHE_DIR", str(tmp_path / "server"))
    environment = make_environment([tmp_path], markup=False)
    monkeypatch.setenv("GIAOBAN_CACHE_DIR", str(tmp_path / "command"))
    assert environment.get_template("own.j2").render() == "2\n"
    assert list((tmp_path / "command").glob("giaoban-*.cache"))
    assert not list(tmp_path.glob("server/*"))


def _servers_of(runtime: Path) -> list[int]:
    """The resident servers alive whose runtime folder is ``runtime``."""
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            command = (entry / "cmdline").read_bytes()
            environment = (entry / "environ").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"giaoban.resident.server" in command and _alive(int(entry.name)):
            if f"XDG_RUNTIME_DIR={runtime}".encode() in environment:
                found.append(int(entry.name))
    return found


def test_two_servers_starting_at_once_leave_one(resident: Resident) -> None:
    """Two first commands at once each start a server: the lock leaves one."""
    clients = [resident.popen("--version"), resident.popen("--version")]
    for process in clients:
        process.communicate(timeout=BOUND)
        assert process.returncode == 0
    _wait_for(lambda: resident.servers(), "a server")
    _wait_for(lambda: len(_servers_of(resident.runtime)) == 1, "one server left")
    (listening,) = resident.servers().values()
    assert _servers_of(resident.runtime) == [listening]


def test_stop_ends_this_installations_server_and_all_only_when_asked(resident: Resident) -> None:
    """s3-trial F59: `resident stop` ended every server of the user, another clone's and
    a pipx install's too; now this installation's, and the others with --all."""
    own = resident.start()
    other = resident.start(LC_CTYPE="C.UTF-8", LC_ALL="")  # another key: another "install"
    assert own != other
    stopped = resident.run("resident", "stop")
    assert stopped.returncode == 0, stopped.stderr
    assert stopped.stdout.decode().splitlines() == [
        msg("resident_stopped", pid=own),
        msg("resident_others_left", count=1),
    ]
    _wait_for(lambda: not _alive(own), "this installation's server to end")
    assert _alive(other)
    every = resident.run("resident", "stop", "--all")
    assert every.returncode == 0, every.stderr
    assert every.stdout.decode() == msg("resident_stopped", pid=other) + "\n"
    _wait_for(lambda: not _alive(other), "the other server to end")


def test_a_closed_output_pipe_ends_the_served_command_quietly_with_141(
    resident: Resident,
) -> None:
    """``giaoban … | head`` with the resident: as in a process of its own (tests/test_cli.py),
    exit 141 and nothing on stderr, not "lỗi không mong đợi: BrokenPipeError"."""
    from tests.test_cli import closed_pipe_run

    resident.start()
    shutil.copytree(EXAMPLES, resident.work / "examples")
    for args in (["schema"], ["validate", "."]):
        done = closed_pipe_run(
            [GIAOBAN, *args], cwd=resident.work / "examples", env=resident.environment
        )
        assert done.returncode == 141, done.stderr.decode()
        assert done.stderr == b""
