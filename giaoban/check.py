"""``giaoban check``: where a minutes document departs from Nghị định 30/2020/NĐ-CP.

It reads the .docx as Word would (run, then paragraph style chain, then document
defaults) and reports each departure with the rule it breaks, so a secretary can
check a template she edited.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from giaoban.errors import GiaobanError
from giaoban.messages import msg

NATIONAL_TITLE = "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"
MOTTO = "Độc lập - Tự do - Hạnh phúc"
FONT = "Times New Roman"
NUMBER_LINE = re.compile(r"^Số:\s*(\d{2,})?\s*/BB-[A-ZĐ]+(-[A-ZĐ]+)*$")
DATE_LINE = re.compile(r"ngày (0[1-9]|[12]\d|3[01]) tháng (0[12]|[3-9]|1[0-2]) năm \d{4}")


@dataclass(frozen=True)
class Finding:
    rule: str
    detail: str

    def format(self) -> str:
        return f"{self.rule}: {self.detail}"


def _mm(length: Any) -> float:
    return round(length / 36000, 1) if length is not None else 0.0


def _number(value: float) -> str:
    """25.0 -> "25", 25.4 -> "25,4" (Vietnamese decimal comma)."""
    return f"{value:g}".replace(".", ",")


def _range(low: float, high: float) -> str:
    return _number(low) if low == high else f"{_number(low)}-{_number(high)}"


class NotMinutes(GiaobanError):
    """A document that is not a biên bản at all (a tin bài, a summary): one message."""


# Dashes a secretary's keyboard or Word's AutoFormat puts where the decree writes "-".
_DASHES = "\u2010\u2011\u2012\u2013\u2014\u2015\u2212"
# Old-style tone placement ("HOÀ"): the decree's own sample writes "CỘNG HOÀ".
_OLD_TONES = str.maketrans({"à": "ò", "á": "ó", "ả": "ỏ", "ã": "õ", "ạ": "ọ"})


def _loose(text: str) -> str:
    """A heading's letters only: no case, spacing, dash kind or tone placement."""
    import unicodedata

    text = unicodedata.normalize("NFC", text).casefold()
    text = re.sub(rf"[{_DASHES}-]", "-", text)
    text = re.sub(r"o([àáảãạ])", lambda m: m.group(1).translate(_OLD_TONES) + "a", text)
    return re.sub(r"\s+", "", text)


# the positions that head a biên bản's signature blocks (Mẫu 1.9), compared loosely
_SIGNER_TITLES = {"thưký", "chủtrì", "chủtọa"}


def _departures(found: str, expected: str) -> list[str]:
    """What differs between a heading as written and as the decree writes it."""
    problems = []
    dashes = sorted(set(re.findall(rf"[{_DASHES}]", found)))
    if dashes:
        problems.append(msg("wrong_dash", dashes=", ".join(f"«{d}»" for d in dashes)))
    if "-" in expected and not dashes and re.search(r"\S-|-\S", found):
        problems.append(msg("dash_spacing"))
    if expected.isupper() and not found.isupper():
        problems.append(msg("not_upper"))
    elif not expected.isupper() and found.isupper():
        problems.append(msg("all_upper"))
    if not problems and " ".join(found.split()) != found.strip():
        problems.append(msg("extra_spaces"))
    return problems


