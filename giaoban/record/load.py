"""Loading a record: defaults files merged under it, validated, every problem located."""

from __future__ import annotations

import json
import re
import types
import typing
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from pydantic import BaseModel, ValidationError

from giaoban import vietnamese as vn
from giaoban.errors import Problem, RecordInvalid
from giaoban.messages import msg
from giaoban.record.discover import defaults_chain, misnamed_defaults
from giaoban.record.model import ID_PATTERN, VALUE_ALIASES, Record, statuses_meant
from giaoban.record.source import FieldPath, Source, field_name, load_source
from giaoban.record.warnings import RecordWarning, collect_warnings

Located = tuple[Path, int, int]


@dataclass
class LoadedRecord:
    """A validated record with the files it came from and what looks suspicious in it.

    ``defaults``: the defaults files merged under it, outermost first.
    ``warnings``: see ``giaoban.record.warnings``, in file order.
    """

    path: Path
    record: Record
    defaults: list[Path]
    warnings: list[RecordWarning] = field(default_factory=list)


def load_record(path: Path, strict: bool = False, text: str | None = None) -> LoadedRecord:
    """Load and validate one record; RecordInvalid lists every problem at once.

    With ``strict``, every warning is an error too (``--strict``).
    ``text``, when given, is the record's content instead of the file's (the web form
    validates what is typed before it is saved); its defaults files are read from disk.
    A ``giaoban.yaml.txt`` where a ``giaoban.yaml`` would apply is said first, among the
    errors or as a warning: what it holds is missing from the record (s6-trial H25).
    """
    unread = [RecordWarning(p, 1, 1, "warning_defaults_txt") for p in misnamed_defaults(path)]
    try:
        loaded = _load_record(path, strict, text)
    except RecordInvalid as error:
        if unread:
            told = [Problem(w.file, w.message, 1, 1) for w in unread]
            raise RecordInvalid([*told, *error.problems]) from None
        raise
    if unread and strict:
        raise RecordInvalid([w.as_problem() for w in unread])
    loaded.warnings[:0] = unread
    return loaded


def _load_record(path: Path, strict: bool, text: str | None) -> LoadedRecord:
    defaults = defaults_chain(path)
    sources: list[Source] = []
    problems: list[Problem] = []
    for source_path in [*defaults, path]:
        try:
            if source_path == path:
                sources.append(load_source(path, text))
            else:
                sources.append(_defaults_source(source_path))
        except RecordInvalid as error:
            problems.extend(error.problems)
    if problems:
        raise RecordInvalid(problems)
    for source in sources:
        if not isinstance(source.data, dict):
            problems.append(Problem(source.path, msg("root_not_mapping"), 1, 1))
    if problems:
        raise RecordInvalid(problems)
    pasted = _split_pasted_lists(sources)
    sources, other_clusters = _of_other_clusters(sources)
    defaults = [source.path for source in sources[:-1]]

    data: dict[str, Any] = {}
    positions: dict[FieldPath, Located] = {}
    for source in sources:
        data, positions = _merge(data, positions, source)
    try:
        record = Record.model_validate(data)
    except ValidationError as error:
        raise RecordInvalid(_translate(error, positions, path, data=data)) from None

    _apply_membership(record, positions, path)
    _followup_years(record, path)

    from giaoban.record.checks import cross_check

    problems = cross_check(record, lambda fp: _locate(positions, fp, path))
    if problems:
        raise RecordInvalid(problems)
    from giaoban.record.places import respell

    respell(record)
    warnings = collect_warnings(record, lambda fp: _locate(positions, fp, path))
    warnings += _legacy_encoded(sources)
    warnings += _cut_by_comment(sources)
    warnings += _joined_items(sources)
    warnings += pasted
    warnings += other_clusters
    warnings.sort(key=lambda w: (str(w.file), w.line, w.column))
    if strict and warnings:
        raise RecordInvalid([warning.as_problem() for warning in warnings])
    return LoadedRecord(path, record, defaults, warnings)


