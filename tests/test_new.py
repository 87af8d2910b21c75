"""giaoban new: a record to fill in, valid as written."""

from __future__ import annotations

import re

import pytest

from giaoban import vietnamese as vn
from giaoban.record import load_record
from tests.conftest import EXAMPLE_2022, ROOT, edited, line_of, run


def test_new_from_defaults_is_valid_and_names_the_cluster(examples):
    result = run("new", "moi.yaml", "--date", "2024-12-12")
    assert result.exit_code == 0, result.stderr
    record = load_record(examples / "moi.yaml").record
    assert record.meeting.title == "Hội nghị giao ban Cụm thi đua Nam Sông Hậu"
    assert record.meeting.date.isoformat() == "2024-12-12"
    assert run("validate", "moi.yaml").exit_code == 0


def test_new_from_last_year_makes_the_handover_target_the_chair_and_host(examples):
    result = run("new", "2023.yaml", "--from", EXAMPLE_2022)
    assert result.exit_code == 0, result.stderr
    record = load_record(examples / "2023.yaml").record
    cluster = record.meeting.cluster
    assert cluster.year == 2023
    assert cluster.chair == "Cà Mau"
    assert cluster.members[:2] == ["Bạc Liêu", "Cà Mau"]
    assert record.meeting.place.province == "Cà Mau"
    assert record.meeting.host == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau"]
    assert record.meeting.date.isoformat() == "2023-12-15"
    text = (examples / "2023.yaml").read_text(encoding="utf-8")
    assert "khac-phuc-kho-khan" in text  # last year's directive ids, offered for 'continues'


def test_new_never_overwrites_without_force(examples):
    before = (examples / EXAMPLE_2022).read_bytes()
    result = run("new", EXAMPLE_2022)
    assert result.exit_code == 2
    assert "đã có; dùng --force" in result.stderr
    assert (examples / EXAMPLE_2022).read_bytes() == before
    assert run("new", EXAMPLE_2022, "--force").exit_code == 0
    assert (examples / EXAMPLE_2022).read_bytes() != before


def test_new_from_a_broken_record_says_where(examples):
    (examples / "bad.yaml").write_text("meeting: [\n", encoding="utf-8")
    result = run("new", "x.yaml", "--from", "bad.yaml")
    assert result.exit_code == 1
    assert "bad.yaml:2:1:" in result.stderr
    assert not (examples / "x.yaml").exists()


EXAMPLE_2023 = "nam-song-hau-2023.yaml"


def test_new_from_a_record_in_another_folder_writes_its_defaults_beside(examples, tmp_path):
    # the secretary starts next year's record in a new folder, from this year's
    elsewhere = tmp_path / "nam-2024"
    elsewhere.mkdir()
    target = elsewhere / "hoi-nghi.yaml"
    result = run("new", str(target), "--from", EXAMPLE_2023)
    assert result.exit_code == 0, result.stderr
    defaults = elsewhere / "giaoban.yaml"
    assert result.stderr.splitlines() == [
        f"đã ghi {defaults}",
        f"đã ghi {target}",
        f"giaoban.yaml không áp dụng ở thư mục mới, nên các mục chung của nó được chép vào "
        f"{defaults}: meeting.organiser, minutes.letterhead, "
        "minutes.chair_label, minutes.date_line, minutes.recipients, minutes.archive, "
        "minutes.presiding, "
        "press.agency, press.part_of_day, press.lead_year",
        f"{target}: meeting.date đặt tạm là 14/12/2024 (cùng ngày với hội nghị trước, năm sau); "
        "hãy sửa thành ngày họp thật, hoặc cho ngày ngay: --date NGÀY",
    ]
    loaded = load_record(target)
    assert loaded.defaults == [defaults]
    record = loaded.record
    assert record.minutes.recipients == [
        "Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam (b/c)",
        "Ủy ban MTTQ Việt Nam các tỉnh trong Cụm",
    ]
    assert record.meeting.organiser == "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    assert record.press.agency == "TTXVN"
    assert record.minutes.letterhead.issuer == "BAN THƯỜNG TRỰC"
    # the documents say what the old folder's documents said
    out = tmp_path / "out"
    assert run("render", str(target), "-o", str(out), "--format", "md").exit_code == 0
    from tests.docx_text import text

    minutes = text(out / "hoi-nghi-bien-ban.docx")
    assert "- Ban Thường trực Ủy ban Trung ương MTTQ Việt Nam (b/c);" in minutes
    lead = (out / "hoi-nghi-tin-bai.md").read_text(encoding="utf-8").splitlines()[2]
    assert lead.startswith("**(TTXVN) Ngày 14/12, tại")
    assert "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam tổ chức Hội nghị" in lead


