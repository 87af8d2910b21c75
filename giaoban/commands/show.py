"""``giaoban show``: a readable summary of a meeting record, to check it at a glance."""

from __future__ import annotations

from pathlib import Path

from giaoban import vietnamese as vn
from giaoban.messages import msg
from giaoban.record import load_record
from giaoban.record.model import Attendee, Record


def _who(attendee: Attendee) -> str:
    if not attendee.name:
        return attendee.group or attendee.id
    name = vn.honorific_name(attendee.name, attendee.title_of_address)
    return f"{name}, {', '.join(attendee.titles)}" if attendee.titles else name


def summary_lines(record: Record) -> list[str]:
    """The summary as lines of text, labels in the current language."""
    meeting = record.meeting
    lines = [f"{meeting.title} {record.year}"]

    def row(label: str, value: str) -> None:
        if value:
            lines.append(f"  {msg(label) + ':':<16}{value}")

    row("label_date", vn.admin_date(meeting.date))
    times = [vn.short_time(t) for t in (meeting.start, meeting.end) if t]
    row("label_time", " - ".join(times))
    place = meeting.place
    row("label_place", ", ".join(p for p in (place.venue, place.locality) if p))
    row("label_organiser", meeting.organiser or "")
    if meeting.cluster:
        members = meeting.cluster.members
        text = meeting.cluster.name
        if members:
            text += f" ({len(members)}: {vn.join_list(members)})"
        row("label_cluster", text)
    lines.append(f"  {msg('label_attendees')}: {len(record.attendees)}")
    lines.extend(f"    - {_who(a)}" for a in record.attendees)
    row("label_speeches", str(len(record.speeches)))
    row("label_directives", str(len(record.directives)))
    for figure in record.figures:
        where = f" ({figure.province})" if figure.province else ""
        row("label_figure", f"{figure.label}{where}: {figure.formatted()}")
    if record.priorities.items:
        year = record.priorities.year or record.year + 1
        lines.append(f"  {msg('label_priorities', year=year)}:")
        lines.extend(f"    - {item}" for item in record.priorities.items)
    for handover in record.handover:
        source = f" ({msg('label_from')} {handover.from_})" if handover.from_ else ""
        row("label_handover", f"{handover.role} {handover.year}: {handover.to}{source}")
    return lines


def show(path: Path) -> str:
    return "\n".join(summary_lines(load_record(path).record))
