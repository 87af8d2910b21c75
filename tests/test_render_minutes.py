"""giaoban render: the minutes, read back and checked against Nghị định 30/2020."""

from __future__ import annotations

import re
import subprocess
import unicodedata
import zipfile
from pathlib import Path

import pytest
from docx import Document
from docx.shared import Mm

from giaoban.check import check_minutes
from giaoban.record import load_record
from tests.conftest import END_OF_ATTENDEES, EXAMPLE_2022, ROOT, edited, run
from tests.docx_text import paragraphs, text

EXAMPLE_2023 = "nam-song-hau-2023.yaml"


@pytest.fixture
def minutes_2022(examples: Path) -> Path:
    result = run("render", EXAMPLE_2022, "-o", "out", "--only", "minutes")
    assert result.exit_code == 0, result.stderr
    return examples / "out" / "nam-song-hau-2022-bien-ban.docx"


@pytest.fixture
def minutes_2023(examples: Path) -> Path:
    result = run("render", EXAMPLE_2023, "-o", "out", "--only", "minutes")
    assert result.exit_code == 0, result.stderr
    return examples / "out" / "nam-song-hau-2023-bien-ban.docx"


def test_page_margins_and_fonts_follow_the_decree(minutes_2022: Path):
    document = Document(str(minutes_2022))
    section = document.sections[0]
    assert abs(section.page_width.mm - 210) < 0.5 and abs(section.page_height.mm - 297) < 0.5
    assert 20 <= section.top_margin.mm <= 25 and 20 <= section.bottom_margin.mm <= 25
    assert 30 <= section.left_margin.mm <= 35 and 15 <= section.right_margin.mm <= 20
    assert check_minutes(minutes_2022) == []
    styles = document.styles.element.xml
    for slot in ("ascii", "hAnsi", "cs", "eastAsia"):
        assert f'w:{slot}="Times New Roman"' in styles


def test_header_texts_and_title(minutes_2022: Path):
    texts = [t.strip() for t in paragraphs(minutes_2022)]
    for expected in (
        "ỦY BAN MTTQ VIỆT NAM",
        "TỈNH BẠC LIÊU",
        "BAN THƯỜNG TRỰC",
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "Độc lập - Tự do - Hạnh phúc",
        "BIÊN BẢN",
        "Hội nghị giao ban Cụm thi đua Nam Sông Hậu năm\u00a02022",  # "năm" kept with its year
    ):
        assert expected in texts
    assert any(re.fullmatch(r"Số:\s+/BB-MTTQ-BTT", t) for t in texts)  # number to fill in


def test_every_fact_of_the_record_is_in_the_minutes(minutes_2022: Path, examples: Path):
    body = text(minutes_2022)
    record = load_record(examples / EXAMPLE_2022).record
    assert "Thời gian: ngày 15 tháng 12 năm 2022." in body
    assert "Địa điểm: thành phố Bạc Liêu." in body
    for attendee in record.attendees:
        assert (attendee.name or attendee.group) in body
    for directive in record.directives:
        assert directive.text[1:] in body  # first letter capitalised in the list
    assert "19.455 văn bản" in body and "9,6%" in body
    assert "5 chương trình hành động Đại hội đại biểu" in body
    # the record gives no vote: the minutes say who takes the role, never "thống nhất bầu"
    assert (
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau tiếp nhận nhiệm vụ Cụm "
        "trưởng Cụm thi đua Mặt trận các tỉnh Nam Sông Hậu năm 2023" in body
    )
    assert "bầu" not in body
    closing = [p for p in Document(str(minutes_2022)).paragraphs if p.text.strip()]
    # no end time in the record: no time, and no "cùng ngày" (a meeting may last two days)
    assert any(p.text == "Hội nghị kết thúc./." for p in closing)


def test_missing_facts_leave_no_placeholder(minutes_2022: Path):
    body = text(minutes_2022)
    assert "Thư ký:" not in body  # the article names no secretary
    assert "Thời gian bắt đầu" not in body  # nor a start time
    for leftover in ("None", "{{", "{%", "}}", "%}"):
        assert leftover not in body


def test_times_secretary_signers_and_date_line(minutes_2023: Path):
    body = text(minutes_2023)
    assert "Thời gian bắt đầu: 08 giờ 00 phút, ngày 14 tháng 12 năm 2023." in body
    assert "Hội nghị kết thúc vào lúc 11 giờ 30 phút cùng ngày./." in body
    assert "Thư ký: Ông Phạm Ngọc Ân, Chánh Văn phòng" in body
    assert "Cà Mau, ngày 14 tháng 12 năm 2023" in body
    assert "Số: 12/BB-MTTQ-BTT" in body
    assert "Vắng có lý do: Ông Đặng Minh Tâm" in body and "(vắng có lý do)" not in body
    assert "trao cờ luân lưu cho Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Giang" in body
    signatures = Document(str(minutes_2023)).tables[-1]
    secretary, chair = signatures.rows[0].cells
    assert secretary.paragraphs[0].text == "THƯ KÝ"
    # Nơi nhận under THƯ KÝ, in the same row: they move to a page together (s3-trial F23)
    left = [p.text for p in secretary.paragraphs]
    assert left[left.index("Nơi nhận:") - 1] == "Phạm Ngọc Ân"
    assert left[-1] == "- Lưu: VT, Hồ sơ."
    assert chair.paragraphs[0].text == "CHỦ TRÌ"
    assert chair.paragraphs[-1].text == "Trần Văn Phước"
    assert all(run.bold for run in chair.paragraphs[-1].runs)


