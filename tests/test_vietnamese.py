import datetime as dt
from decimal import Decimal

import pytest

from giaoban import vietnamese as vn


@pytest.mark.parametrize(
    ("day", "expected"),
    [
        (dt.date(2022, 12, 15), "ngày 15 tháng 12 năm 2022"),
        (dt.date(2022, 3, 5), "ngày 05 tháng 3 năm 2022"),
        (dt.date(2024, 2, 15), "ngày 15 tháng 02 năm 2024"),
        (dt.date(2023, 1, 1), "ngày 01 tháng 01 năm 2023"),
        (dt.date(2020, 10, 9), "ngày 09 tháng 10 năm 2020"),
    ],
)
def test_admin_date_pads_days_below_10_and_months_1_and_2_only(day, expected):
    assert vn.admin_date(day) == expected


def test_press_date_has_no_padding():
    assert vn.press_date(dt.date(2022, 12, 15)) == "15/12"
    assert vn.press_date(dt.date(2022, 3, 5)) == "5/3"
    assert vn.press_date(dt.date(2022, 3, 5), with_year=True) == "5/3/2022"


@pytest.mark.parametrize(
    ("value", "decimals", "expected"),
    [
        (19455, None, "19.455"),
        (Decimal("9.6"), None, "9,6"),
        (1234567.891, None, "1.234.567,891"),
        (Decimal("0.125"), 2, "0,13"),  # half up, not Babel's half-even
        (Decimal("9.60"), None, "9,60"),
        (-1500, None, "-1.500"),
        (0, None, "0"),
    ],
)
def test_format_number(value, decimals, expected):
    assert vn.format_number(value, decimals) == expected


def test_format_number_keeps_equal_numbers_written_differently_apart():
    # its results are cached: 9.6 == 9.60 == Decimal("9.60"), 1 == 1.0, yet each is its own
    firsts = [vn.format_number(v) for v in (Decimal("9.6"), Decimal("9.60"), 9.6, 1, 1.0)]
    assert firsts == ["9,6", "9,60", "9,6", "1", "1,0"]
    assert [vn.format_number(v) for v in (1.0, 1, Decimal("9.60"))] == ["1,0", "1", "9,60"]


def test_percent_and_quantities():
    assert vn.format_percent(Decimal("9.6")) == "9,6%"
    assert vn.format_quantity(Decimal("9.6"), "%") == "9,6%"
    assert vn.format_quantity(19455, "văn bản") == "19.455 văn bản"
    assert "\u00a0" not in vn.format_quantity(1126, "tỷ đồng")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("19455", Decimal(19455)),
        ("9.6", Decimal("9.6")),
        ("9,6", Decimal("9.6")),
        ("19.455,5", Decimal("19455.5")),
        # two dots can only separate thousands (s6-trial H8: it was called ambiguous)
        ("1.234.567", Decimal(1234567)),
        ("-3", Decimal(-3)),
        # a lone leading 0 is never a thousands group (s2-trial F38)
        ("0.125", Decimal("0.125")),
        ("-0.500", Decimal("-0.5")),
    ],
)
def test_parse_number(text, expected):
    assert vn.parse_number(text) == expected


@pytest.mark.parametrize("text", ["19.455", "abc", "9,6%", "0.125.000", "1.234.56", "12.34.567"])
def test_parse_number_refuses_ambiguous_or_foreign_text(text):
    with pytest.raises(ValueError):
        vn.parse_number(text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("8:30", dt.time(8, 30)),
        ("08:30", dt.time(8, 30)),
        ("8h30", dt.time(8, 30)),
        ("14h", dt.time(14, 0)),
        ("8 giờ 30", dt.time(8, 30)),
        ("7 giờ 30 phút", dt.time(7, 30)),
        # the part of the day said (s3-trial F58)
        ("2 giờ chiều", dt.time(14, 0)),
        ("8:30 sáng", dt.time(8, 30)),
        ("1 giờ trưa", dt.time(13, 0)),
        ("11h30 trưa", dt.time(11, 30)),
        ("7 giờ tối", dt.time(19, 0)),
        ("14h chiều", dt.time(14, 0)),
    ],
)
def test_parse_time(text, expected):
    assert vn.parse_time(text) == expected


