"""The press report (tin bài): written once by a Jinja template, laid out per format.

``tin-bai.j2`` writes the article (headline, lead, paragraphs) from the context;
``tin-bai.<format>.j2`` or ``tin-bai.docx`` lays that same article out, so the
Markdown, HTML, text and Word versions never disagree.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from jinja2 import Template, TemplateError

from giaoban.errors import GiaobanError
from giaoban.messages import msg
from giaoban.render.context import Context
from giaoban.render.diagnose import (
    Places,
    check_names,
    diagnose,
    free_names,
    names_in,
    unknown_filters,
)
from giaoban.render.environment import make_environment, module_limited, render_limited
from giaoban.render.sentences import Mentions

ARTICLE_TEMPLATE = "tin-bai.j2"


@dataclass
class Article:
    headline: str
    lead: str
    paragraphs: list[str]
    agency: str | None = None
    keywords: list[str] = field(default_factory=list)


def _one_line(text: str) -> str:
    """Line breaks and runs of spaces in a template become one space; the record's own
    characters (a no-break space, say) are kept."""
    return re.sub(r"[ \t\r\n]+", " ", str(text)).strip(" ")


def _close(paragraphs: list[str]) -> list[str]:
    """Vietnamese news ends with "./."."""
    if paragraphs and not paragraphs[-1].endswith("./."):
        last = paragraphs[-1].rstrip()
        paragraphs[-1] = (last if last.endswith(".") else last + ".") + "/."
    return paragraphs


@lru_cache(maxsize=16)
def _environment(folders: tuple[Path, ...], markup: bool, prose: bool) -> Any:
    return make_environment(list(folders), markup=markup, prose=prose)


def _load(folders: tuple[Path, ...], name: str, markup: bool, prose: bool = False) -> Template:
    """The template ``name``; Jinja's own cache recompiles it when its file changes."""
    resolved = tuple(folder.resolve() for folder in folders)
    environment = _environment(resolved, markup, prose)
    try:
        template = environment.get_template(name)
        template.facts = _analyse(environment, name, template.filename)  # type: ignore[attr-defined]
        return template
    except TemplateError as error:
        raise _problem(folders, name, error) from None
    except UnicodeDecodeError:  # a Word file or a picture named as the article template
        where = next((f / name for f in folders if (f / name).is_file()), Path(name))
        raise GiaobanError(msg("text_template_not_text", path=where)) from None


_ANALYSED: dict[tuple[str, int], tuple[tuple[str, int], ...]] = {}


def _analyse(environment: Any, name: str, filename: str | None) -> tuple[tuple[str, int], ...]:
    """Unknown filters refused and the names the template needs, once per text: both are
    errors even in a branch this record skips."""
    from giaoban.render.shipped import text_facts

    source = environment.loader.get_source(environment, name)[0]
    key = (filename or name, hash(source))
    if key not in _ANALYSED:
        facts = text_facts(source, environment)  # a default template: known when built
        if facts is None:
            tree = environment.parse(source)
            unknown_filters(environment, tree)
            facts = free_names(tree)
        _ANALYSED[key] = facts
    return _ANALYSED[key]


def _problem(
    folders: tuple[Path, ...], name: str, error: BaseException, names: Iterable[str] = ()
) -> GiaobanError:
    """The error as the secretary sees her text template: its file, line and tag."""
    where = next((f / name for f in folders if (f / name).is_file()), Path(name))
    try:
        source = where.read_text(encoding="utf-8")
    except OSError:
        source = ""
    environment = _environment(tuple(f.resolve() for f in folders), False, False)
    names = [*names, *names_in(source), *environment.globals]
    found = diagnose(error, Places(source), names, environment)
    if found.line is None:
        return GiaobanError(msg("template_problem_nowhere", path=where, problem=found.problem))
    if found.tag is None:
        return GiaobanError(
            msg("text_template_error", path=f"{where}:{found.line}", error=found.problem)
        )
    tag = " ".join(found.tag.split())
    return GiaobanError(
        msg("text_template_problem", path=where, line=found.line, tag=tag, problem=found.problem)
    )


def build_article(
    context: Context, folders: tuple[Path, ...], name: str = ARTICLE_TEMPLATE
) -> Article:
    """Write the article: run the article template and read its headline, lead and body."""
    template = _load(folders, name, markup=False, prose=True)
    # the sentences before the speeches name these with every title (the attendance)
    introduced = [*context.directing, *context.presiding, *context.press_attending]
    values = context.as_dict() | {"mention": Mentions(introduced)}
    try:
        check_names(template.facts, values, template.environment)  # type: ignore[attr-defined]
        module = module_limited(template, values)
        body = str(module)
        headline, lead = getattr(module, "headline", ""), getattr(module, "lead", "")
    except Exception as error:
        raise _problem(folders, name, error, values) from None
    paragraphs = [_one_line(block) for block in re.split(r"\n\s*\n", body) if block.strip()]
    return Article(
        headline=_one_line(headline),
        lead=_one_line(lead),
        paragraphs=_close(paragraphs),
        agency=context.press.agency,
        # "Từ khóa": the press's own, else the topics of the directives
        keywords=list(context.press.keywords or context.topics),
    )


def render_text(article: Article, layout: Path, markup: bool = False) -> str:
    """The article laid out by the text template ``layout`` (Markdown, plain text, HTML)."""
    folders = (layout.parent,)
    name = layout.name
    template = _load(folders, name, markup=markup)
    try:
        check_names(template.facts, ["article"], template.environment)  # type: ignore[attr-defined]
        return render_limited(template, {"article": article})
    except Exception as error:
        raise _problem(folders, name, error, ["article"]) from None
