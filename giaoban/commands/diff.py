"""``giaoban diff``: two records, or the years of one cluster in an archive."""

from __future__ import annotations

import dataclasses
import datetime as dt
import html
import itertools
import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol, TypeVar

from giaoban import gazetteer
from giaoban import vietnamese as vn
from giaoban.diff import (
    COSMETIC,
    DROPPED,
    MERGED,
    NEW,
    REVIEW,
    REWORDED,
    SPLIT,
    STATUSES,
    UNCHANGED,
    Change,
    as_json,
    compare,
    inline,
    items,
    summary,
)
from giaoban.errors import UsageError
from giaoban.messages import msg
from giaoban.record.discover import cluster_key
from giaoban.record.model import Record

SYMBOLS = {
    UNCHANGED: "=",
    COSMETIC: "~",
    REWORDED: "*",
    SPLIT: "<",
    MERGED: ">",
    NEW: "+",
    DROPPED: "-",
    REVIEW: "?",
}


@dataclass
class Meeting:
    path: Path
    record: Record

    @property
    def info(self) -> dict[str, Any]:
        meeting = self.record.meeting
        return {
            "record": str(self.path),
            "title": meeting.title,
            "date": meeting.date.isoformat(),
            "year": self.record.year,
            "cluster": meeting.cluster.name if meeting.cluster else None,
        }

    @property
    def label(self) -> str:
        return f"{self.record.year} ({vn.press_date(self.record.meeting.date, with_year=True)})"


@dataclass
class Comparison:
    old: Meeting
    new: Meeting
    changes: list[Change] = field(default_factory=list)

    @property
    def changed(self) -> bool:
        return any(change.status != UNCHANGED for change in self.changes)

    @property
    def members(self) -> list[gazetteer.MemberChange]:
        """How the cluster's members changed, a merged province followed into its new one."""
        old, new = self.old.record.meeting, self.new.record.meeting
        if not old.cluster or not new.cluster or not old.cluster.members:
            return []
        return gazetteer.membership_changes(
            old.cluster.members,
            old.date,
            new.cluster.members,
            new.date,
            old_kind=old.cluster.member_kind,
        )

    @property
    def members_line(self) -> str | None:
        return gazetteer.describe_membership(self.members)


class Written(Protocol):
    """A directive as a record writes it (model.Directive, or what a summary keeps of it)."""

    text: str
    addressee: str | None


def compared_text(directive: Written) -> str:
    """A directive as compared: its addressee and what is asked."""
    return f"{directive.addressee} {directive.text}" if directive.addressee else directive.text


def directive_texts(record: Record) -> tuple[list[str], list[str | None], list[str | None]]:
    """Each directive as compared (:func:`compared_text`), with ids."""
    texts = [compared_text(d) for d in record.directives]
    return texts, [d.id for d in record.directives], [d.continues for d in record.directives]


def compare_meetings(old: Meeting, new: Meeting) -> Comparison:
    return Comparison(
        old, new, compare(items(*directive_texts(old.record)), items(*directive_texts(new.record)))
    )


def load_meeting(path: Path) -> Meeting:
    from giaoban.record import load_record

    return Meeting(path, load_record(path).record)


E = TypeVar("E")
M = TypeVar("M")


def each_meeting(
    entries: Iterable[E], cluster: str, facts: Callable[[E], tuple[str | None, int, dt.date]]
) -> list[E]:
    """The entries of ``cluster`` (names compared without case or tone placement), every
    meeting in date order: a cluster that meets twice a work year (sơ kết 6 tháng in
    June, tổng kết in December) has both (s5-trial F104: the June meeting was dropped);
    ``facts`` gives an entry's (cluster name, work year, date). Of two entries of one
    day (a copy left in), the later in ``entries``' order is kept. Records, or what an
    export's manifest keeps of them, put in order the one way."""
    by_day: dict[tuple[int, dt.date], E] = {}
    for entry in entries:
        name, year, date = facts(entry)
        if name is None or cluster_key(name) != cluster_key(cluster):
            continue
        by_day[(year, date)] = entry
    return [by_day[key] for key in sorted(by_day, key=lambda k: (k[1], k[0]))]


