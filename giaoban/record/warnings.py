"""Warnings: values that are valid but probably not what the secretary meant.

An error stops a record; a warning does not. ``load_record`` runs every registered
check on a record that has no error and returns what they found, located like errors
(file, line and column of the value in the record or in the defaults file that gave
it), in ``LoadedRecord.warnings``. ``giaoban validate``, ``render`` and ``export``
print each one on stderr as::

    hoi-nghi.yaml:165:12: cảnh báo: figures, mục 1, value: ...      (--lang en: warning:)

and keep exit code 0; with ``--strict`` (``load_record(path, strict=True)``) every
warning is an error instead: the record is refused and the exit code is 1.

Adding a check
--------------
Write a function ``check(record: Record, warn: Warn) -> None`` below, decorated with
``@warning_check``, and add its message to ``giaoban/messages.py`` (Vietnamese and
English, like every error). Inside, one call adds one warning at a YAML path::

    @warning_check
    def decimal_count(record: Record, warn: Warn) -> None:
        for index, figure in enumerate(record.figures):
            if ...:
                warn(("figures", index, "value"), "warning_decimal_count", value=...)

``warn(field_path, key, **values)``: ``field_path`` is the path of keys and 0-based list
indexes as in the YAML (``("figures", 0, "value")``); the warning is placed at that value,
or at its nearest written parent when the value came from a default. ``key`` names the
message in the catalogue; ``values`` fill its ``{placeholders}``, and ``{field}`` is
always available: the path as a secretary reads it (``figures, mục 1, value``; see
``giaoban.record.source.field_name``), in the language of the moment it is shown.
Checks run in registration order; the warnings are returned in file order.
"""

from __future__ import annotations

import dataclasses
import datetime as dt
import re
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Protocol

from giaoban import gazetteer as gz
from giaoban import vietnamese as vn
from giaoban.errors import Problem, RecordInvalid
from giaoban.messages import msg
from giaoban.record.discover import DEFAULTS_NAME, ClusterIdentity
from giaoban.record.model import Record
from giaoban.record.source import FieldPath, field_name

Locate = Callable[[FieldPath], tuple[Path, int, int]]


@dataclass(frozen=True)
class RecordWarning:
    """One warning: where (``file``, 1-based ``line`` and ``column``) and what (``key``,
    ``values``); the text is made from the catalogue in the language chosen when shown."""

    file: Path
    line: int
    column: int
    key: str
    values: dict[str, Any] = field(default_factory=dict, hash=False, compare=False)
    # the value warned about, ("figures", 0, "value"): the web form shows it beside that field
    field_path: FieldPath | None = field(default=None, hash=False, compare=False)
    # the records it was found for, when it sits in a defaults file (giaoban.yaml): a value
    # there can be wrong for one record only (press.part_of_day without a start time)
    records: tuple[Path, ...] = field(default=(), hash=False, compare=False)

    @property
    def message(self) -> str:
        """The text, in the language chosen now (not when the warning was made)."""
        values = dict(self.values)
        if self.field_path is not None:
            values.setdefault("field", field_name(self.field_path))
        text = msg(self.key, **values)
        if self.records:  # s3-trial F3: which record the defaults file's value is wrong for
            shown = ", ".join(str(r) for r in self.records[:3])
            more = len(self.records) - 3
            if more > 0:
                shown = msg("warning_records_more", records=shown, more=more)
            text += msg("warning_for_records", records=shown)
        return text

    def merged(self, other: RecordWarning) -> RecordWarning:
        """This warning, found for ``other``'s records too (the same defaults value)."""
        records = tuple(dict.fromkeys(self.records + other.records))
        return dataclasses.replace(self, records=records)

    def as_problem(self) -> Problem:
        """The same finding as an error (``--strict``), saying it is one because of it."""
        text = f"{msg('warning_strict_label')}: {self.message}"
        return Problem(self.file, text, self.line, self.column)

    def format(self) -> str:
        """``file:line:column: cảnh báo: message`` (English: ``warning:``)."""
        return f"{self.file}:{self.line}:{self.column}: {msg('warning_label')}: {self.message}"


class Warn(Protocol):
    def __call__(self, field_path: FieldPath, key: str, /, **values: Any) -> None: ...


Check = Callable[[Record, Warn], None]
CHECKS: list[Check] = []


def warning_check(check: Check) -> Check:
    """Register ``check`` to run on every valid record (see the module docstring)."""
    CHECKS.append(check)
    return check


FileCheck = Callable[[Record, Path, Warn], None]
FILE_CHECKS: list[FileCheck] = []


def file_warning_check(check: FileCheck) -> FileCheck:
    """Register ``check``, which also reads the record's file name (to look beside it)."""
    FILE_CHECKS.append(check)
    return check


def collect_warnings(record: Record, locate: Locate) -> list[RecordWarning]:
    """Run every registered check on ``record``; the warnings in file order."""
    found: list[RecordWarning] = []
    record_file = locate(())[0]

    def warn(field_path: FieldPath, key: str, /, **values: Any) -> None:
        file, line, column = locate(tuple(field_path))
        records = (record_file,) if file != record_file else ()
        found.append(RecordWarning(file, line, column, key, values, tuple(field_path), records))

    warn.locate = locate  # type: ignore[attr-defined]  # for a check naming another line
    for check in CHECKS:
        check(record, warn)
    for file_check in FILE_CHECKS:
        file_check(record, record_file, warn)
    found.sort(key=lambda w: (str(w.file), w.line, w.column))
    return found


# --- the checks -------------------------------------------------------------------------


@warning_check
def decimal_count(record: Record, warn: Warn) -> None:
    """A count (documents, gifts, houses, people...) has no fraction: ``value: 19,455`` with
    ``unit: văn bản`` was meant as 19455, not nineteen and a bit."""
    for index, figure in enumerate(record.figures):
        value = figure.value
        if value == value.to_integral_value() or not vn.is_count_unit(figure.unit):
            continue
        digits = -value.as_tuple().exponent  # type: ignore[operator]
        shown = vn.format_number(value, digits)
        if digits == 3:  # 19,455: a thousands separator typed as a decimal comma
            whole = str(value).replace(".", "").lstrip("0") or "0"
            key = "warning_decimal_count_thousands"
        else:
            whole = vn.format_number(value, 0)
            key = "warning_decimal_count"
        warn(("figures", index, "value"), key, value=shown, unit=figure.unit, whole=whole)


