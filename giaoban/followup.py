"""``giaoban followup``: every directive of a cluster followed across the years.

Each year's record gives directives (``directives:``, with ``addressee`` and
``deadline``) and says what became of earlier ones (``followup:``, by id or by text).
The report puts both together, per directive:

* **given**: the year, id, text, addressee and deadline of its first meeting;
* **carried over / reworded / split / merged / not mentioned again** in each later
  meeting's directives, as ``giaoban diff`` matches them (``giaoban.diff.compare``, on
  the records put in order as ``diff`` orders them: every meeting by date, two in a
  work year for a cluster that meets twice, named "6/2024" and "12/2024");
* **finished, in progress, not done, no longer relevant**: the later records'
  follow-ups; the latest one says where the directive stands. Only a follow-up's
  "không còn phù hợp" drops a directive: one that is simply not mentioned again is
  "không được nhắc lại" and stays open;
* for each open one: how many years it has been open (work years from the meeting that
  first gave it, a split part counting from its origin, to the archive's last meeting)
  and whether its deadline has passed on the last meeting's date (a period ends on its
  last day: ``giaoban.record.model.deadline_end``). Overdue ones first.

Phrases come from ``giaoban.render.sentences``; the Word form is laid out by the year
summary's writer (``giaoban.summary``), which also prints this report for each cluster.
"""

from __future__ import annotations

import datetime as dt
import io
import itertools
import json
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from giaoban import vietnamese as vn
from giaoban.record.discover import cluster_key
from giaoban.render import sentences as say

OPEN, FINISHED, NO_LONGER_RELEVANT, CONTINUED = (
    "open",
    "finished",
    "no_longer_relevant",
    "continued",
)
STATES = (OPEN, FINISHED, NO_LONGER_RELEVANT, CONTINUED)
FORMATS = ("md", "json", "docx")


# --- what a meeting says about directives ----------------------------------------------


@dataclass(frozen=True)
class GivenDirective:
    """A directive as one meeting gave it."""

    index: int  # its place in the record's directives, from 0
    id: str | None
    text: str
    addressee: str | None
    deadline: dt.date | str | None  # a date, or a period as the model writes it
    continues: str | None


@dataclass(frozen=True)
class ReportedFollowup:
    """What a meeting said had become of an earlier directive."""

    directive: str | None  # its id; None when named by text only
    text: str | None
    year: int  # the work year of the meeting that gave it
    status: str | None
    result: str | None
    # where the members differ: (province, status, result) each
    provinces: tuple[tuple[str, str | None, str | None], ...] = ()
    # the date of the meeting that gave it, when the record names it (a year of two)
    meeting: dt.date | None = None


@dataclass
class MeetingFacts:
    """What the follow-up report needs of one meeting; JSON-able, so that an export's
    manifest keeps it for the year summary without reading the record again."""

    record: str
    year: int
    date: dt.date
    cluster: str | None
    directives: list[GivenDirective] = field(default_factory=list)
    followups: list[ReportedFollowup] = field(default_factory=list)

    @classmethod
    def from_record(cls, record_path: Path | str, record: Any) -> MeetingFacts:
        """From a validated ``giaoban.record.model.Record``."""
        from giaoban.render.context import figure_filler

        cluster = record.meeting.cluster
        fill = figure_filler(record)  # a result quoting {figures} of its own record
        return cls(
            record=str(record_path),
            year=record.year,
            date=record.meeting.date,
            cluster=cluster.name if cluster else None,
            directives=[
                GivenDirective(index, d.id, d.text, d.addressee, d.deadline, d.continues)
                for index, d in enumerate(record.directives)
            ],
            followups=[
                ReportedFollowup(
                    f.directive,
                    f.text,
                    f.year or record.year - 1,
                    f.status,
                    fill(f.result),
                    tuple((p.province, p.status, fill(p.result)) for p in f.provinces),
                    f.meeting,
                )
                for f in record.followup
            ],
        )

    def as_json(self) -> dict[str, Any]:
        return {
            "record": self.record,
            "year": self.year,
            "date": self.date.isoformat(),
            "cluster": self.cluster,
            "directives": [
                {**d.__dict__, "deadline": _deadline_json(d.deadline)} for d in self.directives
            ],
            "followups": [
                {**f.__dict__, "meeting": f.meeting.isoformat() if f.meeting else None}
                for f in self.followups
            ],
        }

    @classmethod
    def from_json(cls, data: dict[str, Any]) -> MeetingFacts:
        return cls(
            record=data["record"],
            year=int(data["year"]),
            date=dt.date.fromisoformat(data["date"]),
            cluster=data.get("cluster"),
            directives=[
                GivenDirective(**{**d, "deadline": _deadline_value(d.get("deadline"))})
                for d in data.get("directives", [])
            ],
            followups=[
                ReportedFollowup(
                    **{
                        **f,
                        "provinces": tuple(tuple(p) for p in f.get("provinces", ())),
                        "meeting": dt.date.fromisoformat(f["meeting"])
                        if f.get("meeting")
                        else None,
                    }
                )
                for f in data.get("followups", [])
            ],
        )


