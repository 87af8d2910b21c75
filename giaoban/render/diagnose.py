"""What went wrong in a template, said so that a secretary can fix it.

Jinja reports a template error against a line of generated XML and with Python's
words ("'giaoban.record.model.Meeting object' has no attribute 'titel'"). This module
turns it into what the secretary sees and wrote: the paragraph of the Word document
(or the cell of a table, the header, the footer) or the line of a text template, the
tag at fault, what is wrong in her words, and a suggestion taken from the names the
template can use (the context's keys, the attributes of the record's models, the
filters). A block left open is named at the paragraph that opens it.
"""

from __future__ import annotations

import bisect
import dataclasses
import datetime
import difflib
import html
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Any

from jinja2 import TemplateNotFound, TemplateSyntaxError, UndefinedError, nodes
from jinja2.exceptions import SecurityError
from jinja2.utils import missing

from giaoban.messages import msg

TAG = re.compile(r"\{\{.*?\}\}|\{%.*?%\}|\{#.*?#\}", re.DOTALL)
_DOCXTPL_PREFIX = re.compile(r"^\{([{%#])[-+]?\s*(?:p|tr|tc|r)\s")
_QUOTES = str.maketrans({"‘": "'", "’": "'", "“": '"', "”": '"'})
_NEWLINE = re.compile(r"\r\n|\r|\n")  # what Jinja counts as a line break
_BLOCKS = {"if", "for", "macro", "call", "filter", "with", "block", "autoescape", "raw", "trans"}
_MIDDLES = {"elif": {"if"}, "else": {"if", "for"}, "pluralize": {"trans"}}
_JINJA_TAGS = sorted(_BLOCKS | set(_MIDDLES) | {"set", "include", "import", "from", "extends"})
_STATEMENTS = set(_JINJA_TAGS) | {"do", "break", "continue", "print", "cycle", "vm", "hm"}
_EXCERPT = 80


class MissingValue(UndefinedError):
    """A name or attribute a template asked for and the context does not have.

    Raised by ``TemplateUndefined``; ``owner`` is the object that lacks ``name``
    (``jinja2.utils.missing`` for a top-level name).
    """

    def __init__(self, owner: Any, name: Any, message: str | None = None) -> None:
        super().__init__(message)
        self.owner = owner
        self.name = name


class TemplateLimit(Exception):
    """A template ran past its time or made too much (``giaoban.render.environment``);
    the text is the problem in the user's language, ``lineno`` the template's line when
    known."""


class UnknownFilter(TemplateSyntaxError):
    """A filter or test that giaoban does not have, found before the template runs."""

    def __init__(self, name: str, kind: str, lineno: int) -> None:
        super().__init__(f"No {kind} named {name!r}.", lineno)
        self.name = name
        self.kind = kind


def unknown_filters(environment: Any, source: str | nodes.Template) -> None:
    """Raise ``UnknownFilter`` for the first filter or test no one registered.

    Jinja only finds an unknown filter inside an ``if`` when that branch runs, so a
    typo in a branch this record skips would wait for the next record to fail.
    """
    tree = environment.parse(source) if isinstance(source, str) else source
    for node in tree.find_all((nodes.Filter, nodes.Test)):
        known = environment.filters if isinstance(node, nodes.Filter) else environment.tests
        if node.name not in known:
            kind = "filter" if isinstance(node, nodes.Filter) else "test"
            raise UnknownFilter(node.name, kind, node.lineno)


def free_names(tree: nodes.Template) -> tuple[tuple[str, int], ...]:
    """Each name a template reads without setting it, with the line of its first use:
    the values it needs from the context."""
    from jinja2 import meta

    needed = meta.find_undeclared_variables(tree)
    first: dict[str, int] = {}
    for node in tree.find_all(nodes.Name):
        if node.name in needed and node.ctx == "load":
            first.setdefault(node.name, node.lineno)
    return tuple(sorted(first.items(), key=lambda item: item[1]))


def check_names(
    facts: Iterable[tuple[str, int]], available: Iterable[str], environment: Any
) -> None:
    """Raise ``MissingValue`` (at its line) for a name the template reads and the context
    does not give, even inside a branch this record skips."""
    known = set(available) | set(environment.globals)
    for name, line in facts:
        if name not in known:
            error = MissingValue(missing, name, f"{name!r} is undefined")
            error.lineno = line
            raise error


# --- where: the paragraph (Word) or the line (text) ------------------------------------


