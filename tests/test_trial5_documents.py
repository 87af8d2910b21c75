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
