"""The documents say each thing once, and only what the record says: the doubled-word
findings of the third new-user trial (/work/notes/s3-trial.md F63-F66, F28, F45, F62),
each as a case that failed before its fix.

Records: the bundled examples edited the way the tester's records differed (the 2022
example is written from the news agency's article in shared/seed; the 2023 one from
the public reports named in its header), or the real corpus records of the same
meetings (tests/data/corpus, each with its public source).
"""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import Result

from tests.conftest import END_OF_ATTENDEES, LETTERHEAD_2022, run
from tests.test_trial3_documents import rendered


def example(folder: Path, name: str, *edits: tuple[str, str]) -> str:
    """The bundled example ``name`` with each (old, new) edit made once (old must occur)."""
    text = (folder / f"{name}.yaml").read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


def validated(folder: Path, text: str) -> Result:
    """``giaoban validate`` of the record ``text``, written as case.yaml in ``folder``."""
    (folder / "case.yaml").write_text(text, encoding="utf-8")
    return run("validate", "case.yaml")


# --- F66: an honorific inside `name` ----------------------------------------------------


def test_an_honorific_copied_into_the_name_is_said_once(examples: Path):
    """F66: "Bà Bà Trương Thị Ngọc Ánh", "… tỉnh đồng chí Lữ Văn Hùng cùng dự"."""
    text = example(
        examples,
        "nam-song-hau-2022",
        ("    name: Trương Thị Ngọc Ánh", "    name: Bà Trương Thị Ngọc Ánh"),
        ("    name: Lữ Văn Hùng", "    name: đồng chí Lữ Văn Hùng"),
    )
    minutes, press = rendered(examples, text)
    for document in (minutes, press):
        assert "Bà Bà" not in document and "bà Bà" not in document
        assert "đồng chí Lữ" not in document.replace("Đồng chí", "")
        assert "Trương Thị Ngọc Ánh" in document and "Lữ Văn Hùng" in document
    assert "Bà Trương Thị Ngọc Ánh, Phó Chủ tịch" in press
    assert "Chủ tịch Hội đồng nhân dân tỉnh Lữ Văn Hùng cùng dự" in press
    assert run("validate", "case.yaml").exit_code == 0


def test_the_honorific_in_the_name_fills_an_empty_honorific(examples: Path):
    """A name "bà Trương Thị Ngọc Ánh" with no honorific: the record said "bà"."""
    text = example(
        examples,
        "nam-song-hau-2022",
        (
            "    name: Trương Thị Ngọc Ánh\n    honorific: Bà\n",
            "    name: bà Trương Thị Ngọc Ánh\n",
        ),
    )
    minutes, press = rendered(examples, text)
    assert "Bà Trương Thị Ngọc Ánh, Phó Chủ tịch" in press
    assert "bà Trương Thị Ngọc Ánh" in minutes or "Bà Trương Thị Ngọc Ánh" in minutes
    assert "Bà bà" not in minutes + press


def test_a_name_that_may_open_with_the_surname_ông_is_warned_not_changed(examples: Path):
    """ "Ông" is also a surname (Ông Ích Khiêm): not removed in silence; a warning at the
    name says both readings. With honorific "Bà" it can only be the surname."""
    text = example(
        examples, "nam-song-hau-2022", ("    name: Lữ Văn Hùng", "    name: Ông Lữ Văn Hùng")
    )
    result = validated(examples, text)
    assert result.exit_code == 0
    assert "case.yaml:29:5: cảnh báo: attendees, mục 2, name:" in result.output, result.output
    assert "honorific: Ông" in result.output
    woman = example(
        examples,
        "nam-song-hau-2022",
        ("    name: Trương Thị Ngọc Ánh", "    name: Ông Thị Ngọc Ánh"),
    )
    assert "cảnh báo" not in validated(examples, woman).output