def _deadline_json(deadline: dt.date | str | None) -> str | None:
    return deadline.isoformat() if isinstance(deadline, dt.date) else deadline


def _deadline_value(text: str | None) -> dt.date | str | None:
    try:
        return dt.date.fromisoformat(text) if text else None
    except ValueError:
        return text  # a period: "quý I/2024"


# --- the history of each directive ------------------------------------------------------


@dataclass(frozen=True)
class Event:
    """One step of a directive's history. ``kind``: "given", a ``giaoban.diff`` status
    (unchanged, cosmetic, reworded, split, merged, review), "split_part", "not_repeated",
    or "followup" (a later meeting's report: ``status``, ``result``, ``record``)."""

    year: int
    kind: str
    text: str | None = None  # the directive's new wording (reworded, merged, split part)
    status: str | None = None
    result: str | None = None
    record: str | None = None
    count: int | None = None  # how many parts a split gave
    origin: int | None = None  # a split part: the year of the directive it came from
    provinces: tuple[tuple[str, str | None, str | None], ...] | None = None
    # a follow-up: the place in the chain of the meeting whose directive it reports on
    about: int | None = None
    at: int = 0  # the meeting's place in the chain (meetings in date order, from 0)
    label: str = ""  # the meeting's label: "2024", or "6/2024" in a year of two
    origin_label: str | None = None  # a split part, a renewal: the origin meeting's label

    @property
    def meeting(self) -> str:
        return self.label or str(self.year)

    def phrase(self) -> str:
        """The step in the report's words (giaoban.render.sentences)."""
        if self.kind == "followup":
            return say.followup_reported(
                self.meeting, self.status, self.result, list(self.provinces or ())
            )
        text = (self.text or "").rstrip(" .;")
        origin = self.origin_label or (str(self.origin) if self.origin is not None else None)
        return say.followup_event(self.kind, self.meeting, origin, count=self.count, text=text)


@dataclass(eq=False)
class DirectiveHistory:
    """A directive and what became of it; ``versions`` maps each year that gave it (again)
    to the directive as given that year."""

    year: int  # the work year of the meeting that gave it
    versions: dict[int, GivenDirective]  # by the meeting's place in the chain
    events: list[Event] = field(default_factory=list)
    part_of: DirectiveHistory | None = None
    at: int = 0  # the place in the chain of the meeting that gave it
    label: str = ""  # that meeting's label ("2023", "6/2024")
    continued: bool = False  # split into parts, or merged into another directive
    # set by the report, once every meeting is read
    status: str | None = None
    state: str = OPEN
    open_years: int = 0
    deadline: dt.date | str | None = None
    deadline_end: dt.date | None = None
    overdue: bool = False

    @property
    def first(self) -> GivenDirective:
        return self.versions[min(self.versions)]

    @property
    def current(self) -> GivenDirective:
        return self.versions[max(self.versions)]

    @property
    def since(self) -> int:
        """The work year it was first given (a split part's origin's)."""
        return self.part_of.since if self.part_of is not None else self.year

    @property
    def since_label(self) -> str:
        """The label of the meeting that first gave it (a split part's origin's)."""
        if self.part_of is not None:
            return self.part_of.since_label
        return self.label or str(self.year)


@dataclass(frozen=True)
class UnmatchedFollowup:
    """A follow-up whose directive the archive does not hold (no meeting of its year, no
    directive with its id, or a text that matches none)."""

    record: str
    year: int
    directive: str | None
    text: str | None


