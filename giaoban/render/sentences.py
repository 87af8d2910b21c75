"""The one home of giaoban's Vietnamese wording, shared by the minutes and the press report.

Every phrase a document prints about people, occasions, reports, figures, periods,
handovers and the meeting itself is built here and reaches the templates as a filter
(``giaoban.render.filters``), so that a template holds layout and not grammar, and a
secretary's own template gets the same phrases as the default ones.

Two rules hold throughout (issue "Documents true to any real meeting"):

* a phrase states only what the record holds: a part that has no field behind it is
  left out, never filled with a likely value ("Đại diện Cụm trưởng", "thống nhất bầu",
  "năm 2020" for a plan the record does not give);
* a phrase never drops what the record holds, and never says a thing twice (a year the
  title already carries, a unit the label already names, a province the group already
  names).

Conventions follow /shared/reference/document-format.md §2-§4 (biên bản shape, TTXVN
press style: title-first or honorific-first naming, "đề nghị" sentences, "./.").
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable, Sequence
from typing import Any

from jinja2 import pass_context as _jinja_pass_context

from giaoban import gazetteer
from giaoban import vietnamese as vn
from giaoban.record.model import Attendee
from giaoban.render.context import (
    DirectiveView,
    FigureView,
    FollowupProvinceView,
    FollowupView,
    HandoverView,
    ParagraphView,
    ReportView,
    SpeechView,
)

HONORIFICS = ("Ông ", "Bà ", "Đồng chí ")
PRESS_HONORIFICS = ("Ông", "Bà")

# --- people ---------------------------------------------------------------------------


def _address(person: Attendee, address: str | None) -> str | None:
    """The word before a name: "Đồng chí" where the minutes say so, else Ông/Bà."""
    if address == "đồng chí":
        return "Đồng chí"
    return person.title_of_address


def _titles(person: Attendee, province: str | None) -> list[str]:
    """The person's titles; inside a group already named for ``province``, without it.

    "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh Bạc Liêu" in the group "Đại biểu tỉnh Bạc Liêu"
    reads "Chủ tịch Ủy ban MTTQ Việt Nam tỉnh": the province is said once, for the group.
    """
    # only a province's name is trimmed ("thành phố Cần Thơ" keeps "thành phố"); the
    # group of an organisation ("Hội Nông dân Việt Nam") keeps every title whole
    unit = gazetteer.find(province) if province else None
    # a unit never written bare keeps its name: "… Việt Nam Thành phố." said nothing
    # (s4-trial F84, F85)
    if unit is None or unit.full_name:
        return list(person.titles)
    size = len(unit.name.split())
    trimmed = []
    for title in person.titles:
        words = title.split()
        # the name however its tone is placed: "tỉnh Khánh Hoà" in "Đại biểu tỉnh Khánh Hòa"
        if len(words) > size and gazetteer.key(" ".join(words[-size:])) == gazetteer.key(unit.name):
            title = " ".join(words[:-size]).rstrip(" ,")
        trimmed.append(title)
    return trimmed


def named(person: Attendee, address: str | None = None) -> str:
    """ "Bà Trương Thị Ngọc Ánh" ("Đồng chí ..." with ``address="đồng chí"``); a group's text."""
    if not person.name:
        return person.group or person.id
    return vn.honorific_name(person.name, _address(person, address))


def person(person: Attendee, address: str | None = None, province: str | None = None) -> str:
    """ "Bà Trương Thị Ngọc Ánh, Phó Chủ tịch Ủy ban Trung ương ..." with every title.

    A person who leads a delegation ("trưởng đoàn") says so after the titles.
    """
    titles = _titles(person, province)
    if "trưởng đoàn" in person.roles:
        titles.append("Trưởng đoàn")
    if not person.name or not titles:
        return named(person, address)
    return f"{named(person, address)}, {', '.join(titles)}"


def people(
    persons: Iterable[Attendee],
    address: str | None = None,
    province: str | None = None,
    separator: str = "; ",
) -> str:
    """Several people with their titles, as a list: "Bà A, title; ông B, title".

    Only the first is capitalised; titles hold commas, so people are parted by ";".
    People next to each other with the same titles share them once: "Ông A và ông B,
    Phó Chủ tịch ..." (the title is not said twice).
    """
    texts: list[str] = []
    for run in _same_titles(list(persons), province):
        first = run[0]
        if len(run) == 1 or not first.name:
            text = person(first, address, province)
        else:
            names = [named(p, address) for p in run]
            names = names[:1] + [mid_sentence(n) for n in names[1:]]
            text = f"{vn.join_list(names)}, {', '.join(_titles(first, province))}"
        if texts:
            text = mid_sentence(text) if first.name else group_mid_sentence(text)
        texts.append(text)
    return separator.join(texts)


def _same_titles(persons: list[Attendee], province: str | None) -> list[list[Attendee]]:
    """Consecutive named people with the same titles (and no other role word), in runs."""
    runs: list[list[Attendee]] = []
    for p in persons:
        key = tuple(_titles(p, province)) if p.name and p.titles else None
        previous = runs[-1][0] if runs else None
        if (
            key
            and previous is not None
            and previous.name
            and tuple(_titles(previous, province)) == key
            and "trưởng đoàn" not in p.roles
            and "trưởng đoàn" not in previous.roles
        ):
            runs[-1].append(p)
        else:
            runs.append([p])
    return runs


def _joined(texts: list[str]) -> str:
    """ "A và B", or "A; B; C" when an item holds a comma of its own (titles)."""
    texts = texts[:1] + [mid_sentence(t) for t in texts[1:]]
    if any("," in t for t in texts):
        return "; ".join(texts)
    return vn.join_list(texts)


def and_people(persons: Iterable[Attendee], form: str = "person") -> str:
    """People as the subject of a sentence, ready for the verb that follows.

    ``form`` is "person" (honorific, name, titles), "named" or "titled" (title first,
    the press's "Phó Chủ tịch ... Trương Thị Ngọc Ánh"). An apposition of titles is
    closed by a comma before the verb ("Bà A, Phó Chủ tịch X, dự chỉ đạo"), and
    people whose titles hold commas are parted by ";".
    """
    persons = list(persons)
    # The press puts the title first when it has no ông/bà to open with; people named in
    # one list are all named one way.
    title_first = form == "titled" or (
        form == "person"
        and any(p.name and p.title_of_address not in PRESS_HONORIFICS for p in persons)
    )

    def shape(p: Attendee) -> str:
        if title_first and p.name:
            return titled(p)
        return named(p) if form == "named" else person(p)

    texts = [shape(p) for p in persons]
    texts = texts[:1] + [
        t if p.name else group_mid_sentence(t) for p, t in zip(persons[1:], texts[1:], strict=True)
    ]
    text = _joined(texts)
    last = persons[-1] if persons else None
    if form == "person" and last and last.name and texts[-1] == person(last) != named(last):
        text += ","
    return text


def subject(person_: Attendee, address: str | None = None) -> str:
    """One person as a subject in the minutes: titles closed by a comma before the verb."""
    full = person(person_, address)
    return f"{full}," if full != named(person_, address) else full


class Mentions:
    """How the press names a speaker each time, varied rather than repeated.

    The attendance sentence introduced everyone in full. In the body a speaker is
    named by title and name ("Bí thư Tỉnh ủy Bạc Liêu Lữ Văn Hùng"), and the next
    time by honorific and name ("ông Lữ Văn Hùng"), alternating; a sentence that
    opens with a long phrase takes the short form, so that it does not run on. The
    press keeps ông/bà: a person recorded only as "đồng chí" is named by title.
    """

    LONG_OPENING_WORDS = 6

    def __init__(self, introduced: Iterable[Attendee] = ()) -> None:
        self._last_titled: dict[str, bool] = {}
        # people the sentences before the speeches named with every title
        self._introduced = {p.id for p in introduced}

    def __call__(self, speaker: Attendee, paragraph: ParagraphView | None = None) -> str:
        if not speaker.name:
            return named(speaker)
        first = speaker.id not in self._introduced
        self._introduced.add(speaker.id)
        long_opening = bool(
            paragraph
            and paragraph.context
            and len(paragraph.context.split()) > self.LONG_OPENING_WORDS
        )
        can_shorten = speaker.title_of_address in PRESS_HONORIFICS and bool(speaker.titles)
        titled_before = self._last_titled.get(speaker.id, False)
        # a later mention says a short title, or honorific and name: several titles and
        # no short_title would repeat them all, a sentence or two after the introduction
        # (document-format.md §4: "Later mentions use a short title + name, or
        # honorific + name"; s3-trial F24)
        whole = not speaker.short_title and len(speaker.titles) > 1
        use_title = first or not can_shorten or not (titled_before or long_opening or whole)
        self._last_titled[speaker.id] = use_title
        if not use_title:
            return named(speaker)
        text = titled(speaker, short=True)
        roles = cluster_roles_left_out(speaker) if first else []
        # "Chủ tịch ... Mai Văn Xuân, Cụm trưởng Cụm thi đua số 1, phát biểu ...": the
        # first mention of someone not introduced before keeps the role in the cluster
        return f"{text}, {', '.join(roles)}," if roles else text


CLUSTER_ROLES = ("cum truong", "cum pho")


def cluster_roles_left_out(person: Attendee) -> list[str]:
    """The titles of a role in the cluster ("Cụm trưởng Cụm thi đua số 1") that the
    person's short title (``short_title``) leaves out; [] without a short title."""
    if not person.short_title:
        return []
    short = _key(person.short_title)
    return [t for t in person.titles if _key(t).startswith(CLUSTER_ROLES) and _key(t) not in short]


