"""Shared fixtures: a private copy of the examples, and the CLI driven by CliRunner."""

from __future__ import annotations

import shutil
import signal
from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from giaoban.cli import cli
from giaoban.messages import set_language

# A suite started in the background (`make test &`, nohup) inherits Ctrl-C, the hang-up
# and terminate ignored, and so would every giaoban the tests start: giaoban keeps an
# ignored signal ignored on purpose, so the tests that send one would see it do nothing.
# A handler that does nothing keeps this run ignoring it as it was asked to, and becomes
# each child's default action at exec, as from a terminal.
for _number in (signal.SIGINT, signal.SIGHUP, signal.SIGTERM):
    if signal.getsignal(_number) == signal.SIG_IGN:
        signal.signal(_number, lambda *_: None)

ROOT = Path(__file__).resolve().parent.parent
EXAMPLES = ROOT / "examples"
EXAMPLE_2022 = "nam-song-hau-2022.yaml"
# The last line of the 2022 example's attendees (line 38): tests add an attendee after it,
# on line 39 (the example names only the two people its article names: s5-trial F121).
END_OF_ATTENDEES = "    roles: [dự, phát biểu]\n"
# The example writes no host (its article names none): tests of the host's sentences and
# letterhead put the one a secretary would write on the comment's line (line 14), so that
# every later line keeps its number.
HOST_2022 = "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bạc Liêu"
WITH_HOST = (
    "  # Bài báo không nêu đơn vị đăng cai (host); cơ quan ghi biên bản: minutes, cuối tệp.\n",
    f"  host: {HOST_2022}\n",
)
# The example's own letterhead (its issuing body, which the article does not name either).
LETTERHEAD_2022 = "    parent: [ỦY BAN MTTQ VIỆT NAM, TỈNH BẠC LIÊU]\n"


@pytest.fixture(autouse=True)
def _private_cache(tmp_path_factory, monkeypatch) -> Path:
    """Every test's template cache (and LibreOffice profile) is in this run's temporary
    folder, never the user's ~/.cache/giaoban: a result must not depend on what earlier
    runs (of other code) left there. One folder for the run, not one per test: compiled
    templates are keyed by content, and a new LibreOffice profile costs seconds."""
    folder = tmp_path_factory.getbasetemp() / "cache"
    monkeypatch.setenv("GIAOBAN_CACHE_DIR", str(folder))
    return folder


@pytest.fixture(autouse=True)
def _no_resident_server(monkeypatch) -> None:
    """The programs tests start run in their own process and start no resident server
    (giaoban.resident): none is left behind by the suite. tests/test_resident.py turns it
    on, each test with its own runtime folder and servers it stops."""
    monkeypatch.setenv("GIAOBAN_RESIDENT", "0")


@pytest.fixture(autouse=True)
def _vietnamese_by_default(monkeypatch):
    monkeypatch.delenv("GIAOBAN_LANG", raising=False)
    set_language(None)
    yield
    set_language(None)


@pytest.fixture
def examples(tmp_path: Path, monkeypatch) -> Path:
    """A copy of examples/ as the current folder, so that messages name short paths."""
    target = tmp_path / "examples"
    shutil.copytree(EXAMPLES, target)
    monkeypatch.chdir(target)
    return target


def run(*args: str, env: dict[str, str] | None = None) -> Result:
    """Run giaoban in-process, as a user would on the command line."""
    return CliRunner().invoke(cli, list(args), env=env, catch_exceptions=False)


def edited(source: Path, target: Path, old: str, new: str) -> Path:
    """Copy ``source`` to ``target`` with ``old`` replaced by ``new`` (which must occur)."""
    text = source.read_text(encoding="utf-8")
    assert old in text, old
    target.write_text(text.replace(old, new, 1), encoding="utf-8")
    return target


def line_of(path: Path, text: str) -> int:
    """The 1-based line of ``path`` where ``text`` first occurs (for file:line messages)."""
    lines = path.read_text(encoding="utf-8").splitlines()
    return next(number for number, line in enumerate(lines, start=1) if text in line)
