"""A command's edges a new user trips over (s5-trial F111, s5-check G4, G7): advice naming
an option the command lacks, "cả 1 trang", a template's English "(division by zero)",
`new --date 12/2024` refused though a record takes it, a date
`new` writes that `validate` then refuses, overlapping `membership` periods chosen in
silence, `--pdf-timeout 99999999` as "OverflowError", "tính đến ngày tháng 1/2024", and an
empty `presiding:` announced as carried into a folder that sets it the same."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pikepdf

from giaoban import vietnamese as vn
from giaoban.record import load_record
from giaoban.render.sentences import followup_report_scope
from tests.conftest import EXAMPLE_2022, line_of, run
from tests.test_faults import tmpfs

EXAMPLE_2023 = "nam-song-hau-2023.yaml"


def test_new_in_a_read_only_folder_names_no_option_new_lacks(examples, tmp_path):
    with tmpfs(tmp_path / "ro", "ro,size=1m") as folder:
        result = run("new", str(folder / "moi.yaml"), "--from", EXAMPLE_2023)
        assert result.exit_code == 1, result.output
        assert "chỉ đọc" in result.stderr
        assert "(-o " not in result.stderr, result.stderr  # `new` has no -o
        assert "giaoban new" in result.stderr
        # render and export, which have it, still name it
        rendered = run("render", EXAMPLE_2022, "-o", str(folder))
        assert "(-o THƯ-MỤC)" in rendered.stderr


def _pdf(path: Path, pages: int) -> Path:
    pdf = pikepdf.new()
    for _ in range(pages):
        pdf.add_blank_page(page_size=(595.28, 841.89))
    pdf.save(path)
    return path


def test_check_of_a_one_page_pdf_says_one_page(tmp_path):
    one = run("check", str(_pdf(tmp_path / "mot.pdf", 1)))
    assert "cả 1 trang" not in one.output and "cả 0" not in one.output, one.output
    assert "1 trang, khổ A4" in one.output
    two = run("check", str(_pdf(tmp_path / "hai.pdf", 2)))
    assert "cả 2 trang khổ A4" in two.output


def test_a_division_by_zero_in_a_template_is_said_in_vietnamese(examples):
    assert run("templates", "copy", "mau").exit_code == 0
    article = examples / "mau" / "tin-bai.j2"
    article.write_text(article.read_text(encoding="utf-8") + "{{ 1/0 }}\n", encoding="utf-8")
    result = run("render", EXAMPLE_2022, "-o", "out", "--templates", "mau")
    assert result.exit_code == 1
    assert "division" not in result.stderr and "chia cho 0" in result.stderr, result.stderr


def test_new_takes_a_month_alone_as_a_record_does(examples):
    result = run("new", "moi.yaml", "--from", EXAMPLE_2023, "--date", "12/2024")
    assert result.exit_code == 0, result.output
    assert "  date: 2024-12\n" in (examples / "moi.yaml").read_text(encoding="utf-8")
    record = load_record(examples / "moi.yaml").record
    assert not vn.day_known(record.meeting.date) and record.year == 2024


def test_new_refuses_a_year_validate_would_refuse(examples):
    for date in ("9999-12-31", "2201-03-01", "0001-01-01"):
        result = run("new", "h.yaml", "--from", EXAMPLE_2023, "--date", date)
        assert result.exit_code == 2, (date, result.output)
        assert "1945" in result.stderr and "2200" in result.stderr, result.stderr
        assert "01/01/1 " not in result.stderr
        assert not (examples / "h.yaml").exists()


def test_overlapping_membership_periods_are_warned(examples):
    defaults = examples / "giaoban.yaml"
    text = defaults.read_text(encoding="utf-8")
    old = "      - from: 2025-07-01\n        members: [Cà Mau, An Giang, Cần Thơ]\n"
    assert old in text
    defaults.write_text(
        text.replace(
            old, old + "      - year: 2026\n        members: [Cần Thơ, Cà Mau, An Giang]\n"
        ),
        encoding="utf-8",
    )
    result = run("validate", "nam-song-hau-2026.yaml")
    line = line_of(defaults, "- year: 2026")
    warned = [w for w in result.stderr.splitlines() if "membership" in w]
    assert warned and warned[0].startswith(f"giaoban.yaml:{line}:"), result.stderr
    assert "mục 1" in warned[0] and "year" in warned[0], warned[0]
    # the same members twice: nothing to choose, nothing said
    defaults.write_text(
        text.replace(
            old, old + "      - year: 2026\n        members: [Cà Mau, An Giang, Cần Thơ]\n"
        ),
        encoding="utf-8",
    )
    assert "membership" not in run("validate", "nam-song-hau-2026.yaml").stderr


def test_a_pdf_timeout_beyond_any_use_is_refused_with_its_range(examples):
    result = run("render", EXAMPLE_2022, "-o", "out", "--pdf", "--pdf-timeout", "99999999")
    assert result.exit_code == 2
    assert "Overflow" not in result.output and "--pdf-timeout" in result.stderr
    assert "86400" in result.stderr, result.stderr


def test_the_follow_up_report_as_of_a_month_says_no_day():
    month = vn.parse_date("01/2024", month_only=True)
    assert followup_report_scope(["2023"], month).endswith("tính đến tháng 1/2024")
    day = followup_report_scope(["2023", "2024"], dt.date(2024, 12, 12))
    assert day.endswith("tính đến ngày 12/12/2024")


def test_an_empty_presiding_the_new_folder_sets_too_is_not_carried(examples, tmp_path):
    elsewhere = tmp_path / "tt"
    elsewhere.mkdir()
    own = "minutes:\n  presiding:\n"
    (elsewhere / "giaoban.yaml").write_text(own, encoding="utf-8")
    target = elsewhere / "h.yaml"
    result = run("new", str(target), "--from", EXAMPLE_2023)
    assert result.exit_code == 0, result.output
    assert "minutes.presiding" not in result.stderr
    assert "presiding" not in target.read_text(encoding="utf-8")
