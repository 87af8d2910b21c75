"""An archive that crosses 1/7/2025: members by date, `new --from` across the merger, the
district level after it, clusters of communes, and the MTTQ's member organisations."""

from __future__ import annotations

from pathlib import Path

from giaoban.record import load_record
from giaoban.render.context import build_context
from tests.conftest import ROOT, edited, line_of, run
from tests.docx_text import text

EXAMPLE_2026 = "nam-song-hau-2026.yaml"
CORPUS = ROOT / "tests" / "data" / "corpus"


# --- members by date ---------------------------------------------------------------------


def test_members_follow_the_date_of_the_meeting(examples: Path):
    six = ["Bạc Liêu", "Cà Mau", "An Giang", "Hậu Giang", "Kiên Giang", "Sóc Trăng"]
    assert load_record(examples / "nam-song-hau-2023.yaml").record.meeting.cluster.members == six
    record = load_record(examples / EXAMPLE_2026).record
    assert record.meeting.cluster.members == ["Cà Mau", "An Giang", "Cần Thơ"]
    context = build_context(record)
    assert context.members_phrase == "gồm 3 tỉnh, thành phố: Cà Mau, An Giang và Cần Thơ"
    assert context.cluster_full == "Cụm thi đua Mặt trận các tỉnh, thành phố Nam Sông Hậu"


def test_a_membership_for_a_work_year_wins_over_one_from_a_date(examples: Path):
    edited(
        examples / "giaoban.yaml",
        examples / "giaoban.yaml",
        "      - from: 2025-07-01\n",
        "      - year: 2026\n        members: [An Giang, Cần Thơ, Cà Mau]\n"
        "      - from: 2025-07-01\n",
    )
    record = load_record(examples / EXAMPLE_2026).record
    assert record.meeting.cluster.members == ["An Giang", "Cần Thơ", "Cà Mau"]


def test_the_records_own_members_win_over_the_defaults_history(examples: Path):
    path = edited(
        examples / EXAMPLE_2026,
        examples / "own.yaml",
        "    year: 2026\n",
        "    year: 2026\n    members: [Cần Thơ, An Giang, Cà Mau, Vĩnh Long]\n",
    )
    record = load_record(path).record
    assert record.meeting.cluster.members == ["Cần Thơ", "An Giang", "Cà Mau", "Vĩnh Long"]


def test_a_membership_entry_needs_a_date_or_a_year(examples: Path):
    edited(
        examples / "giaoban.yaml",
        examples / "giaoban.yaml",
        "      - from: 2025-07-01\n        members:",
        "      - members:",
    )
    result = run("validate", EXAMPLE_2026)
    assert result.exit_code == 1
    line = line_of(examples / "giaoban.yaml", "      - members:")
    assert (
        f"giaoban.yaml:{line}:9: meeting.cluster.membership, mục 1: mỗi mục 'membership' cần "
        "'from' (từ ngày) hoặc 'year' (năm thi đua)"
    ) in result.stderr


def test_two_periods_from_one_day_with_other_members_are_an_error_at_the_second(examples):
    """Which of two such periods a meeting took was an accident of their order, and the
    errors appeared in the record, not in giaoban.yaml (s3-trial F54)."""
    edited(
        examples / "giaoban.yaml",
        examples / "giaoban.yaml",
        "        members: [Cà Mau, An Giang, Cần Thơ]\n",
        "        members: [Cà Mau, An Giang, Cần Thơ]\n"
        "      - from: 2025-07-01\n        members: [Cần Thơ]\n",
    )
    result = run("validate", EXAMPLE_2026)
    assert result.exit_code == 1
    defaults = examples / "giaoban.yaml"
    first = line_of(defaults, "      - from: 2025-07-01")
    assert (
        f"giaoban.yaml:{first + 2}:9: meeting.cluster.membership, mục 2, from: mục này và mục "
        f"ở dòng {first} cùng 'from' mà ghi thành viên khác nhau"
    ) in result.stderr


