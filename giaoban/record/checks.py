"""Checks across fields that one field's type cannot express: ids, references, members."""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from datetime import date
from pathlib import Path
from typing import Any

from giaoban import gazetteer as gz
from giaoban import vietnamese as vn
from giaoban.errors import Problem
from giaoban.messages import msg
from giaoban.record.model import Record
from giaoban.record.source import FieldPath, field_name

FIGURE_REFERENCE = re.compile(r"\{([\w.-]+)\}")

Locate = Callable[[FieldPath], tuple[Path, int, int]]


def cross_check(record: Record, locate: Locate) -> list[Problem]:
    """Every problem between fields of a type-valid record, in file order."""
    problems: list[Problem] = []

    def report(field_path: FieldPath, message: str) -> None:
        # every message names its field first, as pydantic's do ("minutes.secretary: …")
        name = field_name(field_path)
        if not message.startswith(name + ":"):
            message = f"{name}: {message}"
        file, line, column = locate(field_path)
        problems.append(Problem(file, message, line, column, field_path=field_path))

    def unique(section: str, ids: Iterable[tuple[int, str | None]]) -> None:
        first: dict[str, int] = {}
        for index, item_id in ids:
            if item_id is None:
                continue
            if item_id in first:
                first_line = locate((section, first[item_id], "id"))[1]
                report((section, index, "id"), msg("duplicate_id", id=item_id, line=first_line))
            else:
                first.setdefault(item_id, index)

    unique("attendees", enumerate(a.id for a in record.attendees))
    unique("directives", enumerate(d.id for d in record.directives))
    unique("figures", enumerate(f.id for f in record.figures))

    people = [a.id for a in record.attendees]
    directives = [d.id for d in record.directives if d.id]
    figures = [f.id for f in record.figures]

    def refers(field_path: FieldPath, value: str | None, known: list[str], kind: str) -> None:
        if value is None or value in known:
            return
        suggestion = vn.closest_match(value, known)
        text = msg(f"unknown_{kind}", id=value)
        if suggestion:
            text += " " + msg("did_you_mean", suggestion=suggestion)
        elif known:
            text += " " + msg("known_ids", ids=", ".join(dict.fromkeys(known)))
        report(field_path, text)

    def figure_refs(field_path: FieldPath, text: str | None) -> None:
        for reference in FIGURE_REFERENCE.findall(text or ""):
            refers(field_path, reference, figures, "figure")

    for index, attendee in enumerate(record.attendees):
        gender_honorific = {"nam": "Ông", "nữ": "Bà"}.get(attendee.gender or "")
        if attendee.honorific and gender_honorific and attendee.honorific != gender_honorific:
            report(("attendees", index, "gender"), msg("honorific_conflict"))
        if (
            attendee.name
            and attendee.given_name
            and not attendee.name.endswith(attendee.given_name)
        ):
            report(("attendees", index, "given_name"), msg("given_name_mismatch"))

    for s_index, speech in enumerate(record.speeches):
        refers(("speeches", s_index, "speaker"), speech.speaker, people, "speaker")
        for p_index, paragraph in enumerate(speech.paragraphs):
            where = ("speeches", s_index, "paragraphs", p_index)
            figure_refs((*where, "text"), paragraph.text)
            for d_index, directive_id in enumerate(paragraph.directives):
                refers((*where, "directives", d_index), directive_id, directives, "directive")

    for index, directive in enumerate(record.directives):
        refers(("directives", index, "issuer"), directive.issuer, people, "person")
        figure_refs(("directives", index, "text"), directive.text)

    followed: dict[tuple[int | None, date | None, str], int] = {}
    for index, followup in enumerate(record.followup):
        if followup.directive is None:  # named by its text: matched, not checked, here
            continue
        key = (followup.year, followup.meeting, followup.directive)
        if key in followed:  # one directive of one meeting followed up twice
            first_line = locate(("followup", followed[key], "directive"))[1]
            text = msg("duplicate_id", id=followup.directive, line=first_line)
            report(("followup", index, "directive"), text)
        followed.setdefault(key, index)
    if record.followup:
        from giaoban.record.earlier import cluster_records, earlier_directives

        record_file = locate(())[0]
        cluster_name = record.meeting.cluster.name if record.meeting.cluster else None
        day = record.meeting.date
        for index, followup in enumerate(record.followup):
            year = followup.year or record.year - 1
            if followup.meeting is not None and followup.meeting >= day:
                where = field_name(("followup", index, "meeting"))
                text = msg(
                    "followup_meeting_not_before",
                    field=where,
                    date=vn.press_date(followup.meeting, with_year=True),
                    own=vn.press_date(day, with_year=True),
                )
                report(("followup", index, "meeting"), text)
                continue
            if year > record.year or (year == record.year and followup.meeting is None):
                # a follow-up is of an earlier meeting (s2-trial F28); of this work year,
                # an earlier meeting named by its date (s5-trial F103)
                where = field_name(("followup", index, "year"))
                key = "followup_year_not_before"
                if year == record.year:
                    key = "followup_same_year_no_meeting"
                text = msg(
                    key,
                    field=where,
                    year=year,
                    work_year=record.year,
                    work_year_before=record.year - 1,
                )
                report(("followup", index, "year"), text)
                continue
            before = day if year == record.year else None
            earlier = earlier_directives(record_file, year, cluster_name, followup.meeting, before)
            if followup.meeting is not None and earlier is None and not followup._meeting_from:
                # a date no record of the cluster gives, in an archive that has some
                others = [r for r in cluster_records(record_file, cluster_name) if r.date < day]
                if others:
                    dates = ", ".join(
                        f"{r.date.isoformat()} ({r.path.name})" for r in others[-4:] if r.date
                    )
                    where = field_name(("followup", index, "meeting"))
                    text = msg(
                        "followup_meeting_unknown",
                        field=where,
                        date=vn.press_date(followup.meeting, with_year=True),
                        dates=dates,
                    )
                    report(("followup", index, "meeting"), text)
                continue
            if earlier and followup.directive and followup.directive not in earlier[1]:
                file, ids = earlier
                text = msg("unknown_earlier_directive", id=followup.directive, file=file.name)
                elsewhere = _meeting_giving(
                    cluster_records(record_file, cluster_name), followup.directive, day, file
                )
                suggestion = vn.closest_match(followup.directive, ids)
                if elsewhere is not None:  # the sơ kết's directive named as the year's
                    text += " " + msg(
                        "followup_directive_of_meeting",
                        id=followup.directive,
                        date=vn.press_date(elsewhere.date, with_year=True),
                        file=elsewhere.path.name,
                        iso=elsewhere.date.isoformat(),
                    )
                elif suggestion:
                    text += " " + msg("did_you_mean", suggestion=suggestion)
                elif ids:
                    text += " " + msg("known_ids", ids=", ".join(dict.fromkeys(ids)))
                if followup._year_from and elsewhere is None:  # the year was not written
                    text += " " + msg("followup_year_from", year=year, file=followup._year_from)
                report(("followup", index, "directive"), text)
    for index, followup in enumerate(record.followup):
        figure_refs(("followup", index, "result"), followup.result)
        for p_index, province in enumerate(followup.provinces):
            figure_refs(("followup", index, "provinces", p_index, "result"), province.result)

    if record.report:
        refers(("report", "presenter"), record.report.presenter, people, "person")
        for index, result in enumerate(record.report.results):
            figure_refs(("report", "results", index), result)
    refers(("minutes", "secretary"), record.minutes.secretary, people, "person")
    refers(("minutes", "presiding"), record.minutes.presiding, people, "person")

    absent_yet_acting(record, locate, report)
    handover_contradictions(record, locate, report)

    cluster = record.meeting.cluster
    members = cluster.members if cluster else []
    seen_members: dict[str, int] = {}
    for index, member in enumerate(members):
        if gz.key(member) in seen_members:  # "Khánh Hoà" twice, even with the tone moved
            kind = cluster.member_kind if cluster else "tỉnh"
            noun = gz.kind(member, record.meeting.date) if kind == "tỉnh" else "thành viên"
            text = msg("duplicate_member", noun=vn.capitalize_first(noun), name=member)
            report(("meeting", "cluster", "members", index), text)
        seen_members.setdefault(gz.key(member), index)

    of_provinces = cluster is None or cluster.member_kind == "tỉnh"
    kind = cluster.member_kind if cluster else "tỉnh"
    if kind == "huyện" and record.meeting.date >= gz.REORGANISATION:  # no district level (F99)
        since = gz.numeric_date(gz.REORGANISATION)
        report(
            ("meeting", "cluster", "member_kind"), msg("member_kind_district_after", since=since)
        )
    noun = "thành viên" if kind == "đơn vị" else gz.kinds_noun(members) if of_provinces else kind
    district_kinds = {gz.district_kind(m) for m in members}
    if kind == "huyện" and len(district_kinds) == 1 and None not in district_kinds:
        noun = district_kinds.pop() or noun  # "các quận của Cụm" for a cluster of quận (H15)

    # Members named as they were before a merger are errors of their own (check_places
    # gives the new name); checking other fields against that list would echo them.
    stale_members = of_provinces and any(
        gz.check(m, record.meeting.date) is not None for m in members
    )

    def member(field_path: FieldPath, province: str | None) -> None:
        # "Thanh Hoá" is the member "Thanh Hóa": tone placement does not count
        if not members or province is None or gz.spelled_as(province, members):
            return
        if stale_members:
            return
        if of_provinces and gz.check(province, record.meeting.date) is not None:
            return  # not a province on that date: the gazetteer's message says what it is
        suggestion = vn.closest_match(province, members)
        text = msg("not_member", name=province, noun=noun, members=", ".join(members))
        if suggestion:
            text += " " + msg("did_you_mean", suggestion=suggestion)
        # members from a defaults file: say which lines, the fix may be there (s3-trial F54)
        origin, line, _ = locate(("meeting", "cluster", "members"))
        if origin != locate(())[0]:
            text += " " + msg("members_written_at", file=origin.name, line=line)
        report(field_path, text)

    # two periods of `membership` for the same year or from the same day, with different
    # members: which one a meeting takes would be an accident of their order (s3-trial F54)
    periods = cluster.membership if cluster else []
    for index, period in enumerate(periods):
        for earlier_index, earlier in enumerate(periods[:index]):
            same = (
                ("year", period.year)
                if period.year is not None and period.year == earlier.year
                else ("from", period.from_)
                if period.from_ is not None and period.from_ == earlier.from_
                else None
            )
            if same is None or [gz.key(m) for m in period.members] == [
                gz.key(m) for m in earlier.members
            ]:
                continue
            where = ("meeting", "cluster", "membership", earlier_index, same[0])
            report(
                ("meeting", "cluster", "membership", index, same[0]),
                msg("membership_twice", key=same[0], line=locate(where)[1]),
            )
            break

    if cluster:
        member(("meeting", "cluster", "chair"), cluster.chair)
        member(("meeting", "cluster", "vice_chair"), cluster.vice_chair)
    for index, followup in enumerate(record.followup):
        for p_index, province in enumerate(followup.provinces):
            member(("followup", index, "provinces", p_index, "province"), province.province)
    if not of_provinces:  # a figure of one commune, ward or quận of the cluster (H15)
        for index, figure in enumerate(record.figures):
            member(("figures", index, "province"), figure.province)
    for index, handover in enumerate(record.handover):
        member(("handover", index, "to"), handover.to)
        member(("handover", index, "from"), handover.from_)

    meeting = record.meeting
    if meeting.start and meeting.end and meeting.end <= meeting.start:
        report(("meeting", "end"), msg("end_before_start"))

    # The conference reviews the work year: it meets in that year or early the next
    # (a January review), and the chair passes on for the next work year.
    work_year = record.year
    date_fits = not (
        cluster and cluster.year and meeting.date.year not in (work_year, work_year + 1)
    )
    if date_fits:
        # provinces are checked for the meeting's date; a wrong date would echo on each
        from giaoban.record.places import check_places

        check_places(record, report)
    else:
        report(
            ("meeting", "date"),
            msg(
                "meeting_year_mismatch",
                date=vn.press_date(meeting.date, with_year=True),
                year=work_year,
                next=work_year + 1,
            ),
        )
    # no cluster.year, a meeting that hands over for its own year: a review of the year
    # before, held early in the next (a January review): the work year is the fix, not a
    # handover two years ahead (s4-trial F88)
    year_unsaid = not (cluster and cluster.year)
    early_review_said = False
    for index, handover in enumerate(record.handover):
        if year_unsaid and handover.year == work_year:
            if not early_review_said:
                values = {
                    "field": field_name(("handover", index, "year")),
                    "value": handover.year,
                    "date": vn.press_date(meeting.date, with_year=True),
                    "reviewed": work_year - 1,
                }
                report(("handover", index, "year"), msg("handover_year_early_review", **values))
            early_review_said = True
            continue
        if handover.year != work_year + 1:
            report(
                ("handover", index, "year"),
                msg(
                    "handover_year_mismatch",
                    field=field_name(("handover", index, "year")),
                    value=handover.year,
                    year=work_year,
                    next=work_year + 1,
                ),
            )

    record_folder = locate(())[0].parent
    for section in ("minutes", "press"):
        template = getattr(record, section).template
        if template:
            written_in = locate((section, "template"))[0].parent
            folders = list(dict.fromkeys([written_in, record_folder]))
            found = next(
                (folder / template for folder in folders if (folder / template).is_file()), None
            )
            wrong = found and _template_kind_problem(section, found)
            named = {
                "field": f"{section}.template",
                "path": template,
                "folders": ", ".join(str(f.resolve()) for f in folders),
            }
            if wrong:
                report(
                    (section, "template"), msg(wrong, field=f"{section}.template", path=template)
                )
            elif found is not None and (real := _template_outside(found, folders)):
                report(
                    (section, "template"),
                    msg("template_outside", **named, real=real, name=found.name),
                )
            if found is None:
                report((section, "template"), msg("template_not_found", **named))

    problems.sort(key=lambda p: (str(p.file), p.line or 0, p.column or 0))
    return problems


