"""How people and statements are worded, shared by the minutes and the press report."""

from __future__ import annotations

from collections.abc import Iterable

from giaoban import vietnamese as vn
from giaoban.record.model import Attendee
from giaoban.render.context import DirectiveView, ParagraphView

HONORIFICS = ("Ông ", "Bà ", "Đồng chí ")


def named(person: Attendee) -> str:
    """ "Bà Trương Thị Ngọc Ánh"; a group's own description."""
    if not person.name:
        return person.group or person.id
    return vn.honorific_name(person.name, person.title_of_address)


def person(person: Attendee) -> str:
    """ "Bà Trương Thị Ngọc Ánh, Phó Chủ tịch Ủy ban Trung ương ..." with every title."""
    if not person.name or not person.titles:
        return named(person)
    return f"{named(person)}, {', '.join(person.titles)}"


def people(persons: Iterable[Attendee], separator: str = "; ") -> str:
    """Several people with their titles: "A, title; B, title"."""
    return separator.join(person(p) for p in persons)


def and_people(persons: Iterable[Attendee], form: str = "person") -> str:
    """People in running text: "Bà A, title và ông B, title" (honorifics lower after the first)."""
    shape = {"person": person, "named": named, "titled": titled}[form]
    texts = [shape(p) for p in persons]
    texts = texts[:1] + [mid_sentence(t) for t in texts[1:]]
    return vn.join_list(texts)


def members_phrase(members: list[str]) -> str:
    """ "gồm 6 tỉnh: A, B và C"; "gồm 3 tỉnh, thành phố: ..."; "gồm 8 xã, phường: ..."
    (the noun the context's member list carries); "gồm tỉnh A"."""
    if len(members) == 1 and getattr(members, "of_provinces", True):
        return f"gồm {vn.locality(members[0])}"
    return f"gồm {len(members)} {getattr(members, 'noun', 'tỉnh')}: {vn.join_list(members)}"


class Mentions:
    """How the press names a speaker each time, varied rather than repeated.

    The attendance sentence introduced everyone in full. In the body a speaker is
    named by title and name ("Bí thư Tỉnh ủy Bạc Liêu Lữ Văn Hùng"), and the next
    time by honorific and name ("ông Lữ Văn Hùng"), alternating; a sentence that
    opens with a long phrase takes the short form, so that it does not run on.
    """

    LONG_OPENING_WORDS = 6

    def __init__(self) -> None:
        self._last_titled: dict[str, bool] = {}

    def __call__(self, speaker: Attendee, paragraph: ParagraphView | None = None) -> str:
        if not speaker.name:
            return named(speaker)
        long_opening = bool(
            paragraph
            and paragraph.context
            and len(paragraph.context.split()) > self.LONG_OPENING_WORDS
        )
        can_shorten = speaker.title_of_address is not None and bool(speaker.titles)
        titled_before = self._last_titled.get(speaker.id, False)
        use_title = not can_shorten or not (titled_before or long_opening)
        self._last_titled[speaker.id] = use_title
        return titled(speaker, short=True) if use_title else named(speaker)


def titled(person: Attendee, short: bool = False) -> str:
    """Title before name, as the press writes it: "Bí thư Tỉnh ủy Bạc Liêu Lữ Văn Hùng"."""
    if not person.name:
        return named(person)
    title = person.short_title if short and person.short_title else ", ".join(person.titles)
    return f"{title} {person.name}" if title else named(person)


def mid_sentence(subject: str) -> str:
    """A subject placed after an opening phrase: honorifics go lower case, titles do not."""
    if subject.startswith(HONORIFICS):
        return vn.lower_first(subject)
    return subject


def opening(paragraph: ParagraphView, subject: str) -> str:
    """ "Nhấn mạnh ..., bà X" or just the subject."""
    if paragraph.context:
        return f"{paragraph.context}, {mid_sentence(subject)}"
    return subject


def directive_core(directive: DirectiveView) -> str:
    """What is asked, with its addressee: "Mặt trận Tổ quốc các địa phương chủ động ..."."""
    core = f"{directive.addressee} {directive.text}" if directive.addressee else directive.text
    if directive.rationale:
        core = f"{directive.rationale}, do đó {core}"
    return core


def directive_sentence(directive: DirectiveView) -> str:
    """A directive as a sentence of its own, with its connective: "Cụ thể, ..."."""
    core = directive_core(directive)
    if directive.lead:
        core = f"{directive.lead} {core}"
    return vn.sentence(vn.capitalize_first(core))


def directive_item(directive: DirectiveView) -> str:
    """A directive as an item of a numbered list (no connective)."""
    return vn.sentence(vn.capitalize_first(directive_core(directive)))


def statement(
    paragraph: ParagraphView,
    subject: str,
    with_directives: bool = True,
    default_verb: str = "cho biết",
) -> str:
    """One reported paragraph in prose.

    "<context>, <subject> <verb>, <text>." and, for directives, the first one
    after the verb and each further one as a sentence of its own.
    """
    verb = paragraph.verb or default_verb
    head = opening(paragraph, subject)
    sentences: list[str] = []
    directives = list(paragraph.directives) if with_directives else []
    if paragraph.text:
        sentences.append(vn.sentence(f"{head} {vn.reported(verb, paragraph.text)}"))
    elif directives:
        first = directives.pop(0)
        sentences.append(vn.sentence(f"{head} {vn.reported(verb, directive_core(first))}"))
    sentences.extend(directive_sentence(d) for d in directives)
    return " ".join(sentences)


def lead_in(paragraph: ParagraphView, subject: str, default_verb: str = "đề nghị") -> str:
    """The head of a paragraph whose directives follow as a list: "..., bà X đề nghị:"."""
    return f"{opening(paragraph, subject)} {paragraph.verb or default_verb}:"
