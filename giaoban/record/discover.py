"""Finding records and defaults files under the paths a user names."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, NamedTuple

from giaoban.errors import UsageError
from giaoban.files import missing_path_message
from giaoban.messages import msg

if TYPE_CHECKING:
    from giaoban.record.warnings import RecordWarning

DEFAULTS_NAME = "giaoban.yaml"
RECORD_SUFFIXES = (".yaml", ".yml")


# What Notepad adds when a record is saved as "Text Documents (*.txt)"; Explorer hides it.
TEXT_SUFFIX = ".txt"


@dataclass
class Found:
    records: list[Path] = field(default_factory=list)
    defaults: list[Path] = field(default_factory=list)
    # "hoi-nghi.yaml.txt" in a folder: not read, named with the fix (s3-trial F48)
    misnamed: list[Path] = field(default_factory=list)

    def misnamed_warnings(self) -> list[RecordWarning]:
        """One warning per record saved with Notepad's ".txt" after its ".yaml"."""
        from giaoban.record.warnings import RecordWarning

        return [
            RecordWarning(path, 1, 1, "warning_record_txt", {"fixed": path.stem})
            for path in self.misnamed
        ]


def find_records(paths: Iterable[Path]) -> Found:
    """Records and defaults files named by ``paths`` (folders are searched recursively).

    A file named explicitly is taken whatever its suffix; in folders only ``*.yaml``
    and ``*.yml`` are, hidden folders and the output of giaoban excluded.
    UsageError when a path does not exist.
    """
    found = Found()
    seen: set[Path] = set()
    for path in paths:
        if path.is_dir():
            inside = [
                p
                for p in path.rglob("*")
                if not any(part.startswith(".") for part in p.relative_to(path).parts)
                and p.is_file()
            ]
            candidates = sorted(p for p in inside if p.suffix.lower() in RECORD_SUFFIXES)
            found.misnamed += sorted(
                p
                for p in inside
                if p.suffix.lower() == TEXT_SUFFIX
                and Path(p.stem).suffix.lower() in RECORD_SUFFIXES
                and not p.with_name(p.stem).exists()  # both there: the .txt is a copy
            )
        elif path.exists() or path.is_symlink():
            candidates = [path]
        else:
            raise UsageError(missing_path_message(path))
        for candidate in candidates:
            if candidate in seen:  # a file named twice (a folder and a file in it)
                continue
            seen.add(candidate)
            bucket = found.defaults if candidate.name == DEFAULTS_NAME else found.records
            bucket.append(candidate)
    return found


def defaults_chain(record_path: Path) -> list[Path]:
    """The defaults files that apply to ``record_path``, outermost first.

    Looked for in the record's folder and every folder above it, except the folders no
    archive owns (:func:`_shared_folders`): a giaoban.yaml left in the root, in the
    system's temporary folder or beside the users' home folders would apply to every
    record below it (s3-trial F68: one stray /tmp/giaoban.yaml changed every record kept
    under /tmp, the test suite's included)."""
    found: list[Path] = []
    record = record_path.resolve()
    folder = record.parent
    shared = _shared_folders()
    for directory in (folder, *folder.parents):
        if directory in shared:
            continue
        candidate = directory / DEFAULTS_NAME
        if candidate.is_file() and candidate.resolve() != record:
            found.append(candidate)
    found.reverse()
    return [_display_path(p) for p in found]


def misnamed_defaults(record_path: Path) -> list[Path]:
    """Defaults files saved by Notepad as ``giaoban.yaml.txt`` in the folders whose
    defaults apply to ``record_path`` (as :func:`defaults_chain` looks), where no
    ``giaoban.yaml`` is: not read, so the record lacks what they say; every command
    reading the record names them (s6-trial H25), not only ``validate DIR``."""
    found: list[Path] = []
    folder = record_path.resolve().parent
    shared = _shared_folders()
    for directory in (folder, *folder.parents):
        if directory in shared:
            continue
        candidate = directory / (DEFAULTS_NAME + TEXT_SUFFIX)
        if candidate.is_file() and not (directory / DEFAULTS_NAME).is_file():
            found.append(candidate)
    found.reverse()
    return [_display_path(p) for p in found]


def same_cluster(one: str, other: str) -> bool:
    """Whether two ``cluster.name`` values name one cluster: case, tone marks, spaces and
    punctuation do not count, and a name may be the other with words around it ("Nam Sông
    Hậu", "Cụm thi đua các tỉnh Nam sông Hậu"; "số 8", "Cụm thi đua số 8 Ủy ban MTTQ
    tỉnh Thanh Hóa"); other words do ("số 8", "số 18", "Nam Sông Hậu")."""
    import re

    from giaoban import vietnamese as vn

    short, long = sorted((re.findall(r"\w+", vn.fold(n)) for n in (one, other)), key=len)
    if not short:
        return not long
    return any(long[i : i + len(short)] == short for i in range(len(long) - len(short) + 1))


