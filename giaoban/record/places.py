"""Every field of a record that names a province, checked against the gazetteer.

Which fields: ``meeting.place.province``, the cluster's ``members``, ``chair`` and
``vice_chair``, the handover's ``from``/``to`` and a follow-up's ``provinces`` (when the
members are provinces),
an attendee's ``delegation`` (unless central or an organisation), a figure's
``province``, the "tỉnh X" that ends ``meeting.host``, ``meeting.organiser``, an
attendee's ``organisation`` or an organisation's delegation, and a province gone by the
meeting's date named anywhere in the place's ``locality`` and ``venue``, the ``sites``,
a handover's ``to_body`` or an attendee's ``titles``. Each is checked for the
meeting's date (a figure of an earlier year, for that year), so that an archive from
before 1/7/2025 keeps its provinces and a record after it is told what they became.
"""

from __future__ import annotations

import datetime as dt
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from giaoban import gazetteer as gz
from giaoban.messages import msg
from giaoban.record.model import Record
from giaoban.record.source import FieldPath, field_name

CENTRAL = frozenset({"trung ương", "tw", "trung uong"})
# "... tỉnh Cà Mau" / "... thành phố Cần Thơ" at the end of an organisation's name.
_TRAILING_UNIT = re.compile(r"(?:^|\s)(tỉnh|thành phố|TP\.?)\s+(\w[\w -]*)$")


@dataclass
class ProvinceField:
    path: FieldPath
    value: str
    on: tuple[dt.date, ...]  # valid on any of these dates is enough
    respell: Callable[[str], None] | None  # how to write the canonical spelling back
    trailing: bool = False  # the province ends a longer name (host, organisation)
    # named inside a free text (a venue, a title): only a unit gone by the date is an error
    # ("tỉnh Quảng Bình" in 2026); "thành phố Huế" of 2024 was a city inside a province
    gone_only: bool = False


def is_central(delegation: str) -> bool:
    return delegation.casefold() in CENTRAL


def names_province(text: str) -> bool:
    """Whether a delegation names a province rather than an organisation or the centre."""
    if is_central(text):
        return False
    prefix, _ = gz.split_kind(text)
    if prefix is not None:
        return True
    if gz.names_organisation(text) or len(text.split()) > 5:
        return False
    # a name close to a province's is a province misspelt ("An Giag"); anything else
    # ("Quân khu 9", "Ngân hàng Chính sách xã hội") is a body giaoban does not know
    return gz.official_name(text) is not None or gz.looks_like_province(text)


def trailing_unit(text: str) -> str | None:
    """ "tỉnh Cà Mau" at the end of "Ủy ban MTTQ Việt Nam tỉnh Cà Mau", or None.

    "thành phố X" counts only when X is a provincial unit's name: before 1/7/2025 a
    "thành phố Bạc Liêu" was a city inside a province, not a province.
    """
    match = _TRAILING_UNIT.search(text)
    if not match or not match.group(2)[:1].isupper():
        return None
    kind, name = match.group(1), match.group(2).strip()
    if kind != "tỉnh" and gz.official_name(name) is None:
        return None
    return f"{'tỉnh' if kind == 'tỉnh' else 'thành phố'} {name}"


# "tỉnh X", "thành phố X", "Tỉnh ủy X", "Thành ủy X" anywhere in a text, X in capitals.
_NAMED_UNIT = re.compile(
    r"(?<!\w)(tỉnh ủy|thành ủy|tỉnh|thành phố|tp\.?)\s*((?:[^\W\d_][\w]*)(?:[\s-]+[^\W\d_][\w]*)*)",
    re.IGNORECASE,
)


def units_named(text: str) -> list[str]:
    """The provincial units a free text names ("phường Thành Sen, tỉnh Quảng Bình",
    "Chủ tịch ... tỉnh Thừa Thiên Huế", "Bí thư Tỉnh ủy Quảng Bình"): "tỉnh Quảng Bình",
    as the gazetteer knows them under any name they ever had; "thành phố Đồng Hới", a city
    that was no province, is not one."""
    found: list[str] = []
    for match in _NAMED_UNIT.finditer(text):
        words = match.group(2).split()
        # the longest run of capitalised words that names a unit ("Thừa Thiên Huế")
        capitals = []
        for word in words:
            if not word[:1].isupper():
                break
            capitals.append(word)
        for size in range(len(capitals), 0, -1):
            name = " ".join(capitals[:size])
            if gz.official_name(name) is not None:
                kind = match.group(1).casefold()
                prefix = "tỉnh" if kind.startswith("tỉnh") else "thành phố"
                found.append(f"{prefix} {name}" if "ủy" not in kind else name)
                break
    return found


