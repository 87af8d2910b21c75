"""What the web application does with a folder of records, as a plain Python API.

Everything goes through giaoban's own functions: ``load_record`` validates (the same
messages as ``giaoban validate``), ``render_documents`` renders (the same bytes as
``giaoban render``), ``create`` makes a new record (``giaoban new``). This module adds
only what a browser needs: paths kept inside the folder, versions to notice a file
changed on disk, and the form's values merged into the YAML text (``yamltext``).
"""

from __future__ import annotations

import datetime as dt
import hashlib
import io
import os
import re
import threading
import zipfile
from collections import OrderedDict
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path
from typing import Any

from giaoban.errors import GiaobanError, Problem, RecordInvalid
from giaoban.messages import msg
from giaoban.record.discover import DEFAULTS_NAME, RECORD_SUFFIXES, defaults_chain
from giaoban.record.warnings import RecordWarning
from giaoban.vietnamese import iso_date, nfc, press_date
from giaoban.web.yamltext import merged_text

FieldPath = tuple[str | int, ...]


class Refused(GiaobanError):
    """A request the server will not carry out (a path outside the folder, say)."""

    def __init__(self, message: str, status: int = 403) -> None:
        super().__init__(message)
        self.status = status


class Conflict(GiaobanError):
    """The file changed on disk since the form opened it."""

    def __init__(self, message: str, disk_text: str) -> None:
        super().__init__(message)
        self.disk_text = disk_text


def version_of(data: bytes) -> str:
    """A file's version: the first 16 hex digits of its SHA-256 ("" for no file)."""
    return hashlib.sha256(data).hexdigest()[:16] if data else ""


@lru_cache(maxsize=2)
def schema(defaults: bool = False) -> dict[str, Any]:
    """The JSON Schema the form is generated from (``giaoban schema``)."""
    from giaoban.commands.schema import record_schema

    return record_schema(defaults)


def key_order(field_path: FieldPath, defaults: bool = False) -> list[str]:
    """The keys of the mapping at ``field_path`` in the model's order ([] when unknown)."""
    node: Any = schema(defaults)
    for part in field_path:
        node = _step(node, part)
        if node is None:
            return []
    node = _object_variant(node)
    return list((node or {}).get("properties", {}))


def _resolve(node: Any) -> Any:
    while isinstance(node, dict) and "$ref" in node:
        node = schema()["$defs"][node["$ref"].rsplit("/", 1)[-1]]
    return node


def _object_variant(node: Any) -> Any:
    node = _resolve(node)
    if isinstance(node, dict) and "anyOf" in node:
        for variant in node["anyOf"]:
            found = _object_variant(variant)
            if found is not None and "properties" in found:
                return found
        return None
    return node


def _step(node: Any, part: str | int) -> Any:
    node = _resolve(node)
    if not isinstance(node, dict):
        return None
    if "anyOf" in node:
        for variant in node["anyOf"]:
            found = _step(variant, part)
            if found is not None:
                return found
        return None
    if isinstance(part, int):
        return node.get("items")
    return node.get("properties", {}).get(part)


def normalised(value: Any) -> Any:
    """The form's values with every text in NFC (Unikey and others may type decomposed)."""
    if isinstance(value, str):
        return nfc(value)
    if isinstance(value, list):
        return [normalised(item) for item in value]
    if isinstance(value, dict):
        return {nfc(str(key)): normalised(item) for key, item in value.items()}
    return value


@dataclass
class Checked:
    """A record as the form has it: its YAML text, its problems, its documents' previews."""

    text: str
    problems: list[Problem]
    documents: dict[str, bytes]
    warnings: list[RecordWarning] = field(default_factory=list)
    # what the form's pickers offer as the cluster's members: those of the meeting's date
    # (None: the form's own list), s5-trial F105
    members: list[str] | None = None

    @property
    def ok(self) -> bool:
        return not self.problems


