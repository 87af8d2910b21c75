"""Vietnamese text: the one home of every date, number, list, name and sort rule.

Templates reach these through the filters registered in ``giaoban.render.filters``;
nothing else in giaoban formats a Vietnamese date or number by itself.
"""

from __future__ import annotations

import datetime as _dt
import itertools
import re
import unicodedata
from collections.abc import Iterable, Sequence
from decimal import ROUND_HALF_UP, Decimal, localcontext
from functools import lru_cache

# Look-alikes that NFC does not fix: Icelandic eth in text pasted from PDFs.
_LOOKALIKES = str.maketrans({"\u00d0": "Đ", "\u00f0": "đ"})


def nfc(text: str) -> str:
    """Return ``text`` in Unicode NFC, with the eth look-alikes turned into đ/Đ."""
    text = unicodedata.normalize("NFC", text)
    # translate() looks every character up: only when an eth is there (a record is
    # read through here scalar by scalar, on every preview)
    if "\u00d0" in text or "\u00f0" in text:
        return text.translate(_LOOKALIKES)
    return text


# Characters that print nothing (Unicode's format characters, category Cf): the soft
# hyphen U+00AD, zero-width space U+200B, (non-)joiners U+200C/U+200D, direction marks,
# the word joiner U+2060, the BOM U+FEFF used as zero-width no-break space... Text pasted
# from web pages and PDFs carries them inside words.
_INVISIBLE = re.compile(
    "[\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e\u200b-\u200f"
    "\u202a-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3"
    "\U0001d173-\U0001d17a\U000e0001\U000e0020-\U000e007f]"
)


def visible(text: str) -> str:
    """``text`` without the characters that print nothing (Unicode category Cf).

    For comparing texts: "tình" with a soft hyphen inside is the word "tình".
    """
    return _INVISIBLE.sub("", text)


# --- dates and times -------------------------------------------------------------


class MonthDate(_dt.date):
    """A date known only to the month ("2023-12"): printed without a day."""

    day_known = False


def day_known(day: _dt.date) -> bool:
    """False for a ``MonthDate``, whose day the record does not give."""
    return getattr(day, "day_known", True)


def iso_date(day: _dt.date) -> str:
    """ "2024-12-15"; "2024-12" for a date known only to the month (ISO 8601's reduced
    precision: no day is invented, s3-trial F7)."""
    return day.isoformat() if day_known(day) else f"{day.year:04d}-{day.month:02d}"


def admin_date(day: _dt.date) -> str:
    """Date as an administrative document writes it: "ngày 05 tháng 3 năm 2022".

    Nghị định 30/2020/NĐ-CP, Phụ lục I: days below 10 and the months 1 and 2 take a
    leading zero, no other month does. A date known only to the month gives
    "tháng 12 năm 2023" (nothing is invented for the day).
    """
    month = f"{day.month:02d}" if day.month < 3 else str(day.month)
    if not day_known(day):
        return f"tháng {month} năm {day.year}"
    return f"ngày {day.day:02d} tháng {month} năm {day.year}"


def press_date(day: _dt.date, with_year: bool = False) -> str:
    """Date as the press writes it: "15/12" (or "15/12/2022"); "tháng 12/2023" for a month."""
    if not day_known(day):
        return f"tháng {day.month}/{day.year}"
    text = f"{day.day}/{day.month}"
    return f"{text}/{day.year}" if with_year else text


def admin_time(moment: _dt.time) -> str:
    """Time of day in minutes: "08 giờ 00 phút"."""
    return f"{moment.hour:02d} giờ {moment.minute:02d} phút"


def short_time(moment: _dt.time) -> str:
    """Time of day in running text: "8 giờ 30" or "8 giờ" on the hour."""
    if moment.minute:
        return f"{moment.hour} giờ {moment.minute:02d}"
    return f"{moment.hour} giờ"


PARTS_OF_DAY = ("sáng", "trưa", "chiều", "tối")


def part_of_day(moment: _dt.time) -> str:
    """Part of the day the press opens a lead with: "Sáng", "Chiều" or "Tối"."""
    if moment.hour < 11:
        return "Sáng"
    if moment.hour < 13:
        return "Trưa"
    if moment.hour < 18:
        return "Chiều"
    return "Tối"


