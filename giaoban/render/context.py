"""The render context: what templates see, derived from a validated record.

Facts are resolved here once (ids to people, figure references to formatted
numbers, directives numbered in the order they were given, attendees grouped in
protocol order) so that templates only arrange and word them.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path
from typing import Any

from giaoban import gazetteer
from giaoban import vietnamese as vn
from giaoban.record.checks import FIGURE_REFERENCE
from giaoban.record.model import Attendee, Record

# Protocol order is the secretary's: attendees are listed in the record's order inside
# each group (a Phó Bí thư Thường trực Tỉnh ủy before the MTTQ chair, say); roles decide
# only which sentence or group a person belongs to.
CENTRAL = {"trung ương", "tw", "trung uong"}


@dataclass
class DirectiveView:
    number: int
    id: str | None
    text: str
    addressee: str | None
    lead: str | None
    rationale: str | None
    issuer: Attendee | None
    tags: list[str]
    deadline: Any
    continues: str | None
    # the verb of the paragraph that asks it ("đề nghị"; "" when that paragraph gives
    # none, None when no paragraph does): a text copied with it says it once
    said_with: str | None = None


@dataclass
class ParagraphView:
    text: str | None
    verb: str | None
    context: str | None
    directives: list[DirectiveView]
    # its lead-in ("Bà A đề nghị:") is the one of the paragraph before, already said over
    # that paragraph's list: the minutes number its directives on (sentences.same_lead_in)
    lead_said: bool = False


@dataclass
class SpeechView:
    """An item of the meeting's agenda: a speech, or the report (which may have no speech)."""

    number: int
    speaker: Attendee | None
    occasion: str
    paragraphs: list[ParagraphView]
    report: ReportView | None = None


@dataclass
class ReportView:
    """The cluster's report. ``period_phrase`` ("năm 2022", "6 tháng đầu năm 2019") and
    ``plan_phrase`` (what the priorities are for) are None when the record does not say."""

    presenter: Attendee | None
    year: int
    next_year: int
    subject: str | None
    programmes: list[str]
    results: list[str]
    limitations: list[str]
    period_phrase: str | None = None
    plan_phrase: str | None = None
    cluster: str | None = None
    member_kind: str = "tỉnh"
    # the results the press says: those whose every quoted figure a speech, a directive
    # or a follow-up already told (they come before the report in the article) are left
    # out, so that one figure is not told twice (the minutes keep every result)
    press_results: list[str] = field(default_factory=list)


@dataclass
class AttendanceGroup:
    label: str | None
    people: list[Attendee]
    province: str | None = None


@dataclass
class HandoverView:
    role: str
    year: int
    to: str
    to_committee: str
    to_body: str
    from_: str | None
    from_committee: str | None
    vote: str | None
    flag: bool


@dataclass
class FigureView:
    """A figure as printed: ``value`` is "hơn 1.126 tỷ đồng" (qualifier, number, unit)."""

    id: str
    label: str
    value: str
    province: str | None
    year: int | None
    unit: str | None = None
    qualified_number: str = ""
    verb: str | None = None
    work_year: int | None = None


@dataclass
class FollowupProvinceView:
    province: str
    status: str | None
    result: str | None


@dataclass
class FollowupView:
    """What became of an earlier directive; ``result`` with its figures filled in."""

    directive: str | None  # None: named by its text
    text: str | None
    year: int
    status: str | None
    result: str | None
    provinces: list[FollowupProvinceView]
    # the meeting that gave it, when the follow-up names one by its date (a cluster
    # meeting twice a year): "Hội nghị sơ kết 6 tháng đầu năm 2024"; None: "năm 2023"
    meeting: str | None = None
    # which meeting gave it, set only when the record follows up directives of several
    # meetings ("năm 2023", "tại Hội nghị sơ kết 6 tháng đầu năm 2024"): each item says it
    source: str | None = None