def _cluster_named(source: Source) -> str | None:
    """``meeting.cluster.name`` as ``source`` writes it (unvalidated), or None."""
    meeting = source.data.get("meeting") if isinstance(source.data, dict) else None
    cluster = meeting.get("cluster") if isinstance(meeting, dict) else None
    name = cluster.get("name") if isinstance(cluster, dict) else None
    return name if isinstance(name, str) and name.strip() else None


def _of_other_clusters(sources: list[Source]) -> tuple[list[Source], list[RecordWarning]]:
    """The sources without the defaults files of another cluster, and a warning for each.

    The record's cluster is the one it names, else the one its nearest defaults file
    names. A giaoban.yaml naming another cluster holds that cluster's members, organiser,
    recipients... and merging it key by key gave a Thanh Hóa commune cluster "gồm 3 xã: Cà
    Mau, An Giang và Cần Thơ" from the Nam Sông Hậu file at the archive's top (s3-trial
    F41, F44): such a file is left out, and the warning names both files and lines."""
    from giaoban.record.discover import same_cluster

    record = sources[-1]
    owner = next((s for s in reversed(sources) if _cluster_named(s)), None)
    if owner is None:
        return sources, []
    name = _cluster_named(owner) or ""
    kept: list[Source] = []
    warnings: list[RecordWarning] = []
    where = ("meeting", "cluster", "name")
    line, column = owner.positions.get(where, (1, 1))
    for source in sources[:-1]:
        other = _cluster_named(source)
        if other is None or same_cluster(other, name):
            kept.append(source)
            continue
        other_line = source.positions.get(where, (1, 1))[0]
        values = {"cluster": name, "other": other, "defaults": f"{source.path}:{other_line}"}
        records = (record.path,) if owner is not record else ()
        warnings.append(
            RecordWarning(
                owner.path, line, column, "warning_defaults_other_cluster", values, where, records
            )
        )
    return [*kept, record], warnings


def _legacy_encoded(sources: list[Source]) -> list[RecordWarning]:
    """A warning per text typed in the old TCVN3 (ABC) or VNI fonts and pasted into the
    UTF-8 file (s6-trial H2): the documents would print "MÆt trËn Tæ quèc ViÖt Nam".
    A whole file in those encodings is refused when read (source.read_text)."""
    found = []

    def walk(value: Any, field_path: FieldPath, source: Source) -> None:
        if isinstance(value, dict):
            for key, item in value.items():
                walk(item, (*field_path, key), source)
        elif isinstance(value, list):
            for index, item in enumerate(value):
                walk(item, (*field_path, index), source)
        elif isinstance(value, str):
            encoding = vn.legacy_encoding(value)
            if encoding:
                line, column = (source.position(field_path) or (1, 1))[:2]
                words = value.split()
                sample = " ".join(words[:6]) + (" …" if len(words) > 6 else "")
                fonts = "VNI-Times…" if encoding == "VNI" else ".VnTime, .VnArial…"
                values = {"encoding": encoding, "sample": sample, "fonts": fonts}
                found.append(
                    RecordWarning(
                        source.path, line, column, "warning_legacy_encoding", values, field_path
                    )
                )

    for source in sources:
        walk(source.data, (), source)
    return found


def _cut_by_comment(sources: list[Source]) -> list[RecordWarning]:
    """A warning per text cut short by " #" on its line (see source._comment_after)."""
    found = []
    for source in sources:
        for field_path, line, column, comment in source.cut_by_comment:
            kept = source.data
            for part in field_path:
                kept = kept[part] if isinstance(kept, dict | list) else None
            shown = str(kept or "")
            values = {
                "comment": comment.strip(),
                "kept": "…" + shown[-40:] if len(shown) > 40 else shown,
            }
            found.append(
                RecordWarning(source.path, line, column, "warning_comment_cut", values, field_path)
            )
    return found


