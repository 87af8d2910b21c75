"""s6-trial H9: a key typed without its ':' is named at its own line, with the line written
right. YAML reads "  date 2022-12-15" as text and stops at the NEXT line, whose ':' is
right; giaoban named that line ("thiếu dấu ':' …, hoặc dấu ngoặc chưa đóng ở dòng trước")
or, worse, advised putting the next line in quotes."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_2022, run


@pytest.mark.parametrize(
    ("file", "line_written", "key"),
    [
        (EXAMPLE_2022, "  date: 2022-12-15", "date"),
        (EXAMPLE_2022, "    honorific: Bà", "honorific"),
        ("giaoban.yaml", "  organiser: Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam", "organiser"),
    ],
)
def test_a_key_without_its_colon_is_named_at_its_own_line(
    examples: Path, file: str, line_written: str, key: str
):
    text = Path(file).read_text(encoding="utf-8")
    lines = text.splitlines()
    number = lines.index(line_written) + 1  # the first such line
    slip = line_written.replace(f"{key}: ", f"{key} ", 1)
    lines[number - 1] = slip
    Path(file).write_text("\n".join(lines) + "\n", encoding="utf-8")
    result = run("validate", EXAMPLE_2022)
    assert result.exit_code == 1
    first = result.stderr.splitlines()[0]
    column = len(slip) - len(slip.lstrip()) + len(key) + 1
    assert first == (
        f"{file}:{number}:{column}: thiếu dấu ':' sau tên mục '{key}'; viết: {line_written.strip()}"
    )
    assert "dấu ngoặc kép" not in result.stderr  # the wrong advice of before


def test_text_that_starts_with_a_word_like_a_key_is_not_taken_for_one(examples: Path):
    """Only a key the record knows: a Vietnamese text line is never "fixed" into a key."""
    text = Path(EXAMPLE_2022).read_text(encoding="utf-8")
    assert "  date: 2022-12-15\n" in text
    broken = text.replace("  date: 2022-12-15\n", "  ngay 2022-12-15\n", 1)
    Path(EXAMPLE_2022).write_text(broken, encoding="utf-8")
    result = run("validate", EXAMPLE_2022)
    assert result.exit_code == 1
    assert "thiếu dấu ':' sau tên mục '" not in result.stderr
