"""Reading a YAML file safely, keeping the line and column of every value.

PyYAML only *composes* the node tree here; values are built by ``_Builder``, which
knows no tags: no object is ever constructed from a tag, plain scalars stay text
(``8:30`` stays "8:30", ``no`` stays "no", ``Cà Mau`` stays "Cà Mau") and the model
decides what a field means. Duplicate keys, aliases that expand without bound,
control characters and over-long texts are refused with their position.
"""

from __future__ import annotations

import codecs
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import yaml

from giaoban.errors import Problem, RecordInvalid
from giaoban.files import office_format
from giaoban.messages import msg
from giaoban.record.pasted import PastedList, pasted_list
from giaoban.vietnamese import nfc

MAX_FILE_BYTES = 10 * 1024 * 1024
MAX_TEXT_CHARS = 100_000
# Values reached again through an alias (*name): a real record repeats a few dozen; an
# alias bomb billions. Values written out are not counted: the file's size bounds them.
MAX_ALIAS_VALUES = 50_000
MAX_DEPTH = 64

Position = tuple[int, int]  # 1-based line and column
FieldPath = tuple[str | int, ...]

_ALLOWED_TAGS = {
    "tag:yaml.org,2002:" + name
    for name in ("str", "int", "float", "bool", "null", "timestamp", "map", "seq", "merge")
}
_NULLS = {"", "~", "null", "Null", "NULL"}
_BAD_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f\ufffe\uffff]")
# Direction controls print nothing yet reverse the text after them in Word (s3-trial F46: a
# name ending in U+202E mirrored the titles after it). Never meant in a Vietnamese record;
# they come with text pasted from the web or a chat. (Zero-width characters and soft hyphens
# are kept: diff never counts them, docs/record-format.md.)
_INVISIBLE = re.compile("[\u200f\u202a-\u202e\u2066-\u2069]")

_BOMS = (
    (codecs.BOM_UTF32_LE, "utf-32"),
    (codecs.BOM_UTF32_BE, "utf-32"),
    (codecs.BOM_UTF8, "utf-8-sig"),
    (codecs.BOM_UTF16_LE, "utf-16"),
    (codecs.BOM_UTF16_BE, "utf-16"),
)


def field_name(field_path: FieldPath) -> str:
    """A YAML path as every message shows it, list items counted from 1 as a secretary
    counts them: ``("attendees", 0, "name")`` -> ``attendees, mục 1, name`` (English:
    ``attendees, item 1, name``); keys of mappings joined by dots (``meeting.date``)."""
    text = ""
    after_item = False
    for part in field_path:
        if isinstance(part, int):
            text += ", " + msg("field_item", number=part + 1)
            after_item = True
        elif not text:
            text = str(part)
        else:
            text += (", " if after_item else ".") + str(part)
            after_item = False
    return text or msg("field_root")


@dataclass
class Source:
    """A YAML document as plain data, with where each value came from."""

    path: Path
    data: Any
    positions: dict[FieldPath, Position]
    lines: list[str]
    # texts that a comment cut short on their line ("… kết quả # đạt được …"): the
    # field, where the comment starts (line, column) and its text
    cut_by_comment: list[tuple[FieldPath, int, int, str]] = field(default_factory=list)
    # a list item indented a little further than the one above, which YAML joins to it
    # ("a" then " - b" read as "a - b"): the field, the line and column of its dash, and
    # the column the dash belongs in (s4-trial F95)
    joined_items: list[tuple[FieldPath, int, int, int]] = field(default_factory=list)
    # a text whose lines start with "•", "1.", "a)" as a list pasted from Word does, which
    # YAML joins into one text: the field and what its lines hold (s5-trial F110)
    pasted_lists: list[tuple[FieldPath, PastedList]] = field(default_factory=list)

    def position(self, field_path: FieldPath) -> Position | None:
        """Position of the value at ``field_path``, or of its nearest parent."""
        for end in range(len(field_path), -1, -1):
            found = self.positions.get(tuple(field_path[:end]))
            if found:
                return found
        return None


