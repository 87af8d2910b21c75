"""A PDF's properties after LibreOffice: the keywords and the creation date as the
document gives them.

LibreOffice carries a .docx's title, subject and author into the PDF (its information
dictionary and, for PDF/A, its XMP metadata), but splits the keywords at every space:
"biên bản; hội nghị giao ban" arrives as "biên, bản, hội, nghị, giao, ban", and dates
the PDF at the moment of conversion, not the document's date (the meeting's, which
README promises: s3-trial F9). Both are set again here from the document's
``docProps/core.xml``, in both places at once (PDF/A requires the two to agree: ISO
19005-2, 6.6.3).
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile
from pathlib import Path
from xml.etree import ElementTree

_KEYWORDS = "{http://schemas.openxmlformats.org/package/2006/metadata/core-properties}keywords"
_CREATED = "{http://purl.org/dc/terms/}created"


def _core_value(document: Path, tag: str) -> str | None:
    from giaoban.render.properties import CORE_PART

    try:
        with zipfile.ZipFile(document) as archive:
            root = ElementTree.fromstring(archive.read(CORE_PART))
    except (KeyError, OSError, zipfile.BadZipFile, ElementTree.ParseError):
        return None
    found = root.find(tag)
    return found.text.strip() if found is not None and found.text else None


def document_keywords(document: Path) -> str | None:
    """The keywords of a .docx as written ("biên bản; hội nghị giao ban; 2022"), or None."""
    return _core_value(document, _KEYWORDS)


def document_created(document: Path) -> dt.datetime | None:
    """The creation date of a .docx (``dcterms:created``, UTC), or None when it has none
    that reads as a date."""
    text = _core_value(document, _CREATED)
    try:
        return dt.datetime.fromisoformat(text.replace("Z", "+00:00")) if text else None
    except ValueError:
        return None


def _pdf_date(moment: dt.datetime) -> str:
    """ "D:20221214170000+00'00'" (ISO 32000-1, 7.9.4)."""
    return moment.astimezone(dt.timezone.utc).strftime("D:%Y%m%d%H%M%S+00'00'")


def with_keywords(pdf: bytes, keywords: str | None, created: dt.datetime | None = None) -> bytes:
    """``pdf`` with ``keywords`` and the creation (and modification) date ``created`` in
    its information dictionary and XMP metadata; keywords None are left as they are; a
    ``created`` None takes the conversion's date out of the information dictionary (a
    PDF/A keeps its XMP dates, which it must agree with)."""
    import pikepdf

    output = io.BytesIO()
    with pikepdf.open(io.BytesIO(pdf)) as document:
        if "/Metadata" in document.Root:  # PDF/A: XMP and information dictionary in step
            with document.open_metadata(set_pikepdf_as_editor=False) as metadata:
                if keywords:
                    metadata["pdf:Keywords"] = keywords
                if created:
                    stamp = created.astimezone(dt.timezone.utc).isoformat()
                    metadata["xmp:CreateDate"] = stamp
                    metadata["xmp:ModifyDate"] = stamp
        else:
            if keywords:
                document.docinfo["/Keywords"] = pikepdf.String(keywords)
            if created:
                document.docinfo["/CreationDate"] = pikepdf.String(_pdf_date(created))
                document.docinfo["/ModDate"] = pikepdf.String(_pdf_date(created))
            else:  # a document without its date (a meeting known to the month): LibreOffice's
                # is the conversion's, in an invalid form ("D:20261130095630Z'"): none is
                # said rather than a wrong one (s4-trial F98)
                for key in ("/CreationDate", "/ModDate"):
                    if key in document.docinfo:
                        del document.docinfo[key]
        document.save(output)
    return output.getvalue()