def test_a_name_whose_honorific_contradicts_the_honorific_field_is_warned(examples: Path):
    text = example(
        examples,
        "nam-song-hau-2022",
        ("    name: Trương Thị Ngọc Ánh", "    name: ông Trương Thị Ngọc Ánh"),
    )
    result = validated(examples, text)
    assert "attendees, mục 1, name:" in result.output, result.output
    assert "'ông'" in result.output and "'Bà'" in result.output


# --- F64: the addressee, the verb, a capital after the verb ------------------------------


@pytest.mark.parametrize(
    ("old", "new", "doubled", "once"),
    [
        # F64: "đề nghị Mặt trận Tổ quốc các địa phương Mặt trận Tổ quốc các địa phương chủ
        # động …", the addressee copied with the sentence from the article
        (
            "      chủ động hơn nữa tranh thủ",
            "      Mặt trận Tổ quốc các địa phương chủ động hơn nữa tranh thủ",
            "các địa phương Mặt trận",
            "Mặt trận Tổ quốc các địa phương chủ động hơn nữa",
        ),
        # same family: ``lead: Cùng với đó,`` and a text copied with it gave "Cùng với
        # đó, Cùng với đó, thông tin, báo cáo …"
        (
            "    lead: Cùng với đó,\n    text: >-\n      thông tin",
            "    lead: Cùng với đó,\n    text: >-\n      Cùng với đó, thông tin",
            "Cùng với đó, Cùng với đó",
            "Cùng với đó, thông tin, báo cáo kịp thời",
        ),
    ],
)
def test_a_directive_copied_with_its_addressee_or_connective_says_it_once(
    examples: Path, old: str, new: str, doubled: str, once: str
):
    minutes, press = rendered(examples, example(examples, "nam-song-hau-2023", (old, new)))
    for document in (minutes, press):
        assert doubled not in document
    assert once in press
    # the minutes' numbered list says no connective at all (s4-trial F86)
    alone = once.removeprefix("Cùng với đó, ")
    assert alone[:1].upper() + alone[1:] in minutes


def test_a_text_copied_with_its_verb_or_capital_reads_once_and_lower_case(examples: Path):
    """F64: "cho biết, cho biết, năm 2023", "cho biết, Năm 2023", "đề nghị Đề nghị cần"."""
    text = example(
        examples,
        "nam-song-hau-2023",
        (
            "          năm 2023, Mặt trận các tỉnh",
            "          cho biết, Năm 2023, Mặt trận các tỉnh",
        ),
        ("    text: cần chú trọng hơn nữa", "    text: Đề nghị cần chú trọng hơn nữa"),
        ("          những kết quả nổi bật của Cụm", "          Những kết quả nổi bật của Cụm"),
    )
    minutes, press = rendered(examples, text)
    for document in (minutes, press):
        assert "cho biết, cho biết" not in document
        assert "cho biết, Năm" not in document
        assert "cho biết, năm 2023, Mặt trận các tỉnh" in document
        assert "ghi nhận những kết quả nổi bật" in document
        assert "đề nghị Đề nghị" not in document.replace("Đồng thời, đề nghị", "")
    assert "đề nghị cần chú trọng hơn nữa" in press.lower()
    # the minutes list the directives under "… đề nghị:": the item says what is asked
    assert "2) Cần chú trọng hơn nữa đến công tác nắm tình hình nhân dân" in minutes


def test_a_capital_that_opens_a_body_or_a_name_is_kept_after_the_verb(examples: Path):
    text = example(
        examples,
        "nam-song-hau-2023",
        ("          năm 2023, Mặt trận các tỉnh", "          Tỉnh ủy Cà Mau và Mặt trận các tỉnh"),
    )
    minutes, press = rendered(examples, text)
    for document in (minutes, press):
        assert "cho biết, Tỉnh ủy Cà Mau và Mặt trận" in document


# --- F65: a unit said twice, stray punctuation copied with a value ------------------------