def test_new_from_another_folder_keeps_the_folders_own_defaults(examples, tmp_path):
    elsewhere = tmp_path / "nam-2024"
    elsewhere.mkdir()
    own = "press:\n  agency: Báo Cà Mau\n"
    (elsewhere / "giaoban.yaml").write_text(own, encoding="utf-8")
    target = elsewhere / "hoi-nghi.yaml"
    result = run("new", str(target), "--from", EXAMPLE_2023)
    assert result.exit_code == 0, result.stderr
    assert (elsewhere / "giaoban.yaml").read_text(encoding="utf-8") == own  # never changed
    assert f"được chép vào {target}: meeting.organiser," in result.stderr
    assert "press.agency" not in result.stderr
    record = load_record(target).record
    assert record.press.agency == "Báo Cà Mau"
    assert record.meeting.organiser == "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    assert len(record.minutes.recipients) == 2


def test_new_from_the_same_folder_carries_nothing(examples):
    result = run("new", "2024.yaml", "--from", EXAMPLE_2023)
    assert result.exit_code == 0, result.stderr
    assert result.stderr.splitlines()[0] == "đã ghi 2024.yaml"
    assert "giaoban.yaml" not in result.stderr
    written = (examples / "2024.yaml").read_text(encoding="utf-8")
    assert "recipients" not in written and "agency" not in written  # giaoban.yaml's apply
    assert "date_line: true" in written  # what the 2023 record wrote itself (F124)


def test_show_and_validate_verbose_list_the_defaults_files(examples, tmp_path):
    shown = run("show", EXAMPLE_2022)
    assert shown.output.splitlines()[-1] == "  Tệp mặc định:       giaoban.yaml"
    alone = tmp_path / "mot-minh.yaml"
    alone.write_text(
        "meeting:\n  title: Hội nghị\n  date: 2024-12-12\n"
        "  host: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau\n",
        encoding="utf-8",
    )
    assert run("show", str(alone)).output.splitlines()[-1] == "  Tệp mặc định: không có"
    verbose = run("validate", "-v", ".", str(alone))
    assert verbose.exit_code == 0
    assert verbose.output.splitlines() == [
        "giaoban.yaml: hợp lệ",
        "nam-song-hau-2022.yaml: hợp lệ; tệp mặc định: giaoban.yaml",
        "nam-song-hau-2023.yaml: hợp lệ; tệp mặc định: giaoban.yaml",
        "nam-song-hau-2026.yaml: hợp lệ; tệp mặc định: giaoban.yaml",
        f"{alone}: hợp lệ; tệp mặc định: không có",
        "4 hồ sơ và 1 tệp thiết lập chung (giaoban.yaml) hợp lệ.",
    ]


def test_show_puts_every_value_in_one_column(examples):
    # "Đại biểu: 6" stood apart from the other rows
    lines = run("show", EXAMPLE_2022).output.splitlines()[1:]
    starts = {
        len(line) - len(line[2:].split(":", 1)[1].lstrip())
        for line in lines
        if ":" in line[:22] and not line.strip().startswith("-")
    }
    items = {len(line) - len(line.lstrip()) for line in lines if line.strip().startswith("- ")}
    assert len(starts) == 1 and items == starts, lines
    assert "  Đại biểu:           2" in lines


def test_new_blank_suggests_a_place_of_the_map_of_its_date(tmp_path, monkeypatch):
    """After 1/7/2025 there is no district level: no "thành phố ..." hint (s2-trial F36)."""
    monkeypatch.chdir(tmp_path)
    assert run("new", "sau.yaml", "--date", "2026-11-30").exit_code == 0
    assert run("new", "truoc.yaml", "--date", "2024-12-12").exit_code == 0
    after = (tmp_path / "sau.yaml").read_text(encoding="utf-8")
    before = (tmp_path / "truoc.yaml").read_text(encoding="utf-8")
    assert "# locality: phường" in after and "thành phố" not in after
    assert "# locality: thành phố" in before


