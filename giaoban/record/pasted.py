"""Lists pasted from Word: lines that start with a bullet, dash or number other than YAML's "- ".

A secretary pastes results, directives or priorities from a Word document, where a list's
items start with "•", "–", "+", "1." or "a)". YAML knows only "- " as an item: the other
lines are read as one plain text, joined with spaces ("đã • chủ động … • xây dựng …", one
run-on sentence; s5-trial F110). ``pasted_list`` looks at the lines of such a text; the
record loader (``giaoban.record.load``) turns it into the items it was meant to be where
that is unambiguous, and warns at the line otherwise.
"""

from __future__ import annotations

import itertools
import re
from dataclasses import dataclass

# A mark that opens an item of a list copied from a Word document or an article: a dash or
# bullet (Word's own bullets paste as U+F0B7, U+F0A7, U+F0D8 of the Symbol and Wingdings
# fonts on some machines), or the item's number ("1.", "2)", "a)"). The one home of these
# marks: ``model.list_item`` drops them from an item, this module splits lines at them.
BULLETS = "-–—+•·*●○◦▪■□►▸➢❖✓✔→\uf0b7\uf0a7\uf0d8\uf076"
LIST_MARK = rf"(?:[{re.escape(BULLETS)}]+|\d{{1,2}}[.)]|[a-zđ]\))"
_MARKED = re.compile(rf"({LIST_MARK})\s+(?=\S)")


@dataclass
class PastedList:
    """Lines of one text that look like a list pasted from Word.

    ``line``, ``column``: 1-based, where the first mark that is not YAML's "-" stands (the
    line to fix). ``mark``: that mark ("•", "1."). ``items``: the items, marks removed,
    when every item starts a line with a mark of one kind at one column (numbers and
    letters in order) and every other line is indented further (a wrapped item); None
    when that is not so (an opening sentence before the marks, sub-items, numbers out of
    order): then only a warning can say it.
    """

    line: int
    column: int
    mark: str
    items: list[str] | None
    # where each item starts (1-based line and column of its text), when ``items``
    starts: list[tuple[int, int]] | None = None


def _kind(mark: str) -> str:
    if mark[0].isdigit():
        return "number"
    if mark.endswith(")"):
        return "letter"
    return "bullet"


def _in_order(marks: list[str]) -> bool:
    """Numbers 1., 2., 3. or letters a), b), c), each one more than the one before."""
    if _kind(marks[0]) == "bullet":
        return True
    if len({m[-1] for m in marks}) != 1:  # "1." then "2)"
        return False
    values = [int(m[:-1]) if m[0].isdigit() else ord(m[0]) for m in marks]
    if _kind(marks[0]) == "letter":  # the Vietnamese alphabet's đ follows d
        values = [ord("e") - 0.5 if v == ord("đ") else v for v in values]
        return all(0 < b - a <= 1 for a, b in itertools.pairwise(values))
    return all(b - a == 1 for a, b in itertools.pairwise(values))


def pasted_list(
    lines: list[str], start: tuple[int, int], end: tuple[int, int], item: bool = False
) -> PastedList | None:
    """The list pasted into the plain text that YAML read from ``start`` to ``end``
    (0-based line and column, as PyYAML's marks), or None when its lines are not one.

    ``lines``: the file's lines. ``item``: the text is an item of a YAML list, so its
    first line is already an item ("- a" then "• b" lines). At least two lines must be
    marked, one of them by something else than "-" (a "-" alone is YAML's item
    indented too far, which ``source._Builder._item_joined`` says); a single "–" inside
    a wrapped sentence ("giai đoạn 2021" / "– 2025") is no list.
    """
    first_line, first_column = start
    last_line, last_column = end
    rows: list[tuple[int, int, str | None, str]] = []  # line, column, mark, text
    for number in range(first_line, min(last_line, len(lines) - 1) + 1):
        text = lines[number]
        if number == last_line:
            text = text[:last_column]
        column = first_column if number == first_line else len(text) - len(text.lstrip())
        text = text[column:].rstrip()
        if not text:
            continue
        found = _MARKED.match(text)
        mark = found.group(1) if found else None
        rows.append((number, column, mark, text[found.end() :] if found else text))
    marked = [row for row in rows if row[2] is not None]
    own = [row for row in marked if row[2] != "-"]
    if len(marked) < 2 or not own:
        return None
    if item and rows[0][2] is None:  # "- a" then "• b", "• c": a is the first item
        marked.insert(0, rows[0])
    blame_line, blame_column, blame_mark, _ = own[0]
    found_list = PastedList(blame_line + 1, blame_column + 1, str(blame_mark), None)
    if rows[0] is not marked[0]:  # a sentence before the marks: its items are not clear
        return found_list
    marks = [str(row[2]) for row in marked if row[2] is not None]
    if len({_kind(m) for m in marks}) != 1 or not _in_order(marks):
        return found_list
    # the first mark's column counts when it opens its line, not after its key
    # ("results: • a") nor after YAML's "- "
    alone = not item and not lines[first_line][:first_column].strip()
    later = marked if alone else marked[1:]
    column = later[0][1]
    if any(row[1] != column for row in later):
        return found_list
    items: list[str] = []
    starts: list[tuple[int, int]] = []
    for row in rows:
        if row is marked[0] or row[2] is not None:
            items.append(row[3])
            starts.append((row[0] + 1, row[1] + 1))
        elif row[1] > column:  # a wrapped line of the item above
            items[-1] += " " + row[3]
        else:
            return found_list
    return PastedList(found_list.line, found_list.column, found_list.mark, items, starts)