def test_attendees_are_grouped_in_protocol_order(minutes_2023: Path):
    body = text(minutes_2023)
    central = body.index("- Đại biểu Trung ương: Bà Nguyễn Thị Mai Lan")
    host = body.index("- Đại biểu tỉnh Cà Mau: Ông Lê Hoàng Sơn")
    member = body.index("- Đại biểu tỉnh An Giang: Bà Võ Thị Thu Hà")
    assert central < host < member
    host_line = next(p for p in paragraphs(minutes_2023) if p.startswith("- Đại biểu tỉnh Cà Mau"))
    # the record's order is the protocol order: the Phó Bí thư Thường trực Tỉnh ủy before
    # the MTTQ chair (roles do not reorder people), the province said once for the group
    assert (
        host_line.index("Lê Hoàng Sơn")
        < host_line.index("Trần Văn Phước")
        < host_line.index("Phạm Ngọc Ân")
    )
    assert "Phó Bí thư Thường trực Tỉnh ủy;" in host_line
    assert host_line.count("Cà Mau") == 1


def test_page_numbers_from_page_two(minutes_2022: Path):
    with zipfile.ZipFile(minutes_2022) as archive:
        document = archive.read("word/document.xml").decode()
        assert "<w:titlePg/>" in document
        headers = {n: archive.read(n).decode() for n in archive.namelist() if "header" in n}
    numbered = [n for n, xml in headers.items() if 'w:instr="PAGE"' in xml]
    assert len(numbered) == 1
    first = Document(str(minutes_2022)).sections[0].first_page_header
    assert "PAGE" not in first._element.xml


def test_check_reports_departures(minutes_2022: Path, tmp_path: Path):
    document = Document(str(minutes_2022))
    section = document.sections[0]
    section.left_margin = Mm(25)
    section.different_first_page_header_footer = False
    document.paragraphs[-1].runs[0].font.name = "Arial"
    changed = tmp_path / "changed.docx"
    document.save(str(changed))
    findings = [f.format() for f in check_minutes(changed)]
    assert any("lề trái 25 mm, Nghị định 30 quy định 30-35 mm" in f for f in findings)
    assert any("không hiển thị số trang ở trang thứ nhất" in f for f in findings)
    assert any("Arial" in f for f in findings)
    result = run("check", str(changed))
    assert result.exit_code == 1
    assert run("check", str(minutes_2022)).exit_code == 0


def test_record_text_is_escaped_and_arrives_intact(examples: Path):
    edited(
        examples / EXAMPLE_2022,
        examples / "escape.yaml",
        END_OF_ATTENDEES,
        END_OF_ATTENDEES + '  - id: x\n    group: "Sở GD&ĐT <5% \\"trích\\" \'đơn\' A\\nB"\n',
    )
    result = run("render", "escape.yaml", "-o", "out", "--only", "minutes")
    assert result.exit_code == 0, result.stderr
    document = examples / "out" / "escape-bien-ban.docx"
    body = text(document)
    assert "Sở GD&ĐT <5% \"trích\" 'đơn' A\nB" in body


def test_several_records_one_broken(examples: Path):
    edited(
        examples / EXAMPLE_2022, examples / "broken.yaml", "date: 2022-12-15", "date: 2022-02-30"
    )
    result = run(
        "render", EXAMPLE_2022, "broken.yaml", EXAMPLE_2023, "-o", "out", "--only", "minutes"
    )
    assert result.exit_code == 1
    assert "broken.yaml:10:3:" in result.stderr
    assert (examples / "out" / "nam-song-hau-2022-bien-ban.docx").is_file()
    assert (examples / "out" / "nam-song-hau-2023-bien-ban.docx").is_file()
    assert not (examples / "out" / "broken-bien-ban.docx").exists()


def test_output_folder_is_created_and_unwritable_one_is_reported(examples: Path, tmp_path: Path):
    result = run("render", EXAMPLE_2022, "-o", "a/b/c", "--only", "minutes")
    assert result.exit_code == 0
    assert (examples / "a" / "b" / "c" / "nam-song-hau-2022-bien-ban.docx").is_file()
    blocked = tmp_path / "file-not-folder"
    blocked.write_text("x")
    result = run("render", EXAMPLE_2022, "-o", str(blocked / "out"), "--only", "minutes")
    assert result.exit_code == 1
    assert "không ghi được vào" in result.stderr
    assert "Traceback" not in result.stderr