def titled(person: Attendee, short: bool = False) -> str:
    """Title before name, as the press writes it: "Bí thư Tỉnh ủy Bạc Liêu Lữ Văn Hùng"."""
    if not person.name:
        return named(person)
    title = person.short_title if short and person.short_title else ", ".join(person.titles)
    if title:
        return f"{title} {person.name}"
    return press_named(person)


def press_named(person: Attendee) -> str:
    """Honorific and name for the press, which says ông/bà, never "đồng chí"."""
    if person.name and person.title_of_address not in PRESS_HONORIFICS:
        return person.name
    return named(person)


def named_together(names: list[str]) -> str:
    """People already named ("Bà Nguyễn Thị Hồng Nhung", "Ông Lê Quang Hưng") in one
    phrase, as a sentence names them: "Bà Nguyễn Thị Hồng Nhung và ông Lê Quang Hưng"
    (the honorifics after the first lower case; s2-trial F31)."""
    return vn.join_list([*names[:1], *(mid_sentence(name) for name in names[1:])])


def mid_sentence(subject: str) -> str:
    """A subject placed after an opening phrase: honorifics go lower case, titles do not."""
    if subject.startswith(HONORIFICS):
        return vn.lower_first(subject)
    return subject


# Common nouns that open a group's description; a group that opens with a body's name
# ("Ủy ban ...") or a title ("Chủ tịch, Phó Chủ tịch ...") keeps its capital.
_GROUP_OPENINGS = ("Đại diện", "Lãnh đạo", "Các ", "Đại biểu", "Toàn thể", "Cán bộ", "Thành viên")


def group_mid_sentence(text: str) -> str:
    """A group's description inside a sentence: "đại diện ...", but "Ủy ban ..." as written."""
    return vn.lower_first(text) if text.startswith(_GROUP_OPENINGS) else text


def opening(paragraph: ParagraphView, subject: str) -> str:
    """ "Nhấn mạnh ..., bà X" or just the subject."""
    if paragraph.context:
        return f"{leading(paragraph.context)} {mid_sentence(subject)}"
    return subject


def leading(phrase: str) -> str:
    """A phrase that opens a sentence before what follows it, closed by one comma:
    "Về công tác giám sát" and "Về công tác giám sát," (or ending ";", ":", ".") both
    give "Về công tác giám sát,". The one place where a record's context, connective
    (``lead``) or reason (``rationale``) is joined to its sentence, so that the comma a
    secretary writes herself is never doubled (",,"). A phrase ending "..." keeps it."""
    phrase = phrase.strip()
    if phrase.endswith(("...", "…")):
        return f"{phrase},"
    return phrase.rstrip(" ,;:.") + ","


# --- statements and directives ----------------------------------------------------------


def deadline_phrase(deadline: Any, asked: str = "") -> str:
    """When a directive is due: "hoàn thành trước ngày 30/6/2024" for a date (a month
    alone: "hoàn thành trong tháng 6/2024"), "hoàn thành trong quý I/2024" for a period;
    "" without a deadline. When what is ``asked`` already says "hoàn thành" ("hoàn thành
    số hóa hồ sơ hội viên"), the verb is not said again: "trong quý II/2026" (s4-trial F81)."""
    if not deadline:
        return ""
    if isinstance(deadline, str):
        when = f"trong {deadline}"
    elif not vn.day_known(deadline):
        when = f"trong {vn.press_date(deadline, with_year=True)}"
    else:
        when = f"trước ngày {vn.press_date(deadline, with_year=True)}"
    if re.search(r"(?<!\w)hoàn thành(?!\w)", asked, re.IGNORECASE):
        return when
    return f"hoàn thành {when}"


def _asked(directive: DirectiveView) -> str:
    """The addressee, what is asked and by when: "Các tỉnh ..., hoàn thành trước ngày ...".

    A text copied with its addressee ("Mặt trận Tổ quốc các địa phương chủ động …" under
    ``addressee: Mặt trận Tổ quốc các địa phương``) or with the verb of the paragraph
    that asks it ("Đề nghị cần chú trọng …" asked with "đề nghị") says each once: the
    article's sentence, as a secretary copies it, is not the record's fields doubled
    (s3-trial F64)."""
    text = directive.text
    if directive.said_with is not None:
        text = without_verb(directive.said_with or "đề nghị", text)
    core = text
    if directive.addressee and without_verb(directive.addressee, text) == text:
        core = f"{directive.addressee} {text}"
    due = deadline_phrase(directive.deadline, core)
    return f"{core.rstrip(' .;')}, {due}" if due else core


def directive_core(directive: DirectiveView, inside: bool = False) -> str:
    """What is asked, with its addressee: "Mặt trận Tổ quốc các địa phương chủ động ...";
    its reason before it ("<reason>, do đó ..."), lower case when ``inside`` a sentence;
    its deadline after it (``deadline_phrase``)."""
    core = _asked(directive)
    if directive.rationale:
        reason = soft_lower(directive.rationale) if inside else directive.rationale
        core = f"{leading(reason)} do đó {core}"
    return core


# Bodies whose names keep their capital wherever they stand (Nghị định 30/2020/NĐ-CP,
# Phụ lục II: the type of body is capitalised; "Nhà nước" as a special case; see
# shared/reference/document-format.md §1.6).
PROPER_HEADS = (
    "Mặt trận",
    "Ủy ban",
    "Ban Thường trực",
    "Đảng",
    "Nhà nước",
    "Chính phủ",
    "Quốc hội",
    "Trung ương",
    "Hội đồng",
    "Công đoàn",
    "Đoàn Thanh niên",
    "Tổ quốc",
    "Cụm",
    "Tỉnh ủy",
    "Tỉnh uỷ",
    "Thành ủy",
    "Thành uỷ",
    "Huyện ủy",
    "Huyện uỷ",
    "Đảng ủy",
    "Đảng uỷ",
    "Tỉnh đoàn",
    "Thành đoàn",
    "Bác Hồ",
    # the city's official name, capital T and all (Hiến pháp 2013, Điều 110; s6-trial H1)
    "Thành phố Hồ Chí Minh",
    # a title opening a sentence keeps its capital inside one too (Phụ lục II: "Chủ tịch
    # nước", "Thủ tướng Chính phủ", "Bộ trưởng Bộ …")
    "Chủ tịch",
    "Bí thư",
    "Thủ tướng",
    "Bộ trưởng",
)


# Besides PROPER_HEADS, what a title writes with capitals inside it.
_PROPER_PHRASES = ("Việt Nam", "Đoàn Đại biểu Quốc hội", "Ủy ban nhân dân", "Hội đồng nhân dân")


def written_case(text: str, names: Iterable[str] = ()) -> str:
    """How a name or title typed in capitals or in lower case is written (Nghị định
    30/2020/NĐ-CP, Phụ lục II: lower case, a capital for the first letter, proper names and
    the bodies of PROPER_HEADS): "HỘI NGHỊ GIAO BAN CỤM THI ĐUA NAM SÔNG HẬU" → "Hội nghị
    giao ban Cụm thi đua Nam Sông Hậu". Acronyms stay ("MTTQ"); ``names`` (the cluster's)
    and the gazetteer's provinces get their own letters back. A proposal for the secretary
    to check, given in a warning (s5-trial F118), never printed unasked."""
    words = [w if vn.is_acronym(w) and w.isupper() else w.lower() for w in vn.nfc(text).split()]
    result = " ".join(words)
    proper = {*PROPER_HEADS, *_PROPER_PHRASES, *(n for n in names if n)}
    proper |= {unit.name for unit in gazetteer.gazetteer().units}
    for phrase in sorted(proper, key=len, reverse=True):
        result = re.sub(
            rf"(?<!\w){re.escape(phrase.lower())}(?!\w)", lambda _m, p=phrase: p, result
        )
    return vn.capitalize_first(result)


def soft_lower(text: str) -> str:
    """A sentence start moved inside a sentence: "Giám sát là ..." -> "giám sát là ...";
    an acronym or a name in capitals ("MTTQ", "UBND"), a proper name of two capitalised
    words ("Cà Mau đã ...", "Hậu Giang ...") and an institution (PROPER_HEADS: "Mặt trận
    các tỉnh ...") are kept."""
    words = text.split(" ", 2)
    head = words[0]
    if text.startswith(PROPER_HEADS) or (len(words) > 1 and words[1][:1].isupper()):
        return text
    return vn.lower_first(text) if head[1:2].islower() or len(head) == 1 else text


def directive_sentence(directive: DirectiveView) -> str:
    """A directive as a sentence of its own, with its connective: "Cụ thể, ...". A text
    copied with that connective ("Cùng với đó, thông tin …" under ``lead: Cùng với
    đó,``) says it once (same family as s3-trial F64)."""
    if directive.lead:
        text = without_verb(directive.lead, directive.text)
        if text != directive.text:
            directive = dataclasses.replace(directive, text=soft_lower(text))
        return vn.sentence(f"{leading(directive.lead)} {directive_core(directive, inside=True)}")
    return vn.sentence(vn.capitalize_first(directive_core(directive)))


# Connectives that only tie a sentence to the one before it: right in running prose (the
# press report), wrong at the head of a numbered item, which stands alone ("2) Cụ thể,
# …" read as if item 2 explained item 1: s4-trial F86).
JOINING_LEADS = frozenset(
    {
        "cụ thể",
        "cùng với đó",
        "bên cạnh đó",
        "đồng thời",
        "ngoài ra",
        "mặt khác",
        "theo đó",
        "tiếp đó",
        "song song với đó",
        "hơn nữa",
        "thêm vào đó",
    }
)