def test_a_unit_written_after_a_quoted_figure_is_said_once(examples: Path):
    """F65: "đạt trên 28 tỷ đồng tỷ đồng", "cho gần 396 hộ hộ khó khăn": the unit after
    ``{id}`` as anyone writes it."""
    text = example(
        examples,
        "nam-song-hau-2023",
        (
            "    - ban hành {van-ban-trien-khai} triển khai thực hiện",
            "    - ban hành {van-ban-trien-khai} văn bản triển khai thực hiện, tăng trưởng "
            "kinh tế tỉnh Cà Mau đạt {tang-truong-ca-mau} %",
        ),
        ("{nha-dai-doan-ket} cho hộ nghèo", "{nha-dai-doan-ket} Căn nhà Đại đoàn kết cho hộ nghèo"),
    )
    minutes, press = rendered(examples, text)
    for document in (minutes, press):
        assert "văn bản văn bản" not in document
        assert "ban hành 20.130 văn bản triển khai thực hiện" in document
        assert "%%" not in document and "7,1% %" not in document
        assert "đạt 7,1 %" in document
        assert "căn nhà Đại đoàn kết Căn" not in document
    # the press leaves out a result whose figure the opening speech told
    assert "3.412 Căn nhà Đại đoàn kết cho hộ nghèo" in minutes


def test_stray_punctuation_copied_with_a_value_is_not_printed_twice(examples: Path):
    """F65: a title ending "," gave ",, dự chỉ đạo"; a locality "TP. Bạc Liêu." gave
    "tại TP. Bạc Liêu., "; the agency "(TTXVN)" gave "((TTXVN))"."""
    text = example(
        examples,
        "nam-song-hau-2022",
        (
            "    titles: Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam\n",
            "    titles: Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam,\n",
        ),
        ("    locality: thành phố Bạc Liêu", "    locality: TP. Bạc Liêu."),
        ("    name: Lữ Văn Hùng", "    name: Lữ Văn Hùng,"),
        ("press:\n", "press:\n  agency: (TTXVN)\n"),
    )
    minutes, press = rendered(examples, text)
    for document in (minutes, press):
        assert ",," not in document and ".," not in document
        assert "Lữ Văn Hùng," not in document.replace("Lữ Văn Hùng, Bí thư", "")
    assert "((" not in press and "(TTXVN) Ngày 15/12, tại TP. Bạc Liêu, " in press
    assert "Mặt trận Tổ quốc Việt Nam, dự chỉ đạo hội nghị" in press


# --- F63: one person listed twice ---------------------------------------------------------

SECOND_ENTRY = """  - id: ngoc-anh-2
    name: Trương Thị Ngọc Ánh
    honorific: Bà
    titles: Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam
    delegation: Trung ương
    roles: [dự]
"""


def test_a_person_entered_twice_is_one_person_with_both_roles(examples: Path):
    """F63: the same person added again to give her a second role was introduced twice:
    "Bà Trương Thị Ngọc Ánh, … dự chỉ đạo hội nghị. Cùng dự có bà Trương Thị Ngọc Ánh"."""
    text = example(
        examples, "nam-song-hau-2022", (END_OF_ATTENDEES, END_OF_ATTENDEES + SECOND_ENTRY)
    )
    text = text.replace("  - speaker: ngoc-anh\n", "  - speaker: ngoc-anh-2\n", 1)
    minutes, press = rendered(examples, text)
    assert press.count("Trương Thị Ngọc Ánh, Phó Chủ tịch") == 1, press
    assert "Cùng dự có bà Trương Thị Ngọc Ánh" not in press
    assert (
        "Trương Thị Ngọc Ánh dự chỉ đạo hội nghị" in press
        or "Ngọc Ánh, Phó Chủ tịch Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam, dự chỉ đạo" in press
    )
    attendance = minutes.split("Nội dung:")[0]
    assert attendance.count("Trương Thị Ngọc Ánh") == 1, attendance
    assert run("validate", "case.yaml").output.startswith("1 tệp hợp lệ.")


