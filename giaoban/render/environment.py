"""The Jinja environment every template runs in: sandboxed, strict, with giaoban's filters."""

from __future__ import annotations

from functools import partial
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, UndefinedError
from jinja2.sandbox import SandboxedEnvironment
from jinja2.utils import missing

from giaoban.render.cache import bytecode_cache
from giaoban.render.diagnose import MissingValue
from giaoban.render.filters import FILTERS


class TemplateUndefined(StrictUndefined):
    """StrictUndefined whose error keeps the object that lacks the name, so that the
    message can suggest what the template could have used (``giaoban.render.diagnose``)."""

    __slots__ = ()

    def __init__(
        self,
        hint: str | None = None,
        obj: Any = missing,
        name: str | None = None,
        exc: type[Exception] = UndefinedError,
    ) -> None:
        super().__init__(hint, obj, name, exc)
        if exc is UndefinedError:  # the sandbox's refusals keep their SecurityError
            self._undefined_exception = partial(MissingValue, obj, name)


def make_environment(
    folders: list[Path], markup: bool, prose: bool = False
) -> SandboxedEnvironment:
    """A sandbox: templates cannot reach Python internals, files or the network.

    ``markup`` turns autoescaping on, for Word XML and HTML: "Sở GD&ĐT" and "<5%"
    arrive intact. Undefined names are errors, so a typo in a template is reported
    instead of printing nothing. ``prose`` is for templates whose blank lines
    separate paragraphs: a line holding only a tag then counts as a blank line, and
    a tag at the end of a line keeps the line break after it.
    """
    environment = SandboxedEnvironment(
        loader=FileSystemLoader([str(f) for f in folders]),
        autoescape=markup,
        undefined=TemplateUndefined,
        trim_blocks=not markup and not prose,
        lstrip_blocks=not markup,
        keep_trailing_newline=True,
        bytecode_cache=bytecode_cache(),
    )
    environment.filters.update(FILTERS)
    return environment