def directive_item(directive: DirectiveView) -> str:
    """A directive as an item of a numbered list: without a connective that only ties it
    to the sentence before (``JOINING_LEADS``: "Cụ thể,", "Cùng với đó,"), also when its
    text was copied with it; any other lead ("Trong năm 2023,") is kept."""
    lead = directive.lead
    if lead and vn.nfc(lead).strip(" ,:").casefold() in JOINING_LEADS:
        text = without_verb(lead, directive.text)
        directive = dataclasses.replace(directive, lead=None, text=text)
    return directive_sentence(directive)


def statement(
    paragraph: ParagraphView,
    subject: str,
    with_directives: bool = True,
    default_verb: str = "cho biết",
) -> str:
    """One reported paragraph in prose.

    "<context>, <subject> <verb>, <text>." and, for directives, the first one
    after the verb and each further one as a sentence of its own. A text written as
    several paragraphs (a blank line between them) keeps them: the first carries the
    speaker, the others follow as they were written, parted by a blank line.
    """
    verb = paragraph.verb or default_verb
    head = opening(paragraph, subject)
    sentences: list[str] = []
    directives = list(paragraph.directives) if with_directives else []
    if paragraph.text:
        first, *rest = split_paragraphs(paragraph.text) or [""]
        sentences.append(vn.sentence(f"{head} {said(verb, first)}"))
        if rest:
            return "\n\n".join([sentences[0], *(vn.sentence(r) for r in rest)]) + (
                "\n\n" + " ".join(directive_sentence(d) for d in directives) if directives else ""
            )
    elif directives:
        first = directives.pop(0)
        asked = _asked(first)
        if first.rationale and not paragraph.context:
            # the reason opens the sentence: "<reason>, do đó <speaker> đề nghị ..."
            head = f"{leading(first.rationale)} do đó {mid_sentence(subject)}"
        elif first.rationale:
            asked = f"{leading(soft_lower(first.rationale))} do đó {asked}"
        sentences.append(vn.sentence(f"{head} {said(verb, asked)}"))
    sentences.extend(further_directives(directives, verb))
    return " ".join(sentences)


def without_verb(verb: str, text: str) -> str:
    """``text`` without a copy of ``verb`` (or of an addressee) it opens with, and the
    comma or colon after it: "cho biết, năm 2023, …" said with "cho biết" is "năm 2023,
    …"; case, marks written either way and punctuation do not count. A text that is only
    the verb is kept."""
    wanted = _key(verb).split()
    words = text.split()
    if not wanted or len(words) <= len(wanted):
        return text
    if _key(" ".join(words[: len(wanted)])).split() != wanted:
        return text
    return text.split(None, len(wanted))[-1].lstrip(" ,:")


def said(verb: str, content: str) -> str:
    """What a speaker said after the reporting verb: "cho biết, năm 2023, …", "đề nghị
    các tỉnh …" (``vn.reported``). Content copied from an article with the verb itself
    ("cho biết, năm 2023") or with the capital that opened its sentence ("Năm 2023, …")
    says the verb once and goes on in lower case, unless it opens with a name or a body
    (``soft_lower``): "cho biết, cho biết, năm 2023" and "cho biết, Năm 2023" before
    (s3-trial F64)."""
    return vn.reported(verb, soft_lower(without_verb(verb, content)))


def unspoken_press(directives: list[DirectiveView]) -> str:
    """The directives no speech paragraph states, in the press report as the biên bản
    has them ("Các ý kiến chỉ đạo, đề nghị khác", without who asked): "Ý kiến tại hội
    nghị còn đề nghị A; B." The tin bài left them out (s4-trial F91, s5-trial F122)."""
    asked = [directive_core(d, inside=True) for d in directives]
    if not asked:
        return ""
    return vn.sentence("Ý kiến tại hội nghị còn " + said("đề nghị", "; ".join(asked)))


# The connectives that open a further directive of the same speaker, in turn, so that two
# sentences in a row never open alike ("Đồng thời, đề nghị A. Đồng thời, đề nghị B.").
FURTHER_CONNECTIVES = ("Đồng thời", "Cùng với đó", "Bên cạnh đó")


def further_directives(directives: list[DirectiveView], verb: str) -> list[str]:
    """The directives after a paragraph's first, a sentence each, in the record's order.

    One with a connective (``lead``) or a reason (``rationale``) of its own opens with it
    (``directive_sentence``); one without stays the speaker's request and takes the next
    of ``FURTHER_CONNECTIVES`` that the paragraph does not already use: "Đồng thời, đề
    nghị A. Cùng với đó, đề nghị B.". When they run out, a further request joins the
    sentence before it after ";" rather than repeat a connective.
    """
    used = {_key(d.lead) for d in directives if d.lead}
    free = [c for c in FURTHER_CONNECTIVES if _key(c) not in used]
    sentences: list[str] = []
    for directive in directives:
        if directive.lead or directive.rationale:
            sentences.append(directive_sentence(directive))
        elif free or not sentences:
            connective = free.pop(0) if free else FURTHER_CONNECTIVES[0]
            request = said(verb, directive_core(directive))
            sentences.append(vn.sentence(f"{connective}, {request}"))
        else:
            last = sentences.pop().removesuffix(".")
            sentences.append(vn.sentence(f"{last}; {directive_core(directive)}"))
    return sentences


def lead_in(paragraph: ParagraphView, subject: str, default_verb: str = "đề nghị") -> str:
    """The head of a paragraph whose directives follow as a list: "..., bà X đề nghị:"."""
    return f"{opening(paragraph, subject)} {paragraph.verb or default_verb}:"


def same_lead_in(before: ParagraphView, paragraph: ParagraphView) -> bool:
    """Whether ``paragraph``'s lead-in would repeat the one of the paragraph ``before`` it
    (same speaker): both only list directives, with the same verb and no context. The
    minutes then say "Bà A đề nghị:" once and number the directives of both on, rather
    than print "Bà A đề nghị:" again under the first list."""
    return (
        not before.text
        and not paragraph.text
        and bool(before.directives and paragraph.directives)
        and not before.context
        and not paragraph.context
        and _key(before.verb or "") == _key(paragraph.verb or "")
    )


_BLANK_LINE = re.compile(r"\n[ \t]*\n+")


def split_paragraphs(text: str | None) -> list[str]:
    """A text written as paragraphs (YAML ``|`` with blank lines): one item each.

    Single line breaks inside a paragraph become spaces, as a word processor would
    reflow them; nothing else is changed.
    """
    if not text:
        return []
    blocks = _BLANK_LINE.split(text.strip())
    return [re.sub(r"[ \t]*\n[ \t]*", " ", block).strip() for block in blocks if block.strip()]


# --- occasions and the agenda -------------------------------------------------------------

# What a speaker did, by occasion, as the minutes and the press say it.
OCCASIONS = {
    "khai mạc": "phát biểu khai mạc hội nghị",
    "báo cáo": "trình bày báo cáo",
    "tham luận": "trình bày tham luận",
    "thảo luận": "phát biểu thảo luận",
    "phát biểu": "phát biểu",
    "phát biểu chỉ đạo": "phát biểu chỉ đạo hội nghị",
    "kết luận": "phát biểu kết luận hội nghị",
    "bế mạc": "phát biểu bế mạc hội nghị",
}


def occasion(item: SpeechView) -> str:
    """ "phát biểu khai mạc hội nghị", "trình bày tham luận", ..."""
    return OCCASIONS.get(item.occasion, item.occasion)


def report_subject(report: ReportView) -> str:
    """ "báo cáo kết quả hoạt động năm 2022 của Cụm thi đua, phương hướng, nhiệm vụ năm 2023".

    The period is said only when the record gives it (``meeting.period``, or a report
    year); the plan only when the record holds priorities.
    """
    text = "báo cáo kết quả hoạt động"
    if report.period_phrase:
        text += f" {report.period_phrase}"
    text += f" của {report.cluster or 'Cụm thi đua'}"
    if report.plan_phrase:
        text += f", phương hướng, nhiệm vụ {report.plan_phrase}"
    return text


def agenda_item(item: SpeechView, address: str | None = None) -> str:
    """The head of an agenda item in the minutes, as a sentence.

    "Bà A, Phó Chủ tịch X, phát biểu chỉ đạo hội nghị."; the report with its presenter,
    or "Hội nghị nghe báo cáo ..." when the record names none.
    """
    if item.report is not None and item.occasion == "báo cáo":
        what = report_subject(item.report)
        if item.speaker is None:
            return vn.sentence(f"Hội nghị nghe {what}")
        return vn.sentence(f"{subject(item.speaker, address)} trình bày {what}")
    if item.speaker is None:
        return vn.sentence(vn.capitalize_first(occasion(item)))
    return vn.sentence(f"{subject(item.speaker, address)} {occasion(item)}")


# --- figures --------------------------------------------------------------------------------


def _key(text: str) -> str:
    """Comparison key: case, marks, punctuation and spacing do not count."""
    return " ".join(re.sub(r"[^\w\s]", " ", vn.fold(text)).split())