_TIME_RE = re.compile(
    r"^\s*(\d{1,2})\s*(?::|h|g|giờ)\s*(\d{1,2})?\s*(?:phút|p)?\s*(sáng|trưa|chiều|tối)?\s*$",
    re.I,
)


def parse_time(text: str) -> _dt.time:
    """Read a time as secretaries write it: "8:30", "08:30", "8h30", "8 giờ 30", "14h", and
    with the part of the day said ("2 giờ chiều" = 14:00, "8:30 sáng", "1 giờ trưa" = 13:00).

    Raises ValueError with the text when it is not a time of day.
    """
    match = _TIME_RE.match(nfc(text))
    if not match:
        raise ValueError(text)
    hour, minute = int(match.group(1)), int(match.group(2) or 0)
    part = (match.group(3) or "").lower()
    if (part in ("chiều", "tối") and hour < 12) or (part == "trưa" and hour < 11):
        hour += 12
    if part == "sáng" and hour > 12:
        raise ValueError(text)  # "14 giờ sáng" says two different things
    return _dt.time(hour, minute)


_DMY_RE = re.compile(r"^\s*(\d{1,2})[/.-](\d{1,2})[/.-](\d{4})\s*$")
_MONTH_RE = re.compile(r"^\s*(?:(\d{4})-(\d{1,2})|(\d{1,2})/(\d{4}))\s*$")
# the form the documents print (Nghị định 30, Phụ lục I: "ngày 15 tháng 12 năm 2022"),
# which a secretary copies from last year's biên bản
_LONG_RE = re.compile(r"^\s*(?:ngày\s+)?(\d{1,2})\s+tháng\s+(\d{1,2})\s+năm\s+(\d{4})\s*$", re.I)
_LONG_MONTH_RE = re.compile(r"^\s*tháng\s+(\d{1,2})\s+năm\s+(\d{4})\s*$", re.I)


def parse_date(text: str, month_only: bool = False) -> _dt.date:
    """Read "2022-12-15", the Vietnamese "15/12/2022" or the documents' own "ngày 15 tháng
    12 năm 2022"; ValueError when impossible.

    With ``month_only``, "2022-12", "12/2022" and "tháng 12 năm 2022" are read too, as a
    ``MonthDate``.
    """
    text = nfc(text)
    match = _DMY_RE.match(text) or _LONG_RE.match(text)
    if match:
        day, month, year = (int(g) for g in match.groups())
        return _dt.date(year, month, day)
    month_match = _MONTH_RE.match(text) if month_only else None
    if month_match:
        year_a, month_a, month_b, year_b = month_match.groups()
        return MonthDate(int(year_a or year_b), int(month_a or month_b), 1)
    long_month = _LONG_MONTH_RE.match(text) if month_only else None
    if long_month:
        return MonthDate(int(long_month.group(2)), int(long_month.group(1)), 1)
    return _dt.date.fromisoformat(text.strip())


# The periods a sơ kết or tổng kết reviews, and the one that follows each (what the
# "phương hướng, nhiệm vụ" of that meeting are for).
PERIODS = {
    "năm": "năm",
    "6 tháng đầu năm": "6 tháng cuối năm",
    "6 tháng cuối năm": "năm",
    "9 tháng": "quý IV",
    "quý I": "quý II",
    "quý II": "quý III",
    "quý III": "quý IV",
    "quý IV": "năm",
}
_PERIOD_ALIASES = {
    "cả năm": "năm",
    "6 tháng": "6 tháng đầu năm",
    "sáu tháng đầu năm": "6 tháng đầu năm",
    "6 tháng đầu": "6 tháng đầu năm",
    "6 tháng cuối": "6 tháng cuối năm",
    "sáu tháng cuối năm": "6 tháng cuối năm",
    "9 tháng đầu năm": "9 tháng",
    "quý 1": "quý I",
    "quý 2": "quý II",
    "quý 3": "quý III",
    "quý 4": "quý IV",
}


def normalise_period(text: str) -> str:
    """ "6 tháng" -> "6 tháng đầu năm", "Quý 3" -> "quý III"; others unchanged but spaced."""
    lowered = " ".join(nfc(text).split()).lower()
    lowered = _PERIOD_ALIASES.get(lowered, lowered)
    return re.sub(r"^quý (i+v?|iv)$", lambda m: f"quý {m.group(1).upper()}", lowered)


