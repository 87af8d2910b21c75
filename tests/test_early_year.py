"""s6-trial H27: a meeting early in the work year after a year's review.

`new --from` a December tổng kết with a January date wrote "Hội nghị sơ kết … 6 tháng đầu
năm" held on 9 January, valid without a word: a half year that had not begun. Real
clusters hold the sơ kết 6 tháng from June to August (tests/data/corpus: 21/6/2024,
3/8/2023, 19/6/2019, 12/7/2024). A meeting of January to May after a review is neither
that year's sơ kết nor its tổng kết: `new` copies the review's kind and says to write
the meeting's own; `validate` warns at a sơ kết 6 tháng dated before May.
"""

from __future__ import annotations

import datetime as dt
import shutil
from pathlib import Path

import pytest

from giaoban.gazetteer import numeric_date
from tests.conftest import EXAMPLES, run


@pytest.fixture
def review_2023(tmp_path: Path, monkeypatch) -> Path:
    """The 2023 example (14/12/2023) written as the cluster's tổng kết of 2023."""
    for name in ("giaoban.yaml", "nam-song-hau-2023.yaml"):
        shutil.copy(EXAMPLES / name, tmp_path / name)
    monkeypatch.chdir(tmp_path)
    record = tmp_path / "nam-song-hau-2023.yaml"
    text = record.read_text(encoding="utf-8")
    assert "\n  kind: giao ban\n" in text
    text = text.replace("\n  kind: giao ban\n", "\n  kind: tổng kết\n  period: năm\n", 1)
    record.write_text(text, encoding="utf-8")
    assert run("validate", record.name).exit_code == 0
    return record


def _meeting(path: Path) -> dict[str, str]:
    lines = path.read_text(encoding="utf-8").splitlines()
    return {
        key: line.split(": ", 1)[1].strip('"')
        for line in lines
        for key in ("kind", "period")
        if line.startswith(f"  {key}: ")
    }


@pytest.mark.parametrize("date", ["2024-01-09", "2024-03-20", "2024-05-31"])
def test_early_in_the_year_after_a_review_new_copies_and_says_to_write_the_kind(
    review_2023: Path, date: str
):
    result = run("new", "moi.yaml", "--from", review_2023.name, "--date", date)
    assert result.exit_code == 0, result.output
    assert _meeting(Path("moi.yaml")) == {"kind": "tổng kết", "period": "năm"}
    day = numeric_date(dt.date.fromisoformat(date))  # 09/01/2024, 20/3/2024 (Nghị định 30)
    said = result.output + result.stderr
    assert (
        f"moi.yaml: hội nghị họp ngày {day}, đầu năm thi đua, sau hội nghị tổng kết năm 2023"
        in said
    )
    assert "sơ kết 6 tháng" not in said


@pytest.mark.parametrize("date", ["2024-06-20", "2024-08-03"])
def test_mid_year_after_a_review_new_writes_the_sơ_kết(review_2023: Path, date: str):
    result = run("new", "moi.yaml", "--from", review_2023.name, "--date", date)
    assert result.exit_code == 0, result.output
    assert _meeting(Path("moi.yaml")) == {"kind": "sơ kết", "period": "6 tháng đầu năm"}


def test_a_sơ_kết_6_tháng_dated_in_january_is_warned_at_its_period(review_2023: Path):
    assert run("new", "moi.yaml", "--from", review_2023.name, "--date", "2024-06-20").exit_code == 0
    path = Path("moi.yaml")
    text = path.read_text(encoding="utf-8")
    assert "  date: 2024-06-20\n" in text
    path.write_text(text.replace("  date: 2024-06-20\n", "  date: 2024-01-09\n"), encoding="utf-8")
    result = run("validate", "moi.yaml")
    period_line = next(
        number for number, line in enumerate(text.splitlines(), 1) if line.startswith("  period: ")
    )
    assert (
        f"moi.yaml:{period_line}:3: cảnh báo: meeting.period: hội nghị sơ kết 6 tháng đầu năm "
        "2024 họp ngày 9/1/2024, khi 6 tháng đầu năm còn chưa qua" in result.stderr
    )
    # in June it is what real clusters do: no such warning
    path.write_text(text, encoding="utf-8")
    assert "6 tháng đầu năm còn chưa qua" not in run("validate", "moi.yaml").stderr
