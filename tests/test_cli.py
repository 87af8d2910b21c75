"""Command-line conventions: help with examples, version, languages, consoles, no tracebacks."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

from giaoban import __version__
from giaoban.cli import cli
from tests.conftest import EXAMPLE_2022, ROOT, edited, run

COMMANDS = sorted(cli.commands)


@pytest.mark.parametrize("command", COMMANDS)
def test_every_command_has_help_with_an_example(command):
    vietnamese = run(command, "--help")
    assert vietnamese.exit_code == 0
    assert "Ví dụ:" in vietnamese.output
    assert "giaoban " + command in vietnamese.output
    english = run("--lang", "en", command, "--help")
    assert "Example" in english.output
    assert english.output != vietnamese.output


def test_top_level_help_lists_commands_in_the_chosen_language():
    assert "Kiểm tra hồ sơ hội nghị" in run("--help").output
    assert "Check meeting records" in run("--lang", "en", "--help").output


def test_version():
    result = run("--version")
    assert result.exit_code == 0
    assert __version__ in result.output


def test_show_summarises_the_example(examples):
    result = run("show", EXAMPLE_2022)
    assert result.exit_code == 0
    assert "ngày 15 tháng 12 năm 2022" in result.output
    assert "19.455 văn bản" in result.output
    assert "9,6%" in result.output
    assert "Cụm trưởng 2023: Cà Mau (nhận từ Bạc Liêu)" in result.output


def test_show_reports_a_broken_record_without_traceback(examples):
    path = edited(
        examples / EXAMPLE_2022, examples / "x.yaml", "date: 2022-12-15", "date: 2022-13-01"
    )
    result = run("show", path.name)
    assert result.exit_code == 1
    assert "x.yaml:10:3:" in result.stderr
    assert "Traceback" not in result.stderr


def _run_module(*args, **env):
    return subprocess.run(
        [sys.executable, "-m", "giaoban", *args],
        capture_output=True,
        cwd=ROOT,
        env={**os.environ, **env},
        timeout=60,
    )


@pytest.mark.parametrize("encoding", ["ascii", "cp1252", "latin-1"])
def test_python_dash_m_and_a_console_that_is_not_utf8(encoding):
    done = _run_module("show", "examples/nam-song-hau-2022.yaml", PYTHONIOENCODING=encoding)
    assert done.returncode == 0, done.stderr
    assert b"19.455" in done.stdout
    broken = _run_module("validate", "nowhere.yaml", PYTHONIOENCODING=encoding)
    assert broken.returncode == 2
    assert b"Traceback" not in broken.stderr


def test_unexpected_errors_give_a_message_and_debug_gives_the_traceback(monkeypatch, examples):
    import giaoban.commands.show as show_module

    def broken(_path):
        raise RuntimeError("boom")

    monkeypatch.setattr(show_module, "show", broken)
    result = run("show", EXAMPLE_2022)
    assert result.exit_code == 70
    assert "lỗi không mong đợi: RuntimeError: boom" in result.stderr
    with pytest.raises(RuntimeError):
        run("--debug", "show", EXAMPLE_2022)


def test_keyboard_interrupt_is_a_short_message(monkeypatch, examples):
    import giaoban.commands.show as show_module

    def interrupted(_path):
        raise KeyboardInterrupt

    monkeypatch.setattr(show_module, "show", interrupted)
    result = run("show", EXAMPLE_2022)
    assert result.exit_code == 130
    assert "đã dừng" in result.stderr


def test_help_does_not_import_the_heavy_modules():
    probe = (
        "import sys; from giaoban.cli import main\n"
        "try:\n    main(['--help'])\nexcept SystemExit:\n    pass\n"
        "heavy = [m for m in ('pydantic', 'yaml', 'babel', 'docx', 'jinja2') if m in sys.modules]\n"
        "print(heavy)"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.stdout.strip().endswith("[]"), done.stdout + done.stderr


def test_the_command_skips_pydantic_plugin_search_unless_asked(monkeypatch):
    """giaoban uses no pydantic plugins: its command does not read every package's metadata
    to find them, unless the user sets PYDANTIC_DISABLE_PLUGINS (empty: search again)."""
    from giaoban.cli import main

    for before, after in ((None, "__all__"), ("", "")):
        if before is None:
            monkeypatch.delenv("PYDANTIC_DISABLE_PLUGINS", raising=False)
        else:
            monkeypatch.setenv("PYDANTIC_DISABLE_PLUGINS", before)
        with pytest.raises(SystemExit) as exited:
            main(["--version"])
        assert exited.value.code == 0
        assert os.environ["PYDANTIC_DISABLE_PLUGINS"] == after


def test_the_command_uses_no_deprecated_click_name(capsys):
    """main() looked up ``click.utils.PacifyFlushWrapper`` at every exit, which Click 8.3+
    deprecates (a DeprecationWarning in every pytest run, an AttributeError in Click 9).
    The closed-pipe behaviour it served is kept: test_a_closed_output_pipe_ends_quietly_with_141."""
    import warnings

    from giaoban.cli import main

    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        with pytest.raises(SystemExit) as exited:
            main(["--version"])
    assert exited.value.code == 0


def test_the_program_ends_without_teardown_and_loses_nothing(examples, tmp_path):
    """``giaoban`` (``run``) ends its process with os._exit to skip Python's teardown:
    every document is complete, every line printed (stdout buffered, not a terminal),
    the exit code kept, and the functions registered with atexit still run."""
    import zipfile

    env = {k: v for k, v in os.environ.items() if k != "PYTHONUNBUFFERED"}
    program = [sys.executable, "-m", "giaoban"]
    out = tmp_path / "out"
    done = subprocess.run(
        [*program, "render", EXAMPLE_2022, "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=examples,
        env=env,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    written = done.stdout.splitlines()
    assert len(written) == 3 and all(str(out) in line for line in written), done.stdout
    documents = sorted(out.glob("*.docx"))
    assert len(documents) == 2
    for document in documents:
        with zipfile.ZipFile(document) as opened:
            assert opened.testzip() is None  # every entry complete, the directory written
            assert len(opened.read("word/document.xml")) > 5000
    broken = edited(
        examples / EXAMPLE_2022, examples / "broken.yaml", "\ndirectives:", "\ndirectivs:"
    )
    failed = subprocess.run(
        [*program, "render", broken.name, "-o", str(out)],
        capture_output=True,
        text=True,
        cwd=examples,
        env=env,
        timeout=120,
    )
    assert failed.returncode == 1
    assert "broken.yaml:" in failed.stderr and "directivs" in failed.stderr
    probe = (
        "import atexit, sys\n"
        "atexit.register(print, 'atexit ran')\n"
        "sys.argv = ['giaoban', '--version']\n"
        "from giaoban.cli import run\n"
        "run()\n"
    )
    ended = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, env=env, timeout=60
    )
    assert ended.returncode == 0
    assert ended.stdout.splitlines() == [f"giaoban, phiên bản {__version__}", "atexit ran"]


def test_pydantic_plugin_loader_stands_in_until_plugins_are_wanted():
    """The program skips importing importlib.metadata for pydantic's plugin loader while
    plugins are disabled; records still validate, and with plugins asked for (or any other
    name asked of the loader) pydantic's own module answers."""
    probe = (
        "import os, sys\n"
        "from pathlib import Path\n"
        "from giaoban.cli import _pydantic_plugin_loader_on_demand\n"
        "os.environ['PYDANTIC_DISABLE_PLUGINS'] = '__all__'\n"
        "_pydantic_plugin_loader_on_demand()\n"
        "print('pydantic' in sys.modules)\n"
        "from giaoban.record import load_record\n"
        f"load_record(Path({str(ROOT / 'examples' / EXAMPLE_2022)!r}))\n"
        "print('importlib.metadata' in sys.modules)\n"
        "os.environ['PYDANTIC_DISABLE_PLUGINS'] = ''\n"
        "from pydantic.plugin import _loader\n"
        "print(list(_loader.get_plugins()), _loader.PYDANTIC_ENTRY_POINT_GROUP)\n"
        "print('importlib.metadata' in sys.modules)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", probe], capture_output=True, text=True, cwd=ROOT, timeout=60
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.splitlines() == ["False", "False", "[] pydantic", "True"]


