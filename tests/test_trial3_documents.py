"""The "Wrong document" findings of the third new-user trial (/work/notes/s3-trial.md,
F-numbers), each as a case that failed before its fix.

Records: the bundled examples edited the way the tester's record differed, or the real
corpus records of the same meetings (tests/data/corpus, each with its public source).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from giaoban import gazetteer
from tests.conftest import EXAMPLES, ROOT, run
from tests.docx_text import paragraphs

CORPUS = ROOT / "tests" / "data" / "corpus"
EXAMPLE_2026 = EXAMPLES / "nam-song-hau-2026.yaml"


def rendered(folder: Path, text: str, name: str = "case") -> tuple[str, str]:
    """The minutes' and the press report's text of the record ``text`` written in
    ``folder`` (beside the defaults file it holds, if any)."""
    record = folder / f"{name}.yaml"
    record.write_text(text, encoding="utf-8")
    result = run("render", str(record), "-o", str(folder / "out"), "--format", "txt")
    assert result.exit_code == 0, result.output
    minutes = "\n".join(paragraphs(folder / "out" / f"{name}-bien-ban.docx"))
    press = (folder / "out" / f"{name}-tin-bai.txt").read_text(encoding="utf-8")
    return minutes.replace("\u00a0", " "), press


def hosted_in_ho_chi_minh_city() -> str:
    """The 2026 example (illustrative) moved to Ho Chi Minh City, a member of its cluster."""
    text = EXAMPLE_2026.read_text(encoding="utf-8")
    text = text.replace("tỉnh An Giang", "Thành phố Hồ Chí Minh").replace("An Giang", "Hồ Chí Minh")
    text = text.replace("phường Rạch Giá", "phường Sài Gòn").replace("Báo Hồ Chí Minh", "TTXVN")
    return text.replace(
        "  cluster:\n", "  cluster:\n    members: [Cà Mau, Hồ Chí Minh, Cần Thơ]\n", 1
    )


# --- F27, F8: "Hồ Chí Minh" is never written bare ---------------------------------------


def test_the_date_line_and_the_delegation_say_thành_phố_hồ_chí_minh(examples: Path):
    """F27: Nghị định 30's own example of ô 4 is "Thành phố Hồ Chí Minh, ngày 29 tháng 6
    năm 2019"; "Hồ Chí Minh, ngày ..." names the President."""
    minutes, press = rendered(examples, hosted_in_ho_chi_minh_city())
    assert "Thành phố Hồ Chí Minh, ngày 20 tháng 11 năm 2026" in minutes
    assert "- Đại biểu Thành phố Hồ Chí Minh: Bà Võ Thị Thu Hà" in minutes
    for document in (minutes, press):
        lines = [line for line in document.splitlines() if "Hồ Chí Minh" in line]
        assert lines
        for line in lines:
            bare = line
            for whole in ("Thành phố Hồ Chí Minh", "THÀNH PHỐ HỒ CHÍ MINH", "Cộng sản Hồ Chí Minh"):
                bare = bare.replace(whole, "")
            assert "Hồ Chí Minh" not in bare, line
            assert "thành phố Hồ Chí Minh" not in line, line


def test_the_gazetteer_writes_the_city_in_full_however_it_is_spelt():
    for spelling in ("Hồ Chí Minh", "TP.HCM", "thành phố Hồ Chí Minh", "TP Hồ Chí Minh"):
        assert gazetteer.written(spelling) == "Thành phố Hồ Chí Minh"
        assert gazetteer.locality(spelling) == "Thành phố Hồ Chí Minh"
    assert gazetteer.written("Cà Mau") == "Cà Mau"
    assert gazetteer.locality("Cần Thơ") == "thành phố Cần Thơ"