def _template_outside(found: Path, folders: list[Path]) -> Path | None:
    """Where a template named in a record or giaoban.yaml really is, when that is outside
    the record's folder, the naming file's and every giaoban.yaml's above the record
    (s4-trial F75: a link or a ../ path would print any file of the computer)."""
    from giaoban.files import outside_of
    from giaoban.record.discover import defaults_chain

    trees = [*folders, *(d.parent for d in defaults_chain(folders[-1] / "_"))]
    return outside_of(found, trees)


# Roles an attendee plays in the room: marked absent, she cannot (s4-trial F89).
_ROLES_IN_THE_ROOM = ("chỉ đạo", "chủ trì", "đồng chủ trì", "thư ký", "báo cáo", "tham luận")


def absent_yet_acting(
    record: Record, locate: Locate, report: Callable[[FieldPath, str], None]
) -> None:
    """An attendee marked absent (``attendance: vắng``, ``vắng có lý do``) who speaks,
    presents the report, presides, signs the biên bản or has a role in the room: the
    minutes would list her among the absent, then have her open the meeting and sign
    CHỦ TRÌ. One error at her ``attendance`` line naming every place that has her act
    (s4-trial F89)."""
    for index, attendee in enumerate(record.attendees):
        if attendee.attendance == "có mặt":
            continue
        acts: list[tuple[FieldPath, str]] = []
        roles = [role for role in attendee.roles if role in _ROLES_IN_THE_ROOM]
        if roles:
            acts.append(
                (("attendees", index, "roles"), msg("absent_act_roles", roles=", ".join(roles)))
            )
        for s_index, speech in enumerate(record.speeches):
            if speech.speaker == attendee.id:
                acts.append((("speeches", s_index, "speaker"), msg("absent_act_speaks")))
        if record.report and record.report.presenter == attendee.id:
            acts.append((("report", "presenter"), msg("absent_act_presents")))
        if record.minutes.presiding == attendee.id:
            acts.append((("minutes", "presiding"), msg("absent_act_presides")))
        if record.minutes.secretary == attendee.id:
            acts.append((("minutes", "secretary"), msg("absent_act_secretary")))
        if acts:
            who = attendee.name or attendee.group or attendee.id
            said = [
                f"{what} ({field_name(where)}, {msg('place_line', line=locate(where)[1])})"
                for where, what in acts
            ]
            text = msg(
                "absent_yet_acting", name=who, attendance=attendee.attendance, acts="; ".join(said)
            )
            report(("attendees", index, "attendance"), text)


