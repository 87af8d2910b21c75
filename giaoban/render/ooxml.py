"""WordprocessingML elements put where the schema wants them: the one way giaoban edits XML.

Word's reader validates a part against the schema (ECMA-376 Part 1, ``wml.xsd``): the
children of ``w:tblPr``, ``w:pPr``, ``w:rPr``, ``w:sectPr``... form an ``xsd:sequence``,
so a child appended after its successors, or the same child given twice, makes Word
report unreadable content and offer to repair the document, although LibreOffice opens
it without a word. Every element giaoban adds to such a parent goes through
:func:`insert_child`, never ``append``/``insert(index, ...)``.
"""

from __future__ import annotations

from typing import Any

from docx.oxml.ns import qn


def _sequence(*names: str | tuple[str, ...]) -> dict[str, int]:
    """Rank of each child; a tuple is an ``xsd:choice`` whose members share one rank."""
    ranks: dict[str, int] = {}
    for rank, entry in enumerate(names):
        for name in (entry,) if isinstance(entry, str) else entry:
            ranks[qn(f"w:{name}")] = rank
    return ranks


# EG_RPrBase (ISO/IEC 29500-1:2016, 17.3.2; a sequence since the second edition)
_RPR_BASE: tuple[str, ...] = (
    "rStyle", "rFonts", "b", "bCs", "i", "iCs", "caps", "smallCaps", "strike", "dstrike",
    "outline", "shadow", "emboss", "imprint", "noProof", "snapToGrid", "vanish", "webHidden",
    "color", "spacing", "w", "kern", "position", "sz", "szCs", "highlight", "u", "effect",
    "bdr", "shd", "fitText", "vertAlign", "rtl", "cs", "em", "lang", "eastAsianLayout",
    "specVanish", "oMath",
)  # fmt: skip

# CT_TblPr = CT_TblPrBase + tblPrChange (17.4.60)
TBL_PR = _sequence(
    "tblStyle", "tblpPr", "tblOverlap", "bidiVisual", "tblStyleRowBandSize",
    "tblStyleColBandSize", "tblW", "jc", "tblCellSpacing", "tblInd", "tblBorders", "shd",
    "tblLayout", "tblCellMar", "tblLook", "tblCaption", "tblDescription", "tblPrChange",
)  # fmt: skip
# CT_PPr = CT_PPrBase + rPr, sectPr, pPrChange (17.3.1.26)
P_PR = _sequence(
    "pStyle", "keepNext", "keepLines", "pageBreakBefore", "framePr", "widowControl", "numPr",
    "suppressLineNumbers", "pBdr", "shd", "tabs", "suppressAutoHyphens", "kinsoku",
    "wordWrap", "overflowPunct", "topLinePunct", "autoSpaceDE", "autoSpaceDN", "bidi",
    "adjustRightInd", "snapToGrid", "spacing", "ind", "contextualSpacing", "mirrorIndents",
    "suppressOverlap", "jc", "textDirection", "textAlignment", "textboxTightWrap",
    "outlineLvl", "divId", "cnfStyle", "rPr", "sectPr", "pPrChange",
)  # fmt: skip
# CT_RPr: a run's properties (17.3.2.28)
R_PR = _sequence(*_RPR_BASE, "rPrChange")
# CT_ParaRPr: the properties of a paragraph mark, w:pPr/w:rPr (17.3.1.29): its revision
# marks (w:ins, w:del) come first
PARA_R_PR = _sequence("ins", "del", "moveFrom", "moveTo", *_RPR_BASE, "rPrChange")
# CT_SectPr (17.6.17): header and footer references in any order first
SECT_PR = _sequence(
    ("headerReference", "footerReference"), "footnotePr", "endnotePr", "type", "pgSz",
    "pgMar", "paperSrc", "pgBorders", "lnNumType", "pgNumType", "cols", "formProt", "vAlign",
    "noEndnote", "titlePg", "textDirection", "bidi", "rtlGutter", "docGrid",
    "printerSettings", "sectPrChange",
)  # fmt: skip
# CT_TrPr = CT_TrPrBase (a choice, any order) + ins, del, trPrChange (17.4.82)
TR_PR = _sequence(
    (
        "cnfStyle", "divId", "gridBefore", "gridAfter", "wBefore", "wAfter", "cantSplit",
        "trHeight", "tblHeader", "tblCellSpacing", "jc", "hidden",
    ),
    "ins", "del", "trPrChange",
)  # fmt: skip
# CT_TcPr (17.4.70)
TC_PR = _sequence(
    "cnfStyle", "tcW", "gridSpan", "hMerge", "vMerge", "tcBorders", "shd", "noWrap", "tcMar",
    "textDirection", "tcFitText", "vAlign", "hideMark", "headers", "cellIns", "cellDel",
    "cellMerge", "tcPrChange",
)  # fmt: skip
# CT_TblBorders (17.4.39) and CT_PBdr (17.3.1.24)
TBL_BORDERS = _sequence("top", ("start", "left"), "bottom", ("end", "right"), "insideH", "insideV")
P_BDR = _sequence("top", "left", "bottom", "right", "between", "bar")

