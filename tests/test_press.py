"""The press report: generated sentence by sentence from the record, in the article's style."""

from __future__ import annotations

import html
import re
from pathlib import Path

import pytest
from docx import Document

from tests.conftest import EXAMPLE_2022, ROOT, edited, run

TAY_NGUYEN = ROOT / "tests" / "data" / "tay-nguyen" / "tay-nguyen-2021.yaml"


def press(record: Path, *formats: str) -> dict[str, str]:
    """Render the press report of ``record`` into its folder's out/; texts by format."""
    args = ["render", str(record), "-o", str(record.parent / "out"), "--only", "press"]
    for fmt in formats or ("md",):
        args += ["--format", fmt]
    result = run(*args)
    assert result.exit_code == 0, result.stderr
    out = record.parent / "out"
    return {
        fmt: (out / f"{record.stem}-tin-bai.{fmt}").read_text(encoding="utf-8")
        for fmt in formats or ("md",)
        if fmt != "docx"
    }


def body(markdown: str) -> str:
    """The Markdown without its markup, one paragraph a line."""
    return "\n".join(line.replace("**", "").lstrip("# ") for line in markdown.splitlines())


def test_the_2022_example_reports_its_figures_and_keywords(examples: Path):
    markdown = press(examples / EXAMPLE_2022)["md"]
    assert markdown.startswith("# Hội nghị giao ban Cụm thi đua Nam Sông Hậu năm 2022\n")
    assert "**(TTXVN) Ngày 15/12, tại thành phố Bạc Liêu," in markdown
    assert "19.455" in markdown and "9,6%" in markdown
    assert "**Từ khóa:** Phản biện xã hội, công tác Mặt trận" in markdown
    assert markdown.rstrip().splitlines()[-3].endswith("năm 2023./.")


def _lead(markdown: str) -> str:
    return next(line for line in markdown.splitlines() if line.startswith("**("))


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        ("date: 2022-12-15", "date: 2022-03-05", "Ngày 5/3, tại thành phố Bạc Liêu"),
        (
            "locality: thành phố Bạc Liêu",
            "locality: huyện Hòa Bình",
            "Ngày 15/12, tại huyện Hòa Bình,",
        ),
        (
            "  cluster:\n    year: 2022",
            "  cluster:\n    members: [Cà Mau]\n    year: 2022",
            "Hội nghị giao ban Cụm thi đua Nam Sông Hậu (gồm tỉnh Cà Mau).",
        ),
        (
            "  cluster:\n    year: 2022",
            "  cluster:\n    members: [Cà Mau, Bạc Liêu]\n    year: 2022",
            "(gồm 2 tỉnh: Cà Mau và Bạc Liêu).",
        ),
        (
            "  cluster:\n    year: 2022",
            "  cluster:\n    members: [Long An, Tiền Giang, Bến Tre, Trà Vinh, Vĩnh Long, "
            "Đồng Tháp, Bạc Liêu, Cà Mau]\n    year: 2022",
            "(gồm 8 tỉnh: Long An, Tiền Giang, Bến Tre, Trà Vinh, Vĩnh Long, Đồng Tháp, "
            "Bạc Liêu và Cà Mau).",
        ),
    ],
    ids=["date", "place", "one-province", "two-provinces", "many-provinces"],
)
def test_the_lead_follows_the_record(examples: Path, old, new, expected):
    record = edited(examples / EXAMPLE_2022, examples / "changed.yaml", old, new)
    if "[Cà Mau]" in new:  # Bạc Liêu is no longer a member: it cannot chair or hand over
        text = record.read_text(encoding="utf-8").replace("    chair: Bạc Liêu\n", "")
        record.write_text(text.replace("  from: Bạc Liêu\n", ""), encoding="utf-8")
    lead = _lead(press(record)["md"])
    assert expected in lead, lead


def test_a_man_speaking_instead_of_a_woman(examples: Path):
    record = edited(
        examples / EXAMPLE_2022, examples / "ong.yaml", "    honorific: Bà", "    honorific: Ông"
    )
    markdown = press(record)["md"]
    assert "Ông Trương Thị Ngọc Ánh, Phó Chủ tịch" in markdown
    assert "Ông Trương Thị Ngọc Ánh đề nghị các tỉnh trong Cụm" in markdown
    assert ", ông Trương Thị Ngọc Ánh đề nghị không chạy theo số lượng" in markdown
    assert "Bà Trương" not in markdown and "bà Trương" not in markdown


def test_no_handover_moves_the_closing_mark(examples: Path):
    text = (examples / EXAMPLE_2022).read_text(encoding="utf-8")
    record = examples / "no-handover.yaml"
    record.write_text(
        text.split("\nhandover:")[0] + "\npress:\n  keywords: [A]\n", encoding="utf-8"
    )
    markdown = press(record)["md"]
    assert "tiếp nhận nhiệm vụ" not in markdown
    assert "nhất là cấp cơ sở./." in markdown
    assert markdown.count("./.") == 1


def test_no_figures_no_report_no_priorities(examples: Path):
    text = (examples / EXAMPLE_2022).read_text(encoding="utf-8")
    text = re.sub(r"\nreport:.*?\n(?=directives:)", "\n", text, flags=re.S)
    text = re.sub(r"\nfigures:.*?\n(?=handover:)", "\n", text, flags=re.S)
    text = text.replace("{tang-truong-bac-lieu}", "9,6%")
    record = examples / "lean.yaml"
    record.write_text(text, encoding="utf-8")
    markdown = press(record)["md"]
    assert "19.455" not in markdown
    assert "Năm 2023, Cụm thi đua" not in markdown
    assert "đạt 9,6%" in markdown
    assert markdown.rstrip().splitlines()[-3].endswith("năm 2023./.")


