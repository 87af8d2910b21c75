"""``giaoban new``: a record to fill in, from the defaults file or from last year's record."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

from giaoban import gazetteer as gz
from giaoban.errors import UsageError
from giaoban.files import write_atomic
from giaoban.messages import msg
from giaoban.record import load_record
from giaoban.record.discover import defaults_chain
from giaoban.record.source import load_source


def _q(value: object) -> str:
    """A YAML scalar: JSON's double-quoted strings are valid YAML and never re-typed."""
    return json.dumps(value, ensure_ascii=False)


def scaffold(target: Path, previous: Path | None = None, date: dt.date | None = None) -> str:
    """The text of a new record for ``target``; carries the cluster on from ``previous``."""
    cluster_name = None
    for defaults in defaults_chain(target):
        data = load_source(defaults).data
        cluster = ((data or {}).get("meeting") or {}).get("cluster") or {}
        cluster_name = cluster.get("name") or cluster_name

    lines = [f"# {msg('new_header')}"]
    changes: list[gz.Change] = []
    meeting: dict[str, object] = {}
    cluster_lines: list[str] = []
    earlier_directives: list[str] = []
    if previous is not None:
        last = load_record(previous).record
        year = last.year + 1
        chair = next((h.to for h in last.handover if h.role == "Cụm trưởng"), None)
        vice = next((h.to for h in last.handover if h.role == "Cụm phó"), None)
        when = date or _same_day(last.meeting.date, year)
        if when.year not in (year, year + 1):  # --date years later: the work year is its own
            year = when.year
        of_provinces = last.meeting.cluster is None or last.meeting.cluster.member_kind == "tỉnh"
        if of_provinces:  # a record of before 1/7/2025 for a meeting after it: today's map
            chair, chair_change = gz.carried_over(chair, when) if chair else (None, None)
            vice, vice_change = gz.carried_over(vice, when) if vice else (None, None)
            changes += [c for c in (chair_change, vice_change) if c]
        meeting = {"title": last.meeting.title, "kind": last.meeting.kind}
        if last.meeting.cluster:
            cluster_name = last.meeting.cluster.name
            cluster_lines.append(f"    name: {_q(cluster_name)}")
            if last.meeting.cluster.members:
                names = list(last.meeting.cluster.members)
                if of_provinces:
                    names, merged = gz.carry_over(names, when)
                    changes += merged
                members = ", ".join(_q(m) for m in names)
                cluster_lines.append(f"    members: [{members}]")
        cluster_lines.append(f"    year: {year}")
        if chair:
            cluster_lines.append(f"    chair: {_q(chair)}")
        if vice:
            cluster_lines.append(f"    vice_chair: {_q(vice)}")
        earlier_directives = [d.id for d in last.directives if d.id]
        lines.append(f"# {msg('new_from', previous=previous)}")
        lines += [f"# {line}" for line in describe_changes(changes)]
    else:
        when = date or dt.date.today()
        chair = None
        title = "Hội nghị giao ban Cụm thi đua"
        meeting = {
            "title": f"{title} {cluster_name}" if cluster_name else title,
            "kind": "giao ban",
        }
        cluster_lines.append(f"    year: {when.year}")

    lines += [
        "meeting:",
        f"  title: {_q(meeting['title'])}",
        f"  kind: {_q(meeting['kind'])}",
        f"  date: {when.isoformat()}",
        "  # start: 8:00",
        "  # end: 11:30",
        "  place:",
        "    # venue: Hội trường ...",
    ]
    if chair:
        lines += [
            f"    province: {_q(chair)}",
            f"  host: {_q('Ủy ban Mặt trận Tổ quốc Việt Nam ' + gz.locality(chair, when))}",
        ]
    else:
        lines += ["    # locality: thành phố ...", "    # province: ..."]
    lines += ["  cluster:", *cluster_lines, ""]
    lines += [
        "attendees: []",
        "# - id: ma-ngan",
        "#   name: Họ và tên",
        "#   honorific: Bà",
        "#   titles: [Chức vụ]",
        "#   roles: [chỉ đạo]",
        "",
        "speeches: []",
        "directives: []",
    ]
    if earlier_directives:
        lines.append(f"# {msg('new_continues')}: {', '.join(earlier_directives)}")
    lines += ["figures: []", "priorities: []", ""]
    return "\n".join(lines) + "\n"


def describe_changes(changes: list[gz.Change]) -> list[str]:
    """One line per province the new record writes differently, and why (each once)."""
    seen: dict[str, str] = {}
    for change in changes:
        seen.setdefault(
            change.old,
            msg(
                "new_province_changed",
                old=change.old,
                new=change.new.name,
                into=change.new.locality,
                since=gz.numeric_date(change.since),
            ),
        )
    return list(seen.values())


def _same_day(day: dt.date, year: int) -> dt.date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


def create(target: Path, previous: Path | None, date: dt.date | None, force: bool) -> Path:
    """Write a new record to ``target``; refuses to replace an existing file without force."""
    if target.exists() and not force:
        raise UsageError(msg("exists_no_force", path=target))
    text = scaffold(target, previous, date)
    write_atomic(target, text.encode("utf-8"))
    return target


def changes_told(target: Path) -> list[str]:
    """The lines of a new record that say which provinces it carried over changed."""
    marker = msg("new_province_changed", old="\0", new="\0", into="\0", since="\0")
    head = marker.split("\0")[1]
    text = target.read_text(encoding="utf-8")
    return [line[2:] for line in text.splitlines() if line.startswith("# ") and head in line]