def test_new_without_from_says_its_date_is_today_not_last_years(tmp_path, monkeypatch):
    """s4-trial F78: `giaoban new a.yaml` (no --from) wrote "ngày đặt tạm (cùng ngày năm
    trước)" beside today's date: there is no earlier record."""
    import datetime as dt

    monkeypatch.chdir(tmp_path)
    assert run("new", "a.yaml").exit_code == 0
    line = next(x for x in (tmp_path / "a.yaml").read_text("utf-8").splitlines() if "date:" in x)
    assert line.startswith(f"  date: {dt.date.today().isoformat()}  # ngày đặt tạm (hôm nay)")
    assert "năm trước" not in line


def test_a_name_without_yaml_gets_it_so_that_the_folder_commands_see_the_record(tmp_path):
    """`giaoban new "hội nghị 2026"` wrote a file no `validate DIR`/`export DIR` found
    (s3-trial F37): the record is named hội nghị 2026.yaml, and said so."""
    result = run("new", str(tmp_path / "hội nghị 2026"))
    assert result.exit_code == 0, result.output
    assert (tmp_path / "hội nghị 2026.yaml").is_file()
    assert not (tmp_path / "hội nghị 2026").exists()
    assert "hội nghị 2026.yaml" in result.stderr
    found = run("validate", str(tmp_path))
    assert "hội nghị 2026.yaml" in found.output + found.stderr


def test_new_from_a_commune_cluster_keeps_its_kind_and_period(tmp_path):
    """A cluster of communes and wards lost `member_kind` (its members then read as
    provinces: 10 errors in the new record) and a sơ kết 6 tháng its period (s4-trial F76).
    The record is shaped on Thanh Hóa's cụm thi đua số 1 after 1/7/2025, hosted by phường
    Hạc Thành (its 2025 review: baothanhhoa.vn, found by s4-trial); the three members are
    for illustration, not that cluster's list."""
    last = tmp_path / "cum-1-2025.yaml"
    last.write_text(
        "meeting:\n"
        "  title: Hội nghị sơ kết hoạt động cụm thi đua số 1\n"
        "  kind: sơ kết\n"
        "  period: 6 tháng đầu năm\n"
        "  date: 2025-07-20\n"
        "  host: Ủy ban Mặt trận Tổ quốc Việt Nam phường Hạc Thành\n"
        "  cluster:\n"
        "    name: số 1\n"
        "    member_kind: xã, phường\n"
        "    members: [phường Hạc Thành, phường Quảng Phú, xã Đông Tiến]\n"
        "    year: 2025\n",
        encoding="utf-8",
    )
    assert run("validate", str(last)).exit_code == 0
    target = tmp_path / "cum-1-2026.yaml"
    assert run("new", str(target), "--from", str(last), "--date", "2026-07-21").exit_code == 0
    record = load_record(target).record
    assert record.meeting.cluster.member_kind == "xã, phường"
    assert record.meeting.period == "6 tháng đầu năm"
    assert run("validate", str(target)).exit_code == 0


def _mid_year_review(folder):
    """The Đông Nam Bộ cluster's sơ kết 6 tháng đầu năm 2025, before the reorganisation:
    its members and chair as in the cluster's 2024 review (ubmttqvn.binhthuan.dcs.vn
    /Trang-chu/post/261009/, found by s4-trial); the June date is for illustration."""
    last = folder / "dnb-2025-6t.yaml"
    last.write_text(
        "meeting:\n"
        "  title: Hội nghị sơ kết 6 tháng đầu năm Cụm thi đua các tỉnh miền Đông Nam Bộ\n"
        "  kind: sơ kết\n"
        "  period: 6 tháng đầu năm\n"
        "  date: 2025-06-20\n"
        "  place: {province: Bình Thuận}\n"
        "  host: Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bình Thuận\n"
        "  cluster:\n"
        "    name: miền Đông Nam Bộ\n"
        "    members: [Bình Phước, Bình Dương, Bình Thuận, Ninh Thuận, Tây Ninh, Đồng Nai,"
        " Bà Rịa - Vũng Tàu]\n"
        "    year: 2025\n"
        "    chair: Bình Thuận\n"
        "    vice_chair: Bình Phước\n",
        encoding="utf-8",
    )
    assert run("validate", str(last)).exit_code == 0
    return last


