"""The minutes (biên bản): a validated record rendered through a Word template."""

from __future__ import annotations

from functools import lru_cache
from importlib import resources
from pathlib import Path

from giaoban.render.environment import make_environment
from giaoban.render.word import WordTemplate

MINUTES_TEMPLATE = "bien-ban.docx"


def default_templates() -> Path:
    """The folder of the templates shipped with giaoban."""
    return Path(str(resources.files("giaoban.templates")))


@lru_cache(maxsize=32)
def _compiled(path: Path, mtime_ns: int, shown: Path) -> WordTemplate:  # mtime_ns: new once edited
    folders = [path.parent, default_templates()]
    return WordTemplate(path, make_environment(folders, markup=True), shown=shown)


def word_template(path: Path) -> WordTemplate:
    """The compiled template at ``path``, compiled once per process (recompiled if edited).

    Its messages name ``path`` as given, the way the secretary wrote it.
    """
    resolved = path.resolve()
    return _compiled(resolved, resolved.stat().st_mtime_ns, path)