_UNIT_SUFFIX = r"\s*(?:[(,:/–-]\s*)?\(?\s*{unit}\s*\)?\s*$"


@warning_check
def label_repeats_unit(record: Record, warn: Warn) -> None:
    """The documents print ``label: value unit``; a label that ends with its unit
    (``nhà Đại đoàn kết (căn)``, ``số hộ, hộ``) or is the unit reads it twice."""
    for index, figure in enumerate(record.figures):
        unit = (figure.unit or "").strip()
        if not unit or unit == "%":
            continue
        label = figure.label.strip()
        folded_label, folded_unit = label.casefold(), unit.casefold()
        pattern = _UNIT_SUFFIX.format(unit=re.escape(folded_unit))
        ends = re.search(r"(?:^|\s|[(,:/–-])" + pattern, folded_label)
        if folded_label == folded_unit or ends:
            text = f"{vn.capitalize_first(label)}: {figure.formatted()}"
            warn(("figures", index, "label"), "warning_label_repeats_unit", unit=unit, text=text)


# How far from the work year a date may be before it looks like a typo: a deadline may
# fall a few years ahead (a term of office is five years), not before the year reported.
DEADLINE_YEARS_AHEAD = 5


@warning_check
def dates_far_from_work_year(record: Record, warn: Warn) -> None:
    """Dates and years other than the meeting's, far from the work year (``cluster.year``)."""
    year = record.year

    def far(field_path: FieldPath, day: dt.date | str | None, first: int, last: int) -> None:
        if day is None:
            return
        # a period deadline ("quý I/2024") ends with its year
        day_year = int(day[-4:]) if isinstance(day, str) else day.year
        if not first <= day_year <= last:
            shown = day if isinstance(day, str) else vn.press_date(day, with_year=True)
            warn(field_path, "warning_date_far", value=shown, year=year)

    for index, directive in enumerate(record.directives):
        last = year + DEADLINE_YEARS_AHEAD
        far(("directives", index, "deadline"), directive.deadline, year, last)
    for index, figure in enumerate(record.figures):
        if figure.year is not None and figure.year > year:
            warn(("figures", index, "year"), "warning_year_ahead", value=figure.year, year=year)
    # Without cluster.year the work year is the meeting's, one too many for a January review.
    cluster = record.meeting.cluster
    day = record.meeting.date
    if cluster and cluster.year and day.year == year + 1 and day > dt.date(year + 1, 3, 31):
        # a review of the year meets early the next; one after its first quarter is more
        # likely the next year's meeting with last year's cluster.year (s3-trial F29)
        shown = vn.press_date(day, with_year=True)
        warn(("meeting", "date"), "warning_meeting_late", date=shown, year=year, next=year + 1)
    reported = {year} if cluster and cluster.year else {year - 1, year}
    if record.report and record.report.year is not None and record.report.year not in reported:
        warn(("report", "year"), "warning_report_year", value=record.report.year, year=year)
    elif (
        record.report
        and record.report.year == year - 1
        and not (cluster and cluster.year)
        and day.month <= 3
        and all(h.year != year for h in record.handover)  # else an error says it (checks)
    ):
        # a review of last year held early in this one, without its work year: the
        # documents would head it with this year and elect next year's chair (s4-trial F88)
        shown = vn.press_date(day, with_year=True)
        values = {"value": year - 1, "year": year, "date": shown, "next": year + 1}
        warn(("report", "year"), "warning_report_year_early_review", **values)


# A record describes a meeting that took place or is being prepared; a secretary prepares
# one a few months ahead at most. Further ahead is a typed year (2062 for 2026, s3-trial F52).
PREPARED_DAYS_AHEAD = 366


def today() -> dt.date:
    """The machine's date (one place, so that a test can set it)."""
    return dt.date.today()


@warning_check
def meeting_far_ahead(record: Record, warn: Warn) -> None:
    """The meeting's date more than a year after today (the machine's clock)."""
    day = record.meeting.date
    if (day - today()).days > PREPARED_DAYS_AHEAD:
        shown = vn.press_date(day, with_year=True)
        warn(("meeting", "date"), "warning_meeting_far_ahead", value=shown)


@warning_check
def district_level_after_2025(record: Record, warn: Warn) -> None:
    """A huyện, quận, thị xã or provincial city named after 30/6/2025 (see places.py)."""
    from giaoban.record.places import district_level

    district_level(record, warn)


@warning_check
def member_organisation_spelling(record: Record, warn: Warn) -> None:
    """One of the five organisations under the MTTQ, misspelt (see places.py, mttq.py)."""
    from giaoban.record.places import organisation_spelling

    organisation_spelling(record, warn)


# Fields that no default template prints and no command reads (issue 10: "never drop
# what the record holds in silence"). A record that names its own template may print
# them, so the check is left to the secretary there.
UNPRINTED = {
    ("attendees", "given_name"): "given_name",
}


@warning_check
def unprinted_fields(record: Record, warn: Warn) -> None:
    """A field that neither the documents nor any command uses is said, not ignored."""
    if record.minutes.template or record.press.template:
        return
    sections = {"attendees": record.attendees, "directives": record.directives}
    for (section, name), key in UNPRINTED.items():
        for index, item in enumerate(sections[section]):
            value = getattr(item, name)
            if value:
                warn((section, index, key), "warning_unprinted_field", name=key)


@warning_check
def followup_not_filled(record: Record, warn: Warn) -> None:
    """A follow-up without a status (as ``giaoban new --from`` writes it, for the secretary
    to fill in): the documents say only what it holds, its result if any."""
    for index, followup in enumerate(record.followup):
        if followup.status is None:
            text = followup.text or ""
            short = text if len(text) <= 50 else text[:50].rsplit(" ", 1)[0] + "…"
            named = followup.directive or short  # named by its text: its first words
            warn(("followup", index, "status"), "warning_followup_status", id=named)


