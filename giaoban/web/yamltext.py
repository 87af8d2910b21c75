"""A record's YAML text edited in place: the form's values merged into the file as written.

ruamel.yaml's round-trip mode keeps comments, key order, quoting and folded texts of
everything that did not change. What changed is compared with giaoban's own reading
of the file (``record.source``: every scalar is text), so a value is only rewritten
when the secretary changed it, and in a form that giaoban's reader reads back as the
same text (``8:30`` stays "8:30", ``No`` is quoted, ``2022`` stays plain).
"""

from __future__ import annotations

import io
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
    _block_if_nested(node)
    return node


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
