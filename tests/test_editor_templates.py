"""Templates as real editors save them (issue 11, item 5): each renders as it shows in
the editor, or is refused with a message that says what to do."""

from __future__ import annotations

import shutil
from pathlib import Path

from giaoban.check import check_minutes
from tests.conftest import EXAMPLE_2022, ROOT, run
from tests.docx_text import text

SAVED_BY_LIBREOFFICE = ROOT / "tests" / "data" / "templates" / "bien-ban-libreoffice.docx"


def test_the_default_template_saved_again_by_libreoffice_renders_the_same(examples: Path):
    assert b"&apos;" in _document_xml(SAVED_BY_LIBREOFFICE)  # the case: quotes as entities
    (examples / "mau").mkdir()
    shutil.copy(SAVED_BY_LIBREOFFICE, examples / "mau" / "bien-ban.docx")
    result = run("render", EXAMPLE_2022, "-o", "lo", "--only", "minutes", "--templates", "mau")
    assert result.exit_code == 0, result.stderr
    assert run("render", EXAMPLE_2022, "-o", "ref", "--only", "minutes").exit_code == 0
    saved = examples / "lo" / "nam-song-hau-2022-bien-ban.docx"
    assert text(saved) == text(examples / "ref" / "nam-song-hau-2022-bien-ban.docx")
    assert "Phương hướng, nhiệm vụ trọng tâm năm 2023" in text(saved)  # behind a quoted test
    assert check_minutes(saved) == []


def _document_xml(path: Path) -> bytes:
    import zipfile

    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml")