class _Resolver:
    """Effective run properties, following Word's inheritance."""

    def __init__(self, document: Any) -> None:
        from docx.oxml.ns import qn

        self.qn = qn
        styles = document.styles.element
        defaults = styles.find(qn("w:docDefaults"))
        self.default_rpr = None
        if defaults is not None and defaults.find(qn("w:rPrDefault")) is not None:
            self.default_rpr = defaults.find(qn("w:rPrDefault")).find(qn("w:rPr"))
        self.styles = document.styles
        self.theme_fonts = _theme_fonts(document)

    def _chain(self, paragraph: Any) -> list[Any]:
        rprs = []
        style = paragraph.style
        while style is not None:
            rpr = style.element.find(self.qn("w:rPr"))
            if rpr is not None:
                rprs.append(rpr)
            style = style.base_style
        if self.default_rpr is not None:
            rprs.append(self.default_rpr)
        return rprs

    def value(self, run: Any, paragraph: Any, tag: str, attribute: str = "w:val") -> str | None:
        chain = [run._r.rPr] if run._r.rPr is not None else []
        for rpr in chain + self._chain(paragraph):
            element = rpr.find(self.qn(tag))
            if element is not None:
                found = element.get(self.qn(attribute))
                if found is not None or attribute == "w:val":
                    return found if found is not None else "1"
        return None

    def visible_fonts(self, run: Any, paragraph: Any) -> set[str | None]:
        """The fonts a reader sees: Word's ascii and hAnsi slots, which hold every
        Vietnamese letter; a theme font ("minorHAnsi") is named by the theme's font."""
        seen: set[str | None] = set()
        for slot in ("ascii", "hAnsi"):
            chain = [run._r.rPr] if run._r.rPr is not None else []
            font = None
            for rpr in chain + self._chain(paragraph):
                fonts = rpr.find(self.qn("w:rFonts"))
                if fonts is None:
                    continue
                theme = fonts.get(self.qn(f"w:{slot}Theme"))
                if theme is not None:
                    font = self.theme_fonts.get(theme[:5], theme)
                    break
                if fonts.get(self.qn(f"w:{slot}")) is not None:
                    font = fonts.get(self.qn(f"w:{slot}"))
                    break
            seen.add(font)
        return seen

    def fonts(self, run: Any, paragraph: Any) -> dict[str, str | None]:
        return {
            slot: self.value(run, paragraph, "w:rFonts", f"w:{slot}")
            for slot in ("ascii", "hAnsi", "cs", "eastAsia")
        }

    def size(self, run: Any, paragraph: Any) -> float | None:
        half_points = self.value(run, paragraph, "w:sz")
        return int(half_points) / 2 if half_points and half_points.isdigit() else None

    def flag(self, run: Any, paragraph: Any, tag: str) -> bool:
        value = self.value(run, paragraph, tag)
        return value not in (None, "0", "false")


