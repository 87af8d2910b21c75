"""Vietnam's provincial-level units over time: the one home of a province's spelling.

The facts live in ``giaoban/data/gazetteer.yaml`` (shipped in the wheel), each unit
with its kind (tỉnh or thành phố trực thuộc trung ương), the dates it was valid and the
unit it became, each with the act that decided it: Nghị quyết 202/2025/QH15 (63 units
into 34 from 1/7/2025) and Nghị quyết 175/2024/QH15 (Huế a centrally run city from
1/1/2025). This module reads them; nothing else in giaoban spells a province.

Names are matched regardless of case, hyphens and tone placement ("Thanh Hoá" is
"Thanh Hóa"); a name that differs in a letter ("Hâu Giang") is not a match but gets
a suggestion.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from functools import cache, lru_cache
from importlib import resources
from typing import Any

from giaoban import vietnamese as vn

PROVINCE = "tỉnh"
CITY = "thành phố"
KIND_PREFIXES = (("thành phố ", CITY), ("tp. ", CITY), ("tp ", CITY), ("tỉnh ", PROVINCE))
REORGANISATION = dt.date(2025, 7, 1)
# Units below a province, which say their kind themselves ("phường Hạc Thành").
LOCAL_UNIT_PREFIXES = (
    "xã ",
    "phường ",
    "đặc khu ",
    "thị trấn ",
    "huyện ",
    "quận ",
    "thị xã ",
)  # Nghị quyết 202/2025/QH15, 203/2025/QH15


@dataclass(frozen=True)
class Source:
    key: str
    act: str
    urls: tuple[str, ...]


@dataclass(frozen=True)
class Unit:
    """One provincial-level unit for the time it was valid (dates inclusive)."""

    name: str
    kind: str  # "tỉnh" or "thành phố"
    valid_from: dt.date | None
    valid_until: dt.date | None
    became: str | None
    source: Source
    formed_from: tuple[str, ...] = field(default=())
    # the name written in full where the kind would stand (``written_in_full``)
    full_name: str | None = None

    def valid_on(self, day: dt.date) -> bool:
        return (self.valid_from is None or self.valid_from <= day) and (
            self.valid_until is None or day <= self.valid_until
        )

    @property
    def locality(self) -> str:
        """ "tỉnh Cà Mau", "thành phố Cần Thơ"; "Thành phố Hồ Chí Minh" (``written_in_full``)."""
        return self.full_name or f"{self.kind} {self.name}"


@dataclass(frozen=True)
class Gazetteer:
    units: tuple[Unit, ...]
    aliases: dict[str, str]  # matching key -> official name
    # official name -> the name in full, never written bare (gazetteer.yaml's
    # written_in_full: "Hồ Chí Minh" -> "Thành phố Hồ Chí Minh", Nghị định 30, Phụ lục II)
    in_full: dict[str, str] = field(default_factory=dict)


@lru_cache(maxsize=4096)  # the same few dozen names, asked for by every field
def key(name: str) -> str:
    """Matching key: case, hyphens, spacing and tone placement do not count."""
    words = re.findall(r"\w+", vn.nfc(name).casefold())
    return " ".join(vn.syllable_key(word) for word in words)


def shipped_data(name: str) -> Any:
    """The data file ``giaoban/data/<name>`` (YAML, shipped in the wheel), parsed.

    The YAML is the one home of the facts. Beside it, ``<stem>.json`` holds the same
    values as ``make data`` wrote them, with the size and CRC-32 of the YAML they came
    from: read in a fraction of a millisecond, where PyYAML takes 4-6 ms for the gazetteer
    on every start. When the YAML was edited since, the JSON is ignored and the YAML is
    parsed (libyaml's ``CSafeLoader`` when PyYAML has it, else ``SafeLoader``: the same
    values); ``tests/test_gazetteer.py`` checks that the shipped JSON is up to date."""
    folder = resources.files("giaoban").joinpath("data")
    raw = folder.joinpath(name).read_bytes()
    try:
        packed = folder.joinpath(name.rsplit(".", 1)[0] + ".json").read_text("utf-8")
    except OSError:
        packed = ""
    found = _from_compiled(packed, raw)
    return found if found is not None else _parsed_yaml(raw.decode("utf-8"))


def _parsed_yaml(text: str) -> Any:
    import yaml

    return yaml.load(text, Loader=getattr(yaml, "CSafeLoader", yaml.SafeLoader))


def _from_compiled(packed: str, raw: bytes) -> Any:
    """The values in ``packed`` (compiled_data's JSON) if made from exactly ``raw``."""
    import json
    import zlib

    def dates(mapping: dict[str, Any]) -> Any:
        return dt.date.fromisoformat(mapping["$date"]) if mapping.keys() == {"$date"} else mapping

    try:
        compiled = json.loads(packed, object_hook=dates)
    except ValueError:
        return None
    if not isinstance(compiled, dict):
        return None
    if compiled.get("source") != {"size": len(raw), "crc32": zlib.crc32(raw)}:
        return None
    return compiled.get("data")


def compiled_data(name: str) -> str:
    """``giaoban/data/<name>`` parsed and written as JSON (dates as {"$date": ISO}), with
    the size and CRC-32 of the YAML it came from: what ``make data`` ships beside it."""
    import json
    import zlib

    raw = resources.files("giaoban").joinpath("data", name).read_bytes()

    def date(value: object) -> dict[str, str]:
        if isinstance(value, dt.date):
            return {"$date": value.isoformat()}
        raise TypeError(f"{type(value).__name__} in {name}")

    body = {
        "generated_by": "make data (python -m giaoban.gazetteer) from " + name,
        "source": {"size": len(raw), "crc32": zlib.crc32(raw)},
        "data": _parsed_yaml(raw.decode("utf-8")),
    }
    return json.dumps(body, ensure_ascii=False, indent=1, default=date) + "\n"


SHIPPED_DATA = ("gazetteer.yaml", "mttq.yaml")


@cache
def gazetteer() -> Gazetteer:
    """The units of ``gazetteer.yaml``, read once."""
    data = shipped_data("gazetteer.yaml")
    sources = {k: Source(k, v["act"], tuple(v.get("urls", []))) for k, v in data["sources"].items()}
    raw = data["units"]
    in_full = dict(data.get("written_in_full") or {})
    units: list[Unit] = []
    for entry in raw:
        start = entry.get("from")
        formed = tuple(
            e["name"]
            for e in raw
            if e.get("became") == entry["name"]
            and start is not None
            and e.get("until") == start - dt.timedelta(days=1)
        )
        units.append(
            Unit(
                name=entry["name"],
                kind=entry["kind"],
                valid_from=start,
                valid_until=entry.get("until"),
                became=entry.get("became"),
                source=sources[entry["source"]],
                formed_from=formed,
                full_name=in_full.get(entry["name"]),
            )
        )
    aliases = {key(u.name): u.name for u in units}
    for official, others in data.get("aliases", {}).items():
        for other in others:
            aliases[key(other)] = official
    return Gazetteer(tuple(units), aliases, in_full)


def units_on(day: dt.date) -> list[Unit]:
    """The provincial-level units valid on ``day``: 63 on 30/6/2025, 34 from 1/7/2025."""
    return [u for u in gazetteer().units if u.valid_on(day)]


@lru_cache(maxsize=4096)
def split_kind(text: str) -> tuple[str | None, str]:
    """("thành phố", "Cần Thơ") for "Thành phố Cần Thơ"; (None, text) without a prefix."""
    lowered = vn.nfc(text).strip().casefold()
    for prefix, kind in KIND_PREFIXES:
        if lowered.startswith(prefix):
            return kind, text.strip()[len(prefix) :].strip()
    return None, text.strip()


@lru_cache(maxsize=4096)
def official_name(text: str) -> str | None:
    """The official name a text means ("Thanh Hoá", "TP.HCM", "tỉnh An Giang"), or None."""
    _, name = split_kind(text)
    found = gazetteer().aliases.get(key(name)) or gazetteer().aliases.get(key(text))
    return found


@lru_cache(maxsize=4096)  # a pure function; every check and sentence asks it again
def find(text: str, on: dt.date | None = None) -> Unit | None:
    """The unit a name means on ``on`` (without a date: the latest of that name)."""
    name = official_name(text)
    if name is None:
        return None
    named = [u for u in gazetteer().units if u.name == name]
    if on is not None:
        return next((u for u in named if u.valid_on(on)), None)
    return max(named, key=lambda u: u.valid_from or dt.date.min)


def kind(text: str, on: dt.date | None = None) -> str:
    """ "tỉnh" or "thành phố" for a unit on a date; "tỉnh" for a name it does not know."""
    unit = find(text, on) or find(text)
    return unit.kind if unit else PROVINCE


def locality(text: str, on: dt.date | None = None) -> str:
    """ "tỉnh Cà Mau", "thành phố Cần Thơ" as the unit was on ``on``.

    A text that already says which ("thành phố Cần Thơ") is kept as written, but a unit
    never written bare is said in full however it is written ("TP.HCM", "thành phố Hồ
    Chí Minh": "Thành phố Hồ Chí Minh"; ``written``).
    """
    full = gazetteer().in_full.get(official_name(text) or "")
    if full:
        return full
    prefix, name = split_kind(text)
    if prefix is not None or vn.nfc(text).casefold().startswith(LOCAL_UNIT_PREFIXES):
        return text
    if official_name(name) is None and (names_organisation(text) or not looks_like_province(text)):
        return text  # "Hội Nông dân Việt Nam", "Quân khu 9" as a delegation: not a province
    return f"{kind(name, on)} {name}"


# First words of a name that is an organisation, not a province ("Hội Nông dân Việt Nam",
# "Ủy ban Mặt trận Tổ quốc ...", "Công đoàn ...", "Đoàn Thanh niên ...").
ORGANISATION_WORDS = frozenset(
    "ủy uỷ ban hội đoàn công sở báo đài đảng mặt trường cục viện bộ văn hđnd ubnd mttq "
    "huyện quận thị xã phường liên thành tỉnh đặc cơ đại các nhà học tổng quân ngân tòa "
    "bệnh công-an hợp tập viện kiểm".split()
)


def written(text: str) -> str:
    """A unit's name as a document writes it standing alone (a list of members, the date
    line's địa danh, a membership change): as given ("Cà Mau", "Đồng Nai"), except a
    unit never written bare, said in full however it is spelt ("Hồ Chí Minh", "TP.HCM":
    "Thành phố Hồ Chí Minh"). Source: Nghị định 30/2020/NĐ-CP, Phụ lục II (special case
    "Thành phố Hồ Chí Minh") and Phụ lục I, ô 4 ("Thành phố Hồ Chí Minh, ngày 29 tháng 6
    năm 2019"); the map is ``written_in_full`` in gazetteer.yaml."""
    return gazetteer().in_full.get(official_name(text) or "", text)


def place_name(unit: str) -> str:
    """The địa danh of a document's date line (ô 4) for a body that sits in ``unit``
    ("tỉnh Bạc Liêu", "xã Kim Tân", "Phường 5", "THÀNH PHỐ CẦN THƠ" as a letterhead writes
    it): the unit's name without its kind, "Bạc Liêu", "Kim Tân", "Cần Thơ"; a unit named
    by a number keeps its kind, "Phường 5"; a unit never written bare is said in full,
    "Thành phố Hồ Chí Minh" (``written``). Source: Nghị định 30/2020/NĐ-CP, Phụ lục I,
    địa danh ghi trên văn bản: "Địa danh ghi trên văn bản do cơ quan … ở địa phương ban
    hành là tên gọi chính thức của đơn vị hành chính nơi cơ quan ban hành văn bản đóng
    trụ sở", and for a unit named after a person, by a number or an event, its full name
    (Phụ lục II writes such a unit with a capital kind: "Quận 1", "Phường Điện Biên Phủ");
    the decree's examples "Hà Nội, ngày 05 tháng 01 năm 2020", "Thành phố Hồ Chí Minh,
    ngày 29 tháng 6 năm 2019". s3-trial F62 (a commune's minutes dated "Thanh Hóa, …")."""
    text = " ".join(vn.nfc(unit).split())
    if text.isupper():  # a letterhead's line: "XÃ KIM TÂN", "TỈNH BẠC LIÊU"
        text = text.lower().title()
    full = gazetteer().in_full.get(official_name(text) or "")
    if full:
        return full
    lowered = text.casefold()
    for prefix in (*(p for p, _ in KIND_PREFIXES), *LOCAL_UNIT_PREFIXES):
        if lowered.startswith(prefix):
            name = text[len(prefix) :].strip()
            if name[:1].isdigit():
                return vn.capitalize_first(text)
            return official_name(name) or name
    return text


def names_organisation(text: str) -> bool:
    """Whether a name starts as an organisation's does ("Hội ...", "Công đoàn ...")."""
    words = vn.nfc(text).casefold().split()
    return bool(words) and words[0] in ORGANISATION_WORDS


def successor(text: str, on: dt.date) -> Unit | None:
    """The unit a name's territory belongs to on ``on`` (Bạc Liêu on 2026-01-01: Cà Mau)."""
    name = official_name(text)
    if name is None:
        return None
    candidates = [u for u in gazetteer().units if u.name == name]
    unit = next((u for u in candidates if u.valid_on(on)), None)
    if unit is not None:
        return unit
    # follow "became" forward until a unit valid on the date
    current = min(candidates, key=lambda u: u.valid_from or dt.date.min)
    for _ in range(10):
        if current.valid_on(on):
            return current
        if current.became is None or current.valid_until is None or current.valid_until > on:
            return None
        after = current.valid_until + dt.timedelta(days=1)
        current = next(
            (u for u in gazetteer().units if u.name == current.became and u.valid_on(after)),
            None,
        )
        if current is None:
            return None
    return None


def became_whole(later: Unit) -> bool:
    """Whether ``later`` is a unit that a single earlier one became whole, under a new
    name (Thừa Thiên Huế became the city of Huế, Nghị quyết 175/2024/QH15, 1/1/2025),
    rather than one that others merged into (Bạc Liêu into Cà Mau, which existed before
    and went on). The first is said "nay là thành phố Huế", never "sáp nhập"."""
    units = gazetteer().units
    existed = any(u.name == later.name and u.became == later.name and u.valid_until for u in units)
    sources = [u for u in units if u.became == later.name and u.name != later.name]
    return not existed and len(sources) == 1


def predecessor(text: str, on: dt.date) -> Unit | None:
    """The unit a name meant before it existed on ``on`` (Huế in 2022: Thừa Thiên Huế)."""
    name = official_name(text)
    if name is None:
        return None
    for unit in gazetteer().units:
        if unit.became == name and unit.valid_on(on) and unit.name != name:
            return unit
    return None


def numeric_date(day: dt.date) -> str:
    """ "01/7/2025": the day in two digits, the month in two below March (Nghị định 30)."""
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    return f"{day.day:02d}/{month}/{day.year}"


@dataclass(frozen=True)
class NameProblem:
    """Why a name is not a provincial unit on a date: a message key and its values."""

    key: str
    values: dict[str, str]


# The kinds of unit below a province, as a name opens with them ("quận Long Biên",
# "thị trấn Kim Tân"): such a name is never a province's misspelt (s6-trial H25).
_LOWER_LEVEL = re.compile(r"(huyện|quận|thị xã|thị trấn|xã|phường|đặc khu)\s+\w", re.IGNORECASE)


def check(text: str, on: dt.date) -> NameProblem | None:
    """None when ``text`` names a unit valid on ``on``; else what is wrong with it.

    Keys: ``province_unknown`` (with a suggestion or not), ``province_merged`` (it
    became part of another unit: "Bạc Liêu được sáp nhập vào tỉnh Cà Mau từ
    01/7/2025"), ``province_renamed`` (Thừa Thiên Huế became Huế), ``province_not_yet``
    (the name did not exist then), ``province_kind`` ("tỉnh Cần Thơ").
    """
    prefix, name = split_kind(text)
    official = official_name(text)
    when = numeric_date(on)
    if official is None:
        lower = _LOWER_LEVEL.match(text.strip())
        if lower:  # "quận Long Biên" is not a province misspelt: never "Quảng Bình" (H25)
            return NameProblem("province_lower_level", {"name": text, "kind": lower.group(1)})
        suggestion = suggest(name, on)
        if suggestion:
            return NameProblem("province_unknown_suggest", {"name": text, "suggestion": suggestion})
        return NameProblem("province_unknown", {"name": text, "date": when})
    unit = find(official, on)
    if unit is None:
        later = successor(official, on)
        earlier = predecessor(official, on)
        if later is not None:
            gone = next(u for u in gazetteer().units if u.name == official and u.became)
            since = numeric_date(gone.valid_until + dt.timedelta(days=1))  # type: ignore[operator]
            values = {
                "name": official,
                "into": later.locality,
                "new": written(later.name),
                "since": since,
                "act": gone.source.act.split(" của ")[0],
                "date": when,
            }
            key = "province_renamed" if became_whole(later) else "province_merged"
            return NameProblem(key, values)
        if earlier is not None:
            first = min(
                (u for u in gazetteer().units if u.name == official and u.valid_from),
                key=lambda u: u.valid_from or dt.date.min,
            )
            return NameProblem(
                "province_not_yet",
                {
                    "name": official,
                    "locality": first.locality,
                    "since": numeric_date(first.valid_from),  # type: ignore[arg-type]
                    "date": when,
                    "then": earlier.name,
                    "then_locality": earlier.locality,
                },
            )
        return NameProblem("province_unknown", {"name": text, "date": when})
    if prefix is not None and prefix != unit.kind:
        return NameProblem("province_kind", {"name": text, "locality": unit.locality, "date": when})
    return None


def suggest(text: str, on: dt.date | None = None) -> str | None:
    """The unit a misspelt name most likely meant ("An Giag" -> "An Giang")."""
    units = units_on(on) if on else list(gazetteer().units)
    names = list(dict.fromkeys(u.name for u in units))
    return vn.closest_match(text, names) or vn.closest_match(
        text, list(dict.fromkeys(u.name for u in gazetteer().units))
    )


def looks_like_province(text: str) -> bool:
    """Whether a name is a province's with a letter or two wrong ("Hâu Giang", "An Giag"):
    close, ignoring diacritics, to some unit's name (difflib ratio 0.8 or more)."""
    import difflib

    folded = vn.fold(split_kind(text)[1])
    names = {vn.fold(u.name) for u in gazetteer().units}
    return bool(difflib.get_close_matches(folded, list(names), n=1, cutoff=0.8))


def same(a: str, b: str) -> bool:
    """Whether two texts name the same unit ("Khánh Hòa", "Khánh Hoà", "tỉnh Khánh Hòa";
    "TP.HCM", "Hồ Chí Minh", "Thành phố Hồ Chí Minh": one delegation, s4-trial F85)."""
    if key(split_kind(a)[1]) == key(split_kind(b)[1]):
        return True
    official = official_name(a)
    return official is not None and official == official_name(b)


def spelled_as(text: str, spellings: Iterable[str]) -> str | None:
    """The one of ``spellings`` (a member list) that names what ``text`` names, or None."""
    return next((s for s in spellings if same(s, text)), None)


def kinds_noun(names: Sequence[str], on: dt.date | None = None) -> str:
    """ "tỉnh", "thành phố" or "tỉnh, thành phố" for a list of units, as they were on ``on``."""
    kinds = {kind(name, on) for name in names}
    if kinds == {CITY}:
        return CITY
    if CITY in kinds:
        return f"{PROVINCE}, {CITY}"
    return PROVINCE


# The kinds of commune-level unit since 1/7/2025 (Nghị quyết 203/2025/QH15), in the order
# "xã, phường" names them. Communes are not in the gazetteer: only a name that says its
# kind ("xã Kim Tân") tells it.
COMMUNE_KINDS = ("xã", "phường", "đặc khu")


def commune_kind(name: str) -> str | None:
    """ "xã" for "xã Kim Tân", "phường" for "Phường Hạc Thành"; None for a bare name."""
    return next((k for k in COMMUNE_KINDS if name.casefold().startswith(k + " ")), None)


# The district-level units until 30/6/2025 (Luật Tổ chức chính quyền địa phương 2015,
# Điều 2; abolished from 1/7/2025 by Nghị quyết 202/2025/QH15's reorganisation), in the
# order a list names them: the members of a district cluster of the old archive (F99).
DISTRICT_KINDS = ("huyện", "quận", "thị xã", "thành phố")


def district_kind(name: str) -> str | None:
    """ "huyện" for "huyện Cẩm Mỹ", "thị xã" for "Thị xã Long Khánh"; None for a bare name."""
    return next((k for k in DISTRICT_KINDS if name.casefold().startswith(k + " ")), None)


@dataclass(frozen=True)
class Change:
    """A name written before a reorganisation and the unit it is part of on a later date."""

    old: str
    new: Unit
    since: dt.date


def carried_over(name: str, on: dt.date) -> tuple[str, Change | None]:
    """The name to write on ``on`` for a unit named before ("Bạc Liêu" in 2026: "Cà Mau"),
    with the change, or the name as written and None when it still holds."""
    if find(name, on) is not None or official_name(name) is None:
        return name, None
    later = successor(name, on)
    if later is None:
        return name, None
    gone = next(u for u in gazetteer().units if u.name == official_name(name) and u.became)
    since = gone.valid_until + dt.timedelta(days=1)  # type: ignore[operator]
    return later.name, Change(name, later, since)


def carry_over(names: Sequence[str], on: dt.date) -> tuple[list[str], list[Change]]:
    """Members as they are on ``on``: merged units replaced by what they became, each once,
    in the order first named ([Bạc Liêu, Cà Mau, Sóc Trăng] -> [Cà Mau, Cần Thơ])."""
    result: list[str] = []
    changes: list[Change] = []
    for name in names:
        now, change = carried_over(name, on)
        if change:
            changes.append(change)
        if not any(same(now, kept) for kept in result):
            result.append(now)
    return result, changes


def follow(old: str, new: str, on: dt.date) -> bool:
    """Whether the unit ``old`` is part of ``new`` on ``on`` (Bạc Liêu of 2022 and Cà Mau
    of 2026): a member that merged has not left its cluster."""
    later = successor(old, on)
    return later is not None and same(later.name, new)


@dataclass(frozen=True)
class MemberChange:
    """How a cluster's member list changed between two meetings: ``merged`` (``old`` is
    part of ``new`` since ``since``), ``renamed`` (``old`` became ``new`` whole, under a
    new name: Thừa Thiên Huế, Huế), ``ended`` (a district, when the district level ended
    on ``since``), ``left`` (``old`` only) or ``joined`` (``new`` only)."""

    kind: str
    old: str | None
    new: str | None
    into: str | None = None  # "tỉnh Cà Mau", for a merger
    since: dt.date | None = None


def membership_changes(
    old: Sequence[str],
    old_day: dt.date,
    new: Sequence[str],
    new_day: dt.date,
    old_kind: str | None = None,
) -> list[MemberChange]:
    """What changed between two member lists, following each province through a merger:
    Bạc Liêu of 2023 and Cà Mau of 2026 are one member, not one that left and one that
    joined. Names that are no provinces (communes, organisations) compare as written; a
    district (``old_kind`` "huyện", or a name written "huyện …", "thị xã …") missing from
    a list after 1/7/2025 ``ended`` with the district level (Nghị quyết 203/2025/QH15),
    it did not leave (s5-trial F119)."""
    changes: list[MemberChange] = []
    for name in old:
        if any(same(name, kept) for kept in new):
            continue
        later = successor(name, new_day) if old_day < new_day else None
        into = spelled_as(later.name, new) if later else None
        if later is not None and into is not None:
            _, change = carried_over(name, new_day)
            since = change.since if change else None
            kind = "renamed" if became_whole(later) else "merged"
            changes.append(MemberChange(kind, name, into, later.locality, since))
        elif (
            old_day < REORGANISATION <= new_day
            and official_name(name) is None
            and (old_kind in DISTRICT_KINDS or district_kind(name))
        ):
            written = name if district_kind(name) else f"{old_kind} {name}"
            changes.append(MemberChange("ended", written, None, None, REORGANISATION))
        else:
            changes.append(MemberChange("left", name, None))
    for name in new:
        if any(same(name, before) for before in old):
            continue
        if any(c.kind in {"merged", "renamed"} and c.new == name for c in changes):
            continue
        changes.append(MemberChange("joined", None, name))
    return changes


def describe_membership(changes: Sequence[MemberChange], heading: bool = True) -> str | None:
    """ "Thành viên Cụm: Bạc Liêu nay thuộc tỉnh Cà Mau (sáp nhập từ 01/7/2025); ..." or
    None when the members are the same (without ``heading``: the changes alone)."""
    from giaoban.messages import msg

    parts = []
    ended = [c for c in changes if c.kind == "ended"]
    if ended:  # eleven districts are one fact, said once: "các huyện A, B và C …"
        kinds = {district_kind(c.old or "") for c in ended}
        names = [c.old or "" for c in ended]
        if len(names) > 1 and len(kinds) == 1:
            kind = kinds.pop() or ""
            names = [f"các {kind} " + vn.join_list(n[len(kind) :].strip() for n in names)]
        since = numeric_date(ended[0].since or REORGANISATION)
        parts.append(msg("members_districts_ended", names=vn.join_list(names), since=since))
    for change in changes:
        if change.kind == "ended":
            continue
        if change.kind in {"merged", "renamed"}:
            since = numeric_date(change.since) if change.since else ""
            key = f"members_{change.kind}"
            parts.append(msg(key, old=change.old, into=change.into, since=since))
        elif change.kind == "left":
            parts.append(msg("members_left", name=change.old))
        else:
            parts.append(msg("members_joined", name=change.new))
    if not parts:
        return None
    return msg("members_heading", changes="; ".join(parts)) if heading else "; ".join(parts)


def now_part_of(name: str, on: dt.date) -> str | None:
    """ "nay thuộc tỉnh An Giang" for a province merged into another by ``on`` (Kiên
    Giang on 31/12/2025), "nay là thành phố Huế" for one that became another whole; None
    for a unit that is still itself then, or a name that is no province. The note a
    table of the years writes beside a name of before the change (s5-trial F113)."""
    official = official_name(name)
    later = successor(name, on) if official else None
    if later is None or later.name == official:
        return None
    return f"nay {'là' if became_whole(later) else 'thuộc'} {later.locality}"


def era_label(name: str, on: dt.date) -> str:
    """A province as a figure of ``on`` names it, marked when the unit has changed since:
    "tỉnh Bạc Liêu, nay thuộc tỉnh Cà Mau", "tỉnh Cà Mau, trước 01/7/2025", "tỉnh Cà Mau"."""
    unit = find(name, on)
    if unit is None:
        return locality(name, on)
    if unit.valid_until is None:
        return unit.locality
    after = unit.valid_until + dt.timedelta(days=1)
    later = successor(unit.name, after)
    if later is not None and later.name != unit.name:
        return f"{unit.locality}, nay {'là' if became_whole(later) else 'thuộc'} {later.locality}"
    return f"{unit.locality}, trước {numeric_date(after)}"


def current_name(name: str, on: dt.date) -> str:
    """The unit a province of ``on`` is part of on the latest map (Bạc Liêu: Cà Mau)."""
    latest = max((u.valid_from or dt.date.min for u in gazetteer().units), default=on)
    later = successor(name, max(latest, on))
    return later.name if later else name


if __name__ == "__main__":  # make data: the JSON beside each shipped YAML file
    from pathlib import Path

    for shipped in SHIPPED_DATA:
        target = Path(__file__).parent / "data" / (shipped.rsplit(".", 1)[0] + ".json")
        target.write_text(compiled_data(shipped), encoding="utf-8")
        print(f"wrote {target}")