@dataclass
class Context:
    """Everything a template may use; ``as_dict()`` is what Jinja receives."""

    record: Record
    meeting: Any
    year: int
    cluster_name: str | None
    cluster_full: str | None
    members: list[str]
    meeting_name: str
    members_phrase: str | None
    chair_committee: str | None
    vice_chair_committee: str | None
    hosts: list[str]
    organiser: str | None
    co_organisers: list[str]
    period_phrase: str | None
    priorities_phrase: str | None
    address: str
    topics: list[str]
    co_chairing: bool
    member_kind: str
    press_attending: list[Attendee]
    has_agenda: bool
    place: str
    province: str | None
    # the địa danh of the minutes' date line: where the issuing body sits (issuing_place)
    date_place: str | None
    letterhead_parent: list[str]
    letterhead_issuer: str
    letterhead_symbol: str
    number: int | None
    agenda: list[SpeechView]
    attendance: list[AttendanceGroup]
    absent: list[Attendee]
    central: list[Attendee]
    others_present: list[Attendee]
    presiding: list[Attendee]
    directing: list[Attendee]
    chairing: list[Attendee]
    attending: list[Attendee]
    secretary: Attendee | None
    signer: Attendee | None
    signers: list[Attendee]
    directives: list[DirectiveView]
    unspoken_directives: list[DirectiveView]
    unspoken_number: int | None
    followups: list[FollowupView]
    followup_number: int | None
    figures_number: int | None
    figures: list[FigureView]
    unquoted_figures: list[FigureView]
    priorities: list[str]
    priorities_year: int
    priorities_subject: str | None
    priorities_number: int | None
    handovers: list[HandoverView]
    handover_number: int | None
    conclusion: list[str]
    minutes: Any
    press: Any

    def as_dict(self) -> dict[str, Any]:
        return {name: getattr(self, name) for name in self.__dataclass_fields__}


def committee(member: str, on: date | None = None) -> str:
    """ "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau" (tỉnh or thành phố as on ``on``);
    "... phường Hạc Thành"; a body that is a member itself ("Hội Nông dân tỉnh") is named
    as it is."""
    if vn.is_province_name(member) or member.lower().startswith(vn.UNIT_WORDS):
        return f"Ủy ban Mặt trận Tổ quốc Việt Nam {vn.locality(member, on)}"
    return member


def standing_body(body: str) -> str:
    """Who takes on a cluster role for ``body`` when the record names no ``to_body``:
    "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau" for an MTTQ committee
    (the committees' standing body, which issues their documents: "…/QĐ-MTTQ-BTT",
    shared/reference/document-format.md §3.2); any other body as written ("Hội Nông dân
    tỉnh", whose standing body is not a Ban Thường trực: never invented, s3-trial F21)."""
    if vn.fold(body).startswith(("uy ban mat tran", "uy ban mttq")):
        return f"Ban Thường trực {body}"
    return body


def _earlier_text(
    record: Record,
    record_path: Path | None,
    directive: str | None,
    year: int | None,
    meeting: date | None = None,
) -> str | None:
    """The text of directive ``directive`` in the record of the meeting of date
    ``meeting``, else of the last meeting of work ``year`` (default: the year before)
    beside ``record_path``; None when it cannot be found."""
    if record_path is None or directive is None:
        return None
    from giaoban.record.earlier import earlier_record

    cluster = record.meeting.cluster.name if record.meeting.cluster else None
    year = year or record.year - 1
    before = record.meeting.date if year == record.year else None
    earlier = earlier_record(Path(record_path), year, cluster, meeting, before)
    return earlier.text_of(directive) if earlier else None


def _by_source(views: list[FollowupView]) -> list[FollowupView]:
    """The follow-ups of a record that follows up directives of several meetings (the
    sơ kết 6 tháng's and last year's, or two years') grouped by meeting, in the order each
    meeting first comes, each saying its meeting (``source``); one meeting's as written."""
    say = _sentences()
    sources = list(dict.fromkeys(say.followup_source(v) for v in views))
    if len(sources) < 2:
        return views
    for view in views:
        view.source = say.followup_source(view)
    return sorted(views, key=lambda v: sources.index(v.source or ""))


