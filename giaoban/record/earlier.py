"""The earlier meeting's record a follow-up refers to, when it lies beside the record.

A ``followup`` item names a directive of an earlier meeting by id; that meeting's record
is another file. A meeting is known by its cluster and date: a cluster that meets twice
in a work year (sơ kết 6 tháng in June, tổng kết in December) has two in one year. An
item with ``meeting: DATE`` names the meeting of that date; one with ``year`` alone, the
last meeting of that work year (before the record's own, for its own work year). When
that meeting's record is found, its directive ids are what the follow-up may name (issue
15: "a follow-up refers to a directive that existed"); otherwise nothing can be checked
and nothing is said.
A follow-up without a year is of the cluster's previous meeting (``previous_meeting``:
beside the record, else in the archive under its nearest giaoban.yaml), and
``read_beside`` names the records a record's documents read, for export's fingerprint.
"""

from __future__ import annotations

import datetime as dt
import re
import time
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from giaoban import vietnamese as vn
from giaoban.record.discover import (
    DEFAULTS_NAME,
    RECORD_SUFFIXES,
    cluster_key,
    defaults_chain,
    find_records,
)


@dataclass(frozen=True)
class EarlierRecord:
    """The earlier meeting's record and its directives, as the file writes them."""

    path: Path
    ids: tuple[str | None, ...]  # one per directive, None where it has no id
    texts: tuple[str, ...]  # what is asked, as written
    addressees: tuple[str | None, ...]
    year: int | None = None  # its work year
    date: dt.date | None = None  # the meeting's date
    kind: str | None = None  # giao ban, sơ kết, tổng kết... as written
    period: str | None = None  # 6 tháng đầu năm, năm... as written

    def text_of(self, directive_id: str) -> str | None:
        """The text of the directive with this id; None when there is none."""
        for item_id, text in zip(self.ids, self.texts, strict=True):
            if item_id == directive_id:
                return text
        return None


@dataclass(frozen=True)
class _Summary:
    """What a record file writes that the records after it need, read without validating."""

    year: int | None  # work year
    cluster: str | None  # the cluster's name, when the file writes one
    directives: tuple[tuple[str | None, str, str | None], ...]  # (id, text, addressee)
    followup_years: tuple[int | None, ...]  # one per follow-up, None where it gives no year
    date: dt.date | None = None  # the meeting's date
    # one per follow-up: the date of the meeting it names (``meeting:``), None where none
    followup_meetings: tuple[dt.date | None, ...] = ()
    kind: str | None = None
    period: str | None = None

    def as_record(self, path: Path) -> EarlierRecord:
        directives = self.directives
        ids, texts, addressees = zip(*directives, strict=True) if directives else ((), (), ())
        return EarlierRecord(
            path, ids, texts, addressees, self.year, self.date, self.kind, self.period
        )


_NOTHING = _Summary(None, None, (), ())


def _date_of(value: object) -> dt.date | None:
    """A date as a record writes it ("2024-06-20", "20/6/2024"), None when it is none."""
    if isinstance(value, dt.date):
        return value
    try:
        return vn.parse_date(str(value), month_only=True)
    except ValueError:
        return None


@lru_cache(maxsize=8192)  # an archive's records, each read once per change
def _summary(path: Path, mtime_ns: int) -> _Summary:
    """The file's work year, cluster name, directives and follow-up years as it writes
    them; the mtime keys the cache, so an archive's records are read once per change,
    not once per record."""
    from giaoban.record.source import load_source

    try:
        data = load_source(path).data
    except Exception:  # a broken record is reported when it is itself validated
        return _NOTHING
    if not isinstance(data, dict):
        return _NOTHING
    meeting = data.get("meeting") if isinstance(data.get("meeting"), dict) else {}
    cluster = meeting.get("cluster") if isinstance(meeting.get("cluster"), dict) else {}
    date = _date_of(meeting.get("date"))
    year: int | None = None
    if str(cluster.get("year") or "").isdigit():
        year = int(cluster["year"])
    else:
        year = date.year if date else None
    directives = data.get("directives") if isinstance(data.get("directives"), list) else []
    found = tuple(
        (
            str(d["id"]) if d.get("id") else None,
            vn.nfc(" ".join(str(d["text"]).split())),
            vn.nfc(" ".join(str(d["addressee"]).split())) if d.get("addressee") else None,
        )
        for d in directives
        if isinstance(d, dict) and d.get("text")
    )
    followups = data.get("followup") if isinstance(data.get("followup"), list) else []
    years = tuple(
        int(f["year"]) if str(f.get("year") or "").isdigit() else None
        for f in followups
        if isinstance(f, dict)
    )
    meetings = tuple(
        _date_of(f["meeting"]) if f.get("meeting") else None
        for f in followups
        if isinstance(f, dict)
    )
    name = cluster.get("name")
    kind, period = meeting.get("kind"), meeting.get("period")
    return _Summary(
        year,
        str(name) if name else None,
        found,
        years,
        date,
        meetings,
        vn.nfc(str(kind)).strip().lower() if kind else None,
        vn.normalise_period(str(period)) if period else None,
    )


