"""Signed PDF for the e-office (Nghị định 30/2020/NĐ-CP, Điều 5 and Phụ lục I, II.7-II.8).

``blocks`` finds the signature blocks (THƯ KÝ, CHỦ TRÌ) on the rendered page, ``keys`` opens
a signing key (a .p12 file or a PKCS#11 token), ``signing`` adds a PAdES signature,
``verify`` checks every signature of a file and ``metadata`` writes the Phụ lục VI fields.
"""

from __future__ import annotations

from pathlib import Path

from giaoban.errors import GiaobanError


def not_a_pdf(path: Path) -> GiaobanError:
    """The error for a file the PDF library cannot read, saying why in the secretary's
    words rather than the library's English ("Illegal PDF header", s4-trial F78): a Word
    file or zip (it begins with "PK"), another file that is no PDF, or a PDF broken or
    cut short."""
    from giaoban.messages import msg

    try:
        with path.open("rb") as stream:
            start = stream.read(1024)
    except OSError:
        start = b""
    if start.startswith(b"PK"):
        reason = msg("not_pdf_word")
    elif b"%PDF-" not in start:
        reason = msg("not_pdf_other")
    else:
        reason = msg("not_pdf_broken")
    return GiaobanError(msg("sign_not_pdf", path=path, reason=reason))
