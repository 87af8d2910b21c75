"""How a Word template is read: only what a render needs, nothing parsed twice."""

from __future__ import annotations

import io
import json
import os
import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from giaoban.record import load_record
from giaoban.render.context import build_context
from giaoban.render.environment import make_environment
from giaoban.render.minutes import _compiled
from giaoban.render.press import Article
from giaoban.render.revisions import _MARK, REVISION_TAGS, W, accept_revisions
from giaoban.render.word import WordTemplate
from tests.conftest import EXAMPLE_2022, ROOT, run
from tests.docx_text import text

NAMESPACE = W.strip("{}")


@pytest.mark.parametrize("tag", sorted(tag.removeprefix(W) for tag in REVISION_TAGS))
def test_every_kind_of_revision_is_seen_before_parsing(tag: str):
    """The quick look that spares parsing a part without revisions misses none of them."""
    written = (f'<w:{tag} w:id="1" w:author="Thư ký"/>', f"<w:{tag}/>", f"<w:{tag}></w:{tag}>")
    for element in written:
        part = f'<w:document xmlns:w="{NAMESPACE}"><w:body>{element}</w:body></w:document>'
        assert _MARK.search(part.encode()), element


def test_a_part_without_revisions_is_not_parsed():
    """A table's inner borders (``w:insideH``, in every styles part) are not an insertion."""
    part = (
        f'<w:styles xmlns:w="{NAMESPACE}"><w:tblBorders><w:insideH w:val="single"/>'
        '<w:insideV w:val="single"/></w:tblBorders><w:delText>x</w:delText></w:styles>'
    ).encode()
    assert not _MARK.search(part.replace(b"<w:delText>x</w:delText>", b""))
    assert accept_revisions(part) is part  # delText alone: looked at, nothing to accept


@pytest.mark.parametrize("name", ["bien-ban.docx", "tin-bai.docx"])
def test_the_default_templates_hold_no_revision_to_look_for(name: str):
    with zipfile.ZipFile(ROOT / "templates" / name) as archive:
        for info in archive.infolist():
            assert not _MARK.search(archive.read(info)), info.filename


# --- the default templates ready to use (giaoban/render/shipped.py) ---------------------


def _zip_entries(blob: bytes) -> list[tuple[str, tuple[int, ...], int, bytes]]:
    with zipfile.ZipFile(io.BytesIO(blob)) as archive:
        return [
            (i.filename, i.date_time, i.compress_type, archive.read(i)) for i in archive.infolist()
        ]


def test_the_shipped_templates_are_what_make_templates_makes_now(tmp_path: Path):
    """Fails when a default template (or how a part is compiled) changed and
    ``make templates`` was not run again: the shipped form would be stale."""
    from giaoban.render import shipped

    fresh = tmp_path / "compiled"
    fresh.mkdir()
    shipped.prepare(ROOT / "templates", fresh)
    kept = json.loads((shipped.FOLDER / shipped.INDEX).read_text(encoding="utf-8"))
    made = json.loads((fresh / shipped.INDEX).read_text(encoding="utf-8"))
    stale = "giaoban/render/compiled/ is not what the templates make now: run `make templates`"
    # the same template files (by their bytes), parts, modules and names read
    assert {d: t["parts"] for d, t in kept["templates"].items()} == {
        d: t["parts"] for d, t in made["templates"].items()
    }, stale
    for digest, about in made["templates"].items():
        ours = (shipped.FOLDER / kept["templates"][digest]["unchanged"]).read_bytes()
        assert _zip_entries(ours) == _zip_entries((fresh / about["unchanged"]).read_bytes()), stale
    assert kept["text"].keys() == made["text"].keys(), stale  # the text templates' sources
    for checksum, about in made["text"].items():
        assert kept["text"][checksum]["facts"] == about["facts"], stale
    modules = sorted(p.name for p in fresh.glob("*.py"))
    assert modules == sorted(p.name for p in shipped.FOLDER.glob("*.py") if p.stem != "__init__")
    if made["settings"] == kept["settings"]:
        for name in modules:
            assert (shipped.FOLDER / name).read_text() == (fresh / name).read_text(), stale
    else:  # another Jinja than the one that generated the code: it is not used
        package = (ROOT / "templates" / "bien-ban.docx").read_bytes()
        environment = make_environment([ROOT / "templates"], markup=True)
        assert shipped.shipped_template(package, environment) is None