def _read(path: Path) -> _Summary:
    try:
        return _summary(path, path.stat().st_mtime_ns)
    except OSError:
        return _NOTHING


def _same_cluster(one: str | None, other: str | None) -> bool:
    """A record that names no cluster (its giaoban.yaml does) matches any."""
    return one is None or other is None or cluster_key(one) == cluster_key(other)


def earlier_record(
    record_path: Path,
    year: int,
    cluster: str | None,
    meeting: dt.date | None = None,
    before: dt.date | None = None,
) -> EarlierRecord | None:
    """The record a follow-up names: with ``meeting``, the cluster's record of the
    meeting of that date (beside ``record_path``, else in its archive); otherwise the
    record beside ``record_path`` of the last meeting of work ``year`` and ``cluster``
    (held before ``before`` when given: a meeting of the record's own work year, the sơ
    kết 6 tháng before the tổng kết). A record that names no cluster matches any. None
    when there is none, or when two records give the last meeting's date (a copy)."""
    if meeting is not None:
        return record_of_meeting(record_path, meeting, cluster)
    matches = [
        found.as_record(path)
        for path, found in ((p, _read(p)) for p in _beside(record_path))
        if found.year == year
        and _same_cluster(found.cluster, cluster)
        and (before is None or (found.date is not None and found.date < before))
    ]
    if len(matches) > 1 and all(m.date is not None for m in matches):
        last = max(m.date for m in matches if m.date is not None)
        matches = [m for m in matches if m.date == last]  # the year's last meeting
    return matches[0] if len(matches) == 1 else None


def cluster_records(record_path: Path, cluster: str | None) -> list[EarlierRecord]:
    """The cluster's other records beside ``record_path`` and in its archive (the folder
    of its outermost giaoban.yaml), in date order (a record without a readable date
    left out); beside first where one file is reached both ways."""
    paths = [p.resolve() for p in _beside(record_path)]
    defaults = defaults_chain(record_path)
    if defaults:
        root = defaults[-1].parent.resolve()
        paths += [p for p, _, _ in _archive(root)]
    itself = record_path.resolve()
    found = []
    for path in dict.fromkeys(paths):
        summary = _read(path)
        if path != itself and summary.date is not None and _same_cluster(summary.cluster, cluster):
            found.append(summary.as_record(path))
    return sorted(found, key=lambda r: (r.date, str(r.path)))


def record_of_meeting(record_path: Path, day: dt.date, cluster: str | None) -> EarlierRecord | None:
    """The cluster's record of the meeting held on ``day``, beside ``record_path`` or in
    its archive (the first by name when a copy gives the same day); None when none."""
    return next((r for r in cluster_records(record_path, cluster) if r.date == day), None)


def meeting_before(record_path: Path, day: dt.date, cluster: str | None) -> EarlierRecord | None:
    """The cluster's last meeting before ``day`` that gave directives: the meeting whose
    directive ids a directive of the record may ``continue`` (giaoban diff compares
    each meeting with that one); None when none is found."""
    earlier = [
        r
        for r in cluster_records(record_path, cluster)
        if r.date is not None and r.date < day and r.texts
    ]
    return earlier[-1] if earlier else None


def previous_meeting(record_path: Path, year: int, cluster: str | None) -> tuple[int, Path] | None:
    """(work year, record) of ``cluster``'s latest meeting before work ``year``: beside
    ``record_path`` when a record of the year before is there, else anywhere under the
    folder of the record's nearest giaoban.yaml (an archive kept in a folder a year);
    None when there is none. What a follow-up without a ``year`` follows up: after a
    year with no record (no meeting, or none kept), the meeting before it, not "the
    year before"."""
    beside = _latest_before(_beside(record_path), year, cluster)
    if beside is not None and beside[0] == year - 1:
        return beside
    defaults = defaults_chain(record_path)
    if not defaults:
        return beside
    itself = record_path.resolve()
    root = defaults[-1].parent.resolve()
    for fresh in (False, True):
        earlier = [
            (found_year, path)
            for path, found_year, name in _archive(root, fresh)
            if found_year is not None
            and found_year < year
            and _same_cluster(name, cluster)
            and path != itself
        ]
        best = max(earlier, key=lambda pair: (pair[0], str(pair[1])), default=None)
        if best is None or _read(best[1]).year == best[0]:
            return best
    return None  # pragma: no cover - a fresh listing is read as it is