def figure_phrase(figure: FigureView) -> str:
    """A figure in running text, its qualifier and unit kept, nothing said twice.

    - a label that starts with the unit: "19.455 văn bản triển khai thực hiện";
    - a unit that holds the label: "2.875 căn nhà Đại đoàn kết" (label "nhà Đại đoàn kết");
    - a rate: "tăng trưởng kinh tế đạt 9,6%";
    - a figure with a verb: "trao hơn 441.900 phần quà";
    - otherwise "<label>: <value>".
    A province, and a year other than the meeting's, are said in brackets.
    """
    label, unit, value, verb = figure.label, figure.unit or "", figure.value, figure.verb
    label_key, unit_key = _key(label), _key(unit)
    noun = None
    countable = bool(unit and unit != "%" and label_key and unit_key)
    if countable and label_key.startswith(unit_key + " "):
        noun = f"{figure.qualified_number} {label}"
    elif countable and f" {label_key} " in f" {unit_key} ":  # whole words: "à" is not in "văn"
        noun = value
    if noun:
        text = f"{verb} {noun}" if verb else noun
    elif unit == "%":
        text = f"{label} {verb or 'đạt'} {value}"
    else:
        text = f"{label}: {verb + ' ' if verb else ''}{value}"
    notes = [vn.locality(figure.province)] if figure.province else []
    if figure.year and figure.year != figure.work_year:
        notes.append(f"năm {figure.year}")
    return f"{text} ({', '.join(notes)})" if notes else text


# Words that do not tell what a figure counts ("nhà ở cho hộ nghèo": "cho" is no clue).
_FUNCTION_WORDS = frozenset(
    {"và", "cho", "của", "các", "những", "được", "trong", "có", "với", "là", "đã", "tại"}
)


def quoted_figure(formatted: str, label: str, unit: str | None, text: str) -> str:
    """A figure quoted in a text by its id (``{nha-tam}``), as the text then reads.

    The value with its unit ("2.860 căn nhà Đại đoàn kết") when the text around it, or
    the unit, already says what it counts (a word of the label); otherwise the label
    follows, so that the fact keeps its subject: "hoàn thành xóa {nha-tam}" reads
    "hoàn thành xóa 18.230 căn nhà tạm, nhà dột nát", not "… 18.230 căn" (18.230 căn
    gì?). A rate ("%") is read with the words before it ("tăng trưởng đạt 9,6%").
    ``text`` is the whole text with every figure's value written in.
    """
    if unit == "%" or not label.strip():
        return formatted

    def words(phrase: str) -> set[str]:  # with their marks: "tạm" is not "tâm"
        return set(re.findall(r"\w+", vn.nfc(phrase).casefold()))

    # the unit is said with the value: a label that opens with it ("hộ khó khăn", unit
    # "hộ") says what it counts by the words after it, which the text must say itself
    # ("cho gần 396 hộ" lost "khó khăn": s4-trial F77)
    label = label.strip()
    unit_words = words(unit or "")
    telling = words(label) - _FUNCTION_WORDS - unit_words
    if not telling or telling & words(text.replace(formatted, " ")):
        return formatted
    head = (unit or "").strip()
    if head and vn.nfc(label).casefold().startswith(vn.nfc(head).casefold() + " "):
        if formatted.endswith(head):  # "396 hộ" + "khó khăn", not "396 hộ hộ khó khăn"
            return f"{formatted} {label[len(head) :].strip()}"
    return f"{formatted} {label}"


def quoted_province(phrase: str, province: str | None, text: str, about: str | None = None) -> str:
    """A quoted figure of one province (``figures[].province``) with that province in
    brackets, as an unquoted figure reads: "đạt 6,8% (tỉnh Bạc Liêu) và 7,5% (tỉnh Cà
    Mau)"; unchanged when the text names the province itself (any spelling the gazetteer
    knows, as whole words) or is ``about`` it (a speech of that province's delegate, who
    says "địa phương đạt 9,6%"). Without it, which province a figure is of was in the record
    and in neither document (s5-trial F114)."""
    if not province or (about and gazetteer.same(about, province)):
        return phrase
    name = gazetteer.official_name(province) or province
    folded = f" {_key(text)} "
    if any(f" {_key(n)} " in folded for n in {name, province, gazetteer.written(name)}):
        return phrase
    return f"{phrase} ({vn.locality(province)})"


def unit_follows(unit: str | None, after: str) -> bool:
    """Whether the text after a quoted figure (``{id}``) opens with the figure's unit,
    as anyone writes it ("đạt {quy} tỷ đồng", "cho {nha} hộ khó khăn", "{tang} %"): the
    figure is then written without its own, or the unit is said twice ("28 tỷ đồng tỷ
    đồng" before, s3-trial F65). Case does not count, marks do ("hộ" is not "hồ")."""
    unit = (unit or "").strip()
    if not unit:
        return False
    head = vn.nfc(after).lstrip().casefold()
    wanted = vn.nfc(unit).casefold()
    if not head.startswith(wanted):
        return False
    rest = head[len(wanted) :]
    return unit == "%" or not rest[:1].isalnum()


def figure_line(figure: FigureView) -> str:
    """A figure as an item of the minutes' list: capitalised, without its full stop."""
    return vn.capitalize_first(figure_phrase(figure))


# --- the meeting ------------------------------------------------------------------------------

_YEAR = re.compile(r"\b(19|20)\d\d\b")


# "tổng kết năm", "giao ban năm", "công tác năm", "hoạt động năm": "năm" that means the
# year reviewed (not "hằng năm", "5 năm")
_YEAR_WORD_AFTER = frozenset({"kết", "ban", "tác", "động", "đua"})


def meeting_name(title: str, year: int | None, period: str | None = None) -> str:
    """The meeting's name with its period and year said once (``year`` None: the period
    alone, for a lead that leaves the year out, ``press.lead_year: false``; a year's
    meeting then is its title: "… sơ kết hoạt động Cụm … 6 tháng đầu năm", s5-trial F112).

    "Hội nghị giao ban Cụm thi đua Nam Sông Hậu" + 2022 -> "... năm 2022"; a title that
    already says a year ("tổng kết năm 2025, triển khai nhiệm vụ năm 2026") is left as
    written; a title that holds the period gets the year after it ("Hội nghị sơ kết 6
    tháng đầu năm 2022 Cụm ...", "Hội nghị tổng kết năm 2022 Cụm ..."; "sơ kết 6 tháng"
    is said in full, "6 tháng đầu năm 2022"); otherwise the period and year follow it.
    """
    if _YEAR.search(title) or (year is None and (period or "năm") == "năm"):
        return title
    phrase = vn.period_of_year(period or "năm", year or 2000)
    wanted = phrase.casefold().split()[:-1]  # "6 tháng đầu năm", without the year
    if year is None:  # "6 tháng đầu năm", "quý III", "9 tháng": what is reviewed
        phrase = period or ""
    words = title.split()
    folded = [w.casefold() for w in words]
    # the longest run of the period's first words the title holds ("6 tháng"), at least
    # two words, or "năm" alone after a word that makes it the year reviewed
    for size in range(len(wanted), 0, -1):
        run = wanted[:size]
        for start in range(len(words) - size + 1):
            if folded[start : start + size] != run:
                continue
            if size == 1 and not (
                run == ["năm"] and start and folded[start - 1] in _YEAR_WORD_AFTER
            ):
                continue
            if size == 1 and len(wanted) > 1:
                continue
            return " ".join([*words[:start], phrase, *words[start + size :]])
    return f"{title} {phrase}"


_NAM_THEN_YEAR = re.compile(r"\b([Nn]ăm) ((?:19|20)\d\d)\b")
# The regions clusters are named after ("Cụm thi đua các tỉnh miền Đông Nam Bộ"): a title
# split inside one ("… miền Đông Nam / Bộ năm 2024", s3-trial F34) reads as two names.
# Longest first, so that "Nam Trung Bộ" is held whole before "Trung Bộ".
_REGIONS = re.compile(
    r"\b(?:Duyên hải Nam Trung Bộ|Đồng bằng sông Cửu Long|Đồng bằng sông Hồng|Bắc Trung Bộ|"
    r"Nam Trung Bộ|Đông Nam Bộ|Tây Nam Bộ|Đông Bắc Bộ|Tây Bắc Bộ|Tây Nguyên|Trung du và miền "
    r"núi phía Bắc|Trung Bộ|Nam Bộ|Bắc Bộ)\b",
    re.IGNORECASE,
)


def keep_year(text: str) -> str:
    """ "năm 2022" held on one line (a no-break space) in a title of a Word document: a
    centred title must not end a line with "năm" and put "2022" alone under it; the name
    of a region ("Đông Nam Bộ", "Tây Nguyên") held whole in the same way. For the .docx
    only; the text outputs (.md, .txt) keep an ordinary space."""
    text = _REGIONS.sub(lambda found: found.group().replace(" ", "\u00a0"), text)
    return _NAM_THEN_YEAR.sub("\\1\u00a0\\2", text)


# The nouns that count a cluster's members (context._member_kind): provinces say their
# kind ("gồm tỉnh Cà Mau"), communes and organisations are named as written.
PROVINCE_NOUNS = frozenset({"tỉnh", "thành phố", "tỉnh, thành phố"})
COMMUNE_NOUNS = frozenset({"xã, phường", "xã", "phường", "đặc khu", "xã, phường, đặc khu"})
# district clusters of before 1/7/2025 (context._member_kind: "huyện", "huyện, thị xã", …)
DISTRICT_NOUNS = frozenset(
    {
        "huyện",
        "quận",
        "thị xã",
        "huyện, thị xã",
        "huyện, thành phố",
        "huyện, thị xã, thành phố",
        "quận, huyện",
    }
)


def cluster_name(
    name: str | None, full_name: str | None = None, member_kind: str = "tỉnh"
) -> str | None:
    """ "Cụm thi đua Mặt trận các tỉnh Nam Sông Hậu"; a name that already says "Cụm" kept.

    "Cụm thi đua các tỉnh Nam sông Hậu" is not made "Cụm thi đua Mặt trận các tỉnh Cụm
    thi đua ..."; "số 1" gives "Cụm thi đua số 1".
    """
    if full_name:
        return full_name
    if not name:
        return None
    if _key(name).startswith("cum"):
        return name
    if _key(name).startswith("so "):
        return f"Cụm thi đua {name}"
    nouns = PROVINCE_NOUNS | COMMUNE_NOUNS | DISTRICT_NOUNS
    plural = f"các {member_kind}" if member_kind in nouns else None
    return f"Cụm thi đua Mặt trận {plural} {name}" if plural else f"Cụm thi đua {name}"