@pytest.mark.parametrize("text", ["510", "25:00", "8:75", "sáng", "14 giờ sáng"])
def test_parse_time_refuses(text):
    with pytest.raises(ValueError):
        vn.parse_time(text)


def test_parse_date_accepts_iso_and_vietnamese_order():
    assert vn.parse_date("2022-12-15") == dt.date(2022, 12, 15)
    assert vn.parse_date("15/12/2022") == dt.date(2022, 12, 15)
    with pytest.raises(ValueError):
        vn.parse_date("2022-02-30")


def test_parse_date_reads_the_documents_own_long_form():
    """ "ngày 15 tháng 12 năm 2022", as the minutes print it, copied back (s3-trial F58)."""
    assert vn.parse_date("ngày 15 tháng 12 năm 2022") == dt.date(2022, 12, 15)
    assert vn.parse_date("Ngày 05 tháng 01 năm 2023") == dt.date(2023, 1, 5)
    assert vn.parse_date("15 tháng 12 năm 2022") == dt.date(2022, 12, 15)
    month = vn.parse_date("tháng 12 năm 2022", month_only=True)
    assert isinstance(month, vn.MonthDate) and (month.year, month.month) == (2022, 12)
    for wrong in ("ngày 31 tháng 2 năm 2022", "tháng 12 năm 2022", "ngày 15 tháng 12"):
        with pytest.raises(ValueError):
            vn.parse_date(wrong)


def test_times():
    assert vn.admin_time(dt.time(8, 0)) == "08 giờ 00 phút"
    assert vn.short_time(dt.time(8, 0)) == "8 giờ"
    assert vn.short_time(dt.time(14, 5)) == "14 giờ 05"
    assert vn.part_of_day(dt.time(8, 0)) == "Sáng"
    assert vn.part_of_day(dt.time(14, 0)) == "Chiều"


@pytest.mark.parametrize(
    ("items", "expected"),
    [
        ([], ""),
        (["Cà Mau"], "Cà Mau"),
        (["Cà Mau", "Bạc Liêu"], "Cà Mau và Bạc Liêu"),
        (["A", "B", "C"], "A, B và C"),
    ],
)
def test_join_list(items, expected):
    assert vn.join_list(items) == expected


def test_sort_key_follows_the_vietnamese_alphabet():
    names = ["Anh", "Bảo", "Dũng", "Uyên", "Yến", "Ánh", "Ân", "Ông", "Đức", "Ơn", "Ước"]
    assert sorted(names, key=vn.sort_key) == [
        "Anh",
        "Ánh",
        "Ân",
        "Bảo",
        "Dũng",
        "Đức",
        "Ông",
        "Ơn",
        "Uyên",
        "Ước",
        "Yến",
    ]
    provinces = ["Sóc Trăng", "Điện Biên", "An Giang", "Đồng Tháp", "Cà Mau", "Hậu Giang"]
    assert vn.sorted_vietnamese(provinces) == [
        "An Giang",
        "Cà Mau",
        "Điện Biên",
        "Đồng Tháp",
        "Hậu Giang",
        "Sóc Trăng",
    ]
    assert sorted(["mạ", "má", "mã", "mả", "mà", "ma"], key=vn.sort_key) == [
        "ma",
        "mà",
        "mả",
        "mã",
        "má",
        "mạ",
    ]