# The records under an archive's folder with their work year and cluster, read once for
# a batch: each record of an export (a thousand, in folders a year) would otherwise list
# and read the whole archive again. The record chosen from it is read again (deleted or
# changed since: the archive is listed anew), and the listing is made anew after a few
# seconds, so that a process that goes on (giaoban serve) sees records added since.
_LISTED: dict[Path, tuple[float, list[tuple[Path, int | None, str | None]]]] = {}
_LISTING_LASTS = 5.0  # seconds


def _archive(root: Path, fresh: bool = False) -> list[tuple[Path, int | None, str | None]]:
    """(resolved path, work year, cluster) of every record under ``root``."""
    now = time.monotonic()
    listed = _LISTED.get(root)
    if fresh or listed is None or now - listed[0] > _LISTING_LASTS:
        found = [(p.resolve(), _read(p)) for p in find_records([root]).records]
        listed = _LISTED[root] = (now, [(p, s.year, s.cluster) for p, s in found])
    return listed[1]


def _latest_before(paths: list[Path], year: int, cluster: str | None) -> tuple[int, Path] | None:
    found = [(path, _read(path)) for path in paths]
    earlier = [
        (s.year, path)
        for path, s in found
        if s.year is not None and s.year < year and _same_cluster(s.cluster, cluster)
    ]
    return max(earlier, key=lambda pair: (pair[0], str(pair[1])), default=None)


def _beside(record_path: Path) -> list[Path]:
    """The other records of ``record_path``'s folder, in name order."""
    folder = record_path.parent
    return [
        path
        for path in (sorted(folder.iterdir()) if folder.is_dir() else [])
        if path.suffix.lower() in RECORD_SUFFIXES
        and path.name != DEFAULTS_NAME
        and path.is_file()
        and path.name != record_path.name  # the same folder: the name says it
    ]


def _cluster_of(record_path: Path) -> str | None:
    """The cluster's name as the record or its nearest defaults file writes it."""
    for path in [record_path, *reversed(defaults_chain(record_path))]:
        name = _read(path).cluster
        if name:
            return name
    return None


def read_beside(record_path: Path) -> list[Path]:
    """The other records a record's documents are made from: for a record with a
    ``followup:`` section, the records beside it of the years its follow-ups name (a
    follow-up by id alone prints the earlier record's text), and the record of the
    previous meeting that gives a follow-up without a ``year`` its year; none otherwise.
    ``giaoban export`` folds them into the record's fingerprint, so that an edit of last
    year's record renews this one, and an edit of any other record does not."""
    try:  # most records follow nothing up: known without parsing them
        if not re.search(rb"(?m)^followup\s*:", record_path.read_bytes()):
            return []
    except OSError:
        return []
    own = _read(record_path)
    if not own.followup_years or own.year is None:
        return []
    cluster = _cluster_of(record_path)
    years = {year for year in own.followup_years if year is not None}
    read: list[Path] = []
    for day in {day for day in own.followup_meetings if day is not None}:
        found = record_of_meeting(record_path, day, cluster)
        read += [found.path] if found else []
    if None in own.followup_years:
        previous = previous_meeting(record_path, own.year, cluster)
        years.add(previous[0] if previous else own.year - 1)
        read += [previous[1]] if previous else []
    for path in _beside(record_path):
        found = _read(path)
        if found.year in years and _same_cluster(found.cluster, cluster):
            read.append(path)
    return list(dict.fromkeys(read))


def earlier_directives(
    record_path: Path,
    year: int,
    cluster: str | None,
    meeting: dt.date | None = None,
    before: dt.date | None = None,
) -> tuple[Path, list[str]] | None:
    """The record a follow-up names (:func:`earlier_record`) and its directive ids; None
    when there is none, or more than one."""
    earlier = earlier_record(record_path, year, cluster, meeting, before)
    if earlier is None:
        return None
    return earlier.path, [i for i in earlier.ids if i]


def match_text(text: str, texts: list[str], addressees: list[str | None]) -> int | None:
    """Which of an earlier meeting's directives (``texts`` with their ``addressees``) a
    follow-up's ``text`` names, matched as ``giaoban diff`` matches directives from one
    year to the next (giaoban.diff.compare, its thresholds and word weights); None when
    it matches none, or only as a split, a merge or a pair left to review.

    The follow-up's text is compared with each directive as diff compares it (addressee
    and text), and also without its addressee, as ``giaoban new --from`` copies it.
    """
    from giaoban.commands.diff import compared_text
    from giaoban.diff import COSMETIC, REWORDED, UNCHANGED, compare, items

    shown = [compared_text(_Written(t, a)) for t, a in zip(texts, addressees, strict=True)]
    for candidates in (shown, list(texts)):
        for change in compare(items(candidates), items([text])):
            if change.status in (UNCHANGED, COSMETIC, REWORDED) and change.new:
                return change.old[0].index
    return None


@dataclass(frozen=True)
class _Written:
    text: str
    addressee: str | None