def period_of_year(period: str, year: int) -> str:
    """ "năm 2022", "6 tháng đầu năm 2022", "quý III năm 2022", "9 tháng năm 2022"."""
    if period == "năm":
        return f"năm {year}"
    if period.endswith("năm"):
        return f"{period} {year}"
    return f"{period} năm {year}"


# --- numbers ------------------------------------------------------------------------


def _quantize(value: float | int | Decimal | str, decimals: int | None) -> Decimal:
    number = Decimal(str(value))
    if decimals is None:
        return number
    with localcontext() as ctx:
        ctx.rounding = ROUND_HALF_UP  # reports round half up, Babel's default is half-even
        return number.quantize(Decimal(1).scaleb(-decimals))


def format_number(value: float | int | Decimal, decimals: int | None = None) -> str:
    """A quantity in Vietnamese: 19455 -> "19.455", 9.6 -> "9,6".

    Never pass years or document numbers through here: 2022 would become "2.022".
    """
    return _formatted_number(str(value), decimals)


@lru_cache(maxsize=4096)  # Babel's answer kept: a preview formats the same figures again
def _formatted_number(value: str, decimals: int | None) -> str:
    """format_number's work, keyed by the number's text (all _quantize reads of it):
    Decimal("9.6") and Decimal("9.60") are equal but format differently."""
    from babel.numbers import format_decimal

    number = _quantize(value, decimals)
    places = max(0, -number.as_tuple().exponent) if decimals is None else decimals
    pattern = "#,##0" + ("." + "0" * places if places else "")
    return format_decimal(number, format=pattern, locale="vi", decimal_quantization=False)


def format_percent(value: float | int | Decimal, decimals: int | None = None) -> str:
    """A percentage given in points: 9.6 -> "9,6%"."""
    return format_number(value, decimals) + "%"


def format_quantity(
    value: float | int | Decimal, unit: str = "", decimals: int | None = None
) -> str:
    """A number with its unit: "19.455 văn bản", "9,6%", "1.126 tỷ đồng"."""
    if unit == "%":
        return format_percent(value, decimals)
    text = format_number(value, decimals)
    return f"{text} {unit}" if unit else text


# Units that count whole things: a value in one of them has no fraction. A unit counts
# when its first words are one of these ("căn nhà Đại đoàn kết", "lượt người").
COUNT_UNITS = frozenset(
    {
        "văn bản", "phần quà", "suất quà", "suất", "căn", "căn nhà", "ngôi nhà", "nhà",
        "lượt", "người", "hộ", "cuộc", "buổi", "hội nghị", "lớp", "đợt", "chương trình",
        "mô hình", "công trình", "tập thể", "cá nhân", "đại biểu", "đoàn", "đơn vị", "tổ",
        "khu dân cư", "ấp", "xã", "phường", "tỉnh", "kiến nghị", "ý kiến", "bài", "tin",
        "bằng khen", "giấy khen", "học sinh", "em", "chiếc", "con", "cái", "bộ",
    }
)  # fmt: skip


def is_count_unit(unit: str | None) -> bool:
    """Whether ``unit`` counts whole things ("văn bản", "căn nhà", "lượt người")."""
    words = nfc(unit or "").strip().lower().split()
    return any(" ".join(words[:size]) in COUNT_UNITS for size in (1, 2, 3))


def parse_number(text: str) -> Decimal:
    """Read a number a secretary typed: "19455", "9.6", "9,6" or "19.455,5".

    One dot followed by exactly three digits ("19.455") is ambiguous between a
    thousands separator and a decimal point: ValueError, so that the caller can ask
    which one was meant instead of guessing. Two dots or more ("1.234.567") can only
    separate thousands (a number has one decimal point; s6-trial H8). A leading "0." is
    always a decimal point ("0.125"): thousands groups never start with a lone 0.
    """
    raw = text.strip().replace(" ", "").replace("\u00a0", "")
    if re.fullmatch(r"[+-]?\d{1,3}(\.\d{3})+,\d+", raw):  # 19.455,5
        return Decimal(raw.replace(".", "").replace(",", "."))
    if re.fullmatch(r"[+-]?[1-9]\d{0,2}(\.\d{3}){2,}", raw):  # 1.234.567
        return Decimal(raw.replace(".", ""))
    if re.fullmatch(r"[+-]?[1-9]\d{0,2}\.\d{3}", raw):
        raise ValueError("ambiguous")
    if re.fullmatch(r"[+-]?\d+,\d+", raw):
        return Decimal(raw.replace(",", "."))
    if re.fullmatch(r"[+-]?(\d+(\.\d*)?|\.\d+)", raw):
        return Decimal(raw)
    raise ValueError(text)