@pytest.mark.parametrize("name", ["bien-ban.docx", "tin-bai.docx"])
def test_a_shipped_template_renders_what_compiling_it_renders(name: str):
    """Byte for byte the same parts, in the same order, with the same names read."""
    from giaoban.render.properties import CORE_PART

    path = ROOT / "templates" / name
    environment = make_environment([path.parent], markup=True)
    ready = WordTemplate(path, environment)
    compiled = WordTemplate(path, environment, shipped=False)
    assert ready._parts.keys() == compiled._parts.keys()
    for part, template in ready._parts.items():
        assert template.facts == compiled._parts[part].facts
    if name == "bien-ban.docx":
        context = build_context(load_record(ROOT / "examples" / "nam-song-hau-2022.yaml").record)
        values = context.as_dict()
    else:
        values = {"article": _article()}
    properties = {CORE_PART: b'<?xml version="1.0"?><cp:coreProperties xmlns:cp="x"/>'}
    assert _zip_entries(ready.render(values, properties)) == _zip_entries(
        compiled.render(values, properties)
    )


def _article() -> Article:
    return Article("Tiêu đề", "Mở đầu", ["Đoạn một.", "Đoạn hai./."], "TTXVN", ["Mặt trận"])


def test_a_render_with_the_default_templates_compiles_nothing(tmp_path: Path):
    """On a machine that never rendered (an empty template cache), in a new process: no
    docxtpl, python-docx or lxml imported, no Word part compiled into the cache."""
    cache = tmp_path / "cache"
    script = (
        "import sys; from pathlib import Path\n"
        "from giaoban.commands.render import render_paths\n"
        f"report = render_paths([Path({str(ROOT / 'examples' / 'nam-song-hau-2022.yaml')!r})],"
        f" Path({str(tmp_path / 'out')!r}))\n"
        "assert not report.problems, report.problems\n"
        "print(sorted({m.split('.')[0] for m in sys.modules} & {'docxtpl', 'docx', 'lxml'}))\n"
    )
    env = {k: v for k, v in os.environ.items() if k != "GIAOBAN_CACHE_DIR"}
    env["XDG_CACHE_HOME"] = str(cache)
    done = subprocess.run(
        [sys.executable, "-c", script], env=env, capture_output=True, text=True, timeout=120
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
    assert (tmp_path / "out" / "nam-song-hau-2022-bien-ban.docx").is_file()
    assert (tmp_path / "out" / "nam-song-hau-2022-tin-bai.docx").is_file()
    assert not [p for p in cache.rglob("*") if p.is_file()]  # nothing compiled, nothing cached


def test_a_secretarys_own_template_is_compiled_on_first_use_and_cached(examples: Path):
    """An untouched copy of the default is the default (ready); an edited one is compiled
    once, cached by its content, and renders her edit."""
    from giaoban.render import shipped

    assert run("templates", "copy", "mau").exit_code == 0
    copy = examples / "mau" / "bien-ban.docx"
    environment = make_environment([copy.parent], markup=True)
    assert shipped.shipped_template(copy.read_bytes(), environment) is not None
    with zipfile.ZipFile(copy) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(copy, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            if info.filename == "word/document.xml":
                data = data.replace("Thành phần tham dự:".encode(), "Thành phần dự họp:".encode())
            archive.writestr(info, data)
    assert shipped.shipped_template(copy.read_bytes(), environment) is None
    cache = Path(os.environ["GIAOBAN_CACHE_DIR"])
    before = set(cache.glob("*.code"))
    made: dict[Path, int] = {}
    for _ in range(2):  # the second time as a new process would: from the cache
        _compiled.cache_clear()
        result = run("render", EXAMPLE_2022, "-o", "out", "--only", "minutes", "--templates", "mau")
        assert result.exit_code == 0, result.stderr
        body = text(examples / "out" / "nam-song-hau-2022-bien-ban.docx")
        assert "Thành phần dự họp:" in body and "Thành phần tham dự:" not in body
        cached = {p: p.stat().st_mtime_ns for p in set(cache.glob("*.code")) - before}
        assert cached and (not made or cached == made)  # compiled once, then read back
        made = cached


@pytest.mark.parametrize("broken", ["missing", "empty"])
def test_a_problem_in_a_shipped_template_is_said_as_for_a_compiled_one(broken: str):
    """The paragraph and tag named come from the template's own XML, read when needed."""
    from giaoban.render.word import TemplateProblem

    path = ROOT / "templates" / "bien-ban.docx"
    environment = make_environment([path.parent], markup=True)
    context = build_context(load_record(ROOT / "examples" / "nam-song-hau-2022.yaml").record)
    values = context.as_dict()
    if broken == "missing":  # found before rendering (the names the part reads)
        del values["place"]
    else:  # found while rendering: a value without the attribute the template reads
        values["meeting"] = {}
    said = []
    for shipped in (True, False):
        with pytest.raises(TemplateProblem) as problem:
            WordTemplate(path, environment, shipped=shipped).render(values)
        said.append(str(problem.value))
    assert said[0] == said[1]
    assert ("place" if broken == "missing" else "meeting") in said[0], said[0]