def _joined_items(sources: list[Source]) -> list[RecordWarning]:
    """A warning per list item YAML joined to the one above (see source._item_joined)."""
    return [
        RecordWarning(
            source.path, line, column, "warning_item_joined", {"column": belongs}, field_path
        )
        for source in sources
        for field_path, line, column, belongs in source.joined_items
    ]


def _split_pasted_lists(sources: list[Source]) -> list[RecordWarning]:
    """Lists pasted from Word ("•", "–", "1.", "a)" lines, which YAML joins into one text;
    see ``giaoban.record.pasted``) made the items they were meant to be, where the field
    is a list and the lines say its items unambiguously; a warning at the first mark
    otherwise, with the fix (s5-trial F110). ``sources`` are changed in place."""
    warnings = []
    for source in sources:
        for field_path, pasted in source.pasted_lists:
            target = _pasted_target(field_path)
            if pasted.items is not None and target in ("texts", "directives", "splice"):
                _put_items(source, field_path, pasted, target)
                continue
            value = _value_at(source.data, field_path)
            if not isinstance(value, str):
                continue
            shown = value if len(value) <= 70 else value[:70] + "…"
            key = (
                "warning_pasted_list"
                if target in ("texts", "directives", "splice")
                else ("warning_pasted_list_in_text")
            )
            values = {"mark": pasted.mark, "joined": shown}
            warnings.append(
                RecordWarning(source.path, pasted.line, pasted.column, key, values, field_path)
            )
    return warnings


def _value_at(data: Any, field_path: FieldPath) -> Any:
    for part in field_path:
        if isinstance(part, int):
            data = data[part] if isinstance(data, list) and part < len(data) else None
        else:
            data = data.get(part) if isinstance(data, dict) else None
    return data


def _put_items(source: Source, field_path: FieldPath, pasted: Any, target: str) -> None:
    """The pasted text at ``field_path`` replaced by its items (a text spliced into its
    list, for "splice"), each item's position the line it starts on."""
    parent = _value_at(source.data, field_path[:-1])
    last = field_path[-1]
    if not isinstance(_value_at(source.data, field_path), str):
        return  # a defaults file parsed once and split already
    items: list[Any] = list(pasted.items)
    if target == "directives":
        items = [{"text": text} for text in items]
    if target != "splice":
        parent[last] = items
        for index, start in enumerate(pasted.starts):
            source.positions[(*field_path, index)] = start
            if target == "directives":
                source.positions[(*field_path, index, "text")] = start
        return
    assert isinstance(last, int)
    parent[last : last + 1] = items
    shift = len(items) - 1
    at = len(field_path) - 1
    moved = {}
    for key in list(source.positions):
        if key[:at] == field_path[:-1] and len(key) > at and isinstance(key[at], int):
            if key[at] > last:
                moved[(*key[:at], key[at] + shift, *key[at + 1 :])] = source.positions.pop(key)
    source.positions.update(moved)
    for index, start in enumerate(pasted.starts):
        source.positions[(*field_path[:-1], last + index)] = start


def _pasted_target(field_path: FieldPath) -> str | None:
    """What the field at ``field_path`` holds, for a list pasted into it: "texts" (a list
    of texts: results, priorities, paragraphs, Nơi nhận…), "directives", "splice" (an
    item of a list of texts), "text" (one text), or None (not a field of the model)."""
    annotation: Any = Record
    kinds = []
    for part in field_path:
        if isinstance(part, int):
            if typing.get_origin(annotation) is not list:
                return None
            annotation = _unwrap(typing.get_args(annotation)[0])
        else:
            if not (isinstance(annotation, type) and issubclass(annotation, BaseModel)):
                return None
            fields = annotation.model_fields
            found = fields.get(part) or next((f for f in fields.values() if f.alias == part), None)
            if found is None:
                return None
            annotation = _unwrap(found.annotation)
        kinds.append(_holds(annotation))
    if not kinds:
        return None
    if isinstance(field_path[-1], int) and len(kinds) > 1 and kinds[-2] == "texts":
        return "splice"
    return kinds[-1]