@warning_check
def followup_year_assumed(record: Record, warn: Warn) -> None:
    """A follow-up that gives no year, in a folder holding no record of the cluster's
    earlier meetings (load._followup_years gives it the previous meeting's year when one
    is there): the year before the work year is assumed, which after a year without a
    meeting is wrong; the secretary writes the year to be sure."""
    for index, followup in enumerate(record.followup):
        if followup.year is None:
            warn(("followup", index), "warning_followup_year_assumed", year=record.year - 1)


@file_warning_check
def followup_text_matches_nothing(record: Record, record_file: Path, warn: Warn) -> None:
    """A follow-up named by its text alone is matched, as ``giaoban diff`` matches
    directives, against the directives of the earlier meeting's record beside it
    (giaoban.record.earlier); a text that matches none of them is followed up nowhere."""
    from giaoban.record.earlier import earlier_record, match_text

    cluster = record.meeting.cluster.name if record.meeting.cluster else None
    for index, followup in enumerate(record.followup):
        if followup.directive or not followup.text:
            continue
        year = followup.year or record.year - 1
        before = record.meeting.date if year == record.year else None
        earlier = earlier_record(record_file, year, cluster, followup.meeting, before)
        if earlier is None:
            continue
        if match_text(followup.text, list(earlier.texts), list(earlier.addressees)) is None:
            warn(
                ("followup", index, "text"),
                "warning_followup_text_unmatched",
                file=earlier.path.name,
                year=year,
            )


@warning_check
def year_review_early(record: Record, warn: Warn) -> None:
    """A tổng kết of the year (``kind: tổng kết`` or ``period: năm``) dated in the first
    three quarters of its own work year: the year is not over (s5-trial F116: a June
    meeting written "tổng kết năm" by ``new --from`` December's). Real clusters hold it
    from late November, or in January of the next year with the year before as
    ``cluster.year`` (tests/data/corpus; s4-trial F88), which is not warned."""
    meeting = record.meeting
    if not (meeting.period == "năm" or (meeting.kind == "tổng kết" and not meeting.period)):
        return
    if meeting.date.year != record.year or meeting.date.month > 9:
        return
    warn(
        ("meeting", "period") if meeting.period == "năm" else ("meeting", "kind"),
        "warning_year_review_early",
        date=vn.press_date(meeting.date, with_year=True),
        year=record.year,
        before=record.year - 1,
    )


@warning_check
def half_year_review_early(record: Record, warn: Warn) -> None:
    """A sơ kết of the first six months (``period: 6 tháng đầu năm``) dated before May of
    its own work year, when the half year is far from over: real clusters hold it from
    June to August (tests/data/corpus). s6-trial H27: ``new --from`` December's review
    wrote one for 9 January."""
    meeting = record.meeting
    if meeting.period != "6 tháng đầu năm":
        return
    if meeting.date.year != record.year or meeting.date.month >= 5:
        return
    warn(
        ("meeting", "period"),
        "warning_half_year_review_early",
        date=vn.press_date(meeting.date, with_year=True),
        year=record.year,
    )


@file_warning_check
def continues_unknown(record: Record, record_file: Path, warn: Warn) -> None:
    """A directive that ``continues`` an id the cluster's previous meeting (the last one
    before this record's date that gave directives, beside it or in its archive: the
    meeting ``giaoban diff`` compares it with) does not give: diff and followup then
    take it for a new directive with no link (s5-check G2). Not said when no earlier
    record is found."""
    from giaoban.record.earlier import meeting_before

    wanted = [(i, d.continues) for i, d in enumerate(record.directives) if d.continues]
    if not wanted:
        return
    cluster = record.meeting.cluster.name if record.meeting.cluster else None
    try:
        previous = meeting_before(record_file, record.meeting.date, cluster)
    except OSError:
        return
    if previous is None or previous.date is None:
        return
    ids = [i for i in previous.ids if i]
    for index, continued in wanted:
        if continued in ids:
            continue
        hint = vn.closest_match(continued, ids) if ids else None
        warn(
            ("directives", index, "continues"),
            "warning_continues_unknown",
            id=continued,
            file=previous.path.name,
            date=vn.press_date(previous.date, with_year=True),
            known=hint or ", ".join(ids) or "-",
        )


@file_warning_check
def record_name_too_long(record: Record, record_file: Path, warn: Warn) -> None:
    """A record whose name leaves no room for what giaoban adds to name its documents:
    one file name has at most 255 bytes (``files.NAME_MAX``), and its documents could not
    be written, whatever the folder (s3-trial F47)."""
    from giaoban.files import NAME_ADDED, NAME_MAX, document_stem

    size = len(document_stem(record_file).encode())
    if size > NAME_MAX - NAME_ADDED:
        warn((), "warning_record_name_too_long", bytes=size, limit=NAME_MAX - NAME_ADDED)


@file_warning_check
def record_name_not_portable(record: Record, record_file: Path, warn: Warn) -> None:
    """A record whose name holds a character Windows refuses in a file name (``:``, ``?``,
    ``"``, ``<``...; ``giaoban.files.WINDOWS_FORBIDDEN``): its documents are named with "_"
    in its place, so that a zip sent to a colleague opens in Explorer and a FAT/exFAT USB
    stick takes them; said, so that the secretary finds them (s4-trial F74)."""
    from giaoban.commands.render import MINUTES_SUFFIX
    from giaoban.files import document_stem, forbidden_characters, portable_name

    stem = document_stem(record_file)
    found = forbidden_characters(stem)
    if found:
        shown = ", ".join(f"“{c}”" if c.isprintable() else repr(c) for c in found)
        document = f"{portable_name(stem)}{MINUTES_SUFFIX}.docx"
        warn((), "warning_record_name_not_portable", chars=shown, document=document)


@file_warning_check
def cluster_without_its_defaults(record: Record, record_file: Path, warn: Warn) -> None:
    """A record that speaks of its cluster (``meeting.cluster``) but gives neither its
    name nor its members, with no giaoban.yaml above it: most likely copied out of its
    folder without the folder's defaults file, and the documents would quietly lose the
    cluster's name and members, the organiser and the recipients that file gives
    (s2-trial F9). Not said when a defaults file applies (what it holds is the
    secretary's choice), nor for a record that names its cluster (the real records of
    tests/data/corpus whose article does not list the members)."""
    from giaoban.record.discover import defaults_chain

    cluster = record.meeting.cluster
    if cluster is None or cluster.name or cluster.members or cluster.membership:
        return
    if defaults_chain(record_file):
        return
    warn(("meeting", "cluster"), "warning_cluster_without_defaults", name=DEFAULTS_NAME)