# The only children of these parents that may occur more than once (one per type).
REPEATABLE = frozenset({qn("w:headerReference"), qn("w:footerReference")})

ORDERS: dict[str, dict[str, int]] = {
    qn("w:tblPr"): TBL_PR,
    qn("w:pPr"): P_PR,
    qn("w:rPr"): R_PR,
    qn("w:sectPr"): SECT_PR,
    qn("w:trPr"): TR_PR,
    qn("w:tcPr"): TC_PR,
    qn("w:tblBorders"): TBL_BORDERS,
    qn("w:pBdr"): P_BDR,
}


def order_of(parent: Any) -> dict[str, int]:
    """The schema sequence of ``parent``'s children (tag -> rank); KeyError if unknown."""
    grandparent = parent.getparent()
    if parent.tag == qn("w:rPr") and grandparent is not None and grandparent.tag == qn("w:pPr"):
        return PARA_R_PR
    return ORDERS[parent.tag]


def insert_child(parent: Any, child: Any) -> Any:
    """Put ``child`` (an lxml element) into ``parent`` at its place in the schema sequence.

    A child of the same tag already there is replaced: every element of these sequences
    occurs at most once (but header and footer references, one per type). Children the
    table does not know (another namespace, say) are left where they are. Returns
    ``child``. KeyError for a parent whose order is not in the table, ValueError for a
    child its schema does not allow there.
    """
    order = order_of(parent)
    if child.tag not in order:
        raise ValueError(f"{child.tag} is not a child of {parent.tag} in ECMA-376")
    rank = order[child.tag]
    for existing in parent.findall(child.tag):
        if existing is not child and child.tag not in REPEATABLE:
            parent.remove(existing)
    for sibling in parent:
        if sibling is not child and order.get(sibling.tag, -1) > rank:
            sibling.addprevious(child)
            return child
    parent.append(child)
    return child


def misplaced(root: Any) -> list[str]:
    """Where children under ``root`` break their parent's sequence: one line per fault.

    Covers the parents in the table (a duplicate, or a child after one that must follow
    it); an independent check beside the validator the tests run.
    """
    faults = []
    for parent in root.iter(*ORDERS):
        order = order_of(parent)
        last, seen = -1, set()
        for child in parent:
            rank = order.get(child.tag)
            if rank is None:
                continue
            name = child.tag.rsplit("}", 1)[-1]
            if rank < last or (child.tag in seen and child.tag not in REPEATABLE):
                faults.append(f"{parent.tag.rsplit('}', 1)[-1]}/{name}")
            last = max(last, rank)
            seen.add(child.tag)
    return faults
