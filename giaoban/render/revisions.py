"""Tracked changes (Word's "Track Changes") in a template: accepted as Word shows them.

A secretary who edits a template with Track Changes on leaves revisions pending: the
deleted text is still in the file (``w:del``), the inserted text is wrapped (``w:ins``).
Compiled as they are, a deleted tag would still run and the output would carry the
pending revision. This module accepts every revision of one WordprocessingML part, as
"Accept All Changes" does (ECMA-376 Part 1, §17.13.5): deletions and moved-from content
go, insertions and moved-to content stay, property changes keep the new properties, a
deleted paragraph mark joins its paragraph to the next one, a deleted row goes.
"""

from __future__ import annotations

import re
from typing import Any

W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"

_REMOVED = {f"{W}{name}" for name in ("del", "moveFrom")}
_UNWRAPPED = {f"{W}{name}" for name in ("ins", "moveTo")}
_RANGE_MARKS = {
    f"{W}{name}"
    for name in ("moveFromRangeStart", "moveFromRangeEnd", "moveToRangeStart", "moveToRangeEnd")
}
_OLD_PROPERTIES = {
    f"{W}{name}"
    for name in (
        "rPrChange",
        "pPrChange",
        "sectPrChange",
        "tblPrChange",
        "tblPrExChange",
        "trPrChange",
        "tcPrChange",
        "tblGridChange",
        "numberingChange",
    )
}
_CELL_MARKS = {f"{W}{name}" for name in ("cellIns", "cellDel", "cellMerge")}
REVISION_TAGS = _REMOVED | _UNWRAPPED | _OLD_PROPERTIES | _RANGE_MARKS | _CELL_MARKS

# The start of any element of REVISION_TAGS, as Word and LibreOffice write them ("w:"). Not
# "<w:insideH" (a table border in every styles part), so a part without revisions, the
# common case, is not parsed: styles parts are hundreds of kilobytes.
_MARK = re.compile(rb"<w:(?:ins|del|move|cell(?:Ins|Del|Merge)|\w+Change)[\s/>A-Z]")


def has_revisions(root: Any) -> bool:
    """Whether a part still holds a pending revision of any kind."""
    return any(element.tag in REVISION_TAGS for element in root.iter())


def accept_revisions(data: bytes) -> bytes:
    """The XML part ``data`` with every tracked change accepted; unchanged if it has none."""
    if not _MARK.search(data):
        return data
    from lxml import etree

    try:
        root = etree.fromstring(data)
    except etree.XMLSyntaxError:  # not XML: the template's own error is reported later
        return data
    if not has_revisions(root):
        return data
    _accept(root)
    return etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)


def _accept(root: Any) -> None:
    # Rows and paragraph marks first: their markers sit inside properties (w:trPr, w:rPr).
    for row in list(root.iter(f"{W}tr")):
        properties = row.find(f"{W}trPr")
        if properties is not None and properties.find(f"{W}del") is not None:
            row.getparent().remove(row)
    for paragraph in list(root.iter(f"{W}p")):
        mark = paragraph.find(f"{W}pPr/{W}rPr")
        if mark is None:
            continue
        if mark.find(f"{W}del") is not None or mark.find(f"{W}moveFrom") is not None:
            _join_with_next(paragraph)
    for element in list(root.iter()):
        if element.getparent() is None:
            continue
        if element.tag in _REMOVED or element.tag in _OLD_PROPERTIES or element.tag in _RANGE_MARKS:
            element.getparent().remove(element)
        elif element.tag in _CELL_MARKS:
            element.getparent().remove(element)
    for element in list(root.iter(*_UNWRAPPED)):
        parent = element.getparent()
        if parent is None:
            continue
        if parent.tag in (f"{W}rPr", f"{W}trPr"):  # a mark saying "inserted": drop the mark
            parent.remove(element)
            continue
        index = parent.index(element)
        for offset, child in enumerate(list(element)):
            parent.insert(index + offset, child)
        parent.remove(element)


def _join_with_next(paragraph: Any) -> None:
    """A deleted paragraph mark: the paragraph's content joins the next paragraph, which
    keeps its own properties (Word keeps the formatting of the mark that remains)."""
    following = paragraph.getnext()
    while following is not None and following.tag != f"{W}p":
        following = following.getnext()
    if following is None:
        return
    content = [child for child in paragraph if child.tag != f"{W}pPr"]
    properties = following.find(f"{W}pPr")
    position = 1 if properties is not None else 0
    for offset, child in enumerate(content):
        following.insert(position + offset, child)
    paragraph.getparent().remove(paragraph)
