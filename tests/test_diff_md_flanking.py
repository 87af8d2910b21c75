"""``diff --format md``: an insertion that starts with a comma glued to the word before
it (s2-trial F21) keeps the comma outside ``**``, so that Markdown shows it in bold and
not as literal asterisks."""

from __future__ import annotations

from pathlib import Path

from giaoban.diff import inline
from tests.conftest import EXAMPLE_2022, EXAMPLES, edited, run

END = "thực hiện tốt một số nội dung trọng tâm trong năm 2023 và thời gian tới\n"


def test_a_comma_opening_an_insertion_stays_outside_the_marks(tmp_path: Path):
    old = tmp_path / "cu.yaml"
    new = tmp_path / "moi.yaml"
    old.write_text((EXAMPLES / EXAMPLE_2022).read_text(encoding="utf-8"), encoding="utf-8")
    added = END.rstrip("\n") + ", chú trọng giám sát đầu tư công\n"
    edited(EXAMPLES / EXAMPLE_2022, new, END, added)
    result = run("diff", str(old), str(new), "--format", "md")
    line = next(x for x in result.stdout.splitlines() if "đầu tư công" in x)
    assert line.endswith("và thời gian tới, **chú trọng giám sát đầu tư công**"), line
    assert "tới**" not in line  # a "**" after a letter and before "," opens nothing


def test_only_markdown_moves_the_punctuation():
    pieces = [("=", "nhiệm vụ mới"), ("+", ", chú trọng")]
    assert inline(pieces, "~~{}~~", "**{}**") == "nhiệm vụ mới**, chú trọng**"
    assert inline(pieces, "~~{}~~", "**{}**", flanking=True) == "nhiệm vụ mới, **chú trọng**"
    after_space = [("=", "nhiệm vụ mới "), ("+", ", chú trọng")]  # the mark can open there
    assert inline(after_space, "~~{}~~", "**{}**", flanking=True).endswith(" **, chú trọng**")