def _followed_meeting(record: Record, record_path: Path | None, day: date | None) -> str | None:
    """The meeting a follow-up names by its date, as the documents name it
    (sentences.followed_meeting: its kind and period from its record beside this one or
    in the archive, else its date); None for a follow-up that names a year."""
    if day is None:
        return None
    found = None
    if record_path is not None:
        from giaoban.record.earlier import record_of_meeting

        cluster = record.meeting.cluster.name if record.meeting.cluster else None
        try:
            found = record_of_meeting(Path(record_path), day, cluster)
        except OSError:  # a folder that cannot be read: the date alone names it
            found = None
    if found is None:
        return _sentences().followed_meeting(None, None, None, day)
    return _sentences().followed_meeting(found.kind, found.period, found.year, day)


def figure_filler(record: Record) -> Callable[..., str | None]:
    """A function ``fill(text, about=None)`` that writes each ``{figure-id}`` of a text as
    the figure reads in the documents ("412 cuộc giám sát chuyên đề", with its label when
    the text does not say it: ``sentences.quoted_figure``; with its province when the text
    neither names it nor is ``about`` it, the speaker's delegation or a follow-up's
    province: ``sentences.quoted_province``); None stays None."""
    figures = {f.id: f for f in record.figures}
    quoted = _sentences().quoted_figure
    of_province = _sentences().quoted_province
    unit_follows = _sentences().unit_follows

    def fill(text: str | None, about: str | None = None) -> str | None:
        if text is None:
            return None

        def value(match: re.Match[str]) -> str:
            # "{quy} tỷ đồng": the unit the text writes after the figure is said once
            figure = figures[match.group(1)]
            return figure.formatted(not unit_follows(figure.unit, text[match.end() :]))

        # the text as it reads with each figure's value: what it already says of them
        plain = FIGURE_REFERENCE.sub(
            lambda m: value(m) if m.group(1) in figures else m.group(0),
            text,
        )

        parts: list[str] = []
        done = 0  # where the text not yet written starts
        for match in FIGURE_REFERENCE.finditer(text):
            figure = figures.get(match.group(1))
            if figure is None or match.start() < done:
                continue
            parts.append(text[done : match.start()])
            done = match.end()
            if unit_follows(figure.unit, text[done:]):
                # the unit the text writes goes with the value, the province after both:
                # "28 tỷ đồng (tỉnh Cà Mau)", not "28 (tỉnh Cà Mau) tỷ đồng"
                unit_end = done + len(text[done:]) - len(text[done:].lstrip())
                unit_end += len(figure.unit or "")
                phrase = value(match) + text[done:unit_end]
                done = unit_end
            else:
                phrase = quoted(figure.formatted(), figure.label, figure.unit, plain)
            parts.append(of_province(phrase, figure.province, plain, about))
        parts.append(text[done:])
        return "".join(parts)

    return fill