@warning_check
def part_of_day_without_time(record: Record, warn: Warn) -> None:
    """``press.part_of_day: true`` opens the lead with "Sáng 15/12" only when the record
    gives a start time or ``meeting.part_of_day``; without either it has no effect."""
    meeting = record.meeting
    if record.press.part_of_day and not meeting.start and not meeting.part_of_day:
        warn(("press", "part_of_day"), "warning_part_of_day_unknown")


@warning_check
def commune_kind_unsaid(record: Record, warn: Warn) -> None:
    """A cluster of communes whose kind the record leaves open: ``member_kind: xã, phường``
    with members named bare ("Tốt Động"), which the documents can only count "8 xã,
    phường" (communes are not in the gazetteer, and a kind is not guessed); and a member
    named "phường X" in a cluster said to hold only xã (or the reverse)."""
    cluster = record.meeting.cluster
    if cluster is None or not cluster.members:
        return
    kinds = [gz.commune_kind(m) for m in cluster.members]
    # a name that says another kind ("thị trấn Vân Du") is not bare: "xã thị trấn …" is
    # no advice (s6-trial H24); the town's own warning says what to write
    bare = [
        m
        for m, k in zip(cluster.members, kinds, strict=True)
        if not k and not gz.district_kind(m) and not m.casefold().startswith("thị trấn ")
    ]
    if cluster.member_kind == "xã, phường" and bare:
        path = ("meeting", "cluster", "member_kind")
        warn(path, "warning_member_kind_unsaid", count=len(cluster.members), example=bare[0])
    if cluster.member_kind in {"xã", "phường"}:
        for index, (member, kind) in enumerate(zip(cluster.members, kinds, strict=True)):
            if kind and kind != cluster.member_kind:
                path = ("meeting", "cluster", "members", index)
                values = {"name": member, "named": kind, "kind": cluster.member_kind}
                warn(path, "warning_member_kind_contradicted", **values)
    if cluster.member_kind != "tỉnh":  # a province among communes or organisations (F41)
        for index, (member, kind) in enumerate(zip(cluster.members, kinds, strict=True)):
            if kind or gz.official_name(member) is None:
                continue
            unit = gz.kind(member, record.meeting.date)
            values = {"name": member, "unit": unit, "kind": cluster.member_kind}
            warn(("meeting", "cluster", "members", index), "warning_member_is_province", **values)


def _quoting_texts(record: Record) -> list[tuple[FieldPath, str]]:
    """Every text that may quote a figure by ``{id}`` (the ones ``figure_filler`` fills),
    with its path in the record."""
    texts: list[tuple[FieldPath, str | None]] = []
    for s_index, speech in enumerate(record.speeches):
        for p_index, paragraph in enumerate(speech.paragraphs):
            texts.append((("speeches", s_index, "paragraphs", p_index, "text"), paragraph.text))
    texts += [(("directives", i, "text"), d.text) for i, d in enumerate(record.directives)]
    for index, followup in enumerate(record.followup):
        texts += [(("followup", index, "text"), followup.text)]
        texts += [(("followup", index, "result"), followup.result)]
        for p_index, province in enumerate(followup.provinces):
            texts.append((("followup", index, "provinces", p_index, "result"), province.result))
    if record.report:
        texts += [(("report", "results", i), t) for i, t in enumerate(record.report.results)]
        texts += [
            (("report", "limitations", i), t) for i, t in enumerate(record.report.limitations)
        ]
    texts += [(("priorities", "items", i), t) for i, t in enumerate(record.priorities.items)]
    texts += [(("minutes", "conclusion", i), t) for i, t in enumerate(record.minutes.conclusion)]
    return [(path, text) for path, text in texts if text]


@warning_check
def brace_opens_no_figure(record: Record, warn: Warn) -> None:
    """A "{" in a text that does not open a figure's id ("đã trao {qua-tet cho hộ nghèo",
    "{qua tet}"): the documents print it as written, braces and all."""
    from giaoban.record.checks import FIGURE_REFERENCE

    ids = [f.id for f in record.figures]
    for path, text in _quoting_texts(record):
        quoted = {m.start() for m in FIGURE_REFERENCE.finditer(text)}
        for brace in (m.start() for m in re.finditer(r"\{", text)):
            if brace in quoted or (brace > 0 and text[brace - 1] == "{"):
                continue
            shown = " ".join(text[brace : brace + 60].split())
            shown = shown if len(text) - brace <= 60 else shown.rsplit(" ", 1)[0] + "…"
            head = re.match(r"\{\s*([\w.-]*)", text[brace:])
            example = vn.closest_match(head.group(1), ids) if head and head.group(1) else None
            warn(
                path,
                "warning_brace_opens_no_figure",
                text=shown,
                example=example or (ids or ["mã"])[0],
            )


@warning_check
def letterhead_names_no_body(record: Record, warn: Warn) -> None:
    """The minutes' letterhead names its issuing body from ``meeting.host`` (an MTTQ
    committee: "ỦY BAN MTTQ VIỆT NAM / TỈNH BẠC LIÊU / BAN THƯỜNG TRỰC") or from
    ``minutes.letterhead.parent``. With neither, it would print "ỦY BAN MTTQ VIỆT NAM /
    BAN THƯỜNG TRỰC", a body of no unit, whatever the cluster (one chaired by the Hội Chữ
    thập đỏ tỉnh, say): Nghị định 30/2020/NĐ-CP, Phụ lục I, ô 2 asks for the issuing
    body's name (shared/reference/document-format.md §1.2). s3-trial F22."""
    from giaoban.render.context import host_unit

    if record.minutes.letterhead.parent or host_unit(list(record.meeting.host)):
        return
    from giaoban.record.places import district_units, town_units

    day = record.meeting.date
    if day >= gz.REORGANISATION and any(
        district_units(h, day) or town_units(h) for h in record.meeting.host
    ):  # a body gone on 1/7/2025: its own warning says so, no letterhead to write for it
        return
    host = record.meeting.host[0] if record.meeting.host else None
    key = "warning_letterhead_host_not_mttq" if host else "warning_letterhead_no_host"
    # the committee of the cluster's own level: a commune cluster's host is a xã's (F111)
    kind = record.meeting.cluster.member_kind if record.meeting.cluster else "tỉnh"
    unit = {"xã, phường": "xã", "đơn vị": "tỉnh"}.get(kind, kind)
    warn(("meeting", "host") if host else ("meeting",), key, host=host or "", unit=unit)