def read_text(path: Path) -> str:
    """The file's text, decoded and in NFC; RecordInvalid naming the encoding problem."""
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        raise RecordInvalid([Problem(path, msg("file_missing"))]) from None
    except IsADirectoryError:
        raise RecordInvalid([Problem(path, msg("file_is_directory"))]) from None
    except OSError as error:
        raise RecordInvalid([Problem(path, msg("file_unreadable", error=error.strerror))]) from None
    if len(raw) > MAX_FILE_BYTES:
        raise RecordInvalid([Problem(path, msg("file_too_large", size=len(raw) // 1024 // 1024))])
    for bom, encoding in _BOMS:
        if raw.startswith(bom):
            # UTF-16/32 text of YAML (mostly ASCII) always holds NUL bytes; without any,
            # the mark is stray and the bytes are something else (often UTF-8).
            rest = raw[len(bom) :]
            wide = encoding != "utf-8-sig"
            try:
                if wide and rest and b"\x00" not in rest:
                    raise UnicodeDecodeError(encoding, raw, len(bom), len(bom) + 1, "no NUL")
                return _normalise(raw.decode(encoding))
            except UnicodeDecodeError as error:
                line = raw[: error.start].count(b"\n") + 1
                problem = Problem(path, msg("bad_bom", encoding=encoding), line)
                raise RecordInvalid([problem]) from None
    found = office_format(raw)  # s6-trial H10: her biên bản given where a record goes
    if found is not None:
        check = ""
        if found in (msg("format_docx"), msg("format_pdf")):
            check = msg("record_is_document_check", path=path)
        raise RecordInvalid([Problem(path, msg("record_is_document", format=found, check=check))])
    if b"\x00" in raw:
        raise RecordInvalid([Problem(path, msg("binary_file"))])
    try:
        text = raw.decode("utf-8")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise RecordInvalid(
            [Problem(path, msg("not_utf8", byte=raw[error.start]), line, column)]
        ) from None
    return _normalise(text)


def _normalise(text: str) -> str:
    return nfc(text.replace("\r\n", "\n").replace("\r", "\n"))


def load_source(path: Path, text: str | None = None) -> Source:
    """Parse ``path`` into a :class:`Source`; RecordInvalid lists every problem found.

    ``text``, when given, is read instead of the file (the web form's unsaved record),
    through the same checks.
    """
    text = read_text(path) if text is None else _normalise(text)
    lines = text.split("\n")
    if not text.strip() or all(not ln.strip() or ln.lstrip().startswith("#") for ln in lines):
        raise RecordInvalid([Problem(path, msg("empty_file"))])
    root = _compose(path, text, lines)
    if root is None:
        raise RecordInvalid([Problem(path, msg("empty_file"))])
    builder = _Builder(path, lines)
    data = builder.build(root, (), 0)
    if builder.problems:
        raise RecordInvalid(builder.problems)
    return Source(
        path,
        data,
        builder.positions,
        lines,
        builder.cut_by_comment,
        builder.joined_items,
        builder.pasted_lists,
    )


def _compose(path: Path, text: str, lines: list[str]) -> yaml.Node | None:
    """The node tree: libyaml when available (fast); PyYAML's own parser for any error,
    so that messages are the same on every machine."""
    fast = getattr(yaml, "CSafeLoader", None)
    if fast is not None:
        try:
            loader = fast(text)
        except yaml.YAMLError:
            loader = None
        if loader is not None:
            try:
                return loader.get_single_node()
            except (yaml.YAMLError, RecursionError):
                pass
            finally:
                loader.dispose()
    loader = None
    try:
        loader = yaml.SafeLoader(text)  # its reader refuses control characters right here
        return loader.get_single_node()
    except yaml.MarkedYAMLError as error:
        raise RecordInvalid([_syntax_problem(path, error, lines)]) from None
    except yaml.reader.ReaderError as error:  # not a MarkedYAMLError: it has a position only
        line = text.count("\n", 0, error.position) + 1
        column = error.position - (text.rfind("\n", 0, error.position) + 1) + 1
        code = f"U+{error.character:04X}" if isinstance(error.character, int) else "?"
        raise RecordInvalid([Problem(path, msg("control_char", code=code), line, column)]) from None
    except RecursionError:
        raise RecordInvalid([Problem(path, msg("too_deep", limit=MAX_DEPTH))]) from None
    finally:
        if loader is not None:
            loader.dispose()


def _syntax_problem(path: Path, error: yaml.MarkedYAMLError, lines: list[str]) -> Problem:
    mark = error.problem_mark or error.context_mark
    problem = error.problem or ""
    line = mark.line + 1 if mark else None
    column = mark.column + 1 if mark else None
    excerpt = lines[mark.line] if mark and mark.line < len(lines) else None
    if mark is not None and (pasted := _look_alike(lines, mark.line)) is not None:
        return Problem(path, *pasted)
    if mark is not None and (no_colon := _key_without_colon(lines, mark.line)) is not None:
        return Problem(path, *no_colon)
    if mark is not None and "escape" in problem:  # "C:\Users…" in double quotes (F120)
        at, fixed = _backslash_in_quotes(excerpt or "", mark.column)
        message = msg("yaml_backslash", fixed=fixed) if fixed else msg("yaml_backslash_alone")
        return Problem(path, message, line, at + 1, (excerpt or "").replace("\t", " "))
    if mark is not None and "'<document start>'" in problem:  # "..." (s5-trial F111)
        dots = _document_end_line(lines, mark.line)
        if dots is not None:
            return Problem(path, msg("yaml_document_end"), dots + 1, 1, lines[dots])
    if mark is not None and "alias" in str(error.context or "") and excerpt:
        star = _star_bullet(excerpt)  # Word's or Markdown's "* " bullet (s5-trial F110)
        if star is not None:
            at, fixed = star
            return Problem(path, msg("yaml_star_bullet", fixed=fixed), line, at + 1, excerpt)
    if "\\t" in problem or "'\\t'" in problem or (excerpt and "\t" in excerpt[: column or 0]):
        message = msg("yaml_tab")
    elif mark is not None and (inner := _quote_inside_quotes(excerpt or "", mark.column)):
        # s4-trial F95: Quỹ "Vì người nghèo" inside "…" was called an indentation error
        key, quote, at, fixed = inner
        message = msg(key, quote=msg(quote), fixed=fixed)
        return Problem(path, message, line, at + 1, (excerpt or "").replace("\t", " "))
    elif "expected ',' or ']'" in problem and (in_list := _texts_in_one_line_list(excerpt)):
        message = msg("yaml_one_line_list_texts", bracket=in_list[0], fixed=in_list[1])
    elif led_by_bracket := _text_led_by_bracket(excerpt or ""):
        message = msg(
            "yaml_text_led_by_bracket", bracket=led_by_bracket[0], fixed=led_by_bracket[1]
        )
    elif isinstance(error, yaml.reader.ReaderError) or "special characters" in problem:
        message = msg("yaml_control_char")
    elif "mapping values are not allowed" in problem:
        message = msg("yaml_colon")
    elif "found unexpected end" in problem or "'<stream end>'" in problem:
        message = msg("yaml_unclosed")
    elif "could not find expected ':'" in problem:
        message = msg("yaml_missing_colon")
    elif "found undefined alias" in problem:
        message = msg("yaml_undefined_alias")
    elif "expected a single document" in str(error.context or ""):
        message = msg("yaml_many_documents")
    elif "expected <block end>" in problem or "did not find expected" in problem:
        message = msg("yaml_indent")
    elif found := re.search(r"found character '(.+?)' that cannot start any token", problem):
        message = msg("yaml_bad_start", char=found.group(1))
    elif "sequence entries are not allowed here" in problem:  # "results: - a" (F79's family)
        message = msg("yaml_dash_after_key")
    elif "expected chomping or indentation indicators" in problem:  # "text: |x"
        message = msg("yaml_block_indicator")
    elif "expected ',' or ']'" in problem or "expected ',' or '}'" in problem:
        message = msg("yaml_flow_mismatch")
    else:
        message = msg("yaml_syntax", detail=problem or str(error))
    if mark is not None:
        unclosed = _unclosed_quote_line(lines, mark.line)
        if unclosed is not None and _QUOTED_VALUE.match(lines[unclosed - 1]):
            # the fix is where the quote opened, not where YAML stopped (s3-trial F15)
            opened = lines[unclosed - 1]
            return Problem(
                path,
                msg("yaml_quote_unclosed", line=line),
                unclosed,
                opened.index('"') + 1,
                opened.replace("\t", " "),
            )
        if unclosed is not None:
            message += msg("yaml_quote_hint", line=unclosed)
    if excerpt is not None:
        excerpt = excerpt.replace("\t", " ")
    return Problem(path, message, line, column, excerpt)


def _backslash_in_quotes(line: str, column: int) -> tuple[int, str | None]:
    """Where the backslash YAML read as an escape stands on ``line`` (0-based; ``column``
    is where YAML stopped, just after it), and the line written with the double-quoted
    text in single quotes, where "\\" is itself (None when the quotes do not open and
    close on this line)."""
    at = line.rfind("\\", 0, column + 1)
    at = column if at < 0 else at
    opening = line.rfind('"', 0, at)
    closing = line.rfind('"')
    if opening < 0 or closing <= at or line[:opening].strip(" -").endswith("\\"):
        return at, None
    inner = line[opening + 1 : closing].replace('\\"', '"')
    fixed = line[:opening].lstrip() + "'" + inner.replace("'", "''") + "'" + line[closing + 1 :]
    return at, fixed.rstrip()


def _document_end_line(lines: list[str], error_line: int) -> int | None:
    """The last line at or above ``error_line`` (0-based) that is "..." at the margin:
    YAML's end of a document, which a secretary writes for "còn nữa"."""
    for index in range(min(error_line, len(lines) - 1), -1, -1):
        text = lines[index].split(" #", 1)[0].rstrip()
        if text == "...":
            return index
    return None


def _star_bullet(line: str) -> tuple[int, str] | None:
    """A line that opens, after its indentation or "key:", with "* " as a bullet: where the
    star stands (0-based) and the line with "- " instead."""
    found = re.match(r"^(\s*(?:[^\s:#]+:\s+)?)\*\s+\S", line)
    if found is None:
        return None
    at = found.end(1)
    return at, (line[:at] + "-" + line[at + 1 :]).strip()


# Characters a paste (Word, a web page, Zalo) or an input method puts where YAML wants a
# space or a ':', and that look the same on screen (s3-trial F49).
_LOOK_ALIKE_SPACES = {
    "\u00a0": "look_alike_nbsp",
    "\u3000": "look_alike_wide_space",
    **{chr(code): "look_alike_space" for code in (*range(0x2000, 0x200B), 0x202F, 0x205F)},
}
_LOOK_ALIKE_COLONS = "\uff1a\ufe55\ua789\u2236"  # full-width, small, modifier, ratio
_INDENT = re.compile(r"^[ " + "".join(_LOOK_ALIKE_SPACES) + r"]*")
_KEY_THEN_COLON = re.compile(
    r"^\s*(?:-\s+)*[^\s:#\"'{}\[\]" + _LOOK_ALIKE_COLONS + r"][^:#" + _LOOK_ALIKE_COLONS + r"]*?"
    r"([" + _LOOK_ALIKE_COLONS + r"])"
)


# "  venue Phòng họp số 1": a key of the record, a space and its value, no ':' (H9)
_KEY_THEN_VALUE = re.compile(r"^(\s*(?:-\s+)?)([a-z_]+)[ \t]+([^\s:#].*?)\s*$")


def _record_keys() -> frozenset[str]:
    """Every key a record or giaoban.yaml may hold (the models' field names)."""
    from pydantic import BaseModel

    from giaoban.record import model

    keys: set[str] = set()
    for value in vars(model).values():
        if isinstance(value, type) and issubclass(value, BaseModel):
            keys.update(field.alias or name for name, field in value.model_fields.items())
    return frozenset(keys)


def _key_without_colon(lines: list[str], error_line: int) -> tuple[str, int, int, str] | None:
    """The nearest line at or up to three above ``error_line`` (0-based) that is a key of
    the record followed by its value without the ':' ("    venue Phòng họp số 1"): YAML
    reads it as text and stops at the next line, whose ':' is right (s6-trial H9: the
    message named that next line and advised quotes). The message with the line written
    right, the line, column and the line as she wrote it."""
    nearest = min(error_line, len(lines) - 1)
    for index in range(nearest, max(nearest - 4, -1), -1):
        text = lines[index]
        if not text.strip() or text.lstrip().startswith("#"):
            continue
        found = _KEY_THEN_VALUE.match(text)
        if found is not None and found.group(2) in _record_keys():
            indent, key, value = found.groups()
            fixed = f"{indent}{key}: {value}".strip()
            message = msg("yaml_key_without_colon", key=key, fixed=fixed)
            return message, index + 1, len(indent) + len(key) + 1, text.replace("\t", " ")
    return None


def _look_alike(lines: list[str], error_line: int) -> tuple[str, int, int, str] | None:
    """The nearest line at or up to three above ``error_line`` (0-based) indented with a
    character that only looks like a space, or whose key ends with one that only looks
    like ':': YAML stops a line or two further on, at a line that looks right. The
    message (naming the character and its code point), line, column and the line."""
    nearest = min(error_line, len(lines) - 1)
    for index in range(nearest, max(nearest - 3, -1), -1):  # YAML stops a line or two on
        text = lines[index]
        indent = _INDENT.match(text).group(0)  # type: ignore[union-attr]
        for offset, char in enumerate(indent):
            if char in _LOOK_ALIKE_SPACES:
                code = f"U+{ord(char):04X}"
                message = msg(
                    "yaml_look_alike_space", char=msg(_LOOK_ALIKE_SPACES[char]), code=code
                )
                return message, index + 1, offset + 1, text
        colon = _KEY_THEN_COLON.match(text)
        if colon is not None:
            char = colon.group(1)
            message = msg("yaml_look_alike_colon", char=char, code=f"U+{ord(char):04X}")
            return message, index + 1, colon.start(1) + 1, text
    return None


_VALUE_AFTER_KEY = re.compile(
    r"^(\s*(?:-\s+)*(?:[^\s\-:#\"'{}\[\]][^:#{}\[\]]*:\s+)?)([{\[].*?)\s*$"
)


def _text_led_by_bracket(line: str) -> tuple[str, str] | None:
    """A line whose value is a text opening with '{' or '[' (a figure quoted first:
    ``text: {qua-tet} đã đến …``), which YAML reads as the start of a mapping or a
    list: the bracket and the line written right (the text in double quotes); None when
    the bracket closes at the end of the value (a real mapping or list)."""
    found = _VALUE_AFTER_KEY.match(line)
    if not found:
        return None
    prefix, value = found.groups()
    depth = 0
    for index, char in enumerate(value):
        if char in "{[":
            depth += 1
        elif char in "}]":
            depth -= 1
        if depth == 0:
            after = value[index + 1 :].strip()
            if not after or after.startswith(("#", ",")):
                return None
            return value[0], prefix.lstrip() + json.dumps(value, ensure_ascii=False)
    return None


_QUOTED_AFTER_KEY = re.compile(r"^(\s*(?:-\s+)*(?:[^\s\-:#\"'{}\[\]][^:#{}\[\]]*:\s+)?)([\"'])")


def _closing_quote(line: str, start: int, quote: str) -> int | None:
    """Index of the quote that closes a YAML text opened just before ``start``: a double
    quote not escaped by a backslash, or a single quote not doubled ('')."""
    index = start
    while index < len(line):
        char = line[index]
        if quote == '"' and char == "\\":
            index += 2
            continue
        if char == quote:
            if quote == "'" and line[index + 1 : index + 2] == "'":
                index += 2
                continue
            return index
        index += 1
    return None


def _quote_inside_quotes(line: str, error_column: int) -> tuple[str, str, int, str] | None:
    """A value in quotes holding the same quote inside (``- "vận động Quỹ "Vì người
    nghèo" đạt …"``): the inner quote ends the text for YAML, which then stops at what
    follows it (s4-trial F95); or a text opening with a phrase in quotes (``- "Vì người
    nghèo" là …``), which YAML takes for the whole text. The message's key
    (``yaml_inner_quote``, ``yaml_quoted_start``), the quote's name in the catalogue
    (``quote_double`` or ``quote_single``), the 0-based index of the quote that ended the
    text, and the line written right: the text in the other kind of quote, or in double
    quotes with the inner ones escaped when it holds both kinds. None when the line is no
    such value or YAML stopped before that quote."""
    found = _QUOTED_AFTER_KEY.match(line)
    if not found:
        return None
    prefix, quote = found.groups()
    closing = _closing_quote(line, found.end(2), quote)
    if closing is None or error_column <= closing:
        return None
    rest = line[closing + 1 :].strip()
    if not rest or rest.startswith("#"):
        return None
    last = line.rstrip().rfind(quote)
    key = "yaml_inner_quote" if last > closing else "yaml_quoted_start"
    text = line[found.end(2) : last] if last > closing else line[found.start(2) :].rstrip()
    if quote == '"' and "'" not in text:
        value = f"'{text}'"
    elif quote == "'" and '"' not in text and "\\" not in text:
        value = f'"{text}"'
    else:
        value = json.dumps(text, ensure_ascii=False)
    if key == "yaml_quoted_start":
        quote = "'" if quote == '"' else '"'  # the other kind wraps the whole text
        value = f"{quote}{text}{quote}" if quote not in text else json.dumps(text)
        quote = '"' if quote == "'" else "'"
    name = "quote_double" if quote == '"' else "quote_single"
    return key, name, closing, prefix.lstrip() + value


_ONE_LINE_LIST = re.compile(r"^(\s*(?:-\s+)*(?:[^\s\-:#\"'{}\[\]][^:#{}\[\]]*:\s+)?)\[(.*)\]\s*$")


_QUOTED_ALREADY = re.compile(r'"(?:[^"\\]|\\.)*"|\'(?:[^\']|\'\')*\'')


def _texts_in_one_line_list(line: str | None) -> tuple[str, str] | None:
    """A one-line list ``results: [vận động {quy} cho …, …]`` whose items hold a figure
    (``{id}``) or a bracket, which YAML reads as a mapping inside the list (s4-trial F79):
    the bracket and the line written right, each item in double quotes; None for a line
    that is no one-line list or has no bracket inside it."""
    found = _ONE_LINE_LIST.match(line or "")
    if not found:
        return None
    prefix, inside = found.groups()
    bracket = next((c for c in inside if c in "{["), None)
    items, current, depth, quoted = [], "", 0, False
    for char in inside:
        if char == '"':
            quoted = not quoted
        elif not quoted and char in "{[":
            depth += 1
        elif not quoted and char in "}]":
            depth -= 1
        elif char == "," and depth == 0 and not quoted:
            items.append(current.strip())
            current = ""
            continue
        current += char
    items.append(current.strip())
    if bracket is None:  # an item opening with a phrase in quotes: ["số hóa" còn chậm]
        partly = [i for i in items if i[:1] in "\"'" and not _QUOTED_ALREADY.fullmatch(i)]
        quoted_only = rf"(?:{_QUOTED_ALREADY.pattern})(?:\s+(?:{_QUOTED_ALREADY.pattern}))+"
        if not partly or any(re.fullmatch(quoted_only, i) for i in partly):
            return None  # ["a" "b"]: a ',' left out, said as such (yaml_flow_mismatch)
        bracket = partly[0][0]
    texts = [
        item if _QUOTED_ALREADY.fullmatch(item) else json.dumps(item, ensure_ascii=False)
        for item in items
        if item
    ]
    return bracket, f"{prefix.lstrip()}[{', '.join(texts)}]"


# a line whose value opens with a double quote: "title: \"Hội nghị …", "- \"Đề nghị …"
_QUOTED_VALUE = re.compile(r'^\s*(?:-\s+)*(?:[^"#:]+:\s+)?"')


def _unclosed_quote_line(lines: list[str], error_line: int) -> int | None:
    """The last line before ``error_line`` with an odd number of double quotes.

    A double-quoted YAML text may run over several lines, so a forgotten closing
    quote is only noticed far below; this points back to where it opened.
    """
    for index in range(min(error_line, len(lines)) - 1, -1, -1):
        code = lines[index].split(" #", 1)[0]
        if (code.count('"') - code.count('\\"')) % 2 == 1:
            return index + 1
    return None


class _Builder:
    """Turns composed YAML nodes into dicts, lists, strings and None."""

    def __init__(self, path: Path, lines: list[str] | None = None) -> None:
        self.path = path
        self.lines = lines or []
        self.positions: dict[FieldPath, Position] = {}
        self.problems: list[Problem] = []
        self.seen: set[int] = set()  # the nodes built once (by id: the tree holds them)
        self.repeated = 0  # values built again, reached through an alias
        self.stopped = False
        self.cut_by_comment: list[tuple[FieldPath, int, int, str]] = []
        self.joined_items: list[tuple[FieldPath, int, int, int]] = []
        self.pasted_lists: list[tuple[FieldPath, PastedList]] = []

    def _problem(self, node: yaml.Node, message: str) -> None:
        mark = node.start_mark
        self.problems.append(Problem(self.path, message, mark.line + 1, mark.column + 1))

    def build(self, node: yaml.Node, field_path: FieldPath, depth: int) -> Any:
        if self.stopped:
            return None
        if id(node) in self.seen:
            self.repeated += 1
            if self.repeated > MAX_ALIAS_VALUES:
                self._problem(node, msg("too_many_nodes", limit=MAX_ALIAS_VALUES))
                self.stopped = True
                return None
        else:
            self.seen.add(id(node))
        if depth > MAX_DEPTH:
            self._problem(node, msg("too_deep", limit=MAX_DEPTH))
            self.stopped = True
            return None
        if node.tag not in _ALLOWED_TAGS:
            self._problem(node, msg("yaml_tag", tag=node.tag.replace("tag:yaml.org,2002:", "!!")))
            return None
        if isinstance(node, yaml.MappingNode):
            return self._mapping(node, field_path, depth)
        if isinstance(node, yaml.SequenceNode):
            items = []
            for index, item in enumerate(node.value):
                item_path = (*field_path, index)
                self.positions.setdefault(item_path, _pos(item))
                items.append(self.build(item, item_path, depth + 1))
            return items
        return self._scalar(node, field_path)

    def _mapping(self, node: yaml.MappingNode, field_path: FieldPath, depth: int) -> dict:
        result: dict[str, Any] = {}
        first_line: dict[str, int] = {}
        before: tuple[yaml.Node, yaml.Node] | None = None
        for key_node, value_node in node.value:
            if not isinstance(key_node, yaml.ScalarNode):
                self._problem(key_node, self._key_not_text(node))
                continue
            split = (
                before is not None
                and node.flow_style
                and self._comma_split(before, key_node, value_node)
            )
            before = (key_node, value_node)
            if split:
                continue
            key = key_node.value.strip()
            if key in first_line:
                self._problem(key_node, msg("duplicate_key", key=key, first=first_line[key]))
                continue
            first_line[key] = key_node.start_mark.line + 1
            key_path = (*field_path, key)
            self.positions.setdefault(key_path, _pos(key_node))
            result[key] = self.build(value_node, key_path, depth + 1)
        return result

    def _comma_split(
        self, before: tuple[yaml.Node, yaml.Node], key_node: yaml.ScalarNode, value: yaml.Node
    ) -> bool:
        """``{…, value: 1,5 tỷ, …}``: in a one-line mapping a comma separates entries, so
        a decimal comma makes "5 tỷ" a key without a value (said "5 tỷ: tên mục không hợp
        lệ"; s5-trial F111). Said at the value cut in two, with it written in quotes."""
        key_before, value_before = before
        cut = (
            isinstance(value_before, yaml.ScalarNode)
            and value_before.style in (None, "")
            and value_before.value[-1:].isdigit()
            and key_node.style in (None, "")
            and key_node.value[:1].isdigit()
            and isinstance(value, yaml.ScalarNode)
            and value.value == ""
        )
        if cut:
            whole = f"{value_before.value},{key_node.value}"
            fixed = f'{key_before.value}: "{whole}"'
            self._problem(value_before, msg("yaml_flow_decimal_comma", whole=whole, fixed=fixed))
        return cut

    def _key_not_text(self, node: yaml.MappingNode) -> str:
        """``text: {{ 7*7 }}``: braces read as a mapping whose key is a mapping; said as
        a text led by '{', with the line written right."""
        mark = node.start_mark
        if node.flow_style and mark.line < len(self.lines):
            line = self.lines[mark.line]
            value = line[mark.column :].split(" #", 1)[0].rstrip()
            fixed = line[: mark.column].lstrip() + json.dumps(value, ensure_ascii=False)
            return msg("yaml_text_led_by_bracket", bracket=value[:1], fixed=fixed)
        return msg("key_not_text")

    def _scalar(self, node: yaml.ScalarNode, field_path: FieldPath = ()) -> str | None:
        value = node.value
        plain = node.style in (None, "")  # libyaml says "" where PyYAML says None
        if plain and value.strip() in _NULLS:
            return None
        if plain and value.count(" ") >= 2:  # a phrase of three words or more
            self._comment_after(node, field_path)
        if plain and node.end_mark.line > node.start_mark.line:
            start, end = node.start_mark, node.end_mark
            item = bool(field_path) and isinstance(field_path[-1], int)
            found = pasted_list(
                self.lines, (start.line, start.column), (end.line, end.column), item
            )
            if found is not None:  # "•", "1." lines pasted from Word (s5-trial F110)
                self.pasted_lists.append((field_path, found))
            else:
                self._item_joined(node, field_path)
        if len(value) > MAX_TEXT_CHARS:
            self._problem(node, msg("text_too_long", length=len(value), limit=MAX_TEXT_CHARS))
            return None
        bad = _BAD_CONTROL.search(value)
        if bad:
            self._problem(node, msg("control_char", code=f"U+{ord(bad.group()):04X}"))
            return None
        hidden = _INVISIBLE.search(value)
        if hidden:
            import unicodedata

            character = hidden.group()
            name = unicodedata.name(character, "")
            shown = value[max(0, hidden.start() - 20) : hidden.start()]
            self._problem(
                node,
                msg("invisible_char", code=f"U+{ord(character):04X} {name}".strip(), after=shown),
            )
            return None
        return nfc(value)

    def _comment_after(self, node: yaml.ScalarNode, field_path: FieldPath) -> None:
        """A text of three words or more followed on its line by " #": YAML drops the
        rest as a comment, which in prose was most likely not meant ("… kết quả # đạt
        được …"). Only one space before "#" counts: a comment written as one is set off
        by two or more (YAML's usual style, and every comment of the real records in
        tests/data); a short value (``kind: giao ban # …``) is not prose."""
        end = node.end_mark
        if end.line >= len(self.lines):
            return
        rest = self.lines[end.line][end.column :]
        if rest.startswith(" #") and not rest.startswith(" ##"):
            self.cut_by_comment.append((field_path, end.line + 1, end.column + 2, rest[1:]))

    def _item_joined(self, node: yaml.ScalarNode, field_path: FieldPath) -> None:
        """A plain text running on to a line that starts with "- ": a list item indented
        further than the item above it, which YAML reads as more of that item's text
        (two results become "a - b"). Said once, at the first such line; the column its
        dash belongs in is that of the dash (or key) the text hangs on."""
        start = node.start_mark
        for index in range(start.line + 1, min(node.end_mark.line + 1, len(self.lines))):
            dash = _ITEM_DASH.match(self.lines[index])
            if dash is None:
                continue
            opening = self.lines[start.line]
            above = _ITEM_DASH.match(opening)
            belongs = above.start(1) if above else len(opening) - len(opening.lstrip())
            self.joined_items.append((field_path, index + 1, dash.start(1) + 1, belongs + 1))
            return


_ITEM_DASH = re.compile(r"^\s*(-)\s+\S")


def _pos(node: yaml.Node) -> Position:
    return (node.start_mark.line + 1, node.start_mark.column + 1)