def members_phrase(members: list[str], title: str = "", member_kind: str = "tỉnh") -> str:
    """The members in brackets after the meeting's name: "gồm 6 tỉnh: A, B và C".

    When the title already counts them ("... 6 tỉnh Nam sông Hậu"), only the names:
    "A, B và C". One member: "gồm tỉnh A".
    """
    if len(members) == 1:
        only = vn.locality(members[0]) if member_kind in PROVINCE_NOUNS else members[0]
        return f"gồm {only}"
    counted = f"{len(members)} {member_kind}"
    names = _shared_prefix_said_once([_member_name(m) for m in members])
    if _key(counted) in _key(title):
        return names
    return f"gồm {counted}: {names}"


def _member_name(member: str) -> str:
    """A member as a list names it: "Thành phố Hồ Chí Minh", never the bare "Hồ Chí Minh",
    which reads as the person's name (``gazetteer.written``)."""
    return gazetteer.written(member)


_UNIT_NOUNS = {"tỉnh", "thành phố", "quận", "huyện", "thị xã", "xã", "phường", "đặc khu"}


def _shared_prefix_said_once(members: list[str]) -> str:
    """ "Ủy ban MTTQ Việt Nam các quận Bắc Từ Liêm, Cầu Giấy và Tây Hồ" when every member
    repeats the same body before a unit noun; otherwise the names as they are."""
    split = [m.split() for m in members]
    common: list[str] = []
    for words in zip(*split, strict=False):
        if len(set(words)) != 1:
            break
        common.append(words[0])
    for cut in range(len(common), 0, -1):
        head = common[:cut]
        for size in (2, 1):
            unit = " ".join(head[-size:])
            if unit in _UNIT_NOUNS and len(head) >= size and all(len(w) > cut for w in split):
                rest = vn.join_list([" ".join(w[cut:]) for w in split])
                if len(head) == size:  # "xã A, xã B": the count already says "xã"
                    return rest
                return f"{' '.join(head[:-size])} các {unit} {rest}"
    return vn.join_list(members)


def absent_lines(absent: list[Attendee], address: str | None = None) -> list[str]:
    """The minutes' absentees, one line a reason, the reason said once, as the heading:
    "Vắng có lý do: Ông A, title; bà B, title." and "Vắng: C." (never "Vắng: A (vắng có
    lý do)")."""
    lines = []
    for reason in dict.fromkeys(p.attendance for p in absent):
        persons = [p for p in absent if p.attendance == reason]
        lines.append(vn.sentence(f"{vn.capitalize_first(reason)}: {people(persons, address)}"))
    return lines


def presiding_line(
    presiding: list[Attendee], address: str | None = None, label: str = "CHỦ TRÌ"
) -> str:
    """ "Chủ trì: A." / "Đồng chủ trì: A; B." / "Chủ trì: A. Đồng chủ trì: B." for the minutes;
    "Chủ tọa: A." when the signature's ``label`` (minutes.chair_label) is CHỦ TỌA: Mẫu 1.9
    of Nghị định 30/2020/NĐ-CP writes either word, one used throughout (s6-trial H16)."""
    word = "chủ tọa" if label.strip().upper() == "CHỦ TỌA" else "chủ trì"
    chairs = [p for p in presiding if "chủ trì" in p.roles]
    co_chairs = [p for p in presiding if p not in chairs]
    parts = []
    if chairs:
        parts.append(f"{vn.capitalize_first(word)}: {people(chairs, address)}.")
    if co_chairs:
        parts.append(f"Đồng {word}: {people(co_chairs, address)}.")
    return " ".join(parts)


def chairing_verb(presiding: list[Attendee]) -> str:
    """ "đồng chủ trì" when several chair together or the record says so, else "chủ trì"."""
    if len(presiding) > 1 or any("đồng chủ trì" in p.roles for p in presiding):
        return "đồng chủ trì"
    return "chủ trì"


def handover_lines(
    handovers: list[HandoverView], cluster: str | None, address: str | None = None
) -> list[str]:
    """The handover as the minutes record it, one sentence a line.

    A vote is said only when the record gives one ("Hội nghị thống nhất 100% bầu ...");
    without it, who takes on the role, and from whom when the record says.
    """
    del address
    cluster_text = cluster or "Cụm thi đua"
    lines: list[str] = []
    voted = [h for h in handovers if h.vote]
    if voted:
        vote = voted[0].vote or ""
        unanimous = vote.strip() in {"100%", "100 %"}
        elected = ", ".join(f"{h.to_committee} làm {h.role}" for h in voted)
        how = f"thống nhất {vote} bầu" if unanimous else "bầu"
        tail = "" if unanimous else f" (tỷ lệ biểu quyết {vote})"
        lines.append(f"Hội nghị {how} {elected} {cluster_text} năm {voted[0].year}{tail}.")
    for h in handovers:
        if h.flag and h.from_committee:
            lines.append(
                f"{h.from_committee} ({h.role} năm {h.year - 1}) trao cờ luân lưu cho "
                f"{h.to_committee} ({h.role} năm {h.year})."
            )
        if h.role == "Cụm trưởng" or not h.vote:
            source = f" từ {h.from_committee}" if h.from_committee and not h.flag else ""
            lines.append(
                f"{h.to_body} tiếp nhận nhiệm vụ {h.role} {cluster_text} năm {h.year}{source}."
            )
    return lines


def handover_heading(handovers: list[HandoverView]) -> str:
    """ "Bầu Cụm trưởng, Cụm phó năm 2023" with a vote, "Nhiệm vụ Cụm trưởng năm 2023" without."""
    roles = vn.join_list(dict.fromkeys(h.role for h in handovers))
    year = handovers[0].year if handovers else ""
    if any(h.vote for h in handovers):
        return f"Bầu {roles} năm {year}"
    return f"Nhiệm vụ {roles} năm {year}"


def handover_press(handovers: list[HandoverView], cluster: str | None) -> list[str]:
    """The handover in the press: "Tại hội nghị, ... đã tiếp nhận nhiệm vụ Cụm trưởng ..."."""
    cluster_text = cluster or "Cụm thi đua"
    sentences: list[str] = []
    voted = [h for h in handovers if h.vote]
    if voted:
        elected = ", ".join(f"{h.to_committee} làm {h.role}" for h in voted)
        sentences.append(f"Hội nghị đã bầu {elected} {cluster_text} năm {voted[0].year}.")
    for h in handovers:
        if h.role == "Cụm trưởng":
            sentences.append(
                f"Tại hội nghị, {h.to_body} đã tiếp nhận nhiệm vụ {h.role} {cluster_text} "
                f"năm {h.year}."
            )
        elif not h.vote:
            sentences.append(f"{h.to_committee} nhận nhiệm vụ {h.role} năm {h.year}.")
    return sentences


def part_of_day_word(value: Any) -> str:
    """ "Sáng" from a clock time or from ``meeting.part_of_day`` ("sáng")."""
    if isinstance(value, str):
        return vn.capitalize_first(value)
    return vn.part_of_day(value)


# --- the report, priorities and conclusions -------------------------------------------------


def period_opening(phrase: str) -> str:
    """A period opening a sentence: "Năm 2023, " or "Trong 6 tháng cuối năm 2019, "."""
    if phrase.startswith("năm"):
        return f"{vn.capitalize_first(phrase)}, "
    return f"Trong {phrase}, "


def report_programmes(report: ReportView) -> str:
    """ "Năm 2022, Mặt trận ... đã tập trung thực hiện theo 5 chương trình ..., A và B."."""
    who = report.subject or members_in_cluster(report.member_kind)
    text = f"{who} đã tập trung thực hiện theo {list_of_items(report.programmes)}"
    if report.period_phrase:
        return vn.sentence(period_opening(report.period_phrase) + text)
    return vn.sentence(vn.capitalize_first(text))


def members_in_cluster(member_kind: str) -> str:
    """Who the members are, said shortly, from the noun that counts them (``_member_kind``):
    "Mặt trận các tỉnh trong Cụm", "Mặt trận các tỉnh, thành phố trong Cụm", "Mặt trận các
    xã, phường trong Cụm"; organisations: "Các đơn vị trong Cụm"."""
    if member_kind == "đơn vị":
        return "Các đơn vị trong Cụm"
    return f"Mặt trận các {member_kind} trong Cụm"


def list_of_items(items: list[str]) -> str:
    """ "A, B và C"; items that hold commas of their own are parted by ";" ("A, x; B và C")."""
    if any("," in item for item in items[:-1]) and len(items) > 2:
        return f"{'; '.join(items[:-1])} và {items[-1]}"
    return vn.join_list(items)


def report_results(report: ReportView) -> str:
    """ "Mặt trận các tỉnh trong Cụm đã a; b; c." (the results as the report gives them,
    but those whose figures the article told before: ``ReportView.press_results``; ""
    when none is left).

    The report's ``subject`` says who did the work; after a programmes sentence that
    already named it, the short form of the members is used instead.
    """
    if not report.press_results:
        return ""
    who = report.subject if report.subject and not report.programmes else None
    who = who or members_in_cluster(report.member_kind)
    return vn.sentence(f"{vn.capitalize_first(who)} đã {'; '.join(report.press_results)}")