def _setter(obj: object, attribute: str) -> Callable[[str], None]:
    return lambda value: setattr(obj, attribute, value)


def _capitals_spoken(text: str) -> str:
    """A letterhead line in capitals ("TỈNH BÌNH THUẬN") as its name is written in a
    sentence ("tỉnh Bình Thuận"), for the gazetteer; other text as it is."""
    if not text.isupper():
        return text
    words = [word.capitalize() for word in text.lower().split()]
    for kind in ("Tỉnh", "Thành Phố"):  # the unit's kind in lower case, as trailing_unit reads it
        size = len(kind.split())
        if [w for w in words[:size]] == kind.split():
            words[:size] = kind.lower().split()
    return " ".join(words)


def province_fields(record: Record) -> Iterator[ProvinceField]:
    """Every province a record names, with its path and the dates it must exist on."""
    meeting = record.meeting
    day = (meeting.date,)
    if meeting.place.province:
        yield ProvinceField(
            ("meeting", "place", "province"),
            meeting.place.province,
            day,
            _setter(meeting.place, "province"),
        )
    for index, host in enumerate(meeting.host):
        unit = trailing_unit(host)
        if unit:
            # one host is usually written as one text, not a list: name it so
            path: FieldPath = (
                ("meeting", "host", index) if len(meeting.host) > 1 else ("meeting", "host")
            )
            yield ProvinceField(path, unit, day, None, trailing=True)
    for index, body in enumerate([meeting.organiser, *meeting.co_organisers]):
        unit = trailing_unit(body or "")
        if unit:
            path = (
                ("meeting", "organiser") if index == 0 else ("meeting", "co_organisers", index - 1)
            )
            yield ProvinceField(path, unit, day, None, trailing=True)
    cluster = meeting.cluster
    of_provinces = cluster is None or cluster.member_kind == "tỉnh"
    if cluster and of_provinces:
        for index, member in enumerate(cluster.members):

            def set_member(value: str, index: int = index) -> None:
                cluster.members[index] = value

            yield ProvinceField(("meeting", "cluster", "members", index), member, day, set_member)
        for key in ("chair", "vice_chair"):
            value = getattr(cluster, key)
            if value:
                yield ProvinceField(("meeting", "cluster", key), value, day, _setter(cluster, key))
    for index, attendee in enumerate(record.attendees):
        delegation = attendee.delegation
        if delegation and of_provinces and names_province(delegation):
            yield ProvinceField(
                ("attendees", index, "delegation"),
                delegation,
                day,
                _setter(attendee, "delegation"),
            )
        elif delegation and not is_central(delegation):
            unit = trailing_unit(delegation)
            if unit:
                yield ProvinceField(("attendees", index, "delegation"), unit, day, None, True)
        unit = trailing_unit(attendee.organisation or "")
        if unit:
            yield ProvinceField(("attendees", index, "organisation"), unit, day, None, True)
    for index, figure in enumerate(record.figures):
        # a figure of one member of a cluster of communes or districts names that member,
        # checked against the members (checks.cross_check), not the provinces (H15)
        if figure.province and of_provinces:
            year = figure.year
            when = (
                (dt.date(year, 1, 1), dt.date(year, 12, 31))
                if year and year < meeting.date.year
                else day
            )
            yield ProvinceField(
                ("figures", index, "province"), figure.province, when, _setter(figure, "province")
            )
    yield from _named_in_texts(record)
    # the minutes' letterhead and Nơi nhận live in giaoban.yaml, the file that outlives the
    # years: a province merged away stays there unseen (s4-trial F96)
    minutes = record.minutes
    written = [("parent", i, line) for i, line in enumerate(minutes.letterhead.parent)]
    for section, index, text in written:
        unit = trailing_unit(_capitals_spoken(text))
        if unit:
            path = ("minutes", "letterhead", section, index)
            yield ProvinceField(path, unit, day, None, trailing=True, gone_only=True)
    for index, text in enumerate(minutes.recipients):
        unit = trailing_unit(text)
        if unit:
            path = ("minutes", "recipients", index)
            yield ProvinceField(path, unit, day, None, trailing=True, gone_only=True)
    if of_provinces:
        for index, followup in enumerate(record.followup):
            for p_index, province in enumerate(followup.provinces):
                yield ProvinceField(
                    ("followup", index, "provinces", p_index, "province"),
                    province.province,
                    day,
                    _setter(province, "province"),
                )
        for index, handover in enumerate(record.handover):
            if handover.from_:
                yield ProvinceField(
                    ("handover", index, "from"), handover.from_, day, _setter(handover, "from_")
                )
            yield ProvinceField(
                ("handover", index, "to"), handover.to, day, _setter(handover, "to")
            )