# --- lists, sentences, names ----------------------------------------------------------


def join_list(items: Iterable[str], conjunction: str = "và") -> str:
    """ "A", "A và B", "A, B và C"."""
    parts = [item for item in items if item]
    if len(parts) <= 1:
        return "".join(parts)
    return f"{', '.join(parts[:-1])} {conjunction} {parts[-1]}"


def capitalize_first(text: str) -> str:
    """Upper-case the first letter only: sentence starts keep proper names intact."""
    for index, char in enumerate(text):
        if char.isalpha():
            return text[:index] + char.upper() + text[index + 1 :]
    return text


def lower_first(text: str) -> str:
    """Lower-case the first letter only: "Bà" -> "bà" inside a sentence."""
    for index, char in enumerate(text):
        if char.isalpha():
            return text[:index] + char.lower() + text[index + 1 :]
    return text


def is_acronym(word: str) -> bool:
    """Whether a word is an acronym: letters without a vowel ("MTTQ", "HĐND", "TP"), which
    no Vietnamese syllable is."""
    letters = re.sub(r"[\W\d_]", "", word)
    return bool(letters) and not any(letter in "aeiouy" for letter in fold(letters))


def letter_case(text: str) -> str | None:
    """ "upper" for a text typed in capitals ("HỘI NGHỊ TỔNG KẾT", acronyms aside),
    "lower" for one typed in lower case only, None for anything else (a text of acronyms
    alone, "MTTQ", is neither)."""
    words = [w for w in re.findall(r"[^\W\d_]+", nfc(text)) if len(w) > 1 and not is_acronym(w)]
    if not words:
        return None
    if all(w.isupper() for w in words):
        return "upper"
    if all(w.islower() for w in re.findall(r"[^\W\d_]+", nfc(text))):
        return "lower"
    return None


def person_name_case(name: str) -> str:
    """A person's name as Vietnamese names are written, every syllable opening with a
    capital: "QUÁCH THỊ TƯƠI", "quách thị tươi" and "Quách thị Tươi" are "Quách Thị
    Tươi"; a name of the Central Highlands keeps the capital after its apostrophe ("H'HEN
    NIÊ" → "H'Hen Niê"). A syllable already written with a capital is left as it is
    ("McKinnon"); a text that is not a name alone (more than five words, a digit, a dash
    or a comma: a title pasted in) is left as it is. s5-trial F118 (a delegate list
    typed in capitals printed "Bà QUÁCH THỊ TƯƠI")."""
    name = nfc(name)
    words = name.split()
    # a name alone: two to five syllables of letters; anything longer or with other marks
    # ("Võ Thị Thu Hà - Chủ tịch …", a title pasted in) is left for its own warning
    if not 2 <= len(words) <= 5 or not re.fullmatch(r"(?:[^\W\d_]|['’ ])+", name):
        return name
    if letter_case(name) is not None:
        return " ".join(word.title() for word in words)
    return " ".join(capitalize_first(w) if w[:1].islower() else w for w in words)


def given_name(full_name: str) -> str:
    """The name a Vietnamese person is called by: the last syllable."""
    parts = full_name.split()
    return parts[-1] if parts else ""


HONORIFIC_BY_GENDER = {"nam": "Ông", "nữ": "Bà"}


# Words that say what kind of unit a name is: such a name is printed as written.
UNIT_WORDS = (
    "tỉnh ",
    "thành phố ",
    "tp ",
    "tp. ",
    "huyện ",
    "quận ",
    "thị xã ",
    "xã ",
    "phường ",
    "thị trấn ",
    "đặc khu ",
)


def is_province_name(name: str) -> bool:
    """True for a bare province name ("Cà Mau"), False for "phường Hạc Thành" or a body
    ("Hội Nông dân tỉnh", "Ủy ban ..."), which only provinces get "tỉnh"/"thành phố" before."""
    lowered = name.lower()
    if lowered.startswith(UNIT_WORDS):
        return lowered.startswith(("tỉnh ", "thành phố ", "tp ", "tp. "))
    words = [w for w in name.split() if w not in {"-", "–"}]
    return bool(words) and len(words) <= 4 and all(w[:1].isupper() for w in words)