def test_new_after_a_mid_year_review_is_the_same_years_review(tmp_path):
    """`new --from` a sơ kết 6 tháng đầu năm for its December meeting wrote next year's
    record ("year: 2026", kind sơ kết), invalid as written (s4-trial F97)."""
    last = _mid_year_review(tmp_path)
    target = tmp_path / "dnb-2025.yaml"
    result = run("new", str(target), "--from", str(last), "--date", "2025-12-12")
    assert result.exit_code == 0, result.stderr
    meeting = load_record(target).record.meeting
    assert (meeting.cluster.year, meeting.kind, meeting.period) == (2025, "tổng kết", "năm")
    assert meeting.title == "Hội nghị tổng kết năm Cụm thi đua các tỉnh miền Đông Nam Bộ"
    # no handover at a sơ kết: the year's chair stays, on the map of December 2025
    assert (meeting.cluster.chair, meeting.cluster.vice_chair) == ("Lâm Đồng", "Đồng Nai")
    assert meeting.place.province == "Lâm Đồng"
    assert run("validate", str(target)).exit_code == 0
    # without --date: December of the same work year, said as a placeholder
    guessed = tmp_path / "dnb-2025-b.yaml"
    result = run("new", str(guessed), "--from", str(last))
    assert "hội nghị tổng kết năm 2025" in result.stderr
    meeting = load_record(guessed).record.meeting
    assert (meeting.date.isoformat(), meeting.cluster.year) == ("2025-12-20", 2025)
    assert run("validate", str(guessed)).exit_code == 0
    # the year's review held in January: still the work year 2025
    january = tmp_path / "dnb-2025-c.yaml"
    assert run("new", str(january), "--from", str(last), "--date", "2026-01-10").exit_code == 0
    assert load_record(january).record.meeting.cluster.year == 2025
    assert run("validate", str(january)).exit_code == 0


def test_the_years_review_after_a_mid_year_review_is_valid_with_its_directives(examples):
    """The December tổng kết made from June's sơ kết got a follow-up of June's directives
    with `year: 2024`, its own work year, which validate refuses ("không phải năm của một
    hội nghị trước"): the record new had just written was invalid (s5-trial F103). Then
    June's directives were only comments, followed up nowhere. Now each of June's
    directives is an item naming June's meeting by its date (`meeting: 2024-06-20`),
    which validates; the follow-ups June left open, of 2023's directives, stay to fill
    in; June's ids are offered for `continues` (s5-check G2)."""
    made = run("new", "6t.yaml", "--from", "nam-song-hau-2023.yaml", "--date", "2024-06-20")
    assert made.exit_code == 0, made.output
    june = examples / "6t.yaml"
    text = june.read_text(encoding="utf-8")
    text = text.replace('  kind: "giao ban"', '  kind: "sơ kết"\n  period: "6 tháng đầu năm"', 1)
    text = text.replace(
        "directives: []",
        "directives:\n  - id: dai-hoi\n    text: chuẩn bị chu đáo Đại hội Mặt trận các cấp"
        "\n    deadline: quý III/2024",
        1,
    )
    text = text.replace("    status:\n    result:", "    status: đang thực hiện\n    result: x", 1)
    text = text.replace("    status:\n    result:", "    status: đã hoàn thành\n    result: y")
    june.write_text(text, encoding="utf-8")
    assert run("validate", "6t.yaml").exit_code == 0
    made = run("new", "tk.yaml", "--from", "6t.yaml", "--date", "2024-12-12")
    assert made.exit_code == 0, made.output
    checked = run("validate", "tk.yaml")
    assert checked.exit_code == 0, checked.output
    written = (examples / "tk.yaml").read_text(encoding="utf-8")
    assert "# Mã chỉ đạo của hội nghị trước, dùng cho 'continues': dai-hoi\n" in written
    assert "# Kết quả thực hiện các chỉ đạo của hội nghị ngày 20/6/2024" in written
    assert (
        '  - directive: "dai-hoi"\n    meeting: 2024-06-20\n    # deadline: quý III/2024\n'
        '    text: "chuẩn bị chu đáo Đại hội Mặt trận các cấp"\n    status:\n'
    ) in written
    record = load_record(examples / "tk.yaml").record
    assert [(f.directive, f.year, str(f.meeting)) for f in record.followup] == [
        ("dai-hoi", 2024, "2024-06-20"),
        ("tranh-thu-lanh-dao", 2023, "None"),
    ]
    # and the tổng kết's own follow-up, reported, carried into next year's sơ kết by date
    tk = examples / "tk.yaml"
    tk.write_text(written.replace("    status:\n", "    status: đang thực hiện\n", 1), "utf-8")
    made = run("new", "6t-2025.yaml", "--from", "tk.yaml", "--date", "2025-06-18")
    assert made.exit_code == 0, made.output
    assert '  - directive: "dai-hoi"\n    meeting: 2024-06-20\n' in (
        examples / "6t-2025.yaml"
    ).read_text(encoding="utf-8")
    assert run("validate", "6t-2025.yaml").exit_code == 0