# The problems of a unit that no longer exists on the date: merged into another, or
# become another unit whole (Thừa Thiên Huế, the city of Huế).
GONE = frozenset({"province_merged", "province_renamed"})


def _named_in_texts(record: Record) -> Iterator[ProvinceField]:
    """The provinces named inside the printed texts that say where and who: the place's
    ``locality`` and ``venue``, the ``sites`` of an online meeting, a handover's
    ``to_body`` and an attendee's ``titles`` ("tỉnh Quảng Bình" in a 2026 record)."""
    meeting = record.meeting
    day = (meeting.date,)
    texts: list[tuple[FieldPath, str | None]] = [
        (("meeting", "place", "locality"), meeting.place.locality),
        (("meeting", "place", "venue"), meeting.place.venue),
    ]
    texts += [(("meeting", "sites", i), site) for i, site in enumerate(meeting.sites)]
    texts += [(("handover", i, "to_body"), h.to_body) for i, h in enumerate(record.handover)]
    for index, attendee in enumerate(record.attendees):
        for t_index, title in enumerate(attendee.titles):
            if not title.casefold().startswith("nguyên "):  # a former title names the past
                texts.append((("attendees", index, "titles", t_index), title))
    for path, text in texts:
        for unit in dict.fromkeys(units_named(text or "")):
            yield ProvinceField(path, unit, day, None, trailing=True, gone_only=True)


def check_places(record: Record, report: Callable[[FieldPath, str], None]) -> None:
    """Report every province field that names no unit valid on its date."""
    for item in province_fields(record):
        problems = [gz.check(item.value, on) for on in item.on]
        if any(problem is None for problem in problems):
            continue
        problem = problems[-1]
        assert problem is not None
        if item.gone_only and problem.key not in GONE:
            continue
        values = dict(problem.values)
        names = [part.strip() for part in item.value.split(",")]
        if (
            problem.key.startswith("province_unknown")
            and len(names) > 1
            and all(gz.official_name(name) for name in names)
        ):  # "members: Bạc Liêu, Cà Mau" is one text: a list needs brackets (s3-trial F19)
            report(
                item.path,
                msg(
                    "province_list_unbracketed",
                    field=field_name(item.path),
                    name=item.value,
                    count=len(names),
                ),
            )
            continue
        key = problem.key
        if item.trailing and problem.key in GONE:
            # a name inside a text ("... tỉnh Bình Dương") is replaced with its kind: the
            # fix is "tỉnh Cà Mau", "Thành phố Hồ Chí Minh", never "tỉnh Hồ Chí Minh"; the
            # message names the words it replaces, or "tỉnh" stays before the new name
            # ("tỉnh Thành phố Hồ Chí Minh", s4-trial F84)
            values["new"] = values["into"]
            values["old"] = item.value
            key = f"{problem.key}_in_text"
        report(item.path, msg(key, field=field_name(item.path), **values))
    _kind_twice(record, report)


# "tỉnh Thành phố Hồ Chí Minh", "tỉnh tỉnh Cà Mau": a unit's kind said twice.
_KIND_TWICE = re.compile(
    r"(?<!\w)(?:tỉnh|thành phố|tp\.?)\s+(?:tỉnh|thành phố|tp\.?)\s*"
    r"([^\W\d_]\w*(?:\s+[^\W\d_]\w*)*)",
    re.IGNORECASE,
)