def locality(province: str, on: _dt.date | None = None) -> str:
    """ "tỉnh Cà Mau", "thành phố Cần Thơ" as the gazetteer says for the date ``on``.

    A name that already says which is kept, and so is one that says another kind of
    unit ("huyện Chương Mỹ", "phường Hạc Thành") or names a body ("Hội Nông dân tỉnh").
    The gazetteer (``giaoban.gazetteer``) is the one home of a province's kind and spelling.
    """
    from giaoban import gazetteer

    if not province.lower().startswith(UNIT_WORDS) and not is_province_name(province):
        return province
    return gazetteer.locality(province, on)


# Reporting verbs that take a comma before what was said ("cho rằng, bên cạnh ...");
# the others take an object directly ("đề nghị các tỉnh ...", "ghi nhận những kết quả").
VERBS_WITH_COMMA = frozenset(
    {
        "cho rằng",
        "thông tin",
        "nhấn mạnh",
        "cho biết",
        "khẳng định",
        "nêu rõ",
        "lưu ý",
        "nhận định",
        "phát biểu",
        "chia sẻ rằng",
        "đánh giá",
    }
)


def reported(verb: str, content: str) -> str:
    """ "cho rằng, bên cạnh ..." / "đề nghị các tỉnh ..." (no comma after verbs of asking)."""
    separator = ", " if verb.lower() in VERBS_WITH_COMMA else " "
    return f"{verb}{separator}{content}"


def sentence(text: str) -> str:
    """Close a sentence with a full stop unless it already ends in punctuation.

    The writer's own ending (".", "...", "!", "?", ":", ";") is kept as written.
    """
    text = text.rstrip()
    if not text or text[-1] in ".!?…:;":
        return text
    return text + "."


def honorific_name(full_name: str, honorific: str | None) -> str:
    """ "Bà Trương Thị Ngọc Ánh"; the name alone when no honorific is known."""
    return f"{honorific} {full_name}" if honorific else full_name


# --- sorting ----------------------------------------------------------------------------

# Vietnamese alphabet (CLDR vi / Vietlex); tones are secondary:
# ngang < huyền < hỏi < ngã < sắc < nặng.
_ALPHABET = "aăâbcdđeêfghijklmnoôơpqrstuưvwxyz"
_RANK = {letter: index for index, letter in enumerate(_ALPHABET)}
_LETTER_MARKS = {"\u0306", "\u0302", "\u031b"}  # breve, circumflex, horn
_TONES = {"\u0300": 1, "\u0309": 2, "\u0303": 3, "\u0301": 4, "\u0323": 5}

SortKey = tuple[tuple[int, ...], tuple[int, ...], tuple[int, ...]]


def sort_key(text: str) -> SortKey:
    """Key for Vietnamese alphabetical order (same order as ICU ``vi``)."""
    primary: list[int] = []
    secondary: list[int] = []
    tertiary: list[int] = []
    chars = unicodedata.normalize("NFD", text.translate(_LOOKALIKES))
    index = 0
    while index < len(chars):
        base = chars[index]
        index += 1
        tone = 0
        letter_marks = ""
        while index < len(chars) and unicodedata.combining(chars[index]):
            mark = chars[index]
            index += 1
            if mark in _TONES:
                tone = _TONES[mark]
            elif mark in _LETTER_MARKS:
                letter_marks += mark
        low = base.lower()
        letter = unicodedata.normalize("NFC", low + letter_marks)
        if letter in _RANK:
            weight = 300 + _RANK[letter]
        elif low.isdigit():
            weight = 200 + int(low) if low.isascii() else 250
        elif low.isspace():
            weight = 0
        elif not low.isalnum():
            weight = 1 + min(ord(low), 150)
        else:
            weight = 1000 + ord(low)
        primary.append(weight)
        secondary.append(tone)
        tertiary.append(0 if base == low else 1)
    return (tuple(primary), tuple(secondary), tuple(tertiary))


