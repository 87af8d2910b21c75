"""giaoban check speaks to a secretary (issue 11, item 6): fonts by name, margins with
the decree's range, a wrong dash called a wrong dash, a tin bài called a tin bài.

Rules from Nghị định 30/2020/NĐ-CP, Phụ lục I, Mục I-II and the sample table of Mục V
(as docs/templates.md cites them): margins left 30-35 mm; Times New Roman, black; Quốc hiệu
in capitals; Tiêu ngữ "Độc lập - Tự do - Hạnh phúc" with hyphens and spaces; BIÊN BẢN
13-14 pt bold.
"""

from __future__ import annotations

from pathlib import Path

import pytest
from docx import Document
from docx.shared import Mm, Pt, RGBColor

from tests.conftest import EXAMPLE_2022, run


@pytest.fixture(scope="module")
def rendered(tmp_path_factory) -> Path:
    import shutil

    from tests.conftest import EXAMPLES

    folder = tmp_path_factory.mktemp("check")
    shutil.copytree(EXAMPLES, folder / "examples")
    result = run("render", str(folder / "examples" / EXAMPLE_2022), "-o", str(folder / "out"))
    assert result.exit_code == 0, result.stderr
    return folder / "out"


def _paragraphs(document):
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def _edited(rendered: Path, tmp_path: Path, change) -> Path:
    document = Document(str(rendered / "nam-song-hau-2022-bien-ban.docx"))
    change(document)
    target = tmp_path / "bb.docx"
    document.save(str(target))
    return target


def _replace_in(document, contains: str, old: str, new: str) -> None:
    found = [p for p in _paragraphs(document) if contains in p.text]
    assert found, contains
    for piece in found[0].runs:
        piece.text = piece.text.replace(old, new)


def _runs_of(document, text: str):
    found = [p for p in _paragraphs(document) if p.text.strip() == text]
    assert found, text
    return found[0].runs


def _check(path: Path, *options: str) -> list[str]:
    result = run(*options, "check", str(path))
    assert result.exit_code == 1
    assert "{" not in result.stdout  # no Python dict of font slots
    prefix = f"{path}: "
    return [line.removeprefix(prefix) for line in result.stdout.splitlines()]


def test_margin_named_with_the_decree_range(rendered: Path, tmp_path: Path):
    def change(document):
        document.sections[0].left_margin = Mm(25)

    assert _check(_edited(rendered, tmp_path, change)) == [
        "lề trang: lề trái 25 mm, Nghị định 30 quy định 30-35 mm"
    ]


def test_paper_named_as_letter_or_landscape(rendered: Path, tmp_path: Path):
    def letter(document):
        document.sections[0].page_width = Mm(215.9)
        document.sections[0].page_height = Mm(279.4)

    assert _check(_edited(rendered, tmp_path, letter)) == [
        "khổ giấy: 215,9 x 279,4 mm, Nghị định 30 quy định khổ A4 (210 x 297 mm)"
    ]

    def landscape(document):
        document.sections[0].page_width = Mm(297)
        document.sections[0].page_height = Mm(210)

    assert _check(_edited(rendered, tmp_path, landscape)) == [
        "khổ giấy: A4 nằm ngang, Nghị định 30 quy định trình bày theo chiều dài (khổ dọc)"
    ]


def test_font_named_as_a_person_would(rendered: Path, tmp_path: Path):
    def change(document):
        for piece in _runs_of(document, "BIÊN BẢN"):
            piece.font.name = "Arial"

    path = _edited(rendered, tmp_path, change)
    assert _check(path) == ["phông chữ: «BIÊN BẢN»: chữ Arial, cần Times New Roman"]
    assert _check(path, "--lang", "en") == [
        "font: «BIÊN BẢN»: the font is Arial, it must be Times New Roman"
    ]


def test_an_en_dash_in_the_motto_is_a_wrong_dash_not_a_missing_line(rendered: Path, tmp_path: Path):
    path = _edited(rendered, tmp_path, lambda d: _replace_in(d, "Độc lập", " - ", " – "))
    assert _check(path) == [
        "thể thức đầu văn bản: Tiêu ngữ «Độc lập – Tự do – Hạnh phúc»: dùng dấu gạch ngang "
        "dài «–»; Nghị định 30 quy định gạch nối «-» giữa các cụm từ"
    ]