def report_limitations(report: ReportView) -> str:
    """ "Báo cáo cũng nêu một số hạn chế: a; b."."""
    return vn.sentence(f"Báo cáo cũng nêu một số hạn chế: {'; '.join(report.limitations)}")


def figures_sentence(figures: list[FigureView], report: ReportView | None = None) -> str:
    """The figures no text quotes, for the press: with the report that gave them, "Theo
    báo cáo, 19.455 văn bản …; tăng trưởng kinh tế đạt 9,6%." (told with its results,
    before its shortcomings); without a report "Theo số liệu tại hội nghị, …". They were
    "Kết quả nổi bật: …", after the shortcomings: a judgement the record never makes
    (s3-trial F28; the news agency's article in shared/seed has no such label). A
    "label: value" figure reads "label đạt value" here, so that the sentence has no colon."""
    phrases = [figure_phrase(f).replace(": ", " đạt " if not f.verb else " ", 1) for f in figures]
    opening = "Theo báo cáo" if report is not None else "Theo số liệu tại hội nghị"
    return vn.sentence(f"{opening}, " + "; ".join(phrases))


def _opens_with_a_name(text: str) -> bool:
    """Whether ``text`` opens with a body ("Ủy ban …", PROPER_HEADS), an acronym
    ("MTTQ …") or a province or city the gazetteer knows ("Hà Nội và …")."""
    words = text.split()
    if not words or text.startswith(PROPER_HEADS) or words[0][1:2].isupper():
        return True
    return any(
        gazetteer.official_name(" ".join(words[:size])) is not None
        for size in range(min(len(words), 4), 0, -1)
        if all(w[:1].isupper() for w in words[:size])
    )


def conclusion_press(conclusion: list[str]) -> str:
    """The meeting's conclusions in the press.

    A conclusion that is already a sentence about the meeting ("Hội nghị thông qua ...")
    stands as written; the others are gathered after "Hội nghị kết luận:", lower case
    after the colon, so that "Hội nghị" is not said twice in one sentence.
    """
    parts = [p.rstrip(" .;") for line in conclusion for p in split_paragraphs(line)]
    sentences: list[str] = []
    gathered: list[str] = []

    def flush() -> None:
        if gathered:
            sentences.append(vn.sentence("Hội nghị kết luận: " + "; ".join(gathered)))
            gathered.clear()

    for part in parts:
        if _key(part).startswith("hoi nghi "):
            flush()
            sentences.append(vn.sentence(vn.capitalize_first(part)))
        else:
            # a body or a place that opens it keeps its capital ("Ủy ban …", s6-trial H1);
            # "Tặng Bằng khen …" is a verb, lowered
            gathered.append(part if _opens_with_a_name(part) else vn.lower_first(part))
    flush()
    return " ".join(sentences)


def site_names(sites: list[str]) -> str:
    """The connection points after "các điểm cầu:", without saying "điểm cầu" again."""
    return vn.join_list([re.sub(r"^điểm cầu\s+", "", s, flags=re.IGNORECASE) for s in sites])


def sites_sentence(sites: list[str]) -> str:
    """ "Hội nghị được kết nối tới các điểm cầu: A, B và C." for an online meeting."""
    if not sites:
        return ""
    return vn.sentence(f"Hội nghị được kết nối tới các điểm cầu: {site_names(sites)}")


def attending_sentence(persons: list[Attendee], after_others: bool = True) -> str:
    """Those who also attended, for the press; groups (unnamed) after the people.

    One person: "Bí thư Tỉnh ủy ... Lữ Văn Hùng cùng dự."; several: "Cùng dự có ông A,
    title; bà B, title.", their shared province said once: "Cùng dự có các đại biểu tỉnh
    Bạc Liêu: ông A, Bí thư Tỉnh ủy; ...". When nobody was named before them (no one
    directed or chaired), "cùng" has nothing to go with: "Dự hội nghị có ...".
    """
    named_people = [p for p in persons if p.name]
    groups = [p for p in persons if not p.name]
    sentences: list[str] = []
    if len(named_people) == 1 and groups and not after_others:
        # "X dự hội nghị. Dự hội nghị còn có Y." says "dự hội nghị" twice: one sentence
        listed = "; ".join(
            [mid_sentence(person(_press_person(named_people[0])))]
            + [group_mid_sentence(named(g)) for g in groups]
        )
        return vn.sentence(f"Dự hội nghị có {listed}")
    if len(named_people) == 1:
        verb = "cùng dự" if after_others else "dự hội nghị"
        sentences.append(vn.sentence(f"{titled(named_people[0])} {verb}"))
    elif named_people:
        opening_words = "Cùng dự có" if after_others else "Dự hội nghị có"
        delegations = {p.delegation for p in named_people}
        shared = next(iter(delegations)) if len(delegations) == 1 else None
        if shared and vn.is_province_name(shared):
            listed = people([_press_person(p) for p in named_people], province=shared)
            listed = f"các đại biểu {vn.locality(shared)}: {mid_sentence(listed)}"
        else:
            listed = mid_sentence(people(_press_person(p) for p in named_people))
        sentences.append(vn.sentence(f"{opening_words} {listed}"))
    if groups:
        opening_words = "Dự hội nghị còn có" if after_others or named_people else "Dự hội nghị có"
        listed = "; ".join(group_mid_sentence(named(g)) for g in groups)
        sentences.append(vn.sentence(f"{opening_words} {listed}"))
    return " ".join(sentences)


def _press_person(person_: Attendee) -> Attendee:
    """The press keeps ông/bà: a "đồng chí" honorific is dropped from its copy."""
    if person_.honorific == "Đồng chí":
        return person_.model_copy(update={"honorific": None})
    return person_


@_jinja_pass_context
def press_lead(ctx: Any, meeting: Any) -> str:
    """The lead of the press report, in one of the shapes real leads take.

    ``press.lead`` chooses: "organiser" ("Ngày 15/12, tại ..., <organiser> tổ chức
    <meeting> (gồm ...)"), "person" ("Sáng 11/12, tại ..., Phó Chủ tịch ... A đã chủ
    trì <meeting> ..."), or "event" ("Ngày ..., tại ..., <meeting> đã diễn ra"). By
    default the organiser's shape when the record names one, else the event's.
    The date says only what the record holds: a month alone gives "Trong tháng 12/2023".
    """
    press, presiding = ctx["press"], ctx["presiding"]
    shape = press_lead_shape(meeting, press, presiding)
    if not vn.day_known(meeting.date):
        when = f"Trong {vn.press_date(meeting.date)}"
    elif meeting.part_of_day:
        when = f"{vn.capitalize_first(meeting.part_of_day)} {vn.press_date(meeting.date)}"
    elif press.part_of_day and meeting.start:
        when = f"{vn.part_of_day(meeting.start)} {vn.press_date(meeting.date)}"
    else:
        when = f"Ngày {vn.press_date(meeting.date)}"
    where = meeting.place.locality or ctx["place"]
    head = f"{when}, tại {where}, " if where else f"{when}, "
    title = meeting.title
    organiser = meeting.organiser
    if shape == "organiser":
        # "Cụm thi đua số 8 ... tổ chức Hội nghị tổng kết ... Cụm thi đua số 8 ...": the
        # organiser is said once, the title then says "của Cụm" (as real leads do).
        title = _replace_words(title, organiser, "của Cụm") or title
    name = meeting_name(title, ctx["year"] if press.lead_year else None, meeting.period)
    phrase = ctx["members_phrase"]
    if phrase and title != meeting.title and not phrase.startswith("gồm"):
        # the title that counted the members became "của Cụm": the count goes with the names
        phrase = f"gồm {len(ctx['members'])} {ctx['member_kind']}: {phrase}"
    cluster_name = ctx["cluster_name"]
    named_at = _cluster_named_at(name, cluster_name)
    if phrase and named_at is not None and (not phrase.startswith("gồm") or named_at[1]):
        # the title counts the members ("6 tỉnh Nam Sông Hậu"), or goes on after the
        # cluster's name ("… cụm thi đua số 1 và bình xét thi đua khen thưởng"): the names
        # follow the cluster, not the award review (s4-trial F70)
        end = named_at[0]
        name = f"{name[:end]} ({phrase}){name[end:]}"
    elif phrase:
        name += f" ({phrase})"
    mode = f" theo hình thức {meeting.mode}" if meeting.mode and meeting.mode != "trực tiếp" else ""
    if shape == "person":
        who = and_people(presiding, "titled")
        return vn.sentence(f"{head}{who} đã {chairing_verb(presiding)} {name}{mode}")
    if shape == "organiser":
        return vn.sentence(f"{head}{_organisers(meeting)} tổ chức {name}{mode}")
    organised = organised_by(meeting)
    return vn.sentence(f"{head}{name} đã diễn ra{mode}{f', {organised}' if organised else ''}")


# What may follow a cluster's name at the end of a meeting's name: its period and year.
_NAME_TAIL = re.compile(r"^(\s*(6 tháng đầu|6 tháng cuối|9 tháng|năm|quý [IV]+)\b[\s\d/-]*)*$")


def _cluster_named_at(name: str, cluster: str | None) -> tuple[int, bool] | None:
    """Where the cluster's name ends in a meeting's name (whole words, case aside), and
    whether more than the period and year follows it; None when the name does not say it."""
    if not cluster:
        return None
    found = re.search(rf"(?<!\w){re.escape(cluster)}(?!\w)", name, re.IGNORECASE)
    if found is None:
        return None
    return found.end(), not _NAME_TAIL.match(name[found.end() :])