def meeting_labels(meetings: list[tuple[int, dt.date]]) -> list[str]:
    """What names each meeting of a chain in columns and histories: its work year
    ("2023") when it is the year's only one, else its month ("6/2024", "12/2024"; the
    day too, "20/6/2024", for two meetings of one month). ``meetings``: (work year,
    date) each, in date order. Phrases around them: ``sentences.meeting_when``."""
    per_year: dict[int, int] = {}
    months: dict[tuple[int, int], int] = {}
    for year, date in meetings:
        per_year[year] = per_year.get(year, 0) + 1
        months[(date.year, date.month)] = months.get((date.year, date.month), 0) + 1
    labels = []
    for year, date in meetings:
        if per_year[year] == 1:
            labels.append(str(year))
        elif months[(date.year, date.month)] == 1:
            labels.append(f"{date.month}/{date.year}")
        else:
            labels.append(vn.press_date(date, with_year=True))
    return labels


def cluster_meetings(
    archive: Path,
    cluster: str,
    first: int | None = None,
    last: int | None = None,
    skipped: list[str] | None = None,
    duplicates: list[str] | None = None,
) -> list[Meeting]:
    """The cluster's meetings in the archive, every one in date order (two in a work
    year for a cluster that meets twice), oldest first; ``first``/``last`` select work
    years. UsageError when the archive holds no record, or none of ``cluster``
    (with the closest cluster name it does hold); RecordInvalid for a broken record of
    ``cluster`` (or of no cluster one can read). A broken record that names another
    cluster is left out: its first problem (``file:line: …``) is added to ``skipped``.
    A second record of one meeting (a copy beside it) is left out as the year summary
    leaves it out (``duplicate_meetings``), and said in ``duplicates`` (s3-trial F51: the
    comparison used one of two copies without a word)."""
    from giaoban.errors import RecordInvalid
    from giaoban.record import find_records

    meetings = []
    broken: list[RecordInvalid] = []
    for path in find_records([archive]).records:
        try:
            meetings.append(load_meeting(path))
        except RecordInvalid as error:
            written = cluster_written(path)
            if written is None or cluster_key(written) == cluster_key(cluster):
                broken.append(error)
            elif skipped is not None:
                first_problem = error.problems[0].format() if error.problems else error.message
                skipped.append(first_problem.splitlines()[0])
    if broken:
        raise RecordInvalid([problem for error in broken for problem in error.problems])
    if not meetings:
        raise UsageError(msg("archive_empty", path=archive))

    def facts(meeting: Meeting) -> tuple[str | None, int, dt.date]:
        record = meeting.record
        name = record.meeting.cluster.name if record.meeting.cluster else None
        return name, record.year, record.meeting.date

    meetings, cluster = _one_cluster(archive, meetings, cluster)
    meetings = _without_copies(meetings, cluster, duplicates)
    ordered = each_meeting(meetings, cluster, facts)
    if not ordered:
        from giaoban.record.discover import nothing_selected

        found = [(name, year) for name, year, _ in map(facts, meetings)]
        raise UsageError(nothing_selected(archive, cluster, None, found))
    return [
        meeting
        for meeting in ordered
        if (first is None or meeting.record.year >= first)
        and (last is None or meeting.record.year <= last)
    ]


def _without_copies(
    meetings: list[Meeting], cluster: str, duplicates: list[str] | None
) -> list[Meeting]:
    """``meetings`` without the second record of a meeting of ``cluster``; each one left
    out is told in ``duplicates`` (file:line, the record used, the fix)."""
    from giaoban.record.warnings import DIFFERS, cluster_identity, duplicate_meetings

    mine = [
        m
        for m in meetings
        if m.record.meeting.cluster is not None
        and cluster_key(m.record.meeting.cluster.name) == cluster_key(cluster)
    ]
    copies = duplicate_meetings(
        [(m.path, cluster_identity(m.record), m.record.meeting.date) for m in mine]
    )
    if duplicates is not None:
        told = (
            dataclasses.replace(
                w, key="duplicate_meeting_left_out" + DIFFERS * w.key.endswith(DIFFERS)
            )
            for w in copies
        )
        duplicates.extend(w.format() for w in told)
    left_out = {w.file for w in copies}
    return [m for m in meetings if m.path not in left_out]