@warning_check
def honorific_in_name(record: Record, warn: Warn) -> None:
    """A name that opens with an honorific the model could not take out for certain:
    "Ông Lữ Văn Hùng" (Ông is also a surname: Ông Ích Khiêm; not said when the person is
    "Bà", whose name it can only begin), "Đồng Chí …"; and one it took out that
    contradicts ``honorific``/``gender`` ("ông Trương Thị Ngọc Ánh" with honorific Bà:
    the documents say "Bà"). s3-trial F66."""
    from giaoban.record.model import name_honorific

    for index, attendee in enumerate(record.attendees):
        path = ("attendees", index, "name")
        if attendee.honorific_in_name:
            said = attendee.title_of_address or ""
            word = attendee.honorific_in_name
            warn(path, "warning_name_honorific_contradicts", word=word, honorific=said)
            continue
        if not attendee.name:
            continue
        word, rest, certain = name_honorific(attendee.name)
        if word is None or certain or (word == "Ông" and attendee.title_of_address == "Bà"):
            continue
        said = "Ông" if word == "Ông" else "Đồng chí"
        warn(path, "warning_name_honorific_or_surname", word=word, rest=rest, honorific=said)


# A title pasted after the name, as reports write it: "Phạm Anh Tuấn - Phó Chủ tịch …",
# "Phạm Anh Tuấn, Phó Chủ tịch …", or with no mark at all.
_NAME_TITLE_MARK = re.compile(r"\s+[-–—]\s+|\s*,\s*|\s*:\s+")
# the words a title opens with, written with a capital ("Chủ tịch", "Phó Bí thư"); a name
# writes every syllable with a capital, a title's second word is lower-case ("tịch", "thư")
_TITLE_OPENERS = {
    "phó", "chủ", "bí", "ủy", "uỷ", "trưởng", "chánh", "giám", "tổng", "thường", "đại",
    "ban", "nguyên", "cán", "chuyên",
}  # fmt: skip


def name_and_title(name: str) -> tuple[str, str] | None:
    """``(name, title)`` when ``name`` carries a title after it ("Phạm Anh Tuấn - Phó
    Chủ tịch …", "Phạm Anh Tuấn Phó Chủ tịch …"), else None. A name alone writes every
    syllable with a capital; a title has a lower-case word ("tịch", "thư", "viên")."""
    mark = _NAME_TITLE_MARK.search(name)
    if mark and len(name[: mark.start()].split()) >= 2:
        head, rest = name[: mark.start()].strip(), name[mark.end() :].strip()
        return (head, rest) if rest and rest[0].isupper() else None
    words = name.split()
    lower = next((i for i, w in enumerate(words) if w[0].isalpha() and w[0].islower()), None)
    if lower is None:
        return None
    start = lower
    while start > 0 and words[start - 1].casefold() in _TITLE_OPENERS:
        start -= 1
    if start < 2 or start == lower:
        return None
    return " ".join(words[:start]), " ".join(words[start:])


@warning_check
def name_with_title(record: Record, warn: Warn) -> None:
    """A name pasted with its title as reports write it ("đồng chí Phạm Anh Tuấn - Phó
    Chủ tịch Uỷ ban MTTQ …"): every sentence then says the title twice, once from
    ``titles`` and once inside the name (s6-trial H22). Said at the name with the split."""
    for index, attendee in enumerate(record.attendees):
        found = name_and_title(attendee.name) if attendee.name else None
        if found:
            head, title = found
            warn(("attendees", index, "name"), "warning_name_with_title", name=head, title=title)


@warning_check
def meeting_outside_its_members(record: Record, warn: Warn) -> None:
    """A cluster of provinces that meets in, and is hosted by, provinces none of which is
    its member on that day: the members are those of another cluster, most likely the
    example's ``membership`` left in a copied giaoban.yaml ("Cụm thi đua các tỉnh Tây
    Nguyên (gồm … Cà Mau, An Giang và Cần Thơ)", s6-trial H21). Said at the place's
    province (else the host), with the line the members come from."""
    from giaoban.record.places import trailing_unit

    cluster = record.meeting.cluster
    if cluster is None or cluster.member_kind != "tỉnh" or not cluster.members:
        return
    meeting = record.meeting
    named: list[tuple[FieldPath, str]] = []
    if meeting.place.province:
        named.append((("meeting", "place", "province"), meeting.place.province))
    for index, host in enumerate(meeting.host):
        unit = trailing_unit(host)
        if unit:
            path = ("meeting", "host", index) if len(meeting.host) > 1 else ("meeting", "host")
            named.append((path, gz.split_kind(unit)[1]))
    day = meeting.date
    known = [(path, name) for path, name in named if gz.find(name, day) is not None]
    if not known or any(
        gz.spelled_as(name, cluster.members)
        or any(gz.follow(m, name, day) for m in cluster.members)
        for _, name in known
    ):
        return
    locate = getattr(warn, "locate", None)
    origin = ""
    if locate is not None:
        file, line, _ = locate(("meeting", "cluster", "members"))
        origin = f"{file.name}:{line}"
    path, name = known[0]
    warn(
        path,
        "warning_meeting_outside_members",
        name=name,
        date=vn.press_date(day, with_year=True),
        members=", ".join(cluster.members),
        origin=origin,
    )


@warning_check
def title_without_cluster(record: Record, warn: Warn) -> None:
    """A title that names no cluster ("Hội nghị tổng kết công tác thi đua", as invitations
    read): the headline, the lead and the biên bản's trích yếu never say which cluster,
    and the lead hangs "(gồm 4 tỉnh: …)" on the title (s6-trial H26). Not said when the
    title says "Cụm" or the cluster's name ("… 6 tỉnh Nam Sông Hậu")."""
    cluster = record.meeting.cluster
    if cluster is None or not cluster.name:
        return
    title = record.meeting.title
    words = vn.fold(title).split()
    if "cum" in words or vn.fold(cluster.name) in vn.fold(title):
        return
    name = (
        cluster.name if vn.fold(cluster.name).startswith("cum ") else f"Cụm thi đua {cluster.name}"
    )
    warn(("meeting", "title"), "warning_title_without_cluster", fixed=f"{title} {name}")


