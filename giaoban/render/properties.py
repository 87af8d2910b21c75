"""A document's properties (title, subject, author, keywords, dates) from its record.

Word keeps them in ``docProps/core.xml``; LibreOffice carries them into the PDF's
information dictionary and XMP metadata, where a records system reads them (Nghị định
30/2020/NĐ-CP, Phụ lục VI: trích yếu, cơ quan ban hành, ngày văn bản). Without this,
every document carried its template's own ("Biên bản hội nghị (mẫu giaoban)", 2013).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from html import escape  # not xml.sax.saxutils: it imports urllib.request, ssl (~5 ms)

from giaoban import vietnamese as vn
from giaoban.render.context import Context, committee, host_unit, letterhead_unit

CORE_PART = "docProps/core.xml"
VIETNAM = dt.timezone(dt.timedelta(hours=7))
_DEFAULT_ISSUER = "BAN THƯỜNG TRỰC"


@dataclass(frozen=True)
class DocumentProperties:
    """What Word shows under File > Info > Properties.

    ``created`` is the document's date (the meeting's date and start time, Vietnam time),
    so the same record gives the same bytes on every run; None for a meeting known only
    to its month, whose documents carry no date rather than an invented day (s3-trial F7).
    """

    title: str
    subject: str
    author: str
    created: dt.datetime | None
    keywords: list[str] = field(default_factory=list)

    def core_xml(self) -> bytes:
        """``docProps/core.xml`` (ECMA-376 part 2, Open Packaging Conventions, 11)."""
        values = {
            "dc:title": self.title,
            "dc:subject": self.subject,
            "dc:creator": self.author,
            "cp:keywords": "; ".join(self.keywords),
            "cp:lastModifiedBy": self.author,
            "cp:revision": "1",
        }
        body = "".join(f"<{k}>{escape(v, quote=False)}</{k}>" for k, v in values.items())
        for name in ("created", "modified") if self.created else ():
            when = self.created.astimezone(dt.timezone.utc).strftime("%Y-%m-%dT%H:%M:%SZ")
            body += f'<dcterms:{name} xsi:type="dcterms:W3CDTF">{when}</dcterms:{name}>'
        return (
            "<?xml version='1.0' encoding='UTF-8' standalone='yes'?>\n"
            '<cp:coreProperties xmlns:cp="http://schemas.openxmlformats.org/package/2006/'
            'metadata/core-properties" xmlns:dc="http://purl.org/dc/elements/1.1/" '
            'xmlns:dcterms="http://purl.org/dc/terms/" '
            'xmlns:dcmitype="http://purl.org/dc/dcmitype/" '
            'xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance">'
            f"{body}</cp:coreProperties>"
        ).encode()


def subject(context: Context) -> str:
    """The trích yếu: the line under BIÊN BẢN, "Hội nghị giao ban Cụm thi đua … năm 2022"
    (the meeting's name, its period and year said once: ``sentences.meeting_name``)."""
    return context.meeting_name


def issuing_body(context: Context) -> str:
    """The issuing body as the letterhead names it, in running text: "Ban Thường trực Ủy ban
    Mặt trận Tổ quốc Việt Nam xã Kim Tân" for the default letterhead of a host committee
    (its unit, ``context.host_unit``: the letterhead's, never the meeting's province, which
    made a commune's minutes the province's, s3-trial F6); a letterhead the record spells
    out in that shape, [ỦY BAN MTTQ VIỆT NAM, TỈNH BẠC LIÊU], likewise (``letterhead_unit``);
    any other, or one without a unit, is taken as written, its lines joined."""
    parent = context.record.minutes.letterhead.parent
    unit = letterhead_unit(list(parent)) if parent else host_unit(context.hosts)
    if unit and context.letterhead_issuer == _DEFAULT_ISSUER:
        return f"Ban Thường trực {committee(unit)}"
    return " - ".join([*context.letterhead_parent, context.letterhead_issuer])


def _created(context: Context) -> dt.datetime | None:
    meeting = context.meeting
    if not vn.day_known(meeting.date):
        return None
    start = meeting.start or dt.time(0, 0)
    return dt.datetime.combine(meeting.date, start, tzinfo=VIETNAM)


def _keywords(context: Context, kind: str) -> list[str]:
    words = [kind, context.meeting.kind and f"hội nghị {context.meeting.kind}"]
    words += [context.cluster_full or context.cluster_name, context.province, str(context.year)]
    words += context.topics
    return list(dict.fromkeys(w for w in words if w))


def _lower_first(text: str) -> str:
    """ "Hội nghị …" inside "Biên bản hội nghị …"; a word in capitals stays whole ("HỘI
    NGHỊ …" gave "hỘI NGHỊ", s5-trial F118; such a title is warned about)."""
    first = text.split(" ", 1)[0]
    if len(first) > 1 and first.isupper():
        return text
    return text[:1].lower() + text[1:]


def minutes_properties(context: Context) -> DocumentProperties:
    """The biên bản's properties: title "Biên bản hội nghị giao ban …", subject its trích
    yếu, author the issuing body."""
    return DocumentProperties(
        title=f"Biên bản {_lower_first(subject(context))}",
        subject=subject(context),
        author=issuing_body(context),
        created=_created(context),
        keywords=_keywords(context, "biên bản"),
    )


def press_properties(context: Context, headline: str, agency: str | None) -> DocumentProperties:
    """The tin bài's properties: its headline as title, the meeting's trích yếu as
    subject, the news agency (else the issuing body) as author."""
    return DocumentProperties(
        title=headline,
        subject=subject(context),
        author=agency or issuing_body(context),
        created=_created(context),
        keywords=_keywords(context, "tin bài"),
    )
