"""Templates as real editors save them (issue 11, item 5): each renders as it shows in
the editor, or is refused with a message that says what to do."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from giaoban.check import check_minutes
from tests.conftest import EXAMPLE_2022, ROOT, run
from tests.docx_text import text

DATA = ROOT / "tests" / "data" / "templates"
SAVED_BY_LIBREOFFICE = DATA / "bien-ban-libreoffice.docx"
BEFORE_LIBREOFFICE = DATA / "bien-ban-before-libreoffice.docx"


def _minutes_with(examples: Path, template: Path, out: str) -> Path:
    folder = examples / f"mau-{out}"
    folder.mkdir()
    shutil.copy(template, folder / "bien-ban.docx")
    result = run("render", EXAMPLE_2022, "-o", out, "--only", "minutes", "--templates", folder.name)
    assert result.exit_code == 0, result.stderr
    return examples / out / "nam-song-hau-2022-bien-ban.docx"


def _document_xml(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml")


def test_a_template_saved_by_libreoffice_renders_as_before(examples: Path):
    # the case: Writer writes the quotes inside tags as &apos; ("unexpected char '&'")
    assert b"&apos;b\xc3\xa1o c\xc3\xa1o&apos;" in _document_xml(SAVED_BY_LIBREOFFICE)
    saved = _minutes_with(examples, SAVED_BY_LIBREOFFICE, "lo")
    before = _minutes_with(examples, BEFORE_LIBREOFFICE, "before")
    assert text(saved) == text(before)
    assert "trình bày báo cáo kết quả" in text(saved)  # the branch behind 'báo cáo'
    assert check_minutes(saved) == []


def test_the_default_template_saved_again_by_libreoffice_renders_the_same(
    examples: Path, tmp_path: Path
):
    """The round trip of today's default template, by the LibreOffice make test installs."""
    profile = tmp_path / "profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(tmp_path / "saved"),
            str(ROOT / "templates" / "bien-ban.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    saved = tmp_path / "saved" / "bien-ban.docx"
    assert b"&apos;" in _document_xml(saved)
    minutes = _minutes_with(examples, saved, "lo")
    assert run("render", EXAMPLE_2022, "-o", "ref", "--only", "minutes").exit_code == 0
    assert text(minutes) == text(examples / "ref" / "nam-song-hau-2022-bien-ban.docx")
    assert check_minutes(minutes) == []


DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _with_macros(source: Path, target: Path) -> Path:
    """``source`` (a .docm saved by LibreOffice) with a VBA project, the parts Word adds."""
    with zipfile.ZipFile(source) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    entries["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 a compound file with the macros"
    entries["word/_rels/vbaProject.bin.rels"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2006/relationships/'
        b'wordVbaData" Target="vbaData.xml"/></Relationships>'
    )
    entries["word/vbaData.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<wne:vbaSuppData xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"/>'
    )
    entries["[Content_Types].xml"] = entries["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
        b'<Override PartName="/word/vbaData.xml" '
        b'ContentType="application/vnd.ms-word.vbaData+xml"/></Types>',
    )
    entries["word/_rels/document.xml.rels"] = entries["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/'
        b'relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    )
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return target


@pytest.mark.parametrize("suffix", ["dotx", "docm"])
def test_a_dotx_or_docm_template_makes_a_plain_docx(examples: Path, suffix: str):
    (examples / "mau").mkdir()
    template = examples / "mau" / f"bien-ban.{suffix}"
    source = DATA / f"bien-ban-libreoffice.{suffix}"
    if suffix == "docm":
        _with_macros(source, template)
    else:
        shutil.copy(source, template)
    with zipfile.ZipFile(template) as archive:
        types = archive.read("[Content_Types].xml").decode()
    assert DOCUMENT_MAIN not in types  # the case: a template or macro content type
    defaults = examples / "giaoban.yaml"
    defaults.write_text(
        defaults.read_text(encoding="utf-8").replace(
            "minutes:\n", f"minutes:\n  template: mau/bien-ban.{suffix}\n"
        ),
        encoding="utf-8",
    )
    result = run("render", EXAMPLE_2022, "-o", "out", "--only", "minutes")
    assert result.exit_code == 0, result.stderr
    minutes = examples / "out" / "nam-song-hau-2022-bien-ban.docx"
    with zipfile.ZipFile(minutes) as archive:
        names = archive.namelist()
        types = archive.read("[Content_Types].xml").decode()
        relations = archive.read("word/_rels/document.xml.rels").decode()
    assert f'PartName="/word/document.xml" ContentType="{DOCUMENT_MAIN}"' in types
    assert "macroEnabled" not in types and "template.main" not in types
    assert "vbaProject" not in types + relations
    assert not [n for n in names if "vba" in n.lower()]
    assert run("check", str(minutes)).exit_code == 0
    assert "Thành phần tham dự:" in text(minutes)


def _defaults_naming(examples: Path, template: str) -> int:
    """Set minutes.template in examples/giaoban.yaml; the line it is written on."""
    defaults = examples / "giaoban.yaml"
    text = defaults.read_text(encoding="utf-8").replace(
        "minutes:\n", f"minutes:\n  template: {template}\n"
    )
    defaults.write_text(text, encoding="utf-8")
    return text.splitlines().index(f"  template: {template}") + 1


def test_a_windows_path_to_the_template_is_read_as_the_same_path(examples: Path):
    assert run("templates", "copy", "mau").exit_code == 0
    _edit_docx_text(examples / "mau" / "bien-ban.docx", "Nội dung:", "Diễn biến hội nghị:")
    _defaults_naming(examples, "mau\\bien-ban.docx")
    assert run("validate", EXAMPLE_2022).exit_code == 0
    result = run("render", EXAMPLE_2022, "-o", "out", "--only", "minutes")
    assert result.exit_code == 0, result.stderr
    assert "Diễn biến hội nghị:" in text(examples / "out" / "nam-song-hau-2022-bien-ban.docx")


def test_a_template_not_found_is_named_at_its_line_in_the_defaults_file(examples: Path):
    line = _defaults_naming(examples, "mau\\bienban.docx")
    expected = (
        f"giaoban.yaml:{line}:3: minutes.template: không tìm thấy mẫu 'mau/bienban.docx' "
        f"(đường dẫn tính từ thư mục {examples.resolve()})"
    )
    result = run("validate", EXAMPLE_2022)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == expected
    result = run("render", EXAMPLE_2022, "-o", "out")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == expected  # the defaults file, not the record
    assert not (examples / "out").exists() or not list((examples / "out").iterdir())


def _edit_docx_text(path: Path, old: str, new: str) -> None:
    with zipfile.ZipFile(path) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            if info.filename == "word/document.xml":
                assert old.encode() in data
                data = data.replace(old.encode(), new.encode(), 1)
            archive.writestr(info, data)