def build_context(record: Record, record_path: Path | None = None) -> Context:
    """The context for every template, from one validated record. With ``record_path``,
    a follow-up that names its directive by id alone is given the directive's text from
    the earlier meeting's record beside it (giaoban.record.earlier), as the documents
    say it ("Nội dung “…” đã hoàn thành"), not its id."""
    meeting = record.meeting
    cluster = meeting.cluster
    fill = figure_filler(record)

    # Directives are numbered in the order the meeting heard them.
    spoken_order = [ref for s in record.speeches for p in s.paragraphs for ref in p.directives]
    order = {ref: index for index, ref in reversed(list(enumerate(spoken_order)))}
    ranked = sorted(
        enumerate(record.directives),
        key=lambda pair: (order.get(pair[1].id, len(spoken_order)), pair[0]),
    )
    views: dict[int, DirectiveView] = {}
    for number, (index, directive) in enumerate(ranked, start=1):
        views[index] = DirectiveView(
            number=number,
            id=directive.id,
            text=fill(directive.text) or "",
            addressee=directive.addressee,
            lead=directive.lead,
            rationale=directive.rationale,
            issuer=record.attendee(directive.issuer),
            tags=directive.tags,
            deadline=directive.deadline,
            continues=directive.continues,
        )
    by_id = {d.id: views[i] for i, d in enumerate(record.directives) if d.id}
    for speech in reversed(record.speeches):  # the first paragraph that asks it wins
        for paragraph in reversed(speech.paragraphs):
            for ref in paragraph.directives:
                if ref in by_id:
                    by_id[ref].said_with = paragraph.verb or speech.verb or ""
    directives = sorted(views.values(), key=lambda v: v.number)
    unspoken = [v for v in directives if v.id not in order]

    report = record.report
    report_view = None
    cluster_full = (
        _sentences().cluster_name(cluster.name, cluster.full_name, _member_kind(cluster))
        if cluster
        else None
    )
    period = meeting.period
    work_year = record.year
    priorities = record.priorities

    def in_text(item: str) -> str:
        # an item of a list, said inside a sentence ("xác định tổ chức …", "Kết quả: …"):
        # the capital it was copied with goes, a name's stays (s4-trial F92)
        return _sentences().soft_lower(fill(item) or "")

    priorities_phrase = _priorities_phrase(priorities.year, period, work_year)
    if report:
        year = report.year or work_year
        said_year = report.year is not None or period is not None
        report_view = ReportView(
            presenter=record.attendee(report.presenter),
            year=year,
            next_year=year + 1,
            subject=report.subject,
            programmes=[f"{p.count} {p.name}" if p.count else p.name for p in report.programmes],
            results=[in_text(r) for r in report.results],
            press_results=[in_text(r) for r in report.results if not _told_before(r, record)],
            limitations=[in_text(r) for r in report.limitations],
            period_phrase=vn.period_of_year(period or "năm", year) if said_year else None,
            plan_phrase=priorities_phrase if priorities.items else None,
            cluster=cluster_full,
            member_kind=_member_kind(cluster) if cluster else "tỉnh",
        )

    agenda: list[SpeechView] = []
    for speech in record.speeches:
        speaker = record.attendee(speech.speaker)
        agenda.append(
            SpeechView(
                number=0,
                speaker=speaker,
                occasion=speech.occasion,
                paragraphs=[
                    ParagraphView(
                        text=fill(p.text, speaker.delegation if speaker else None),
                        verb=p.verb or speech.verb,
                        context=p.context,
                        directives=[by_id[ref] for ref in p.directives if ref in by_id],
                    )
                    for p in speech.paragraphs
                ],
            )
        )
    for item in agenda:
        for before, paragraph in itertools.pairwise(item.paragraphs):
            paragraph.lead_said = _sentences().same_lead_in(before, paragraph)
    if report_view is not None:
        _place_report(agenda, report_view)
    for number, item in enumerate(agenda, start=1):
        item.number = number
    next_number = len(agenda) + 1
    # a follow-up not filled in yet (giaoban new --from) has nothing to say: not printed
    followed = [f for f in record.followup if f.status or f.result or f.provinces]
    followup_number = next_number if followed else None
    next_number += 1 if followed else 0
    unspoken_number = next_number if unspoken else None
    next_number += 1 if unspoken else 0
    # Figures are told with the report; without one they get an item of their own.
    quoted = {reference for text in _texts(record) for reference in FIGURE_REFERENCE.findall(text)}
    unquoted_ids = [f.id for f in record.figures if f.id not in quoted]
    figures_number = next_number if unquoted_ids and report_view is None else None
    next_number += 1 if figures_number else 0

    priorities_number = next_number if priorities.items else None
    next_number += 1 if priorities.items else 0
    handover_number = next_number if record.handover else None

    province = meeting.place.province or (cluster.chair if cluster else None)
    letterhead = record.minutes.letterhead
    parent = letterhead.parent or _letterhead_parent(
        meeting.host, cluster.chair if cluster else None
    )

    # Attendees in the record's order: the secretary sets the protocol order.
    present = [a for a in record.people() if a.attendance == "có mặt"]
    presiding = [a for a in present if {"chủ trì", "đồng chủ trì"} & set(a.roles)]
    secretary = record.attendee(record.minutes.secretary) or next(
        (a for a in present if "thư ký" in a.roles), None
    )
    # Who signs CHỦ TRÌ (Mẫu 1.9: the presiding person signs the biên bản): the one the
    # record names, else every person who presided, co-chairs each with a block; a group
    # that co-chaired ("Lãnh đạo Ủy ban MTTQ tỉnh Bình Thuận") is nobody who can sign
    # (s3-trial F5): without a named person, one CHỦ TRÌ block is left for the hand
    named_signer = record.attendee(record.minutes.presiding)
    signers = [named_signer] if named_signer else [p for p in presiding if p.name]
    signer = signers[0] if signers else None
    directing = [a for a in present if "chỉ đạo" in a.roles]
    central = [a for a in present if (a.delegation or "").casefold() in CENTRAL]
    members = list(cluster.members) if cluster else []
    member_kind = _member_kind(cluster) if cluster else "tỉnh"
    phrases = _sentences()
    silent_speakers = [
        item.speaker for item in agenda if item.speaker and not item.paragraphs and not item.report
    ]

    def figure_view(f: Any) -> FigureView:
        number = vn.format_number(f.value, f.decimals) if f.unit != "%" else ""
        return FigureView(
            f.id,
            f.label,
            f.formatted(),
            f.province,
            f.year,
            unit=f.unit,
            qualified_number=f"{f.qualifier} {number}" if f.qualifier else number,
            verb=f.verb,
            work_year=work_year,
        )

    return Context(
        record=record,
        meeting=meeting,
        year=record.year,
        cluster_name=cluster.name if cluster else None,
        cluster_full=cluster_full,
        members=members,
        meeting_name=phrases.meeting_name(meeting.title, work_year, period),
        members_phrase=(
            phrases.members_phrase(members, meeting.title, member_kind) if members else None
        ),
        chair_committee=committee(cluster.chair) if cluster and cluster.chair else None,
        vice_chair_committee=(
            committee(cluster.vice_chair) if cluster and cluster.vice_chair else None
        ),
        hosts=list(meeting.host),
        organiser=meeting.organiser,
        co_organisers=list(meeting.co_organisers),
        period_phrase=vn.period_of_year(period, work_year) if period else None,
        priorities_phrase=priorities_phrase,
        address=record.minutes.address,
        # the directives' tags, in order, once each: the documents' keywords
        topics=list(dict.fromkeys(tag for d in record.directives for tag in d.tags)),
        member_kind=member_kind,
        # Who the press lists as also attending: named people and groups; a speaker
        # whose words the record does not give is introduced by the speech sentence.
        press_attending=[
            a
            for a in present
            if a not in directing
            and a not in presiding
            and "thư ký" not in a.roles
            and a not in silent_speakers
        ],
        has_agenda=bool(
            agenda or followed or unspoken or figures_number or priorities.items or record.handover
        ),
        co_chairing=phrases.chairing_verb(presiding) == "đồng chủ trì",
        place=_place(meeting.place.venue, meeting.place.locality, meeting.place.province),
        province=province,
        date_place=issuing_place(record.minutes.letterhead.parent, meeting.host, province),
        letterhead_parent=parent,
        letterhead_issuer=letterhead.issuer or "BAN THƯỜNG TRỰC",
        letterhead_symbol=letterhead.symbol,
        number=record.minutes.number,
        agenda=agenda,
        attendance=_attendance_groups(present, province, members, member_kind),
        absent=[a for a in record.people() if a.attendance != "có mặt"],
        central=central,
        others_present=[a for a in present if a not in central],
        presiding=presiding,
        directing=directing,
        chairing=[a for a in presiding if a not in directing],
        attending=[
            a
            for a in present
            if a.name and a not in directing and a not in presiding and "thư ký" not in a.roles
        ],
        secretary=secretary,
        signer=signer,
        signers=signers,
        directives=directives,
        unspoken_directives=unspoken,
        unspoken_number=unspoken_number,
        followups=_by_source(
            [
                FollowupView(
                    directive=f.directive,
                    text=fill(f.text)
                    or _earlier_text(record, record_path, f.directive, f.year, f.meeting),
                    year=f.year or work_year - 1,
                    status=f.status,
                    result=fill(f.result),
                    provinces=[
                        FollowupProvinceView(p.province, p.status, fill(p.result, p.province))
                        for p in f.provinces
                    ],
                    meeting=_followed_meeting(record, record_path, f.meeting),
                )
                for f in followed
            ]
        ),
        followup_number=followup_number,
        figures_number=figures_number,
        figures=[figure_view(f) for f in record.figures],
        unquoted_figures=[figure_view(f) for f in record.figures if f.id not in quoted],
        priorities=[in_text(p) for p in priorities.items],
        priorities_year=priorities.year or record.year + 1,
        priorities_subject=priorities.subject,
        priorities_number=priorities_number,
        handovers=[
            HandoverView(
                role=h.role,
                year=h.year,
                to=h.to,
                # a bare district of a "huyện" cluster keeps its kind: "… Việt Nam huyện
                # Cẩm Thủy", not "… Việt Nam Cẩm Thủy" (s5-trial F99)
                to_committee=committee(delegation_place(h.to, member_kind)),
                to_body=h.to_body or standing_body(committee(delegation_place(h.to, member_kind))),
                from_=h.from_,
                from_committee=(
                    committee(delegation_place(h.from_, member_kind)) if h.from_ else None
                ),
                vote=h.vote,
                flag=h.flag,
            )
            for h in record.handover
        ],
        handover_number=handover_number,
        conclusion=[fill(c) or "" for c in record.minutes.conclusion],
        minutes=record.minutes,
        press=record.press,
    )


