"""s6-trial H10: a file that is not a record, or a name typed without its tone marks.

A secretary gives `render` the biên bản she made (a .docx) instead of the record: she was
told the file held NUL bytes and to "save it as UTF-8". She types "ky giao uoc 2024.yaml"
for "ký giao ước 2024.yaml": she was told only that it does not exist.
"""

from __future__ import annotations

import shutil
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_2022, run

SAVED = Path(__file__).parent / "data" / "templates"


def test_a_biên_bản_given_for_a_record_is_named_and_check_proposed(examples: Path):
    assert run("render", EXAMPLE_2022, "-o", "ra", "--only", "minutes").exit_code == 0
    made = Path("ra") / "nam-song-hau-2022-bien-ban.docx"
    for command in ("render", "validate"):
        result = run(command, str(made), *(["-o", "ra2"] if command == "render" else []))
        assert result.exit_code == 1, result.stderr
        line = next(said for said in result.stderr.splitlines() if said.startswith(str(made)))
        assert "đây là tệp Word (.docx), không phải hồ sơ YAML" in line
        assert f"giaoban check {made}" in line  # what she may have meant
        assert "UTF-8" not in result.stderr and "NUL" not in result.stderr
    assert not Path("ra2").exists()


@pytest.mark.parametrize(
    ("saved", "said"),
    [
        ("bien-ban-libreoffice.odt", "OpenDocument (.odt) của LibreOffice"),
        ("bien-ban-libreoffice.doc", "Word 97-2003 (.doc)"),
    ],
)
def test_other_office_files_given_for_a_record_are_named(examples: Path, saved: str, said: str):
    shutil.copy(SAVED / saved, examples / saved)
    result = run("validate", saved)
    assert result.exit_code == 1
    assert f"{saved}: đây là tệp {said}, không phải hồ sơ YAML" in result.stderr
    assert "giaoban check" not in result.stderr  # check reads .docx and .pdf only


def test_a_name_typed_without_tone_marks_is_answered_with_the_file_beside_it(examples: Path):
    shutil.copy(EXAMPLE_2022, "ký giao ước 2024.yaml")
    for command in (["validate"], ["render", "-o", "ra"], ["export", "-o", "ra"]):
        result = run(command[0], "ky giao uoc 2024.yaml", *command[1:])
        assert result.exit_code == 2, result.stderr
        assert "Có phải ý bạn là 'ký giao ước 2024.yaml'?" in result.stderr
    # two files that fold alike: no guess
    shutil.copy(EXAMPLE_2022, "Ky giao uoc 2024.yaml")
    result = run("validate", "ky giao uoc 2024.yaml")
    assert result.exit_code == 2 and "Có phải ý bạn là" not in result.stderr
    assert "ky giao uoc 2024.yaml: không tồn tại" in result.stderr


@pytest.mark.parametrize("written", ["03/BB-MTTQ-BTT", "Số: 03/BB-MTTQ-BTT", "12 / BB-MTTQ"])
def test_a_document_number_written_with_its_symbol_is_told_to_keep_the_number(
    examples: Path, written: str
):
    record = Path(EXAMPLE_2022)
    text = record.read_text(encoding="utf-8")
    assert "\n  number:" not in text

    def numbered(number: str) -> str:
        if "\nminutes:\n" in text:
            return text.replace("\nminutes:\n", f"\nminutes:\n  number: {number}\n", 1)
        return text + f"\nminutes:\n  number: {number}\n"

    record.write_text(numbered(f'"{written}"'), encoding="utf-8")
    result = run("validate", EXAMPLE_2022)
    assert result.exit_code == 1
    (line,) = [said for said in result.stderr.splitlines() if "minutes.number" in said]
    assert f"minutes.number: '{written}': chỉ ghi số văn bản, phần trước dấu '/'" in line
    assert "không phải số nguyên" not in line
    record.write_text(numbered("3"), encoding="utf-8")
    assert run("validate", EXAMPLE_2022).exit_code == 0


def test_an_id_holding_a_hidden_character_names_it_and_the_id_meant(examples: Path):
    """s6-trial H8: "vu-thi-thanh" + U+200B, pasted from a web page, looked right on
    screen and was told only which characters an id may hold."""
    text = Path(EXAMPLE_2022).read_text(encoding="utf-8")
    first_id = next(line for line in text.splitlines() if line.startswith("  - id: "))
    ident = first_id.removeprefix("  - id: ")
    Path(EXAMPLE_2022).write_text(text.replace(first_id, first_id + "\u200b", 1), encoding="utf-8")
    result = run("validate", EXAMPLE_2022)
    assert result.exit_code == 1
    (line,) = [said for said in result.stderr.splitlines() if "ký tự ẩn" in said]
    assert "U+200B ZERO WIDTH SPACE" in line
    assert line.endswith(f"hãy viết '{ident}'")


def test_a_number_with_two_thousands_dots_is_read(examples: Path):
    """s6-trial H8: "1.234.567" was called ambiguous; two dots can only be thousands."""
    text = Path(EXAMPLE_2022).read_text(encoding="utf-8")
    assert "value: 19455\n" in text
    Path(EXAMPLE_2022).write_text(
        text.replace("value: 19455\n", 'value: "1.234.567"\n', 1), encoding="utf-8"
    )
    result = run("render", EXAMPLE_2022, "-o", "ra", "--only", "press", "--format", "md")
    assert result.exit_code == 0, result.stderr
    assert "1.234.567" in next(Path("ra").glob("*.md")).read_text(encoding="utf-8")