def test_one_title_speaker_and_another_cluster(tmp_path: Path):
    import shutil

    shutil.copytree(TAY_NGUYEN.parent, tmp_path / "tay-nguyen")
    markdown = press(tmp_path / "tay-nguyen" / TAY_NGUYEN.name)["md"]
    assert (
        "**(Báo Gia Lai) Chiều 3/12, tại thành phố Pleiku, Ban Thường trực Ủy ban Trung ương "
        "Mặt trận Tổ quốc Việt Nam tổ chức Hội nghị tổng kết công tác Mặt trận Cụm thi đua "
        "các tỉnh Tây Nguyên năm 2021 (gồm 5 tỉnh: Đắk Lắk, Đắk Nông, Gia Lai, Kon Tum và Lâm "
        "Đồng).**"
    ) in markdown
    assert (
        "Ông Hầu A Mạnh, Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, dự chỉ "
        "đạo hội nghị." in markdown
    )
    assert (
        "Rơ Châm Hnhel cho biết, năm 2021, Mặt trận các tỉnh đã vận động được 112,5 tỷ đồng "
        "Quỹ Vì người nghèo." in markdown
    )
    assert "Hầu A Mạnh đề nghị Mặt trận các tỉnh quan tâm hơn nữa" in markdown
    assert (
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kon Tum đã tiếp nhận nhiệm vụ "
        "Cụm trưởng Cụm thi đua các tỉnh Tây Nguyên năm 2022./." in markdown
    )
    assert "Nam Sông Hậu" not in markdown and "TTXVN" not in markdown


def test_every_format_says_the_same(examples: Path):
    texts = press(examples / EXAMPLE_2022, "md", "txt", "html", "docx")
    docx = Document(str(examples / "out" / "nam-song-hau-2022-tin-bai.docx"))
    words = [p.text for p in docx.paragraphs if p.text.strip()]
    # the Word headline keeps "năm" with its year (a no-break space); the words are the same
    assert words[0].replace("\u00a0", " ") == "Hội nghị giao ban Cụm thi đua Nam Sông Hậu năm 2022"
    assert all(run.bold for run in docx.paragraphs[0].runs if run.text.strip())
    assert words[1].startswith("(TTXVN) Ngày 15/12")
    assert all(run.bold for run in docx.paragraphs[1].runs if run.text.strip())
    assert words[-1] == "Từ khóa: Phản biện xã hội, công tác Mặt trận"
    paragraphs = words[2:-1]
    for paragraph in paragraphs:
        assert paragraph in texts["txt"]
        assert html.escape(paragraph, quote=False) in texts["html"].replace("&#39;", "'")
    assert texts["html"].startswith("<!DOCTYPE html>")
    assert '<html lang="vi">' in texts["html"]


def test_markup_in_the_record_is_escaped_per_format(examples: Path):
    record = edited(
        examples / EXAMPLE_2022,
        examples / "markup.yaml",
        "name: Lữ Văn Hùng",
        'name: "Lữ *Văn* <Hùng> & Co"',
    )
    texts = press(record, "md", "html", "txt")
    assert r"Lữ \*Văn\* \<Hùng\> & Co" in texts["md"]
    assert "Lữ *Văn* &lt;Hùng&gt; &amp; Co" in texts["html"]
    assert "Lữ *Văn* <Hùng> & Co" in texts["txt"]


def test_part_of_day_and_no_agency(examples: Path):
    record = edited(
        examples / EXAMPLE_2022,
        examples / "sang.yaml",
        "  kind: giao ban",
        "  kind: giao ban\n  start: 8:00",
    )
    record = edited(record, record, "press:\n", "press:\n  part_of_day: true\n  agency: ''\n")
    markdown = press(record)["md"]
    assert "**Sáng 15/12, tại thành phố Bạc Liêu," in markdown
    assert "TTXVN" not in markdown


@pytest.mark.parametrize(
    ("start", "opening"),
    [("10:59", "Sáng"), ("11:30", "Trưa"), ("13:00", "Chiều"), ("19:00", "Tối")],
)
def test_the_lead_opens_with_the_part_of_day_of_the_start(examples: Path, start, opening):
    record = edited(
        examples / EXAMPLE_2022,
        examples / "gio.yaml",
        "  kind: giao ban",
        f"  kind: giao ban\n  start: {start}",
    )
    record = edited(record, record, "press:\n", "press:\n  part_of_day: true\n")
    assert f"**(TTXVN) {opening} 15/12, tại thành phố Bạc Liêu," in press(record)["md"]


def test_a_unit_holds_the_label_only_as_whole_words():
    from giaoban.render.context import FigureView
    from giaoban.render.sentences import figure_phrase

    house = FigureView("n", "nhà Đại đoàn kết", "2.875 căn nhà Đại đoàn kết", None, None)
    house.unit = "căn nhà Đại đoàn kết"
    assert figure_phrase(house) == "2.875 căn nhà Đại đoàn kết"
    # found by the property test: the label "À" was dropped, "a" being inside "văn bản"
    letter = FigureView("a", "À", "0,00 văn bản", None, None, unit="văn bản")
    assert figure_phrase(letter) == "À: 0,00 văn bản"
