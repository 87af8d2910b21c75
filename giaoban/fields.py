"""The fields of the Fatherland Front's work a text speaks of: đối ngoại nhân dân, giám sát
và phản biện xã hội, the campaign "Người Việt Nam ưu tiên dùng hàng Việt Nam", ...

The lexicon lives in ``giaoban/data/fields.yaml`` with its sources: the Law on the Vietnam
Fatherland Front (Luật Mặt trận Tổ quốc Việt Nam số 75/2015/QH13: Điều 1, Điều 3 and
Chương IV), the five programmes of action of the Front's 9th national congress (2019-2024)
and the Front's standing campaigns. ``giaoban diff`` uses it as a second signal beside the
words two directives share (:func:`agreement`): a reworded directive keeps its field when it
keeps few of its words (issue 15, item 5).

Finer than the fields, ``giaoban/data/tasks.yaml`` holds the Front's TASKS: the programme
lines, campaigns, movements and emulation items every committee and cluster restates each
year ("Quỹ Vì người nghèo", "Ban Thanh tra nhân dân", "giao ước thi đua", ...), each in a field,
built from the Front's own documents alone (never from the labelled directive pairs).
:func:`tasks_of` names the tasks a text speaks of, by the same matching rules as
:func:`fields`.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cache, lru_cache
from typing import TypeVar

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


@dataclass(frozen=True)
class Task:
    key: str  # "quy-vi-nguoi-ngheo": stable, ASCII
    name: str  # "Quỹ "Vì người nghèo", ...": as the Front words it
    field: str  # the key of its field in fields.yaml
    source: str  # the source's key in tasks.yaml and where in it
    phrases: tuple[str, ...]  # the phrases that name it, as written, variants included
    general: bool = False  # counts only for a text that names no other task

    @property
    def terms(self) -> tuple[str, ...]:
        """The phrases, under the name the matcher shares with :class:`Field`."""
        return self.phrases


_Entry = TypeVar("_Entry", Field, Task)
_Index = dict[str, list[tuple[tuple[str, ...], _Entry]]]


def _index(entries: tuple[_Entry, ...]) -> _Index[_Entry]:
    """Every term as comparison tokens with its entry, by first token, longest first."""
    by_first: _Index[_Entry] = {}
    for item in entries:
        for term in item.terms:
            key = tuple(vn.comparison_tokens(term))
            if key:
                by_first.setdefault(key[0], []).append((key, item))
    for found in by_first.values():
        found.sort(key=lambda entry: -len(entry[0]))
    return by_first


def _keys_in(tokens: list[str] | tuple[str, ...], terms: _Index[_Entry]) -> frozenset[str]:
    """The keys of the entries whose terms ``tokens`` hold, scanned left to right, the
    longest term at each place winning and consuming its words; the general entries only
    when no specific one is found."""
    found: set[_Entry] = set()
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


@cache
def _terms() -> _Index[Field]:
    return _index(lexicon())


def fields_of_tokens(tokens: list[str] | tuple[str, ...]) -> frozenset[str]:
    """:func:`fields` of a text already split by :func:`giaoban.vietnamese.comparison_tokens`."""
    return _keys_in(tokens, _terms())


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


# --- the Front's tasks (giaoban/data/tasks.yaml) ------------------------------------------


@cache
def task_lexicon() -> tuple[Task, ...]:
    """The tasks of ``giaoban/data/tasks.yaml``, in its order, read once."""
    data = gz.shipped_data("tasks.yaml")
    return tuple(
        Task(
            entry["key"],
            " ".join(entry["name"].split()),
            entry["field"],
            entry["source"],
            tuple(entry["phrases"]),
            bool(entry.get("general", False)),
        )
        for entry in data["tasks"]
    )


@cache
def _task_terms() -> _Index[Task]:
    return _index(task_lexicon())


def tasks_of_tokens(tokens: list[str] | tuple[str, ...]) -> frozenset[str]:
    """:func:`tasks_of` a text already split by :func:`giaoban.vietnamese.comparison_tokens`."""
    return _keys_in(tokens, _task_terms())


@lru_cache(maxsize=8192)  # pure; a matcher asks for the same directives again and again
def tasks_of(text: str) -> frozenset[str]:
    """The keys of the Front's tasks ``text`` names (see ``giaoban/data/tasks.yaml``), e.g.
    ``frozenset({"vi-nguoi-ngheo", "nha-dai-doan-ket"})`` for "vận động Quỹ Vì người nghèo
    hỗ trợ xây nhà Đại đoàn kết"; empty when it names none.

    The rules of :func:`fields`: a phrase counts on whole syllables, case, punctuation, tone
    placement (hòa/hoà), Unicode normal form and abbreviations (MTTQ) not counting; where
    phrases overlap the longest wins ("Ngày hội toàn dân bảo vệ an ninh Tổ quốc" is the
    security movement, not the Front's Ngày hội Đại đoàn kết); a general task
    (``tuyen-truyen-van-dong``, ``dai-doan-ket``, ``phong-trao-thi-dua``,
    ``hoan-thanh-nhiem-vu``, ...: openings of directives about anything) counts only when the
    text names no other task."""
    return tasks_of_tokens(vn.comparison_tokens(text))


def task(key: str) -> Task:
    """The task of that key; raises KeyError for an unknown key."""
    for item in task_lexicon():
        if item.key == key:
            return item
    raise KeyError(key)


@cache
def _general_tasks() -> frozenset[str]:
    return frozenset(item.key for item in task_lexicon() if item.general)


def task_agreement(first: frozenset[str], second: frozenset[str]) -> float:
    """How far two directives' tasks (:func:`tasks_of`) agree (0-1): the share of the
    tasks of either that both name (Jaccard), over the specific tasks alone; 0 when either
    names none. A general task ("tuyên truyền, vận động", "hoàn thành xuất sắc nhiệm vụ")
    counts for nothing, as a general field counts for nothing in :func:`agreement`: it opens
    directives about anything."""
    first, second = first - _general_tasks(), second - _general_tasks()
    if not first or not second:
        return 0.0
    return len(first & second) / len(first | second)


def shared_tasks(first: frozenset[str], second: frozenset[str]) -> list[str]:
    """The specific tasks two directives both name, in key order (what
    :func:`task_agreement` counts)."""
    return sorted((first & second) - _general_tasks())