def person_sort_key(full_name: str, given: str | None = None) -> tuple[SortKey, ...]:
    """Key for people: given name, then middle name(s), then family name.

    ``given`` names a compound given name ("Ngọc Ánh") that cannot be guessed.
    """
    parts = full_name.split()
    if not parts:
        return ()
    given_parts = given.split() if given else parts[-1:]
    if parts[-len(given_parts) :] != given_parts:
        given_parts = parts[-1:]
    rest = parts[: -len(given_parts)]
    family = rest[0] if rest else ""
    middle = " ".join(rest[1:])
    return (sort_key(" ".join(given_parts)), sort_key(middle), sort_key(family))


def sorted_vietnamese(items: Sequence[str]) -> list[str]:
    """Strings in Vietnamese alphabetical order."""
    return sorted(items, key=sort_key)


def fold(text: str) -> str:
    """Accent- and case-insensitive form, for matching only (never for display)."""
    stripped = "".join(
        c for c in unicodedata.normalize("NFD", text) if not unicodedata.combining(c)
    )
    return stripped.replace("đ", "d").replace("Đ", "D").casefold()


def closest_match(word: str, options: Iterable[str]) -> str | None:
    """The option a typo most likely meant ("Ca Mau" -> "Cà Mau"), or None."""
    import difflib

    by_fold = {fold(option): option for option in options}
    found = difflib.get_close_matches(fold(word), list(by_fold), n=1, cutoff=0.6)
    return by_fold[found[0]] if found else None


# --- comparison keys (never shown: for matching only) ---------------------------------

_TONE_MARKS = {"\u0300": "2", "\u0309": "3", "\u0303": "4", "\u0301": "5", "\u0323": "6"}
_WORD = re.compile(r"\w+")
ABBREVIATIONS = {
    "mttq": "mặt trận tổ quốc",
    "ubmttq": "ủy ban mặt trận tổ quốc",
    "ubnd": "ủy ban nhân dân",
    "hđnd": "hội đồng nhân dân",
    "ubtư": "ủy ban trung ương",
    "ubtw": "ủy ban trung ương",
    "tư": "trung ương",
    "tw": "trung ương",
    "btt": "ban thường trực",
    "btv": "ban thường vụ",
    "ctmttq": "chủ tịch mặt trận tổ quốc",
}


def syllable_key(syllable: str) -> str:
    """A syllable with its tone as a digit at the end, wherever the mark was placed.

    "hòa" and "hoà" (old and new tone placement) give the same key "hoa2"; letters with
    their own marks (ă, â, ê, ô, ơ, ư, đ) stay distinct.
    """
    tone = ""
    kept = []
    for char in unicodedata.normalize("NFD", syllable):
        if char in _TONE_MARKS:
            tone = _TONE_MARKS[char]
        else:
            kept.append(char)
    return unicodedata.normalize("NFC", "".join(kept)) + tone


def comparison_tokens(text: str) -> list[str]:
    """The words of a text as matching sees them: case, punctuation, tone placement,
    invisible characters and common abbreviations (MTTQ, UBND, HĐND, ...) do not count."""
    words = _WORD.findall(nfc(visible(text)).casefold())
    expanded: list[str] = []
    for word in words:
        expanded.extend(ABBREVIATIONS.get(word, word).split())
    return [syllable_key(word) for word in expanded]


# --- file names -------------------------------------------------------------------------


def slug(text: str, max_length: int = 80) -> str:
    """ASCII file-name part: "Đồng Tháp 2022" -> "dong-thap-2022"; never empty."""
    from slugify import slugify

    result = slugify(nfc(text), max_length=max_length, word_boundary=True)
    return result or "x"


# A year standing alone in a text: four digits 19xx or 20xx, not inside a date or a
# document's number ("20/11/2026", "43/2026/NQ-MTTQ", "11.2026") nor a longer number.
_YEAR_ALONE = re.compile(r"(?<![\w/.])((?:19|20)\d\d)(?![\w/]|\.\d)")
_DASH = "-–—"
# A date a text writes with its year: "20/11/2026", "11/2026" (not a number's symbol).
_DATE_WITH_YEAR = re.compile(r"(?<![\w/])\d{1,2}/(?:\d{1,2}/)?(?:19|20)\d\d(?![\w/])")