class Workspace:
    """The folder ``root`` and the records in it."""

    def __init__(self, root: Path) -> None:
        self.root = root.resolve()
        # the texts the forms opened, by version: the base their changes are merged onto
        self._opened: OrderedDict[str, str] = OrderedDict()
        self._lock = threading.Lock()

    # --- paths ------------------------------------------------------------------------

    def path(self, relative: str, must_exist: bool = True) -> Path:
        """The file ``relative`` names inside the folder; Refused for any other."""
        if not relative or "\x00" in relative or Path(relative).is_absolute():
            raise Refused(msg("web_outside", path=relative))
        candidate = (self.root / relative).resolve()
        if candidate != self.root and self.root not in candidate.parents:
            raise Refused(msg("web_outside", path=relative))
        if candidate.suffix.lower() not in RECORD_SUFFIXES:
            raise Refused(msg("web_not_record", path=relative))
        if must_exist and not candidate.is_file():
            raise Refused(msg("file_missing") + f": {relative}", status=404)
        return candidate

    def relative(self, path: Path) -> str:
        return path.resolve().relative_to(self.root).as_posix()

    def _listed_name(self, path: Path) -> str:
        """The name a found file has in the folder: a link leading out of it keeps its own
        name (the list shows it refused, s4-trial F82) instead of failing the whole list."""
        try:
            return self.relative(path)
        except ValueError:
            return path.absolute().relative_to(self.root).as_posix()

    def _inside(self, path: Path) -> bool:
        resolved = path.resolve()
        return resolved == self.root or self.root in resolved.parents

    # --- the folder view ----------------------------------------------------------------

    def listing(self) -> list[dict[str, Any]]:
        """Every record under the folder: title, date, cluster, problems, documents' state."""
        from giaoban.record.discover import find_records

        found = find_records([self.root])
        rows = [self._summary(path) for path in found.records]
        rows.sort(key=lambda row: (row["date"] or "", row["path"]), reverse=True)
        defaults = [self._listed_name(p) for p in found.defaults if self._inside(p)]
        for warning in found.misnamed_warnings():  # "hoi-nghi.yaml.txt" (s3-trial F48)
            row = {"path": self._listed_name(warning.file), "title": None, "date": None}
            row.update(cluster=None, problems=1, up_to_date=False)
            rows.append(row | {"first_problem": f"{row['path']}: {warning.message}"})
        return [*rows, *({"path": d, "defaults": True} for d in defaults)]

    def _summary(self, path: Path) -> dict[str, Any]:
        from giaoban.record import load_record

        row: dict[str, Any] = {"path": self._listed_name(path), "title": None, "date": None}
        row.update(cluster=None, problems=0, up_to_date=False)
        if not self._inside(path):  # opening it is refused: say so in the list (F82)
            row["problems"] = 1
            row["first_problem"] = msg("web_outside", path=row["path"])
            return row
        try:
            loaded = load_record(path)
        except RecordInvalid as error:
            row["problems"] = len(error.problems)
            row["first_problem"] = error.problems[0].format() if error.problems else ""
            return row
        record = loaded.record
        row["warnings"] = len(loaded.warnings)  # said in the list as validate says them
        row["first_warning"] = loaded.warnings[0].format() if loaded.warnings else ""
        row["title"] = record.meeting.title
        row["date"] = iso_date(record.meeting.date)  # to sort by
        row["date_shown"] = press_date(record.meeting.date, with_year=True)  # 13/12/2025 (F78)
        row["cluster"] = record.meeting.cluster.name if record.meeting.cluster else None
        row["up_to_date"] = self._documents_up_to_date(path)
        return row

    def _documents_up_to_date(self, path: Path) -> bool:
        from giaoban.commands.render import MINUTES_SUFFIX, output_path
        from giaoban.files import document_stem

        document = output_path(path.parent, f"{document_stem(path)}{MINUTES_SUFFIX}.docx")
        if not document.is_file():
            return False
        inputs = [path, *defaults_chain(path)]
        return document.stat().st_mtime >= max(p.stat().st_mtime for p in inputs)

    # --- one record -----------------------------------------------------------------------

    def open(self, relative: str) -> dict[str, Any]:
        """The record as the form shows it: its data (texts, as giaoban reads them) and version."""
        path = self.path(relative)
        raw = path.read_bytes()
        text = raw.decode("utf-8", errors="replace")
        version = self._remember(raw, text)
        from giaoban.record.source import load_source

        try:
            data = load_source(path).data
        except RecordInvalid as error:  # a file the form cannot show: say where and why
            return {
                "path": relative,
                "version": version,
                "data": None,
                "text": text,
                "problems": [_problem_json(p, self.root) for p in error.problems],
            }
        from giaoban.record.load import inherited_values

        inherited = {} if path.name == DEFAULTS_NAME else inherited_values(path)
        return {"path": relative, "version": version, "data": data, "inherited": inherited}

    def _remember(self, raw: bytes, text: str) -> str:
        version = version_of(raw)
        with self._lock:
            self._opened[version] = text
            self._opened.move_to_end(version)
            while len(self._opened) > 64:
                self._opened.popitem(last=False)
        return version

    def _base(self, path: Path, version: str) -> str:
        """The text the form opened as ``version`` (the disk's if it is still that)."""
        with self._lock:
            text = self._opened.get(version)
        if text is not None:
            return text
        raw = path.read_bytes() if path.is_file() else b""
        if version_of(raw) == version:
            return raw.decode("utf-8")
        raise Conflict(msg("web_conflict", path=self.relative(path)), _disk_text(path))

    def edited_text(self, relative: str, version: str, data: Any) -> str:
        """The YAML text of the record with the form's ``data`` (nothing written)."""
        from giaoban.record.source import load_source

        path = self.path(relative)
        base = self._base(path, version)
        try:
            original = load_source(path, base).data
        except RecordInvalid:
            original = None
        defaults = path.name == DEFAULTS_NAME
        return merged_text(
            base, original, normalised(data), lambda field: key_order(field, defaults)
        )

    def check(self, relative: str, version: str, data: Any, with_text: bool = False) -> Checked:
        """Validate and render what the form holds, as ``giaoban validate``/``render`` would.

        The form's values are read through a plain YAML text of them (fast); the text the
        file would get (comments kept, ``edited_text``) is made only ``with_text``. Both
        read as the same record: only the line numbers of the messages differ.
        """
        path = self.path(relative)
        text = self.edited_text(relative, version, data) if with_text else plain_yaml(data)
        if path.name == DEFAULTS_NAME:
            from giaoban.record.load import check_defaults

            return Checked(text, check_defaults(path, text), {})
        from giaoban.commands.render import render_documents
        from giaoban.record import load_record

        try:
            loaded = load_record(path, text=text)
        except RecordInvalid as error:
            return Checked(text, error.problems, {}, members=members_on_date(path, data))
        cluster = loaded.record.meeting.cluster
        members = list(cluster.members) if cluster else []  # its membership on the date
        try:
            documents = render_documents(loaded, formats=("html",))
        except GiaobanError as error:  # a broken template: said where, like the CLI
            return Checked(text, [Problem(path, error.message)], {}, members=members)
        return Checked(text, [], documents, loaded.warnings, members=members)

    def save(self, relative: str, version: str, data: Any, force: bool = False) -> dict[str, Any]:
        """Write the form's record atomically; Conflict if the file changed since ``version``
        (unless ``force``: the secretary chose to replace the disk's version)."""
        from giaoban.files import write_atomic

        path = self.path(relative)
        disk = path.read_bytes() if path.is_file() else b""
        if version_of(disk) != version and not force:
            raise Conflict(msg("web_conflict", path=relative), disk.decode("utf-8", "replace"))
        text = self.edited_text(relative, version, data)
        encoded = text.encode("utf-8")
        write_atomic(path, encoded)
        return {"version": self._remember(encoded, text), "text": text}

    def save_text(self, relative: str, version: str, text: str) -> dict[str, Any]:
        """Write the record's own text, as the secretary fixed it in the page where the form
        could not open it (a YAML error, s3-trial F31): atomically, only if the file is
        still ``version`` (Conflict) and the text now reads as YAML (RecordInvalid, with
        the error's line, nothing written). What the form checks, it checks once open."""
        from giaoban.files import write_atomic
        from giaoban.record.source import load_source

        path = self.path(relative)
        disk = path.read_bytes() if path.is_file() else b""
        if version_of(disk) != version:
            raise Conflict(msg("web_conflict", path=relative), disk.decode("utf-8", "replace"))
        load_source(path, text)  # RecordInvalid: said at its line, the file untouched
        encoded = text.encode("utf-8")
        write_atomic(path, encoded)
        return {"version": self._remember(encoded, text)}

    def create(self, name: str, previous: str | None, date: dt.date | None) -> dict[str, Any]:
        """A new record from ``giaoban new`` (from last year's record when ``previous``):
        ``{"path": its path in the folder, "told": what giaoban new prints of it}`` (the
        provinces the reorganisation changed, what to check: s3-trial F42). A name left
        empty is refused; "\\" separates folders as "/" does (a Windows path, F34)."""
        from giaoban.commands.new import create, told

        name = name.strip().replace("\\", "/")
        if not re.sub(r"(?i)\.ya?ml$", "", name.rsplit("/", 1)[-1]).strip(". "):
            raise Refused(msg("web_new_name_missing"), 400)
        if not name.lower().endswith(RECORD_SUFFIXES):
            name += ".yaml"
        target = self.path(name, must_exist=False)
        if target.name == DEFAULTS_NAME:
            raise Refused(msg("web_not_record", path=name))
        # said in the page's words and the folder's names, not with the command's --force
        # and the server's paths (s5-trial F109, F123)
        from giaoban.files import case_twin

        if target.exists():
            raise Refused(msg("web_new_exists", path=self.relative(target)), 409)
        twin = case_twin(target)
        if twin is not None:
            raise Refused(
                msg("web_new_case_twin", path=self.relative(target), twin=self._listed_name(twin)),
                409,
            )
        source = self.path(previous) if previous else None
        try:
            lines = told(create(target, source, date, force=False))
        except GiaobanError as error:
            from giaoban.web.problem_page import without_root

            said = without_root(error.message, self.root)
            if said.startswith("--date:"):  # the form's box, not the command's option
                said = msg("web_field_date") + said.removeprefix("--date")
            raise Refused(said, 400) from None
        # the folder's own paths, not the server's (the form shows paths inside the folder)
        inside = f"{self.root}{os.sep}"
        return {"path": self.relative(target), "told": [line.replace(inside, "") for line in lines]}

    def create_defaults(self) -> str:
        """A defaults file (``giaoban.yaml``) at the top of the folder, to fill in the form;
        Refused if there is one already."""
        from giaoban.files import write_atomic

        target = self.root / DEFAULTS_NAME
        if target.exists():
            raise Refused(msg("exists_no_force", path=DEFAULTS_NAME), 409)
        text = f"# {msg('web_defaults_header')}\nmeeting: {{}}\n"
        write_atomic(target, text.encode("utf-8"))
        return DEFAULTS_NAME

    def documents(self, relative: str, formats: tuple[str, ...]) -> dict[str, bytes]:
        """The saved record's documents, rendered exactly as ``giaoban render`` renders them."""
        from giaoban.commands.render import render_documents
        from giaoban.record import load_record

        return render_documents(load_record(self.path(relative)), formats=formats)

    def export_folder(self) -> str:
        """``giaoban export FOLDER -o FOLDER``: every record's documents beside it, the
        year summaries; incremental, never overwriting a document edited by hand.
        Returns what ``giaoban export`` prints at the end."""
        from giaoban.commands.export import report_lines
        from giaoban.export import export

        return "\n".join(report_lines(export(self.root, self.root)))

    def diff_page(self, old: str, new: str) -> str:
        """``giaoban diff OLD NEW --format html``: the directives of two meetings compared."""
        from giaoban.commands.diff import compare_meetings, html_page, load_meeting

        comparison = compare_meetings(load_meeting(self.path(old)), load_meeting(self.path(new)))
        return html_page([comparison], None, [])

    def followup_page(self, cluster: str) -> str:
        """``giaoban followup FOLDER --cluster NAME`` as a page: every directive of the
        cluster across the folder's years (giaoban.followup.cluster_report)."""
        from giaoban.followup import cluster_report, report_html

        return report_html(cluster_report(self.root, cluster))

    def render_beside(self, relative: str, replace_kept: bool = False) -> dict[str, Any]:
        """``giaoban render`` into the record's own folder, said document by document:
        ``{"written": [...], "kept": [{"path", "backup"}], "in_use": [messages]}``, paths
        inside the folder (s5-trial F109: the page said "--force" and the server's paths,
        and not that the other documents WERE written, so the two disagreed).

        A document edited since giaoban wrote it (in Word, say) is kept, as ``render``
        keeps it; ``backup`` is the name it would be kept under if the secretary asks for
        the new one. With ``replace_kept``, each such document is first renamed to its
        ``backup`` (nothing she made is lost), then the new one written in its place."""
        from giaoban.commands.render import render_record
        from giaoban.web.problem_page import without_root

        path = self.path(relative)
        kept_paths: list[Path] = []
        in_use: list[str] = []
        written = render_record(path, path.parent, kept=[], kept_paths=kept_paths, in_use=in_use)
        renamed: list[dict[str, str]] = []
        if replace_kept and kept_paths:
            for document in kept_paths:
                backup = _backup_name(document)
                try:
                    os.link(document, backup)  # never over an existing file
                    os.unlink(document)
                except OSError as error:
                    from giaoban.files import not_writable

                    raise Refused(
                        without_root(not_writable(document, error).message, self.root), 409
                    ) from None
                renamed.append({"path": self.relative(document), "backup": self.relative(backup)})
            kept_paths, in_use = [], []
            written = render_record(
                path, path.parent, kept=[], kept_paths=kept_paths, in_use=in_use
            )
        return {
            "written": [self.relative(p) for p in written],
            "kept": [
                {"path": self.relative(p), "backup": self.relative(_backup_name(p))}
                for p in kept_paths
            ],
            "renamed": renamed,
            "in_use": [without_root(line, self.root) for line in in_use],
        }


