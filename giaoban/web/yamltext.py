"""A record's YAML text edited in place: the form's values merged into the file as written.

ruamel.yaml's round-trip mode keeps comments, key order, quoting and folded texts of
everything that did not change. What changed is compared with giaoban's own reading
of the file (``record.source``: every scalar is text), so a value is only rewritten
when the secretary changed it, and in a form that giaoban's reader reads back as the
same text (``8:30`` stays "8:30", ``No`` is quoted, ``2022`` stays plain).
"""

from __future__ import annotations

import io
import re
from collections.abc import Callable
from typing import Any

import yaml
from ruamel.yaml import YAML
from ruamel.yaml.comments import CommentedMap, CommentedSeq
from ruamel.yaml.scalarstring import DoubleQuotedScalarString, FoldedScalarString, ScalarString

from giaoban.vietnamese import nfc

FOLD_WIDTH = 80  # new long texts are folded (">-") at about this many characters per line
_NOT_TEXT_IN_YAML_1_1 = {"tag:yaml.org,2002:bool", "tag:yaml.org,2002:null"}
_PLAIN_OK = {"tag:yaml.org,2002:int", "tag:yaml.org,2002:float", "tag:yaml.org,2002:timestamp"}


class _Plain(str):
    """A text written without quotes although YAML would read it as a number or a date
    (``year: 2022``, ``date: 2022-12-15``): giaoban's reader keeps it as the same text."""


def _represent_plain(representer: Any, data: _Plain) -> Any:
    from ruamel.yaml.nodes import ScalarNode

    tag = representer.dumper.resolver.resolve(ScalarNode, str(data), (True, False))
    return representer.represent_scalar(tag, str(data))


def _yaml(text: str = "") -> YAML:
    handler = YAML()  # round-trip
    handler.preserve_quotes = True
    handler.width = 4096  # never re-wrap a text; new long texts are folded by _scalar
    mapping, sequence, offset = _indents(text)
    handler.indent(mapping=mapping, sequence=sequence, offset=offset)
    handler.representer.add_representer(_Plain, _represent_plain)
    return handler


def _indents(text: str) -> tuple[int, int, int]:
    """The file's own indentation (mapping, sequence, dash offset); giaoban's is 2, 4, 2."""
    from ruamel.yaml.util import load_yaml_guess_indent

    mapping = 2
    for line in text.splitlines():
        stripped = line.lstrip(" ")
        if line and line[0] == " " and stripped and stripped[0] not in "#-":
            mapping = len(line) - len(stripped)
            break
    try:
        _, sequence, offset = load_yaml_guess_indent(text) if text.strip() else (None, 4, 2)
    except Exception:  # an unreadable file is reported by giaoban's own reader
        sequence, offset = 4, 2
    if offset is None:  # no block list yet: giaoban's own style, "  - id: ..."
        sequence, offset = mapping + 2, mapping
    return mapping, max(sequence, offset + 2), offset


class Document:
    """One YAML file, loaded for round-trip editing."""

    def __init__(self, text: str) -> None:
        self.handler = _yaml(text)
        self.root = self.handler.load(text) if text.strip() else CommentedMap()
        if self.root is None:
            self.root = CommentedMap()

    def text(self) -> str:
        """The document as YAML text."""
        stream = io.StringIO()
        self.handler.dump(self.root, stream)
        return stream.getvalue()


KeyOrder = Callable[[tuple[str | int, ...]], list[str]]


def merged_text(
    original_text: str, original: Any, edited: Any, order: KeyOrder = lambda _path: []
) -> str:
    """``original_text`` with the changes from ``original`` to ``edited`` applied.

    ``original`` is giaoban's reading of ``original_text`` (dicts, lists, texts, None);
    ``edited`` is the same shape as the form sends it. Unchanged parts keep their
    exact text and comments. ``order(field_path)`` lists the keys of the mapping at
    ``field_path`` in the model's order: a new key is inserted where it belongs.
    """
    if original == edited:
        return original_text
    document = Document(original_text)
    if not isinstance(document.root, dict) or not isinstance(original, dict):
        document.root = _build(edited)
    else:
        document.root = _merge(document.root, original, edited, (), order)
    return document.text()