def test_pdf_without_libreoffice_says_how_to_install(examples: Path, monkeypatch):
    monkeypatch.setenv("PATH", str(examples))  # nothing to run there
    result = run("render", EXAMPLE_2022, "-o", "out", "--only", "minutes", "--pdf")
    assert result.exit_code == 1
    assert "apt-get install libreoffice-writer-nogui fonts-liberation2" in result.stderr


def test_pdf_text_keeps_its_diacritics(examples: Path):
    result = run("render", EXAMPLE_2022, "-o", "out", "--only", "minutes", "--pdf")
    assert result.exit_code == 0, result.stderr
    pdf = examples / "out" / "nam-song-hau-2022-bien-ban.pdf"
    extracted = subprocess.run(
        ["pdftotext", str(pdf), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert unicodedata.is_normalized("NFC", extracted)
    for expected in (
        "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
        "ngày 15 tháng 12 năm 2022",
        "Trương Thị Ngọc Ánh",
        "Lữ Văn Hùng",
        "19.455 văn bản",
        "9,6%",
        "Hội nghị kết thúc./.",
    ):
        assert expected in extracted.replace("\n", " "), expected


def test_committed_template_is_what_the_builder_makes(tmp_path: Path):
    from giaoban.render.default_templates import build_minutes

    built = tmp_path / "bien-ban.docx"
    build_minutes(built)
    with (
        zipfile.ZipFile(built) as fresh,
        zipfile.ZipFile(ROOT / "templates" / "bien-ban.docx") as kept,
    ):
        for name in ("word/document.xml", "word/styles.xml", "word/header1.xml"):
            if name in fresh.namelist():
                assert fresh.read(name) == kept.read(name), name


def test_two_records_of_the_same_name_into_one_folder(examples: Path):
    (examples / "a").mkdir()
    (examples / "b").mkdir()
    for folder in ("a", "b"):
        (examples / folder / "hoi-nghi.yaml").write_bytes((examples / EXAMPLE_2022).read_bytes())
    result = run("render", "a/hoi-nghi.yaml", "b/hoi-nghi.yaml", "-o", "out")
    assert result.exit_code == 2
    assert "cho cùng tên tệp ra" in result.stderr
    assert not (examples / "out").exists()


def test_parts_the_render_leaves_alone_are_the_templates_own(minutes_2022: Path):
    """Styles, fonts, theme and pictures are copied from the template as they are (compressed
    once per template); only the rendered text and the properties differ."""
    from giaoban.render.minutes import default_templates

    with zipfile.ZipFile(default_templates() / "bien-ban.docx") as template:
        expected = {info.filename: template.read(info) for info in template.infolist()}
    with zipfile.ZipFile(minutes_2022) as document:
        assert document.testzip() is None
        names = document.namelist()
        produced = {name: document.read(name) for name in names}
    assert len(names) == len(set(names)) and set(names) == set(expected)
    changed = {name for name in names if produced[name] != expected[name]}
    assert {"word/document.xml", "docProps/core.xml"} <= changed
    assert changed <= {"word/document.xml", "word/header1.xml", "docProps/core.xml"}
    assert len(expected["word/styles.xml"]) > 10_000  # the bulk, copied untouched
    assert Document(str(minutes_2022)).paragraphs  # python-docx opens it


def test_a_rerender_changes_only_its_text(examples: Path):
    """Two renders in one process (serve's preview): the second carries its own text, the
    template's parts stay intact, and the template is not altered by the first."""
    import io

    from giaoban.render.context import build_context
    from giaoban.render.minutes import default_templates, word_template

    template = word_template(default_templates() / "bien-ban.docx")
    record = load_record(examples / EXAMPLE_2022).record
    first = template.render(build_context(record).as_dict())
    venue = "    venue: Hội trường Tỉnh ủy Cà Mau\n    locality:"
    source = edited(examples / EXAMPLE_2022, examples / "changed.yaml", "    locality:", venue)
    changed = load_record(source).record
    second = template.render(build_context(changed).as_dict(), {"docProps/core.xml": b"<x/>"})
    with zipfile.ZipFile(io.BytesIO(first)) as one, zipfile.ZipFile(io.BytesIO(second)) as two:
        assert one.testzip() is None and two.testzip() is None
        assert one.read("word/styles.xml") == two.read("word/styles.xml")
        assert two.read("docProps/core.xml") == b"<x/>" != one.read("docProps/core.xml")
        assert "Hội trường Tỉnh ủy Cà Mau" in two.read("word/document.xml").decode()
        assert "Hội trường Tỉnh ủy Cà Mau" not in one.read("word/document.xml").decode()
    readable = Document(io.BytesIO(second))
    assert "Hội trường Tỉnh ủy Cà Mau" in "\n".join(p.text for p in readable.paragraphs)
