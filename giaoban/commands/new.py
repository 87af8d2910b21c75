"""``giaoban new``: a record to fill in, from the defaults file or from last year's record."""

from __future__ import annotations

import datetime as dt
import json
import re
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from giaoban import gazetteer as gz
from giaoban import vietnamese as vn
from giaoban.errors import UsageError
from giaoban.files import case_twin, write_atomic
from giaoban.messages import msg
from giaoban.record import load_record
from giaoban.record.discover import DEFAULTS_NAME, defaults_chain
from giaoban.record.source import load_source


@dataclass
class Created:
    """What ``giaoban new`` wrote: the record, and where the shared settings went.

    ``carried_from``: the defaults files of the ``--from`` record that do not apply in the
    new record's folder; ``carried``: the dotted keys taken from them; ``defaults_written``:
    the giaoban.yaml written beside the new record for them, or None when they were
    written into the record itself (its folder already has a giaoban.yaml of its own).
    """

    record: Path
    carried_from: list[Path] = field(default_factory=list)
    carried: list[str] = field(default_factory=list)
    defaults_written: Path | None = None
    # a record in or below the new record's folder, which a giaoban.yaml written there
    # would have covered too: the settings went into the record instead (s3-trial F44)
    covers: Path | None = None
    # the meeting's date when ``new --from`` set it without --date: a placeholder to say
    guessed_date: dt.date | None = None
    # (work year the source's handover was for, the new record's work year) when they
    # differ: a year without a record between, whose handover may have changed (F29)
    handover_unsure: tuple[int, int] | None = None
    # (kind, period, work year) when the new record is the same work year's next meeting
    # (after a sơ kết 6 tháng đầu năm, the year's tổng kết: s4-trial F97)
    same_year: tuple[str, str, int] | None = None
    # (kind, period, work year) when the new record, dated before the last quarter of its
    # work year, follows a year's review: its sơ kết, not a tổng kết (s5-trial F116)
    mid_year: tuple[str, str, int] | None = None
    # (date, the review's work year) when the new record falls early in the year after a
    # year's review: its kind and title are copied and must be written (s6-trial H27)
    early_year: tuple[dt.date, int] | None = None
    # the dates the title writes with a year ("ngày 20/11/2026"), which the new record's
    # title keeps while its years move (s5-check G1): to say, not to change unasked
    title_dates: list[str] = field(default_factory=list)


# Keys of ``meeting`` that the new record writes itself (from the previous record or as
# blanks to fill in): a shared value for them would be replaced anyway.
_WRITTEN_MEETING_KEYS = {
    "title",
    "kind",
    "period",
    "date",
    "start",
    "end",
    "place",
    "host",
    "cluster",
}
# Keys of ``meeting.cluster`` the new record writes for its own date: last year's members
# (or membership) copied into a giaoban.yaml would apply to every other record below it.
_WRITTEN_CLUSTER_KEYS = {
    "name",
    "full_name",
    "members",
    "membership",
    "year",
    "chair",
    "vice_chair",
}


def carried_defaults(target: Path, previous: Path) -> tuple[list[Path], dict[str, Any]]:
    """The defaults files that apply to ``previous`` but not in ``target``'s folder, and
    the values of theirs that ``target``'s own defaults files do not set.

    A record moved out of its folder loses its ``giaoban.yaml`` (recipients, organiser,
    letterhead, press agency...) in silence; these are what ``new --from`` carries over.
    """
    applying = defaults_chain(target)
    kept = {p.resolve() for p in applying}
    lost = [p for p in defaults_chain(previous) if p.resolve() not in kept]
    carried: dict[str, Any] = {}
    for path in lost:
        carried = _deep_merge(carried, load_source(path).data or {})
    have: dict[str, Any] = {}
    for path in applying:
        have = _deep_merge(have, load_source(path).data or {})
    return lost, _missing(carried, have)


def _deep_merge(under: dict[str, Any], over: dict[str, Any]) -> dict[str, Any]:
    """As the loader merges defaults: mappings key by key, lists and texts replaced."""
    merged = dict(under)
    for key, value in over.items():
        if isinstance(merged.get(key), dict) and isinstance(value, dict):
            merged[key] = _deep_merge(merged[key], value)
        elif value is not None or key not in merged:  # an empty value set is still set
            merged[key] = value
    return merged