def _one_cluster(archive: Path, meetings: list[Meeting], cluster: str) -> tuple[list[Meeting], str]:
    """The meetings of one cluster and its short name. ``cluster`` may be a full name
    ("Cụm thi đua số 2 … huyện Chương Mỹ"); a short name two clusters share ("số 2": since
    2025 every province numbers its clusters) is a UsageError naming both in full
    (s4-trial F87). Clusters are told apart as ``same_cluster_identity`` does."""
    from giaoban.record.discover import same_cluster_identity
    from giaoban.record.warnings import cluster_identity

    wanted = cluster_key(cluster)
    identities = [(m, cluster_identity(m.record)) for m in meetings]
    by_full_name = [
        (m, i) for m, i in identities if i.full_name and cluster_key(i.full_name) == wanted
    ]
    if by_full_name:
        chosen = by_full_name[0][1]
        return (
            [m for m, i in identities if same_cluster_identity(i, chosen)],
            chosen.name or cluster,
        )
    clusters: list[Any] = []
    for _, identity in identities:
        named = identity.name is not None and cluster_key(identity.name) == wanted
        told = identity.full_name or identity.members  # else it tells no cluster apart
        if named and told and not any(same_cluster_identity(identity, c) for c in clusters):
            clusters.append(identity)
    if len(clusters) > 1:
        names = [c.full_name or f"{c.name} ({vn.join_list(list(c.members))})" for c in clusters]
        raise UsageError(
            msg(
                "cluster_name_shared",
                path=archive,
                name=cluster,
                count=len(clusters),
                names="; ".join(names),
            )
        )
    return meetings, cluster


def cluster_written(path: Path) -> str | None:
    """The cluster name a record (or its defaults files) writes, read without
    validating it (for a record that does not validate); None when none can be read."""
    from giaoban.errors import RecordInvalid
    from giaoban.record.discover import defaults_chain
    from giaoban.record.source import load_source

    for source in [path, *reversed(defaults_chain(path))]:
        try:
            data = load_source(source).data
        except RecordInvalid:
            continue
        meeting = data.get("meeting") if isinstance(data, dict) else None
        group = meeting.get("cluster") if isinstance(meeting, dict) else None
        name = group.get("name") if isinstance(group, dict) else None
        if isinstance(name, str) and name.strip():
            return name
    return None


def archive_meetings(
    archive: Path,
    cluster: str,
    first: int | None,
    last: int | None,
    duplicates: list[str] | None = None,
) -> list[Meeting]:
    """The cluster's meetings in the archive, in date order, that gave directives: a
    meeting whose record gives none (a meeting that gave none, a record not
    finished) is left out of the chain, which goes from the year before it to the year
    after (s4-trial F73: eight directives "bỏ", then "mới" again, for one empty year)."""
    found = cluster_meetings(archive, cluster, first, last, duplicates=duplicates)
    meetings = given_directives(found)
    if len(meetings) < 2 and len(found) >= 2:
        # s6-trial H11: two years of the cluster, one without directives, were told "only
        # one meeting": name the records that give none and the comparison that works
        empty = [m for m in found if m not in meetings]
        # the pair to compare: the one that gives directives (if any) and its neighbour
        at = found.index(meetings[0]) if meetings else len(found) - 1
        pair = found[at - 1 : at + 1] if at > 0 else found[:2]
        raise UsageError(
            msg(
                "diff_too_few_given",
                cluster=cluster,
                count=len(meetings),
                total=len(found),
                empty=", ".join(
                    msg(
                        "diff_record_on",
                        path=m.path,
                        date=gazetteer.numeric_date(m.record.meeting.date),
                    )
                    for m in empty
                ),
                older=pair[0].path,
                newer=pair[1].path,
            )
        )
    if len(meetings) < 2:
        raise UsageError(msg("diff_too_few", cluster=cluster, count=len(meetings)))
    return meetings


def given_directives(meetings: list[M]) -> list[M]:
    """``meetings`` (Meeting, or anything with ``directives`` or ``record.directives``)
    without those that give no directive."""

    def gives(meeting: Any) -> bool:
        if hasattr(meeting, "directives"):  # followup.MeetingFacts
            return bool(meeting.directives)
        return bool(meeting.record.directives)

    return [meeting for meeting in meetings if gives(meeting)]


def without_directives(
    paths: list[Path], cluster: str | None, meetings: list[Meeting]
) -> list[str]:
    """What to tell of the records that give no directive: each is named (left out of an
    archive's chain; compared as it is when named on the command line)."""
    if len(paths) == 1 and paths[0].is_dir() and cluster:
        everything = cluster_meetings(paths[0], cluster)
        shown = {m.path for m in meetings}
        return [
            msg("diff_no_directives_skipped", path=m.path, year=m.record.year)
            for m in everything
            if m.path not in shown and not m.record.directives
        ]
    if not any(m.record.directives for m in meetings):
        return []  # the report itself says that neither has any
    return [
        msg("diff_record_no_directives", path=m.path) for m in meetings if not m.record.directives
    ]