@dataclass
class FollowupReport:
    """Every directive of a cluster's meetings, in report order (overdue first, then the
    other open ones, longest open first, then the finished, no longer relevant and
    continued ones), as of ``as_of`` (the last meeting's date)."""

    cluster: str
    meetings: list[MeetingFacts]
    entries: list[DirectiveHistory]
    unmatched: list[UnmatchedFollowup] = field(default_factory=list)
    # broken records of other clusters, left out: their first problem, file:line first
    skipped: list[str] = field(default_factory=list)
    # a second record of one meeting, left out: file:line, the record used, the fix
    duplicates: list[str] = field(default_factory=list)

    @property
    def as_of(self) -> dt.date:
        return self.meetings[-1].date

    @property
    def years(self) -> list[int]:
        """The work year of each meeting (twice a year that has two)."""
        return [meeting.year for meeting in self.meetings]

    @property
    def labels(self) -> list[str]:
        """Each meeting's label: "2023", or "6/2024" and "12/2024" in a year of two."""
        from giaoban.commands.diff import meeting_labels

        return meeting_labels([(m.year, m.date) for m in self.meetings])

    def counts(self) -> dict[str, int]:
        """{"open", "overdue", "finished", "no_longer_relevant", "continued"}: how many."""
        counts = {state: 0 for state in STATES}
        counts["overdue"] = 0
        for entry in self.entries:
            counts[entry.state] += 1
            counts["overdue"] += entry.overdue
        return counts


def _items(meeting: MeetingFacts) -> list[Any]:
    from giaoban.commands.diff import compared_text
    from giaoban.diff import items

    directives = meeting.directives
    return items(
        [compared_text(d) for d in directives],
        [d.id for d in directives],
        [d.continues for d in directives],
    )


def build_report(meetings: list[MeetingFacts], cluster: str) -> FollowupReport:
    """The report over ``meetings`` (every meeting of the cluster, oldest first, as
    ``giaoban.commands.diff.each_meeting`` orders them: a year of two meetings has two
    links in the chain); ValueError when empty."""
    from giaoban.commands.diff import meeting_labels
    from giaoban.diff import DROPPED, MERGED, NEW, REVIEW, SPLIT, compare

    if not meetings:
        raise ValueError("no meeting")
    chain = _Chain(meetings, meeting_labels([(m.year, m.date) for m in meetings]))
    histories: list[DirectiveHistory] = []
    # (the meeting's place in the chain, directive index) -> history
    at: dict[tuple[int, int], DirectiveHistory] = {}

    def begin(n: int, directive: GivenDirective, **known: Any) -> DirectiveHistory:
        history = chain.history(n, directive, **known)
        histories.append(history)
        at[(n, directive.index)] = history
        return history

    def carry(history: DirectiveHistory, n: int, directive: GivenDirective, status: str) -> None:
        text = directive.text if status != "unchanged" else None
        history.events.append(chain.event(n, status, text=text))
        history.versions[n] = directive
        at[(n, directive.index)] = history

    from giaoban.commands.diff import given_directives, resumed

    # a meeting that gave no directive is no link of the chain (its follow-ups still
    # count): its predecessor's directives were not "dropped" by it (s4-trial F73)
    place = {id(meeting): n for n, meeting in enumerate(meetings)}
    linked = given_directives(meetings) or meetings[:1]
    first = place[id(linked[0])]
    for directive in meetings[first].directives:
        begin(first, directive)
    # directives a meeting did not repeat, which a later one may give again (the year's
    # directive a sơ kết 6 tháng leaves aside, carried on by the tổng kết)
    resting: list[tuple[DirectiveHistory, Any]] = []
    for old, new in itertools.pairwise(linked):
        o, n = place[id(old)], place[id(new)]
        fresh: list[Any] = []
        for change in compare(_items(old), _items(new)):
            given = [new.directives[item.index] for item in change.new]
            before = [at[(o, item.index)] for item in change.old]
            if change.status == NEW:  # after the others: it may carry on a resting one
                fresh.append(change.new[0])
            elif change.status == DROPPED:
                before[0].events.append(chain.event(n, "not_repeated"))
                resting.append((before[0], change.old[0]))
            elif change.status == REVIEW:  # unsure: followed apart, said to be unsure
                before[0].events.append(chain.event(n, "review", text=given[0].text))
                begin(n, given[0])
            elif change.status == SPLIT:
                origin = before[0]
                origin.events.append(chain.event(n, SPLIT, count=len(given)))
                origin.continued = True
                for part in given:
                    history = begin(n, part, part_of=origin)
                    history.events[-1] = chain.event(
                        n, "split_part", origin=origin.year, origin_label=origin.label
                    )
            else:  # one directive carried over (unchanged, cosmetic, reworded, merged)
                carry(before[0], n, given[0], change.status)
                for other in before[1:]:  # merged into the first
                    other.events.append(chain.event(n, MERGED))
                    other.continued = True
        again = resumed([item for _, item in resting], fresh)
        for position, item in enumerate(fresh):
            if position in again:  # not repeated at a meeting between, given again now
                carry(
                    resting[again[position][0]][0],
                    n,
                    new.directives[item.index],
                    again[position][1],
                )
            else:
                begin(n, new.directives[item.index])
        taken = {r for r, _ in again.values()}
        resting = [pair for r, pair in enumerate(resting) if r not in taken]
    unmatched = _attach_followups(chain, at)
    index = 0
    while index < len(histories):  # a renewed one may itself be finished and renewed
        renewed = _renewed_after_finishing(histories[index], chain)
        if renewed is not None:
            for part in histories:  # parts split off after the renewal are the new one's
                if part.part_of is histories[index] and part.at > renewed.at:
                    part.part_of = renewed
            histories.append(renewed)
        index += 1
    last = meetings[-1]
    for history in histories:
        _settle(history, last)
    return FollowupReport(cluster, meetings, sorted(histories, key=_order), unmatched)