# A vote as the minutes give it: "100%", "95,5 %", or "15/15" (votes for, of the members).
_VOTE_PERCENT = re.compile(r"(\d+(?:[.,]\d+)?)\s*%")
_VOTE_SHARE = re.compile(r"(\d+)\s*/\s*(\d+)")


def handover_contradictions(
    record: Record, locate: Locate, report: Callable[[FieldPath, str], None]
) -> None:
    """Two Cụm trưởng (or Cụm phó) of one year in one biên bản, or an impossible vote:
    a handover ``from`` other than ``cluster.chair`` (``vice_chair`` for the Cụm phó), one
    province as both chair and vice-chair, two handovers of one role, one province taking
    both roles, a vote over 100% (s4-trial F90)."""
    cluster = record.meeting.cluster
    held = {
        "Cụm trưởng": ("chair", cluster.chair if cluster else None),
        "Cụm phó": ("vice_chair", cluster.vice_chair if cluster else None),
    }

    def where(field_path: FieldPath) -> str:
        file, line, _ = locate(field_path)
        return f"{file.name}:{line}"

    if cluster and cluster.chair and cluster.vice_chair:
        if gz.same(cluster.chair, cluster.vice_chair):
            text = msg(
                "vice_chair_is_chair",
                name=cluster.vice_chair,
                at=where(("meeting", "cluster", "chair")),
            )
            report(("meeting", "cluster", "vice_chair"), text)
    of_provinces = cluster is None or cluster.member_kind == "tỉnh"

    def stale(name: str) -> bool:  # a merged province: check_places says it, once
        return of_provinces and gz.check(name, record.meeting.date) is not None

    first: dict[str, int] = {}
    for index, handover in enumerate(record.handover):
        key, holder = held[handover.role]
        if (
            handover.from_
            and holder
            and not gz.same(handover.from_, holder)
            and not (stale(handover.from_) or stale(holder))
        ):
            text = msg(
                "handover_from_not_holder",
                role=handover.role,
                given=handover.from_,
                holder=holder,
                year=record.year,
                field=f"meeting.cluster.{key}",
                at=where(("meeting", "cluster", key)),
            )
            report(("handover", index, "from"), text)
        if handover.role in first:
            earlier = record.handover[first[handover.role]]
            text = msg(
                "handover_role_twice",
                role=handover.role,
                year=handover.year,
                other=earlier.to,
                at=where(("handover", first[handover.role], "role")),
            )
            report(("handover", index, "role"), text)
        else:
            first[handover.role] = index
            for other_index in first.values():
                other = record.handover[other_index]
                if other_index != index and gz.same(other.to, handover.to):
                    text = msg(
                        "handover_to_both_roles",
                        name=handover.to,
                        year=handover.year,
                        at=where(("handover", other_index, "to")),
                    )
                    report(("handover", index, "to"), text)
        if handover.vote and _vote_over_all(handover.vote):
            report(("handover", index, "vote"), msg("vote_over_all", value=handover.vote))