# "Cụm thi đua Nam Sông Hậu", "Cụm số 2", "Cụm thi đua Mặt trận các tỉnh Tây Nguyên": the
# name a title gives a cluster (capitalised words or "số N" after "Cụm …"), not "của Cụm"
_TITLE_CLUSTER = re.compile(
    r"\bCụm(?: thi đua)?(?: Mặt trận)?(?: các (?:tỉnh, thành phố|tỉnh|thành phố|huyện|xã))?"
    r" (số \d+|[A-ZĐÀ-Ỹ][\w'’-]*(?: [A-ZĐÀ-Ỹ][\w'’-]*)*)"
)


@warning_check
def title_names_another_cluster(record: Record, warn: Warn) -> None:
    """A title that names a cluster other than the record's ("Hội nghị giao ban Cụm thi đua
    Nam Sông Hậu" copied into a Tây Nguyên record, "Cụm số 2" in Cụm số 1's): the
    headline and lead print it (s6-check K10; H26 only looked for the word "Cụm")."""
    cluster = record.meeting.cluster
    if cluster is None or not cluster.name:
        return
    title, own = record.meeting.title, vn.fold(cluster.name)
    if own in vn.fold(title):
        return
    for found in _TITLE_CLUSTER.finditer(title):
        named = found.group(1)
        if vn.fold(named) not in own:
            warn(
                ("meeting", "title"),
                "warning_title_other_cluster",
                named=found.group(0),
                cluster=cluster.name,
            )
            return


_COUNT_WORDS = {
    "hai": 2, "ba": 3, "bốn": 4, "năm": 5, "sáu": 6, "bảy": 7, "tám": 8, "chín": 9, "mười": 10
}  # fmt: skip
# "5 thành phố", "bảy tỉnh", "6 tỉnh, thành phố": a count of the members, in a cluster's name
_MEMBER_COUNT = re.compile(
    r"(?<![\w.])(\d{1,2}|" + "|".join(_COUNT_WORDS) + r")\s+"
    r"(tỉnh, thành phố|tỉnh, thành|tỉnh thành|tỉnh|thành phố|huyện|quận|thị xã|xã|phường"
    r"|đơn vị|tổ chức)(?!\w)",
    re.IGNORECASE,
)


@warning_check
def membership_overlap(record: Record, warn: Warn) -> None:
    """A meeting that a ``year`` period and a ``from`` period of ``cluster.membership``
    both cover, with other members: the ``year`` one is taken (``Cluster.period_on``),
    which the secretary may not know (s5-trial F111: one won in silence)."""
    cluster = record.meeting.cluster
    if cluster is None or not cluster.membership:
        return
    day = record.meeting.date
    chosen = cluster.period_on(day, record.year)
    if chosen is None or chosen.year is None or cluster.members != chosen.members:
        return  # no year period applied (or the record writes its own members)
    periods = cluster.membership
    covering = [
        (index, period)
        for index, period in enumerate(periods)
        if period.from_ is not None and period.from_ <= day and period.members != chosen.members
    ]
    if not covering:
        return
    other, since = max(covering, key=lambda found: found[1].from_ or day)
    warn(
        ("meeting", "cluster", "membership", periods.index(chosen)),
        "warning_membership_overlap",
        when=f"ngày {gz.numeric_date(day)}" if vn.day_known(day) else vn.press_date(day),
        year=chosen.year,
        other=other + 1,
        since=gz.numeric_date(since.from_),
    )


@warning_check
def cluster_count(record: Record, warn: Warn) -> None:
    """A cluster's name that counts its members ("Cụm thi đua Mặt trận 5 thành phố trực
    thuộc Trung ương", "Cụm 7 tỉnh …") while the members of the meeting's date are
    another number: the documents would say "gồm 6 thành phố" beside "Cụm … 5 thành
    phố". The 2025 reorganisation changed many counts (Huế became a centrally run city on
    1/1/2025; provinces merged on 1/7/2025). s4-trial F80."""
    cluster = record.meeting.cluster
    if cluster is None or not cluster.members:
        return
    count = len(cluster.members)
    for key in ("name", "full_name"):
        written = getattr(cluster, key) or ""
        counts = _MEMBER_COUNT.finditer(written)
        # "Cụm thi đua số 7 tỉnh Thanh Hóa": the cluster's number, then its province
        found = next((f for f in counts if not vn.fold(written[: f.start()]).endswith("so ")), None)
        if found is None:
            continue
        number = found.group(1)
        said = int(number) if number.isdigit() else _COUNT_WORDS[number.lower()]
        if said != count:
            warn(
                ("meeting", "cluster", key),
                "warning_cluster_count",
                written=found.group(0),
                count=count,
            )


@warning_check
def nobody_presides(record: Record, warn: Warn) -> None:
    """Nobody present presides (no ``roles: [chủ trì]`` or ``đồng chủ trì``) and
    ``minutes.presiding`` names nobody: the biên bản ends with a CHỦ TRÌ block without a
    name, which the secretary saw without knowing why (s4-trial F71). Not said when the
    record (or its giaoban.yaml) writes ``presiding:`` empty on purpose (the name written
    by hand, as in a record whose source does not say who presided), nor for a record
    that lists nobody yet."""
    if record.minutes.presiding or "presiding" in record.minutes.model_fields_set:
        return
    if not record.attendees:  # a record not filled in yet: nobody is listed at all
        return
    chairing = {"chủ trì", "đồng chủ trì"}
    present = [a for a in record.attendees if a.attendance == "có mặt"]
    if any(chairing & set(a.roles) for a in present):
        return
    warn(("attendees",), "warning_nobody_presides", label=record.minutes.chair_label)