def closed_pipe_run(
    command: list[str], cwd: os.PathLike[str] | str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[bytes]:
    """``command`` with its stdout a pipe whose reader is already gone (``… | head``
    once head has read its lines): every write to stdout fails with EPIPE."""
    reader, writer = os.pipe()
    os.close(reader)
    try:
        return subprocess.run(
            command, stdout=writer, stderr=subprocess.PIPE, cwd=cwd, env=env, timeout=120
        )
    finally:
        os.close(writer)


@pytest.mark.parametrize(
    "args",
    [["schema"], ["--help"], ["validate", "."], ["show", EXAMPLE_2022]],
    ids=["schema", "help", "validate", "show"],
)
def test_a_closed_output_pipe_ends_quietly_with_141(examples, args):
    """``giaoban … | head``: once the reader is gone the command ends as cat, grep or
    git do (killed by SIGPIPE: the shell says 141, and ``set -o pipefail`` sees that the
    output was cut), without "lỗi không mong đợi: BrokenPipeError" (exit 70) or Python's
    "Exception ignored … BrokenPipeError" (exit 120)."""
    done = closed_pipe_run([sys.executable, "-m", "giaoban", *args], cwd=examples)
    assert done.returncode == 141, done.stderr.decode()
    assert done.stderr == b""


def test_a_closed_output_pipe_with_debug_keeps_the_traceback(examples):
    done = closed_pipe_run([sys.executable, "-m", "giaoban", "--debug", "schema"], cwd=examples)
    assert done.returncode != 0
    assert b"BrokenPipeError" in done.stderr and b"Traceback" in done.stderr


@pytest.mark.parametrize("name", ["bien-ban.docx", "hoi-nghi.PDF", "tin.md"])
def test_an_output_named_like_a_document_is_refused_not_made_a_folder(examples, name):
    """s4-trial F78: `render r.yaml -o bien-ban.docx` made a *folder* "bien-ban.docx" with
    the three documents in it, without a word: -o names a folder."""
    result = run("render", EXAMPLE_2022, "-o", name)
    assert result.exit_code == 2
    assert f"-o {name}" in result.stderr and "thư mục" in result.stderr
    assert not (examples / name).exists()
    exported = run("export", ".", "-o", name)
    assert exported.exit_code == 2 and not (examples / name).exists()
    # a folder of that name made on purpose beforehand is used as it is
    (examples / name).mkdir()
    assert run("render", EXAMPLE_2022, "-o", name).exit_code == 0
