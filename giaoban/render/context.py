"""The render context: what templates see, derived from a validated record.

Facts are resolved here once (ids to people, figure references to formatted
numbers, directives numbered in the order they were given, attendees grouped in
protocol order) so that templates only arrange and word them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from giaoban import gazetteer
from giaoban import vietnamese as vn
from giaoban.record.checks import FIGURE_REFERENCE
from giaoban.record.model import Attendee, Record

# Protocol order inside a delegation: who directs, who chairs, who reports, who attends.
ROLE_RANK = {
    "chỉ đạo": 0,
    "chủ trì": 1,
    "đồng chủ trì": 2,
    "báo cáo": 3,
    "tham luận": 4,
    "phát biểu": 5,
    "dự": 6,
    "khách mời": 7,
    "thư ký": 8,
}
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


@dataclass
class ParagraphView:
    text: str | None
    verb: str | None
    context: str | None
    directives: list[DirectiveView]


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
    presenter: Attendee | None
    year: int
    next_year: int
    subject: str | None
    programmes: list[str]
    results: list[str]
    limitations: list[str]


@dataclass
class AttendanceGroup:
    label: str | None
    people: list[Attendee]


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
    id: str
    label: str
    value: str
    province: str | None
    year: int | None


@dataclass
class Context:
    """Everything a template may use; ``as_dict()`` is what Jinja receives."""

    record: Record
    meeting: Any
    year: int
    cluster_name: str | None
    cluster_full: str | None
    members: list[str]
    place: str
    province: str | None
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
    directives: list[DirectiveView]
    unspoken_directives: list[DirectiveView]
    unspoken_number: int | None
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


def committee(province: str, on: date | None = None) -> str:
    """ "Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau" (tỉnh or thành phố as on ``on``)."""
    return f"Ủy ban Mặt trận Tổ quốc Việt Nam {vn.locality(province, on)}"


class MemberList(list):
    """A cluster's members, with the noun that counts them: "tỉnh", "tỉnh, thành phố",
    "xã, phường" or "đơn vị" (``count_members`` and ``members_phrase`` use it)."""

    def __init__(self, members: list[str], noun: str = "tỉnh", of_provinces: bool = True):
        super().__init__(members)
        self.noun = noun
        self.of_provinces = of_provinces


def member_list(cluster: Any, on: date | None) -> MemberList:
    """The members of ``cluster`` as of ``on`` with their noun, from the gazetteer's kinds."""
    if cluster is None:
        return MemberList([])
    members = list(cluster.members)
    if cluster.member_kind == "tỉnh":
        return MemberList(members, gazetteer.kinds_noun(members, on))
    if cluster.member_kind == "xã":
        return MemberList(members, _commune_noun(members), of_provinces=False)
    return MemberList(members, "đơn vị", of_provinces=False)


def _commune_noun(members: list[str]) -> str:
    """ "xã, phường": the kinds the members' names start with; both when none says."""
    kinds = ["xã", "phường", "đặc khu", "thị trấn"]
    said = [k for k in kinds if any(m.casefold().startswith(k + " ") for m in members)]
    return ", ".join(said) if said else "xã, phường"