def _backup_name(document: Path) -> Path:
    """The free name an edited document is kept under when the web page writes the new
    one in its place: ``x-bien-ban-sua-tay.docx`` (then ``-sua-tay-2`` …)."""
    number = 1
    while True:
        tail = "-sua-tay" + (f"-{number}" if number > 1 else "")
        candidate = document.with_name(f"{document.stem}{tail}{document.suffix}")
        if not candidate.exists():
            return candidate
        number += 1


def members_on_date(path: Path, data: Any) -> list[str] | None:
    """The cluster members a picker offers for a record that does not validate yet: every
    member its cluster lists (the record's, and ``giaoban.yaml``'s with each ``membership``
    period) that is a unit on the meeting's date, as the gazetteer says (s5-trial F105:
    Bạc Liêu, Kiên Giang … offered for a meeting of 10/12/2025, an error once picked).
    None when the date cannot be read (the form then offers its own list)."""
    from giaoban import gazetteer as gz
    from giaoban.record.load import inherited_values
    from giaoban.vietnamese import parse_date

    meeting = data.get("meeting") if isinstance(data, dict) else None
    if not isinstance(meeting, dict):
        return None
    try:
        day = parse_date(str(meeting.get("date", "")))
    except ValueError:
        return None
    clusters = [meeting.get("cluster"), inherited_values(path).get("meeting", {}).get("cluster")]
    names: list[str] = []
    kind = "tỉnh"
    for cluster in (c for c in clusters if isinstance(c, dict)):
        kind = str(cluster.get("member_kind") or kind) if kind == "tỉnh" else kind
        periods = cluster.get("membership") if isinstance(cluster.get("membership"), list) else []
        for listed in [
            cluster.get("members"),
            *(p.get("members") for p in periods if isinstance(p, dict)),
        ]:
            for name in [listed] if isinstance(listed, str) else listed or []:
                if isinstance(name, str) and name not in names:
                    names.append(name)
    if kind != "tỉnh":  # communes and organisations are not in the gazetteer
        return names
    return [name for name in names if _unit_on(gz, name, day)]