def test_a_december_follow_up_of_junes_directive_is_checked_against_june(examples):
    """`year: 2024` in the record of 12/12/2024 is the year's earlier meeting (June's
    sơ kết) when its record is there; a June id followed up without a year (taken as
    2023's) is named with the fix; an unknown date lists the meetings there are; a date
    not before the record's own is refused (s5-trial F103)."""
    from tests.conftest import line_of

    made = run("new", "6t.yaml", "--from", "nam-song-hau-2023.yaml", "--date", "2024-06-20")
    assert made.exit_code == 0, made.output
    june = examples / "6t.yaml"
    june.write_text(
        june.read_text(encoding="utf-8").replace(
            "directives: []", "directives:\n  - id: dai-hoi\n    text: chuẩn bị Đại hội", 1
        ),
        encoding="utf-8",
    )
    made = run("new", "tk.yaml", "--from", "6t.yaml", "--date", "2024-12-12")
    assert made.exit_code == 0, made.output
    tk = examples / "tk.yaml"
    written = tk.read_text(encoding="utf-8")
    june_item = '  - directive: "dai-hoi"\n    meeting: 2024-06-20\n'
    assert june_item in written  # the item new writes; each case below replaces it
    written = re.sub(r'  - directive: "dai-hoi"\n(    .*\n)*', "", written)

    def validate(item: str) -> tuple[int, str, int]:
        tk.write_text(written.replace("followup:\n", f"followup:\n{item}", 1), "utf-8")
        result = run("validate", "tk.yaml")
        return result.exit_code, result.output, line_of(tk, item.splitlines()[0]) + 1

    code, output, _ = validate("  - directive: dai-hoi\n    year: 2024\n    status: x\n")
    assert code == 1 and "1 lỗi" in output  # the year is June's: only the status is wrong
    assert "followup, mục 1, status: " in output
    code, output, line = validate("  - directive: dai-hoi\n    status: đã hoàn thành\n")
    assert code == 1
    assert f"tk.yaml:{line - 1}:5: followup, mục 1, directive: chỉ đạo 'dai-hoi' không có" in (
        output
    )
    assert (
        "Chỉ đạo 'dai-hoi' là của hội nghị ngày 20/6/2024 (6t.yaml): hãy ghi "
        "meeting: 2024-06-20 ở mục này." in output
    )
    code, output, line = validate("  - directive: dai-hoi\n    meeting: 2024-06-21\n")
    assert code == 1
    assert f"tk.yaml:{line}:5: followup, mục 1, meeting: không có hồ sơ hội nghị ngày " in output
    assert "2024-06-20 (6t.yaml)" in output
    code, output, line = validate("  - directive: dai-hoi\n    meeting: 2024-12-12\n")
    assert code == 1 and f"tk.yaml:{line}:5: " in output and "không họp trước" in output
    code, output, _ = validate("  - directive: dai-hoi\n    meeting: 20/6/2024\n")
    assert code == 0, output
    # a December record alone, with nothing of 2024 beside it: the fix is said
    june.unlink()
    code, output, line = validate("  - directive: dai-hoi\n    year: 2024\n")
    assert code == 1 and f"tk.yaml:{line}:5: " in output
    assert "meeting: NĂM-THÁNG-NGÀY" in output