def _holds(annotation: Any) -> str | None:
    from giaoban.record.model import Directive, Paragraph, Priorities

    if annotation is str:
        return "text"
    if annotation is Priorities:  # its shorthand: the items alone
        return "texts"
    if typing.get_origin(annotation) is list:
        item = _unwrap(typing.get_args(annotation)[0])
        if item is str or item is Paragraph:  # a paragraph may be written as its text
            return "texts"
        if item is Directive:
            return "directives"
    return None


def _unwrap(annotation: Any) -> Any:
    """``Annotated[X, …]`` and ``X | None`` as ``X``."""
    while True:
        if typing.get_origin(annotation) is typing.Annotated:
            annotation = typing.get_args(annotation)[0]
            continue
        if typing.get_origin(annotation) in (typing.Union, types.UnionType):
            others = [a for a in typing.get_args(annotation) if a is not type(None)]
            if len(others) == 1:
                annotation = others[0]
                continue
        return annotation


# Defaults files parsed, by path as shown and file stamps (see _defaults_source).
_PARSED_DEFAULTS: dict[tuple[str, int, int, int, int, int], Source] = {}


def _defaults_source(path: Path) -> Source:
    """A defaults file parsed, kept while the file is unchanged.

    ``serve``'s preview and an export read the same few defaults files for every record.
    The key is the path as shown with the file's device, inode, size, mtime_ns and
    ctime_ns, so an edit (or an atomic save, a new inode) is read again. A Source is never
    changed once parsed: ``_merge`` builds new mappings and position tables, and the
    model's before-validators copy what they change (a test checks it).
    """
    try:
        status = path.stat()
    except OSError:
        return load_source(path)  # its own message
    key = (
        str(path),
        status.st_dev,
        status.st_ino,
        status.st_size,
        status.st_mtime_ns,
        status.st_ctime_ns,
    )
    source = _PARSED_DEFAULTS.get(key)
    if source is None:
        source = load_source(path)  # a file with a problem raises, and is not kept
        if len(_PARSED_DEFAULTS) >= 64:  # an archive's few folders; never unbounded
            _PARSED_DEFAULTS.clear()
        _PARSED_DEFAULTS[key] = source
    return source


def _apply_membership(record: Record, positions: dict[FieldPath, Located], path: Path) -> None:
    """The cluster's members for the meeting's date, from ``cluster.membership``, unless
    the record itself writes ``members``; each member located where its period says it."""
    cluster = record.meeting.cluster
    if cluster is None or not cluster.membership:
        return
    own = positions.get(("meeting", "cluster", "members"))
    if own is not None and own[0] == path:
        return
    work_year, day = record.year, record.meeting.date
    if cluster.year and day.year not in (work_year, work_year + 1):
        return  # the date is wrong (an error says so): no membership chosen by it
    period = cluster.period_on(record.meeting.date, record.year)
    if period is None:
        return
    index = cluster.membership.index(period)
    cluster.members = list(period.members)
    if period.member_kind:
        cluster.member_kind = period.member_kind
    base = ("meeting", "cluster", "membership", index, "members")
    for key in [k for k in positions if k[:3] == ("meeting", "cluster", "members")]:
        del positions[key]
    for key, located in list(positions.items()):
        if key[:5] == base:
            positions[("meeting", "cluster", "members", *key[5:])] = located


def _followup_years(record: Record, path: Path) -> None:
    """A follow-up that gives no ``year`` is of the cluster's previous meeting among the
    records beside ``path`` or in its archive (giaoban.record.earlier.previous_meeting):
    after a year without a record, the one before it. With no earlier record there it
    stays unset, the year before the work year is assumed, and a warning says so
    (warnings.followup_year_assumed)."""
    cluster = record.meeting.cluster.name if record.meeting.cluster else None
    _followup_meetings(record, path, cluster)
    if all(followup.year is not None for followup in record.followup):
        return
    from giaoban.record.earlier import previous_meeting

    try:
        previous = previous_meeting(path, record.year, cluster)
    except OSError:  # a folder that cannot be read: nothing known, the warning says so
        previous = None
    if previous is None:
        return
    for followup in record.followup:
        if followup.year is None:
            followup.year = previous[0]
            if previous[0] != record.year - 1:  # a year skipped: messages say why this one
                followup._year_from = previous[1].name