def test_a_member_refused_says_where_the_members_came_from(examples):
    edited(
        examples / "giaoban.yaml",
        examples / "giaoban.yaml",
        "      - from: 2025-07-01\n",
        "      - year: 2026\n        members: [Cà Mau, An Giang]\n      - from: 2025-07-01\n",
    )
    result = run("validate", EXAMPLE_2026)
    assert result.exit_code == 1
    line = line_of(examples / "giaoban.yaml", "        members: [Cà Mau, An Giang]")
    assert (
        "vice_chair: 'Cần Thơ' không có trong các tỉnh của Cụm (Cà Mau, An Giang). "
        f"(Thành viên Cụm lấy theo giaoban.yaml:{line}.)"
    ) in result.stderr


# --- giaoban new --from across the merger ----------------------------------------------


def test_new_from_a_record_before_the_merger_carries_todays_members(examples: Path):
    result = run("new", "moi.yaml", "--from", "nam-song-hau-2023.yaml", "--date", "2026-11-19")
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines()[:4] == [
        "Hậu Giang → Cần Thơ: từ 01/7/2025 thuộc thành phố Cần Thơ (sắp xếp đơn vị hành chính)",
        "Bạc Liêu → Cà Mau: từ 01/7/2025 thuộc tỉnh Cà Mau (sắp xếp đơn vị hành chính)",
        "Kiên Giang → An Giang: từ 01/7/2025 thuộc tỉnh An Giang (sắp xếp đơn vị hành chính)",
        "Sóc Trăng → Cần Thơ: từ 01/7/2025 thuộc thành phố Cần Thơ (sắp xếp đơn vị hành chính)",
    ]
    written = (examples / "moi.yaml").read_text(encoding="utf-8")
    assert '    members: ["Cà Mau", "An Giang", "Cần Thơ"]' in written
    assert '    vice_chair: "Cần Thơ"' in written  # the Cụm phó handed to Hậu Giang in 2023
    assert "    year: 2026" in written
    assert "# Bạc Liêu → Cà Mau" in written
    record = load_record(examples / "moi.yaml").record
    assert record.meeting.cluster.chair == "An Giang"


def test_new_from_a_record_after_the_merger_changes_nothing(examples: Path):
    result = run("new", "moi.yaml", "--from", EXAMPLE_2026, "--date", "2027-11-18")
    assert result.exit_code == 0, result.output
    assert "→" not in result.stderr
    written = (examples / "moi.yaml").read_text(encoding="utf-8")
    assert '    chair: "Cần Thơ"' in written
    assert '  host: "Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Cần Thơ"' in written


# --- the district level after 30/6/2025 ---------------------------------------------------


def test_the_2026_example_is_valid_without_warnings(examples: Path):
    # its speech says "khi không còn cấp huyện": what people say is left alone
    result = run("validate", EXAMPLE_2026)
    assert result.exit_code == 0, result.output
    assert "cảnh báo" not in result.stderr


def test_a_district_named_after_the_reorganisation_gets_a_warning(examples: Path):
    path = edited(
        examples / EXAMPLE_2026,
        examples / "huyen.yaml",
        "    locality: phường Rạch Giá",
        "    locality: thành phố Rạch Giá",
    )
    path = edited(
        path,
        path,
        "    delegation: Cà Mau\n",
        "    organisation: Ủy ban Mặt trận Tổ quốc Việt Nam huyện Trần Văn Thời\n"
        "    delegation: Cà Mau\n",
    )
    result = run("validate", path.name)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"huyen.yaml:{line_of(path, 'thành phố Rạch Giá')}:5: cảnh báo: meeting.place.locality: "
        "'thành phố Rạch Giá' là đơn vị cấp huyện, đã kết thúc hoạt động từ 01/7/2025 (Nghị "
        "quyết 203/2025/QH15); hội nghị ngày 20/11/2026 hãy ghi xã, phường hoặc tỉnh, thành phố",
        f"huyen.yaml:{line_of(path, 'huyện Trần Văn Thời')}:5: cảnh báo: "
        "attendees, mục 4, organisation: 'huyện Trần Văn Thời' là đơn vị cấp huyện, "
        "đã kết thúc hoạt động từ 01/7/2025 (Nghị quyết 203/2025/QH15); "
        "hội nghị ngày 20/11/2026 hãy ghi xã, phường hoặc tỉnh, thành phố",
    ]
    assert run("validate", "--strict", path.name).exit_code == 1