def _unit_on(gz: Any, name: str, day: dt.date) -> bool:
    """Whether ``name`` is not a province abolished, renamed or not yet made on ``day``."""
    problem = gz.check(name, day)
    return problem is None or problem.key.startswith("province_unknown")


def plain_yaml(data: Any) -> str:
    """The form's values as YAML text that giaoban's reader reads back as the same values."""
    import yaml

    dumper = getattr(yaml, "CSafeDumper", yaml.SafeDumper)
    return yaml.dump(
        normalised(data), Dumper=dumper, allow_unicode=True, sort_keys=False, width=4096
    )


def _disk_text(path: Path) -> str:
    try:
        return path.read_bytes().decode("utf-8", "replace")
    except OSError:
        return ""


def _problem_json(problem: Problem, root: Path) -> dict[str, Any]:
    """A problem for the form: the message ``giaoban validate`` prints, and its field."""
    return {
        "message": problem.message,
        "line": problem.line,
        "column": problem.column,
        "field": list(problem.field_path) if problem.field_path is not None else None,
        "file": problem.file.name,
        "text": problem.format(),
    }


def problems_json(problems: list[Problem], root: Path) -> list[dict[str, Any]]:
    return [_problem_json(p, root) for p in problems]


def warnings_json(warnings: list[RecordWarning]) -> list[dict[str, Any]]:
    """Warnings for the form: the text ``giaoban validate`` prints after "cảnh báo:"."""
    return [
        {
            "message": warning.message,
            "field": list(warning.field_path) if warning.field_path is not None else None,
            "text": warning.format(),
            "file": warning.file.name,  # giaoban.yaml, when a defaults value is warned about
            "line": warning.line,
        }
        for warning in warnings
    ]