def _followup_meetings(record: Record, path: Path, cluster: str | None) -> None:
    """A follow-up that names its meeting by date (``meeting: 2024-06-20``) and no year
    is of that meeting's work year (its record's, else the date's); one of the record's
    own work year without a date is of the last meeting of that year before this one,
    when its record is found (a tổng kết following up the sơ kết 6 tháng: s5-trial F103)
    — which ``followup._meeting_from`` names for the messages."""
    from giaoban.record.earlier import earlier_record, record_of_meeting

    for followup in record.followup:
        try:
            if followup.meeting is not None and followup.year is None:
                found = record_of_meeting(path, followup.meeting, cluster)
                followup.year = found.year if found and found.year else followup.meeting.year
            elif followup.meeting is None and followup.year == record.year:
                before = record.meeting.date
                found = earlier_record(path, record.year, cluster, before=before)
                if found is not None and found.date is not None:
                    followup.meeting = found.date
                    followup._meeting_from = found.path.name
        except OSError:  # a folder that cannot be read: nothing known
            continue


def inherited_values(path: Path) -> dict[str, Any]:
    """What the defaults files above ``path`` give a record, merged as ``load_record``
    merges them (unvalidated plain data; a defaults file that cannot be read gives nothing)."""
    data: dict[str, Any] = {}
    positions: dict[FieldPath, Located] = {}
    sources = []
    for source_path in [*defaults_chain(path), path]:
        try:
            source = load_source(source_path)
        except RecordInvalid:
            continue
        if isinstance(source.data, dict):
            sources.append(source)
    if sources and sources[-1].path == path:  # another cluster's file gives nothing (F41)
        sources = _of_other_clusters(sources)[0][:-1]
    for source in sources:
        data, positions = _merge(data, positions, source)
    return data


def check_defaults(path: Path, text: str | None = None) -> list[Problem]:
    """Problems in a defaults file on its own: everything but missing required fields
    (``text``, when given, instead of the file's content)."""
    try:
        source = load_source(path, text)
    except RecordInvalid as error:
        return error.problems
    if not isinstance(source.data, dict):
        return [Problem(path, msg("root_not_mapping"), 1, 1)]
    positions = {fp: (path, *pos) for fp, pos in source.positions.items()}
    try:
        Record.model_validate(source.data)
    except ValidationError as error:
        return _translate(error, positions, path, skip_missing=True)
    return []


def _merge(
    base: dict, base_positions: dict[FieldPath, Located], source: Source
) -> tuple[dict, dict[FieldPath, Located]]:
    """Deep-merge ``source`` over ``base``: mappings merge, lists and texts are replaced."""

    def merge(under: Any, over: Any) -> Any:
        if isinstance(under, dict) and isinstance(over, dict):
            merged = dict(under)
            for key, value in over.items():
                merged[key] = merge(under.get(key), value) if key in under else value
            return merged
        return under if over is None else over

    def base_still_owns(field_path: FieldPath) -> bool:
        node: Any = source.data
        for part in field_path:
            if not isinstance(node, dict):
                return False
            if node.get(part) is None:
                return True
            node = node[part]
        return False

    positions = {fp: loc for fp, loc in base_positions.items() if base_still_owns(fp)}
    for field_path, (line, column) in source.positions.items():
        positions[field_path] = (source.path, line, column)
    return merge(base, source.data), positions