@warning_check
def two_secretaries(record: Record, warn: Warn) -> None:
    """Two people present with the role "thư ký" and no ``minutes.secretary``: the
    minutes name the first as their secretary and the other not at all (s4-trial F71);
    said at the second one's roles, with the fix either way."""
    if record.minutes.secretary:
        return
    writing = [
        (index, a)
        for index, a in enumerate(record.attendees)
        if a.attendance == "có mặt" and "thư ký" in a.roles
    ]
    people = {a.id: a for a in record.people()}
    firsts: dict[str, int] = {}
    for index, attendee in writing:
        if people.get(attendee.id) is None:  # the same person written twice: one person
            continue
        firsts.setdefault("first", index)
        if index == firsts["first"]:
            continue
        first = record.attendees[firsts["first"]]
        warn(
            ("attendees", index, "roles"),
            "warning_two_secretaries",
            first=first.name or first.group or first.id,
            second=attendee.name or attendee.group or attendee.id,
            id=attendee.id,
        )


@warning_check
def secretary_presides(record: Record, warn: Warn) -> None:
    """The person who writes the minutes is the one who presides and signs them: she
    signed both THƯ KÝ and CHỦ TRÌ (s6-trial H14). Mẫu 1.9 of Nghị định 30/2020/NĐ-CP has
    two signers so that the chair certifies the secretary's minutes: one person in both
    is a slip (an id picked from the list, a role added to the wrong entry). Said at
    ``minutes.secretary`` when it names her, else at the roles that make her secretary."""
    people = record.people()
    present = [a for a in people if a.attendance == "có mặt"]
    if record.minutes.secretary:
        secretary = record.attendee(record.minutes.secretary)
        where: FieldPath = ("minutes", "secretary")
    else:
        secretary = next((a for a in present if "thư ký" in a.roles), None)
        index = next(
            (
                i
                for i, a in enumerate(record.attendees)
                if "thư ký" in a.roles and secretary and record.attendee(a.id) == secretary
            ),
            None,
        )
        where = ("attendees", index, "roles") if index is not None else ("attendees",)
    if secretary is None:
        return
    signer = record.attendee(record.minutes.presiding)
    chairing = {"chủ trì", "đồng chủ trì"}
    presides = (signer == secretary) if signer else bool(chairing & set(secretary.roles))
    if not presides:
        return
    others = [a.id for a in present if "thư ký" in a.roles and a != secretary]
    hint = msg("warning_secretary_presides_hint", ids=", ".join(others)) if others else ""
    warn(
        where,
        "warning_secretary_presides",
        name=secretary.name or secretary.id,
        label=record.minutes.chair_label,
        hint=hint,
    )


@warning_check
def same_name_twice(record: Record, warn: Warn) -> None:
    """A name given to two entries that are not one person written twice (which
    ``Record.people`` merges) but may be: the same titles, or titles on one only, and
    another honorific, delegation or attendance. The documents would introduce both; the
    fix merges them into one entry with both roles. Two people of one name with other
    titles are not warned about. s3-trial F63."""
    from giaoban.record.model import person_name_key, same_person

    named = [(i, a) for i, a in enumerate(record.attendees) if a.name]
    for later, (index, attendee) in enumerate(named):
        for first_index, first in named[:later]:
            if person_name_key(first.name or "") != person_name_key(attendee.name or ""):
                continue
            titles = [tuple(map(person_name_key, p.titles)) for p in (first, attendee)]
            if same_person(first, attendee) or (all(titles) and titles[0] != titles[1]):
                continue
            roles = ", ".join(dict.fromkeys([*first.roles, *attendee.roles]))
            warn(
                ("attendees", index, "name"),
                "warning_same_name_twice",
                name=attendee.name,
                first=first_index + 1,
                roles=roles,
            )
            break


# "Cụm trưởng Cụm thi đua …", "Cụm phó …" opening one of an attendee's titles
_CLUSTER_ROLE_TITLE = re.compile(r"^(Cụm trưởng|Cụm phó)\b", re.IGNORECASE)


@warning_check
def cluster_role_title_not_holder(record: Record, warn: Warn) -> None:
    """An attendee titled "Cụm trưởng …" (or "Cụm phó …") whose delegation is not the
    record's ``cluster.chair`` (``vice_chair``): the minutes would name one province
    Cụm trưởng of the year and, three lines lower, another's delegate Cụm trưởng. A
    title may be last year's, so a warning, at the title (s4-trial F90)."""
    cluster = record.meeting.cluster
    if cluster is None:
        return
    held = {"cụm trưởng": ("chair", cluster.chair), "cụm phó": ("vice_chair", cluster.vice_chair)}
    for index, attendee in enumerate(record.attendees):
        if not attendee.delegation or attendee.delegation == "Trung ương":
            continue
        for t_index, title in enumerate(attendee.titles):
            found = _CLUSTER_ROLE_TITLE.match(title)
            if found is None:
                continue
            key, holder = held[found.group(1).casefold()]
            if holder and not gz.same(attendee.delegation, holder):
                warn(
                    ("attendees", index, "titles", t_index),
                    "warning_cluster_role_title",
                    role=vn.capitalize_first(found.group(1).casefold()),
                    delegation=attendee.delegation,
                    holder=holder,
                    key=key,
                    year=record.year,
                )


@warning_check
def title_of_another_year(record: Record, warn: Warn) -> None:
    """The meeting's title names a year that is neither the record's work year nor the
    next (the year a tổng kết sets the tasks of): "Hội nghị tổng kết công tác năm 2023"
    copied from last year's record into the meeting of 12/12/2024, printed in the
    headline, the lead and the biên bản's title (s5-trial F108). At the title."""
    years = set(vn.years_named(record.meeting.title))
    other = sorted(y for y in years if y not in (record.year, record.year + 1))
    if other:
        warn(
            ("meeting", "title"),
            "warning_title_year",
            years=", ".join(map(str, other)),
            year=record.year,
        )


