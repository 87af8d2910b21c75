"""The gazetteer: the 63 provinces before 1/7/2025, the 34 after, and every province field
of a record checked against the map of the meeting's date."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from giaoban import gazetteer as gz
from giaoban import vietnamese as vn
from giaoban.record import load_record
from giaoban.render.context import build_context, committee
from tests.conftest import (
    END_OF_ATTENDEES,
    EXAMPLE_2022,
    LETTERHEAD_2022,
    WITH_HOST,
    edited,
    line_of,
    run,
)
from tests.docx_text import paragraphs

BEFORE = dt.date(2025, 6, 30)
AFTER = dt.date(2025, 7, 1)


# --- the data and its sources -----------------------------------------------------------


def test_63_units_before_the_reorganisation_and_34_after():
    # map63 source: 57 provinces and 6 centrally run cities before; nq202: 28 and 6 after
    before, after = gz.units_on(BEFORE), gz.units_on(AFTER)
    assert len(before) == 63
    assert sum(u.kind == "tỉnh" for u in before) == 57
    assert {u.name for u in before if u.kind == "thành phố"} == {
        "Hà Nội",
        "Hồ Chí Minh",
        "Hải Phòng",
        "Đà Nẵng",
        "Cần Thơ",
        "Huế",
    }
    assert len(after) == 34
    assert sum(u.kind == "tỉnh" for u in after) == 28
    assert sum(u.kind == "thành phố" for u in after) == 6
    # Huế was the province of Thừa Thiên Huế until Nghị quyết 175/2024/QH15 (1/1/2025)
    end_of_2024 = gz.units_on(dt.date(2024, 12, 31))
    assert len(end_of_2024) == 63
    assert "Thừa Thiên Huế" in {u.name for u in end_of_2024}
    assert "Huế" not in {u.name for u in end_of_2024}


def test_52_units_merged_into_23_and_11_left_as_they_were():
    merged = [u for u in gz.units_on(BEFORE) if u.valid_until == BEFORE]
    kept = [u for u in gz.units_on(BEFORE) if u.valid_on(AFTER)]
    formed = [u for u in gz.units_on(AFTER) if u.valid_from == AFTER]
    assert (len(merged), len(kept), len(formed)) == (52, 11, 23)
    assert {u.became for u in merged} == {u.name for u in formed}
    assert sorted(len(u.formed_from) for u in formed).count(3) == 6  # six three-way mergers


@pytest.mark.parametrize(
    ("old", "new", "kind"),
    [
        # Mekong delta, as the issue and laodong.vn report Nghị quyết 202/2025/QH15
        ("Bạc Liêu", "Cà Mau", "tỉnh"),
        ("Kiên Giang", "An Giang", "tỉnh"),
        ("Sóc Trăng", "Cần Thơ", "thành phố"),
        ("Hậu Giang", "Cần Thơ", "thành phố"),
        ("Trà Vinh", "Vĩnh Long", "tỉnh"),
        ("Tiền Giang", "Đồng Tháp", "tỉnh"),
        ("Long An", "Tây Ninh", "tỉnh"),
        # elsewhere (english.luatvietnam.vn, vietnamnews.vn)
        ("Hà Giang", "Tuyên Quang", "tỉnh"),
        ("Hải Dương", "Hải Phòng", "thành phố"),
        ("Quảng Nam", "Đà Nẵng", "thành phố"),
        ("Bình Dương", "Hồ Chí Minh", "thành phố"),
        ("Bà Rịa - Vũng Tàu", "Hồ Chí Minh", "thành phố"),
        ("Ninh Thuận", "Khánh Hòa", "tỉnh"),
        ("Kon Tum", "Quảng Ngãi", "tỉnh"),
        ("Bình Định", "Gia Lai", "tỉnh"),
        # Nghị quyết 175/2024/QH15
        ("Thừa Thiên Huế", "Huế", "thành phố"),
    ],
)
def test_lineage_follows_the_cited_resolutions(old, new, kind):
    unit = gz.successor(old, dt.date(2026, 1, 1))
    assert (unit.name, unit.kind) == (new, kind)


def test_cần_thơ_was_formed_from_three_units_and_hà_nội_was_left_alone():
    assert set(gz.find("Cần Thơ", AFTER).formed_from) == {"Cần Thơ", "Sóc Trăng", "Hậu Giang"}
    assert gz.find("Hà Nội", BEFORE) is gz.find("Hà Nội", AFTER)
    assert gz.find("Bạc Liêu", AFTER) is None


def test_every_unit_cites_an_act_with_an_address():
    for unit in gz.gazetteer().units:
        assert unit.source.act.startswith(("Nghị quyết", "63 đơn vị"))
        assert all(url.startswith("https://") for url in unit.source.urls)
        assert unit.source.urls


@pytest.mark.parametrize("name", gz.SHIPPED_DATA)
def test_shipped_data_reads_the_same_from_json_libyaml_and_pure_python(name):
    """The data files are read from the JSON made from them (start-up time), else with
    libyaml when PyYAML has it: each must give exactly the values PyYAML's own
    SafeLoader builds from the YAML (dates, texts, lists), and the shipped JSON must be
    the one ``make data`` writes from today's YAML."""
    from importlib import resources

    import yaml

    folder = resources.files("giaoban").joinpath("data")
    text = folder.joinpath(name).read_text("utf-8")
    pure = yaml.load(text, Loader=yaml.SafeLoader)
    shipped = folder.joinpath(name.rsplit(".", 1)[0] + ".json").read_text("utf-8")
    assert shipped == gz.compiled_data(name), "giaoban/data changed: run make data"
    assert gz.shipped_data(name) == pure
    assert gz._from_compiled(shipped, text.encode("utf-8")) == pure
    if hasattr(yaml, "CSafeLoader"):
        assert yaml.load(text, Loader=yaml.CSafeLoader) == pure
    dates = [u["until"] for u in pure.get("units", []) if "until" in u]
    assert all(isinstance(d, dt.date) for d in dates)