def _locate(positions: dict[FieldPath, Located], field_path: FieldPath, fallback: Path) -> Located:
    """Where the value at ``field_path`` was written, or its nearest parent.

    A shorthand (one mapping where a list is expected) has no index in the file,
    so the path is also tried without its list indexes.
    """
    best: tuple[int, Located] | None = None
    without_indexes = tuple(part for part in field_path if not isinstance(part, int))
    for candidate in (field_path, without_indexes):
        for end in range(len(candidate), -1, -1):
            found = positions.get(tuple(candidate[:end]))
            if found:
                if best is None or end > best[0]:
                    best = (end, found)
                break
    return best[1] if best else (fallback, 1, 1)


# --- pydantic errors in a secretary's words ------------------------------------------------


def _translate(
    error: ValidationError,
    positions: dict[FieldPath, Located],
    record_path: Path,
    skip_missing: bool = False,
    data: dict[str, Any] | None = None,
) -> list[Problem]:
    problems: list[Problem] = []
    seen: set[tuple] = set()
    items = error.errors(include_url=False)
    # a key written wrong ("titl:", "tên:") is one mistake, not also a missing "title"
    meant = set()
    for item in items:
        if item["type"] == "extra_forbidden":
            field_path = _data_path(item["loc"])
            suggestion = _meant_key(field_path)[0]
            if suggestion:
                meant.add((*field_path[:-1], suggestion))
    for item in items:
        field_path = _data_path(item["loc"])
        if item["type"] == "missing" and (skip_missing or field_path in meant):
            continue
        key = (field_path, item["type"])
        if key in seen:
            continue
        seen.add(key)
        file, line, column = _locate(positions, field_path, record_path)
        text = _describe(item, field_path)
        if item["type"] == "string_pattern_mismatch" and data is not None:
            text = _name_for_id(text, item.get("input"), data)
        problems.append(Problem(file, text, line, column, field_path=field_path))
    problems.sort(key=lambda p: (str(p.file), p.line or 0, p.column or 0))
    return problems


def _data_path(loc: tuple) -> FieldPath:
    """Pydantic's location without the names of validator functions it inserts."""
    return tuple(
        part for part in loc if isinstance(part, int) or not str(part).startswith("function-")
    )


def _describe(item: dict, field_path: FieldPath) -> str:
    kind = item["type"]
    value = item.get("input")
    ctx = item.get("ctx") or {}
    name = field_name(field_path)
    if kind == "missing":
        return msg("missing_field", field=field_path[-1], section=field_name(field_path[:-1]))
    if kind == "extra_forbidden":
        key = str(field_path[-1])
        suggestion, label = _meant_key(field_path)
        if suggestion and label:
            return msg("unknown_key_vietnamese", key=key, label=label, suggestion=suggestion)
        if suggestion:
            return msg("unknown_key_suggest", key=key, suggestion=suggestion)
        allowed = _allowed_keys(field_path[:-1])
        return msg("unknown_key", key=key, allowed=", ".join(sorted(allowed)))
    if kind == "literal_error":
        expected = ctx.get("expected", "")
        # pydantic quotes each option: "xã, phường" is one, not two (s4-trial F99)
        options = re.findall(r"'([^']*)'", expected) or [
            o.strip().strip("'") for o in expected.replace(" or ", ",").split(",")
        ]
        options = [o for o in options if o]
        # an alias of an option counts as that option ("phát biểu chỉ đạo" -> "chỉ đạo")
        aliases = {alias: to for alias, to in VALUE_ALIASES.items() if to in options}
        # an option holding a comma ("xã, phường") read as two: every option quoted (F99)
        shown = [f"'{o}'" for o in options] if any("," in o for o in options) else options
        text = msg("not_one_of", field=name, value=value, options=", ".join(shown))
        several = _several_options(str(value), options, aliases)
        if several and isinstance(field_path[-1], int):  # one item of a list: "dự và phát biểu"
            return text + " " + msg("did_you_mean_items", items=", ".join(several))
        if field_path and field_path[-1] == "status":  # by meaning, never spelling (H23)
            meant = statuses_meant(str(value))
            if len(meant) > 1:
                return text + " " + msg("did_you_mean_either", first=meant[0], second=meant[1])
            return text + (" " + msg("did_you_mean", suggestion=meant[0]) if meant else "")
        suggestion = vn.closest_match(str(value), [*options, *aliases])
        suggestion = aliases.get(suggestion, suggestion) if suggestion else None
        if suggestion is None:  # "thư ký hội nghị": an option with words after it
            suggestion = _option_first(str(value), options)
        return text + (" " + msg("did_you_mean", suggestion=suggestion) if suggestion else "")
    if kind == "value_error":
        code = str(ctx.get("error", ""))
        return msg(f"value_{code}", field=name, value=value) if _known_code(code) else item["msg"]
    if value is None and kind in {"model_type", "dict_type", "list_type", "string_type"}:
        return msg("empty_value", field=name)
    if kind in {"model_type", "model_attributes_type", "dict_type"}:
        return msg("expected_mapping", field=name)
    if kind == "list_type":
        return msg("expected_list", field=name)
    if kind == "string_type":
        return _mapping_meant_as_text(name, value) or msg("expected_text", field=name)
    if kind in {"string_too_short", "too_short"}:
        return msg("empty_text", field=name)
    if kind == "string_pattern_mismatch":
        text = msg("bad_id", field=name, value=value) + _hidden_in_id(value)
        fixed = _id_written_right(value)
        return text + msg("bad_id_fix", id=fixed) if fixed else text
    if kind == "string_too_long":
        return msg("text_too_long_field", field=name, limit=ctx.get("max_length"))
    if kind in {"int_parsing", "int_from_float", "int_type"}:
        return msg("expected_integer", field=name, value=value)
    if kind in {"bool_parsing", "bool_type"}:
        return msg("expected_bool", field=name, value=value)
    if kind in {"greater_than_equal", "greater_than"}:
        return msg("too_small", field=name, value=value, limit=ctx.get("ge", ctx.get("gt")))
    if kind in {"less_than_equal", "less_than"}:
        return msg("too_large", field=name, value=value, limit=ctx.get("le", ctx.get("lt")))
    return msg("invalid_value", field=name, detail=item["msg"])


