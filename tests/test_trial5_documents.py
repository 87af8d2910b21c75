"""The "wrong document" findings of the fifth new-user trial (/work/notes/s5-trial.md,
F-numbers; s5-check.md, G-numbers): what the documents say must be what the record says.
Each case failed before its fix.

Records: the bundled examples edited the way the tester's record differed.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run
from tests.test_trial3_documents import core_properties, rendered
from tests.test_trial3_wording import example, validated

# --- F114: a figure quoted in a text keeps its province ------------------------------------

GROWTH = (
    "figures:\n",
    "figures:\n"
    "  - {id: tt-bl, label: tăng trưởng kinh tế, value: 6.8, unit: '%', province: Bạc Liêu}\n"
    "  - {id: tt-cm, label: tăng trưởng kinh tế, value: 7.5, unit: '%', province: Cà Mau}\n"
    "  - {id: quy-cm, label: Quỹ Vì người nghèo, value: 12, unit: tỷ đồng, province: Cà Mau}\n",
)


def test_a_quoted_figure_of_a_province_says_which_province(examples: Path):
    """F114: "tăng trưởng kinh tế đạt 6,8% và 7,5%": which province grew 6,8% is in the
    record and was in neither document (an unquoted figure reads "(tỉnh Cà Mau)")."""
    text = example(
        examples,
        "nam-song-hau-2023",
        GROWTH,
        (
            "    - vận động xây dựng",
            "    - tăng trưởng kinh tế đạt {tt-bl} và {tt-cm}\n"
            "    - vận động Quỹ Vì người nghèo {quy-cm} tỷ đồng\n    - vận động xây dựng",
        ),
    )
    minutes, press = rendered(examples, text)
    said = "tăng trưởng kinh tế đạt 6,8% (tỉnh Bạc Liêu) và 7,5% (tỉnh Cà Mau)"
    assert said in minutes, minutes
    assert said in press, press
    # the unit the text writes stays with the value, the province after both
    assert "vận động Quỹ Vì người nghèo 12 tỷ đồng (tỉnh Cà Mau)" in press


def test_a_quoted_figure_is_not_given_a_province_the_text_names(examples: Path):
    """A text that names the province already, or a speech of that province's delegate
    about his own province (the 2022 example's "đạt 9,6%", said by Bạc Liêu's Bí thư),
    gets no bracket: the article's sentence stays as the article wrote it."""
    text = example(
        examples,
        "nam-song-hau-2023",
        GROWTH,
        (
            "    - vận động xây dựng",
            "    - tỉnh Bạc Liêu tăng trưởng đạt {tt-bl}, Cà Mau đạt {tt-cm}\n"
            "    - vận động xây dựng",
        ),
    )
    minutes, press = rendered(examples, text)
    assert "tỉnh Bạc Liêu tăng trưởng đạt 6,8%, Cà Mau đạt 7,5%" in press, press
    assert "(tỉnh" not in minutes.split("Kết quả")[1].split("\n")[0]
    minutes, press = rendered(examples, example(examples, "nam-song-hau-2022"), "vi-du")
    assert "tăng trưởng, đạt 9,6%; đời sống" in press
    assert "9,6% (tỉnh Bạc Liêu)" not in minutes + press
    assert run("validate", "case.yaml").exit_code == 0


# --- F118: a title or a name typed in capitals, in lower case or with its full stop --------

TITLE_2022 = "  title: Hội nghị giao ban Cụm thi đua Nam Sông Hậu\n"


def test_a_title_copied_with_its_full_stop_loses_it(examples: Path):
    """F118: "Hội nghị tổng kết hoạt động của cụm. năm 2025" in the headline, the lead,
    the biên bản and the file's title: the title is cleaned as names and places are."""
    text = example(examples, "nam-song-hau-2022", (TITLE_2022, TITLE_2022.rstrip() + ".\n"))
    minutes, press = rendered(examples, text)
    assert press.startswith("Hội nghị giao ban Cụm thi đua Nam Sông Hậu năm 2022\n"), press
    assert "Sông Hậu. " not in minutes + press
    assert "Hội nghị giao ban Cụm thi đua Nam Sông Hậu năm 2022" in minutes