def build_context(record: Record) -> Context:
    """The context for every template, from one validated record."""
    meeting = record.meeting
    cluster = meeting.cluster
    figures = {f.id: f.formatted() for f in record.figures}

    def fill(text: str | None) -> str | None:
        if text is None:
            return None
        return FIGURE_REFERENCE.sub(lambda m: figures.get(m.group(1), m.group(0)), text)

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
    directives = sorted(views.values(), key=lambda v: v.number)
    unspoken = [v for v in directives if v.id not in order]

    report = record.report
    report_view = None
    if report:
        year = report.year or record.year
        report_view = ReportView(
            presenter=record.attendee(report.presenter),
            year=year,
            next_year=year + 1,
            subject=report.subject,
            programmes=[f"{p.count} {p.name}" if p.count else p.name for p in report.programmes],
            results=[fill(r) or "" for r in report.results],
            limitations=[fill(r) or "" for r in report.limitations],
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
                        text=fill(p.text),
                        verb=p.verb or speech.verb,
                        context=p.context,
                        directives=[by_id[ref] for ref in p.directives if ref in by_id],
                    )
                    for p in speech.paragraphs
                ],
            )
        )
    if report_view is not None:
        _place_report(agenda, report_view)
    for number, item in enumerate(agenda, start=1):
        item.number = number
    next_number = len(agenda) + 1
    unspoken_number = next_number if unspoken else None
    next_number += 1 if unspoken else 0
    # Figures are told with the report; without one they get an item of their own.
    figures_number = next_number if record.figures and report_view is None else None
    next_number += 1 if figures_number else 0

    priorities = record.priorities
    priorities_number = next_number if priorities.items else None
    next_number += 1 if priorities.items else 0
    handover_number = next_number if record.handover else None

    members = member_list(cluster, meeting.date)
    province = meeting.place.province or (
        cluster.chair if cluster and members.of_provinces else None
    )
    letterhead = record.minutes.letterhead
    parent = letterhead.parent or (
        ["ỦY BAN MTTQ VIỆT NAM", vn.locality(province, meeting.date).upper()]
        if province
        else ["ỦY BAN MTTQ VIỆT NAM"]
    )

    present = [a for a in record.attendees if a.attendance == "có mặt"]
    presiding = [a for a in present if {"chủ trì", "đồng chủ trì"} & set(a.roles)]
    presiding.sort(key=_protocol_key)
    secretary = record.attendee(record.minutes.secretary) or next(
        (a for a in present if "thư ký" in a.roles), None
    )
    signer = record.attendee(record.minutes.presiding) or (presiding[0] if presiding else None)
    directing = sorted((a for a in present if "chỉ đạo" in a.roles), key=_protocol_key)
    quoted = {reference for text in _texts(record) for reference in FIGURE_REFERENCE.findall(text)}
    central = sorted(
        (a for a in present if (a.delegation or "").casefold() in CENTRAL), key=_protocol_key
    )

    return Context(
        record=record,
        meeting=meeting,
        year=record.year,
        cluster_name=cluster.name if cluster else None,
        cluster_full=(
            cluster.full_name or (_cluster_full(cluster.name, members) if cluster.name else None)
            if cluster
            else None
        ),
        members=members,
        place=_place(
            meeting.place.venue, meeting.place.locality, meeting.place.province, meeting.date
        ),
        province=province,
        letterhead_parent=parent,
        letterhead_issuer=letterhead.issuer or "BAN THƯỜNG TRỰC",
        letterhead_symbol=letterhead.symbol,
        number=record.minutes.number,
        agenda=agenda,
        attendance=_attendance_groups(present, province, members, meeting.date),
        absent=[a for a in record.attendees if a.attendance != "có mặt"],
        central=central,
        others_present=[a for a in present if a not in central],
        presiding=presiding,
        directing=directing,
        chairing=[a for a in presiding if a not in directing],
        attending=[
            a
            for a in sorted((a for a in present if a.name), key=_protocol_key)
            if a not in directing and a not in presiding and "thư ký" not in a.roles
        ],
        secretary=secretary,
        signer=signer,
        directives=directives,
        unspoken_directives=unspoken,
        unspoken_number=unspoken_number,
        figures_number=figures_number,
        figures=[
            FigureView(f.id, f.label, f.formatted(), f.province, f.year) for f in record.figures
        ],
        unquoted_figures=[
            FigureView(f.id, f.label, f.formatted(), f.province, f.year)
            for f in record.figures
            if f.id not in quoted
        ],
        priorities=[fill(p) or "" for p in priorities.items],
        priorities_year=priorities.year or record.year + 1,
        priorities_subject=priorities.subject,
        priorities_number=priorities_number,
        handovers=[
            HandoverView(
                role=h.role,
                year=h.year,
                to=h.to,
                to_committee=committee(h.to, meeting.date),
                to_body=h.to_body or f"Ban Thường trực {committee(h.to, meeting.date)}",
                from_=h.from_,
                from_committee=committee(h.from_, meeting.date) if h.from_ else None,
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


def _texts(record: Record) -> list[str]:
    """Every free text of a record that may quote a figure."""
    texts = [p.text for s in record.speeches for p in s.paragraphs if p.text]
    texts += [d.text for d in record.directives]
    if record.report:
        texts += record.report.results + record.report.limitations
    return texts + record.priorities.items + record.minutes.conclusion


def _protocol_key(attendee: Attendee) -> int:
    return min((ROLE_RANK.get(role, 9) for role in attendee.roles), default=9)


def _cluster_full(name: str, members: MemberList) -> str:
    """ "Cụm thi đua Mặt trận các tỉnh Nam Sông Hậu" (or "các tỉnh, thành phố" after 2025);
    a cluster of communes or organisations is "Cụm thi đua <name>"."""
    if members.of_provinces:
        return f"Cụm thi đua Mặt trận các {members.noun} {name}"
    return f"Cụm thi đua {name}"


def _place(
    venue: str | None, locality: str | None, province: str | None, on: date | None = None
) -> str:
    parts = [p for p in (venue, locality) if p]
    text = ", ".join(parts)
    if province and province not in text:
        parts.append(vn.locality(province, on))
    return ", ".join(parts)


def _attendance_groups(
    present: list[Attendee], host: str | None, members: list[str], on: date | None = None
) -> list[AttendanceGroup]:
    """Central delegates, the host province, the other provinces (in member order), groups."""
    groups: list[AttendanceGroup] = []
    named = [a for a in present if a.name]

    def take(label: str | None, people: list[Attendee]) -> None:
        if people:
            groups.append(AttendanceGroup(label, sorted(people, key=_protocol_key)))

    take("Đại biểu Trung ương", [a for a in named if (a.delegation or "").casefold() in CENTRAL])
    if host:
        take(f"Đại biểu {_unit(host, members, on)}", [a for a in named if a.delegation == host])
    provinces = [m for m in members if m != host]
    provinces += sorted(
        {
            a.delegation
            for a in named
            if a.delegation
            and a.delegation not in members
            and a.delegation != host
            and a.delegation.casefold() not in CENTRAL
        },
        key=vn.sort_key,
    )
    for province in provinces:
        take(
            f"Đại biểu {_unit(province, members, on)}",
            [a for a in named if a.delegation == province],
        )
    take(None, [a for a in named if not a.delegation])
    for group in (a for a in present if not a.name):
        groups.append(AttendanceGroup(None, [group]))
    return groups


def _unit(name: str, members: list[str], on: date | None) -> str:
    """A delegation's name in a label: "tỉnh Cà Mau"; a commune or an organisation as written."""
    of_provinces = getattr(members, "of_provinces", True)
    if of_provinces or gazetteer.official_name(name):
        return vn.locality(name, on)
    return name