@dataclass(frozen=True)
class Paragraph:
    """A paragraph of a Word part as the secretary sees it, tags included."""

    text: str
    part: str  # "document", "header", "footer", "footnotes", "endnotes"
    table: int | None = None  # 1-based, as she counts
    row: int | None = None
    column: int | None = None

    def place(self, tag: str | None = None) -> str:
        excerpt = _excerpt(self.text, tag)
        if self.table is not None:
            return msg(
                "place_cell", table=self.table, row=self.row, column=self.column, text=excerpt
            )
        return msg(f"place_{self.part}", text=excerpt)


def _excerpt(text: str, tag: str | None) -> str:
    text = " ".join(text.split())
    if len(text) <= _EXCERPT:
        return text
    start = text.find(" ".join(tag.split())) if tag else 0
    if start <= _EXCERPT // 2:
        return text[:_EXCERPT].rstrip() + "…"
    begin = max(0, start - _EXCERPT // 3)
    end = begin + _EXCERPT
    return "…" + text[begin:end].strip() + ("…" if end < len(text) else "")


def word_paragraphs(part: str, raw: bytes) -> list[Paragraph]:
    """Every paragraph of one Word XML part, in document order, with where it sits."""
    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    kind = re.sub(r"\d+$", "", part.rsplit("/", 1)[-1].removesuffix(".xml"))
    root = etree.fromstring(raw)
    tables = list(root.iter(f"{w}tbl"))  # kept alive: lxml then returns the same proxies
    paragraphs = []
    for element in root.iter(f"{w}p"):
        text = "".join(t.text or "" for t in element.iter(f"{w}t"))
        table = row = column = None
        cell = next((a for a in element.iterancestors(f"{w}tc")), None)
        if cell is not None:
            tr = cell.getparent()
            tbl = tr.getparent() if tr is not None else None
            if tr is not None and tbl is not None:
                column = [c for c in tr if c.tag == f"{w}tc"].index(cell) + 1
                row = [r for r in tbl if r.tag == f"{w}tr"].index(tr) + 1
                table = tables.index(tbl) + 1
        paragraphs.append(Paragraph(text, kind, table, row, column))
    return paragraphs


# docxtpl replaces a whole paragraph holding "{%p …%}" (or "{{p …}}") by the tag alone
_PARAGRAPH_TAG = re.compile(r"\{%p\s.*?%\}|\{\{p\s.*?\}\}", re.S)


def lost_with_tag(part: str, raw: bytes) -> tuple[Paragraph, str, str | None] | None:
    """The first paragraph of one Word part whose picture or words would vanish from every
    document: docxtpl drops a paragraph holding a ``{%p …%}`` tag whole, keeping only the
    tag (s6-trial H4: a logo inserted before ``{%p for line in letterhead_parent %}``).

    Returns (paragraph, tag, words left beside the tag, or None for a picture), or None.
    """
    from lxml import etree

    w = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"
    root = etree.fromstring(raw)
    for element, paragraph in zip(root.iter(f"{w}p"), word_paragraphs(part, raw), strict=True):
        tag = _PARAGRAPH_TAG.search(paragraph.text)
        if tag is None:
            continue
        if next(element.iter(f"{w}drawing", f"{w}pict", f"{w}object"), None) is not None:
            return paragraph, tag.group(), None
        left = " ".join(_PARAGRAPH_TAG.sub(" ", paragraph.text).split())
        if left:
            return paragraph, tag.group(), left
    return None


def _key(tag: str) -> str:
    """A tag's identity across docxtpl's rewriting: "{%p if x %}" is "{% if x %}"."""
    tag = html.unescape(tag).translate(_QUOTES)
    tag = _DOCXTPL_PREFIX.sub(r"{\1 ", tag)
    return re.sub(r"\s+", "", tag)


@dataclass(frozen=True)
class _SourceTag:
    text: str
    line: int
    paragraph: Paragraph | None = None
    written: str | None = None  # the tag as the secretary wrote it


class Places:
    """Where each tag of a template's Jinja source came from.

    ``paragraphs`` are the Word paragraphs the source was made from (None for a text
    template, whose lines are its own). Word's tags and the source's are aligned in
    order, so the n-th ``{{ meeting.date|admin_date }}`` maps to its own paragraph.
    """

    def __init__(self, source: str, paragraphs: list[Paragraph] | None = None) -> None:
        self.source = source
        self.paragraphs = paragraphs
        breaks = [m.end() for m in _NEWLINE.finditer(source)]
        found = [
            (m.group(), bisect.bisect_right(breaks, m.start()) + 1) for m in TAG.finditer(source)
        ]
        if paragraphs is None:
            self.tags = [_SourceTag(text, line) for text, line in found]
            return
        written = [(tag, p) for p in paragraphs for tag in TAG.findall(p.text)]
        matcher = difflib.SequenceMatcher(
            None, [_key(t) for t, _ in found], [_key(t) for t, _ in written], autojunk=False
        )
        origin: dict[int, tuple[str, Paragraph]] = {}
        for block in matcher.get_matching_blocks():
            for offset in range(block.size):
                origin[block.a + offset] = written[block.b + offset]
        self.tags = [
            _SourceTag(text, line, *reversed(origin.get(i, (None, None))))
            for i, (text, line) in enumerate(found)
        ]

    def tag_at(self, line: int | None, hint: str | None = None) -> _SourceTag | None:
        """The tag on ``line`` that mentions ``hint`` (else the first one there)."""
        if line is None:
            if hint is None:
                return None
            candidates = self.tags
        else:
            candidates = [t for t in self.tags if t.line == line]
        if hint:
            pattern = re.compile(rf"(?<![\w]){re.escape(hint)}(?![\w])")
            named = [t for t in candidates if pattern.search(t.text)]
            if named or line is None:
                return named[0] if named else None
        return candidates[0] if candidates else None

    def paragraph_at(self, line: int | None) -> Paragraph | None:
        """The paragraph of a source line that holds no tag (a syntax error in plain text)."""
        if line is None or not self.paragraphs:
            return None
        lines = _NEWLINE.split(self.source)
        if not 0 < line <= len(lines):
            return None
        visible = re.sub(r"<[^>]+>", "", lines[line - 1]).strip()
        visible = _key(visible)
        return next((p for p in self.paragraphs if visible and visible in _key(p.text)), None)


# --- what: the problem in the secretary's words -----------------------------------------


@dataclass(frozen=True)
class Diagnosis:
    problem: str
    line: int | None
    tag: str | None = None
    paragraph: Paragraph | None = None


def _suggest(word: str, options: Iterable[str]) -> str:
    options = sorted({o for o in options if o and not o.startswith("_")})
    found = difflib.get_close_matches(word, options, n=1, cutoff=0.6)
    if not found:
        found = difflib.get_close_matches(word.lower(), [o.lower() for o in options], 1, 0.6)
        found = [next(o for o in options if o.lower() == found[0])] if found else []
    return " " + msg("did_you_mean", suggestion=found[0]) if found else ""


def attributes(owner: Any) -> list[str]:
    """The names a template can read from ``owner``: fields, keys and properties."""
    names: list[str] = []
    kind = type(owner)
    if isinstance(owner, dict):
        names += [str(k) for k in owner]
    elif hasattr(kind, "model_fields"):
        names += list(kind.model_fields)
    elif dataclasses.is_dataclass(owner):
        names += [f.name for f in dataclasses.fields(owner)]
    for klass in kind.__mro__:
        names += [n for n, v in vars(klass).items() if isinstance(v, property)]
    return [n for n in dict.fromkeys(names) if not n.startswith("_")]


def _owner_expression(tag: str | None, name: Any) -> str | None:
    """ "meeting" in "{{ meeting.titel }}" for the missing "titel"."""
    if not tag:
        return None
    word = re.escape(str(name))
    pattern = rf"([A-Za-z_][\w.]*(?:\[[^\]]*\])*)\s*(?:\.\s*{word}\b|\[\s*['\"]?{word}['\"]?\s*\])"
    found = re.search(pattern, tag)
    return found.group(1) if found else None


def names_in(source: str) -> set[str]:
    """Names a template sets itself: loop variables, ``set`` and macro names."""
    found = set(re.findall(r"\{%-?\s*(?:p\s+|tr\s+|tc\s+)?for\s+([\w\s,]+?)\s+in\b", source))
    names = {n.strip() for group in found for n in group.split(",")}
    names |= set(re.findall(r"\{%-?\s*(?:set|macro)\s+(\w+)", source))
    return names | {"loop"}


def diagnose(
    error: BaseException,
    places: Places,
    names: Iterable[str],
    environment: Any,
) -> Diagnosis:
    """The problem behind ``error``, where it is and what may have been meant."""
    line = getattr(error, "lineno", None) or _template_line(error)
    if isinstance(error, MissingValue):
        return _missing(error, places, line, names)
    if isinstance(error, TemplateLimit):
        return _at(str(error), line, places.tag_at(line), places)
    if isinstance(error, SecurityError):
        name = re.search(r"attribute '([^']+)'", str(error))
        shown = name.group(1) if name else str(error)
        source_tag = places.tag_at(line, name.group(1) if name else None)
        return _at(msg("tpl_unsafe", name=shown), line, source_tag, places)
    text = getattr(error, "message", None) or str(error)
    unknown = re.search(r"No (filter|test) named '([^']+)'", text)
    if unknown:
        kind, name = unknown.groups()
        known = environment.filters if kind == "filter" else environment.tests
        problem = msg(f"tpl_unknown_{kind}", name=name) + _suggest(name, known)
        return _at(problem, line, places.tag_at(line, name), places)
    if isinstance(error, TemplateSyntaxError):
        # "{{ value }" first: it swallows the tags up to the next "}}", so the blocks around
        # look unbalanced and Jinja's line is the one after it (s3-trial F17)
        half = _first_half_closed(places.source, line)
        if half:
            return Diagnosis(
                msg("tpl_half_closed", tag=half[1]), half[0], half[1], places.paragraph_at(half[0])
            )
        blocks = check_blocks(places)
        if blocks is not None:
            return blocks
        tag = re.search(r"Encountered unknown tag '([^']+)'", text)
        if tag:
            problem = msg("tpl_unknown_tag", name=tag.group(1)) + _suggest(
                tag.group(1), _JINJA_TAGS
            )
            return _at(problem, line, places.tag_at(line, tag.group(1)), places)
        return _at(
            msg("tpl_syntax", detail=_syntax_detail(text)), line, places.tag_at(line), places
        )
    # Jinja's own English for what a secretary's template can run into (s3-trial F17)
    if isinstance(error, TemplateNotFound):
        return _at(msg("tpl_include_missing", name=error.name), line, places.tag_at(line), places)
    if isinstance(error, OverflowError) and "Range too big" in str(error):
        return _at(msg("tpl_range_too_big", limit=100_000), line, places.tag_at(line), places)
    if isinstance(error, RecursionError):
        return _at(msg("tpl_recursion"), line, places.tag_at(line), places)
    if isinstance(error, ZeroDivisionError):  # Python's English otherwise (s5-trial F111)
        return _at(msg("tpl_division_by_zero"), line, places.tag_at(line), places)
    failed = _failed_filter(error, environment)
    if failed:
        return _at(msg("tpl_filter_failed", name=failed), line, places.tag_at(line, failed), places)
    detail = str(error) or type(error).__name__
    return _at(msg("tpl_failed", detail=detail), line, places.tag_at(line), places)


_TOKENS = {
    "end of print statement": "}}",
    "end of statement block": "%}",
    "end of template": "…",
}


def _token(name: str) -> str:
    return _TOKENS.get(name, name)


_HALF_CLOSED = re.compile(r"\{\{(?:(?!\}\}|\{\{|\{%).)*?\}(?!\})")


def _first_half_closed(source: str, line: int | None) -> tuple[int, str] | None:
    """The first ``{{ … }`` closed by one brace on a line up to ``line`` (Jinja reports
    such a tag where the parse fails, at or after it), with its line; one whose braces
    inside do not pair (``{{ {'a': 1}['a'] }}``) is no such tag."""
    lines = _NEWLINE.split(source)
    last = len(lines) if line is None else min(line, len(lines))
    for number in range(1, last + 1):
        for found in _HALF_CLOSED.finditer(lines[number - 1]):
            inner = found.group()[2:-1]
            if inner.count("{") == inner.count("}"):
                return number, found.group()
    return None


def _syntax_detail(text: str) -> str:
    """Jinja's parser message in the secretary's words (the common ones; else as is)."""
    found = re.match(r"expected token '(.+?)', got '(.+?)'", text)
    if found:
        return msg("syntax_expected", expected=_token(found[1]), got=_token(found[2]))
    found = re.match(r"unexpected '(.+?)', expected '(.+?)'", text)
    if found:
        return msg("syntax_expected", expected=_token(found[2]), got=_token(found[1]))
    found = re.match(r"Expected an expression, got '(.+?)'", text)
    if found:
        return msg("syntax_no_expression", got=_token(found[1]))
    found = re.match(r"unexpected char (['\"])(.)\1 at \d+", text)
    if found:
        return msg("syntax_char", char=found[2])
    found = re.match(r"unexpected '(.+?)'", text)
    if found:
        return msg("syntax_unexpected", got=_token(found[1]))
    return text


def _at(problem: str, line: int | None, tag: _SourceTag | None, places: Places) -> Diagnosis:
    if tag is not None:
        return Diagnosis(problem, tag.line, tag.written or tag.text, tag.paragraph)
    return Diagnosis(problem, line, None, places.paragraph_at(line))


def _missing(
    error: MissingValue, places: Places, line: int | None, names: Iterable[str]
) -> Diagnosis:
    name, owner = error.name, error.owner
    if owner is missing:
        tag = places.tag_at(line, str(name))
        problem = msg("tpl_unknown_name", name=name) + _suggest(str(name), names)
        return _at(problem, line, tag, places)
    tag = places.tag_at(line, str(name))
    expression = _owner_expression(tag.text if tag else None, name) or "?"
    if owner is None:
        problem = msg("tpl_none", owner=expression, name=name)
    elif isinstance(owner, (list, tuple)) and isinstance(name, str):
        problem = msg("tpl_list", owner=expression, name=name)
    elif not isinstance(name, str):
        problem = msg("tpl_no_item", owner=expression, name=name)
    elif isinstance(owner, (str, int, float, datetime.date, datetime.time)):
        problem = msg("tpl_plain", owner=expression, value=owner, name=name)
    else:
        usable = attributes(owner)
        suggestion = _suggest(name, usable)
        problem = msg("tpl_no_attribute", owner=expression, name=name) + suggestion
        if not suggestion and usable:
            problem += " " + msg("tpl_has", owner=expression, names=", ".join(usable))
    return _at(problem, line, tag, places)


def _template_line(error: BaseException) -> int | None:
    """The template line of a runtime error.

    ``render()`` puts it in a frame of its own (``__jinja_exception__``); a template run
    as a module keeps the compiled code's frames, which the template maps back.
    """
    line = None
    for traceback in _frames(error):
        scope = traceback.tb_frame.f_globals
        if "__jinja_exception__" in scope:
            line = traceback.tb_lineno
        elif "__jinja_template__" in scope:
            line = scope["__jinja_template__"].get_corresponding_lineno(traceback.tb_lineno)
    return line


def _frames(error: BaseException) -> list[Any]:
    frames, traceback = [], error.__traceback__
    while traceback is not None:
        frames.append(traceback)
        traceback = traceback.tb_next
    return frames


def _failed_filter(error: BaseException, environment: Any) -> str | None:
    """The filter a runtime error came from: the first call out of the template's code."""
    codes = {getattr(f, "__code__", None): name for name, f in environment.filters.items()}
    inside = False
    for traceback in _frames(error):
        scope = traceback.tb_frame.f_globals
        if "__jinja_template__" in scope or "__jinja_exception__" in scope:
            inside = True
        elif inside and traceback.tb_frame.f_code in codes:
            return codes[traceback.tb_frame.f_code]
    return None


# --- blocks: every {% if %} closed by its {% endif %} ---------------------------------


def unclosed_tags(paragraphs: Sequence[Paragraph]) -> Diagnosis | None:
    """A tag opened in a paragraph and not closed there ("{{ year }" for "{{ year }}")."""
    closers = {"{{": "}}", "{%": "%}", "{#": "#}"}
    opener = re.compile(r"\{[{%#]")
    for paragraph in paragraphs:
        text = paragraph.text.translate(_QUOTES)
        position = 0
        while found := opener.search(text, position):
            closer = closers[found.group()]
            end = text.find(closer, found.end())
            following = opener.search(text, found.end())
            if end < 0 or (following is not None and following.start() < end):
                stop = following.start() if following is not None else len(text)
                tag = text[found.start() : stop].strip()
                return Diagnosis(msg("tpl_unclosed_tag", closer=closer), None, tag, paragraph)
            position = end + 2
    return None


def check_blocks(places: Places) -> Diagnosis | None:
    """The first block left open or closed twice, named where the secretary must act."""
    stack: list[tuple[str, _SourceTag, bool]] = []  # name, opening tag, has its else
    for tag in places.tags:
        words = re.match(r"\{%[-+]?\s*(\w+)", tag.text)
        if not words:
            continue
        word = words.group(1)
        if word not in _STATEMENTS and not word.startswith("end"):
            problem = msg("tpl_unknown_tag", name=word) + _suggest(word, _JINJA_TAGS)
            return Diagnosis(problem, tag.line, _shown(tag), tag.paragraph)
        if word == "set" and "=" not in tag.text:
            word = "set-block"
        if word in _BLOCKS or word == "set-block":
            stack.append((word.removesuffix("-block"), tag, False))
        elif word in _MIDDLES:
            if not stack or stack[-1][0] not in _MIDDLES[word]:
                return _stray(tag, stack, places)
            name, opening, had_else = stack[-1]
            if had_else:  # a second else: the block before it was never closed
                return _unclosed(opening, tag, places)
            stack[-1] = (name, opening, word == "else")
        elif word.startswith("end"):
            closes = word[3:]
            if not stack:
                return _stray(tag, stack, places)
            if stack[-1][0] != closes:
                return _unclosed(stack[-1][1], tag, places)
            stack.pop()
    if stack:
        return _unclosed(stack[-1][1], None, places)
    return None


def _shown(tag: _SourceTag) -> str:
    return tag.written or tag.text


def _unclosed(opening: _SourceTag, before: _SourceTag | None, places: Places) -> Diagnosis:
    name = re.match(r"\{%[-+]?\s*(?:p\s+|tr\s+|tc\s+)?(\w+)", _shown(opening))
    # the closing tag of the opening's own kind: "{%p endfor %}" for a "{%p for %}", the
    # form a deleted grey paragraph had (s6-trial H20: "{% endfor %}" broke the document)
    level = _level(_shown(opening))
    end = "{%" + level + " end" + (name.group(1) if name else "") + " %}"
    if before is None:
        problem = msg("tpl_unclosed_block", end=end)
        if level == "p":
            problem += " " + msg("tpl_own_paragraph", end=end)
    else:
        if before.paragraph is not None and before.paragraph is opening.paragraph:
            where = msg("place_same")
        elif before.paragraph is not None:
            where = msg("place_at", place=before.paragraph.place(_shown(before)))
        else:
            where = msg("place_at", place=msg("place_line", line=before.line))
        problem = msg("tpl_unclosed_before", end=end, tag=_shown(before), place=where)
    return Diagnosis(problem, opening.line, _shown(opening), opening.paragraph)


# A tag's level, as docxtpl reads it: "{%p for %}" stands for its paragraph, "{%tr %}" for
# its table row, "{%tc %}" for its cell, "{%r %}" for its run; "{% for %}" for itself.
_LEVEL = re.compile(r"\{%[-+]?\s*(p|tr|tc|r)\s+(?=\w)")


def _level(tag: str) -> str:
    found = _LEVEL.match(tag)
    return found.group(1) if found else ""


def mismatched_levels(paragraphs: Sequence[Paragraph]) -> Diagnosis | None:
    """A block opened at one level and closed at another ("{%p for … %}" … "{% endfor
    %}"): docxtpl moves a paragraph tag out of its paragraph, so an inline closing tag
    ends inside another paragraph and Word's XML breaks ("mismatched tag: line 2, column
    12397", s6-trial H20). Named with the closing tag the opening one wants."""
    stack: list[tuple[str, str, Paragraph]] = []
    for paragraph in paragraphs:
        for tag in TAG.findall(paragraph.text.translate(_QUOTES)):
            words = re.match(r"\{%[-+]?\s*(?:(?:p|tr|tc|r)\s+)?(\w+)", tag)
            if not words:
                continue
            word = words.group(1)
            if word in _BLOCKS:
                stack.append((word, tag, paragraph))
            elif word.startswith("end") and stack and stack[-1][0] == word[3:]:
                _, opening, where = stack.pop()
                level = _level(opening)
                if level == _level(tag):
                    continue
                want = "{%" + level + " " + word + " %}"
                shown = " ".join(opening.split())
                problem = msg(
                    "tpl_level_mismatch",
                    tag=" ".join(tag.split()),
                    want=want,
                    opening=shown,
                    place=where.place(shown),
                )
                if level == "p":
                    problem += " " + msg("tpl_own_paragraph", end=want)
                return Diagnosis(problem, None, " ".join(tag.split()), paragraph)
    return None


def _stray(tag: _SourceTag, stack: list[Any], places: Places) -> Diagnosis:
    return Diagnosis(msg("tpl_stray", tag=_shown(tag)), tag.line, _shown(tag), tag.paragraph)