def test_a_district_before_the_reorganisation_is_no_warning(examples: Path):
    result = run("validate", "nam-song-hau-2022.yaml")  # "thành phố Bạc Liêu" in 2022
    assert result.exit_code == 0
    assert "cảnh báo" not in result.stderr


# --- clusters of communes, organisations -------------------------------------------------


def test_a_cluster_of_communes_says_xã_never_tỉnh(tmp_path: Path):
    # a real 8-commune cluster (Chương Mỹ, 2024): its members are not provinces
    record = CORPUS / "chuong-my-cum-2-2024-giao-uoc.yaml"
    result = run("render", str(record), "-o", str(tmp_path), "--format", "md")
    assert result.exit_code == 0, result.output
    press = (tmp_path / "chuong-my-cum-2-2024-giao-uoc-tin-bai.md").read_text(encoding="utf-8")
    assert "gồm 8 xã: Tốt Động, Hữu Văn" in press and "phường" not in press
    assert "tỉnh" not in press
    minutes = text(tmp_path / "chuong-my-cum-2-2024-giao-uoc-bien-ban.docx")
    assert "8 tỉnh" not in minutes and "tỉnh Tốt Động" not in minutes


def test_member_organisations_are_delegations_and_titles_join_offices(examples: Path, tmp_path):
    result = run("render", EXAMPLE_2026, "-o", str(tmp_path), "--only", "minutes")
    assert result.exit_code == 0, result.output
    minutes = text(tmp_path / "nam-song-hau-2026-bien-ban.docx")
    assert (
        "- Đại biểu Hội Nông dân Việt Nam: Ông Đinh Văn Lực, Trưởng Ban Tổ chức Trung ương "
        "Hội Nông dân Việt Nam."
    ) in minutes
    assert (
        "bà Lâm Thị Kim Yến, Phó Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh, Chủ tịch Hội "
        "Liên hiệp Phụ nữ tỉnh;"
    ) in minutes
    # a centrally run city's group trims only the city's name from a title
    assert (
        "- Đại biểu thành phố Cần Thơ: Ông Huỳnh Minh Trí, Chủ tịch Ủy ban Mặt trận Tổ quốc "
        "Việt Nam thành phố."
    ) in minutes
    assert "ỦY BAN MTTQ VIỆT NAM" in minutes and "TỈNH AN GIANG" in minutes


# --- the diff and the year summary follow a province through the merger ------------------

MERGED = (
    "Bạc Liêu nay thuộc tỉnh Cà Mau (sáp nhập từ 01/7/2025); Hậu Giang nay thuộc thành phố "
    "Cần Thơ (sáp nhập từ 01/7/2025); Kiên Giang nay thuộc tỉnh An Giang (sáp nhập từ "
    "01/7/2025); Sóc Trăng nay thuộc thành phố Cần Thơ (sáp nhập từ 01/7/2025)"
)


def test_the_diff_across_2022_2026_follows_the_merged_provinces(examples: Path):
    result = run("diff", ".", "--cluster", "Nam Sông Hậu")
    assert result.exit_code == 1  # the directives changed
    lines = result.output.splitlines()
    heading = lines.index("Chỉ đạo năm 2023 (14/12/2023) → năm 2026 (20/11/2026)")
    assert lines[heading + 1] == f"  Thành viên Cụm: {MERGED}"
    assert "rời Cụm" not in result.output and "vào Cụm" not in result.output
    # 2022 -> 2023: the same six provinces, nothing to say
    assert result.output.count("Thành viên Cụm") == 1


