"""``giaoban check FILE.pdf``: is a PDF what the records system and the e-office expect?

Checked: every font embedded (a PDF that leans on the reader's fonts shows Vietnamese
letters as boxes elsewhere, and PDF/A forbids it: ISO 19005-2, 6.2.11.4); no encryption
(a records system must open it; ISO 19005-2, 6.1.3); A4 pages (Nghị định 30/2020/NĐ-CP,
Phụ lục I, I.2: khổ A4, 210 x 297 mm); and, for a PDF that declares PDF/A, its XMP
identification (pdfaid:part, pdfaid:conformance: ISO 19005-2, 6.6.4) and its output
intent (an ICC profile with /S /GTS_PDFA1: ISO 19005-2, 6.2.3).

This is not a full PDF/A validator: no such validator (veraPDF is the reference one) can
be installed from the package registries this project uses, so a PDF that passes here
may still fail one; the check says so.
"""

from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from giaoban.check import Finding
from giaoban.errors import GiaobanError
from giaoban.messages import msg

A4_POINTS = (595.276, 841.89)  # 210 x 297 mm at 72 points to the inch
TOLERANCE_POINTS = 1.5  # about half a millimetre: what PDF producers round to
_FONT_FILES = ("/FontFile", "/FontFile2", "/FontFile3")


@dataclass
class PdfCheck:
    """``findings``: what is wrong (empty when all holds); ``facts``: what was found true,
    one short line each, for the secretary to read."""

    findings: list[Finding] = field(default_factory=list)
    facts: list[str] = field(default_factory=list)
    pdfa: str | None = None  # "2B" for PDF/A-2b, None when not declared


def _resources(pdf: Any) -> Iterator[tuple[int, Any]]:
    """(page number from 1, a /Resources dictionary) for every page, its forms (XObjects)
    and its annotations' appearances (a visible signature's, say)."""
    seen: set[tuple[int, int]] = set()

    def walk(number: int, resources: Any) -> Iterator[tuple[int, Any]]:
        if resources is None:
            return
        key = resources.objgen
        if key != (0, 0):
            if key in seen:
                return
            seen.add(key)
        yield number, resources
        for xobject in dict(resources.get("/XObject", {})).values():
            if xobject.get("/Subtype") == "/Form":
                yield from walk(number, xobject.get("/Resources"))

    for number, page in enumerate(pdf.pages, start=1):
        yield from walk(number, page.obj.get("/Resources"))
        for annotation in page.obj.get("/Annots", []):
            appearance = annotation.get("/AP", {}).get("/N")
            if appearance is not None and hasattr(appearance, "get"):
                yield from walk(number, appearance.get("/Resources"))


def _embedded(font: Any) -> bool:
    if font.get("/Subtype") == "/Type3":
        return True  # its glyphs are drawn by the PDF itself
    if font.get("/Subtype") == "/Type0":
        descendants = font.get("/DescendantFonts", [])
        return bool(descendants) and all(_embedded(d) for d in descendants)
    descriptor = font.get("/FontDescriptor")
    return descriptor is not None and any(name in descriptor for name in _FONT_FILES)


def _fonts(pdf: Any, report: PdfCheck) -> None:
    missing: dict[str, list[int]] = {}
    count = 0
    for number, resources in _resources(pdf):
        for font in dict(resources.get("/Font", {})).values():
            count += 1
            if not _embedded(font):
                name = str(font.get("/BaseFont", "?")).lstrip("/")
                pages = missing.setdefault(name, [])
                if number not in pages:
                    pages.append(number)
    for name, pages in missing.items():
        detail = msg("pdf_font_missing", font=name, pages=", ".join(map(str, pages)))
        report.findings.append(Finding(msg("pdf_rule_fonts"), detail))
    if not missing:  # "cả 1 phông chữ" is not Vietnamese (s5-trial F111)
        key = {0: "pdf_fonts_none", 1: "pdf_fonts_ok_one"}.get(count, "pdf_fonts_ok")
        report.facts.append(msg(key, count=count))


def _page_sizes(pdf: Any, report: PdfCheck) -> None:
    wrong = []
    for number, page in enumerate(pdf.pages, start=1):
        box = [float(v) for v in page.mediabox]
        width, height = sorted((abs(box[2] - box[0]), abs(box[3] - box[1])))
        if abs(width - A4_POINTS[0]) > TOLERANCE_POINTS or abs(height - A4_POINTS[1]) > (
            TOLERANCE_POINTS
        ):
            size = f"{width * 25.4 / 72:.0f} x {height * 25.4 / 72:.0f} mm"
            wrong.append(msg("pdf_page_size", page=number, size=size))
    for detail in wrong:
        report.findings.append(Finding(msg("pdf_rule_a4"), detail))
    if not wrong:
        key = "pdf_a4_ok_one" if len(pdf.pages) == 1 else "pdf_a4_ok"
        report.facts.append(msg(key, pages=len(pdf.pages)))


def _pdfa(pdf: Any, report: PdfCheck) -> None:
    metadata = pdf.open_metadata()
    part = metadata.get("pdfaid:part")
    conformance = metadata.get("pdfaid:conformance")
    if not part:
        report.facts.append(msg("pdf_not_pdfa"))
        return
    report.pdfa = f"{part}{(conformance or '').upper()}"
    rule = msg("pdf_rule_pdfa")
    if str(part) not in ("1", "2", "3", "4") or (
        str(part) in ("1", "2", "3") and (conformance or "").upper() not in ("A", "B", "U")
    ):
        detail = msg("pdf_pdfa_bad_id", part=part, conformance=conformance or "?")
        report.findings.append(Finding(rule, detail))
    intents = [
        intent
        for intent in pdf.Root.get("/OutputIntents", [])
        if intent.get("/S") == "/GTS_PDFA1" and intent.get("/DestOutputProfile") is not None
    ]
    if not intents:
        report.findings.append(Finding(rule, msg("pdf_pdfa_no_intent")))
    else:
        name = str(intents[0].get("/OutputConditionIdentifier", "ICC"))
        report.facts.append(msg("pdf_pdfa_ok", level=f"PDF/A-{report.pdfa}", intent=name))


def check_pdf(path: Path) -> PdfCheck:
    """Check the PDF at ``path`` (see the module docstring); GiaobanError when it cannot be
    read as a PDF at all."""
    import pikepdf

    report = PdfCheck()
    try:
        pdf = pikepdf.open(path)
    except pikepdf.PasswordError:
        report.findings.append(Finding(msg("pdf_rule_encryption"), msg("pdf_encrypted_locked")))
        return report
    except (pikepdf.PdfError, OSError, ValueError) as error:
        raise GiaobanError(msg("check_unreadable_pdf", path=path, error=error)) from None
    with pdf:
        if pdf.is_encrypted:
            report.findings.append(Finding(msg("pdf_rule_encryption"), msg("pdf_encrypted")))
        else:
            report.facts.append(msg("pdf_not_encrypted"))
        _fonts(pdf, report)
        _page_sizes(pdf, report)
        _pdfa(pdf, report)
    return report


def declares_pdfa(data: bytes) -> bool:
    """Whether the PDF ``data`` identifies itself as PDF/A-2b (XMP pdfaid)."""
    import io

    import pikepdf

    with pikepdf.open(io.BytesIO(data)) as pdf:
        metadata = pdf.open_metadata()
        return metadata.get("pdfaid:part") == "2" and metadata.get("pdfaid:conformance") == "B"