def test_json_made_from_another_yaml_is_not_used():
    """An edited YAML (a developer's, before make data) is read itself, never the JSON
    made from its old text."""
    from importlib import resources

    folder = resources.files("giaoban").joinpath("data")
    shipped = folder.joinpath("gazetteer.json").read_text("utf-8")
    raw = folder.joinpath("gazetteer.yaml").read_bytes()
    assert gz._from_compiled(shipped, raw) is not None
    edited = raw.replace("Bạc Liêu".encode(), "Bạc Liêu2".encode(), 1)
    assert len(edited) == len(raw) + 1 and gz._from_compiled(shipped, edited) is None
    same_size = raw.replace("Bạc Liêu".encode(), "Bạc Liêx".encode(), 1)
    assert len(same_size) == len(raw) and gz._from_compiled(shipped, same_size) is None
    assert gz._from_compiled(shipped, raw + b"\n") is None
    assert gz._from_compiled("not json", raw) is None


def test_names_match_regardless_of_tone_placement_case_and_prefix():
    assert gz.official_name("Thanh Hoá") == "Thanh Hóa"
    assert gz.official_name("khánh hoà") == "Khánh Hòa"
    assert gz.official_name("Thành phố Cần Thơ") == "Cần Thơ"
    assert gz.official_name("TP.HCM") == "Hồ Chí Minh"
    assert gz.official_name("Hâu Giang") is None  # a different letter is not a variant
    assert gz.suggest("Hâu Giang", BEFORE) == "Hậu Giang"
    assert gz.suggest("An Giag", BEFORE) == "An Giang"


def test_tỉnh_or_thành_phố_as_the_gazetteer_says_for_the_date():
    assert vn.locality("Cần Thơ") == "thành phố Cần Thơ"
    assert vn.locality("Huế", dt.date(2025, 3, 1)) == "thành phố Huế"
    assert vn.locality("Thừa Thiên Huế", dt.date(2024, 3, 1)) == "tỉnh Thừa Thiên Huế"
    # Nghị định 30, Phụ lục II: "Thành phố Hồ Chí Minh" capitalised, a special case
    assert (
        committee("Hồ Chí Minh", AFTER) == "Ủy ban Mặt trận Tổ quốc Việt Nam Thành phố Hồ Chí Minh"
    )
    assert gz.kinds_noun(["Cà Mau", "An Giang", "Cần Thơ"], AFTER) == "tỉnh, thành phố"
    assert gz.kinds_noun(["Cà Mau", "An Giang"], AFTER) == "tỉnh"


# --- every province field checked, with the message a secretary reads ---------------------


def _problems(path: Path) -> list[str]:
    result = run("validate", str(path.name))
    assert result.exit_code == 1, result.output
    return [line for line in result.output.splitlines() if ": " in line and "lỗi trong" not in line]