# --- threads across years ---------------------------------------------------------------


@dataclass(eq=False)
class Thread:
    """A directive and its successors: its text at the start, and its fate each year.

    A directive split in two goes on as two threads, one per part, each ``part_of`` the
    thread it came from: one part dropped later leaves the other part's thread alive.
    """

    text: str
    cells: dict[str, str] = field(default_factory=dict)  # by the meeting's column label
    part_of: Thread | None = None

    @property
    def depth(self) -> int:
        return 0 if self.part_of is None else self.part_of.depth + 1


def _descends(thread: Thread, ancestor: Thread) -> bool:
    while thread is not None:
        if thread is ancestor:
            return True
        thread = thread.part_of
    return False


def resumed(resting: list[Any], fresh: list[Any]) -> dict[int, tuple[int, str]]:
    """Which directives new at a meeting carry on one that an earlier meeting of the
    chain did not repeat (``resting``: giaoban.diff.Item, each "dropped" at some link):
    a year's directive the sơ kết 6 tháng leaves aside and the tổng kết gives again, or
    one skipped a year. {position in ``fresh``: (position in ``resting``, status)},
    matched as ``compare`` matches (its thresholds, ids and ``continues``); where it
    sees several resting ones merged into a new one, the one the new one is closest to
    carries on (the others stay resting); a pair to review or a split is not taken."""
    if not resting or not fresh:
        return {}

    def built(found: list[Any], new: bool = False) -> list[Any]:
        texts = [i.raw or i.text for i in found]
        return items(texts, [i.id for i in found], [i.continues for i in found] if new else None)

    carried = (UNCHANGED, COSMETIC, REWORDED)
    found: dict[int, tuple[int, str]] = {}
    for change in compare(built(resting), built(fresh, True)):
        if not change.new or not change.old:
            continue
        if change.status in carried:
            found[change.new[0].index] = (change.old[0].index, change.status)
        elif change.status == MERGED:  # the closest of the merged carries on
            target = fresh[change.new[0].index]
            best: tuple[float, int, str] | None = None
            for old in change.old:
                for pair in compare(built([resting[old.index]]), built([target], True)):
                    score = pair.score if pair.score is not None else 1.0
                    if pair.status in carried and (best is None or score > best[0]):
                        best = (score, old.index, pair.status)
            if best is not None:
                found[change.new[0].index] = (best[1], best[2])
    return found


def chain_labels(meetings: list[Meeting]) -> list[str]:
    """Each meeting's column label (:func:`meeting_labels`): "2023", "6/2024", "12/2024"."""
    return meeting_labels([(m.record.year, m.record.meeting.date) for m in meetings])


def threads(meetings: list[Meeting], comparisons: list[Comparison]) -> list[Thread]:
    """Every directive's thread across the years, parts of a split right below their origin."""
    found: list[Thread] = []
    current: dict[int, Thread] = {}
    labels = dict(zip(map(id, meetings), chain_labels(meetings), strict=True))
    first_year = labels[id(meetings[0])]
    for index, text in enumerate(directive_texts(meetings[0].record)[0]):
        thread = Thread(vn.nfc(vn.visible(text)), {first_year: NEW})
        found.append(thread)
        current[index] = thread
    resting: list[tuple[Thread, Any]] = []  # dropped at a link, perhaps given again later
    for comparison in comparisons:
        year = labels[id(comparison.new)]
        following: dict[int, Thread] = {}
        fresh: list[Any] = []
        for change in comparison.changes:
            if change.status == NEW:  # after the others: it may carry on a resting one
                fresh.append(change.new[0])
                continue
            if change.status == DROPPED:
                thread = current.get(change.old[0].index)
                if thread:
                    thread.cells[year] = DROPPED
                    resting.append((thread, change.old[0]))
                continue
            origin = current.get(change.old[0].index)
            if origin is None:
                origin = Thread(change.old[0].text)
                found.append(origin)
            origin.cells[year] = change.status
            for extra in change.old[1:]:  # merged into the first
                thread = current.get(extra.index)
                if thread:
                    thread.cells[year] = MERGED
            if change.status == SPLIT:  # each part is followed on its own
                place = max(i for i, t in enumerate(found) if _descends(t, origin)) + 1
                for offset, item in enumerate(change.new):
                    part = Thread(item.text, {year: SPLIT}, part_of=origin)
                    found.insert(place + offset, part)
                    following[item.index] = part
                continue
            for item in change.new:
                following[item.index] = origin
        again = resumed([item for _, item in resting], fresh)
        for position, item in enumerate(fresh):
            if position in again:  # not repeated at a meeting between, given again now
                thread, status = resting[again[position][0]][0], again[position][1]
                thread.cells[year] = status
            else:
                thread = Thread(item.text, {year: NEW})
                found.append(thread)
            following[item.index] = thread
        taken = {r for r, _ in again.values()}
        resting = [pair for r, pair in enumerate(resting) if r not in taken]
        current = following
    return found