@dataclass(frozen=True)
class _Chain:
    """The meetings of a report in date order, with their labels ("2023", "6/2024")."""

    meetings: list[MeetingFacts]
    labels: list[str]

    def event(self, n: int, kind: str, **values: Any) -> Event:
        """An event of the ``n``-th meeting."""
        return Event(self.meetings[n].year, kind, at=n, label=self.labels[n], **values)

    def history(self, n: int, directive: GivenDirective, **known: Any) -> DirectiveHistory:
        """A directive given at the ``n``-th meeting."""
        year = self.meetings[n].year
        history = DirectiveHistory(year, {n: directive}, at=n, label=self.labels[n], **known)
        history.events.append(self.event(n, "given"))
        return history

    def given_at(self, n: int, followup: ReportedFollowup) -> int | None:
        """The place of the meeting whose directive a follow-up of the ``n``-th meeting
        reports on: the meeting of its date (``meeting:``), else the last meeting of its
        work year before the ``n``-th (giaoban.record.earlier, as validation reads it)."""
        earlier = range(n - 1, -1, -1)
        if followup.meeting is not None:
            return next((p for p in earlier if self.meetings[p].date == followup.meeting), None)
        return next((p for p in earlier if self.meetings[p].year == followup.year), None)


def _attach_followups(
    chain: _Chain, at: dict[tuple[int, int], DirectiveHistory]
) -> list[UnmatchedFollowup]:
    """Each follow-up added to its directive's history: by id in the meeting it names
    (:meth:`_Chain.given_at`), else by text as diff matches
    (giaoban.record.earlier.match_text)."""
    from giaoban.record.earlier import match_text

    unmatched: list[UnmatchedFollowup] = []
    for n, meeting in enumerate(chain.meetings):
        for followup in meeting.followups:
            if not (followup.status or followup.result or followup.provinces):
                continue  # not filled in yet (giaoban new --from): it says nothing
            place = chain.given_at(n, followup)
            given = chain.meetings[place] if place is not None else None
            index = None
            if given is not None and followup.directive:
                index = next(
                    (d.index for d in given.directives if d.id == followup.directive), None
                )
            if given is not None and index is None and followup.text:  # or an id not there
                index = match_text(
                    followup.text,
                    [d.text for d in given.directives],
                    [d.addressee for d in given.directives],
                )
            history = at.get((place, index)) if place is not None and index is not None else None
            if history is None:
                unmatched.append(
                    UnmatchedFollowup(
                        meeting.record, followup.year, followup.directive, followup.text
                    )
                )
                continue
            history.events.append(
                chain.event(
                    n,
                    "followup",
                    status=followup.status,
                    result=followup.result,
                    record=meeting.record,
                    provinces=followup.provinces or None,
                    about=place,
                )
            )
    return unmatched