def test_an_unknown_continues_is_warned_against_the_previous_meeting(examples):
    """`continues: ho-tro-lu` (no such id in the meeting before) was accepted silently,
    and diff/followup then showed the directive as new with no link (s5-check G2)."""
    from tests.conftest import line_of

    made = run("new", "6t.yaml", "--from", "nam-song-hau-2023.yaml", "--date", "2024-06-20")
    assert made.exit_code == 0, made.output
    june = examples / "6t.yaml"
    june.write_text(
        june.read_text(encoding="utf-8").replace(
            "directives: []",
            "directives:\n  - id: dai-hoi\n    continues: dai-hoi-mat-tran\n"
            "    text: chuẩn bị Đại hội\n  - text: x\n    continues: dai-hoi-mat-tan",
            1,
        ),
        encoding="utf-8",
    )
    result = run("validate", "6t.yaml")
    assert result.exit_code == 0, result.output
    line = line_of(june, "    continues: dai-hoi-mat-tan")
    (warned,) = [w for w in result.stderr.splitlines() if "continues" in w]
    assert warned.startswith(f"6t.yaml:{line}:5: cảnh báo: directives, mục 2, continues: ")
    assert "nam-song-hau-2023.yaml, ngày 14/12/2023" in warned
    assert warned.endswith(": dai-hoi-mat-tran")


def test_a_second_giao_ban_later_in_the_same_year_is_of_that_year(examples):
    """A June giao ban (not marked sơ kết) and a December meeting: `new --from` with the
    December date wrote next year's work year, and the record was invalid ("12/12/2024
    không thuộc năm thi đua 2025"); the date says it is the same work year (s4-trial F97,
    "in any case the work year from --date")."""
    made = run("new", "6.yaml", "--from", "nam-song-hau-2023.yaml", "--date", "2024-06-20")
    assert made.exit_code == 0, made.output
    made = run("new", "12.yaml", "--from", "6.yaml", "--date", "2024-12-12")
    assert made.exit_code == 0, made.output
    assert run("validate", "12.yaml").exit_code == 0
    meeting = load_record(examples / "12.yaml").record.meeting
    june = load_record(examples / "6.yaml").record.meeting
    assert (meeting.cluster.year, meeting.kind) == (2024, "giao ban")
    assert meeting.cluster.chair == june.cluster.chair  # no handover within the year
    # the next year's meeting is still the next year's
    made = run("new", "2025.yaml", "--from", "12.yaml", "--date", "2025-12-10")
    assert made.exit_code == 0, made.output
    assert load_record(examples / "2025.yaml").record.meeting.cluster.year == 2025


def test_last_years_title_is_made_this_years_and_another_year_is_warned(examples):
    """`new --from` copied "Hội nghị tổng kết công tác năm 2023" into the record of the
    meeting of 12/12/2024, printed in the headline, lead and biên bản, and validate said
    nothing (s5-trial F108). The years the title names move with the work year (a term's
    "2024-2029" does not); a title naming another year is warned at its line."""
    title = "Hội nghị tổng kết công tác năm 2023, triển khai nhiệm vụ năm 2024 (nhiệm kỳ 2024-2029)"
    source = examples / "nam-song-hau-2023.yaml"
    text = source.read_text(encoding="utf-8")
    text = re.sub(r"(?m)^  title: .*$", f"  title: {title}", text, count=1)
    source.write_text(text, encoding="utf-8")
    made = run("new", "moi.yaml", "--from", source.name, "--date", "2024-12-12")
    assert made.exit_code == 0, made.output
    assert load_record(examples / "moi.yaml").record.meeting.title == (
        "Hội nghị tổng kết công tác năm 2024, triển khai nhiệm vụ năm 2025 (nhiệm kỳ 2024-2029)"
    )
    edited(
        examples / "moi.yaml", examples / "cu.yaml", "năm 2024, triển khai", "năm 2023, triển khai"
    )
    checked = run("validate", "cu.yaml")
    assert checked.exit_code == 0, checked.output
    assert (
        f"cu.yaml:{line_of(examples / 'cu.yaml', '  title:')}:3: cảnh báo: meeting.title: tên hội "
        "nghị nêu năm 2023, mà hồ sơ là của năm thi đua 2024 (meeting.cluster.year)"
    ) in checked.stderr
    assert "tên hội nghị nêu năm" not in run("validate", "moi.yaml").stderr