def test_d_and_dd_are_two_letters_decided_on_the_first_one():
    # đ comes after d in the Vietnamese alphabet: the first letter alone decides here
    # (sorting đ as d would put "Đa" and "Đào" first, by their second letter)
    names = ["Đào", "Dương", "Đa", "Dy", "đinh", "dung"]
    assert sorted(names, key=vn.sort_key) == ["dung", "Dương", "Dy", "Đa", "Đào", "đinh"]
    assert vn.sorted_vietnamese(["Đắk Lắk", "Điện Biên", "Dương Minh Châu"]) == [
        "Dương Minh Châu",
        "Đắk Lắk",
        "Điện Biên",
    ]
    # people are ordered by their given name: Dương before Đạt, whatever the family name
    people = ["Lê Văn Đạt", "Trần Thị Dương"]
    assert sorted(people, key=vn.person_sort_key) == ["Trần Thị Dương", "Lê Văn Đạt"]


@pytest.mark.parametrize(
    ("hour", "minute", "part"),
    [
        (6, 30, "Sáng"),
        (10, 59, "Sáng"),
        (11, 0, "Trưa"),
        (12, 59, "Trưa"),
        (13, 0, "Chiều"),
        (17, 59, "Chiều"),
        (18, 0, "Tối"),
        (21, 30, "Tối"),
    ],
)
def test_part_of_day_at_its_boundaries(hour: int, minute: int, part: str):
    assert vn.part_of_day(dt.time(hour, minute)) == part


def test_sort_key_treats_nfd_like_nfc():
    import unicodedata

    word = "Đồng Tháp"
    assert vn.sort_key(unicodedata.normalize("NFD", word)) == vn.sort_key(word)


def test_people_sort_by_given_then_middle_then_family_name():
    people = [
        "Trần Thị Ánh",
        "Nguyễn Văn An",
        "Lê Văn Anh",
        "Nguyễn Thị An",
        "Đỗ Minh Đức",
        "Trần Thị An",
        "Phạm Thị Ân",
    ]
    assert sorted(people, key=vn.person_sort_key) == [
        "Nguyễn Thị An",
        "Trần Thị An",
        "Nguyễn Văn An",
        "Lê Văn Anh",
        "Trần Thị Ánh",
        "Phạm Thị Ân",
        "Đỗ Minh Đức",
    ]


def test_compound_given_name_sorts_on_the_whole_given_name():
    key = vn.person_sort_key("Nguyễn Ngọc Trường Sơn", given="Trường Sơn")
    assert key[0] == vn.sort_key("Trường Sơn")
    assert key[2] == vn.sort_key("Nguyễn")


def test_nfc_fixes_decomposed_text_and_eth_lookalikes():
    import unicodedata

    assert vn.nfc(unicodedata.normalize("NFD", "Hậu Giang")) == "Hậu Giang"
    assert vn.nfc("\u00d0ồng Tháp") == "Đồng Tháp"
    assert vn.nfc("Ban \u00f0oàn kết, \u00d0ồng Tháp") == "Ban đoàn kết, Đồng Tháp"
    assert vn.nfc(unicodedata.normalize("NFD", "\u00f0ồng")) == "đồng"


def test_slug():
    assert vn.slug("Hội nghị giao ban Cụm thi đua Nam Sông Hậu năm 2022") == (
        "hoi-nghi-giao-ban-cum-thi-dua-nam-song-hau-nam-2022"
    )
    assert vn.slug("Đồng Tháp") == "dong-thap"
    assert vn.slug("../../etc/passwd") == "etc-passwd"
    assert vn.slug("///") == "x"


def test_capitalisation_helpers_touch_only_the_first_letter():
    assert vn.capitalize_first("đẩy mạnh ứng dụng") == "Đẩy mạnh ứng dụng"
    assert vn.capitalize_first("") == ""
    assert vn.lower_first("Bà Trương Thị Ngọc Ánh") == "bà Trương Thị Ngọc Ánh"


def test_closest_match_ignores_accents_and_case():
    provinces = ["Bạc Liêu", "Cà Mau", "An Giang"]
    assert vn.closest_match("Ca Mau", provinces) == "Cà Mau"
    assert vn.closest_match("ca mâu", provinces) == "Cà Mau"
    assert vn.closest_match("Hà Nội", provinces) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [("a", "a."), ("a.", "a."), ("a...", "a..."), ("a;", "a;"), ("a:", "a:"), ("a ", "a.")],
)
def test_sentence_keeps_the_writers_own_ending(text, expected):
    assert vn.sentence(text) == expected