def check_minutes(path: Path) -> list[Finding]:
    """Every departure from the layout rules, in document order; [] when compliant."""
    import zipfile

    from docx import Document

    _refuse_what_is_not_a_word_file(path)
    try:
        document = Document(_as_docx(path))
    except (zipfile.BadZipFile, KeyError, ValueError, OSError) as error:
        raise GiaobanError(msg("check_unreadable", path=path, error=error)) from None
    _refuse_what_is_not_minutes(document, path)
    findings: list[Finding] = []
    add = lambda rule, detail: findings.append(Finding(rule, detail))  # noqa: E731

    section = document.sections[0]
    width, height = _mm(section.page_width), _mm(section.page_height)
    if abs(width - 210) > 1 or abs(height - 297) > 1:
        landscape = abs(width - 297) <= 1 and abs(height - 210) <= 1
        add(
            msg("rule_paper"),
            msg("paper_landscape")
            if landscape
            else msg("paper_wrong", width=_number(width), height=_number(height)),
        )
    for name, value, low, high in (
        (msg("margin_top"), section.top_margin, 20, 25),
        (msg("margin_bottom"), section.bottom_margin, 20, 25),
        (msg("margin_left"), section.left_margin, 30, 35),
        (msg("margin_right"), section.right_margin, 15, 20),
    ):
        mm = _mm(value)
        if not low - 0.5 <= mm <= high + 0.5:
            add(
                msg("rule_margins"),
                msg("margin_out", name=name, value=_number(mm), range=_range(low, high)),
            )

    resolver = _Resolver(document)
    paragraphs = list(_all_paragraphs(document))
    for paragraph in paragraphs:
        fonts: dict[str, None] = {}
        colors: dict[str, None] = {}
        for run in paragraph.runs:
            if not run.text.strip():
                continue
            for font in resolver.visible_fonts(run, paragraph):
                if font != FONT:
                    fonts[font or msg("font_default")] = None
            color = resolver.value(run, paragraph, "w:color")
            if color not in (None, "000000", "auto"):
                colors[color] = None
        excerpt = _excerpt(paragraph.text)
        for font in fonts:
            add(msg("rule_font"), msg("font_wrong", text=excerpt, font=font, expected=FONT))
        for color in colors:
            add(msg("rule_color"), msg("color_wrong", text=excerpt, color=color))

    def runs_of(text: str, name: str) -> tuple[Any, list[Any]] | None:
        near = None
        for paragraph in paragraphs:
            if paragraph.text.strip() == text:
                return paragraph, [r for r in paragraph.runs if r.text.strip()]
            if near is None and _loose(paragraph.text) == _loose(text):
                near = paragraph
        if near is None:
            return None
        written = near.text.strip()
        for problem in _departures(written, text):
            add(
                msg("rule_header"),
                msg("heading_written", name=name, found=written, problem=problem),
            )
        return near, [r for r in near.runs if r.text.strip()]

    def expect(
        name: str, text: str, low: float, high: float, bold: bool, italic: bool = False
    ) -> None:
        found = runs_of(text, name)
        if found is None:
            add(msg("rule_header"), msg("missing_text", text=text))
            return
        paragraph, runs = found
        shown = paragraph.text.strip()
        sizes = {resolver.size(run, paragraph) for run in runs}
        for size in sizes:
            if size is None or not low <= size <= high:
                shown_size = _number(size) if size is not None else msg("size_default")
                add(
                    msg("rule_size"),
                    msg("size_wrong", text=shown, size=shown_size, range=_range(low, high)),
                )
        if any(resolver.flag(run, paragraph, "w:b") != bold for run in runs):
            add(msg("rule_style"), msg("bold_wrong" if bold else "not_bold", text=shown))
        if italic and not all(resolver.flag(run, paragraph, "w:i") for run in runs):
            add(msg("rule_style"), msg("italic_wrong", text=shown))

    expect(msg("element_title"), NATIONAL_TITLE, 12, 13, bold=True)
    expect(msg("element_motto"), MOTTO, 13, 14, bold=True)
    expect(msg("element_kind"), "BIÊN BẢN", 13, 14, bold=True)
    expect(msg("element_recipients"), "Nơi nhận:", 12, 12, bold=True, italic=True)

    texts = [p.text.strip() for p in paragraphs]
    if not any(NUMBER_LINE.match(t) for t in texts):
        add(msg("rule_header"), msg("number_line_missing"))
    dated = [t for t in texts if "ngày" in t and "tháng" in t and "năm" in t]
    for text in dated:
        for match in re.finditer(r"ngày \d+ tháng \d+ năm \d{4}", text):
            if not DATE_LINE.fullmatch(match.group()):
                add(msg("rule_date"), msg("date_wrong", text=match.group()))
    body = [p for p in document.paragraphs if p.text.strip()]
    closing = [p.text.strip() for p in body if p.text.strip().endswith("./.")]
    if not closing:
        add(msg("rule_body"), msg("closing_missing"))
    for paragraph in body:
        if paragraph.text.strip() in closing:
            break
        if paragraph.style.name.startswith("GB Nội dung") or paragraph.style.name == "Normal":
            for run in paragraph.runs:
                size = resolver.size(run, paragraph)
                if run.text.strip() and size is not None and not 13 <= size <= 14:
                    add(msg("rule_size"), msg("body_size", text=run.text[:40], size=_number(size)))
    recipients = [  # after the body, or under THƯ KÝ in the signatures' table (Mẫu 1.9)
        p for p in paragraphs if p.text.strip().startswith("- ") and "Lưu" in p.text
    ]
    if not recipients or not recipients[-1].text.strip().startswith("- Lưu:"):
        add(msg("rule_recipients"), msg("archive_missing"))
    for paragraph in recipients:
        for run in paragraph.runs:
            size = resolver.size(run, paragraph)
            if run.text.strip() and size != 11:
                shown_size = _number(size) if size is not None else msg("size_default")
                add(
                    msg("rule_size"),
                    msg("size_wrong", text=run.text[:40], size=shown_size, range="11"),
                )

    # the signers' positions (ô 7a, Phụ lục I NĐ 30): in capitals, bold (s3-trial F25)
    for paragraph in paragraphs:
        text = paragraph.text.strip()
        if _loose(text) not in _SIGNER_TITLES:
            continue
        if not text.isupper():
            add(msg("rule_signature"), msg("signer_title_not_upper", text=text, upper=text.upper()))
        if any(r.text.strip() and not resolver.flag(r, paragraph, "w:b") for r in paragraph.runs):
            add(msg("rule_signature"), msg("signer_title_not_bold", text=text))

    for paragraph in _revised_paragraphs(document):
        add(msg("rule_revisions"), msg("revision_pending", text=_excerpt(paragraph)))

    if not section.different_first_page_header_footer:
        add(msg("rule_page_numbers"), msg("first_page_numbered"))
    if not _has_page_field(section.header._element):
        add(msg("rule_page_numbers"), msg("no_page_field"))
    if section.different_first_page_header_footer and _has_page_field(
        section.first_page_header._element
    ):
        add(msg("rule_page_numbers"), msg("first_page_numbered"))
    return findings


