"""The "wrong document" findings of the fifth new-user trial (/work/notes/s5-trial.md,
F-numbers; s5-check.md, G-numbers): what the documents say must be what the record says.
Each case failed before its fix.

Records: the bundled examples edited the way the tester's record differed.
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run
from tests.test_trial3_documents import rendered
from tests.test_trial3_wording import example

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
