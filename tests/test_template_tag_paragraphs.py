"""s6-trial H4: what a secretary adds beside a ``{%p …%}`` tag in Word vanishes.

docxtpl replaces a paragraph holding a ``{%p …%}`` tag by the tag alone. A logo inserted
in LibreOffice at the start of the letterhead cell landed in the paragraph of
``{%p for line in letterhead_parent %}`` and was missing from every biên bản, with
``render`` exiting 0 and ``check`` saying "đúng thể thức". Such a template is now refused
with the paragraph named and the fix (a paragraph of its own).
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_2022, run

TAG = "{%p for line in letterhead_parent %}"
TAG_RUN = f"<w:r><w:rPr/><w:t>{TAG}</w:t></w:r>"
# the smallest picture run Word and LibreOffice write: <w:drawing> holding the image
PICTURE_RUN = "<w:r><w:drawing><wp:inline/></w:drawing></w:r>"


def _template_with(folder: Path, before_tag: str) -> Path:
    """The default biên bản template copied to ``folder`` with ``before_tag`` put in the
    paragraph of TAG, just before it (as Word puts a logo inserted at the cell's start)."""
    path = folder / "bien-ban.docx"
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    assert xml.count(TAG_RUN) == 1
    if 'xmlns:wp="' not in xml:
        xml = xml.replace(
            "<w:document ",
            '<w:document xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/'
            'wordprocessingDrawing" ',
            1,
        )
    _replace_document(path, xml.replace(TAG_RUN, before_tag + TAG_RUN))
    return path


@pytest.mark.parametrize(
    ("added", "said"),
    [
        (PICTURE_RUN, "hình ảnh nằm chung đoạn với thẻ"),
        ("<w:r><w:t>Logo MTTQ </w:t></w:r>", "chữ «Logo MTTQ» nằm chung đoạn với thẻ"),
    ],
)
def test_a_picture_or_words_beside_a_paragraph_tag_are_refused_at_that_paragraph(
    examples: Path, added: str, said: str
):
    assert run("templates", "copy", "mau").exit_code == 0
    _template_with(examples / "mau", added)
    result = run("render", EXAMPLE_2022, "--templates", "mau", "-o", "ra")
    assert result.exit_code != 0
    (line,) = [line for line in result.stderr.splitlines() if "bien-ban.docx" in line]
    assert said in line
    assert "bảng 1, hàng 1, cột 1" in line  # where: the letterhead cell
    assert TAG in line
    assert "nhấn Enter" in line  # the fix
    assert "Traceback" not in result.output + result.stderr
    assert not list(examples.glob("ra/*bien-ban.docx"))  # no biên bản without her logo


def test_the_default_templates_and_a_picture_in_its_own_paragraph_are_used(examples: Path):
    assert run("templates", "copy", "mau").exit_code == 0
    path = examples / "mau" / "bien-ban.docx"
    xml = zipfile.ZipFile(path).read("word/document.xml").decode("utf-8")
    tag_paragraph = f'<w:p><w:pPr><w:pStyle w:val="GBLệnhmẫu"/></w:pPr>{TAG_RUN}'
    assert xml.count(tag_paragraph) == 1
    # the words in a paragraph of their own, before the tag's paragraph: kept
    own = "<w:p><w:r><w:t>Logo MTTQ</w:t></w:r></w:p>"
    _replace_document(path, xml.replace(tag_paragraph, own + tag_paragraph))
    result = run("render", EXAMPLE_2022, "--templates", "mau", "-o", "ra")
    assert result.exit_code == 0, result.stderr
    made = zipfile.ZipFile(examples / "ra" / "nam-song-hau-2022-bien-ban.docx")
    assert "Logo MTTQ" in made.read("word/document.xml").decode("utf-8")


def _replace_document(path: Path, xml: str) -> None:
    with zipfile.ZipFile(path) as archive:
        parts = {info: archive.read(info) for info in archive.infolist()}
    for info in parts:
        if info.filename == "word/document.xml":
            parts[info] = xml.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in parts.items():
            archive.writestr(info, data)
