"""The Jinja environment every template runs in: sandboxed, strict, with giaoban's filters."""

from __future__ import annotations

import contextlib
import threading
import time
from collections.abc import Iterable, Iterator
from functools import partial
from pathlib import Path
from typing import Any

from jinja2 import FileSystemLoader, StrictUndefined, UndefinedError
from jinja2.sandbox import SandboxedEnvironment
from jinja2.utils import missing

from giaoban.render.cache import bytecode_cache
from giaoban.render.diagnose import MissingValue, TemplateLimit
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


# A template run's limits (s3-trial F16: a secretary's loop over the wrong list ran for
# ever; "{{ 'a' * 100000000 }}" wrote a 100 MB tin bài). The default templates take a few
# milliseconds of CPU and a few hundred thousand characters even for 20,000 attendees.
SECONDS = 20.0  # of the rendering thread's own CPU time, so a busy machine does not count
CHARACTERS = 50_000_000  # of a template's output, or of one value it builds
_CHECK_EVERY = 1024  # operations between two looks at the clock (it costs a system call)


_running = threading.local()  # the current run's CPU deadline, per thread (serve's)


class LimitedSandbox(SandboxedEnvironment):
    """Jinja's sandbox, which keeps templates from Python's internals, plus a limit on
    how long a template runs and how much it makes (within :func:`limited`)."""

    # "*" and "+" can double a text at every turn of a loop; "**" makes huge numbers
    intercepted_binops = frozenset({"*", "+", "**"})
    _ticks = 0

    def _tick(self) -> None:
        self._ticks += 1
        if not self._ticks % _CHECK_EVERY:
            check_time()

    def call(__self, __context: Any, __obj: Any, *args: Any, **kwargs: Any) -> Any:
        __self._tick()
        return super().call(__context, __obj, *args, **kwargs)

    def getattr(self, obj: Any, attribute: str) -> Any:
        self._tick()
        return super().getattr(obj, attribute)

    def getitem(self, obj: Any, argument: Any) -> Any:
        self._tick()
        return super().getitem(obj, argument)

    def call_binop(self, context: Any, operator: str, left: Any, right: Any) -> Any:
        self._tick()
        if operator == "*":
            for sequence, times in ((left, right), (right, left)):
                if hasattr(sequence, "__len__") and isinstance(times, int):
                    _check_size(len(sequence) * times)
        elif operator == "+" and hasattr(left, "__len__") and hasattr(right, "__len__"):
            _check_size(len(left) + len(right))
        elif operator == "**" and isinstance(right, int) and right > 64 and abs(left) > 1:
            raise TemplateLimit(_too_big())
        return super().call_binop(context, operator, left, right)


def _too_big() -> str:
    from giaoban.messages import msg

    return msg("tpl_too_big", characters=f"{CHARACTERS:,}".replace(",", "."))


def _check_size(characters: int) -> None:
    if characters > CHARACTERS:
        raise TemplateLimit(_too_big())


def check_time() -> None:
    """TemplateLimit when the running template has used up its CPU time."""
    deadline = getattr(_running, "deadline", None)
    if deadline is not None and time.thread_time() > deadline:
        from giaoban.messages import msg

        raise TemplateLimit(msg("tpl_too_long", seconds=f"{SECONDS:g}"))


@contextlib.contextmanager
def limited() -> Iterator[None]:
    """Run a template within ``SECONDS`` of CPU time (a run inside another shares its
    deadline)."""
    outer = getattr(_running, "deadline", None)
    if outer is None:
        _running.deadline = time.thread_time() + SECONDS
    try:
        yield
    finally:
        _running.deadline = outer


def bounded(chunks: Iterable[str], template: Any) -> Iterator[str]:
    """``chunks`` of a template's output, TemplateLimit past ``CHARACTERS`` of them or
    past the run's time, with the template's line where it was (``error.lineno``)."""
    total = 0
    iterator = iter(chunks)
    for count, chunk in enumerate(iterator, 1):
        total += len(chunk)
        try:
            if total > CHARACTERS:
                raise TemplateLimit(_too_big())
            if not count % _CHECK_EVERY:
                check_time()
        except TemplateLimit as error:
            frame = getattr(iterator, "gi_frame", None)
            if frame is not None:
                error.lineno = template.get_corresponding_lineno(frame.f_lineno)  # type: ignore[attr-defined]
            raise
        yield chunk