def _kind_twice(record: Record, report: Callable[[FieldPath, str], None]) -> None:
    """Report a text that says a unit's kind twice ("Chủ tịch … tỉnh Thành phố Hồ Chí
    Minh": the fix of a merger message followed word for word, s4-trial F84), with the
    unit as the gazetteer writes it."""
    meeting = record.meeting
    texts: list[tuple[FieldPath, str | None]] = [
        (("meeting", "place", "locality"), meeting.place.locality),
        (("meeting", "place", "venue"), meeting.place.venue),
    ]
    texts += [(("meeting", "host", i), host) for i, host in enumerate(meeting.host)]
    texts += [(("meeting", "sites", i), site) for i, site in enumerate(meeting.sites)]
    texts += [(("handover", i, "to_body"), h.to_body) for i, h in enumerate(record.handover)]
    for index, attendee in enumerate(record.attendees):
        texts += [
            (("attendees", index, "titles", t), title) for t, title in enumerate(attendee.titles)
        ]
        texts.append((("attendees", index, "organisation"), attendee.organisation))
        texts.append((("attendees", index, "delegation"), attendee.delegation))
    for path, text in texts:
        if not text:
            continue
        for match in _KIND_TWICE.finditer(text):
            words = match.group(1).split()
            for size in range(len(words), 0, -1):
                unit = gz.find(" ".join(words[:size]), meeting.date)
                if unit is not None:
                    written = text[match.start() : match.start(1)] + " ".join(words[:size])
                    values = {"text": " ".join(written.split()), "fix": unit.locality}
                    report(path, msg("province_kind_twice", field=field_name(path), **values))
                    break


def respell(record: Record) -> None:
    """Write each province as the member list spells it, else as the gazetteer does.

    "Thanh Hoá" in a delegation becomes "Thanh Hóa" when the members say so; "tỉnh An
    Giang" becomes "An Giang"; the members keep their own tone placement.
    """
    cluster = record.meeting.cluster
    members = list(cluster.members) if cluster and cluster.member_kind == "tỉnh" else []
    for item in province_fields(record):
        if item.respell is None:
            continue
        official = gz.official_name(item.value)
        if official is None:
            continue
        if item.path[:3] == ("meeting", "cluster", "members"):
            _, written = gz.split_kind(item.value)
            item.respell(written if gz.same(written, official) else official)
            continue
        item.respell(gz.spelled_as(item.value, members) or official)


# --- the district level, ended on 1/7/2025 ------------------------------------------------

# Nghị quyết 203/2025/QH15: local government has two levels from 1/7/2025; the district
# level (huyện, quận, thị xã, thành phố thuộc tỉnh) ended, and its MTTQ committees with it.
_DISTRICT = re.compile(r"(?<!\w)(cấp huyện|huyện|quận|thị xã)(?!\w)", re.IGNORECASE)
_CITY = re.compile(r"(?<!\w)(thành phố|tp\.?)\s+", re.IGNORECASE)
_PARTY_OF_CITY = re.compile(r"(?<!\w)(thị ủy|thị uỷ|thành ủy|thành uỷ)(?=\s)", re.IGNORECASE)


# A title that names a past post: "nguyên Bí thư Huyện ủy …", "Bí thư Huyện ủy … (cũ)".
_FORMER = re.compile(r"(?<!\w)(nguyên|cựu|trước đây|cũ)(?!\w)", re.IGNORECASE)


def district_units(text: str, on: dt.date) -> list[str]:
    """The district-level units a text names ("huyện Hòa Bình", "thành phố Bạc Liêu" when
    it is not a centrally run city on ``on``), as written."""
    found: list[str] = []
    for match in _DISTRICT.finditer(text):
        rest = text[match.end() :].split()
        head = match.group(1)
        if rest and rest[0].casefold() in ("ủy", "uỷ"):  # "Huyện ủy Đông Hải"
            head, rest = f"{head} {rest[0]}", rest[1:]
        name = _capitalised_words(rest)
        found.append(f"{head} {name}" if name else head)
    for match in _CITY.finditer(text):
        name = _capitalised_words(text[match.end() :].split())
        if not name:
            continue
        unit = gz.find(name, on)
        if unit is None or unit.kind != gz.CITY:
            found.append(f"{match.group(1)} {name}")
    # the party committee of a town (Thị ủy) or of a city inside a province (Thành ủy Rạch
    # Giá) is district-level; the Thành ủy of a centrally run city is not
    for match in _PARTY_OF_CITY.finditer(text):
        head = match.group(1)
        _, rest = gz.split_kind(text[match.end() :])  # "Thành ủy Thành phố Hồ Chí Minh"
        name = _capitalised_words(rest.split())
        unit = gz.find(name, on) if name else None
        if head.casefold().startswith("thị") or (name and (unit is None or unit.kind != gz.CITY)):
            found.append(f"{head} {name}".strip())
    return found