def test_a_title_naming_a_merged_province_is_told_the_locality_to_write(examples: Path):
    """F8: "hãy viết 'Hồ Chí Minh'" for a title "... tỉnh Bình Dương" made "... tỉnh Hồ
    Chí Minh"; the fix names the unit with its kind."""
    text = hosted_in_ho_chi_minh_city().replace(
        "titles: [Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau]",
        "titles: [Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Dương]",
    )
    (examples / "case.yaml").write_text(text, encoding="utf-8")
    result = run("validate", "case.yaml")
    assert "hãy viết 'Thành phố Hồ Chí Minh'" in result.output, result.output
    assert "hãy viết 'Hồ Chí Minh'" not in result.output


def test_new_from_and_the_year_summary_write_the_city_in_full(examples: Path, tmp_path: Path):
    """F8: `new --from` wrote "Bình Dương → Hồ Chí Minh" and members: [..., "Hồ Chí Minh"];
    the year summary listed "Đồng Nai, Hồ Chí Minh, Lâm Đồng" as if a person."""
    source = examples / "dong-nam-bo-2024.yaml"
    text = (CORPUS / "dong-nam-bo-2024-giao-ban-6-thang.yaml").read_text(encoding="utf-8")
    source.write_text(text, encoding="utf-8")
    result = run("new", "dong-nam-bo-2025.yaml", "--from", str(source), "--date", "2025-12-12")
    assert result.exit_code == 0, result.output
    written = (examples / "dong-nam-bo-2025.yaml").read_text(encoding="utf-8")
    assert "Bình Dương → Thành phố Hồ Chí Minh" in written
    assert '"Thành phố Hồ Chí Minh"' in written or "Thành phố Hồ Chí Minh," in written
    assert '"Hồ Chí Minh"' not in written
    (examples / "nam-song-hau-2022.yaml").unlink()
    (examples / "nam-song-hau-2023.yaml").unlink()
    (examples / "nam-song-hau-2026.yaml").unlink()
    (examples / "giaoban.yaml").unlink()
    assert run("validate", "dong-nam-bo-2025.yaml").exit_code == 0
    result = run("export", ".", "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    summary = (tmp_path / "out" / "tong-hop-2025.md").read_text(encoding="utf-8")
    row = next(line for line in summary.splitlines() if "Đồng Nai" in line and "| 2025 |" in line)
    assert "Thành phố Hồ Chí Minh" in row and ", Hồ Chí Minh" not in row


# --- F21: no "Ban Thường trực" invented for an organisation -----------------------------


def test_an_organisation_takes_over_as_itself_not_as_an_invented_standing_body(tmp_path: Path):
    """F21: Hội Nông dân tỉnh took over as "Ban Thường trực Hội Nông dân tỉnh", a body the
    record never names (the real Cụm thi đua số 7 of Thanh Hóa, without its to_body)."""
    text = (CORPUS / "thanh-hoa-cum-7-2026-tong-ket.yaml").read_text(encoding="utf-8")
    text = text.replace("  to_body: Hội Nông dân tỉnh\n", "")
    minutes, press = rendered(tmp_path, text)
    assert "Ban Thường trực Hội" not in minutes + press
    assert "Hội Nông dân tỉnh tiếp nhận nhiệm vụ Cụm trưởng" in minutes
    assert "Tại hội nghị, Hội Nông dân tỉnh đã tiếp nhận nhiệm vụ Cụm trưởng" in press


def test_an_mttq_committee_takes_over_as_its_standing_body():
    from giaoban.render.context import committee, standing_body

    assert standing_body(committee("Cà Mau")) == (
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau"
    )
    assert standing_body("Ủy ban Mặt trận Tổ quốc tỉnh") == (
        "Ban Thường trực Ủy ban Mặt trận Tổ quốc tỉnh"
    )
    assert standing_body("Hội Chữ thập đỏ tỉnh") == "Hội Chữ thập đỏ tỉnh"


# --- F4: a commune's delegation says "xã" -----------------------------------------------


def test_a_bare_commune_delegation_of_a_cluster_of_communes_says_xã(tmp_path: Path):
    """F4: "Đại biểu Kim Tân:" in a cluster whose ``member_kind`` is "xã" (the real Cụm
    thi đua số 8 of Thanh Hóa, its delegation written bare as the tester wrote it)."""
    text = (CORPUS / "thanh-hoa-cum-8-2025-tong-ket.yaml").read_text(encoding="utf-8")
    text = text.replace("delegation: xã Kim Tân", "delegation: Kim Tân")
    minutes, _ = rendered(tmp_path, text)
    assert "- Đại biểu xã Kim Tân: Đồng chí Quách Thị Tươi" in minutes, minutes


def test_a_delegation_place_is_never_guessed():
    from giaoban.render.context import delegation_place

    assert delegation_place("Kim Tân", "xã") == "xã Kim Tân"
    assert delegation_place("phường Hạc Thành", "phường") == "phường Hạc Thành"
    assert delegation_place("Thanh Hóa", "xã") == "tỉnh Thanh Hóa"  # the province's delegates
    assert delegation_place("Kim Tân", "xã, phường") == "Kim Tân"  # which kind: not said
    assert delegation_place("Hội Nông dân tỉnh", "đơn vị") == "Hội Nông dân tỉnh"
    assert delegation_place("Cà Mau") == "tỉnh Cà Mau"


# --- F6: the issuing body of the properties is the letterhead's --------------------------


def core_properties(docx: Path) -> str:
    import zipfile

    with zipfile.ZipFile(docx) as package:
        return package.read("docProps/core.xml").decode("utf-8")


def test_a_commune_clusters_minutes_are_authored_by_the_commune_not_the_province(tmp_path):
    """F6: the letterhead said "ỦY BAN MTTQ VIỆT NAM / XÃ KIM TÂN" and the document's author
    (.docx, PDF, Phụ lục VI metadata) "Ban Thường trực … tỉnh Thanh Hóa", from the place."""
    text = (CORPUS / "thanh-hoa-cum-8-2025-tong-ket.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "  organiser:", "  host: Ủy ban Mặt trận Tổ quốc Việt Nam xã Kim Tân\n  organiser:", 1
    )
    minutes, _ = rendered(tmp_path, text)
    assert "XÃ KIM TÂN" in minutes
    for document in ("case-bien-ban.docx", "case-tin-bai.docx"):
        if not (tmp_path / "out" / document).exists():
            continue
        core = core_properties(tmp_path / "out" / document)
        assert "tỉnh Thanh Hóa</dc:creator>" not in core, core
    core = core_properties(tmp_path / "out" / "case-bien-ban.docx")
    assert (
        "<dc:creator>Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam xã Kim Tân</dc:creator>"
        in core
    ), core


@pytest.mark.parametrize(
    ("parent", "author"),
    [
        ("[ỦY BAN MTTQ VIỆT NAM, XÃ KIM TÂN]", "Ủy ban Mặt trận Tổ quốc Việt Nam xã Kim Tân"),
        (
            "[ỦY BAN MTTQ VIỆT NAM, TỈNH THANH HÓA]",
            "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Thanh Hóa",
        ),
        ("[ỦY BAN MTTQ VIỆT NAM, PHƯỜNG 5]", "Ủy ban Mặt trận Tổ quốc Việt Nam Phường 5"),
    ],
)
def test_a_letterhead_the_record_sets_gives_the_author_in_running_text(tmp_path, parent, author):
    """A record whose source names no host sets the letterhead itself (the 2022 example,
    s5-trial F121): the author is the body in words, as from a host, not the letterhead's
    capitals joined ("ỦY BAN MTTQ VIỆT NAM - XÃ KIM TÂN - BAN THƯỜNG TRỰC")."""
    text = (CORPUS / "thanh-hoa-cum-8-2025-tong-ket.yaml").read_text(encoding="utf-8")
    text = text.replace("minutes:\n", f"minutes:\n  letterhead:\n    parent: {parent}\n", 1)
    rendered(tmp_path, text)
    core = core_properties(tmp_path / "out" / "case-bien-ban.docx")
    assert f"<dc:creator>Ban Thường trực {author}</dc:creator>" in core, core


def test_a_letterhead_of_another_shape_is_the_author_as_written(tmp_path):
    text = (CORPUS / "thanh-hoa-cum-8-2025-tong-ket.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "minutes:\n", "minutes:\n  letterhead:\n    parent: [HỘI CHỮ THẬP ĐỎ TỈNH THANH HÓA]\n", 1
    )
    rendered(tmp_path, text)
    core = core_properties(tmp_path / "out" / "case-bien-ban.docx")
    assert "<dc:creator>HỘI CHỮ THẬP ĐỎ TỈNH THANH HÓA - BAN THƯỜNG TRỰC</dc:creator>" in core


# --- F22: a letterhead that names no body is warned --------------------------------------


def test_a_record_without_host_is_warned_that_the_letterhead_names_no_body(tmp_path: Path):
    """F22: the real Cụm thi đua số 7 (eight organisations, chaired by the Hội Chữ thập đỏ
    tỉnh; its article names no host) got "ỦY BAN MTTQ VIỆT NAM / BAN THƯỜNG TRỰC" silently."""
    record = tmp_path / "cum-7.yaml"
    record.write_text(
        (CORPUS / "thanh-hoa-cum-7-2026-tong-ket.yaml").read_text(encoding="utf-8"),
        encoding="utf-8",
    )
    result = run("validate", str(record))
    assert result.exit_code == 0, result.output
    assert "cảnh báo: meeting: hồ sơ không ghi đơn vị đăng cai (meeting.host)" in result.output
    assert run("validate", "--strict", str(record)).exit_code == 1
    text = record.read_text(encoding="utf-8")
    record.write_text(
        text.replace("  organiser:", "  host: Hội Chữ thập đỏ tỉnh\n  organiser:", 1),
        encoding="utf-8",
    )
    result = run("validate", str(record))
    assert "meeting.host: 'Hội Chữ thập đỏ tỉnh' không phải Ủy ban Mặt trận" in result.output
    record.write_text(
        text.replace(
            "\npress:",
            "\nminutes:\n  letterhead:\n    parent: [HỘI CHỮ THẬP ĐỎ TỈNH THANH HÓA]\n\npress:",
            1,
        ),
        encoding="utf-8",
    )
    result = run("validate", str(record))
    # (the source names nobody presiding: that warning, s4-trial F71, is another matter)
    said = "\n".join(line for line in result.output.splitlines() if "chủ trì" not in line)
    assert "letterhead" not in said and "host" not in said, result.output


# --- F5, F20: groups in the attendance and the signatures ----------------------------------


def test_a_co_chairing_group_signs_nothing_and_a_central_group_comes_first(tmp_path: Path):
    """The real giao ban of 21/6/2024 (Đông Nam Bộ): "lãnh đạo Ủy ban MTTQ Việt Nam tỉnh
    Bình Thuận đồng chủ trì" got a CHỦ TRÌ block with nobody's name (F5); "Đại diện lãnh
    đạo các Ban công tác Trung ương …" (delegation Trung ương) was listed last (F20)."""
    text = (CORPUS / "dong-nam-bo-2024-giao-ban-6-thang.yaml").read_text(encoding="utf-8")
    minutes, _ = rendered(tmp_path, text)
    assert minutes.count("CHỦ TRÌ") == 1, minutes
    lines = minutes.splitlines()
    listed = lines[lines.index("Thành phần tham dự:") + 1 :]
    assert listed[0] == "- Đại diện lãnh đạo các Ban công tác Trung ương Mặt trận Tổ quốc Việt Nam."
    assert listed[1].startswith("- Đại biểu tỉnh Bình Phước: Lê Thị Xuân Trang")
    binh_thuan = listed.index("- Lãnh đạo Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Thuận.")
    assert binh_thuan < next(i for i, line in enumerate(listed) if line.startswith("Đồng chủ trì"))


def test_only_groups_presiding_leave_one_chu_tri_block_for_the_hand(tmp_path: Path):
    text = (CORPUS / "dong-nam-bo-2024-giao-ban-6-thang.yaml").read_text(encoding="utf-8")
    text = text.replace("    roles: [đồng chủ trì]\n", "    roles: [dự]\n", 1)
    minutes, _ = rendered(tmp_path, text)
    assert minutes.count("CHỦ TRÌ") == 1
    assert "Lê Thị Xuân Trang\n" not in minutes.split("CHỦ TRÌ")[-1]


# --- F24: the press does not repeat every title ---------------------------------------------


def test_a_later_mention_without_a_short_title_is_honorific_and_name(tmp_path: Path):
    """F24: "Bà Quách Thị Tươi, <two titles>, chủ trì hội nghị." then "<the same two titles>
    Quách Thị Tươi phát biểu khai mạc hội nghị." (the real Cụm số 8 record without its
    short_title, as the tester wrote it)."""
    text = (CORPUS / "thanh-hoa-cum-8-2025-tong-ket.yaml").read_text(encoding="utf-8")
    text = text.replace("    short_title: Chủ tịch Ủy ban MTTQ xã Kim Tân\n", "")
    text = text.replace("    roles: [phát biểu]\n", "    honorific: Bà\n    roles: [chủ trì]\n", 1)
    _, press = rendered(tmp_path, text)
    assert press.count("Cụm trưởng Cụm thi đua số 8") == 1, press
    assert "Bà Quách Thị Tươi phát biểu khai mạc hội nghị." in press, press


# --- F7: a month-only date gets no invented day ------------------------------------------


def test_a_meeting_known_to_its_month_gets_no_day_in_summary_list_or_properties(
    examples: Path, tmp_path: Path
):
    """F7: `date: 2024-12` (docs: "nothing invented for the day") showed "1/12/2024" in the
    year summary, "2024-12-01" in serve's list, and a .docx created on 30/11/2024 (UTC)."""
    from giaoban.web.workspace import Workspace

    text = (examples / "nam-song-hau-2023.yaml").read_text(encoding="utf-8")
    for name in ("nam-song-hau-2022.yaml", "nam-song-hau-2023.yaml", "nam-song-hau-2026.yaml"):
        (examples / name).unlink()
    (examples / "thang.yaml").write_text(
        text.replace("  date: 2023-12-14\n", "  date: 2023-12\n", 1), encoding="utf-8"
    )
    result = run("export", ".", "-o", str(tmp_path / "out"))
    assert result.exit_code == 0, result.output
    summary = (tmp_path / "out" / "tong-hop-2023.md").read_text(encoding="utf-8")
    assert "| 1 | tháng 12/2023 |" in summary, summary
    assert "(tháng 12/2023)" in summary  # the figures' column
    # (left: the follow-up report's "tính đến ngày 1/12/2023", giaoban/followup.py)
    assert "1/12/2023" not in summary.split("tính đến ngày 1/12/2023")[0]
    core = core_properties(next((tmp_path / "out").rglob("thang-bien-ban.docx")))
    assert "dcterms:created" not in core and "2023-11-30" not in core, core
    rows = Workspace(examples).listing()
    assert [row["date"] for row in rows if row["path"].endswith("thang.yaml")] == ["2023-12"]


def test_two_meetings_of_a_year_with_the_same_members_are_one_membership_row():
    """F8: the giao ban 6 tháng and the tổng kết of 2024 gave the 2024 row twice."""
    from giaoban.summary import membership_rows

    members = ["Bình Phước", "Bình Dương", "Tây Ninh"]
    meetings = [
        {
            "record": "a.yaml",
            "date": "2024-06-21",
            "year": 2024,
            "cluster": "X",
            "members": members,
        },
        {
            "record": "b.yaml",
            "date": "2024-12-10",
            "year": 2024,
            "cluster": "X",
            "members": members,
        },
        {
            "record": "c.yaml",
            "date": "2025-12-12",
            "year": 2025,
            "cluster": "X",
            "members": members,
        },
    ]
    assert [row[1] for row in membership_rows(meetings)] == [2024, 2025]
    changed = [*members[:2], "Đồng Nai"]
    meetings[1]["members"] = changed
    assert [row[1] for row in membership_rows(meetings)] == [2024, 2024, 2025]


# --- F23: the signatures and "Nơi nhận" move to a page together ----------------------------


def test_nơi_nhận_is_in_the_signatures_row_which_never_splits(examples: Path):
    """F23: THƯ KÝ / CHỦ TRÌ at the foot of page 1 with no room to sign and "Nơi nhận"
    alone on page 2. LibreOffice ignores a table's keep-with-next, so Nơi nhận is in the
    signatures' one row (under THƯ KÝ, as Mẫu 1.9 draws it), which is never split; the
    closing line keeps with it. (Looked at as PNG: the real Cụm số 7 record's page 2.)"""
    from docx import Document
    from docx.oxml.ns import qn

    rendered(examples, (examples / "nam-song-hau-2022.yaml").read_text("utf-8"))
    document = Document(str(examples / "out" / "case-bien-ban.docx"))
    row = document.tables[-1].rows[0]
    assert row._tr.trPr is not None and row._tr.trPr.find(qn("w:cantSplit")) is not None
    left = [p.text for p in row.cells[0].paragraphs]
    assert left[0] == "THƯ KÝ" and "Nơi nhận:" in left and left[-1].startswith("- Lưu:")
    after = document.element.body[list(document.element.body).index(row._tr.getparent()) + 1 :]
    assert not any("Nơi nhận" in "".join(e.itertext()) for e in after)
    closing = next(p for p in document.paragraphs if p.text.endswith("./."))
    assert closing.paragraph_format.keep_with_next


def test_a_host_written_with_tp_short_names_its_city_in_the_letterhead(examples: Path):
    """F22/F27: "Ủy ban MTTQ Việt Nam TP.HCM" (the tester's host) is the city's committee:
    its letterhead names the city, and no warning says the letterhead names no body."""
    text = hosted_in_ho_chi_minh_city().replace(
        "  host: Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh\n",
        "  host: Ủy ban MTTQ Việt Nam TP.HCM\n",
    )
    assert "host: Ủy ban MTTQ Việt Nam TP.HCM" in text
    minutes, _ = rendered(examples, text)
    assert "THÀNH PHỐ HỒ CHÍ MINH" in minutes
    result = run("validate", "case.yaml")
    assert "letterhead" not in result.output and "đơn vị đăng cai" not in result.output


# --- F55: Nơi nhận copied with its own marks ---------------------------------------------


def test_recipients_copied_with_their_marks_are_printed_once(examples: Path):
    """F55: "- Như trên;;", "- - Ban Thường trực …;;" and "- Lưu: VT, Hồ sơ.."."""
    text = (examples / "nam-song-hau-2022.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "\nminutes:\n",
        '\nminutes:\n  recipients: ["Như trên;", "- Ban Thường trực Ủy ban Trung ương MTTQ'
        ' Việt Nam (b/c);"]\n  archive: "Lưu: VT, Hồ sơ."\n',
        1,
    )
    minutes, _ = rendered(examples, text)
    assert "- Như trên;\n" in minutes
    assert "- Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam (b/c);\n" in minutes
    received = minutes.split("Nơi nhận:\n", 1)[1].split("CHỦ TRÌ", 1)[0].splitlines()
    assert received == [
        "- Như trên;",
        "- Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam (b/c);",
        "- Lưu: VT, Hồ sơ.",
    ]
