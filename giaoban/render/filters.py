"""Jinja filters: small pure functions, all registered here and nowhere else.

Every Vietnamese format a template prints goes through one of these, so a date
or a number looks the same in the minutes, the press report and the summary.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Iterable
from typing import Any

from giaoban import gazetteer
from giaoban import vietnamese as vn
from giaoban.render import sentences


def doc_number(number: int | None) -> str:
    """ "01" for the document number (Nghị định 30: two digits at least); blanks to fill in."""
    return f"{number:02d}" if number else "\u00a0" * 6


def and_list(items: Iterable[Any], conjunction: str = "và") -> str:
    """ "A, B và C"."""
    return vn.join_list([str(item) for item in items], conjunction)


def count_members(members: list[str]) -> str:
    """ "6 tỉnh: Bạc Liêu, ... và Sóc Trăng"."""
    return f"{len(members)} tỉnh: {vn.join_list(members)}"


_MARKDOWN = re.compile(r"([\\`*_\[\]<>|])")


def md_escape(text: str) -> str:
    """Text safe to paste as Markdown: characters that would format are backslash-escaped."""
    escaped = _MARKDOWN.sub(r"\\\1", str(text))
    return "\\" + escaped if escaped[:1] in "#+-" and escaped[1:2] == " " else escaped


def md_cell(text: object) -> str:
    """Text safe in a Markdown table cell: escaped as :func:`md_escape` escapes it (a "|"
    no longer ends the cell), its line breaks made "; " (one would end the row)."""
    return md_escape("; ".join(line.strip() for line in str(text).splitlines() if line.strip()))


FILTERS: dict[str, Callable[..., Any]] = {
    "admin_date": vn.admin_date,
    "press_date": vn.press_date,
    "admin_time": vn.admin_time,
    "short_time": vn.short_time,
    "part_of_day": vn.part_of_day,
    "number": vn.format_number,
    "percent": vn.format_percent,
    "and_list": and_list,
    "count_members": count_members,
    "capitalize_first": vn.capitalize_first,
    "lower_first": vn.lower_first,
    "sentence": vn.sentence,
    "locality": vn.locality,
    # the date line's địa danh: "Thành phố Hồ Chí Minh, ngày ..." (Nghị định 30, Phụ lục I)
    "place_name": gazetteer.written,
    "doc_number": doc_number,
    "named": sentences.named,
    "person": sentences.person,
    "people": sentences.people,
    "and_people": sentences.and_people,
    "members_phrase": sentences.members_phrase,
    "md_escape": md_escape,
    "titled": sentences.titled,
    "statement": sentences.statement,
    "lead_in": sentences.lead_in,
    "directive_item": sentences.directive_item,
    "directive_sentence": sentences.directive_sentence,
    "mid_sentence": sentences.mid_sentence,
    # the wording of the meeting, its agenda, figures and handover (sentences.py)
    "subject": sentences.subject,
    "press_named": sentences.press_named,
    "paragraphs": sentences.split_paragraphs,
    "occasion": sentences.occasion,
    "agenda_item": sentences.agenda_item,
    "report_subject": sentences.report_subject,
    "figure_phrase": sentences.figure_phrase,
    "figure_line": sentences.figure_line,
    "meeting_name": sentences.meeting_name,
    "keep_year": sentences.keep_year,
    "cluster_name": sentences.cluster_name,
    "presiding_line": sentences.presiding_line,
    "chairing_verb": sentences.chairing_verb,
    "handover_lines": sentences.handover_lines,
    "handover_heading": sentences.handover_heading,
    "handover_press": sentences.handover_press,
    "part_of_day_word": sentences.part_of_day_word,
    "period_of_year": vn.period_of_year,
    "period_opening": sentences.period_opening,
    "report_programmes": sentences.report_programmes,
    "report_results": sentences.report_results,
    "absent_lines": sentences.absent_lines,
    "report_limitations": sentences.report_limitations,
    "figures_sentence": sentences.figures_sentence,
    "conclusion_press": sentences.conclusion_press,
    "sites_sentence": sentences.sites_sentence,
    "attending_sentence": sentences.attending_sentence,
    "press_lead": sentences.press_lead,
    "host_sentence": sentences.host_sentence,
    "site_names": sentences.site_names,
    "cluster_officers": sentences.cluster_officers,
    "closing": sentences.closing,
    "signing_sentence": sentences.signing_sentence,
    "members_in_cluster": sentences.members_in_cluster,
    "group_mid_sentence": sentences.group_mid_sentence,
    # the follow-up of earlier directives and the deadline of each (issue 15)
    "deadline_phrase": sentences.deadline_phrase,
    "followup_heading": sentences.followup_heading,
    "followup_item": sentences.followup_item,
    "followup_province_line": sentences.followup_province_line,
    "followup_press": sentences.followup_press,
    "unspoken_press": sentences.unspoken_press,
}