# A thị trấn (town) was a commune-level unit until 30/6/2025; from 1/7/2025 the commune
# level is xã, phường and đặc khu only (Nghị quyết 203/2025/QH15; Luật Tổ chức chính
# quyền địa phương 72/2025/QH15, Điều 2): the towns went with the districts (s6-trial H24).
_TOWN = re.compile(r"(?<!\w)(thị trấn)\s+", re.IGNORECASE)


def town_units(text: str) -> list[str]:
    """The towns (thị trấn) a text names, as written: "thị trấn Kim Tân"."""
    found = []
    for match in _TOWN.finditer(text):
        name = _capitalised_words(text[match.end() :].split())
        found.append(f"{match.group(1)} {name}" if name else match.group(1))
    return found


def _capitalised_words(words: list[str]) -> str:
    taken = []
    for word in words:
        bare = word.strip(",;.()")
        if not bare[:1].isupper():
            break
        taken.append(bare)
        if bare != word:
            break
    return " ".join(taken)


def district_level(record: Record, warn: Callable[..., None]) -> None:
    """Warn where a record after 30/6/2025 names a district-level unit in a place, an
    organisation or a delegation (directives and speeches quoting the past are left alone)."""
    day = record.meeting.date
    if day < gz.REORGANISATION:
        return
    meeting = record.meeting
    fields: list[tuple[FieldPath, str | None]] = [
        (("meeting", "place", "venue"), meeting.place.venue),
        (("meeting", "place", "locality"), meeting.place.locality),
        (("meeting", "organiser"), meeting.organiser),
    ]
    fields += [(("meeting", "host", i), h) for i, h in enumerate(meeting.host)]
    fields += [(("meeting", "co_organisers", i), o) for i, o in enumerate(meeting.co_organisers)]
    for index, attendee in enumerate(record.attendees):
        fields.append((("attendees", index, "organisation"), attendee.organisation))
        fields.append((("attendees", index, "delegation"), attendee.delegation))
    fields += [(("meeting", "sites", i), site) for i, site in enumerate(meeting.sites)]
    for path, text in fields:
        if len(meeting.host) == 1 and path[:2] == ("meeting", "host"):
            path = ("meeting", "host")
        for unit in district_units(text or "", day):
            warn(path, "warning_district_level", unit=unit, date=gz.numeric_date(day))
        for unit in town_units(text or ""):
            warn(path, "warning_town_gone", unit=unit, date=gz.numeric_date(day))
    cluster = meeting.cluster
    for index, member in enumerate(cluster.members if cluster else []):
        for unit in town_units(member):
            path = ("meeting", "cluster", "members", index)
            warn(path, "warning_town_gone", unit=unit, date=gz.numeric_date(day))
    # A post of a district-level body in a title ("Bí thư Huyện ủy Củ Chi") is one that
    # ended with it, unless the title says it is a former one ("nguyên …"): the documents
    # would print a current Bí thư Huyện ủy after 1/7/2025 (s3-trial F45).
    for index, attendee in enumerate(record.attendees):
        titles: list[tuple[FieldPath, str]] = [
            (("attendees", index, "titles", t), title) for t, title in enumerate(attendee.titles)
        ]
        if attendee.short_title:
            titles.append((("attendees", index, "short_title"), attendee.short_title))
        for path, title in titles:
            if _FORMER.search(title):
                continue
            for unit in district_units(title, day):
                warn(path, "warning_district_title", unit=unit, date=gz.numeric_date(day))
            for unit in town_units(title):
                warn(path, "warning_town_gone", unit=unit, date=gz.numeric_date(day))


def organisation_spelling(record: Record, warn: Callable[..., None]) -> None:
    """Warn where an organisation or delegation misspells one of the five organisations
    under the MTTQ ("Hội Liên hiệp Phụ nư tỉnh"): the documents would print it so."""
    from giaoban import mttq

    meeting = record.meeting
    fields: list[tuple[FieldPath, str | None]] = [(("meeting", "organiser"), meeting.organiser)]
    fields += [(("meeting", "co_organisers", i), o) for i, o in enumerate(meeting.co_organisers)]
    for index, attendee in enumerate(record.attendees):
        fields.append((("attendees", index, "organisation"), attendee.organisation))
        fields.append((("attendees", index, "delegation"), attendee.delegation))
    for path, text in fields:
        form = mttq.misspelt(text or "")
        if form:
            warn(path, "warning_organisation_spelling", text=text, form=form)
