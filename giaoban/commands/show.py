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


def summary_lines(record: Record, defaults: list[Path] | None = None) -> list[str]:
    """The summary as lines of text, labels in the current language, values in one column.

    ``defaults``: the defaults files merged under the record (listed; "none" when empty).
    """
    meeting = record.meeting
    from giaoban.render.sentences import meeting_name

    # the meeting's name as the documents print it (a year in the title is not said again)
    name = meeting_name(meeting.title, record.year, meeting.period)
    lines = [msg("show_title", title=meeting.title, year=record.year, name=name)]
    rows: list[tuple[str, str]] = []  # (label, value); a list's items follow its label

    def row(label: str, value: str, **values: object) -> None:
        if value:
            rows.append((msg(label, **values) + ":", value))

    def items(label: str, entries: list[str], **values: object) -> None:
        rows.append((msg(label, **values) + ":", str(len(entries))))
        rows.extend(("", f"- {entry}") for entry in entries)

    row("label_date", vn.admin_date(meeting.date))
    times = [vn.short_time(t) for t in (meeting.start, meeting.end) if t]
    row("label_time", " - ".join(times))
    place = meeting.place
    row("label_place", ", ".join(p for p in (place.venue, place.locality) if p))
    row("label_organiser", meeting.organiser or "")
    if meeting.cluster:
        members = meeting.cluster.members
        text = meeting.cluster.name or ""
        if members:
            text += f" ({len(members)}: {vn.join_list(members)})"
        row("label_cluster", text.strip())
    items("label_attendees", [_who(a) for a in record.attendees])
    row("label_speeches", str(len(record.speeches)))
    row("label_directives", str(len(record.directives)))
    if record.followup:  # what became of earlier directives (s2-trial F6b)
        followed = []
        for followup in record.followup:
            named = followup.directive or f"“{(followup.text or '').rstrip(' .;')}”"
            status = followup.status or msg("label_followup_unfilled")
            # the meeting it names: by its date in a year of two meetings (s5-trial F103)
            given = (
                vn.press_date(followup.meeting, with_year=True)
                if followup.meeting is not None
                else followup.year or record.year - 1
            )
            followed.append(f"{named} ({given}): {status}")
        items("label_followup", followed)
    for figure in record.figures:
        where = f" ({figure.province})" if figure.province else ""
        row("label_figure", f"{figure.label}{where}: {figure.formatted()}")
    if record.priorities.items:
        year = record.priorities.year or record.year + 1
        items("label_priorities", record.priorities.items, year=year)
    for handover in record.handover:
        source = f" ({msg('label_from')} {handover.from_})" if handover.from_ else ""
        row("label_handover", f"{handover.role} {handover.year}: {handover.to}{source}")
    if defaults is not None:
        listed = ", ".join(str(p) for p in defaults) or msg("label_defaults_none")
        row("label_defaults", listed)
    width = max(len(label) for label, _ in rows) + 1
    for label, value in rows:
        lines.append(f"  {label:<{width}}{value}")
    return lines


def show(path: Path) -> str:
    """``giaoban show``: the summary of the record at ``path``, with its defaults files."""
    loaded = load_record(path)
    return "\n".join(summary_lines(loaded.record, loaded.defaults))