def test_reported_speech_comma_rule():
    assert vn.reported("cho rằng", "bên cạnh") == "cho rằng, bên cạnh"
    assert vn.reported("đề nghị", "các tỉnh") == "đề nghị các tỉnh"
    assert vn.locality("Cần Thơ") == "thành phố Cần Thơ"
    assert vn.locality("Cà Mau") == "tỉnh Cà Mau"


@pytest.mark.parametrize(
    ("typed", "written"),
    [
        ("QUÁCH THỊ TƯƠI", "Quách Thị Tươi"),
        ("quách thị tươi", "Quách Thị Tươi"),
        ("Quách thị Tươi", "Quách Thị Tươi"),
        ("ĐINH VĂN ĐÔNG", "Đinh Văn Đông"),
        ("H'HEN NIÊ", "H'Hen Niê"),
        ("Y Bhin Niê", "Y Bhin Niê"),
        ("Trương Thị Ngọc Ánh", "Trương Thị Ngọc Ánh"),
    ],
)
def test_a_name_is_written_with_a_capital_to_every_syllable(typed, written):
    assert vn.person_name_case(typed) == written


def test_letter_case_sets_acronyms_aside():
    assert vn.letter_case("HỘI NGHỊ CỦA MTTQ") == "upper"
    assert vn.letter_case("hội nghị của cụm") == "lower"
    assert vn.letter_case("Hội nghị của MTTQ") is None
    assert vn.letter_case("MTTQ") is None


@pytest.mark.parametrize(
    ("title", "next_year"),
    [
        # every year of a list moves, none is said twice (s5-check G1)
        ("Hội nghị tổng kết các năm 2025, 2026", "Hội nghị tổng kết các năm 2026, 2027"),
        ("Hội nghị tổng kết năm 2025 và 2026", "Hội nghị tổng kết năm 2026 và 2027"),
        (
            "Hội nghị tổng kết năm 2026, phương hướng, nhiệm vụ 2027",
            "Hội nghị tổng kết năm 2027, phương hướng, nhiệm vụ 2028",
        ),
        ("HỘI NGHỊ TỔNG KẾT NĂM 2026", "HỘI NGHỊ TỔNG KẾT NĂM 2027"),
        ("Hội nghị tổng kết năm  2026", "Hội nghị tổng kết năm  2027"),
        ("Hội nghị năm học 2025-2026", "Hội nghị năm học 2025-2026"),  # "học" opens it
        ("Hội nghị tổng kết năm 2025-2026", "Hội nghị tổng kết năm 2026-2027"),
        # a term, a range, a document's number and a date stay
        ("Đại hội nhiệm kỳ 2024-2029", "Đại hội nhiệm kỳ 2024-2029"),
        ("Đại hội nhiệm kỳ 2024 – 2029", "Đại hội nhiệm kỳ 2024 – 2029"),
        ("giai đoạn 2021 - 2025", "giai đoạn 2021 - 2025"),
        ("theo Nghị quyết số 43/2026/NQ-MTTQ", "theo Nghị quyết số 43/2026/NQ-MTTQ"),
        ("Hội nghị ngày 20/11/2026 năm 2026", "Hội nghị ngày 20/11/2026 năm 2027"),
    ],
)
def test_last_years_title_moves_every_year_it_names(title, next_year):
    assert vn.shift_years(title, 1) == next_year
    assert len(vn.years_named(next_year)) == len(vn.years_named(title))


def test_the_dates_a_title_writes_are_found():
    assert vn.dates_with_year("Hội nghị ngày 20/11/2026 năm 2026") == ["20/11/2026"]
    assert vn.dates_with_year("tháng 11/2026, Nghị quyết 43/2026/NQ-MTTQ") == ["11/2026"]