def _renewed_after_finishing(history: DirectiveHistory, chain: _Chain) -> DirectiveHistory | None:
    """A directive reported finished, then given again in a later meeting (the same id
    re-issued, often wider and with a new deadline), is a new directive from that
    meeting on: the old one stays finished with its own deadline, the new one is open
    until a follow-up says otherwise. Returns the new one (``history`` keeps what came
    before), or None when nothing was given again after a "đã hoàn thành"."""
    done = [
        e.about
        for e in history.events
        if e.kind == "followup" and e.status == say.FINISHED and e.about is not None
    ]
    again = sorted(n for n in history.versions if done and n > min(done))
    if not again:
        return None
    start = again[0]
    renewed = chain.history(start, history.versions[start])
    renewed.versions = {n: history.versions.pop(n) for n in again}
    renewed.events.append(
        chain.event(start, "renews", origin=history.year, origin_label=history.label)
    )
    kept: list[Event] = []
    for event in history.events:
        if event.kind == "followup":
            later = event.about is not None and event.about >= start
        else:
            later = event.at >= start and event.kind != "given"
        if not later:
            kept.append(event)
        elif event.kind != "followup" and event.at == start:
            kept.append(chain.event(start, "renewed"))  # the step that carried it over
        else:
            renewed.events.append(event)
    history.events = kept
    renewed.continued, history.continued = history.continued, False
    return renewed


def _settle(history: DirectiveHistory, last: MeetingFacts) -> None:
    """Where the directive stands at the last meeting."""
    from giaoban.record.model import deadline_end

    # in a year: what the meeting did with the directive, then its follow-up, then its
    # renewal as a new directive
    last_in_year = {"followup": 1, "renewed": 2}
    # two reports of one meeting on one directive (on its version given at the sơ kết
    # and on the year before's): the one on the later version says where it stands
    history.events.sort(
        key=lambda e: (e.at, last_in_year.get(e.kind, 0), -1 if e.about is None else e.about)
    )
    reports = [e for e in history.events if e.kind == "followup" and e.status]
    history.status = reports[-1].status if reports else None
    if history.status == say.FINISHED:
        history.state = FINISHED
    elif history.status == say.NO_LONGER_RELEVANT:
        history.state = NO_LONGER_RELEVANT
    elif history.continued:
        history.state = CONTINUED
    else:
        history.state = OPEN
    history.open_years = last.year - history.since
    dated = [v.deadline for _, v in sorted(history.versions.items()) if v.deadline is not None]
    history.deadline = dated[-1] if dated else None
    history.deadline_end = deadline_end(history.deadline) if history.deadline else None
    history.overdue = bool(
        history.state == OPEN and history.deadline_end and history.deadline_end < last.date
    )


def _order(history: DirectiveHistory) -> tuple[Any, ...]:
    rank = 0 if history.overdue else 1 if history.state == OPEN else 2 + STATES.index(history.state)
    end = history.deadline_end or dt.date.max
    due = end if history.overdue else dt.date.max
    return (rank, due, -history.open_years, history.since, history.at, history.first.index)


# --- the API ------------------------------------------------------------------------------


def cluster_report(archive: Path, cluster: str, only_open: bool = False) -> FollowupReport:
    """The follow-up report of ``cluster`` over the records under ``archive``.

    The records are found and grouped as ``giaoban diff ARCHIVE --cluster`` finds them
    (``giaoban.commands.diff.cluster_meetings``: every record under the folder, every
    meeting of the cluster in date order). With ``only_open``, only the
    directives still open are kept (and counted).

    Errors: UsageError for a folder with no record, or none of ``cluster`` (with the
    closest name it holds); RecordInvalid (file:line) for a record that cannot be read.
    """
    from giaoban.commands.diff import cluster_meetings

    skipped: list[str] = []
    duplicates: list[str] = []
    meetings = cluster_meetings(archive, cluster, skipped=skipped, duplicates=duplicates)
    facts = [MeetingFacts.from_record(m.path, m.record) for m in meetings]
    report = build_report(facts, facts[-1].cluster or cluster)
    report.skipped = skipped
    report.duplicates = duplicates
    if only_open:
        report.entries = [e for e in report.entries if e.state == OPEN]
    return report