def test_a_title_in_capitals_is_warned_with_the_title_to_write(examples: Path):
    """F118: "tổ chức HỘI NGHỊ TỔNG KẾT …" and the file property "Biên bản hỘI NGHỊ …":
    the letters of its proper names cannot be guessed, so a warning at the title gives the
    line to write (the cluster's name and the Front's words kept capitalised)."""
    capitals = "  title: HỘI NGHỊ GIAO BAN CỤM THI ĐUA NAM SÔNG HẬU\n"
    text = example(examples, "nam-song-hau-2022", (TITLE_2022, capitals))
    result = validated(examples, text)
    assert result.exit_code == 0, result.output
    assert (
        "case.yaml:8:3: cảnh báo: meeting.title: 'HỘI NGHỊ GIAO BAN CỤM THI ĐUA NAM SÔNG HẬU' "
        "viết toàn chữ in hoa"
    ) in result.output, result.output
    assert "tên riêng: 'Hội nghị giao ban Cụm thi đua Nam Sông Hậu'" in result.output
    rendered(examples, text)
    core = core_properties(examples / "out" / "case-bien-ban.docx")
    assert "<dc:title>Biên bản HỘI NGHỊ GIAO BAN" in core, core  # never "hỘI NGHỊ"


def test_a_title_in_lower_case_opens_with_a_capital_and_is_warned(examples: Path):
    lower = "  title: hội nghị giao ban cụm thi đua nam sông hậu\n"
    text = example(examples, "nam-song-hau-2022", (TITLE_2022, lower))
    result = validated(examples, text)
    assert (
        "case.yaml:8:3: cảnh báo: meeting.title: 'Hội nghị giao ban cụm thi đua nam sông hậu' "
        "viết toàn chữ thường" in result.output
    ), result.output
    assert "hãy viết hoa tên riêng: 'Hội nghị giao ban Cụm thi đua Nam Sông Hậu'" in result.output
    _, press = rendered(examples, text)
    assert press.startswith("Hội nghị giao ban cụm thi đua nam sông hậu năm 2022\n"), press


def test_a_persons_name_in_capitals_or_lower_case_is_written_as_names_are(examples: Path):
    """F118: "Bà QUÁCH THỊ TƯƠI, Chủ tịch …", "Bà quách thị tươi …": every syllable of a
    Vietnamese name opens with a capital, which a name typed otherwise is given."""
    for typed in ("TRƯƠNG THỊ NGỌC ÁNH", "trương thị ngọc ánh", "Trương thị Ngọc ánh"):
        text = example(
            examples,
            "nam-song-hau-2022",
            ("    name: Trương Thị Ngọc Ánh\n", f"    name: {typed}\n"),
        )
        minutes, press = rendered(examples, text)
        assert typed not in minutes + press
        assert "Bà Trương Thị Ngọc Ánh, Phó Chủ tịch" in press, press
        assert "Bà Trương Thị Ngọc Ánh, Phó Chủ tịch" in minutes
    # a name of the Central Highlands keeps the capital after its apostrophe
    text = example(
        examples, "nam-song-hau-2022", ("    name: Lữ Văn Hùng\n", "    name: H'HEN NIÊ\n")
    )
    _, press = rendered(examples, text)
    assert "H'Hen Niê" in press, press


def test_a_persons_title_in_capitals_is_warned(examples: Path):
    title = "    titles: Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam\n"
    text = example(
        examples, "nam-song-hau-2022", (title, title.upper().replace("    TITLES", "    titles"))
    )
    result = validated(examples, text)
    assert (
        "case.yaml:24:5: cảnh báo: attendees, mục 1, titles, mục 1: 'PHÓ CHỦ TỊCH" in result.output
    ), result.output
    assert "viết toàn chữ in hoa" in result.output
    assert "tên riêng: 'Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'" in result.output


# --- F112: a sơ kết's period in a lead without the year ------------------------------------