def _place_report(agenda: list[SpeechView], report: ReportView) -> None:
    """Attach the report to the speech that presented it, or give it its own place.

    Without a "báo cáo" speech, the report comes where meetings hear it: after the
    opening speeches and before the others.
    """
    for item in agenda:
        presenter = report.presenter
        if item.occasion == "báo cáo" and (presenter is None or item.speaker == presenter):
            item.report = report
            return
    position = 0
    while position < len(agenda) and agenda[position].occasion == "khai mạc":
        position += 1
    agenda.insert(position, SpeechView(0, report.presenter, "báo cáo", [], report))


def _told_before(result: str, record: Record) -> bool:
    """Whether every figure ``result`` quotes (one at least) is quoted by a text the press
    says before the report's results: a speech, a spoken directive, a follow-up."""
    quoted = set(FIGURE_REFERENCE.findall(result))
    if not quoted:
        return False
    before = [p.text for s in record.speeches for p in s.paragraphs if p.text]
    spoken = {ref for s in record.speeches for p in s.paragraphs for ref in p.directives}
    before += [d.text for d in record.directives if d.id in spoken]
    for followup in record.followup:
        before += [t for t in (followup.text, followup.result) if t]
        before += [p.result for p in followup.provinces if p.result]
    told = {ref for text in before for ref in FIGURE_REFERENCE.findall(text)}
    return quoted <= told