def _id_written_right(value: Any) -> str | None:
    """An id as it was meant, when only its spaces (or '/') make it wrong: "vu thi thanh"
    -> "vu-thi-thanh" (s6-trial H19); None when it is right already or cannot be told."""
    if not isinstance(value, str) or ID_PATTERN.fullmatch(value.strip()):
        return None
    fixed = re.sub(r"[\s/]+", "-", _without_hidden(value).strip())
    return fixed if ID_PATTERN.fullmatch(fixed) else None


def _without_hidden(value: str) -> str:
    """``value`` without the characters that print nothing (Unicode format characters:
    zero-width space U+200B, word joiner, soft hyphen…), pasted with a web page's text."""
    import unicodedata

    return "".join(char for char in value if unicodedata.category(char) != "Cf")


def _hidden_in_id(value: Any) -> str:
    """ "; trong mã có ký tự ẩn U+200B ZERO WIDTH SPACE …" for an id holding a character
    that prints nothing, else "": the id looked right on screen (s6-trial H8)."""
    import unicodedata

    if not isinstance(value, str) or _without_hidden(value) == value:
        return ""
    hidden = next(char for char in value if unicodedata.category(char) == "Cf")
    code = f"U+{ord(hidden):04X} {unicodedata.name(hidden, '')}".strip()
    return msg("bad_id_hidden", code=code)


def _name_for_id(text: str, value: Any, data: dict[str, Any]) -> str:
    """A person's name where an id belongs (``speaker: Trần Văn Phước``): the message
    says whose id to write instead (s3-trial F67), when one attendee has that name."""
    attendees = data.get("attendees")
    if not isinstance(value, str) or not isinstance(attendees, list):
        return text
    ids = [
        person.get("id")
        for person in attendees
        if isinstance(person, dict)
        and isinstance(person.get("name"), str)
        and vn.fold(" ".join(person["name"].split())) == vn.fold(" ".join(value.split()))
    ]
    if len(ids) != 1 or not isinstance(ids[0], str):
        return text
    if _id_written_right(ids[0]):  # her id is written with spaces too: how to write it (H19)
        return text
    return msg("name_for_id", field=text.split(":", 1)[0], value=value, id=ids[0])


