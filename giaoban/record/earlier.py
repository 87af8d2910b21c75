"""The earlier meeting's record a follow-up refers to, when it lies beside the record.

A ``followup`` item names a directive of an earlier meeting by id; that meeting's record
is another file. When the record's folder holds exactly one record of that work year and
cluster, its directive ids are what the follow-up may name (issue 15: "a follow-up refers
to a directive that existed"); otherwise nothing can be checked and nothing is said.
"""

from __future__ import annotations

from functools import lru_cache
from pathlib import Path

from giaoban import vietnamese as vn
from giaoban.record.discover import DEFAULTS_NAME, RECORD_SUFFIXES


@lru_cache(maxsize=512)
def _summary(path: Path, mtime_ns: int) -> tuple[int | None, str | None, tuple[str, ...]]:
    """(work year, cluster name, directive ids) as the file writes them; the mtime keys
    the cache, so an archive's records are read once per change, not once per record."""
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
    ids = tuple(str(d["id"]) for d in directives if isinstance(d, dict) and d.get("id"))
    name = cluster.get("name")
    return year, str(name) if name else None, ids


def earlier_directives(
    record_path: Path, year: int, cluster: str | None
) -> tuple[Path, list[str]] | None:
    """The one record beside ``record_path`` of work ``year`` and ``cluster`` (a record
    that names no cluster matches any) and its directive ids; None when there is none or
    more than one."""
    folder = record_path.parent
    matches = []
    for path in sorted(folder.iterdir()) if folder.is_dir() else []:
        if (
            path.suffix.lower() not in RECORD_SUFFIXES
            or path.name == DEFAULTS_NAME
            or not path.is_file()
            or path.resolve() == record_path.resolve()
        ):
            continue
        found_year, name, ids = _summary(path, path.stat().st_mtime_ns)
        if found_year == year and (name is None or cluster is None or name == cluster):
            matches.append((path, list(ids)))
    return matches[0] if len(matches) == 1 else None
