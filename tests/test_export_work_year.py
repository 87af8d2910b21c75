"""`export --year` is the work year (s5-trial F125): README said "filtered by meeting year"
and `--help` "Chỉ các hội nghị của năm này", while a review of 2023 held in January 2024
is of 2023; `--year 2024` answered "Không có hồ sơ nào năm 2024" without a word of it.
Now help and README say work year, and a meeting held in that calendar year but of
another work year is named, with the --year that selects it."""

from __future__ import annotations

from tests.conftest import edited, run

SOURCE = "nam-song-hau-2023.yaml"


def _january(examples):
    # the 2023 review held on 10 January 2024 (cluster.year: 2023 stays)
    edited(examples / SOURCE, examples / "tk-2023.yaml", "  date: 2023-12-14", "  date: 2024-01-10")
    (examples / SOURCE).unlink()
    assert run("validate", "tk-2023.yaml").exit_code == 0


def test_a_january_review_is_named_when_its_calendar_year_is_asked(examples, tmp_path):
    _january(examples)
    result = run("export", ".", "-o", str(tmp_path / "out24"), "--year", "2024")
    assert result.exit_code == 2
    assert "tk-2023.yaml" in result.stderr and "năm thi đua 2023" in result.stderr
    assert "--year 2023" in result.stderr, result.stderr
    chosen = run("export", ".", "-o", str(tmp_path / "out23"), "--year", "2023")
    assert chosen.exit_code == 0, chosen.output
    assert (tmp_path / "out23" / "tk-2023-bien-ban.docx").is_file()
    assert "năm thi đua" not in chosen.output


def test_the_note_beside_the_meetings_of_that_work_year(examples, tmp_path):
    _january(examples)
    made = run("new", "tk-2024.yaml", "--from", "tk-2023.yaml", "--date", "2024-12-12")
    assert made.exit_code == 0, made.output
    result = run("export", ".", "-o", str(tmp_path / "out"), "--year", "2024")
    assert result.exit_code == 0, result.output
    assert (tmp_path / "out" / "tk-2024-bien-ban.docx").is_file()
    assert not (tmp_path / "out" / "tk-2023-bien-ban.docx").exists()
    said = [line for line in result.output.splitlines() if "năm thi đua 2023" in line]
    assert said and "ngày 10/01/2024" in said[0] and "--year 2023" in said[0], result.output


def test_help_and_readme_say_work_year():
    from pathlib import Path

    assert "năm thi đua" in run("export", "--help").output
    readme = (Path(__file__).resolve().parent.parent / "README.md").read_text(encoding="utf-8")
    assert "filtered by meeting year" not in readme