def summary_inputs(summaries: Iterable[dict[str, Any]], year: int) -> list[dict[str, Any]]:
    """What :func:`reports_from_summaries` reads for ``year``: the follow-up facts of every
    meeting up to ``year`` of the clusters that met that year, in date order. An export
    hashes them to know whether a year summary changed without making its reports."""
    facts = [s["followup"] for s in summaries if s.get("followup") and s["followup"]["cluster"]]
    met = {cluster_key(f["cluster"]) for f in facts if f["year"] == year}
    return sorted(
        (f for f in facts if f["year"] <= year and cluster_key(f["cluster"]) in met),
        key=lambda f: (f["date"], f["record"]),
    )


def reports_from_summaries(summaries: Iterable[dict[str, Any]], year: int) -> list[FollowupReport]:
    """For an export's year summary: one report per cluster with a meeting in ``year``,
    over the cluster's meetings up to ``year`` (``summaries``: what the manifest keeps of
    each record, with its ``followup`` facts), when the cluster has directives or
    follow-ups: the directives given at a cluster's first meeting are what next year's
    follow-up starts from (s6-trial H13: a cluster's first year had none). Clusters in
    Vietnamese alphabetical order."""
    from giaoban.commands.diff import each_meeting

    facts = [MeetingFacts.from_json(s["followup"]) for s in summaries if s.get("followup")]
    # in one order whatever the order records were read in (two meetings of one day:
    # the later file name is kept, as giaoban diff keeps it)
    facts.sort(key=lambda f: (f.date, f.record))
    names = sorted(
        {cluster_key(f.cluster): f.cluster for f in facts if f.cluster and f.year == year}.values(),
        key=vn.sort_key,
    )
    reports = []
    for name in names:
        ordered = each_meeting(facts, name, lambda f: (f.cluster, f.year, f.date))
        meetings = [m for m in ordered if m.year <= year]
        if not any(m.directives or m.followups for m in meetings):
            continue
        reports.append(build_report(meetings, name))
    return reports


def notices(report: FollowupReport) -> list[str]:
    """What the user should know about the report's scope, in the language chosen: a
    cluster with one meeting only, no directive at all, follow-ups matched to nothing."""
    from giaoban.messages import msg

    lines = []
    if len(report.meetings) == 1:
        lines.append(
            msg("followup_one_meeting", cluster=report.cluster, year=report.meetings[0].year)
        )
    if not any(m.directives for m in report.meetings):
        lines.append(msg("followup_no_directives", cluster=report.cluster))
    for item in report.unmatched:
        named = item.directive or _quoted(item.text or "")
        lines.append(msg("followup_unmatched", record=item.record, year=item.year, named=named))
    lines.extend(msg("record_skipped", problem=problem) for problem in report.skipped)
    lines.extend(report.duplicates)
    return lines


@dataclass
class FollowupOutput:
    """What ``giaoban followup`` produced: the report, its bytes in the format asked, and
    whether they were written to the file (False: an edited file was kept)."""

    report: FollowupReport
    data: bytes
    written: bool | None = None  # None: no file named (the text goes to the terminal)


def followup(
    archive: Path,
    cluster: str,
    only_open: bool = False,
    fmt: str = "md",
    output: Path | None = None,
    force: bool = False,
) -> FollowupOutput:
    """``giaoban followup ARCHIVE --cluster NAME [--open] [--format md|docx|json] [-o FILE]``.

    Builds :func:`cluster_report` and renders it as Markdown, JSON (the shape in
    docs/followup.md: ``{"cluster", "as_of", "meetings": [...], "counts": {...},
    "directives": [{"id", "text", "addressee", "year", "since", "deadline",
    "deadline_end", "state", "status", "open_years", "overdue", "history": [...]}],
    "unmatched": [...]}``) or Word (landscape table, the year summary's writer).
    With ``output``, writes it atomically the way ``giaoban export`` writes its
    documents (remembered in the folder's ``.giaoban`` manifest): a file someone edited
    since giaoban wrote it, or one giaoban never wrote, is kept unless ``force``.

    Errors: UsageError (exit 2) for an unknown format, ``docx`` without ``output``, an
    empty archive or an unknown cluster (with did-you-mean); RecordInvalid for a broken
    record; GiaobanError for an output folder that cannot be written.
    """
    from giaoban.errors import UsageError
    from giaoban.messages import msg

    if fmt not in FORMATS:
        raise UsageError(msg("followup_format", fmt=fmt, formats=", ".join(FORMATS)))
    if fmt == "docx" and output is None:
        raise UsageError(msg("diff_docx_needs_output"))
    report = cluster_report(archive, cluster, only_open)
    if fmt == "md":
        data = report_markdown(report).encode("utf-8")
    elif fmt == "json":
        data = report_json(report).encode("utf-8")
    else:
        data = report_docx(report)
    if output is None:
        return FollowupOutput(report, data)
    from giaoban.export import write_tracked

    return FollowupOutput(report, data, write_tracked(output, data, force))