def _has_page_field(element: Any) -> bool:
    from docx.oxml.ns import qn

    for simple in element.iter(qn("w:fldSimple")):
        if "PAGE" in (simple.get(qn("w:instr")) or "").upper().split():
            return True
    return any(
        "PAGE" in (text.text or "").upper().split() for text in element.iter(qn("w:instrText"))
    )


def _all_paragraphs(document: Any) -> Any:
    yield from document.paragraphs
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                yield from cell.paragraphs


def _excerpt(text: str, limit: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= limit else text[:limit].rstrip() + "…"


def _theme_fonts(document: Any) -> dict[str, str]:
    """{"major": "Cambria", "minor": "Calibri"}: the theme's Latin fonts."""
    from lxml import etree

    drawing = "{http://schemas.openxmlformats.org/drawingml/2006/main}"
    for part in document.part.package.iter_parts():
        if str(part.partname).startswith("/word/theme/"):
            try:
                root = etree.fromstring(part.blob)
            except etree.XMLSyntaxError:
                return {}
            found = {}
            for kind in ("major", "minor"):
                latin = root.find(f".//{drawing}{kind}Font/{drawing}latin")
                if latin is not None and latin.get("typeface"):
                    found[kind] = latin.get("typeface")
            return found
    return {}


def _refuse_what_is_not_minutes(document: Any, path: Path) -> None:
    """A document with no "BIÊN BẢN" and no "Số: …/BB-…" line is not a biên bản, and a
    template (its tags still in it) is not one yet: say so once, and what it is, instead
    of listing every element it lacks or every grey tag paragraph."""
    texts = [p.text.strip() for p in _all_paragraphs(document) if p.text.strip()]
    if any("{{" in t or "{%" in t for t in texts):
        raise NotMinutes(msg("check_template", path=path))
    if any(_loose(t).startswith(_loose("BIÊN BẢN")) for t in texts):
        return
    if any(re.match(r"^Số:.*/BB-", t) for t in texts):
        return
    looks_like_press = any(re.match(r"^\([^()]{2,30}\)", t) for t in texts[:4]) or any(
        t.startswith("Từ khóa:") for t in texts
    )
    raise NotMinutes(msg("not_minutes_press" if looks_like_press else "not_minutes", path=path))


def _revised_paragraphs(document: Any) -> list[str]:
    """The text of each paragraph that still holds a tracked change (Word's Track
    Changes): a document to send must have every revision accepted or rejected."""
    from giaoban.render.revisions import REVISION_TAGS, W

    found = []
    for paragraph in document.element.body.iter(f"{W}p"):
        if any(e.tag in REVISION_TAGS for e in paragraph.iter()):
            texts = [t.text or "" for t in paragraph.iter(f"{W}t", f"{W}delText")]
            found.append("".join(texts))
    return found


def _refuse_what_is_not_a_word_file(path: Path) -> None:
    """One message, in the user's words, for the commonest slips before python-docx sees the
    file (its errors are English and call a missing file a missing "package"): a name that
    does not exist, a folder, an empty file, a file that is not a Word document at all (the
    record .yaml, a template .j2, a picture renamed). Raises GiaobanError."""
    import zipfile

    from giaoban.files import other_office_format

    if not path.exists():
        raise GiaobanError(msg("check_missing", path=path))
    if path.is_dir():
        raise GiaobanError(msg("check_folder", path=path))
    if path.suffix.lower() in (".yaml", ".yml"):  # a record, empty or not
        raise GiaobanError(msg("check_record", path=path))
    if path.stat().st_size == 0:
        raise GiaobanError(msg("check_empty", path=path))
    office = other_office_format(path)  # s6-trial H12: a biên bản saved as .odt
    if office is not None:
        said = msg("not_docx_format", format=office, name="")
        raise GiaobanError(f"{path}: {said}")
    if not zipfile.is_zipfile(path):
        raise GiaobanError(msg("check_not_word", path=path))


def _as_docx(path: Path) -> Any:
    """The file python-docx can open: a .dotx, .docm or .dotm (a template a secretary
    saved from Word) is read as the plain document giaoban would make of it."""
    if path.suffix.lower() not in (".dotx", ".docm", ".dotm"):
        return str(path)
    import io
    import zipfile

    from giaoban.render.word import _as_document

    with zipfile.ZipFile(path) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in _as_document(entries):
            archive.writestr(info, data)
    buffer.seek(0)
    return buffer