def _merge(node: Any, old: Any, new: Any, path: tuple, order: KeyOrder) -> Any:
    """The ruamel node for ``new``, reusing ``node`` (which reads as ``old``) where it can."""
    if old == new or _shorthand_of(old, new):
        return node
    if isinstance(node, CommentedMap) and isinstance(old, dict) and isinstance(new, dict):
        return _merge_mapping(node, old, new, path, order)
    if isinstance(node, CommentedSeq) and isinstance(old, list) and isinstance(new, list):
        return _merge_sequence(node, old, new, path, order)
    if isinstance(new, str) and isinstance(node, ScalarString) and not isinstance(node, _Plain):
        if type(node) is FoldedScalarString:
            return _scalar(new)  # new fold positions
        if "\n" not in new:
            return type(node)(nfc(new))  # the same quotes as before
    return _build(new)


def _shorthand_of(old: Any, new: Any) -> bool:
    """The form shows a shorthand in full (a title as a list of one, a paragraph as
    ``{text: ...}``): when nothing else changed, the file keeps its shorthand."""
    if isinstance(new, list) and len(new) == 1 and new[0] == old:
        return True
    return isinstance(new, dict) and len(new) == 1 and next(iter(new.values())) == old


def _merge_mapping(
    node: CommentedMap, old: dict, new: dict, path: tuple, order: KeyOrder
) -> CommentedMap:
    for key in [k for k in node if k not in new]:
        del node[key]
    known = order(path)
    for key in new:
        if key in node:
            node[key] = _merge(node[key], old.get(key), new[key], (*path, key), order)
            continue
        # a new key goes before the first key of the file that the model lists after it
        later = known[known.index(key) + 1 :] if key in known else []
        following = next((k for k in node if k in later), None)
        position = list(node).index(following) if following is not None else len(node)
        node.insert(position, key, _build(new[key]))
        if position > 0:
            _take_trailing_comment(node, list(node)[position - 1], key)
    _drop_filled_placeholders(node, old, new)
    _block_if_nested(node)
    return node


def _take_trailing_comment(node: CommentedMap, before: Any, key: Any) -> None:
    """A key inserted right after ``before`` takes the comment lines (and blank lines)
    that followed ``before``'s value: they stay before the key that came next, and a
    blank line closing a section stays at its end (s5-trial F111: ``member_kind`` was
    written after the blank line that closed ``cluster``). A comment on ``before``'s
    own line stays with it."""
    entry = node.ca.items.get(before)
    if not entry or len(entry) < 3 or entry[2] is None or isinstance(node[before], dict | list):
        return
    token = entry[2]
    if not str(token.value).startswith("\n"):
        return
    entry[2] = None
    node.ca.items.setdefault(key, [None, None, None, None])[2] = token


_PLACEHOLDER_KEY = re.compile(r"#\s*([A-Za-z_]+)\s*:")
_PLACEHOLDER_ITEM = re.compile(r"#\s*-\s|#\s{2,}[A-Za-z_]+\s*:")


def _drop_filled_placeholders(node: CommentedMap, old: dict, new: dict) -> None:
    """The example lines ``giaoban new`` writes as comments (``# locality: phường ...``,
    ``# - id: ma-ngan``) are dropped once the secretary fills that field in the form:
    left in place they read as a second, stale value under the real one (s5-trial F111).
    Only lines of a field this edit sets for the first time are dropped, so a comment
    of hers about a value already there stays."""
    key_column = getattr(node.lc, "col", None)
    if key_column is None:
        return

    def newly_set(owner: Any) -> tuple[set[str], bool]:
        """The keys ``owner`` (a key of this mapping, or None for the mapping itself)
        gains in this edit, and whether it is a list that stops being empty."""
        before = old if owner is None else (old or {}).get(owner)
        after = new if owner is None else new.get(owner)
        if isinstance(after, dict):
            return set(after) - set(before if isinstance(before, dict) else {}), False
        return set(), isinstance(after, list) and bool(after) and not before

    def dropped(line: str, column: int, owner: Any) -> bool:
        here = column == key_column
        keys = newly_set(None if here else owner)[0]
        match = _PLACEHOLDER_KEY.match(line)
        if match and match.group(1) in keys and (here or column > key_column):
            return True
        if here and owner is not None:  # an example item of the list just above
            return newly_set(owner)[1] and bool(_PLACEHOLDER_ITEM.match(line))
        return False

    keys = list(node)
    for index, key in enumerate(keys):
        entry = node.ca.items.get(key)
        if not entry:
            continue
        previous = keys[index - 1] if index > 0 else None
        if len(entry) > 1 and isinstance(entry[1], list):  # the lines above ``key``
            kept = []
            for token in entry[1]:
                line = str(token.value)
                if dropped(line.strip(), token.column, previous):
                    blank = "\n" * max(0, line.count("\n") - 1)  # its blank lines stay
                    if blank:
                        token.value = blank
                        kept.append(token)
                else:
                    kept.append(token)
            entry[1] = kept or None
        if len(entry) > 2 and entry[2] is not None:  # the lines under ``key``'s value
            first, *lines = str(entry[2].value).split("\n")
            owner = key if isinstance(node[key], dict) else previous
            left = [
                line
                for line in lines
                if not (
                    line.strip() and dropped(line.strip(), len(line) - len(line.lstrip()), owner)
                )
            ]
            entry[2].value = "\n".join([first, *left])