def _texts(record: Record) -> list[str]:
    """Every free text of a record that may quote a figure."""
    texts = [p.text for s in record.speeches for p in s.paragraphs if p.text]
    texts += [d.text for d in record.directives]
    for followup in record.followup:
        texts += [t for t in (followup.text, followup.result) if t]
        texts += [p.result for p in followup.provinces if p.result]
    if record.report:
        texts += record.report.results + record.report.limitations
    return texts + record.priorities.items + record.minutes.conclusion


def _sentences() -> Any:
    # The wording module imports this one's views; imported here to avoid a cycle.
    from giaoban.render import sentences

    return sentences


def _member_kind(cluster: Any) -> str:
    """The noun that counts the members: "tỉnh", "thành phố" or "tỉnh, thành phố" as the
    gazetteer says of them; "xã" or "phường" as ``member_kind`` says; for "xã, phường",
    the kinds the members' names say ("xã Kim Tân", "phường Hạc Thành") when every name
    says one, else "xã, phường" as written (communes are not in the gazetteer: a kind is
    never guessed from a bare name); "đơn vị" for organisations."""
    kind = getattr(cluster, "member_kind", None) or "tỉnh"
    members = list(getattr(cluster, "members", None) or [])
    if kind == "tỉnh":
        return gazetteer.kinds_noun(members) if members else "tỉnh"
    if kind == "xã, phường":
        named = [gazetteer.commune_kind(m) for m in members]
        if members and all(named):
            return ", ".join(k for k in gazetteer.COMMUNE_KINDS if k in named)
    if kind == "huyện":  # "6 huyện"; "huyện, thị xã" when the names say both (F99)
        named = [gazetteer.district_kind(m) for m in members]
        if members and all(named):
            return ", ".join(k for k in gazetteer.DISTRICT_KINDS if k in named)
    return kind