def test_the_same_name_written_differently_is_warned(examples: Path):
    """Same name, same titles, another delegation: one person written two ways, or two?
    Not merged (that would be a guess): a warning at the second name says how to merge."""
    entry = SECOND_ENTRY.replace("delegation: Trung ương", "delegation: Bạc Liêu")
    text = example(examples, "nam-song-hau-2022", (END_OF_ATTENDEES, END_OF_ATTENDEES + entry))
    result = validated(examples, text)
    assert "case.yaml:40:5: cảnh báo: attendees, mục 3, name:" in result.output, result.output
    assert "mục 1" in result.output and "roles: [chỉ đạo, dự]" in result.output
    other = SECOND_ENTRY.replace("titles: Phó Chủ tịch", "titles: Chủ tịch Hội Nông dân")
    text = example(examples, "nam-song-hau-2022", (END_OF_ATTENDEES, END_OF_ATTENDEES + other))
    assert "cảnh báo" not in validated(examples, text).output  # two people of one name


# --- F28: "Kết quả nổi bật", after the shortcomings ---------------------------------------


def test_a_figure_no_text_quotes_is_told_with_the_report_before_its_shortcomings(
    examples: Path,
):
    """F28: "Báo cáo cũng nêu một số hạn chế: …" then "Kết quả nổi bật: tăng trưởng kinh
    tế đạt 8,2% (tỉnh Cà Mau).": a judgement ("nổi bật") the record never makes, and the
    report's figure after its shortcomings."""
    _, press = rendered(examples, (examples / "nam-song-hau-2026.yaml").read_text("utf-8"))
    assert "nổi bật" not in press
    figure = "Theo báo cáo, tăng trưởng kinh tế đạt 8,2% (tỉnh Cà Mau)."
    assert figure in press
    assert press.index(figure) < press.index("Báo cáo cũng nêu một số hạn chế")
    assert press.index("trình bày báo cáo") < press.index(figure)


def test_without_a_report_the_figures_are_the_meetings(examples: Path):
    text = (examples / "nam-song-hau-2026.yaml").read_text("utf-8")
    start, end = text.index("report:\n"), text.index("directives:\n")
    minutes, press = rendered(examples, text[:start] + text[end:])
    assert "nổi bật" not in press and "Theo báo cáo" not in press
    assert "Theo số liệu tại hội nghị, tăng trưởng kinh tế đạt 8,2% (tỉnh Cà Mau)." in press
    assert "Số liệu chủ yếu:" in minutes


# --- F62: the date line names the unit where the issuing body sits -------------------------

CORPUS = Path(__file__).parent / "data" / "corpus"


def test_a_commune_bodys_date_line_names_the_commune(tmp_path: Path):
    """F62: Nghị định 30/2020/NĐ-CP, Phụ lục I (địa danh, ô 4): the official name of the
    administrative unit where the issuing body sits: for the Ban Thường trực of a
    commune's MTTQ committee, the commune, not "Thanh Hóa, ngày …". The real meeting of
    Cụm số 8 (tests/data/corpus, source baothanhhoa.vn …-271739.htm), recorded by the
    committee of xã Kim Tân, its Cụm trưởng."""
    text = (CORPUS / "thanh-hoa-cum-8-2025-tong-ket.yaml").read_text(encoding="utf-8")
    text = text.replace(
        "  organiser: Cụm",
        "  host: Ủy ban Mặt trận Tổ quốc Việt Nam xã Kim Tân\n  organiser: Cụm",
        1,
    ).replace("minutes:\n", "minutes:\n  date_line: true\n", 1)
    minutes, _ = rendered(tmp_path, text)
    assert "XÃ KIM TÂN" in minutes
    assert "Kim Tân, ngày 14 tháng 12 năm 2025" in minutes
    assert "Thanh Hóa, ngày" not in minutes


