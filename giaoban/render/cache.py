"""A per-user cache of compiled templates, so a new process does not compile them again.

Jinja turns a template into Python code; compiling a Word template's XML costs far
more than rendering it. The compiled code is kept under the user's cache folder,
keyed by the template's bytes, the environment's settings and the versions of
giaoban and Jinja, exactly as Jinja's own bytecode cache does for text templates.
A cache that cannot be read or written is simply not used.
"""

from __future__ import annotations

import contextlib
import hashlib
import marshal
import os
import sys
from collections.abc import Callable
from pathlib import Path
from types import CodeType
from typing import Any

import jinja2
from jinja2 import BytecodeCache, FileSystemBytecodeCache, Template
from jinja2.bccache import Bucket
from jinja2.sandbox import SandboxedEnvironment

from giaoban import __version__


def cache_folder() -> Path | None:
    """``$GIAOBAN_CACHE_DIR``, else ``$XDG_CACHE_HOME/giaoban``, else ``~/.cache/giaoban``.

    ``GIAOBAN_CACHE_DIR=off`` turns the cache off.
    """
    chosen = os.environ.get("GIAOBAN_CACHE_DIR")
    if chosen == "off":
        return None
    if chosen:
        return Path(chosen)
    base = os.environ.get("XDG_CACHE_HOME") or str(Path.home() / ".cache")
    return Path(base) / "giaoban"


def _ready(folder: Path | None) -> Path | None:
    if folder is None:
        return None
    try:
        folder.mkdir(parents=True, exist_ok=True)
    except OSError:
        return None
    return folder


class ShippedFirst(BytecodeCache):
    """Jinja's bytecode cache for the text templates found through the loader: a default
    template's code compiled when giaoban was built (``giaoban.render.shipped``), else
    the user's cache folder (none when the cache is off).

    The folder is looked up at each use, not when the environment is made: an environment
    outlives a command in ``serve`` and in the resident giaoban (giaoban.resident), whose
    commands each bring their own GIAOBAN_CACHE_DIR / XDG_CACHE_HOME."""

    def _folder(self) -> FileSystemBytecodeCache | None:
        folder = _ready(cache_folder())
        if folder is None:
            return None
        return FileSystemBytecodeCache(str(folder), f"giaoban-{__version__}-%s.cache")

    def load_bytecode(self, bucket: Bucket) -> None:
        from giaoban.render.shipped import text_code

        bucket.code = text_code(bucket.checksum, bucket.environment)
        if bucket.code is None:
            folder = self._folder()
            if folder is not None:
                folder.load_bytecode(bucket)

    def dump_bytecode(self, bucket: Bucket) -> None:
        folder = self._folder()
        if folder is not None:
            folder.dump_bytecode(bucket)


def bytecode_cache() -> ShippedFirst:
    """Jinja's own cache, for the text templates found through the loader."""
    return ShippedFirst()


# Bumped when what a template compiles to changes without a new release (the source
# made from a Word part, the checks run before compiling), so no stale code is reused.
COMPILE_FORMAT = 3


def code_settings(environment: SandboxedEnvironment) -> str:
    """What Jinja's generated code depends on besides the template: Jinja's version, how
    giaoban turns a part into source, and the environment's settings (a text, comparable)."""
    return repr(
        (
            COMPILE_FORMAT,
            jinja2.__version__,
            type(environment).__name__,
            environment.autoescape if not callable(environment.autoescape) else "fn",
            environment.trim_blocks,
            environment.lstrip_blocks,
        )
    )


def _key(environment: SandboxedEnvironment, raw: bytes) -> str:
    digest = hashlib.sha256(raw)
    settings = (__version__, sys.version_info[:2], code_settings(environment))
    digest.update(repr(settings).encode())
    return digest.hexdigest()


def compiled_from_source(
    environment: SandboxedEnvironment,
    raw: bytes,
    make_source: Callable[[], str],
    name: str,
    analyse: Callable[[Any], tuple[Any, ...]] | None = None,
) -> Template:
    """A template from text that ``make_source`` derives from ``raw``, compiled once per user.

    ``analyse`` reads the parsed template once, before it is compiled (it may raise a
    TemplateError to refuse it); what it returns is cached with the code and kept on the
    template as ``facts``.
    """
    folder = _ready(cache_folder())
    path = folder / f"{_key(environment, raw)}.code" if folder else None
    code: CodeType | None = None
    facts: tuple[Any, ...] = ()
    if path is not None:
        with contextlib.suppress(OSError, ValueError, EOFError, TypeError):
            code, facts = marshal.loads(path.read_bytes())
    if code is None:
        tree = environment.parse(make_source(), name=name, filename=name)
        facts = analyse(tree) if analyse else ()
        code = environment.compile(tree, name=name, filename=name)
        if path is not None:
            temporary = path.with_name(f".{path.name}.{os.getpid()}.tmp")
            with contextlib.suppress(OSError):
                temporary.write_bytes(marshal.dumps((code, facts)))
                os.replace(temporary, path)
    template = environment.template_class.from_code(
        environment, code, environment.make_globals(None)
    )
    template.facts = facts  # type: ignore[attr-defined]
    return template