# --- output -------------------------------------------------------------------------------


def _inline(change: Change, deleted: str, inserted: str, plain: str = "{}") -> str:
    return inline(change.word_diff(), deleted, inserted, plain)


def _shared_fields(change: Change) -> str:
    """The note after a pair to review whose two directives speak of the same fields of
    the Front's work (giaoban/fields.py), "— cùng lĩnh vực: …": what the secretary
    deciding it would want to know; "" when they share none but a general one (the
    emulation movements, propaganda, great unity: openings of directives about anything)."""
    from giaoban import fields as front_fields

    shared = front_fields.shared(change.old[0].fields, change.new[0].fields)
    if not shared:
        return ""
    names = "; ".join(front_fields.name(key) for key in shared)
    return " — " + msg("diff_review_field", fields=names)


def terminal_lines(comparison: Comparison, color: bool) -> list[str]:
    import click

    def style(text: str, fg: str) -> str:
        return click.style(text, fg=fg) if color else text

    if color:
        deleted, inserted = (
            click.style("{}", fg="red", strikethrough=True),
            click.style("{}", fg="green"),
        )
    else:
        deleted, inserted = "[-{}-]", "{{+{}+}}"
    lines = [msg("diff_heading", old=comparison.old.label, new=comparison.new.label)]
    if comparison.members_line:
        lines.append(f"  {comparison.members_line}")
    for change in comparison.changes:
        label = f"{SYMBOLS[change.status]} {msg('diff_' + change.status)}:"
        if change.status in (UNCHANGED, COSMETIC):
            body = (
                change.new[0].text
                if change.status == UNCHANGED
                else _inline(change, deleted, inserted)
            )
        elif change.status in (REWORDED,):
            body = _inline(change, deleted, inserted)
        elif change.status == NEW:
            body = style(change.new[0].text, "green")
        elif change.status == DROPPED:
            body = style(change.old[0].text, "red")
        elif change.status == REVIEW:
            body = (f"({change.score:.2f}) " if change.score is not None else "") + msg(
                "diff_review_both", old=change.old[0].text, new=change.new[0].text
            )
            body += _shared_fields(change)
        else:
            body = (
                " | ".join(i.text for i in change.old)
                + " → "
                + " | ".join(i.text for i in change.new)
            )
        lines.append(f"  {label} {body}")
    if not comparison.changes:  # nothing to compare: said, not an empty line (s3-trial F11)
        lines.append("  " + msg("diff_no_directives"))
        return lines
    counts = summary(comparison.changes)
    lines.append("  " + ", ".join(f"{msg('diff_' + s)} {n}" for s, n in counts.items() if n))
    return lines


def markdown(comparison: Comparison) -> str:
    from giaoban.render.filters import md_escape

    lines = [f"## {msg('diff_heading', old=comparison.old.label, new=comparison.new.label)}", ""]
    if comparison.members_line:
        lines += [md_escape(comparison.members_line), ""]
    for change in comparison.changes:
        label = f"**{msg('diff_' + change.status)}**"
        if change.status in (COSMETIC, REWORDED, REVIEW):
            body = inline(change.word_diff(), "~~{}~~", "**{}**", escape=md_escape, flanking=True)
        elif change.status in (NEW, UNCHANGED):
            body = md_escape(change.new[0].text)
        elif change.status == DROPPED:
            body = f"~~{md_escape(change.old[0].text)}~~"
        else:
            body = (
                " | ".join(md_escape(i.text) for i in change.old)
                + " → "
                + " | ".join(md_escape(i.text) for i in change.new)
            )
        lines.append(f"- {label}: {body}")
    if not comparison.changes:
        return "\n".join([*lines, msg("diff_no_directives")]) + "\n"
    counts = summary(comparison.changes)
    lines += ["", "| " + msg("diff_status") + " | " + msg("diff_count") + " |", "|---|---|"]
    lines += [f"| {msg('diff_' + s)} | {n} |" for s, n in counts.items() if n]
    return "\n".join(lines) + "\n"