@warning_check
def text_in_capitals(record: Record, warn: Warn) -> None:
    """The meeting's title, or a person's title, typed in capitals ("HỘI NGHỊ TỔNG KẾT …",
    as a Word heading shows it) or all in lower case, proper names too ("hội nghị giao ban
    cụm thi đua nam sông hậu"): printed as typed in the headline, the lead, the biên bản's
    trích yếu (Nghị định 30: in thường) and the file's title, since the letters of its
    proper names cannot be guessed. A warning at the text with the line to write
    (``sentences.written_case``). s5-trial F118; names of people are written right by
    the model itself (``vn.person_name_case``)."""
    from giaoban.render.sentences import written_case

    cluster = record.meeting.cluster
    names = [cluster.name, cluster.full_name] if cluster else []

    def check(path: FieldPath, text: str | None, first_capitalised: bool = False) -> None:
        if not text:
            return
        case = vn.letter_case(text[1:] if first_capitalised else text)
        proposal = written_case(text, [n for n in names if n])
        if case == "upper":
            warn(path, "warning_text_capitals", text=text, proposal=proposal)
        elif case == "lower" and proposal != text:
            warn(path, "warning_text_lower_case", text=text, proposal=proposal)

    check(("meeting", "title"), record.meeting.title, first_capitalised=True)
    for index, attendee in enumerate(record.attendees):
        for t_index, title in enumerate(attendee.titles):
            check(("attendees", index, "titles", t_index), title)
        check(("attendees", index, "short_title"), attendee.short_title)


def _one_person(record: Record, first: str, second: str) -> bool:
    """Whether two attendee ids are one person (the same id, or one person entered twice
    to give her a second role, as ``Record.people`` merges them)."""
    from giaoban.record.model import same_person

    if first == second:
        return True
    a, b = record.attendee(first), record.attendee(second)
    return a is not None and b is not None and same_person(a, b)


@warning_check
def directive_said_by_nobody_or_another(record: Record, warn: Warn) -> None:
    """A directive no speech paragraph lists: the biên bản puts it under "Các ý kiến chỉ
    đạo, đề nghị khác" without its issuer, the tin bài does not say it at all; and a
    directive whose ``issuer`` gave no paragraph that lists it: both documents have the
    paragraph's speaker ask it, while ``followup`` and ``diff`` go by the issuer. A warning
    at the directive, naming the paragraph to add it to or that contradicts it (s4-trial
    F91)."""
    listed: dict[str, list[tuple[int, str]]] = {}
    for s_index, speech in enumerate(record.speeches):
        for paragraph in speech.paragraphs:
            for ref in paragraph.directives:
                listed.setdefault(ref, []).append((s_index, speech.speaker))
    for index, directive in enumerate(record.directives):
        where = listed.get(directive.id or "")
        named = directive.id or (directive.text[:50].rsplit(" ", 1)[0] + "…")
        if not where:
            by_issuer = [
                i
                for i, s in enumerate(record.speeches)
                if directive.issuer and s.speaker == directive.issuer
            ]
            hint = (
                msg("warning_directive_add_to", speech=by_issuer[0] + 1)
                if by_issuer and directive.id
                else msg("warning_directive_give_id")
                if not directive.id
                else ""
            )
            warn(
                ("directives", index, "id" if directive.id else "text"),
                "warning_directive_unspoken",
                id=named,
                hint=hint,
            )
        elif directive.issuer and not any(
            _one_person(record, speaker, directive.issuer) for _, speaker in where
        ):
            s_index, speaker = where[0]

            def who(person_id: str) -> str:
                person = record.attendee(person_id)
                return person.name or person.group or person_id if person else person_id

            warn(
                ("directives", index, "issuer"),
                "warning_directive_issuer_not_speaker",
                id=named,
                issuer=who(directive.issuer),
                speaker=who(speaker),
                speech=s_index + 1,
            )


# --- across records ---------------------------------------------------------------------


def cluster_identity(record: Record) -> ClusterIdentity:
    """The record's cluster as :func:`duplicate_meetings` tells clusters apart."""
    cluster = record.meeting.cluster
    if cluster is None:
        return ClusterIdentity(None)
    return ClusterIdentity(cluster.name, cluster.full_name, tuple(cluster.members))


# The suffix of the message keys of a second record of a meeting whose content differs
# from the record used (s5-check G6): what only it writes is left out, and it is no
# plain copy to delete.
DIFFERS = "_differs"


def _written_differently(one: Path, other: Path) -> bool:
    """Whether two records write different values (comments, layout and quoting aside);
    False when either cannot be read."""
    from giaoban.record.source import load_source

    try:
        return load_source(one).data != load_source(other).data
    except (RecordInvalid, OSError):
        return False


def duplicate_meetings(
    meetings: list[tuple[Path, ClusterIdentity, dt.date]],
) -> list[RecordWarning]:
    """A warning for each record that writes a meeting an earlier one (by file name)
    already writes: the same cluster (``same_cluster_identity``: name, full name, members)
    on the same day, a record copied beside itself ("hoi-nghi-2022 - Copy.yaml") or kept
    twice under two names. The year summary would list the meeting twice (s3-trial F51);
    two clusters that share a short name ("số 1") are two meetings (s4-trial F87).
    ``meetings``: (record file, cluster, meeting date). Placed at the copy's
    ``meeting.date``."""
    from giaoban.record.discover import same_cluster_identity
    from giaoban.record.source import load_source

    found: list[RecordWarning] = []

    def copy_last(meeting: tuple[Path, ClusterIdentity, dt.date]) -> tuple[bool, str]:
        copied = re.search(r"(?i)copy|bản sao|ban sao|\(\d+\)", meeting[0].name)
        return (copied is not None, str(meeting[0]))

    ordered = sorted(meetings, key=copy_last)
    for index, (path, cluster, day) in enumerate(ordered):
        first = next(
            (
                earlier
                for earlier, other, other_day in ordered[:index]
                if other_day == day and same_cluster_identity(other, cluster)
            ),
            None,
        )
        if first is None:
            continue
        try:
            line, column = load_source(path).positions.get(("meeting", "date"), (1, 1))
        except (RecordInvalid, OSError):  # read a moment ago; a position is only a help
            line, column = 1, 1
        values = {
            "first": first,
            "cluster": cluster.name or "",
            "date": vn.press_date(day, with_year=True),
        }
        # a cluster without a name: no "(Cụm , ngày …)" (s4-trial F78)
        key = "warning_duplicate_meeting" if cluster.name else "warning_duplicate_meeting_unnamed"
        if _written_differently(path, first):  # never "delete it" of an edited copy (G6)
            key += DIFFERS
        found.append(RecordWarning(path, line, column, key, values, ("meeting", "date")))
    return found