def test_a_lead_without_its_year_keeps_the_period_a_sơ_kết_reviews(examples: Path):
    """F112: with `press.lead_year: false` (README's giaoban.yaml) the lead dropped the
    period with the year: "… tổ chức Hội nghị sơ kết hoạt động Cụm thi đua Nam Sông Hậu
    (gồm 6 tỉnh …)" says nowhere that it reviews the first six months."""
    text = example(
        examples,
        "nam-song-hau-2022",
        (
            TITLE_2022 + "  kind: giao ban\n",
            "  title: Hội nghị sơ kết hoạt động Cụm thi đua Nam Sông Hậu\n"
            "  kind: sơ kết\n  period: 6 tháng đầu năm\n",
        ),
        ("date: 2022-12-15", "date: 2022-06-20"),
    )
    _, press = rendered(examples, text)
    lead = press.splitlines()[2]
    assert "tổ chức Hội nghị sơ kết hoạt động Cụm thi đua Nam Sông Hậu 6 tháng đầu năm (gồm 6" in (
        lead
    ), lead
    assert "2022" not in lead  # lead_year: false still leaves the year out
    # a year's meeting keeps the lead as the news agency wrote it (the seed example)
    _, press = rendered(examples, example(examples, "nam-song-hau-2022"), "vi-du")
    assert "tổ chức Hội nghị giao ban Cụm thi đua Nam Sông Hậu (gồm 6 tỉnh" in press


# --- F113: the rotation names a province merged away as the members table does -----------


def test_the_rotation_says_what_a_merged_cụm_trưởng_became():
    """F113: the 2024 handover gave the 2025 Cụm trưởng as Kiên Giang; the 2025 record,
    its minutes and its handover say An Giang (Kiên Giang merged into it on 1/7/2025). The
    summary's row said "Kiên Giang" alone, while its members table said "nay thuộc"."""
    from giaoban.summary import rotation

    meetings = [
        {
            "record": "2024.yaml",
            "date": "2024-12-12",
            "year": 2024,
            "cluster": "Nam Sông Hậu",
            "chair": "Cà Mau",
            "handovers": [{"role": "Cụm trưởng", "to": "Kiên Giang", "year": 2025}],
        },
        {
            "record": "2025.yaml",
            "date": "2025-12-10",
            "year": 2025,
            "cluster": "Nam Sông Hậu",
            "chair": "An Giang",
            "handovers": [{"role": "Cụm trưởng", "to": "Cần Thơ", "year": 2026}],
        },
    ]
    rows = {year: chair for _, year, chair, _ in rotation(meetings)}
    assert rows[2024] == "Cà Mau"
    assert rows[2025] == "Kiên Giang (nay thuộc tỉnh An Giang)"
    assert rows[2026] == "Cần Thơ"
    # a summary that tells only of 2024 does not speak of the mergers of 2025 (H6)
    rows = {year: chair for _, year, chair, _ in rotation(meetings[:1])}
    assert rows[2025] == "Kiên Giang"


# --- F119: districts abolished on 1/7/2025 did not "leave" the cluster ----------------------


def test_districts_of_a_cluster_ended_with_the_district_level():
    """F119: `diff` from a district cluster of 2023 to the commune cluster of 2025 said of
    each district "rời Cụm"; the district level ended on 01/7/2025 (Nghị quyết
    203/2025/QH15), said as the tool says a province's merger."""
    import datetime as dt

    from giaoban import gazetteer

    old = ["Quan Sơn", "Thạch Thành", "Cẩm Thủy"]
    new = ["xã Kim Tân", "xã Thạch Bình"]
    changes = gazetteer.membership_changes(
        old, dt.date(2023, 12, 20), new, dt.date(2025, 12, 14), old_kind="huyện"
    )
    line = gazetteer.describe_membership(changes)
    assert "rời Cụm" not in line, line
    assert (
        "các huyện Quan Sơn, Thạch Thành và Cẩm Thủy không còn từ 01/7/2025 (kết thúc cấp huyện)"
        in line
    ), line
    assert "xã Kim Tân vào Cụm" in line
    # named with their kind, without the list's kind: the same
    changes = gazetteer.membership_changes(
        ["huyện Quan Sơn", "thị xã Bỉm Sơn"], dt.date(2023, 12, 20), new, dt.date(2025, 12, 14)
    )
    assert "không còn từ 01/7/2025" in gazetteer.describe_membership(changes)
    # a district that left before the reorganisation did leave
    changes = gazetteer.membership_changes(
        old, dt.date(2022, 12, 20), old[1:], dt.date(2023, 12, 14), old_kind="huyện"
    )
    assert gazetteer.describe_membership(changes) == "Thành viên Cụm: Quan Sơn rời Cụm"