def test_the_date_line_follows_the_letterhead_a_record_sets(examples: Path):
    """A unit named by a number keeps its kind, with a capital (Phụ lục I: "tên gọi đầy
    đủ" of a unit named by a number; Phụ lục II: "Phường 5"); a province is named bare."""
    base = example(examples, "nam-song-hau-2022", ("minutes:\n", "minutes:\n  date_line: true\n"))
    minutes, _ = rendered(examples, base)
    assert "Bạc Liêu, ngày 15 tháng 12 năm 2022" in minutes
    numbered = base.replace(LETTERHEAD_2022, "    parent: [ỦY BAN MTTQ VIỆT NAM, PHƯỜNG 5]\n")
    minutes, _ = rendered(examples, numbered)
    assert "Phường 5, ngày 15 tháng 12 năm 2022" in minutes


# --- F45: a district-level post in a title after 1/7/2025 -----------------------------------


def test_a_district_post_in_a_title_after_the_reorganisation_is_warned(examples: Path):
    """F45: "Bí thư Huyện ủy Củ Chi" in a title of a meeting of 2026 passed without a word
    (the district level ended on 1/7/2025, Nghị quyết 203/2025/QH15), while the same unit
    in `organisation` was warned. A former post ("nguyên …") is no mistake."""
    text = example(
        examples,
        "nam-song-hau-2026",
        (
            "    titles: [Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau]",
            "    titles: [Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau, "
            "Bí thư Huyện ủy Củ Chi]",
        ),
    )
    result = validated(examples, text)
    assert "case.yaml:56:" in result.output, result.output
    assert "titles, mục 2: 'Huyện ủy Củ Chi'" in result.output
    assert "nguyên" in result.output
    former = text.replace("Bí thư Huyện ủy Củ Chi", "nguyên Bí thư Huyện ủy Củ Chi")
    assert "cảnh báo" not in validated(examples, former).output
    earlier = example(
        examples,
        "nam-song-hau-2023",
        ("    titles: [", "    titles: [Bí thư Huyện ủy Trần Văn Thời, "),
    )
    assert "cảnh báo" not in validated(examples, earlier).output


def test_the_party_committee_of_a_town_or_provincial_city_is_district_level(examples: Path):
    """A Thị ủy, and a Thành ủy of a city inside a province, ended with the district level;
    the Thành ủy of a centrally run city ("Thành ủy Cần Thơ") did not."""
    base = "    titles: [Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau]"
    for title, warned in (
        ("Bí thư Thị ủy Hà Tiên", True),
        ("Bí thư Thành ủy Rạch Giá", True),
        ("Bí thư Thành ủy Cần Thơ", False),
        ("Phó Bí thư Thành ủy Thành phố Hồ Chí Minh", False),
    ):
        text = example(examples, "nam-song-hau-2026", (base, base[:-1] + f", {title}]"))
        output = validated(examples, text).output
        assert ("titles, mục 2:" in output) is warned, (title, output)


@pytest.mark.parametrize(
    ("verb", "text", "said"),
    [
        ("cho biết", "cho biết, năm 2023, …", "cho biết, năm 2023, …"),
        ("cho biết", "Cho biết: Năm 2023, …", "cho biết, năm 2023, …"),
        ("đề nghị", "Các tỉnh chủ động …", "đề nghị các tỉnh chủ động …"),
        ("cho biết", "Tỉnh ủy Cà Mau đã …", "cho biết, Tỉnh ủy Cà Mau đã …"),
        ("cho biết", "Chủ tịch UBND tỉnh đã …", "cho biết, Chủ tịch UBND tỉnh đã …"),
        ("cho biết", "MTTQ các cấp …", "cho biết, MTTQ các cấp …"),
        ("cho biết", "Cà Mau đã …", "cho biết, Cà Mau đã …"),
        ("cho biết", "cho biết", "cho biết, cho biết"),  # nothing after the verb: kept
    ],
)
def test_what_follows_the_verb(verb: str, text: str, said: str):
    from giaoban.render.sentences import said as said_after

    assert said_after(verb, text) == said