_PROVINCE_IN_BODY = re.compile(
    r"\b(tỉnh|thành phố|xã|phường|đặc khu|huyện|quận|thị xã)\s+(.+)$", re.IGNORECASE
)


def _letterhead_parent(hosts: list[str], chair: str | None) -> list[str]:
    """The parent body of the letterhead, from what the record says and nothing else.

    The host committee ("Ủy ban MTTQ Việt Nam tỉnh Bạc Liêu") gives "ỦY BAN MTTQ VIỆT
    NAM / TỈNH BẠC LIÊU". Neither the meeting's place (a meeting held in one province
    may be recorded by another's committee) nor the Cụm trưởng (not the issuer of the
    minutes) is used: without a host naming its unit, the line names none, and
    ``minutes.letterhead.parent`` sets it.
    """
    del chair
    unit = host_unit(hosts)
    if unit:
        return ["ỦY BAN MTTQ VIỆT NAM", unit.upper()]
    return ["ỦY BAN MTTQ VIỆT NAM"]


def host_unit(hosts: list[str]) -> str | None:
    """The unit of the first host when it is an MTTQ committee: "tỉnh Bạc Liêu" for "Ủy
    ban Mặt trận Tổ quốc Việt Nam tỉnh Bạc Liêu", "xã Kim Tân", "Thành phố Hồ Chí Minh";
    None for another body or no host. The one place the letterhead's unit (and the issuing
    body of the document's properties) is read from: never from the meeting's place."""
    for host in hosts[:1]:
        if "mặt trận" not in host.lower() and "mttq" not in host.lower():
            return None
        match = _PROVINCE_IN_BODY.search(host)
        if match:
            return vn.locality(f"{match.group(1)} {match.group(2)}")
        # "Ủy ban MTTQ Việt Nam TP.HCM": a city written short, as the gazetteer knows it
        short = _CITY_SHORT.search(host)
        if short and gazetteer.official_name(short.group(0)):
            return gazetteer.locality(gazetteer.official_name(short.group(0)) or "")
    return None


_UNIT_LINE = re.compile(r"^(TỈNH|THÀNH PHỐ|TP\.?|XÃ|PHƯỜNG|ĐẶC KHU)\s+\S", re.IGNORECASE)


def letterhead_unit(parent: list[str]) -> str | None:
    """The unit of a letterhead the record spells out in the default shape, an MTTQ
    committee's two lines: "tỉnh Bạc Liêu" for [ỦY BAN MTTQ VIỆT NAM, TỈNH BẠC LIÊU],
    "xã Kim Tân", "Phường 5", "Thành phố Hồ Chí Minh" (``gazetteer.place_name``); None for
    any other letterhead, which is taken as written. A record whose source names no host
    sets its issuing body here (the 2022 example, s5-trial F121)."""
    if len(parent) != 2 or vn.fold(parent[0]) not in (
        "uy ban mttq viet nam",
        "uy ban mat tran to quoc viet nam",
    ):
        return None
    line = " ".join(vn.nfc(parent[1]).split())
    match = _UNIT_LINE.match(line)
    if match is None:
        return None
    kind = match.group(1).casefold()
    kind = "thành phố" if kind.startswith("tp") else kind
    name = gazetteer.place_name(line)
    if vn.fold(name).startswith(vn.fold(kind)):
        return name
    return f"{kind} {name}"


def issuing_place(parent: list[str], hosts: list[str], province: str | None) -> str | None:
    """The địa danh of the minutes' date line: the unit where the issuing body sits
    (``gazetteer.place_name``), read from the letterhead the record sets
    (``minutes.letterhead.parent``: its line "XÃ KIM TÂN"), else from the host committee
    (``host_unit``: "xã Kim Tân" → "Kim Tân"), else the meeting's province as before.
    Nghị định 30/2020/NĐ-CP, Phụ lục I (địa danh: the administrative unit where the
    issuing body sits); s3-trial F62: a commune's minutes were dated "Thanh Hóa, …"."""
    line = next((line for line in reversed(parent) if _UNIT_LINE.match(line.strip())), None)
    unit = line or host_unit(hosts)
    if unit:
        return gazetteer.place_name(unit)
    return gazetteer.written(province) if province else None