def test_the_merger_line_is_in_the_html_and_word_comparisons_too(examples: Path, tmp_path):
    # s4-trial F94: the text and md forms said it, the html page and the .docx did not
    pair = ("nam-song-hau-2023.yaml", EXAMPLE_2026)
    run("diff", *pair, "--format", "html", "-o", str(tmp_path / "p.html"))
    page = (tmp_path / "p.html").read_text(encoding="utf-8")
    assert page.count("Thành viên Cụm: Bạc Liêu nay thuộc tỉnh Cà Mau") == 1
    assert page.index("Thành viên Cụm") < page.index("<ul>")  # under its heading, before the list
    run("diff", *pair, "--format", "docx", "-o", str(tmp_path / "p.docx"))
    assert f"Thành viên Cụm: {MERGED}" in text(tmp_path / "p.docx").splitlines()
    run(
        "diff",
        "nam-song-hau-2022.yaml",
        "nam-song-hau-2023.yaml",
        "--format",
        "html",
        "-o",
        str(tmp_path / "same.html"),
    )
    assert "Thành viên Cụm" not in (tmp_path / "same.html").read_text(encoding="utf-8")


def test_the_diff_json_holds_each_merger(examples: Path):
    import json

    result = run("diff", ".", "--cluster", "Nam Sông Hậu", "--format", "json")
    data = json.loads(result.output)
    assert data["comparisons"][0]["members"] == []
    assert data["comparisons"][1]["members"][0] == {
        "change": "merged",
        "old": "Bạc Liêu",
        "new": "Cà Mau",
        "since": "2025-07-01",
    }


def test_a_member_that_really_left_is_said_to_have_left(examples: Path):
    path = edited(
        examples / EXAMPLE_2026,
        examples / EXAMPLE_2026,
        "    year: 2026\n",
        "    year: 2026\n    members: [Cà Mau, Cần Thơ, Vĩnh Long]\n",
    )
    path = edited(path, path, "    chair: An Giang", "    chair: Cà Mau")
    path = edited(
        path,
        path,
        "    delegation: An Giang\n    roles: [chủ trì",
        "    delegation: Cà Mau\n    roles: [chủ trì",
    )
    path = edited(
        path,
        path,
        "  - role: Cụm trưởng\n    from: An Giang",
        "  - role: Cụm trưởng\n    from: Cà Mau",
    )
    result = run("diff", "nam-song-hau-2023.yaml", EXAMPLE_2026)
    assert result.exit_code == 1, result.output
    line = result.output.splitlines()[1]
    assert "Bạc Liêu nay thuộc tỉnh Cà Mau" in line
    assert "An Giang rời Cụm" in line and "Kiên Giang rời Cụm" in line
    assert line.endswith("Vĩnh Long vào Cụm")