def _missing(wanted: dict[str, Any], have: dict[str, Any]) -> dict[str, Any]:
    """The parts of ``wanted`` that ``have`` does not set."""
    missing: dict[str, Any] = {}
    for key, value in wanted.items():
        if key.startswith("$"):  # $schema: a path relative to the old folder
            continue
        if isinstance(value, dict) and isinstance(have.get(key), dict):
            rest = _missing(value, have[key])
            if rest:
                missing[key] = rest
        elif have.get(key) is None and not (value is None and key in have):
            # an empty value the new folder writes too (`presiding:`) is nothing to carry
            # (s5-check G7)
            missing[key] = value
    return missing


def _dotted_keys(data: dict[str, Any], prefix: str = "", depth: int = 2) -> list[str]:
    keys: list[str] = []
    for key, value in data.items():
        name = f"{prefix}{key}"
        if isinstance(value, dict) and value and depth > 1:
            keys += _dotted_keys(value, f"{name}.", depth - 1)
        else:
            keys.append(name)
    return keys


def _plain(value: Any) -> Any:
    """Texts as a secretary would type them: ``false`` and ``2`` unquoted (giaoban reads
    every value as text, so they read back the same)."""
    if isinstance(value, dict):
        return {key: _plain(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_plain(item) for item in value]
    if isinstance(value, str) and value in ("true", "false"):
        return value == "true"
    if isinstance(value, str) and value.isdigit() and not value.startswith("0"):
        return int(value)
    return value


def _yaml(data: dict[str, Any], indent: int = 0) -> list[str]:
    import yaml

    text = yaml.safe_dump(_plain(data), allow_unicode=True, sort_keys=False, width=88)
    return [" " * indent + line for line in text.splitlines()]


def _q(value: object) -> str:
    """A YAML scalar: JSON's double-quoted strings are valid YAML and never re-typed."""
    return json.dumps(value, ensure_ascii=False)


# What a record writes for itself that is the cluster's way of working rather than this
# meeting's: carried into next year's record, or its minutes lose their date line and Nơi
# nhận, its lead the organiser (s5-trial F124). Not the number, the people (attendees are
# not carried), the headline, the keywords or the part of day (it needs this meeting's
# start, left to fill in: s5-check G5); nor what follows the host, who changes with
# the Cụm trưởng each year: the letterhead, the address, the agency (the host's newspaper,
# "Báo Cà Mau" in 2023, "Báo An Giang" in 2026).
_CARRIED_OWN = {
    "meeting": ("organiser", "co_organisers"),
    "minutes": ("date_line", "chair_label", "recipients", "archive"),
    "press": ("lead_year", "lead"),
}


def _own_settings(target: Path, previous: Path) -> dict[str, Any]:
    """The settings ``previous`` writes itself (:data:`_CARRIED_OWN`), as written; its
    templates too when the new record sits in the same folder (a path is relative to it)."""
    data = load_source(previous).data or {}
    own: dict[str, Any] = {}
    for section, keys in _CARRIED_OWN.items():
        written = data.get(section) if isinstance(data.get(section), dict) else {}
        if target.parent.resolve() == previous.parent.resolve() and section != "meeting":
            keys = (*keys, "template")
        kept = {key: written[key] for key in keys if key in written}
        if kept:
            own[section] = kept
    return own


def scaffold(
    target: Path,
    previous: Path | None = None,
    date: dt.date | None = None,
    shared: dict[str, Any] | None = None,
) -> str:
    """The text of a new record for ``target``; carries the cluster on from ``previous``.

    ``shared``: settings of defaults files that do not apply in ``target``'s folder, to
    write into the record itself (see ``carried_defaults``).
    """
    shared = {k: dict(v) if isinstance(v, dict) else v for k, v in (shared or {}).items()}
    if previous is not None:  # what last year's record wrote itself wins over its folder's
        for section, values in _own_settings(target, previous).items():
            shared.setdefault(section, {}).update(values)
    cluster_name = None
    for defaults in defaults_chain(target):
        data = load_source(defaults).data
        cluster = ((data or {}).get("meeting") or {}).get("cluster") or {}
        cluster_name = cluster.get("name") or cluster_name

    lines = [f"# {msg('new_header')}"]
    guessed = "new_date_guessed"
    changes: list[gz.Change] = []
    meeting: dict[str, object] = {}
    cluster_lines: list[str] = []
    earlier_directives: list[str] = []
    followup_lines: list[str] = []
    last_kind = None
    last_province: str | None = None
    if previous is not None:
        last = load_record(previous).record
        year = work_year_after(last, date)
        same_year = year == last.year  # after a sơ kết 6 tháng, the year's review (F97)
        chair = next((h.to for h in last.handover if h.role == "Cụm trưởng"), None)
        vice = next((h.to for h in last.handover if h.role == "Cụm phó"), None)
        if same_year and last.meeting.cluster:  # no handover yet: this year's chair stays
            chair, vice = last.meeting.cluster.chair, last.meeting.cluster.vice_chair
        when = date or (_later_that_year(last) if same_year else _same_day(last.meeting.date, year))
        of_provinces = last.meeting.cluster is None or last.meeting.cluster.member_kind == "tỉnh"
        last_kind = last.meeting.cluster.member_kind if last.meeting.cluster else None
        place = last.meeting.place
        if place is not None and place.province:  # today's name of the members' province
            last_province = gz.written(gz.carried_over(place.province, when)[0])
        if of_provinces:  # a record of before 1/7/2025 for a meeting after it: today's map
            chair, chair_change = gz.carried_over(chair, when) if chair else (None, None)
            vice, vice_change = gz.carried_over(vice, when) if vice else (None, None)
            changes += [c for c in (chair_change, vice_change) if c]
        meeting = {"title": last.meeting.title, "kind": last.meeting.kind}
        if last.meeting.period:  # a sơ kết 6 tháng is followed by next year's (s4-trial F76)
            meeting["period"] = last.meeting.period
        if same_year:  # ... or, in its own year, by the year's review (s4-trial F97)
            meeting = _review_after(last)
            guessed = "new_date_guessed_same_year"
        elif mid_year_review(last, when, year):  # not a tổng kết in June (s5-trial F116)
            meeting = _mid_year_after(last, when)
        # last year's title made this year's: "… năm 2023" printed for 2024 (s5-trial F108)
        meeting["title"] = vn.shift_years(meeting["title"], year - last.year)
        if last.meeting.cluster:
            cluster_name = last.meeting.cluster.name
            cluster_lines.append(f"    name: {_q(cluster_name)}")
            if last.meeting.cluster.full_name:
                cluster_lines.append(f"    full_name: {_q(last.meeting.cluster.full_name)}")
            if last.meeting.cluster.members:
                names = list(last.meeting.cluster.members)
                if of_provinces:
                    names, merged = gz.carry_over(names, when)
                    changes += merged
                # "Thành phố Hồ Chí Minh", never the bare name (gazetteer.written)
                members = ", ".join(_q(gz.written(m)) for m in names)
                cluster_lines.append(f"    members: [{members}]")
        cluster_lines.append(f"    year: {year}")
        if (chair or vice) and year > last.year + 1:  # a year without a record between
            values = {"handed": last.year + 1, "year": year, "previous": previous.name}
            cluster_lines.append(f"    # {msg('new_handover_unsure', **values)}")
        if chair:
            cluster_lines.append(f"    chair: {_q(gz.written(chair))}")
        if vice and chair and gz.same(vice, chair):  # both merged into one province
            values = {"name": gz.written(chair)}
            cluster_lines.append(
                f"    # vice_chair: ...  # {msg('new_vice_chair_merged', **values)}"
            )
        elif vice:
            cluster_lines.append(f"    vice_chair: {_q(gz.written(vice))}")
        # ids a directive may continue: the meeting's it follows, of the year before or
        # the same year's sơ kết (giaoban diff compares the two; s5-check G2)
        earlier_directives = [d.id for d in last.directives if d.id]
        followup_lines = _followup_lines(last, year)
        lines.append(f"# {msg('new_from', previous=previous)}")
        lines += [f"# {line}" for line in describe_changes(changes)]
    else:
        when = date or dt.date.today()
        guessed = "new_date_guessed_today"  # no earlier meeting to take a day from (F78)
        chair = None
        title = "Hội nghị giao ban Cụm thi đua"
        meeting = {
            "title": f"{title} {cluster_name}" if cluster_name else title,
            "kind": "giao ban",
        }
        cluster_lines.append(f"    year: {when.year}")

    lines += [
        "meeting:",
        f"  title: {_q(meeting['title'])}",
        f"  kind: {_q(meeting['kind'])}",
        *([f"  period: {_q(meeting['period'])}"] if "period" in meeting else []),
        f"  date: {vn.iso_date(when)}" + ("" if date else f"  # {msg(guessed)}"),
        "  # start: 8:00",
        "  # end: 11:30",
        "  place:",
        "    # venue: Hội trường ...",
    ]
    if chair and (last_kind is None or last_kind == "tỉnh"):
        lines += [
            f"    province: {_q(chair)}",
            f"  host: {_q('Ủy ban Mặt trận Tổ quốc Việt Nam ' + gz.locality(chair, when))}",
        ]
    elif last_kind is not None and last_province:
        # A cluster of communes, wards or organisations meets in their province, at the
        # chair's: a ward's committee hosts, an organisation hosts itself (s4-trial F76:
        # "province: Hội Nông dân tỉnh", an invalid record)
        organisations = last_kind == "đơn vị"
        if chair and not organisations:
            lines.append(f"    locality: {_q(chair)}")
        else:
            lines.append("    # locality: phường ... (hoặc xã ...)")
        lines.append(f"    province: {_q(last_province)}")
        if chair:
            host = chair if organisations else f"Ủy ban Mặt trận Tổ quốc Việt Nam {chair}"
            lines.append(f"  host: {_q(host)}")
    else:
        # Since 1/7/2025 no district level: a province's places are phường and xã.
        after = when >= gz.REORGANISATION
        locality = "phường ... (hoặc xã ...)" if after else "thành phố ... (huyện, thị xã ...)"
        lines += [f"    # locality: {locality}", "    # province: ..."]
    shared_meeting = {
        key: value
        for key, value in (shared.get("meeting") or {}).items()
        if key not in _WRITTEN_MEETING_KEYS
    }
    if shared_meeting:
        lines += _yaml(shared_meeting, indent=2)
    shared_cluster = {
        key: value
        for key, value in ((shared.get("meeting") or {}).get("cluster") or {}).items()
        if key not in _WRITTEN_CLUSTER_KEYS
    }
    if shared_cluster:  # member_kind... that a defaults file gave the old record
        cluster_lines += _yaml(shared_cluster, indent=4)
    # communes, wards or organisations: without their kind the members read as provinces
    # and the new record is invalid as written (s4-trial F76)
    if last_kind and last_kind != "tỉnh" and "member_kind" not in shared_cluster:
        cluster_lines.append(f"    member_kind: {_q(last_kind)}")
    lines += ["  cluster:", *cluster_lines, ""]
    lines += [
        "attendees: []",
        "# - id: ma-ngan",
        "#   name: Họ và tên",
        "#   honorific: Bà",
        "#   titles: [Chức vụ]",
        "#   roles: [chỉ đạo]",
        "",
        "speeches: []",
        "directives: []",
    ]
    if earlier_directives:
        lines.append(f"# {msg('new_continues')}: {', '.join(earlier_directives)}")
    lines += followup_lines
    lines += ["figures: []", "priorities: []", ""]
    written = {"meeting", "attendees", "speeches", "directives", "figures", "priorities"}
    rest = {key: value for key, value in shared.items() if key not in written}
    if rest:
        lines += [*_yaml(rest), ""]
    return "\n".join(lines) + "\n"


# What a follow-up still open says; finished or dropped ones are not followed again.
_OPEN = (None, "đang thực hiện", "chưa thực hiện")


def _followup_lines(last: Any, year: int) -> list[str]:
    """The ``followup:`` section of a new record: each of ``last``'s directives with an id,
    and each follow-up of ``last`` still open, with status and result left to fill in;
    the addressee and deadline as comments (issue 15)."""
    lines: list[str] = []
    renewed = _renewed_followups(last)
    # after a sơ kết of this year (F97): its directives named by the meeting's date, which
    # the year cannot tell from this record's own (s5-trial F103)
    same_year = year == last.year
    for index, directive in enumerate(last.directives):
        if not directive.id:
            continue
        lines.append(f"  - directive: {_q(directive.id)}")
        if same_year:
            lines.append(f"    meeting: {last.meeting.date.isoformat()}")
        else:  # always said: a work year corrected by hand later moves no follow-up (F29)
            lines.append(f"    year: {last.year}")
        if directive.continues:  # its history, as a comment: one item per directive
            told = renewed.get(index)
            values = {"id": directive.continues, "year": last.year - 1}
            if told is not None and told.status:
                said = msg("new_followup_renews_open", reported=last.year, status=told.status)
                lines.append(f"    # {msg('new_followup_renews', **values)} {said}")
            else:
                lines.append(f"    # {msg('new_followup_renews', **values)}")
        if directive.addressee:
            lines.append(f"    # addressee: {directive.addressee}")
        if directive.deadline:
            due = directive.deadline
            shown = due if isinstance(due, str) else gz.numeric_date(due)
            lines.append(f"    # deadline: {shown}")
        lines += [f"    text: {_q(directive.text)}", "    status:", "    result:"]
    lines += _open_followup_lines(last, renewed)
    if not lines:
        return []
    if same_year:
        shown = vn.press_date(last.meeting.date, with_year=True)
        heading = msg("new_followup_meeting", date=shown)
    else:
        heading = msg("new_followup", year=last.year)
    return [f"# {heading}", "followup:", *lines]


def _open_followup_lines(last: Any, renewed: dict[int, Any]) -> list[str]:
    """The follow-ups ``last`` left open (not finished, not given again), to fill in."""
    lines: list[str] = []
    for followup in last.followup:
        if followup.status not in _OPEN or any(f is followup for f in renewed.values()):
            continue
        # the meeting it names: by its date when the record gave one (a sơ kết of a year
        # with two meetings), else by its year
        said = (
            f"meeting: {followup.meeting.isoformat()}"
            if followup.meeting is not None
            else f"year: {followup.year or last.year - 1}"
        )
        if followup.directive:
            lines.append(f"  - directive: {_q(followup.directive)}")
            lines.append(f"    {said}")
        else:  # followed by its text (no id): the text names it again
            lines.append(f"  - {said}")
        if followup.status:
            # which meeting reported it: its year, or its date when the year has two
            lines.append(f"    # {followup.status} ({_reported_at(last)})")
        if followup.text:
            lines.append(f"    text: {_q(followup.text)}")
        lines += ["    status:", "    result:"]
    return lines


def _reported_at(last: Any) -> str:
    """The meeting of ``last`` as a follow-up comment names it: "2024" for a meeting
    closing its year; "20/6/2024" for a review of part of the year (a sơ kết 6 tháng),
    which another meeting of the same year follows."""
    if last.meeting.period in _PART_OF_YEAR:
        return vn.press_date(last.meeting.date, with_year=True)
    return str(last.year)


def _renewed_followups(last: Any) -> dict[int, Any]:
    """Which of ``last``'s follow-ups still open, of the year before it, ``last`` gave
    again, by the index of the directive that gives it again (one whose ``continues``
    names it, or, for a follow-up by its text alone, whose text matches it as diff
    matches): those are followed through that directive only, so that the new record
    asks once (s2-trial F32)."""
    from giaoban.record.earlier import match_text

    before = last.year - 1
    continuing = [i for i, d in enumerate(last.directives) if d.continues]
    renewed: dict[int, Any] = {}
    if not continuing:
        return renewed
    for followup in last.followup:
        if (followup.year or before) != before or followup.status not in _OPEN:
            continue  # a finished one given again is a new directive (giaoban followup)
        if followup.directive:
            given = [i for i in continuing if last.directives[i].continues == followup.directive]
        elif followup.text:
            texts = [last.directives[i].text for i in continuing]
            addressees = [last.directives[i].addressee for i in continuing]
            matched = match_text(followup.text, texts, addressees)
            given = [continuing[matched]] if matched is not None else []
        else:
            given = []
        for index in given:  # a directive split in two: both parts carry it on
            renewed.setdefault(index, followup)
    return renewed


def describe_changes(changes: list[gz.Change]) -> list[str]:
    """One line per province the new record writes differently, and why (each once)."""
    seen: dict[str, str] = {}
    for change in changes:
        seen.setdefault(
            change.old,
            msg(
                "new_province_renamed" if gz.became_whole(change.new) else "new_province_changed",
                old=change.old,
                new=gz.written(change.new.name),
                into=change.new.locality,
                since=gz.numeric_date(change.since),
            ),
        )
    return list(seen.values())


# The periods a sơ kết reviews that end before the year does: the cluster meets again in
# the same work year, for the next part or for the year's review (s4-trial F97).
_PART_OF_YEAR = ("6 tháng đầu năm", "9 tháng", "quý I", "quý II", "quý III")


def _same_year_next(last: Any, date: dt.date | None) -> bool:
    """Whether the meeting after ``last`` (held on ``date``, or not yet dated) belongs to
    ``last``'s work year: ``last`` reviewed part of the year, and the new date is in that
    year or in the January after it (the year's review held early the next year)."""
    if last.meeting.period not in _PART_OF_YEAR:
        return False
    if date is None:
        return True
    return date.year == last.year or (date.year == last.year + 1 and date.month == 1)


def _review_after(last: Any) -> dict[str, str]:
    """Title, kind and period of the meeting after ``last``, a review of part of the
    year, in the same work year: after the first six or nine months the year's tổng kết
    (``kind: tổng kết``, ``period: năm``; "sơ kết" and the period said in the title
    become "tổng kết" and "năm"); after a quarter the next quarter's sơ kết."""
    period = last.meeting.period
    if not period:  # a second giao ban of the year: as the first, in its own year
        return {"title": last.meeting.title, "kind": last.meeting.kind}
    if period.startswith("quý"):
        return {"title": last.meeting.title, "kind": "sơ kết", "period": vn.PERIODS[period]}
    title = re.sub(r"\bsơ kết\b", "tổng kết", last.meeting.title, flags=re.IGNORECASE)
    title = re.sub(r"\b(6|sáu|9|chín) tháng( đầu)?( năm)?", "năm", title, flags=re.IGNORECASE)
    return {"title": title, "kind": "tổng kết", "period": "năm"}


# A year's review: what a meeting in the first three quarters of the year cannot be.
_YEAR_REVIEW = ("năm", "6 tháng cuối năm")


def mid_year_review(last: Any, date: dt.date, year: int) -> bool:
    """Whether the meeting after ``last``, held on ``date`` in its work ``year``, is that
    year's sơ kết rather than a copy of ``last``'s year review: ``last`` was a tổng kết
    (or reviewed the year, or its second half) and ``date`` falls from June to September
    of ``year`` (a tổng kết in January of the next year stays the year before's: s4-trial
    F88/F97; real clusters hold the sơ kết 6 tháng from June to August, the tổng kết from
    late November: tests/data/corpus; earlier in the year, see early_year_after_review)."""
    return _after_year_review(last, date, year) and date.month in _MID_YEAR_MONTHS


# The months real clusters hold their sơ kết 6 tháng (June to August: tests/data/corpus)
# or 9 tháng (September) in; before June the half year is not over (s6-trial H27: a
# January meeting was written "sơ kết 6 tháng đầu năm").
_MID_YEAR_MONTHS = range(6, 10)


def _after_year_review(last: Any, date: dt.date, year: int) -> bool:
    """Whether ``date``, in its work ``year``, follows ``last``, a year's review (a
    tổng kết, or a review of the year or its second half) of an earlier work year."""
    review = last.meeting.kind == "tổng kết" or last.meeting.period in _YEAR_REVIEW
    return review and date.year == year > last.year


def early_year_after_review(last: Any, date: dt.date, year: int) -> bool:
    """Whether the meeting after ``last``, a year's review, falls in the first five
    months of its work ``year``: neither that year's review nor its sơ kết 6 tháng;
    ``new`` copies ``last``'s kind and says so (s6-trial H27)."""
    return _after_year_review(last, date, year) and date.month < _MID_YEAR_MONTHS.start


def _mid_year_after(last: Any, date: dt.date) -> dict[str, str]:
    """Title, kind and period of a sơ kết held on ``date`` after ``last``, a year's
    review: "tổng kết" becomes "sơ kết" in the title, "năm" the period said ("sơ kết
    6 tháng đầu năm 2025"); 9 tháng for a September meeting."""
    period = "9 tháng" if date.month == 9 else "6 tháng đầu năm"
    title = re.sub(r"\btổng kết\b", "sơ kết", last.meeting.title, flags=re.IGNORECASE)
    said = "9 tháng năm" if period == "9 tháng" else "6 tháng đầu năm"
    title = re.sub(r"\b(sơ kết(?: công tác| hoạt động)?) năm\b", rf"\1 {said}", title)
    return {"title": title, "kind": "sơ kết", "period": period}


def _later_that_year(last: Any) -> dt.date:
    """A placeholder date for the next meeting of ``last``'s work year: three months on
    after a quarter's review, else the same day of December."""
    day = last.meeting.date
    if last.meeting.period.startswith("quý") and day.month <= 9:
        return dt.date(day.year, day.month + 3, min(day.day, 28))
    return dt.date(max(day.year, last.year), 12, min(day.day, 28))


def work_year_after(last: Any, date: dt.date | None) -> int:
    """The work year of the meeting after ``last`` held on ``date``: the year after
    ``last``'s without a date; with one, the date's own year, less one when ``last``'s
    cluster reviews its year early the next (its meeting fell in the year after its work
    year), never ``last``'s year or before. A December 2025 meeting after the 2023 one
    is of 2025, not 2024 (s3-trial F29). After a review of part of the year (a sơ kết 6
    tháng đầu năm), ``last``'s own year when the date falls in it, in the January after
    it, or when there is no date (s4-trial F97). Whatever ``last`` was, a date later in the
    calendar year ``last`` was held in, when that is its work year, is of the same work
    year (a second meeting of the year: the date says so)."""
    if _same_year_next(last, date):
        return last.year
    held = last.meeting.date
    if date is not None and held.year == last.year == date.year and date > held:
        return last.year
    following = last.year + 1
    if date is None:
        return following
    early_next = last.meeting.date.year - last.year  # 1 for a January review
    return max(date.year - early_next, following)


def _same_day(day: dt.date, year: int) -> dt.date:
    try:
        return day.replace(year=year)
    except ValueError:  # 29 February
        return day.replace(year=year, day=28)


def parse_date_option(option: str, text: str) -> dt.date:
    """A date given on the command line, read as a record's meeting date is (2026-12-15,
    15/12/2026, or the month alone: 12/2026, 2026-12; s5-trial F111); UsageError in the
    record's words when it is not a date, not a real day, or of a year no record holds
    (``model.YEAR_MIN``..``YEAR_MAX``: `new` wrote what `validate` refused, s5-check G4)."""
    from giaoban.record.model import _DATE_SHAPE, YEAR_MAX, YEAR_MIN
    from giaoban.vietnamese import parse_date

    try:
        day = parse_date(text, month_only=True)
    except ValueError:
        key = "value_date_impossible" if _DATE_SHAPE.fullmatch(text.strip()) else "value_date"
        raise UsageError(msg(key, field=option, value=text)) from None
    if not YEAR_MIN <= day.year <= YEAR_MAX:
        raise UsageError(
            msg("date_year_range", field=option, value=text, low=YEAR_MIN, high=YEAR_MAX)
        )
    return day


def create(target: Path, previous: Path | None, date: dt.date | None, force: bool) -> Created:
    """Write a new record to ``target``; refuses to replace an existing file without force.

    With ``previous`` in another folder, the settings its defaults files gave it and that
    do not apply at ``target`` are carried: into a ``giaoban.yaml`` written beside
    ``target`` when its folder has none, else into the record itself (a defaults file
    the user keeps is never changed). ``Created`` says which.
    """
    if target.exists() and not force:
        raise UsageError(msg("exists_no_force", path=target))
    twin = case_twin(target)
    if twin is not None:  # one file on Windows and macOS (s5-trial F123)
        raise UsageError(msg("case_twin_exists", path=target, twin=twin))
    created = Created(target)
    shared: dict[str, Any] = {}
    if previous is not None:
        # a broken record is reported before anything is written
        last = load_record(previous).record.meeting.date
        if date is not None and date <= last:  # a typo in the year (s3-trial F18)
            raise UsageError(
                msg(
                    "new_date_before_source",
                    date=gz.numeric_date(date),
                    previous=previous,
                    last=gz.numeric_date(last),
                )
            )
        lost, carried = carried_defaults(target, previous)
        carried = _without_written_cluster(carried)
        if carried:
            created.carried_from = lost
            created.carried = _dotted_keys(carried)
            beside = target.parent / DEFAULTS_NAME
            created.covers = None if beside.exists() else other_record_below(target)
            if beside.exists() or created.covers is not None:
                shared = carried
            else:
                header = msg("new_defaults_header", sources=", ".join(map(str, lost)))
                text = "\n".join([f"# {header}", *_yaml(carried)]) + "\n"
                write_atomic(beside, text.encode("utf-8"), msg("os_elsewhere_new"))
                created.defaults_written = beside
    text = scaffold(target, previous, date, shared)
    if previous is not None:
        last_record = load_record(previous).record
        year = work_year_after(last_record, date)
        if year == last_record.year:
            review = _review_after(last_record)
            created.same_year = (review["kind"], review.get("period", ""), year)
        elif date is not None and mid_year_review(last_record, date, year):
            review = _mid_year_after(last_record, date)
            created.mid_year = (review["kind"], review["period"], year)
        elif date is not None and early_year_after_review(last_record, date, year):
            created.early_year = (date, last_record.year)
        if year > last_record.year + 1 and last_record.handover:
            created.handover_unsure = (last_record.year + 1, year)
        created.title_dates = vn.dates_with_year(last_record.meeting.title)
    write_atomic(target, text.encode("utf-8"), msg("os_elsewhere_new"))
    if previous is not None and date is None:
        written = re.search(r"^  date: (\d{4}-\d{2}-\d{2})", text, re.MULTILINE)
        created.guessed_date = dt.date.fromisoformat(written.group(1)) if written else None
    return created


def _without_written_cluster(carried: dict[str, Any]) -> dict[str, Any]:
    """``carried`` without the cluster keys the new record writes itself."""
    meeting = dict(carried.get("meeting") or {})
    if "cluster" not in meeting:
        return carried
    cluster = {
        key: value
        for key, value in meeting.pop("cluster").items()
        if key not in _WRITTEN_CLUSTER_KEYS
    }
    if cluster:
        meeting["cluster"] = cluster
    rest = {key: value for key, value in carried.items() if key != "meeting"}
    return {"meeting": meeting, **rest} if meeting else rest


# How many entries of a folder tree ``other_record_below`` looks at before it assumes
# that the folder holds records (a home folder, a disk's top): never a long walk.
_LOOKED_AT = 20_000


def other_record_below(target: Path) -> Path | None:
    """A record other than ``target`` in ``target``'s folder or below it, which a
    giaoban.yaml written beside ``target`` would apply to (hidden folders skipped); the
    folder itself when it is too large to look through. None when there is none."""
    import os

    folder = target.parent
    itself = target.resolve()
    seen = 0
    for directory, folders, files in os.walk(folder):
        folders[:] = sorted(f for f in folders if not f.startswith("."))
        for name in sorted(files):
            path = Path(os.path.normpath(Path(directory) / name))
            if (
                path.suffix.lower() in (".yaml", ".yml")
                and name != DEFAULTS_NAME
                and path.resolve() != itself
            ):
                return path
        seen += len(files) + len(folders)
        if seen > _LOOKED_AT:
            return folder
    return None


def told(created: Created) -> list[str]:
    """What ``giaoban new`` tells of the record it wrote (the command line prints it, the
    web form shows it): the provinces the reorganisation changed, the files written, the
    settings carried from the source's defaults files, and what to check (a handover
    across a year without a record, s3-trial F29; a guessed date, F18)."""
    lines = changes_told(created.record)
    if created.defaults_written is not None:
        lines.append(msg("written", path=created.defaults_written))
    lines.append(msg("written", path=created.record))
    if created.carried:
        where = created.defaults_written or created.record
        sources = ", ".join(str(p) for p in created.carried_from)
        keys = ", ".join(created.carried)
        lines.append(msg("new_carried", sources=sources, target=where, keys=keys))
        if created.covers is not None:  # a giaoban.yaml there would cover other records
            folder = created.record.parent
            lines.append(msg("new_defaults_would_cover", folder=folder, other=created.covers))
    if created.handover_unsure is not None:
        handed, year = created.handover_unsure
        values = {"record": created.record, "year": year, "handed": handed}
        lines.append(msg("new_handover_unsure_said", **values))
    if created.mid_year is not None:
        kind, period, year = created.mid_year
        values = {"record": created.record, "kind": kind, "period": period, "year": year}
        lines.append(msg("new_mid_year_said", **values))
    if created.early_year is not None:
        day, reviewed = created.early_year
        values = {"record": created.record, "date": gz.numeric_date(day), "reviewed": reviewed}
        lines.append(msg("new_early_year_said", **values))
    if created.title_dates:
        dates = ", ".join(created.title_dates)
        lines.append(msg("new_title_dates_kept", record=created.record, dates=dates))
    if created.guessed_date is not None:
        shown = gz.numeric_date(created.guessed_date)
        if created.same_year is not None:  # the year's review after a sơ kết (s4-trial F97)
            kind, period, year = created.same_year
            values = {"record": created.record, "date": shown, "kind": kind, "period": period}
            lines.append(msg("new_date_guessed_same_year_said", year=year, **values))
        else:
            lines.append(msg("new_date_guessed_said", record=created.record, date=shown))
    return lines


def changes_told(target: Path) -> list[str]:
    """The lines of a new record that say which provinces it carried over changed."""
    marker = msg("new_province_changed", old="\0", new="\0", into="\0", since="\0")
    head = marker.split("\0")[1]
    text = target.read_text(encoding="utf-8")
    return [line[2:] for line in text.splitlines() if line.startswith("# ") and head in line]
