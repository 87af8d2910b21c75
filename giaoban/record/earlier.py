"""The earlier meeting's record a follow-up refers to, when it lies beside the record.

A ``followup`` item names a directive of an earlier meeting by id; that meeting's record
is another file. When the record's folder holds exactly one record of that work year and
cluster, its directive ids are what the follow-up may name (issue 15: "a follow-up refers
to a directive that existed"); otherwise nothing can be checked and nothing is said.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from giaoban import vietnamese as vn
from giaoban.record.discover import DEFAULTS_NAME, RECORD_SUFFIXES


@dataclass(frozen=True)
class EarlierRecord:
    """The earlier meeting's record and its directives, as the file writes them."""

    path: Path
    ids: tuple[str | None, ...]  # one per directive, None where it has no id
    texts: tuple[str, ...]  # what is asked, as written
    addressees: tuple[str | None, ...]

    def text_of(self, directive_id: str) -> str | None:
        """The text of the directive with this id; None when there is none."""
        for item_id, text in zip(self.ids, self.texts, strict=True):
            if item_id == directive_id:
                return text
        return None


@lru_cache(maxsize=512)
def _summary(
    path: Path, mtime_ns: int
) -> tuple[int | None, str | None, tuple[tuple[str | None, str, str | None], ...]]:
    """(work year, cluster name, (id, text, addressee) of each directive) as the file
    writes them; the mtime keys the cache, so an archive's records are read once per
    change, not once per record."""
    from giaoban.record.source import load_source

    try:
        data = load_source(path).data
    except Exception:  # a broken record is reported when it is itself validated
        return None, None, ()
    if not isinstance(data, dict):
        return None, None, ()
    meeting = data.get("meeting") if isinstance(data.get("meeting"), dict) else {}
    cluster = meeting.get("cluster") if isinstance(meeting.get("cluster"), dict) else {}
    year: int | None = None
    if str(cluster.get("year") or "").isdigit():
        year = int(cluster["year"])
    else:
        try:
            year = vn.parse_date(str(meeting.get("date")), month_only=True).year
        except ValueError:
            year = None
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
    name = cluster.get("name")
    return year, str(name) if name else None, found


def earlier_record(record_path: Path, year: int, cluster: str | None) -> EarlierRecord | None:
    """The one record beside ``record_path`` of work ``year`` and ``cluster`` (a record
    that names no cluster matches any); None when there is none or more than one."""
    matches = []
    for path in _beside(record_path):
        found_year, name, directives = _summary(path, path.stat().st_mtime_ns)
        if found_year == year and (name is None or cluster is None or name == cluster):
            ids, texts, addressees = zip(*directives, strict=True) if directives else ((), (), ())
            matches.append(EarlierRecord(path, ids, texts, addressees))
    return matches[0] if len(matches) == 1 else None


def _beside(record_path: Path) -> list[Path]:
    """The other records of ``record_path``'s folder, in name order."""
    folder = record_path.parent
    return [
        path
        for path in (sorted(folder.iterdir()) if folder.is_dir() else [])
        if path.suffix.lower() in RECORD_SUFFIXES
        and path.name != DEFAULTS_NAME
        and path.is_file()
        and path.resolve() != record_path.resolve()
    ]


def read_beside(record_path: Path) -> list[Path]:
    """The records beside ``record_path`` that its documents may read: every other record
    of its folder when it has a ``followup:`` section (a follow-up named by id alone
    prints the earlier record's text), none otherwise. ``giaoban export`` folds them into
    the record's fingerprint, so that an edit of last year's record renews this one."""
    try:
        data = record_path.read_bytes()
    except OSError:
        return []
    return _beside(record_path) if re.search(rb"(?m)^followup\s*:", data) else []


def earlier_directives(
    record_path: Path, year: int, cluster: str | None
) -> tuple[Path, list[str]] | None:
    """The one record beside ``record_path`` of work ``year`` and ``cluster`` and its
    directive ids; None when there is none or more than one."""
    earlier = earlier_record(record_path, year, cluster)
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