def test_a_misspelt_letterhead_province_is_refused_with_a_suggestion(examples: Path):
    path = edited(
        examples / EXAMPLE_2022,
        examples / "an-giag.yaml",
        "province: Bạc Liêu",
        "province: An Giag",
    )
    assert _problems(path) == [
        f"an-giag.yaml:{line_of(path, 'An Giag')}:5: meeting.place.province: 'An Giag' không "
        "phải tên tỉnh, thành phố nào. Có phải ý bạn là 'An Giang'?"
    ]


def test_a_misspelt_delegation_is_refused_with_a_suggestion(examples: Path):
    path = edited(
        examples / EXAMPLE_2022,
        examples / "hau-giang.yaml",
        "    delegation: Bạc Liêu",
        "    delegation: Hâu Giang",
    )
    assert _problems(path) == [
        f"hau-giang.yaml:{line_of(path, 'Hâu Giang')}:5: attendees, mục 2, delegation: 'Hâu Giang' "
        "không phải tên tỉnh, thành phố nào. Có phải ý bạn là 'Hậu Giang'?"
    ]


def test_a_host_naming_an_unknown_province_is_refused(examples: Path):
    path = edited(examples / EXAMPLE_2022, examples / "host.yaml", *WITH_HOST)
    path = edited(path, path, "tỉnh Bạc Liêu\n", "tỉnh Bạc Liu\n")
    assert _problems(path) == [
        f"host.yaml:{line_of(path, 'Bạc Liu')}:3: meeting.host: 'tỉnh Bạc Liu' không phải tên "
        "tỉnh, thành phố nào. Có phải ý bạn là 'Bạc Liêu'?"
    ]


def test_a_province_merged_away_is_told_what_it_became(examples: Path):
    path = edited(
        examples / EXAMPLE_2022, examples / "late.yaml", "date: 2022-12-15", "date: 2026-12-10"
    )
    # the record's own member list (the defaults' list for 2026 would win otherwise)
    path = edited(
        path,
        path,
        "  cluster:\n    year: 2022",
        "  cluster:\n    members: [Bạc Liêu, Cà Mau, Sóc Trăng]\n    year: 2026",
    )
    path = edited(path, path, "  year: 2023\n\npress:", "  year: 2027\n\npress:")
    problems = _problems(path)
    assert (
        f"late.yaml:{line_of(path, 'province: Bạc Liêu')}:5: meeting.place.province: Bạc Liêu "
        "được sáp nhập vào tỉnh Cà Mau từ 01/7/2025 (Nghị quyết 202/2025/QH15); hội nghị "
        "ngày 10/12/2026 hãy viết 'Cà Mau'."
    ) in problems
    assert (
        f"late.yaml:{line_of(path, 'members:')}:33: meeting.cluster.members, mục 3: Sóc Trăng "
        "được sáp nhập vào thành phố Cần Thơ từ 01/7/2025 (Nghị quyết 202/2025/QH15); "
        "hội nghị ngày 10/12/2026 hãy viết 'Cần Thơ'."
    ) in problems
    # the figure of 2022 is Bạc Liêu's own, then: not an error
    assert not any("figures, mục" in p for p in problems)


def test_huế_before_2025_and_thừa_thiên_huế_after(examples: Path):
    early = edited(
        examples / EXAMPLE_2022, examples / "hue.yaml", "province: Bạc Liêu", "province: Huế"
    )
    assert _problems(early) == [
        f"hue.yaml:{line_of(early, 'Huế')}:5: meeting.place.province: thành phố Huế có từ "
        "01/01/2025; ngày 15/12/2022 đơn vị này là tỉnh Thừa Thiên Huế, hãy viết "
        "'Thừa Thiên Huế'."
    ]
    late = edited(early, examples / "tth.yaml", "province: Huế", "province: Thừa Thiên Huế")
    late = edited(late, late, "date: 2022-12-15", "date: 2025-03-05")
    late = edited(late, late, "  cluster:\n    year: 2022", "  cluster:\n    year: 2024")
    late = edited(late, late, "  year: 2023\n\npress:", "  year: 2025\n\npress:")
    assert _problems(late) == [
        f"tth.yaml:{line_of(late, 'Thừa Thiên Huế')}:5: meeting.place.province: Thừa Thiên Huế "
        "trở thành thành phố Huế từ 01/01/2025 (Nghị quyết 175/2024/QH15); hội nghị ngày "
        "05/3/2025 hãy viết 'Huế'."
    ]