def _merge_sequence(
    node: CommentedSeq, old: list, new: list, path: tuple, order: KeyOrder
) -> CommentedSeq:
    """Items are matched by their ``id`` when they have one (a reordered attendee keeps
    its comments), else by position."""

    def ident(item: Any) -> Any:
        return item.get("id") if isinstance(item, dict) and item.get("id") else None

    by_id = {ident(item): index for index, item in enumerate(old) if ident(item) is not None}
    used: set[int] = set()
    items: list[Any] = []
    comments: dict[int, Any] = {}
    for index, item in enumerate(new):
        source = by_id.get(ident(item))
        if source is None and index < len(old) and index not in by_id.values():
            source = index
        if source is not None and source not in used and source < len(node):
            used.add(source)
            items.append(_merge(node[source], old[source], item, (*path, index), order))
            if source in node.ca.items:
                comments[index] = node.ca.items[source]
        else:
            items.append(_build(item))
    node.clear()
    node.extend(items)
    node.ca.items.clear()
    node.ca.items.update(comments)
    _block_if_nested(node)
    return node


def _block_if_nested(node: CommentedMap | CommentedSeq) -> None:
    """A flow collection (``attendees: []``) that now holds mappings is written as a block,
    and so is a flow mapping (``meeting: {}``) that now holds anything."""
    values = list(node.values() if isinstance(node, dict) else node)
    nested = any(isinstance(v, dict | list) for v in values)
    if node.fa.flow_style() and (nested or (isinstance(node, dict) and values)):
        node.fa.set_block_style()


def _build(value: Any) -> Any:
    if isinstance(value, dict):
        built = CommentedMap()
        for key, item in value.items():
            built[key] = _build(item)
        return built
    if isinstance(value, list):
        built_list = CommentedSeq(_build(item) for item in value)
        short = all(isinstance(v, str) and len(v) <= 30 for v in value)
        if short and value and sum(len(v) for v in value) <= 60:
            built_list.fa.set_flow_style()
        return built_list
    if isinstance(value, str):
        return _scalar(value)
    return value  # True, False, None, numbers


def _scalar(text: str) -> Any:
    """A text in the form giaoban's reader gives back as exactly ``text``."""
    text = nfc(text)
    if "\n" in text or text != text.strip():
        return DoubleQuotedScalarString(text)
    tag = yaml.SafeLoader.resolve(yaml.SafeLoader, yaml.ScalarNode, text, (True, False))
    if tag in _NOT_TEXT_IN_YAML_1_1 or text in {"~", ""}:
        return DoubleQuotedScalarString(text)  # No, yes, on, null: text, for every reader
    if tag in _PLAIN_OK:
        return _Plain(text)
    if len(text) > FOLD_WIDTH and "  " not in text:
        folded = FoldedScalarString(text)
        folded.fold_pos = _fold_positions(text)  # type: ignore[attr-defined]
        return folded
    return text


def _fold_positions(text: str) -> list[int]:
    positions = []
    start = 0
    while len(text) - start > FOLD_WIDTH:
        space = text.rfind(" ", start, start + FOLD_WIDTH)
        if space <= start:
            break
        positions.append(space)
        start = space + 1
    return positions