@pytest.mark.parametrize(
    ("title", "moved"),
    [
        ("Hội nghị tổng kết các năm 2025, 2026", "Hội nghị tổng kết các năm 2026, 2027"),
        ("Hội nghị tổng kết năm 2025 và 2026", "Hội nghị tổng kết năm 2026 và 2027"),
        (
            "Hội nghị tổng kết năm 2026, phương hướng, nhiệm vụ 2027",
            "Hội nghị tổng kết năm 2027, phương hướng, nhiệm vụ 2028",
        ),
        ("Hội nghị tổng kết NĂM 2026", "Hội nghị tổng kết NĂM 2027"),
        ("Hội nghị tổng kết năm  2026", "Hội nghị tổng kết năm  2027"),
    ],
)
def test_every_year_of_last_years_title_moves(examples, title, moved):
    """s5-check G1: only a year right after "năm" moved, so "các năm 2025, 2026" became
    "các năm 2026, 2026" and "… nhiệm vụ 2027" stayed beside a moved "năm 2027"."""
    source = examples / "nam-song-hau-2026.yaml"
    text = re.sub(r"(?m)^  title: .*$", f"  title: {title}", source.read_text("utf-8"), count=1)
    source.write_text(text, encoding="utf-8")
    made = run("new", "moi.yaml", "--from", source.name, "--date", "2027-11-20")
    assert made.exit_code == 0, made.output
    assert load_record(examples / "moi.yaml").record.meeting.title == moved
    # validate names a year that is neither the work year nor the next ("các năm 2026, 2027")
    other = any(year not in (2027, 2028) for year in vn.years_named(moved))
    assert ("tên hội nghị nêu năm 2026" in run("validate", "moi.yaml").stderr) == other


def test_a_date_in_last_years_title_is_told_not_moved(examples):
    source = examples / "nam-song-hau-2026.yaml"
    title = "Hội nghị tổng kết năm 2026 ngày 20/11/2026"
    text = re.sub(r"(?m)^  title: .*$", f"  title: {title}", source.read_text("utf-8"), count=1)
    source.write_text(text, encoding="utf-8")
    made = run("new", "moi.yaml", "--from", source.name, "--date", "2027-11-20")
    assert made.exit_code == 0, made.output
    assert load_record(examples / "moi.yaml").record.meeting.title == (
        "Hội nghị tổng kết năm 2027 ngày 20/11/2026"
    )
    assert "ngày 20/11/2026 thì giữ nguyên: hãy sửa meeting.title" in made.output


def test_next_years_record_keeps_the_settings_this_years_record_wrote(examples, tmp_path):
    """`new --from` the 2026 example dropped its own minutes and press settings: the 2027
    minutes lost their date line and took giaoban.yaml's pre-merger Nơi nhận, the tin bài
    its lead style; a commune cluster's record lost its organiser (s5-trial F124).
    Carried, except what belongs to one meeting or follows the host (letterhead, agency)."""
    made = run("new", "2027.yaml", "--from", "nam-song-hau-2026.yaml", "--date", "2027-11-20")
    assert made.exit_code == 0, made.output
    assert run("validate", "2027.yaml").exit_code == 0
    last = load_record(examples / "nam-song-hau-2026.yaml").record
    record = load_record(examples / "2027.yaml").record
    assert record.minutes.date_line is True
    assert record.minutes.recipients == last.minutes.recipients
    assert "các tỉnh, thành phố trong Cụm" in record.minutes.recipients[-1]
    assert record.press.agency == "TTXVN"  # the host's newspaper, not the 2026 host's
    assert record.minutes.number is None and not record.press.keywords
    cum_8 = tmp_path / "cum-8.yaml"
    cum_8.write_bytes(
        (ROOT / "tests" / "data" / "corpus" / "thanh-hoa-cum-8-2025-tong-ket.yaml").read_bytes()
    )
    made = run("new", str(tmp_path / "2026.yaml"), "--from", str(cum_8), "--date", "2026-12-12")
    assert made.exit_code == 0, made.output
    organiser = load_record(tmp_path / "2026.yaml").record.meeting.organiser
    assert organiser == load_record(cum_8).record.meeting.organiser
    assert organiser and "Cụm thi đua số 8" in str(organiser)