_CITY_SHORT = re.compile(r"\bTP\.?\s*\S.*$", re.IGNORECASE)


def _priorities_phrase(year: int | None, period: str | None, work_year: int) -> str:
    """What the priorities are for: "năm 2023", "6 tháng cuối năm 2019", "thời gian tới".

    An explicit ``priorities.year`` wins; else the period after the meeting's period
    (Phụ lục: sơ kết 6 tháng đầu năm -> 6 tháng cuối năm); else the next work year, the
    documented default for a year-end meeting.
    """
    if year is not None:
        return f"năm {year}"
    if period and period != "năm":
        following = vn.PERIODS[period]
        if following == "năm":
            return f"năm {work_year + 1}"
        return vn.period_of_year(following, work_year)
    return f"năm {work_year + 1}"


def _place(venue: str | None, locality: str | None, province: str | None) -> str:
    parts = [p for p in (venue, locality) if p]
    text = ", ".join(parts)
    if province and province not in text:
        parts.append(vn.locality(province))
    return ", ".join(parts)


def delegation_place(delegation: str, member_kind: str = "tỉnh") -> str:
    """Where a delegation comes from, as "Đại biểu …" names it: "tỉnh Cà Mau" (the
    gazetteer's kind), "xã Kim Tân" for a bare name in a cluster whose members are all
    of one commune kind (``member_kind`` "xã", "phường" or "đặc khu": the record says the
    kind once, for every member; s3-trial F4); a name that says its kind, a body, or a
    bare commune of a "xã, phường" cluster (its kind unknown, never guessed) as written."""
    if (
        member_kind in (*gazetteer.COMMUNE_KINDS, "huyện")
        and gazetteer.official_name(delegation) is None
        and vn.is_province_name(delegation)
        and not delegation.casefold().startswith(vn.UNIT_WORDS)
    ):
        return f"{member_kind} {delegation}"
    return vn.locality(delegation)


def _attendance_groups(
    present: list[Attendee], host: str | None, members: list[str], member_kind: str = "tỉnh"
) -> list[AttendanceGroup]:
    """Central delegates, the host province, the other provinces (in member order), then
    the people of no delegation. A group recorded without names ("Đại diện lãnh đạo các
    Ban công tác Trung ương …", ``delegation: Trung ương``) comes on a line of its own
    after its delegation's people, in that delegation's place (README: "central
    delegates, host province, the other provinces, in protocol order"; s3-trial F20),
    and groups of no delegation last."""
    groups: list[AttendanceGroup] = []
    named = [a for a in present if a.name]
    nameless = [a for a in present if not a.name]

    def central(a: Attendee) -> bool:
        return (a.delegation or "").casefold() in CENTRAL

    def take(
        label: str | None,
        of: Callable[[Attendee], bool],
        province: str | None = None,
    ) -> None:
        people = [a for a in named if of(a)]
        if people:
            groups.append(AttendanceGroup(label, people, province))
        for group in [g for g in nameless if g.delegation and of(g)]:
            nameless.remove(group)
            groups.append(AttendanceGroup(None, [group]))

    def same_place(one: str, other: str) -> bool:
        # one delegation however it is written: "TP.HCM" and "Hồ Chí Minh" (s4-trial F85)
        return one == other or gazetteer.same(one, other)

    def of_place(place: str) -> Callable[[Attendee], bool]:
        return lambda a: a.delegation is not None and same_place(a.delegation, place)

    take("Đại biểu Trung ương", central)
    if host:
        label = f"Đại biểu {delegation_place(host, member_kind)}"
        take(label, of_place(host), host)
    provinces = [m for m in members if m != host]
    delegations = {a.delegation for a in named if a.delegation and not central(a)}
    for delegation in sorted(delegations, key=vn.sort_key):
        known = [*provinces, host] if host else provinces
        if not any(same_place(delegation, place) for place in known):
            provinces.append(delegation)
    for province in provinces:
        label = f"Đại biểu {delegation_place(province, member_kind)}"
        take(label, of_place(province), province)
    people = [a for a in named if not a.delegation]
    if people:
        groups.append(AttendanceGroup(None, people))
    for group in nameless:
        groups.append(AttendanceGroup(None, [group]))
    return groups