def _organisers(meeting: Any) -> str:
    """ "Ủy ban Trung ương ... phối hợp với Báo Đại đoàn kết": the organiser and its partners."""
    if not meeting.co_organisers:
        return meeting.organiser
    return f"{meeting.organiser} phối hợp với {vn.join_list(meeting.co_organisers)}"


def organised_by(meeting: Any) -> str:
    """Who held the meeting, for a lead that did not say it (the chair's and the event's
    shapes): "do <organiser> tổ chức, <host> đăng cai", "do <host> đăng cai tổ chức" or
    "do <organiser> tổ chức"; "" when the record names neither. An organiser the title
    already names (a cluster holding its own meeting) is not said again, unless it has
    partners to name; a host that is the organiser is said once."""
    organiser = meeting.organiser
    hosts = [h for h in meeting.host if not organiser or _key(h) != _key(organiser)]
    if (
        organiser
        and not meeting.co_organisers
        and _replace_words(meeting.title, organiser, "") is not None
    ):
        organiser = None
    if organiser and hosts:
        return f"do {_organisers(meeting)} tổ chức, {vn.join_list(hosts)} đăng cai"
    if organiser:
        return f"do {_organisers(meeting)} tổ chức"
    return f"do {vn.join_list(hosts)} đăng cai tổ chức" if hosts else ""


@_jinja_pass_context
def host_sentence(ctx: Any, meeting: Any, press: Any, sites: list[str] | None = None) -> str:
    """The sentence after the lead that says who held the meeting, as far as the lead did
    not: after the organiser's lead "Hội nghị do Ủy ban ... tỉnh Bạc Liêu đăng cai tổ
    chức." (none when the host is the organiser); after the chair's lead the organiser
    too, "Hội nghị do Ủy ban Trung ương ... tổ chức, Ủy ban ... tỉnh Bạc Liêu đăng cai."
    (``organised_by``); none after the event's lead, which says both.
    With an online meeting's ``sites``, one sentence: "Hội nghị do ... đăng cai tổ chức,
    được kết nối tới các điểm cầu: A và B." (``sites_sentence`` alone without a host)."""
    shape = press_lead_shape(meeting, press, ctx["presiding"])
    if shape == "organiser":
        hosts = [h for h in meeting.host if _key(h) != _key(meeting.organiser)]
        organised = f"do {vn.join_list(hosts)} đăng cai tổ chức" if hosts else ""
    else:
        organised = organised_by(meeting) if shape == "person" else ""
    if not organised:
        return sites_sentence(sites or [])
    text = f"Hội nghị {organised}"
    if sites:
        text += f", được kết nối tới các điểm cầu: {site_names(sites)}"
    return vn.sentence(text)


def press_lead_shape(meeting: Any, press: Any, presiding: Sequence[Attendee] = ()) -> str:
    """The lead's shape as ``press_lead`` writes it: "organiser", "person" or "event".
    "person" needs someone who chaired (else the organiser's shape, or the event's), and
    "organiser" an organiser (else the event's)."""
    shape = press.lead or ("organiser" if meeting.organiser else "event")
    if shape == "person" and not presiding:
        shape = "organiser"
    if shape == "organiser" and not meeting.organiser:
        return "event"
    return shape


def lead_names_chairs(press: Any, presiding: list[Attendee]) -> bool:
    """Whether the lead already named who chaired (so the next sentence does not again)."""
    return press.lead == "person" and bool(presiding)


def cluster_officers(chair: str | None, vice_chair: str | None, year: int) -> str:
    """ "Cụm trưởng năm 2022: Ủy ban ... tỉnh Bạc Liêu; Cụm phó: Ủy ban ... tỉnh Sóc Trăng."."""
    parts = []
    if chair:
        parts.append(f"Cụm trưởng năm {year}: {chair}")
    if vice_chair:
        parts.append(f"Cụm phó{'' if chair else f' năm {year}'}: {vice_chair}")
    return vn.sentence("; ".join(parts)) if parts else ""


def closing(end: Any) -> str:
    """The minutes' last line: with the end time when the record gives it, else no time
    ("cùng ngày" is said only with a time: a meeting may last two days)."""
    if end:
        return f"Hội nghị kết thúc vào lúc {vn.admin_time(end)} cùng ngày./."
    return "Hội nghị kết thúc./."


SIGNING = "ký kết giao ước thi đua"


def signing_sentence(meeting: Any, year: int, member_kind: str, items: list[str]) -> str:
    """A signing meeting says that the covenant was signed, with what it holds if given:
    "Tại hội nghị, các đơn vị trong Cụm đã ký kết giao ước thi đua năm 2024 ..."."""
    if meeting.kind != SIGNING:
        return ""
    who = "các đơn vị" if member_kind == "đơn vị" else f"các {member_kind}"
    text = f"Tại hội nghị, {who} trong Cụm đã ký kết giao ước thi đua năm {year}"
    if items:
        text += f" với các nội dung: {'; '.join(items)}"
    return vn.sentence(text)


def _replace_words(text: str, words: str, replacement: str) -> str | None:
    """``text`` with the run of ``words`` in it (case, marks and punctuation aside) replaced,
    or None when ``text`` does not hold them. "của của" is not made."""
    tokens = text.split()
    wanted = [_key(w) for w in words.split() if _key(w)]
    keys = [_key(t) for t in tokens]
    for start in range(len(tokens) - len(wanted) + 1):
        window, end, index = [], start, start
        while index < len(tokens) and len(window) < len(wanted):
            if keys[index]:
                window.append(keys[index])
            index += 1
            end = index
        if window == wanted:
            before = tokens[:start]
            if before and _key(before[-1]) == "cua":
                replacement = replacement.split(" ", 1)[-1]
            return " ".join([*before, replacement, *tokens[end:]])
    return None


# --- follow-up of earlier directives (kết quả thực hiện chỉ đạo) -------------------------


def followup_source(followup: FollowupView) -> str:
    """Which meeting gave a directive followed up: "năm 2023", or, for a meeting named
    by its date (the sơ kết 6 tháng of a cluster meeting twice a year), "tại Hội nghị sơ
    kết 6 tháng đầu năm 2024"."""
    return f"tại {followup.meeting}" if followup.meeting else f"năm {followup.year}"


def _sources(followups: list[FollowupView]) -> list[str]:
    """The follow-ups' meetings in the order they first come, the years said together:
    ["năm 2021 và 2022", "tại Hội nghị sơ kết 6 tháng đầu năm 2024"]."""
    years = sorted({f.year for f in followups if not f.meeting})
    said: list[str] = []
    for followup in followups:
        source = followup_source(followup) if followup.meeting else "năm"
        if source not in said:
            said.append(source)
    return [f"năm {vn.join_list(map(str, years))}" if s == "năm" else s for s in said]


def followup_heading(followups: list[FollowupView]) -> str:
    """ "Về kết quả thực hiện các nội dung chỉ đạo năm 2022" (the years of the meetings that
    gave the directives followed up; "năm 2021 và 2022" when they are several); a meeting
    named by its date said by its name: "… chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm
    2024", "… chỉ đạo tại Hội nghị sơ kết 6 tháng đầu năm 2024 và năm 2023"."""
    return "Về kết quả thực hiện các nội dung chỉ đạo " + vn.join_list(_sources(followups))


def followed_meeting(kind: str | None, period: str | None, year: int | None, day: Any) -> str:
    """An earlier meeting a follow-up names by its date, as the documents name it: "Hội
    nghị sơ kết 6 tháng đầu năm 2024" (a review: its kind and period, from its record),
    "Hội nghị giao ban ngày 20/6/2024" (a giao ban: its date), "hội nghị ngày 20/6/2024"
    (no record found: nothing but the date is known)."""
    dated = f"ngày {vn.press_date(day, with_year=True)}"
    if kind in ("sơ kết", "tổng kết") and year is not None:
        return f"Hội nghị {kind} {vn.period_of_year(period or 'năm', year)}"
    if kind:
        return f"Hội nghị {kind} {dated}"
    return f"hội nghị {dated}"


def _followed(followup: FollowupView, source: str | None = None) -> str:
    # the directive as last year's record wrote it; its id when the text was not copied;
    # the meeting that gave it when the follow-ups are of several ("nội dung chỉ đạo
    # tại Hội nghị sơ kết 6 tháng đầu năm 2024 “…”")
    named = f"nội dung chỉ đạo {source}" if source else "nội dung"
    if followup.text:
        return f"{named} “{followup.text.rstrip(' .;')}”"
    return f"{named if source else 'nội dung chỉ đạo'} mã {followup.directive}"


def followup_clause(followup: FollowupView, source: str | None = None) -> str:
    """ "nội dung “<text>” đã hoàn thành: <result>" (no full stop, lower case start);
    ``source`` (``followup_source``) said after "nội dung chỉ đạo" when given."""
    clause = _followed(followup, source)
    if followup.status:
        clause += f" {followup.status}"
    if followup.result:
        clause += f": {soft_lower(followup.result.rstrip(' .;'))}"
    return clause


def followup_province_line(province: FollowupProvinceView) -> str:
    """ "Bạc Liêu: đang thực hiện; <result>." (a province's own status and result)."""
    said = "; ".join(
        p
        for p in (province.status, province.result and soft_lower(province.result.rstrip(" .;")))
        if p
    )
    return vn.sentence(f"{province.province}: {said}" if said else province.province)


def followup_item(followup: FollowupView) -> str:
    """A follow-up as an item of the minutes: "Nội dung “...” đã hoàn thành: ...."; when
    the record follows up directives of several meetings (the sơ kết 6 tháng's and last
    year's), each item says its meeting: "Nội dung chỉ đạo năm 2023 “...” đang thực
    hiện." (``followup.source``, set by the render context)."""
    return vn.sentence(vn.capitalize_first(followup_clause(followup, followup.source)))