# Words a secretary writes before a cluster's own name or leaves out: "Cụm thi đua các tỉnh
# miền Đông Nam Bộ", "miền Đông Nam Bộ" and "Đông Nam Bộ" are one cluster (s4-trial F87,
# the other way round: a 2024 record and its giaoban.yaml counted as two clusters).
_LEADING_WORDS = (
    ("cum", "thi", "dua"),
    ("cum",),
    ("cac", "tinh", "thanh", "pho"),
    ("cac", "tinh"),
    ("cac", "thanh", "pho"),
    ("mien",),
    ("khu", "vuc"),
    ("vung",),
)


def cluster_key(name: str | None) -> str:
    """The form under which two ``cluster.name`` values are one cluster: case, tone marks,
    spaces and punctuation do not count, nor the words written before the cluster's own
    name ("Cụm thi đua", "các tỉnh", "miền", "khu vực"): "Cụm thi đua các tỉnh miền Đông
    Nam Bộ" → "dong nam bo". For grouping and choosing by name, never for display; a
    name made of those words only keeps them ("Cụm thi đua" → "cum thi dua")."""
    import re

    from giaoban import vietnamese as vn

    words = re.findall(r"\w+", vn.fold(name or ""))
    while lead := next((w for w in _LEADING_WORDS if tuple(words[: len(w)]) == w), None):
        if len(words) == len(lead):
            break  # the name is those words only
        words = words[len(lead) :]
    return " ".join(words)


class ClusterIdentity(NamedTuple):
    """What tells one cluster from another: its short ``name``, its ``full_name`` and its
    ``members``. Since 2025 the clusters of communes are numbered inside each province:
    "số 1" names a cluster in every province (s4-trial F87)."""

    name: str | None
    full_name: str | None = None
    members: tuple[str, ...] = ()


def same_cluster_identity(one: ClusterIdentity, other: ClusterIdentity) -> bool:
    """Whether two records' clusters are one: the same short name (:func:`same_cluster`),
    and, where both records say them, full names that do not differ (one within the
    other) and members that have one in common. Hà Nội's "Cụm thi đua số 2" and Chương
    Mỹ's "Cụm số 2" are two clusters."""
    from giaoban import vietnamese as vn

    if not same_cluster(one.name or "", other.name or ""):
        return False
    if one.full_name and other.full_name and not same_cluster(one.full_name, other.full_name):
        return False
    if one.members and other.members:
        mine = {vn.fold(m) for m in one.members}
        return any(vn.fold(m) in mine for m in other.members)
    return True


def _shared_folders() -> frozenset[Path]:
    """The root folder, the system's temporary folder and the folder of the users' home
    folders: shared by every user and program, never one archive's."""
    import tempfile

    folders = {Path("/").resolve(), Path(tempfile.gettempdir()).resolve()}
    try:
        folders.add(Path.home().resolve().parent)
    except (RuntimeError, KeyError, OSError):  # no home folder known
        pass
    return frozenset(folders)


def _display_path(path: Path) -> Path:
    try:
        return path.relative_to(Path.cwd())
    except (ValueError, FileNotFoundError):  # elsewhere, or the current folder deleted
        return path


def nothing_selected(
    archive: Path,
    cluster: str | None,
    year: int | None,
    found: Iterable[tuple[str | None, int | None]],
) -> str:
    """What to say when ``--cluster`` / ``--year`` select no record of ``archive``:
    which filter found nothing, the closest cluster name (a typo) or the clusters and
    years that the records do have. ``found``: (cluster, year) of each record read."""
    from giaoban import vietnamese as vn

    found = list(found)
    names = sorted({name for name, _ in found if name}, key=vn.sort_key)
    if cluster is not None and not any(
        name and cluster_key(name) == cluster_key(cluster) for name, _ in found
    ):
        text = msg("cluster_unknown", cluster=cluster, path=archive)
        suggestion = vn.closest_match(cluster, names)
        if suggestion:
            return text + " " + msg("did_you_mean", suggestion=suggestion)
        return text + (" " + msg("clusters_known", names=", ".join(names)) if names else "")
    years = sorted(
        {
            y
            for name, y in found
            if y and (cluster is None or cluster_key(name) == cluster_key(cluster))
        }
    )
    where = msg("of_cluster", cluster=cluster) if cluster else ""
    text = msg("year_unknown", year=year, where=where, path=archive)
    return text + (" " + msg("years_known", years=", ".join(map(str, years))) if years else "")
