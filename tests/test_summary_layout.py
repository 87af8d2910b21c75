"""The year summary's Word layout (s2-trial F31): headings kept with their tables, a
table's header row kept with its first row, columns as wide as what they hold, page
numbers from page 2 (Nghị định 30/2020, Phụ lục I), co-chairs named as a sentence does."""

from __future__ import annotations

import io
import zipfile

from docx import Document
from docx.shared import Cm

from giaoban.summary import _meeting_cells, summary_docx

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def _meeting(date: str, **more: object) -> dict[str, object]:
    meeting: dict[str, object] = {
        "record": f"bac-trung-bo-{date[:4]}.yaml",
        "title": "Hội nghị tổng kết công tác thi đua, khen thưởng Cụm thi đua Bắc Trung Bộ",
        "date": date,
        "place": "Hội trường Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh",
        "cluster": "Bắc Trung Bộ",
        "year": int(date[:4]),
        "presiding": ["Bà Nguyễn Thị Hồng Nhung", "Ông Lê Quang Hưng"],
        "handovers": [],
        "directives": 3,
        "members": ["Thanh Hóa", "Nghệ An", "Hà Tĩnh"],
        "figures": [
            {"label": "nhà tạm, nhà dột nát", "unit": "căn", "text": "18.230 căn", "value": 18230}
        ],
    }
    meeting.update(more)
    return meeting


def test_co_chairs_in_a_cell_read_as_a_sentence_names_them():
    cells = _meeting_cells(1, _meeting("2025-12-12"))
    assert cells[5] == "Bà Nguyễn Thị Hồng Nhung và ông Lê Quang Hưng"
    three = _meeting("2025-12-12", presiding=["Bà A", "Ông B", "Phó Chủ tịch C"])
    assert _meeting_cells(1, three)[5] == "Bà A, ông B và Phó Chủ tịch C"


def test_the_summary_keeps_headings_with_tables_and_numbers_pages_from_two():
    meetings = [_meeting("2024-12-10"), _meeting("2025-12-12")]
    data = summary_docx(2025, meetings[1:], meetings)
    document = Document(io.BytesIO(data))
    body = document.element.body
    # every heading (bold, centred, before a table) is kept with what follows it
    for table in body.iter(f"{W}tbl"):
        heading = table.getprevious()
        while heading is not None and heading.tag != f"{W}p":
            heading = heading.getprevious()
        assert heading is not None and heading.find(f"{W}pPr/{W}keepNext") is not None
        # the header row stays with the first row of the table
        header = table.find(f"{W}tr")
        for paragraph in header.iter(f"{W}p"):
            assert paragraph.find(f"{W}pPr/{W}keepNext") is not None
    # page numbers from page 2, as the minutes (the first page's header is empty)
    section = document.sections[0]
    assert section.different_first_page_header_footer
    assert not "".join(p.text for p in section.first_page_header.paragraphs).strip()
    # the meetings' table: STT and the count narrow, the meeting's name wide, the whole
    # table the width of the landscape page less its margins
    usable = section.page_width - section.left_margin - section.right_margin
    table = document.tables[0]
    widths = [column.width for column in table.columns]
    assert widths[0] < Cm(1.6) and widths[-1] < Cm(2.2)
    assert widths[2] == max(widths)
    assert abs(sum(widths) - usable) < Cm(0.1)
    assert table.rows[0].cells[0].text == "STT"
    with zipfile.ZipFile(io.BytesIO(data)) as archive:
        assert b"<w:tblLayout" in archive.read("word/document.xml")


def test_no_rotation_table_of_empty_rows():
    def headings(meetings: list[dict[str, object]]) -> list[str]:
        document = Document(io.BytesIO(summary_docx(2025, meetings[-1:], meetings)))
        return [p.text for p in document.paragraphs]

    assert not any("Luân phiên" in text for text in headings([_meeting("2025-12-12")]))
    named = _meeting("2025-12-12", chair="Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Hà Tĩnh")
    assert "Luân phiên Cụm trưởng, Cụm phó" in headings([named])


def test_two_clusters_sharing_a_short_name_keep_their_own_rows_and_follow_up():
    """s4-trial F87: two "số 2" (Hà Nội's, Chương Mỹ's) are labelled by their full names
    in every table and follow-up report; one cluster's summaries are left as they are."""
    from giaoban.render.sentences import followup_report_title
    from giaoban.summary import told_apart

    def summary(record: str, full_name: str, members: list[str]) -> dict:
        return {
            "record": record,
            "cluster": "số 2",
            "full_name": full_name,
            "members": members,
            "followup": {"cluster": "số 2"},
        }

    ha_noi = summary("a.yaml", "Cụm thi đua số 2 Ủy ban MTTQ Việt Nam thành phố Hà Nội", ["Tây Hồ"])
    chuong_my = summary("b.yaml", "Cụm số 2 Ủy ban MTTQ Việt Nam huyện Chương Mỹ", ["Tốt Động"])
    bare = {"record": "0.yaml", "cluster": "số 2"}  # says neither: tells nothing apart
    assert told_apart([bare, ha_noi, chuong_my])[2]["cluster"] == chuong_my["full_name"]
    labelled = told_apart([ha_noi, chuong_my, dict(ha_noi, record="c.yaml")])
    assert [s["cluster"] for s in labelled] == [
        ha_noi["full_name"],
        chuong_my["full_name"],
        ha_noi["full_name"],
    ]
    assert [s["followup"]["cluster"] for s in labelled] == [s["cluster"] for s in labelled]
    assert told_apart([ha_noi, dict(ha_noi, record="c.yaml")])[0]["cluster"] == "số 2"
    assert followup_report_title(chuong_my["full_name"]) == (
        "Theo dõi thực hiện các nội dung chỉ đạo, Cụm số 2 Ủy ban MTTQ Việt Nam huyện Chương Mỹ"
    )
