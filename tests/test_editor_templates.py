"""Templates as real editors save them (issue 11, item 5): each renders as it shows in
the editor, or is refused with a message that says what to do."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

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
