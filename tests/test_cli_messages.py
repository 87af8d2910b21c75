"""Messages of the command line in the record's words (s2 trial: F29)."""

from __future__ import annotations

from tests.conftest import run


def test_new_with_an_impossible_date_says_so(examples):
    result = run("new", "moi.yaml", "--date", "31/2/2026")
    assert result.exit_code == 2
    assert (
        result.stderr.strip() == "--date: ngày '31/2/2026' không có thật (kiểm tra ngày và tháng)"
    )
    assert "%" not in result.output
    assert not (examples / "moi.yaml").exists()
    shapeless = run("--lang", "en", "new", "moi.yaml", "--date", "hôm nay")
    assert shapeless.exit_code == 2
    assert "--date: 'hôm nay' is not a date; write it as 2022-12-15 or 15/12/2022" in (
        shapeless.stderr
    )
    assert run("new", "moi.yaml", "--date", "15/12/2026").exit_code == 0
    assert "2026-12-15" in (examples / "moi.yaml").read_text(encoding="utf-8")
