"""The diff as a Word document with real tracked changes.

Accept All in Word or LibreOffice gives the new year's list, Reject All the old one.
A directive kept in place shows its word-level changes; one that moved is shown
deleted where it was and inserted where it is (Word reports move markup, w:moveFrom
and w:moveTo, as unreadable, so none is written). A summary table comes first.
The directives are numbered "1)", "2)" as the minutes number them, by the word
processor's own list numbering (not typed numbers), so that after Accept All or Reject
All the list left is numbered from 1 without a gap; each begins with a capital letter,
as in the minutes (s2-trial F35).
"""

from __future__ import annotations

import io
import itertools
from typing import Any

from docx.oxml import OxmlElement
from docx.oxml.ns import qn

from giaoban import vietnamese as vn
from giaoban.diff import (
    COSMETIC,
    REVIEW,
    REWORDED,
    STATUSES,
    UNCHANGED,
    Change,
    Item,
    word_pieces,
)
from giaoban.messages import msg
from giaoban.render.ooxml import insert_child

AUTHOR = "giaoban"
IN_PLACE = {UNCHANGED, COSMETIC, REWORDED, REVIEW}


def sequence(changes: list[Change]) -> list[tuple[str, Any]]:
    """The document's paragraphs in order: ("keep", change), ("del", item), ("ins", item).

    Matched directives that keep their relative order (a longest increasing
    subsequence) stay in place; every other old item is deleted at its old position
    and every other new item inserted at its new position.
    """
    pairs = sorted(
        (c.new[0].index, c.old[0].index, c)
        for c in changes
        if c.status in IN_PLACE and len(c.old) == 1 and len(c.new) == 1
    )
    anchored = _longest_increasing([old for _, old, _ in pairs])
    anchors = [pairs[i] for i in anchored]
    anchored_old = {old for _, old, _ in anchors}
    anchored_new = {new for new, _, _ in anchors}
    olds = sorted(
        (item for c in changes for item in c.old if item.index not in anchored_old),
        key=lambda item: item.index,
    )
    news = sorted(
        (item for c in changes for item in c.new if item.index not in anchored_new),
        key=lambda item: item.index,
    )
    result: list[tuple[str, Any]] = []
    old_position = new_position = 0
    for new_index, old_index, change in [*anchors, (None, None, None)]:
        while old_position < len(olds) and (
            old_index is None or olds[old_position].index < old_index
        ):
            result.append(("del", olds[old_position]))
            old_position += 1
        while new_position < len(news) and (
            new_index is None or news[new_position].index < new_index
        ):
            result.append(("ins", news[new_position]))
            new_position += 1
        if change is not None:
            result.append(("keep", change))
    return result


def _longest_increasing(values: list[int]) -> list[int]:
    """Positions of a longest strictly increasing subsequence of ``values``."""
    import bisect

    tails: list[int] = []
    tail_positions: list[int] = []
    previous = [-1] * len(values)
    for position, value in enumerate(values):
        slot = bisect.bisect_left(tails, value)
        if slot == len(tails):
            tails.append(value)
            tail_positions.append(position)
        else:
            tails[slot] = value
            tail_positions[slot] = position
        previous[position] = tail_positions[slot - 1] if slot else -1
    chain = []
    position = tail_positions[-1] if tail_positions else -1
    while position >= 0:
        chain.append(position)
        position = previous[position]
    return chain[::-1]


class _Marks:
    """w:ins / w:del elements with unique ids, one author and one date."""

    def __init__(self, date: str) -> None:
        self.date = date
        self.ids = itertools.count(1)

    def mark(self, tag: str) -> Any:
        element = OxmlElement(tag)
        element.set(qn("w:id"), str(next(self.ids)))
        element.set(qn("w:author"), AUTHOR)
        element.set(qn("w:date"), self.date)
        return element


def _run(text: str, deleted: bool = False) -> Any:
    run = OxmlElement("w:r")
    element = OxmlElement("w:delText" if deleted else "w:t")
    element.set(qn("xml:space"), "preserve")
    element.text = text
    run.append(element)
    return run


# The directives' list numbering: "1)" as in the minutes (sentences' numbered
# directives), the number then a space, on the body's 1.27 cm first-line indent.
_LIST_TEXT = "%1)"
_FIRST_LINE = "720"  # twentieths of a point: 1.27 cm