def test_motto_without_spaces_and_title_not_in_capitals(rendered: Path, tmp_path: Path):
    def change(document):
        _replace_in(document, "Độc lập", " - ", "-")
        _replace_in(document, "CỘNG HÒA", "CỘNG HÒA", "Cộng hòa")

    assert _check(_edited(rendered, tmp_path, change)) == [
        "thể thức đầu văn bản: Quốc hiệu «Cộng hòa XÃ HỘI CHỦ NGHĨA VIỆT NAM»: phải viết IN HOA",
        "thể thức đầu văn bản: Tiêu ngữ «Độc lập-Tự do-Hạnh phúc»: cần cách chữ trước và sau "
        "gạch nối «-»",
    ]


def test_size_and_colour_of_the_document_type(rendered: Path, tmp_path: Path):
    def change(document):
        for piece in _runs_of(document, "BIÊN BẢN"):
            piece.font.size = Pt(12)
            piece.font.color.rgb = RGBColor(0xFF, 0, 0)

    assert _check(_edited(rendered, tmp_path, change)) == [
        "màu chữ: «BIÊN BẢN»: chữ màu #FF0000, cần màu đen",
        "cỡ chữ: «BIÊN BẢN»: cỡ chữ 12, Nghị định 30 quy định cỡ 13-14",
    ]


def test_a_press_report_is_not_a_bien_ban(rendered: Path):
    press = rendered / "nam-song-hau-2022-tin-bai.docx"
    result = run("check", str(press))
    assert result.exit_code == 1
    assert result.stdout == ""
    assert result.stderr == (
        f"{press}: đây là tin bài, không phải biên bản (không có dòng «BIÊN BẢN» hay "
        "«Số: …/BB-…»); giaoban check chỉ soát thể thức biên bản\n"
    )


def test_any_other_document_is_not_a_bien_ban_and_the_rest_are_still_checked(
    rendered: Path, tmp_path: Path
):
    blank = tmp_path / "trong.docx"
    Document().save(str(blank))
    minutes = rendered / "nam-song-hau-2022-bien-ban.docx"
    result = run("--lang", "en", "check", str(blank), str(minutes))
    assert result.exit_code == 1
    assert result.stderr == (
        f"{blank}: this document is not a biên bản (no «BIÊN BẢN» line and no "
        "«Số: …/BB-…»); giaoban check checks the layout of minutes only\n"
    )
    assert result.stdout == f"{minutes}: follows the layout rules\n"


@pytest.mark.parametrize(
    ("make", "words"),
    [
        (lambda p: p, "không tìm thấy tệp"),
        (lambda p: (p.mkdir(), p)[1], "là một thư mục"),
        (lambda p: (p.write_bytes(b""), p)[1], "tệp rỗng"),
        (lambda p: (p.write_bytes(b"\x89PNG\r\n\x1a\n" + b"0" * 64), p)[1], "không phải tệp Word"),
        (
            lambda p: (p.with_suffix(".yaml").write_text("meeting: {}\n"), p.with_suffix(".yaml"))[
                1
            ],
            "đây là hồ sơ hội nghị, không phải biên bản",
        ),
        (
            lambda p: (p.with_suffix(".yaml").write_text(""), p.with_suffix(".yaml"))[1],
            "đây là hồ sơ hội nghị, không phải biên bản",
        ),
    ],
    ids=["missing", "folder", "empty", "picture", "record", "empty-record"],
)
def test_a_wrong_file_is_named_not_called_a_crash(make, words, rendered: Path, tmp_path: Path):
    """s3-trial F36: a missing, empty or non-Word file was 'lỗi không mong đợi', exit 70;
    it is a user's slip: one line naming the file, exit 1, the other documents still checked."""
    wrong = make(tmp_path / "khong co.docx")
    minutes = rendered / "nam-song-hau-2022-bien-ban.docx"
    result = run("check", str(wrong), str(minutes))
    assert result.exit_code == 1
    assert result.stderr.startswith(f"{wrong}: ") and words in result.stderr
    assert "không mong đợi" not in result.stderr and "Package" not in result.stderr
    assert result.stderr.count("\n") == 1
    assert result.stdout.startswith(f"{minutes}: ")  # still checked
