"""Where the signatures go: the signature blocks of the minutes, found on the PDF page.

The minutes end with the signature block (ô 7 of Nghị định 30/2020, Phụ lục I): a title line
(``THƯ KÝ`` on the left, ``CHỦ TRÌ`` or ``CHỦ TỌA`` on the right), blank lines for the
signature, then the signer's name; co-chairs each have a CHỦ TRÌ block, one under the
other. giaoban reads the text positions of the title lines from
the PDF (pdfminer.six) rather than trusting a template: a secretary's own template that keeps
the titles is found the same way as the default one.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass
from pathlib import Path

from giaoban.errors import GiaobanError
from giaoban.messages import msg
from giaoban.sign import not_a_pdf

# the title line of each block, by role (Phụ lục I, ô 7; ChairLabel in the record model)
TITLES: dict[str, tuple[str, ...]] = {
    "thu-ky": ("THƯ KÝ",),
    "chu-tri": ("CHỦ TRÌ", "CHỦ TỌA"),
}
ROLES = tuple(TITLES)

# the blank lines under a title are five lines at most (the default template leaves four)
_MAX_LINES_BELOW = 5
# the right margin is 15-20 mm (Nghị định 30/2020, Phụ lục I, I.5): the widest it may be
_RIGHT_MARGIN_PT = 20 * 72 / 25.4


@dataclass(frozen=True)
class Box:
    """A rectangle on a PDF page in points (1/72 inch), origin at the bottom left."""

    x0: float
    y0: float
    x1: float
    y1: float

    @property
    def width(self) -> float:
        return self.x1 - self.x0

    @property
    def height(self) -> float:
        return self.y1 - self.y0

    def contains(self, other: Box, tolerance: float = 0.5) -> bool:
        return (
            other.x0 >= self.x0 - tolerance
            and other.y0 >= self.y0 - tolerance
            and other.x1 <= self.x1 + tolerance
            and other.y1 <= self.y1 + tolerance
        )


@dataclass(frozen=True)
class SignatureBlock:
    """One signature block: ``role`` (``thu-ky`` or ``chu-tri``), its ``title`` as printed,
    ``page`` (0-based) and ``area``, the space between the title line and the name line
    (or the next text below it) across the block's column; ``title_box`` is the title
    line's own box as pdfminer reports it (from the baseline up)."""

    role: str
    title: str
    page: int
    area: Box
    title_box: Box
    # the block's place among its role's, top to bottom (co-chairs each sign CHỦ TRÌ)
    number: int = 1
    # the line under the signing space, the signer's name in giaoban's minutes (ô 7b), or
    # None when no line follows within the block's reach
    name: str | None = None

    def signing_room(self) -> Box:
        """The area less a descender's depth under the title (pdfminer measures from the
        baseline) and a little air above the name: where a signature may be drawn."""
        height = self.title_box.height
        return Box(
            self.area.x0, self.area.y0 + 0.1 * height, self.area.x1, self.area.y1 - 0.4 * height
        )


@dataclass(frozen=True)
class _Line:
    text: str
    box: Box


def _page_lines(layout: object) -> list[_Line]:
    from pdfminer.layout import LTTextBox, LTTextLine

    lines = []
    for element in layout:  # type: ignore[attr-defined]
        if not isinstance(element, LTTextBox):
            continue
        for line in element:
            if isinstance(line, LTTextLine):
                text = unicodedata.normalize("NFC", line.get_text()).strip()
                if text:
                    lines.append(_Line(text, Box(line.x0, line.y0, line.x1, line.y1)))
    return lines


def _role_of(text: str) -> str | None:
    for role, titles in TITLES.items():
        if text in titles:
            return role
    return None


def _blocks_on_page(page: int, lines: list[_Line], width: float) -> list[SignatureBlock]:
    titles = [(line, role) for line in lines if (role := _role_of(line.text))]
    if not titles:
        return []
    left = min(line.box.x0 for line in lines)
    right = max(line.box.x1 for line in lines)
    right = max(right, width - _RIGHT_MARGIN_PT)
    centres = sorted((line.box.x0 + line.box.x1) / 2 for line, _ in titles)
    blocks = []
    for title, role in titles:
        centre = (title.box.x0 + title.box.x1) / 2
        others = [abs(other - centre) for other in centres if other != centre]
        # the block's column: halfway to the next title (the table's cells), else the margins
        half = min(others) / 2 if others else min(centre - left, right - centre)
        x0, x1 = centre - half, centre + half
        top = title.box.y0
        lowest = top - _MAX_LINES_BELOW * title.box.height
        below = [
            line for line in lines if line.box.y1 <= top and line.box.x1 > x0 and line.box.x0 < x1
        ]
        bottom = max([lowest, *(line.box.y1 for line in below)])
        name = next((line.text for line in below if line.box.y1 == bottom), None)
        area = Box(x0, bottom, x1, top)
        number = 1 + sum(
            1
            for other, other_role in titles
            if other_role == role and (-other.box.y0, other.box.x0) < (-top, title.box.x0)
        )
        blocks.append(SignatureBlock(role, title.text, page, area, title.box, number, name))
    return blocks


def page_count(pdf: Path) -> int:
    """The number of pages of ``pdf``; GiaobanError when it is not a readable PDF."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        with pdf.open("rb") as stream:
            return int(PdfFileReader(stream, strict=False).root["/Pages"]["/Count"])
    except FileNotFoundError:
        raise GiaobanError(msg("sign_file_missing", path=pdf)) from None
    except (PdfError, ValueError, KeyError, TypeError, OSError):
        raise not_a_pdf(pdf) from None


def find_blocks(pdf: Path) -> list[SignatureBlock]:
    """The signature blocks of the minutes in ``pdf``, from its last page that has any.

    Raises GiaobanError when the file is not a readable PDF or has no block (a PDF that
    giaoban did not make, or a template that dropped the titles THƯ KÝ / CHỦ TRÌ).
    """
    from pdfminer.high_level import extract_pages
    from pdfminer.layout import LAParams
    from pdfminer.pdfparser import PDFSyntaxError

    count = page_count(pdf)
    for index in range(count - 1, -1, -1):  # the blocks end the minutes: read from the end
        try:
            layout = next(extract_pages(str(pdf), page_numbers=[index], laparams=LAParams()))
        except (PDFSyntaxError, StopIteration, ValueError, KeyError, TypeError):
            raise not_a_pdf(pdf) from None
        blocks = _blocks_on_page(index, _page_lines(layout), layout.width)
        if blocks:
            return blocks
    raise GiaobanError(msg("sign_no_block", path=pdf))