# --- the report in words ------------------------------------------------------------------


def _quoted(text: str) -> str:
    return f"“{text.rstrip(' .;')}”"


def _shown(directive: GivenDirective) -> str:
    from giaoban.commands.diff import compared_text

    return vn.capitalize_first(compared_text(directive).rstrip(" .;"))


def entry_cells(entry: DirectiveHistory) -> list[str]:
    """The report's columns for one directive (sentences.FOLLOWUP_COLUMNS after STT):
    text, given, deadline, where it stands, history."""
    standing = say.followup_state(entry.status)
    if entry.state == OPEN:
        standing += "; " + say.followup_age(entry.open_years, entry.since_label)
    elif entry.state == CONTINUED:
        standing = say.CONTINUED_ELSEWHERE
    passed = entry.overdue if entry.state == OPEN else None
    deadline = say.followup_deadline(entry.deadline, entry.deadline_end, passed)
    steps = []
    for event in entry.events:
        if event.kind == "given":
            continue
        step = event.phrase()
        if event.kind in ("reworded", "merged") and event.text:
            step += f": {_quoted(event.text)}"
        steps.append((event.meeting, step))
    # a meeting a line
    history = "\n".join(say.followup_history(steps)) or say.NO_LATER_MEETING
    given = say.followup_given(entry.label or str(entry.year), entry.first.id)
    return [_shown(entry.first), given, deadline, standing, history]


def report_rows(report: FollowupReport) -> list[list[str]]:
    """Every row of the report's table, numbered."""
    return [[str(n), *entry_cells(e)] for n, e in enumerate(report.entries, start=1)]


def _unmatched_line(item: UnmatchedFollowup) -> str:
    return say.followup_unmatched(item.record, item.year, item.directive, item.text)


def report_markdown(report: FollowupReport, level: int = 1) -> str:
    """The report in Markdown: a heading, its scope, the counts, then one numbered item
    per directive; ``level`` is the heading's (2 inside the year summary)."""
    from giaoban.render.filters import md_escape

    lines = [
        f"{'#' * level} {say.followup_report_title(report.cluster)}",
        "",
        md_escape(say.followup_report_scope(report.labels, report.as_of)) + ".",
        "",
        md_escape(say.followup_counts(report.counts())) + ".",
        "",
    ]
    labels = say.FOLLOWUP_COLUMNS[2:]
    for row in report_rows(report):
        number, text, *cells = row
        lines.append(f"{number}. **{md_escape(text)}**")
        lines += [
            f"   - {label}: {md_escape(cell.replace(chr(10), '; '))}"
            for label, cell in zip(labels, cells, strict=True)
        ]
    if report.unmatched:
        lines += ["", f"{'#' * (level + 1)} {say.UNMATCHED_HEADING}", ""]
        lines += [f"- {md_escape(_unmatched_line(item))}" for item in report.unmatched]
    return "\n".join(lines) + "\n"


