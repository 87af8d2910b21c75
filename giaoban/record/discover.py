"""Finding records and defaults files under the paths a user names."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from giaoban.errors import UsageError
from giaoban.messages import msg

DEFAULTS_NAME = "giaoban.yaml"
RECORD_SUFFIXES = (".yaml", ".yml")


@dataclass
class Found:
    records: list[Path] = field(default_factory=list)
    defaults: list[Path] = field(default_factory=list)


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
            candidates = sorted(
                p
                for p in path.rglob("*")
                if p.suffix.lower() in RECORD_SUFFIXES
                and p.is_file()
                and not any(part.startswith(".") for part in p.relative_to(path).parts)
            )
        elif path.exists() or path.is_symlink():
            candidates = [path]
        else:
            raise UsageError(msg("path_missing", path=path))
        for candidate in candidates:
            if candidate in seen:  # a file named twice (a folder and a file in it)
                continue
            seen.add(candidate)
            bucket = found.defaults if candidate.name == DEFAULTS_NAME else found.records
            bucket.append(candidate)
    return found


def defaults_chain(record_path: Path) -> list[Path]:
    """The defaults files that apply to ``record_path``, outermost first."""
    found: list[Path] = []
    record = record_path.resolve()
    folder = record.parent
    for directory in (folder, *folder.parents):
        candidate = directory / DEFAULTS_NAME
        if candidate.is_file() and candidate.resolve() != record:
            found.append(candidate)
    found.reverse()
    return [_display_path(p) for p in found]


def _display_path(path: Path) -> Path:
    try:
        return path.relative_to(Path.cwd())
    except ValueError:
        return path