def followup_press(followups: list[FollowupView]) -> str:
    """The press paragraph: "Về kết quả thực hiện các nội dung chỉ đạo năm 2022, nội dung
    “...” đã hoàn thành: ...; nội dung “...” đang thực hiện (riêng Cà Mau: ...)."; a
    sentence a meeting when they are of several ("Về kết quả thực hiện các nội dung chỉ
    đạo tại Hội nghị sơ kết 6 tháng đầu năm 2024, …. Về kết quả … năm 2023, …."); ""
    when the record has no follow-up."""
    if not followups:
        return ""
    groups: dict[str, list[FollowupView]] = {}
    for followup in followups:
        groups.setdefault(followup.source or "", []).append(followup)
    sentences = []
    for group in groups.values():
        clauses = []
        for followup in group:
            clause = followup_clause(followup)
            if followup.provinces:
                own = "; ".join(followup_province_line(p).rstrip(".") for p in followup.provinces)
                clause += f" (riêng {own})"
            clauses.append(clause)
        sentences.append(vn.sentence(f"{followup_heading(group)}, " + "; ".join(clauses)))
    return " ".join(sentences)


# --- the follow-up report across years (giaoban followup) ------------------------------


def meeting_when(label: str) -> str:
    """A meeting of a chain as its label names it (giaoban.commands.diff.meeting_labels):
    "2023" -> "năm 2023" (the year's only meeting), "6/2024" -> "tháng 6/2024" (a year
    with two: the sơ kết 6 tháng and the tổng kết), "20/6/2024" -> "ngày 20/6/2024"."""
    if label.isdigit():
        return f"năm {label}"
    return f"{'tháng' if label.count('/') == 1 else 'ngày'} {label}"


# What a later meeting did with a directive, as the report says it ("năm 2023: ...";
# "tháng 6/2024: ..." in a year of two meetings: ``when`` is ``meeting_when``'s).
# The keys are giaoban.diff's statuses, and the report's own events.
FOLLOWUP_EVENTS = {
    "given": "giao tại hội nghị {when}",
    "unchanged": "{when}: nhắc lại nguyên văn",
    "cosmetic": "{when}: nhắc lại",
    "reworded": "{when}: nhắc lại, có sửa lời",
    "split": "{when}: tách thành {count} nội dung",
    "split_part": "{when}: tách ra từ nội dung {origin}",
    "merged": "{when}: gộp với nội dung khác",
    "review": "{when}: có thể được viết lại thành “{text}” (cần xem lại)",
    "not_repeated": "{when}: không được nhắc lại",
    "renewed": "{when}: được giao lại thành nội dung mới (theo dõi riêng)",
    "renews": "{when}: giao lại nội dung {origin} đã hoàn thành",
}
NO_REPORT = "chưa có báo cáo kết quả"
FINISHED, NO_LONGER_RELEVANT = "đã hoàn thành", "không còn phù hợp"


def followup_event(kind: str, label: str, origin: str | None = None, **values: Any) -> str:
    """One step of a directive's history: "năm 2023: nhắc lại, có sửa lời"; ``label``
    and ``origin`` are meeting labels ("2023", "6/2024")."""
    shown = meeting_when(origin) if origin is not None else None
    return FOLLOWUP_EVENTS[kind].format(when=meeting_when(label), origin=shown, **values)


def followup_history(steps: Iterable[tuple[str, str]]) -> list[str]:
    """A directive's history, one line a meeting: the steps of one meeting
    (``followup_event``'s and ``followup_reported``'s, each "năm 2026: …") after one
    "năm 2026: ", joined by "; " ("năm 2026: không được nhắc lại; đã hoàn thành"), never
    "năm 2026: …; năm 2026: …" (s2-trial F11). ``steps``: (meeting label, step) in the
    history's order."""
    lines: list[tuple[str, str]] = []
    for label, step in steps:
        said = step.removeprefix(f"{meeting_when(label)}: ")
        if lines and lines[-1][0] == label and said != step:
            lines[-1] = (label, f"{lines[-1][1]}; {said}")
        else:
            lines.append((label, step))
    return [line for _, line in lines]


def followup_reported(
    label: str,
    status: str | None,
    result: str | None,
    provinces: list[tuple[str, str | None, str | None]] | None = None,
) -> str:
    """A later meeting's follow-up: "năm 2024: đang thực hiện (đã triển khai ở 4 tỉnh;
    riêng Hậu Giang: chưa thực hiện)"; ``label``: the meeting's ("2024", "6/2024");
    ``provinces``: (province, status, result) each."""
    said = status or NO_REPORT
    notes = [result.rstrip(" .;")] if result else []
    if provinces:
        own = [
            followup_province_line(FollowupProvinceView(*province)).rstrip(".")
            for province in provinces
        ]
        notes.append("riêng " + "; ".join(own))
    if notes:
        said += f" ({'; '.join(notes)})"
    return f"{meeting_when(label)}: {said}"


def followup_state(status: str | None) -> str:
    """Where a directive stands: its latest follow-up status, "chưa có báo cáo kết quả"."""
    return status or NO_REPORT


def followup_age(years: int, since: str) -> str:
    """How long an open directive has been open: "đã 2 năm (từ năm 2022)"; a directive
    of the last work year itself: "giao năm 2024", "giao tháng 6/2024" (``since``: the
    label of the meeting that gave it, giaoban.commands.diff.meeting_labels)."""
    return f"đã {years} năm (từ {meeting_when(since)})" if years else f"giao {meeting_when(since)}"


def followup_deadline(deadline: Any, end: Any, passed: bool | None) -> str:
    """ "quá hạn: quý I/2024 (hết ngày 31/3/2024)", "còn hạn: năm 2025 (hết ngày
    31/12/2025)", "không có thời hạn"; a date is its own last day: "quá hạn: 30/6/2024";
    ``passed`` None (a directive no longer open): the deadline alone."""
    if deadline is None:
        return "không có thời hạn"
    shown = vn.press_date(deadline, with_year=True) if not isinstance(deadline, str) else deadline
    if isinstance(deadline, str):
        shown += f" (hết ngày {vn.press_date(end, with_year=True)})"
    if passed is None:
        return shown
    return f"{'quá hạn' if passed else 'còn hạn'}: {shown}"


def followup_given(label: str, directive_id: str | None) -> str:
    """ "năm 2023 (mã chuyen-doi-so)", "tháng 6/2024 (mã dai-hoi)"."""
    return meeting_when(label) + (f" (mã {directive_id})" if directive_id else "")


CONTINUED_ELSEWHERE = "tiếp tục ở nội dung khác"  # split into parts, or merged
NO_LATER_MEETING = "chưa có hội nghị sau"
UNMATCHED_HEADING = "Kết quả chưa gắn được với chỉ đạo nào"


def followup_unmatched(record: str, year: int, directive_id: str | None, text: str | None) -> str:
    """ "hoi-nghi-2024.yaml: nội dung chỉ đạo năm 2023 mã x không có trong lưu trữ"."""
    named = f"mã {directive_id}" if directive_id else f"“{(text or '').rstrip(' .;')}”"
    return f"{record}: nội dung chỉ đạo năm {year} {named} không có trong lưu trữ"


def followup_report_title(cluster: str) -> str:
    """ "Theo dõi thực hiện các nội dung chỉ đạo, Cụm thi đua Nam Sông Hậu"; a cluster
    named in full ("Cụm thi đua số 2 … huyện Chương Mỹ", two clusters called "số 2") as
    it is."""
    if vn.fold(cluster).startswith("cum "):
        return f"Theo dõi thực hiện các nội dung chỉ đạo, {cluster}"
    return f"Theo dõi thực hiện các nội dung chỉ đạo, Cụm thi đua {cluster}"


def followup_report_scope(labels: list[str], as_of: Any) -> str:
    """ "Các hội nghị năm 2022, 2023 và 2024; tính đến ngày 12/12/2024"; with a year of
    two meetings, each named: "Các hội nghị năm 2023, tháng 6/2024 và tháng 12/2024; …"
    (``labels``: giaoban.commands.diff.meeting_labels); "… tính đến tháng 1/2024" when the
    last meeting's day is not known (not "ngày tháng 1/2024", s5-trial F111)."""
    if all(label.isdigit() for label in labels):
        said = f"năm {vn.join_list(labels)}"
    else:
        said = vn.join_list([meeting_when(label) for label in labels])
    when = vn.press_date(as_of, with_year=True)
    return f"Các hội nghị {said}; tính đến {'ngày ' if vn.day_known(as_of) else ''}{when}"


def followup_counts(counts: dict[str, int]) -> str:
    """ "3 nội dung chưa hoàn thành (1 quá hạn), 2 đã hoàn thành, 1 không còn phù hợp"."""
    parts = []
    if counts.get("open"):
        overdue = f" ({counts['overdue']} quá hạn)" if counts.get("overdue") else ""
        parts.append(f"{counts['open']} nội dung chưa hoàn thành{overdue}")
    if counts.get("finished"):
        parts.append(f"{counts['finished']} đã hoàn thành")
    if counts.get("no_longer_relevant"):
        parts.append(f"{counts['no_longer_relevant']} không còn phù hợp")
    if counts.get("continued"):
        parts.append(f"{counts['continued']} được tách hoặc gộp vào nội dung khác")
    return ", ".join(parts) if parts else "Không có nội dung chỉ đạo nào"


FOLLOWUP_COLUMNS = ("STT", "Nội dung chỉ đạo", "Giao", "Thời hạn", "Tình hình", "Diễn biến")