def render_limited(template: Any, values: dict[str, Any]) -> str:
    """``template.render(values)`` within the limits."""
    context = template.new_context(values)
    with limited():
        try:
            return template.environment.concat(
                bounded(template.root_render_func(context), template)
            )
        except Exception:
            return template.environment.handle_exception()


def module_limited(template: Any, values: dict[str, Any]) -> Any:
    """``template.make_module(values)`` within the limits: its text and what it sets."""
    from jinja2.environment import TemplateModule

    context = template.new_context(values)
    with limited():
        try:
            body = list(bounded(template.root_render_func(context), template))
        except Exception:
            template.environment.handle_exception()
    return TemplateModule(template, context, body)


class ContainedLoader(FileSystemLoader):
    """Jinja's loader, refusing a template file (or an ``{% include %}``d one) that is a
    link leading out of its folder: a shared archive's ``tin-bai.j2 -> /etc/hostname``
    would print that file as the press report (s4-trial F75)."""

    def get_source(self, environment: Any, template: str) -> tuple[str, str | None, Any]:
        from giaoban.errors import GiaobanError
        from giaoban.files import outside_of
        from giaoban.messages import msg

        try:
            source, filename, uptodate = super().get_source(environment, template)
        except UnicodeDecodeError:  # Notepad's "Unicode": UTF-16 with its mark (H17)
            source, filename, uptodate = self._wide_source(template)
        # Notepad's "UTF-8 with BOM": the mark printed as a paragraph of its own in every
        # tin bài (s6-trial H17); Jinja's lexer makes CRLF line ends "\n" itself
        source = source.removeprefix("\ufeff")
        if filename is not None:
            folder = next(
                (f for f in self.searchpath if Path(filename).is_relative_to(f)),
                self.searchpath[0],
            )
            real = outside_of(Path(filename), [Path(folder)])
            if real is not None:
                raise GiaobanError(
                    msg("template_link_outside", path=filename, folder=folder, real=real)
                )
        return source, filename, uptodate

    def _wide_source(self, template: str) -> tuple[str, str | None, Any]:
        """A template saved as UTF-16 or UTF-32 with its byte-order mark, decoded as
        records are; UnicodeDecodeError again for any other text that is not UTF-8."""
        import codecs

        from jinja2.loaders import split_template_path

        marks = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE, codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
        for folder in self.searchpath:
            path = Path(folder, *split_template_path(template))
            if not path.is_file():
                continue
            raw = path.read_bytes()
            mark = next((m for m in marks if raw.startswith(m)), None)
            if mark is None:
                break
            text = raw.decode("utf-32" if len(mark) == 4 else "utf-16")
            mtime = path.stat().st_mtime

            def uptodate(path: Path = path, mtime: float = mtime) -> bool:
                try:
                    return path.stat().st_mtime == mtime
                except OSError:
                    return False

            return text, str(path), uptodate
        raise UnicodeDecodeError("utf-8", b"", 0, 1, template)


def make_environment(
    folders: list[Path], markup: bool, prose: bool = False
) -> SandboxedEnvironment:
    """A sandbox: templates cannot reach Python internals, files or the network, and
    (run through :func:`render_limited` / :func:`module_limited`) stop after ``SECONDS``
    of CPU time or ``CHARACTERS`` of output.

    ``markup`` turns autoescaping on, for Word XML and HTML: "Sở GD&ĐT" and "<5%"
    arrive intact. Undefined names are errors, so a typo in a template is reported
    instead of printing nothing. ``prose`` is for templates whose blank lines
    separate paragraphs: a line holding only a tag then counts as a blank line, and
    a tag at the end of a line keeps the line break after it.
    """
    environment = LimitedSandbox(
        loader=ContainedLoader([str(f) for f in folders]),
        autoescape=markup,
        undefined=TemplateUndefined,
        trim_blocks=not markup and not prose,
        lstrip_blocks=not markup,
        keep_trailing_newline=True,
        bytecode_cache=bytecode_cache(),
    )
    environment.filters.update(FILTERS)
    return environment