def test_diff_says_the_districts_ended(tmp_path: Path, monkeypatch):
    """F119 through `giaoban diff`: a district cluster's record of 2023 (member_kind huyện)
    against the commune cluster's of 2025, each with one directive."""
    monkeypatch.chdir(tmp_path)
    record = (
        "meeting:\n  title: Hội nghị tổng kết Cụm thi đua số 3\n  date: {date}\n"
        "  cluster:\n    name: số 3\n    member_kind: {kind}\n    members: [{members}]\n"
        "directives:\n  - id: a\n    text: {text}\n"
    )
    (tmp_path / "a.yaml").write_text(
        record.format(
            date="2023-12-20",
            kind="huyện",
            members="Quan Sơn, Thạch Thành",
            text="nâng cao chất lượng giám sát",
        ),
        encoding="utf-8",
    )
    (tmp_path / "b.yaml").write_text(
        record.format(
            date="2025-12-14",
            kind="xã",
            members="xã Kim Tân, xã Thạch Bình",
            text="nâng cao chất lượng giám sát và phản biện xã hội",
        ),
        encoding="utf-8",
    )
    result = run("diff", "a.yaml", "b.yaml")
    assert "các huyện Quan Sơn và Thạch Thành không còn từ 01/7/2025" in result.output, (
        result.output
    )
    assert "rời Cụm" not in result.output


# --- F122, F91: a directive no speech paragraph states --------------------------------------


def test_a_directive_no_paragraph_states_is_numbered_in_its_section_and_told(examples: Path):
    """F122: the section "Các ý kiến chỉ đạo, đề nghị khác" numbered its only item from
    the record-wide count ("2)", no "1)"); F91: the tin bài left such a directive out,
    although the biên bản records it."""
    text = example(
        examples,
        "nam-song-hau-2022",
        (
            "        directives: [giam-sat-chat-luong]\n",
            "        text: giám sát là trọng tâm, mũi nhọn của công tác Mặt trận\n",
        ),
    )
    minutes, press = rendered(examples, text)
    section = minutes.split("Các ý kiến chỉ đạo, đề nghị khác:\n")[1].splitlines()
    assert section[0].startswith("1) Không chạy theo số lượng"), section[:2]
    assert not section[1].startswith("2)"), section[:2]
    assert (
        "Ý kiến tại hội nghị còn đề nghị không chạy theo số lượng, mà tập trung cho chất lượng"
        in press
    ), press
    result = validated(examples, text)
    assert "tin bài ghi nó là ý kiến tại hội nghị" in result.output, result.output


# --- F99 rest: a district cluster's handover names the district -----------------------------


def test_a_district_clusters_handover_keeps_huyện(tmp_path: Path, monkeypatch):
    """F99 rest: with `member_kind: huyện` the lead said "(gồm 2 huyện: …)" but the
    handover "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam Cẩm Thủy" dropped "huyện"."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "c3.yaml").write_text(
        "meeting:\n  title: Hội nghị tổng kết Cụm thi đua số 3\n  date: 2023-12-20\n"
        "  cluster:\n    name: số 3\n    member_kind: huyện\n    members: [Quan Sơn, Cẩm Thủy]\n"
        "    chair: Quan Sơn\n"
        "handover:\n  role: Cụm trưởng\n  from: Quan Sơn\n  to: Cẩm Thủy\n  year: 2024\n",
        encoding="utf-8",
    )
    minutes, press = rendered(tmp_path, (tmp_path / "c3.yaml").read_text("utf-8"), "c3")
    said = "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam huyện Cẩm Thủy"
    assert said in press, press
    assert said in minutes, minutes
    assert "Việt Nam Cẩm Thủy" not in minutes + press