def _vote_over_all(vote: str) -> bool:
    """Whether a vote says more than everyone: "150%", "16/15"."""
    percent = _VOTE_PERCENT.search(vote)
    if percent:
        return float(percent.group(1).replace(",", ".")) > 100
    share = _VOTE_SHARE.search(vote)
    return bool(share) and int(share.group(1)) > int(share.group(2))


WORD_TEMPLATES = (".docx", ".dotx", ".docm", ".dotm")  # what giaoban.render.word reads
PRESS_LAYOUTS = (".md.j2", ".txt.j2", ".html.j2")  # a layout, not the article's wording


def _template_kind_problem(section: str, path: Path) -> str | None:
    """The message key when the file named in ``minutes.template`` or ``press.template`` is
    not of the kind that setting takes: the minutes take a Word template (bien-ban.docx);
    the press report's setting takes the wording (tin-bai.j2, UTF-8 text), its Word and
    other layouts go in a ``--templates`` folder (docs/templates.md). None when it fits."""
    name = path.name.lower()
    if section == "minutes":
        return None if name.endswith(WORD_TEMPLATES) else "template_minutes_not_word"
    if name.endswith(WORD_TEMPLATES) or name.endswith(PRESS_LAYOUTS):
        return "template_press_not_wording"
    # only a Jinja file: any other readable file (/etc/passwd, ../../.ssh/…) would be printed
    # whole as the press report, in every export and its zip (s4-trial F75)
    if not name.endswith(".j2"):
        return "template_press_not_wording"
    try:
        with path.open(encoding="utf-8") as text:
            text.read(1 << 20)
    except UnicodeDecodeError:
        return "template_press_not_wording"
    except OSError:
        return None  # unreadable: the render says why
    return None


def _meeting_giving(records: list[Any], directive: str, before: date, but: Path) -> Any:
    """The latest of ``records`` (giaoban.record.earlier.EarlierRecord, in date order)
    held before ``before``, other than ``but``, whose directives hold the id
    ``directive``; None when none does."""
    return next(
        (
            r
            for r in reversed(records)
            if r.date is not None
            and r.date < before
            and r.path.resolve() != but.resolve()
            and directive in r.ids
        ),
        None,
    )