def test_the_year_summary_follows_cà_mau_through_the_merger(examples: Path, tmp_path: Path):
    out = tmp_path / "out"
    result = run("export", ".", "-o", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.output
    summary = (out / "tong-hop-2026.md").read_text(encoding="utf-8")
    assert f"| Nam Sông Hậu | 2026 | Cà Mau, An Giang và Cần Thơ | {MERGED} |" in summary
    assert (
        "| Chỉ tiêu | 2022 | 2023 | 2026 |\n"
        "|---|---|---|---|\n"
        "| tăng trưởng kinh tế (tỉnh Bạc Liêu, nay thuộc tỉnh Cà Mau) | 9,6% |  |  |\n"
        "| tăng trưởng kinh tế (tỉnh Cà Mau, trước 01/7/2025) |  | 7,1% |  |\n"
        "| tăng trưởng kinh tế (tỉnh Cà Mau) |  |  | 8,2% |\n"
    ) in summary
    assert "rời Cụm" not in summary
    # the 2022 summary marks Bạc Liêu's figure as of a province that has merged since
    early = (out / "tong-hop-2022.md").read_text(encoding="utf-8")
    assert "tăng trưởng kinh tế (tỉnh Bạc Liêu, nay thuộc tỉnh Cà Mau) |" in early
    assert "Thành viên Cụm qua các năm" in text(out / "tong-hop-2026.docx")


def test_make_demo_renders_the_2026_example():
    demo = (ROOT / "Makefile").read_text(encoding="utf-8").split("\ndemo:")[1].split("\n\n")[0]
    assert "examples/nam-song-hau-2026.yaml" in demo
    header = (ROOT / "examples" / EXAMPLE_2026).read_text(encoding="utf-8")[:400]
    assert "MINH HỌA - KHÔNG PHẢI SỰ KIỆN THẬT" in header


def test_a_term_written_with_another_dash_is_only_cosmetic(examples: Path):
    # "nhiệm kỳ 2025-2030", "2025 - 2030" and "2025–2030" are one term of office
    old = edited(
        examples / EXAMPLE_2026,
        examples / "a.yaml",
        "      phối hợp chặt chẽ với Công đoàn",
        "      triển khai Nghị quyết Đại hội nhiệm kỳ 2025-2030; phối hợp chặt chẽ với Công đoàn",
    )
    new = edited(old, examples / "b.yaml", "nhiệm kỳ 2025-2030", "nhiệm kỳ 2025–2030")
    result = run("diff", old.name, new.name)
    assert "chỉ khác hình thức: triển khai Nghị quyết Đại hội nhiệm kỳ 2025" in result.output
    assert "  giữ nguyên 5, chỉ khác hình thức 1" in result.output.splitlines()


def test_a_delegation_that_is_no_province_is_kept_as_written(examples: Path, tmp_path: Path):
    path = edited(
        examples / EXAMPLE_2026,
        examples / "qk.yaml",
        "    delegation: Hội Nông dân Việt Nam",
        "    delegation: Quân khu 9",
    )
    result = run("render", path.name, "-o", str(tmp_path), "--only", "minutes")
    assert result.exit_code == 0, result.output
    minutes = text(tmp_path / "qk-bien-ban.docx")
    assert "- Đại biểu Quân khu 9: Ông Đinh Văn Lực" in minutes
    assert "tỉnh Quân khu" not in minutes


def test_a_merged_chair_gets_one_message_not_two(examples: Path):
    path = edited(
        examples / EXAMPLE_2026,
        examples / "chair.yaml",
        "    chair: An Giang",
        "    chair: Kiên Giang",
    )
    result = run("validate", path.name)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == (
        f"chair.yaml:{line_of(path, 'chair: Kiên Giang')}:5: meeting.cluster.chair: Kiên Giang "
        "được sáp nhập vào tỉnh An Giang từ 01/7/2025 (Nghị quyết 202/2025/QH15); hội nghị "
        "ngày 20/11/2026 hãy viết 'An Giang'."
    )
    assert "1 lỗi trong 1" in result.stderr


def test_a_non_member_of_a_mixed_cluster_is_named_with_its_noun(examples: Path):
    path = edited(
        examples / EXAMPLE_2026, examples / "vl.yaml", "    to: Cần Thơ\n", "    to: Vĩnh Long\n"
    )
    result = run("validate", path.name)
    assert result.exit_code == 1
    assert (
        "'Vĩnh Long' không có trong các tỉnh, thành phố của Cụm (Cà Mau, An Giang, Cần Thơ)."
    ) in result.stderr


def test_a_member_listed_twice_with_the_tone_moved_is_one_member_twice(examples: Path):
    path = edited(
        examples / EXAMPLE_2026,
        examples / "twice.yaml",
        "    year: 2026\n",
        "    year: 2026\n    members: [Cà Mau, An Giang, Cần Thơ, Khánh Hòa, Khánh Hoà]\n",
    )
    result = run("validate", path.name)
    assert result.exit_code == 1
    row = line_of(path, "Khánh Hoà]")
    column = path.read_text(encoding="utf-8").splitlines()[row - 1].index("Khánh Hoà]") + 1
    assert (
        f"twice.yaml:{row}:{column}: meeting.cluster.members, mục 5: "
        "Tỉnh 'Khánh Hoà' có hai lần trong các thành viên của Cụm"
    ) in result.stderr


def test_the_five_organisations_are_known_and_a_misspelt_one_is_warned(examples: Path):
    from giaoban import mttq

    # Hiến pháp, Điều 9 as amended in 2025 (Nghị quyết 203/2025/QH15), in its order
    assert [o.name for o in mttq.organisations()] == [
        "Công đoàn Việt Nam",
        "Hội Nông dân Việt Nam",
        "Đoàn Thanh niên Cộng sản Hồ Chí Minh",
        "Hội Liên hiệp Phụ nữ Việt Nam",
        "Hội Cựu chiến binh Việt Nam",
    ]
    assert mttq.organisation("Liên đoàn Lao động tỉnh Cà Mau").name == "Công đoàn Việt Nam"
    path = edited(
        examples / EXAMPLE_2026,
        examples / "hoi.yaml",
        "    organisation: Hội Liên hiệp Phụ nữ tỉnh An Giang",
        "    organisation: Hội Liên hiệp Phụ nư tỉnh An Giang",
    )
    result = run("validate", path.name)
    assert result.exit_code == 0, result.output
    assert result.stderr.splitlines() == [
        f"hoi.yaml:{line_of(path, 'Phụ nư')}:5: cảnh báo: attendees, mục 3, organisation: "
        "'Hội Liên hiệp Phụ nư tỉnh An Giang' gần giống 'Hội Liên hiệp Phụ nữ', một trong "
        "năm tổ chức chính trị - xã hội trực thuộc Mặt trận; hãy kiểm tra chính tả"
    ]


def test_a_merged_province_in_a_title_names_the_phrase_to_replace(examples: Path):
    """s4-trial F84: the fix names what to replace ("'tỉnh Bạc Liêu' → 'tỉnh Cà Mau'"),
    and the slip it invited, "tỉnh Thành phố Hồ Chí Minh", is refused."""
    path = edited(
        examples / EXAMPLE_2026,
        examples / "tt.yaml",
        "titles: [Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau]",
        "titles: [Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bạc Liêu]",
    )
    result = run("validate", path.name)
    assert result.exit_code == 1
    assert (
        "attendees, mục 4, titles, mục 1: Bạc Liêu được sáp nhập vào tỉnh Cà Mau từ 01/7/2025 "
        "(Nghị quyết 202/2025/QH15); hội nghị ngày 20/11/2026 hãy viết 'tỉnh Cà Mau' thay cho "
        "'tỉnh Bạc Liêu'." in result.output
    )
    for written in ("tỉnh Thành phố Cần Thơ", "thành phố Tỉnh Cà Mau", "tỉnh tỉnh Cà Mau"):
        edited(
            examples / EXAMPLE_2026,
            path,
            "titles: [Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau]",
            f"titles: [Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam {written}]",
        )
        result = run("validate", path.name)
        assert result.exit_code == 1, written
        line = line_of(path, written)
        assert f"tt.yaml:{line}:" in result.output
        assert f"'{written}' ghi cấp hành chính hai lần" in result.output
    assert "hãy viết 'thành phố Cần Thơ'" not in result.output  # the last one: Cà Mau
    assert "hãy viết 'tỉnh Cà Mau'" in result.output


def test_one_delegation_written_two_ways_is_one_attendance_line(examples: Path, tmp_path):
    """s4-trial F85: "TP.HCM" and "Hồ Chí Minh" (and "Khánh Hoà"/"Khánh Hòa") are one
    delegation: one line, each title shortened alike."""
    path = edited(
        examples / EXAMPLE_2026,
        examples / "hai-cach.yaml",
        "    titles: [Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau]\n"
        "    delegation: Cà Mau\n",
        "    titles: [Chủ tịch Ủy ban MTTQ Việt Nam TP.HCM]\n    delegation: TP.HCM\n",
    )
    path = edited(
        path,
        path,
        "    titles: [Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh An Giang]\n"
        "    delegation: An Giang\n",
        "    titles: [Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh]\n"
        "    delegation: Hồ Chí Minh\n",
    )
    # the members write the city in full, as the trial's Đông Nam Bộ record did
    edited(
        path,
        path,
        "    year: 2026\n    chair",
        "    members: [Cà Mau, An Giang, Cần Thơ, Thành phố Hồ Chí Minh]\n"
        "    year: 2026\n    chair",
    )
    result = run("render", path.name, "--only", "minutes", "-o", str(tmp_path))
    assert result.exit_code == 0, result.output
    minutes = text(tmp_path / "hai-cach-bien-ban.docx")
    assert minutes.count("Đại biểu Thành phố Hồ Chí Minh") == 1, minutes
    line = next(line for line in minutes.splitlines() if "Đại biểu Thành phố Hồ Chí Minh" in line)
    # a city never written bare keeps its name in each title ("… Việt Nam Thành phố." was cut)
    assert "Chủ tịch Ủy ban MTTQ Việt Nam TP.HCM" in line  # as written
    assert "Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh" in line


def test_a_title_ending_with_the_province_spelt_otherwise_is_shortened_alike():
    """s4-trial F85 (r3): "tỉnh Khánh Hoà" in the group "Đại biểu tỉnh Khánh Hòa"."""
    from giaoban.record.model import Attendee
    from giaoban.render.sentences import person

    one = Attendee(
        id="a",
        name="Trần Văn B",
        honorific="Ông",
        titles=["Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Khánh Hoà"],
        delegation="Khánh Hòa",
    )
    assert person(one, province="Khánh Hòa") == "Ông Trần Văn B, Chủ tịch Ủy ban MTTQ Việt Nam tỉnh"


def test_a_province_merged_away_in_the_letterhead_or_nơi_nhận_is_an_error(examples: Path):
    """giaoban.yaml outlives the years: "TỈNH BẠC LIÊU" in its letterhead and a province
    merged away in Nơi nhận reached the minutes of 2026 unchecked (s4-trial F96)."""
    defaults = examples / "giaoban.yaml"
    issuer = "    issuer: BAN THƯỜNG TRỰC\n"
    edited(
        defaults, defaults, issuer, "    parent: [ỦY BAN MTTQ VIỆT NAM, TỈNH BẠC LIÊU]\n" + issuer
    )
    record = examples / EXAMPLE_2026
    edited(record, record, "  recipients:\n",
           "  recipients:\n    - Ủy ban MTTQ Việt Nam tỉnh Kiên Giang\n")  # fmt: skip
    result = run("validate", EXAMPLE_2026)
    assert result.exit_code == 1
    parent = line_of(defaults, "TỈNH BẠC LIÊU")
    assert f"giaoban.yaml:{parent}:" in result.stderr
    assert (
        "minutes.letterhead.parent, mục 2: Bạc Liêu được sáp nhập vào tỉnh Cà Mau" in result.stderr
    )
    recipient = line_of(record, "tỉnh Kiên Giang")
    assert f"{EXAMPLE_2026}:{recipient}:" in result.stderr
    assert "minutes.recipients, mục 1: Kiên Giang được sáp nhập vào tỉnh An Giang" in result.stderr