def _numbering(document: Any) -> str:
    """A numbering definition of its own added to ``document`` (a decimal list, "1)",
    restarting at 1); returns its w:numId for the paragraphs' w:numPr."""
    numbering = document.part.numbering_part.element
    abstract_ids = [
        int(a.get(qn("w:abstractNumId"))) for a in numbering.findall(qn("w:abstractNum"))
    ]
    num_ids = [int(n.get(qn("w:numId"))) for n in numbering.findall(qn("w:num"))]
    abstract_id, num_id = str(max(abstract_ids, default=-1) + 1), str(max(num_ids, default=0) + 1)
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), abstract_id)
    kind = OxmlElement("w:multiLevelType")
    kind.set(qn("w:val"), "singleLevel")
    abstract.append(kind)
    level = OxmlElement("w:lvl")
    level.set(qn("w:ilvl"), "0")
    for tag, value in (
        ("w:start", "1"),
        ("w:numFmt", "decimal"),
        ("w:suff", "space"),
        ("w:lvlText", _LIST_TEXT),
        ("w:lvlJc", "left"),
    ):
        element = OxmlElement(tag)
        element.set(qn("w:val"), value)
        level.append(element)
    properties = OxmlElement("w:pPr")
    indent = OxmlElement("w:ind")
    indent.set(qn("w:left"), "0")
    indent.set(qn("w:firstLine"), _FIRST_LINE)
    properties.append(indent)
    level.append(properties)
    abstract.append(level)
    existing = numbering.findall(qn("w:abstractNum"))
    if existing:  # every abstractNum before the first num (ECMA-376 order)
        existing[-1].addnext(abstract)
    else:
        numbering.insert(0, abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), num_id)
    reference = OxmlElement("w:abstractNumId")
    reference.set(qn("w:val"), abstract_id)
    num.append(reference)
    numbering.append(num)
    return num_id


def _paragraph(document: Any, style: str, num_id: str) -> Any:
    """A paragraph of the numbered list."""
    paragraph = document.add_paragraph(style=style)._p
    numbered = OxmlElement("w:numPr")
    level = OxmlElement("w:ilvl")
    level.set(qn("w:val"), "0")
    number = OxmlElement("w:numId")
    number.set(qn("w:val"), num_id)
    numbered.append(level)
    numbered.append(number)
    insert_child(paragraph.get_or_add_pPr(), numbered)
    return paragraph


def _mark_paragraph(paragraph: Any, mark: Any) -> None:
    """Mark the paragraph's own end (its pilcrow) inserted or deleted."""
    properties = paragraph.get_or_add_pPr()
    run_properties = properties.find(qn("w:rPr"))
    if run_properties is None:
        run_properties = insert_child(properties, OxmlElement("w:rPr"))
    insert_child(run_properties, mark)


def _shown(items: list[Item]) -> str:
    """The directive as the list shows it: capitalised, as the minutes begin it."""
    return vn.capitalize_first(" ".join(item.text for item in items))


def _whole(
    document: Any, style: str, item: Item, marks: _Marks, inserted: bool, num_id: str
) -> None:
    paragraph = _paragraph(document, style, num_id)
    _mark_paragraph(paragraph, marks.mark("w:ins" if inserted else "w:del"))
    wrapper = marks.mark("w:ins" if inserted else "w:del")
    wrapper.append(_run(_shown([item]), deleted=not inserted))
    paragraph.append(wrapper)


def _in_place(document: Any, style: str, change: Change, marks: _Marks, num_id: str) -> None:
    paragraph = _paragraph(document, style, num_id)
    if change.status == UNCHANGED:
        paragraph.append(_run(_shown(change.new)))
        return
    # the pieces carry their spaces exactly; both texts capitalised, so that a first
    # letter written lower-case one year and capital the next is no change
    for op, text in word_pieces(_shown(change.old), _shown(change.new)):
        if op == "=":
            paragraph.append(_run(text))
        else:
            wrapper = marks.mark("w:ins" if op == "+" else "w:del")
            wrapper.append(_run(text, deleted=op == "-"))
            paragraph.append(wrapper)


def diff_docx(
    changes: list[Change],
    title: str,
    date: str,
    counts: dict[str, int],
    members: str | None = None,
) -> bytes:
    """The .docx: a heading, how the cluster's members changed (``members``, the line
    :func:`giaoban.gazetteer.describe_membership` writes, if any), the summary table, then
    the directives with tracked changes."""
    from docx.shared import Pt

    from giaoban.render.default_templates import BODY, CENTRED, new_document

    document = new_document(title)
    heading = document.add_paragraph(style=CENTRED)
    run = heading.add_run(title)
    run.bold = True
    run.font.size = Pt(14)
    if members:
        document.add_paragraph(members, style=BODY)
    table = document.add_table(rows=1, cols=2)
    table.style = "Table Grid"
    table.rows[0].cells[0].text = msg("diff_status")
    table.rows[0].cells[1].text = msg("diff_count")
    for status in STATUSES:
        if counts.get(status):
            cells = table.add_row().cells
            cells[0].text = msg(f"diff_{status}")
            cells[1].text = str(counts[status])
    document.add_paragraph(msg("diff_list_heading"), style=BODY).runs[0].bold = True
    marks = _Marks(date)
    num_id = _numbering(document)
    for kind, value in sequence(changes):
        if kind == "keep":
            _in_place(document, BODY, value, marks, num_id)
        else:
            _whole(document, BODY, value, marks, kind == "ins", num_id)
    # a paragraph after the list, outside it: the last directive deleted joins it on
    # Accept All (a deleted paragraph joins the next), not leaving an empty number
    document.add_paragraph(style=BODY)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
