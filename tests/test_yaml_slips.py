"""Everyday YAML slips still answered in PyYAML's English (s5-trial F120, F111): a Windows
path or a backslash in double quotes ("expected escape sequence of 8 hexadecimal
numbers"), a "..." line ("expected '<document start>'"), Word's "* " bullets ("expected
alphabetic or numeric character"), a decimal comma inside a one-line figure ("5 tỷ: tên
mục không hợp lệ"). Each now gets one Vietnamese message at its line with the fix, and the
line written right where there is one."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import edited, line_of, run

RECORD = "nam-song-hau-2023.yaml"
TITLE = "  title: Hội nghị giao ban Cụm thi đua Nam Sông Hậu"
LIMITATION = "    - việc ứng dụng công nghệ thông tin ở cơ sở còn chậm\n"


def _validate(examples: Path, old: str, new: str, *before: str):
    path = edited(examples / RECORD, examples / "ho-so.yaml", old, new)
    return run(*before, "validate", path.name), path


def test_a_windows_path_in_double_quotes_gets_single_quotes_or_slashes(examples):
    text = (examples / RECORD).read_text(encoding="utf-8")
    assert TITLE in text
    path = Path("ho-so.yaml")
    path.write_text(
        text + 'minutes:\n  template: "C:\\Users\\thuky\\Documents\\mau\\bien-ban.docx"\n',
        encoding="utf-8",
    )
    result = run("validate", str(path))
    assert result.exit_code == 1
    first = result.stderr.splitlines()[0]
    line = line_of(path, "C:\\Users")
    assert first.startswith(f"ho-so.yaml:{line}:16: "), first  # at the first backslash
    assert "escape" not in first and "hexadecimal" not in first
    assert "nháy đơn" in first and "/" in first
    assert first.endswith("template: 'C:\\Users\\thuky\\Documents\\mau\\bien-ban.docx'"), first


def test_a_backslash_in_a_quoted_title_gets_the_line_in_single_quotes(examples):
    old = TITLE
    new = '  title: "Hội nghị theo Kế hoạch số 12\\KH-MTTQ"'
    result, _ = _validate(examples, old, new)
    assert result.exit_code == 1
    first = result.stderr.splitlines()[0]
    assert "escape" not in first and "nháy đơn" in first, first
    fixed = first.split("cũng được): ", 1)[-1]
    assert fixed == "title: 'Hội nghị theo Kế hoạch số 12\\KH-MTTQ'", first
    good, _ = _validate(examples, old, "  " + fixed)
    assert good.exit_code == 0, good.stderr
    english, _ = _validate(examples, old, new, "--lang", "en")
    assert "single quotes" in english.stderr


def test_a_three_dots_line_is_named_as_the_end_of_the_document(examples):
    result, path = _validate(examples, LIMITATION, LIMITATION + "...\n")
    assert result.exit_code == 1
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"ho-so.yaml:{line_of(path, '...')}:1: "), first
    assert "document start" not in first and "'...'" in first and "#" in first, first


def test_word_star_bullets_are_told_to_be_dashes(examples):
    result, path = _validate(
        examples,
        LIMITATION,
        "    * việc ứng dụng công nghệ thông tin ở cơ sở còn chậm\n",
    )
    assert result.exit_code == 1
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"ho-so.yaml:{line_of(path, '* việc')}:5: "), first
    assert "alphabetic" not in first and "'- '" in first and "'* '" in first, first


def test_a_decimal_comma_in_a_one_line_figure_is_named(examples):
    old = "figures:\n"
    new = (
        "figures:\n  - {id: ung-ho, label: ủng hộ Quỹ Vì người nghèo, value: 1,5 tỷ, "
        "unit: tỷ đồng, year: 2023}\n"
    )
    result, path = _validate(examples, old, new)
    assert result.exit_code == 1
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"ho-so.yaml:{line_of(path, 'ung-ho')}:"), first
    assert "tên mục không hợp lệ" not in first, first
    assert 'value: "1,5 tỷ"' in first and "dấu phẩy" in first, first