def _meant_key(field_path: FieldPath) -> tuple[str | None, str | None]:
    """The key an unknown key most likely meant, and the Vietnamese label it was written
    as, if any: the web form's label of a key ("Tên" is ``title``, "Ngày" is ``date``,
    s3-trial F61) first, then the nearest spelling ("titl" -> ``title``)."""
    from giaoban.messages import CATALOGUE

    key = str(field_path[-1])
    allowed = _allowed_keys(field_path[:-1])
    for option in allowed:
        label = CATALOGUE.get(f"web_field_{option}")
        if label is None:
            continue
        vietnamese = label["vi"]
        # "Họ và tên / tên", "Đại biểu (theo thứ tự lễ tân)": each name it gives counts
        names = re.split(r"\s*/\s*", re.sub(r"\s*\(.*?\)", "", vietnamese))
        if any(vn.fold(name) == vn.fold(key) for name in names if name):
            return option, vietnamese
    return vn.closest_match(key, allowed), None


def _several_options(value: str, options: list[str], aliases: dict[str, str]) -> list[str]:
    """The options a value joins with "và", "," or ";" ("dự và phát biểu" -> [dự, phát
    biểu]), each written the way the record accepts it; [] unless every part is one."""
    parts = [p.strip() for p in re.split(r",|;|\s+và\s+|&", value) if p.strip()]
    known = {vn.fold(o): o for o in options} | {vn.fold(a): t for a, t in aliases.items()}
    found = [known.get(vn.fold(part)) for part in parts]
    return found if len(found) > 1 and all(found) else []  # type: ignore[return-value]


def _option_first(value: str, options: list[str]) -> str | None:
    """The longest option the value starts with, as a whole word ("thư ký hội nghị")."""
    folded = vn.fold(value)
    starting = [o for o in options if folded.startswith(vn.fold(o) + " ")]
    return max(starting, key=len) if starting else None


def _mapping_meant_as_text(name: str, value: Any) -> str | None:
    """What to say when a text came out of YAML as a one-key mapping: ``- Hạn chế: cán
    bộ còn thiếu`` (': ' inside the text) or ``text: {qua-tet}`` (a figure first)."""
    if not isinstance(value, dict) or len(value) != 1:
        return None
    key, rest = next(iter(value.items()))
    if rest is None and re.fullmatch(r"[\w.-]+", str(key)):
        return msg(
            "expected_text_braces",
            field=name,
            fixed=json.dumps("{" + str(key) + "}", ensure_ascii=False),
        )
    if isinstance(rest, str):
        return msg(
            "expected_text_colon",
            field=name,
            fixed=json.dumps(f"{key}: {rest}", ensure_ascii=False),
        )
    return None


def _known_code(code: str) -> bool:
    from giaoban.messages import CATALOGUE

    return f"value_{code}" in CATALOGUE


def _allowed_keys(field_path: FieldPath) -> list[str]:
    model: Any = Record
    for part in field_path:
        if isinstance(part, int):
            continue
        field = model.model_fields.get(part) or next(
            (f for f in model.model_fields.values() if f.alias == part), None
        )
        if field is None:
            return []
        model = _model_in(field.annotation)
        if model is None:
            return []
    keys = [f.alias or name for name, f in model.model_fields.items()]
    if model.__name__ == "Attendee":
        keys.append("role")
    return [k for k in keys if not k.startswith("$")]


def _model_in(annotation: Any) -> type[BaseModel] | None:
    if isinstance(annotation, type) and issubclass(annotation, BaseModel):
        return annotation
    origin = typing.get_origin(annotation)
    if origin is None and not isinstance(annotation, types.UnionType):
        return None
    for arg in typing.get_args(annotation):
        found = _model_in(arg)
        if found is not None:
            return found
    return None
