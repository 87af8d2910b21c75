"""``giaoban templates copy``: the default templates, written out for a secretary to edit."""

from __future__ import annotations

from pathlib import Path

from giaoban.errors import UsageError
from giaoban.files import write_atomic
from giaoban.messages import msg

SHIPPED = (".docx", ".j2", ".md")


def copy_templates(folder: Path, force: bool = False) -> list[Path]:
    """Copy every shipped template into ``folder``; never replaces a file without ``force``."""
    from giaoban.render.minutes import default_templates

    sources = sorted(
        p for p in default_templates().iterdir() if p.suffix in SHIPPED and p.name != "README.md"
    )
    targets = [folder / source.name for source in sources]
    existing = [t for t in targets if t.exists()]
    if existing and not force:
        raise UsageError(msg("exists_no_force", path=", ".join(str(t) for t in existing)))
    for source, target in zip(sources, targets, strict=True):
        write_atomic(target, source.read_bytes())
    return targets