def html_page(comparisons: list[Comparison], table: list[Thread] | None, years: list[str]) -> str:
    parts = [
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">',
        "<title>giaoban diff</title><style>del{color:#a00}ins{color:#070;text-decoration:none;"
        "font-weight:bold}body{font-family:serif;max-width:50em;margin:2em auto}"
        "td,th{border:1px solid #999;padding:2px 6px}td+td{white-space:nowrap}"
        "</style></head><body>",
    ]
    for comparison in comparisons:
        title = msg("diff_heading", old=comparison.old.label, new=comparison.new.label)
        parts.append(f"<h2>{html.escape(title)}</h2>")
        if comparison.members_line:  # the same line as the text and md forms (s4-trial F94)
            parts.append(f"<p>{html.escape(comparison.members_line)}</p>")
        parts.append("<ul>")
        for change in comparison.changes:
            if change.status in (SPLIT, MERGED):  # the parts as they are, like text and md
                body = " → ".join(
                    " | ".join(html.escape(item.text) for item in side)
                    for side in (change.old, change.new)
                )
            else:
                body = inline(
                    change.word_diff(),
                    "<del>{}</del>",
                    "<ins>{}</ins>",
                    escape=html.escape,
                    between="",
                )
            label = html.escape(msg("diff_" + change.status))
            parts.append(f"<li><b>{label}</b>: {body}</li>")
        parts.append("</ul>")
    if table:
        heading, column = msg("diff_threads").rstrip(":"), msg("diff_directive")
        parts.append(f"<h2>{html.escape(heading)}</h2><table><tr><th>{html.escape(column)}</th>")
        parts += [f"<th>{year}</th>" for year in years]
        parts.append("</tr>")
        for thread in table:
            names = [msg("diff_" + thread.cells[y]) if y in thread.cells else "" for y in years]
            cells = "".join(f"<td>{html.escape(name)}</td>" for name in names)
            indent = f' style="padding-left:{1.5 * thread.depth + 0.4:g}em"' if thread.depth else ""
            text = PART_MARK * bool(thread.depth) + thread.text
            parts.append(f"<tr><td{indent}>{html.escape(text)}</td>{cells}</tr>")
        parts.append("</table>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


PART_MARK = "↳ "  # a part of a split, under the directive it came from


def _thread_label(thread: Thread) -> str:
    return "  " * max(0, thread.depth - 1) + PART_MARK * bool(thread.depth) + thread.text


def thread_lines(table: list[Thread], years: list[str]) -> list[str]:
    width = 46
    column = max(6, *map(len, years))  # "12/2024" is wider than a year
    lines = [
        msg("diff_threads"),
        f"  {'':<{width}} " + " ".join(f"{y:>{column}}" for y in years),
    ]
    for thread in table:
        text = _thread_label(thread)
        text = text if len(text) <= width else text[: width - 1] + "…"
        cells = " ".join(f"{SYMBOLS.get(thread.cells.get(y, ''), ''):>{column}}" for y in years)
        lines.append(f"  {text:<{width}} {cells}")
    lines.append("  " + ", ".join(f"{SYMBOLS[s]} {msg('diff_' + s)}" for s in STATUSES))
    return lines


def thread_markdown(table: list[Thread], years: list[str]) -> str:
    """The threads as a Markdown table: a row per directive (parts of a split under it,
    marked ↳), a column per meeting (a year, or "6/2024" where a year has two), each
    cell the directive's status at that meeting."""
    from giaoban.render.filters import md_escape

    lines = [
        f"## {msg('diff_threads').rstrip(':')}",
        "",
        "| " + " | ".join([msg("diff_directive"), *years]) + " |",
        "|" + "---|" * (len(years) + 1),
    ]
    for thread in table:
        names = [msg("diff_" + thread.cells[y]) if y in thread.cells else "" for y in years]
        lines.append("| " + " | ".join([md_escape(_thread_label(thread)), *names]) + " |")
    return "\n".join(lines) + "\n"


def docx_bytes(comparisons: list[Comparison]) -> bytes:
    from giaoban.diffdoc import diff_docx

    if len(comparisons) != 1:
        raise UsageError(msg("diff_docx_pair"))
    comparison = comparisons[0]
    title = msg("diff_heading", old=comparison.old.label, new=comparison.new.label)
    date = f"{comparison.new.record.meeting.date.isoformat()}T00:00:00Z"
    counts = summary(comparison.changes)
    return diff_docx(comparison.changes, title, date, counts, comparison.members_line)


def json_text(comparisons: list[Comparison], table: list[Thread] | None) -> str:
    if len(comparisons) == 1 and table is None:
        comparison = comparisons[0]
        data: Any = as_json(comparison.changes, comparison.old.info, comparison.new.info)
        data["members"] = _members_json(comparison)
    else:
        positions = {id(thread): index for index, thread in enumerate(table or [])}
        data = {
            "comparisons": [
                {**as_json(c.changes, c.old.info, c.new.info), "members": _members_json(c)}
                for c in comparisons
            ],
            "threads": [
                {
                    "text": t.text,
                    "years": {str(y): s for y, s in t.cells.items()},
                    "part_of": None if t.part_of is None else positions[id(t.part_of)],
                }
                for t in table or []
            ],
        }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def _members_json(comparison: Comparison) -> list[dict[str, Any]]:
    """The members' changes: {"change": "merged", "old": "Bạc Liêu", "new": "Cà Mau",
    "since": "2025-07-01"}; "left" and "joined" have one name."""
    return [
        {
            "change": c.kind,
            "old": c.old,
            "new": c.new,
            "since": c.since.isoformat() if c.since else None,
        }
        for c in comparison.members
    ]


def _clusters_in(folder: Path) -> list[str]:
    """The cluster names the records under ``folder`` write (broken records too)."""
    from giaoban.record import find_records

    names = {cluster_written(path) for path in find_records([folder]).records}
    return sorted((n for n in names if n), key=vn.sort_key)


def run_diff(
    paths: list[Path],
    cluster: str | None,
    first: int | None,
    last: int | None,
    duplicates: list[str] | None = None,
) -> tuple[list[Meeting], list[Comparison]]:
    """Load and compare: two records, or every consecutive year of a cluster (a second
    record of one meeting left out and told in ``duplicates``, as :func:`cluster_meetings`
    does)."""
    if len(paths) == 1 and paths[0].is_dir():
        if not cluster:
            text = msg("diff_needs_cluster", path=paths[0])
            names = _clusters_in(paths[0])
            raise UsageError(
                text + (" " + msg("clusters_known", names=", ".join(names)) if names else "")
            )
        meetings = archive_meetings(paths[0], cluster, first, last, duplicates)
    elif len(paths) == 2:
        # oldest first whatever order they were given in (pair_notes says so)
        meetings = sorted((load_meeting(p) for p in paths), key=lambda m: m.record.meeting.date)
    else:
        raise UsageError(msg("diff_usage"))
    comparisons = [compare_meetings(a, b) for a, b in itertools.pairwise(meetings)]
    return meetings, comparisons


def pair_notes(paths: list[Path], meetings: list[Meeting]) -> list[str]:
    """What to tell about two records compared (s3-trial F43): given newest first (they are
    compared oldest first), or of two clusters (compared all the same: a cluster may have
    been renamed, or a secretary compares with another cluster on purpose)."""
    if len(paths) != 2 or len(meetings) != 2:
        return []
    notes = []
    old, new = meetings
    if old.path != paths[0]:
        notes.append(
            msg("diff_swapped", old=old.path, new=new.path, first=old.label, second=new.label)
        )
    names = [m.record.meeting.cluster.name if m.record.meeting.cluster else None for m in meetings]
    if all(names) and vn.fold(names[0]) != vn.fold(names[1]):  # type: ignore[arg-type]
        notes.append(msg("diff_two_clusters", old=names[0], new=names[1]))
    return notes


def multi_year(
    meetings: list[Meeting], comparisons: list[Comparison]
) -> tuple[list[Thread], list[str]]:
    """The threads and the columns' labels, a meeting each (:func:`chain_labels`)."""
    return threads(meetings, comparisons), chain_labels(meetings)
