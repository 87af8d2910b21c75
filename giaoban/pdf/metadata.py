"""A PDF's properties after LibreOffice: the keywords as the document lists them.

LibreOffice carries a .docx's title, subject and author into the PDF (its information
dictionary and, for PDF/A, its XMP metadata), but splits the keywords at every space:
"biên bản; hội nghị giao ban" arrives as "biên, bản, hội, nghị, giao, ban". The keywords
are set again here from the document's ``docProps/core.xml``, in both places at once
(PDF/A requires the two to agree: ISO 19005-2, 6.6.3).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path
from xml.etree import ElementTree

_KEYWORDS = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}keywords"


def document_keywords(document: Path) -> str | None:
    """The keywords of a .docx as written ("biên bản; hội nghị giao ban; 2022"), or None."""
    from giaoban.render.properties import CORE_PART

    try:
        with zipfile.ZipFile(document) as archive:
            root = ElementTree.fromstring(archive.read(CORE_PART))
    except (KeyError, OSError, zipfile.BadZipFile, ElementTree.ParseError):
        return None
    found = root.find(_KEYWORDS)
    return found.text.strip() if found is not None and found.text else None


def with_keywords(pdf: bytes, keywords: str) -> bytes:
    """``pdf`` with ``keywords`` in its information dictionary and XMP metadata."""
    import pikepdf

    output = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf)) as document:
        if "/Metadata" in document.Root:  # PDF/A: XMP and information dictionary in step
            with document.open_metadata(set_pikepdf_as_editor=False) as metadata:
                metadata["pdf:Keywords"] = keywords
        else:
            document.docinfo["/Keywords"] = pikepdf.String(keywords)
        document.save(output)
    return output.getvalue()
