"""The documents say each thing once, and only what the record says: the doubled-word
findings of the third new-user trial (/work/notes/s3-trial.md F63-F66, F28, F45, F62),
each as a case that failed before its fix.

Records: the bundled examples edited the way the tester's records differed (the 2022
example is written from the news agency's article in shared/seed; the 2023 one from
the public reports named in its header), or the real corpus records of the same
meetings (tests/data/corpus, each with its public source).
"""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run
from tests.test_trial3_documents import rendered


def example(folder: Path, name: str, *edits: tuple[str, str]) -> str:
    """The bundled example ``name`` with each (old, new) edit made once (old must occur)."""
    text = (folder / f"{name}.yaml").read_text(encoding="utf-8")
    for old, new in edits:
        assert old in text, old
        text = text.replace(old, new, 1)
    return text


# --- F66: an honorific inside `name` ----------------------------------------------------


def test_an_honorific_copied_into_the_name_is_said_once(examples: Path):
    """F66: "Bà Bà Trương Thị Ngọc Ánh", "… tỉnh đồng chí Lữ Văn Hùng cùng dự"."""
    text = example(
        examples,
        "nam-song-hau-2022",
        ("    name: Trương Thị Ngọc Ánh", "    name: Bà Trương Thị Ngọc Ánh"),
        ("    name: Lữ Văn Hùng", "    name: đồng chí Lữ Văn Hùng"),
    )
    minutes, press = rendered(examples, text)
    for document in (minutes, press):
        assert "Bà Bà" not in document and "bà Bà" not in document
        assert "đồng chí Lữ" not in document.replace("Đồng chí", "")
        assert "Trương Thị Ngọc Ánh" in document and "Lữ Văn Hùng" in document
    assert "Bà Trương Thị Ngọc Ánh, Phó Chủ tịch" in press
    assert "Chủ tịch Hội đồng nhân dân tỉnh Lữ Văn Hùng cùng dự" in press
    assert run("validate", "case.yaml").exit_code == 0


def test_the_honorific_in_the_name_fills_an_empty_honorific(examples: Path):
    """A name "bà Trương Thị Ngọc Ánh" with no honorific: the record said "bà"."""
    text = example(
        examples,
        "nam-song-hau-2022",
        ("    name: Trương Thị Ngọc Ánh\n    honorific: Bà\n", "    name: bà Trương Thị Ngọc Ánh\n"),
    )
    minutes, press = rendered(examples, text)
    assert "Bà Trương Thị Ngọc Ánh, Phó Chủ tịch" in press
    assert "bà Trương Thị Ngọc Ánh" in minutes or "Bà Trương Thị Ngọc Ánh" in minutes
    assert "Bà bà" not in minutes + press


def test_a_name_that_may_open_with_the_surname_ông_is_warned_not_changed(examples: Path):
    """"Ông" is also a surname (Ông Ích Khiêm): not removed in silence; a warning at the
    name says both readings. With honorific "Bà" it can only be the surname."""
    text = example(examples, "nam-song-hau-2022", ("    name: Lữ Văn Hùng", "    name: Ông Lữ Văn Hùng"))
    (examples / "case.yaml").write_text(text, encoding="utf-8")
    result = run("validate", "case.yaml")
    assert result.exit_code == 0
    assert "case.yaml:29:5: cảnh báo: attendees, mục 2, name:" in result.output, result.output
    assert "honorific: Ông" in result.output
    woman = example(
        examples,
        "nam-song-hau-2022",
        ("    name: Trương Thị Ngọc Ánh", "    name: Ông Thị Ngọc Ánh"),
    )
    (examples / "case.yaml").write_text(woman, encoding="utf-8")
    assert "cảnh báo" not in run("validate", "case.yaml").output


def test_a_name_whose_honorific_contradicts_the_honorific_field_is_warned(examples: Path):
    text = example(
        examples, "nam-song-hau-2022", ("    name: Trương Thị Ngọc Ánh", "    name: ông Trương Thị Ngọc Ánh")
    )
    (examples / "case.yaml").write_text(text, encoding="utf-8")
    result = run("validate", "case.yaml")
    assert "attendees, mục 1, name:" in result.output, result.output
    assert "'ông'" in result.output and "'Bà'" in result.output