# --- the minutes as text, read from the rendered .docx ----------------------------------

_W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def minutes_paragraphs(docx: bytes) -> list[dict[str, Any]]:
    """The paragraphs of a rendered .docx in reading order, tables row by row:
    ``{"text", "align" (left/center/right/both), "bold", "cells" (for a table row)}``;
    alignment and bold come from the paragraph, its runs, or its style (styles.xml)."""
    from lxml import etree

    with zipfile.ZipFile(io.BytesIO(docx)) as archive:
        root = etree.fromstring(archive.read("word/document.xml"))
        try:
            styles = _styles(archive.read("word/styles.xml"))
        except KeyError:
            styles = {}
    body = root.find(f"{_W}body")
    out: list[dict[str, Any]] = []
    for element in body if body is not None else []:
        if element.tag == f"{_W}p":
            out.append(_paragraph(element, styles))
        elif element.tag == f"{_W}tbl":
            for row in element.iter(f"{_W}tr"):
                cells = [
                    [_paragraph(p, styles) for p in cell.iter(f"{_W}p")]
                    for cell in row.iter(f"{_W}tc")
                ]
                out.append({"cells": cells})
    return out


@lru_cache(maxsize=8)
def _styles(raw: bytes) -> dict[str, tuple[str | None, bool | None]]:
    """Paragraph styles: id -> (alignment, bold), following ``basedOn``. Read once per
    template: its styles.xml (hundreds of KB of Word's latent styles) is the same each time."""
    from lxml import etree

    root = etree.fromstring(raw)
    own: dict[str, tuple[str | None, bool | None, str | None]] = {}
    for style in root.iter(f"{_W}style"):
        jc = style.find(f"{_W}pPr/{_W}jc")
        based = style.find(f"{_W}basedOn")
        own[style.get(f"{_W}styleId", "")] = (
            jc.get(f"{_W}val") if jc is not None else None,
            _on(style.find(f"{_W}rPr/{_W}b")),
            based.get(f"{_W}val") if based is not None else None,
        )
    resolved: dict[str, tuple[str | None, bool | None]] = {}
    for style_id in own:
        align, bold, parent = own[style_id]
        seen = {style_id}
        while parent in own and parent not in seen and (align is None or bold is None):
            seen.add(parent)
            parent_align, parent_bold, parent = own[parent]
            align = align if align is not None else parent_align
            bold = bold if bold is not None else parent_bold
        resolved[style_id] = (align, bold)
    return resolved


def _on(element: Any) -> bool | None:
    if element is None:
        return None
    return element.get(f"{_W}val") not in ("0", "false")


def _paragraph(element: Any, styles: dict[str, tuple[str | None, bool | None]]) -> dict[str, Any]:
    style = element.find(f"{_W}pPr/{_W}pStyle")
    style_align, style_bold = styles.get(
        style.get(f"{_W}val") if style is not None else "", (None, None)
    )
    parts: list[str] = []
    bold_runs = 0
    runs = 0
    for run in element.iter(f"{_W}r"):
        text = ""
        for child in run:
            if child.tag == f"{_W}t":
                text += child.text or ""
            elif child.tag == f"{_W}tab":
                text += "\t"
            elif child.tag in (f"{_W}br", f"{_W}cr"):
                text += "\n"
        if text.strip():
            runs += 1
            bold = _on(run.find(f"{_W}rPr/{_W}b"))
            if bold or (bold is None and style_bold):
                bold_runs += 1
        parts.append(text)
    align = element.find(f"{_W}pPr/{_W}jc")
    return {
        "text": "".join(parts),
        "align": align.get(f"{_W}val") if align is not None else (style_align or "left"),
        "bold": runs > 0 and bold_runs == runs,
    }