def test_tone_placement_variants_are_the_member_as_the_member_list_spells_it(examples: Path):
    path = edited(
        examples / EXAMPLE_2022,
        examples / "tones.yaml",
        "  cluster:\n    year: 2022",
        "  cluster:\n    members: [Bạc Liêu, Cà Mau, Thanh Hóa, Khánh Hoà]\n    year: 2022",
    )
    path = edited(
        path,
        path,
        END_OF_ATTENDEES,
        END_OF_ATTENDEES + "  - {id: th, name: Lê Văn A, honorific: Ông, delegation: Thanh Hoá}\n"
        "  - {id: kh, name: Lê Văn B, honorific: Ông, delegation: Khánh Hòa}\n",
    )
    result = run("validate", path.name)
    assert result.exit_code == 0, result.output
    record = load_record(path).record
    assert record.attendee("th").delegation == "Thanh Hóa"
    assert record.attendee("kh").delegation == "Khánh Hoà"
    labels = [g.label for g in build_context(record).attendance if g.label]
    assert labels == [
        "Đại biểu Trung ương",
        "Đại biểu tỉnh Bạc Liêu",
        "Đại biểu tỉnh Thanh Hóa",
        "Đại biểu tỉnh Khánh Hoà",
    ]


def test_a_cluster_chair_written_with_the_other_tone_placement_is_the_member(examples: Path):
    path = edited(
        examples / EXAMPLE_2022,
        examples / "chair.yaml",
        "  cluster:\n    year: 2022",
        "  cluster:\n    members: [Bạc Liêu, Khánh Hoà]\n    year: 2022",
    )
    path = edited(path, path, "    chair: Bạc Liêu", "    chair: Khánh Hòa")
    # the chair hands over (a handover from another province is an error: s4-trial F90)
    path = edited(path, path, "  from: Bạc Liêu", "  from: Khánh Hoà")
    path = edited(path, path, "  to: Cà Mau", "  to: khánh hoà")
    record = load_record(path).record
    assert record.meeting.cluster.chair == "Khánh Hoà"
    assert record.handover[0].to == "Khánh Hoà"


@pytest.mark.parametrize(
    ("province", "letterhead"),
    [("An Giang", "TỈNH AN GIANG"), ("Cần Thơ", "THÀNH PHỐ CẦN THƠ")],
)
def test_the_letterhead_says_tỉnh_or_thành_phố(examples: Path, tmp_path, province, letterhead):
    # Without a host the letterhead guesses no province (the Cụm trưởng is not the issuer of
    # the minutes, issue 10); the Cụm trưởng line names its committee as the gazetteer
    # kinds the province.
    path = edited(examples / EXAMPLE_2022, examples / "lh.yaml", LETTERHEAD_2022, "")
    path = edited(
        path,
        path,
        "  cluster:\n    year: 2022",
        "  cluster:\n    members: [Bạc Liêu, An Giang, Cần Thơ]\n    year: 2022",
    )
    path = edited(path, path, "    chair: Bạc Liêu", f"    chair: {province}")
    path = edited(path, path, "  to: Cà Mau", "  to: Bạc Liêu")
    path = edited(path, path, "  from: Bạc Liêu", f"  from: {province}")
    result = run("render", path.name, "-o", str(tmp_path / "out"), "--only", "minutes")
    assert result.exit_code == 0, result.output
    texts = paragraphs(tmp_path / "out" / "lh-bien-ban.docx")
    assert "ỦY BAN MTTQ VIỆT NAM" in texts
    assert letterhead not in texts
    locality = letterhead.lower().replace("an giang", "An Giang").replace("cần thơ", "Cần Thơ")
    assert f"Cụm trưởng năm 2022: Ủy ban Mặt trận Tổ quốc Việt Nam {locality}." in texts
    # with a host committee, the letterhead is the host's
    hosted = edited(
        path,
        examples / "lh2.yaml",
        "meeting:\n",
        f"meeting:\n  host: Ủy ban MTTQ Việt Nam {locality}\n",
    )
    result = run("render", hosted.name, "-o", str(tmp_path / "out"), "--only", "minutes")
    assert result.exit_code == 0, result.output
    assert letterhead in paragraphs(tmp_path / "out" / "lh2-bien-ban.docx")