def report_html(report: FollowupReport) -> str:
    """The report as one HTML page (``giaoban serve``): the same rows as the Word table."""
    import html

    def cell(text: str) -> str:
        return html.escape(text).replace("\n", "<br>")

    parts = [
        '<!DOCTYPE html>\n<html lang="vi"><head><meta charset="utf-8">',
        f"<title>{html.escape(say.followup_report_title(report.cluster))}</title>",
        "<style>body{font-family:serif;margin:2em}table{border-collapse:collapse}"
        "td,th{border:1px solid #999;padding:3px 6px;vertical-align:top;text-align:left}"
        "</style></head><body>",
        f"<h1>{html.escape(say.followup_report_title(report.cluster))}</h1>",
        f"<p>{html.escape(say.followup_report_scope(report.labels, report.as_of))}.</p>",
        f"<p>{html.escape(say.followup_counts(report.counts()))}.</p>",
    ]
    if report.entries:
        parts.append("<table><tr>")
        parts += [f"<th>{html.escape(name)}</th>" for name in say.FOLLOWUP_COLUMNS]
        parts.append("</tr>")
        for row in report_rows(report):
            parts.append("<tr>" + "".join(f"<td>{cell(text)}</td>" for text in row) + "</tr>")
        parts.append("</table>")
    if report.unmatched:
        parts.append(f"<h2>{html.escape(say.UNMATCHED_HEADING)}</h2><ul>")
        parts += [f"<li>{html.escape(_unmatched_line(item))}</li>" for item in report.unmatched]
        parts.append("</ul>")
    parts.append("</body></html>\n")
    return "\n".join(parts)


def report_json(report: FollowupReport) -> str:
    """The report as JSON (docs/followup.md)."""

    def event(e: Event) -> dict[str, Any]:
        shaped: dict[str, Any] = {"year": e.year, "meeting": e.meeting, "event": e.kind}
        for key in ("text", "status", "result", "record", "count", "origin"):
            if getattr(e, key) is not None:
                shaped[key] = getattr(e, key)
        if e.provinces:
            shaped["provinces"] = [
                {"province": p, "status": status, "result": result}
                for p, status, result in e.provinces
            ]
        return shaped

    positions = {id(entry): index for index, entry in enumerate(report.entries)}
    data = {
        "cluster": report.cluster,
        "as_of": report.as_of.isoformat(),
        "meetings": [
            {"year": m.year, "label": label, "date": m.date.isoformat(), "record": m.record}
            for m, label in zip(report.meetings, report.labels, strict=True)
        ],
        "counts": report.counts(),
        "directives": [
            {
                "id": e.current.id,
                "text": e.current.text,
                "addressee": e.current.addressee,
                "year": e.year,
                "meeting": e.label or str(e.year),
                "since": e.since,
                "deadline": _deadline_json(e.deadline),
                "deadline_end": e.deadline_end.isoformat() if e.deadline_end else None,
                "state": e.state,
                "status": e.status,
                "open_years": e.open_years if e.state == OPEN else None,
                "overdue": e.overdue,
                "part_of": positions.get(id(e.part_of)) if e.part_of is not None else None,
                "history": [event(x) for x in e.events],
            }
            for e in report.entries
        ],
        "unmatched": [item.__dict__ for item in report.unmatched],
    }
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def add_report(document: Any, report: FollowupReport, size: int = 14) -> None:
    """The report appended to a Word document: heading, scope, counts, table."""
    from docx.shared import Pt

    from giaoban.render.default_templates import CENTRED
    from giaoban.summary import add_heading, add_table

    add_heading(document, say.followup_report_title(report.cluster), size)
    document.add_paragraph(
        say.followup_report_scope(report.labels, report.as_of) + ".", style=CENTRED
    )
    counts = document.add_paragraph(say.followup_counts(report.counts()) + ".", style=CENTRED)
    counts.paragraph_format.space_after = Pt(6)
    if report.entries:
        # landscape A4 less the margins (24.9 cm): the directive's text and its history widest
        widths = [1.2, 7.3, 3.2, 3.6, 3.6, 6.0]
        add_table(document, list(say.FOLLOWUP_COLUMNS), report_rows(report), widths)
    if report.unmatched:
        document.add_paragraph(f"{say.UNMATCHED_HEADING}:")
        for item in report.unmatched:
            document.add_paragraph(f"- {_unmatched_line(item)}")


def report_docx(report: FollowupReport) -> bytes:
    """The report as a Word document, landscape, dated by the last meeting."""
    from giaoban.render.default_templates import new_document
    from giaoban.summary import landscape

    title = say.followup_report_title(report.cluster)
    document = new_document(title)
    properties = document.core_properties
    properties.subject, properties.comments = title, ""
    properties.keywords = f"theo dõi chỉ đạo; hội nghị giao ban; {report.cluster}"
    properties.created = properties.modified = dt.datetime.combine(report.as_of, dt.time(0))
    landscape(document)
    add_report(document, report)
    buffer = io.BytesIO()
    document.save(buffer)
    return buffer.getvalue()
