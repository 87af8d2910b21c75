"""The fields of the Fatherland Front's work a text speaks of: đối ngoại nhân dân, giám sát
và phản biện xã hội, the campaign "Người Việt Nam ưu tiên dùng hàng Việt Nam", ...

The lexicon lives in ``giaoban/data/fields.yaml`` with its sources: the Law on the Vietnam
Fatherland Front (Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13: Điều 1, Điều 3 and
Chương IV), the five programmes of action of the Front's 9th national congress (2019-2024)
and the Front's standing campaigns. ``giaoban diff`` uses it as a second signal beside the
words two directives share (:func:`agreement`): a reworded directive keeps its field when it
keeps few of its words (issue 15, item 5).
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache

from giaoban import gazetteer as gz
from giaoban import vietnamese as vn


@dataclass(frozen=True)
class Field:
    key: str  # "doi-ngoai": stable, ASCII
    name: str  # "Hoạt động đối ngoại nhân dân": as the source heads it
    source: str  # the source's key in fields.yaml and where in it
    terms: tuple[str, ...]  # the phrases that name it, as written
    general: bool = False  # counts only for a text in no other field


@cache
def lexicon() -> tuple[Field, ...]:
    """The fields of ``giaoban/data/fields.yaml``, in its order, read once."""
    data = gz.shipped_data("fields.yaml")
    return tuple(
        Field(
            entry["key"],
            " ".join(entry["name"].split()),
            entry["source"],
            tuple(entry["terms"]),
            bool(entry.get("general", False)),
        )
        for entry in data["fields"]
    )


@cache
def _terms() -> dict[str, list[tuple[tuple[str, ...], Field]]]:
    """Every term as comparison tokens with its field, by first token, longest first."""
    by_first: dict[str, list[tuple[tuple[str, ...], Field]]] = {}
    for item in lexicon():
        for term in item.terms:
            key = tuple(vn.comparison_tokens(term))
            if key:
                by_first.setdefault(key[0], []).append((key, item))
    for entries in by_first.values():
        entries.sort(key=lambda entry: -len(entry[0]))
    return by_first


def fields_of_tokens(tokens: list[str] | tuple[str, ...]) -> frozenset[str]:
    """:func:`fields` of a text already split by :func:`giaoban.vietnamese.comparison_tokens`."""
    terms = _terms()
    found: set[Field] = set()
    position = 0
    while position < len(tokens):
        for key, item in terms.get(tokens[position], ()):
            if tuple(tokens[position : position + len(key)]) == key:
                found.add(item)
                position += len(key)
                break
        else:
            position += 1
    specific = {item.key for item in found if not item.general}
    return frozenset(specific or {item.key for item in found})


@lru_cache(maxsize=8192)  # pure; diff asks for the same directives again and again
def fields(text: str) -> frozenset[str]:
    """The keys of the fields of the Front's work ``text`` speaks of (see
    ``giaoban/data/fields.yaml``), e.g. ``frozenset({"doi-ngoai"})`` for "mở rộng hoạt
    động đối ngoại nhân dân"; empty when it names none.

    A term counts on whole syllables, case, punctuation, tone placement (hòa/hoà) and
    abbreviations (MTTQ) not counting; where terms overlap the longest wins ("nhà Đại
    đoàn kết" is in ``vi-nguoi-ngheo``, not ``dai-doan-ket``). A general field
    (``tuyen-truyen``, ``dai-doan-ket``, ``thi-dua``: openings of directives about
    anything) counts only when the text is in no other field."""
    return fields_of_tokens(vn.comparison_tokens(text))


@cache
def _general() -> frozenset[str]:
    return frozenset(item.key for item in lexicon() if item.general)


def agreement(first: frozenset[str], second: frozenset[str]) -> float:
    """How far two directives' fields agree (0-1): the share of the fields of either that
    both have (Jaccard), over the specific fields alone; 0 when either has none. A general
    field (``tuyen-truyen``, ``dai-doan-ket``, ``thi-dua``) counts for nothing: it opens
    directives about anything ("hưởng ứng các phong trào thi đua …"), so two directives
    that share only it share no field of work (the one pair linked wrongly on the
    2026-11-29 held-out split was two different "phong trào thi đua" directives)."""
    first, second = first - _general(), second - _general()
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def shared(first: frozenset[str], second: frozenset[str]) -> list[str]:
    """The specific fields two directives both speak of, in key order: what their
    :func:`agreement` counts (a general field says nothing of two directives being one)."""
    return sorted((first & second) - _general())


def name(key: str) -> str:
    """A field's name as its source heads it; raises KeyError for an unknown key."""
    for item in lexicon():
        if item.key == key:
            return item.name
    raise KeyError(key)