def _years_alone(text: str) -> list[re.Match[str]]:
    """The years of ``text`` that name a year: "năm 2023", "NĂM  2023", each of "các năm
    2025, 2026", "năm 2025 và 2026" and "năm 2019-2020", "nhiệm vụ 2027"; not a term's
    "2024-2029" or "giai đoạn 2021 - 2025", nor the year of a date or a document's number."""
    found = []
    for match in _YEAR_ALONE.finditer(text):
        before = text[: match.start()].rstrip()
        after = text[match.end() :].lstrip()
        if before[-1:] in _DASH:  # the second year of a range: as its first
            start = re.search(r"((?:19|20)\d\d)\s*$", before[:-1])
            before = before[: start.start()].rstrip() if start else ""
        elif not (after[:1] in _DASH and after[1:].lstrip()[:1].isdigit()):
            found.append(match)
            continue
        # a range is a term ("nhiệm kỳ 2024-2029"), unless "năm" opens it: "năm 2019-2020"
        if fold(before).endswith(" nam") or fold(before) == "nam":
            found.append(match)
    return found


def years_named(text: str) -> list[int]:
    """The years ``text`` names (a title: "Hội nghị tổng kết công tác năm 2023, triển khai
    nhiệm vụ năm 2024" → [2023, 2024]); a term's "2024-2029", a date's and a number's
    year are not (``_years_alone``)."""
    return [int(found.group(1)) for found in _years_alone(text)]


def shift_years(text: str, by: int) -> str:
    """``text`` with every year it names moved ``by`` years: last year's title made this
    year's ("… năm 2023, … năm 2024" → "… năm 2024, … năm 2025"). Every year of a list
    moves ("các năm 2025, 2026" → "các năm 2026, 2027", "năm 2025 và 2026", "nhiệm vụ
    2027", "NĂM 2026"), so that none is said twice (s5-check G1: "các năm 2026, 2026");
    a term, a date and a document's number stay (``dates_with_year`` finds the dates,
    which ``new`` tells about)."""
    parts, done = [], 0
    for match in _years_alone(text):
        parts += [text[done : match.start()], str(int(match.group(1)) + by)]
        done = match.end()
    return "".join(parts) + text[done:]


def dates_with_year(text: str) -> list[str]:
    """The dates ``text`` writes with a year ("ngày 20/11/2026" → ["20/11/2026"]), which
    ``shift_years`` leaves as they are: a day of last year's meeting is not this year's."""
    return _DATE_WITH_YEAR.findall(text)


# --- text typed in the old 8-bit Vietnamese fonts -------------------------------------

# Vietnamese letters that Latin-1 holds (the rest of Vietnamese is outside it), and signs
# a text may carry inside a word ("m²", "25°C"): neither says anything of an encoding.
_LATIN1_VIETNAMESE = frozenset("àáâãèéêìíòóôõùúýÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝ")
_LATIN1_SIGNS = frozenset("\u00a0°±²³´¹½¼¾×÷·")
# what only one of the two old encodings writes: TCVN3 (ABC, the .Vn fonts) puts tone
# marks on symbols ("t¸c", "c«ng", "MÆt"); VNI (VNI-Times) writes đ as "ñ" and a tone
# after its vowel as a second letter ("Maët", "ñoàng")
_TCVN3_MARKS = frozenset("¡¢£¤¥¦§¨©ª«¬®¯µ¶¸º»¼¾¿ÆÇÐË×ÞßæçðøþÖÜ")
_VNI_MARKS = frozenset("ñÑäåëïöûøÄÅËÏÖÛØ")


def legacy_encoding(text: str) -> str | None:
    """ "TCVN3" or "VNI" when ``text`` is Vietnamese typed in an old 8-bit font and pasted
    into a Unicode file ("MÆt trËn Tæ quèc ViÖt Nam", "Maët traän Toå quoác Vieät
    Nam"), else None. Such text arrives as Latin-1 letters that no Vietnamese word holds,
    inside words; two of them are needed, so a foreign name ("Müller") passes."""
    inside = [
        char
        for before, char in itertools.pairwise(text)
        if "\u00a1" <= char <= "\u00ff"
        and char not in _LATIN1_VIETNAMESE
        and char not in _LATIN1_SIGNS
        and before.isalpha()
    ]
    if len(inside) < 2:
        return None
    vni = sum(char in _VNI_MARKS for char in inside)
    tcvn3 = sum(char in _TCVN3_MARKS for char in inside)
    return "VNI" if vni > tcvn3 else "TCVN3"
