"""The meeting record: one pydantic model that validates and gives the JSON Schema.

Field names are English (they are keys a secretary types once); values are
Vietnamese. Every scalar arrives as text from ``source.py``; the field types
below say what it means. Shorthands a secretary would naturally write are
accepted: a single title instead of a list, a paragraph as a plain string,
one handover mapping instead of a list.
"""

from __future__ import annotations

import datetime as dt
import re
from decimal import Decimal
from typing import Annotated, Any, ClassVar, Literal

from pydantic import (
    BaseModel,
    BeforeValidator,
    ConfigDict,
    Field,
    GetJsonSchemaHandler,
    PlainSerializer,
    PrivateAttr,
    WithJsonSchema,
    model_validator,
)
from pydantic.json_schema import JsonSchemaValue
from pydantic_core import CoreSchema

from giaoban import vietnamese as vn
from giaoban.record.pasted import LIST_MARK

# --- field types ------------------------------------------------------------------


def _empty() -> list[Any]:
    """A new empty list, the default of list fields. Not ``list`` itself: pydantic reads a
    default factory's signature, and a builtin's is parsed from text by the tokenizer
    (about 3 ms of every start, for 24 fields)."""
    return []


def _text(value: Any) -> Any:
    """Surrounding spaces dropped; an empty text ('') means the field is not given."""
    if isinstance(value, str):
        return value.strip() or None
    return value


def _lower(value: Any) -> Any:
    return vn.nfc(value).strip().lower() if isinstance(value, str) else value


def _capitalised(value: Any) -> Any:
    return vn.capitalize_first(_lower(value)) if isinstance(value, str) else value


def _as_list(value: Any) -> Any:
    return [value] if isinstance(value, str | dict) else value


def _as_time(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return vn.parse_time(value)
        except ValueError:
            raise ValueError("time") from None
    return value


_DATE_SHAPE = re.compile(r"\d{4}-\d{1,2}-\d{1,2}|\d{1,2}[/.-]\d{1,2}[/.-]\d{4}")


def _as_date(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return vn.parse_date(value)
        except ValueError:
            shaped = _DATE_SHAPE.fullmatch(value.strip())
            raise ValueError("date_impossible" if shaped else "date") from None
    return value


def _as_meeting_date(value: Any) -> Any:
    """A full date, or a month alone ("2023-12", "12/2023") when the day is not known."""
    if isinstance(value, str):
        try:
            return vn.parse_date(value, month_only=True)
        except ValueError:
            shaped = _DATE_SHAPE.fullmatch(value.strip())
            raise ValueError("date_impossible" if shaped else "date") from None
    return value


# A deadline given as a period: "năm 2023", "quý I/2024", "6 tháng đầu năm 2024",
# "tháng 6/2024" (how directives of real giao ban minutes set their terms).
DEADLINE_PERIOD = re.compile(
    r"(năm|quý (I|II|III|IV)/|6 tháng (đầu|cuối) năm|9 tháng (đầu )?năm|tháng \d{1,2}/)\s*"
    r"(\d{4})"
)


_ROMAN_QUARTERS = {"1": "I", "2": "II", "3": "III", "4": "IV"}


def _as_deadline(value: Any) -> Any:
    """A date ("2024-06-30", "30/6/2024"), or a period text matching DEADLINE_PERIOD."""
    if isinstance(value, str):
        period = " ".join(vn.nfc(value).split())
        period = period[:1].lower() + period[1:]
        # "quý 2/2024", "quý II năm 2024", "tháng 6 năm 2024": as reports write them (F78)
        period = re.sub(
            r"^quý ([1-4]|[ivIV]+)\s*(?:/|\s+năm\s+)\s*",
            lambda m: f"quý {_ROMAN_QUARTERS.get(m.group(1), m.group(1).upper())}/",
            period,
        )
        period = re.sub(r"^tháng (\d{1,2})\s+năm\s+", r"tháng \1/", period)
        month = re.fullmatch(r"tháng (\d+)/.*", period)
        if DEADLINE_PERIOD.fullmatch(period) and not (month and not 1 <= int(month[1]) <= 12):
            return period
        try:
            return vn.parse_date(value)
        except ValueError:
            shaped = _DATE_SHAPE.fullmatch(value.strip())
            raise ValueError("date_impossible" if shaped else "deadline") from None
    return value


_QUARTER_ENDS = {"I": (3, 31), "II": (6, 30), "III": (9, 30), "IV": (12, 31)}


def deadline_end(deadline: dt.date | str) -> dt.date:
    """The last day a deadline allows: a date is itself; a period (DEADLINE_PERIOD, as
    the model normalises it) ends on its last day: "năm 2024" → 31/12/2024, "quý I/2024"
    → 31/3/2024 (II → 30/6, III → 30/9, IV → 31/12), "6 tháng đầu năm 2024" → 30/6/2024,
    "6 tháng cuối năm 2024" → 31/12/2024, "9 tháng (đầu) năm 2024" → 30/9/2024,
    "tháng 2/2024" → 29/2/2024. giaoban's rule (docs/record-format.md, "deadline"): a
    directive to be done "trong quý I/2024" is on time through the period's last day;
    quarters and half-years are calendar ones. ValueError for a text that is not such a
    period."""
    if isinstance(deadline, dt.date):
        return deadline
    match = DEADLINE_PERIOD.fullmatch(deadline)
    if match is None:
        raise ValueError(deadline)
    year = int(deadline[-4:])  # DEADLINE_PERIOD ends with the year
    if match.group(2):
        month, day = _QUARTER_ENDS[match.group(2)]
        return dt.date(year, month, day)
    if deadline.startswith("6 tháng đầu"):
        return dt.date(year, 6, 30)
    if deadline.startswith("9 tháng"):
        return dt.date(year, 9, 30)
    if deadline.startswith("tháng "):
        month = int(deadline.split()[1].split("/")[0])
        following = dt.date(year + month // 12, month % 12 + 1, 1)
        return following - dt.timedelta(days=1)
    return dt.date(year, 12, 31)  # "năm 2024", "6 tháng cuối năm 2024"


def _as_number(value: Any) -> Any:
    if isinstance(value, str):
        try:
            return vn.parse_number(value)
        except ValueError as error:
            raise ValueError(
                "number_ambiguous" if str(error) == "ambiguous" else "number"
            ) from None
    return value


Text = Annotated[str, BeforeValidator(_text), Field(min_length=1)]
# Outside the union, so that '' becomes None before str | None is tried.
OptionalText = Annotated[str | None, BeforeValidator(_text)]

# The mark that ended a value where it was copied from (a list of titles, a sentence):
# ",", ";", ":" and a full stop, but not "..." nor the dot of "TP."/"TX." (s3-trial F65).
_COPIED_END = re.compile(r"(?:\s*[,;:]|(?<![.…])(?<!\bTP)(?<!\bTX)\.)+\s*$")


def trimmed_phrase(value: Any) -> Any:
    """A name, title or place, which the documents put inside their own sentences and
    punctuate themselves: the mark copied at its end is dropped ("Phó Chủ tịch …," gave
    ",, dự chỉ đạo", "TP. Bạc Liêu." gave "tại TP. Bạc Liêu., "; s3-trial F65)."""
    value = _text(value)
    if isinstance(value, str):
        trimmed = _unquoted(_COPIED_END.sub("", value).strip())
        return _COPIED_END.sub("", trimmed).strip() or value
    return value


# The quotes a name or title was copied with around the whole of it ("“Hội nghị …”" from
# an invitation in Word): the documents quote it themselves where they quote; kept, the
# lead put the members inside them and the year outside (s6-trial H7).
_WRAPPING_QUOTES = {"“": "”", '"': '"', "«": "»", "'": "'", "‘": "’", "„": "“"}


def _unquoted(value: str) -> str:
    """``value`` without quotes around the whole of it; quotes around a part are kept."""
    closing = _WRAPPING_QUOTES.get(value[:1])
    if closing and len(value) > 2 and value.endswith(closing):
        inner = value[1:-1]
        if value[0] not in inner and closing not in inner:
            return inner.strip()
    return value


# A mark that opens an item of a list copied from a Word document or an article: a dash
# or bullet, or the item's number ("1.", "2)", "a)"); one home, giaoban.record.pasted.
_COPIED_BULLET = re.compile(rf"^\s*{LIST_MARK}\s+")


def list_item(value: Any) -> Any:
    """An item of a list of texts (priorities, report results and limitations, Nơi
    nhận), which the documents number, dash and punctuate themselves: the bullet or
    number it was copied with and the mark that ended it are dropped ("- Tiếp tục …;"
    printed "- - Tiếp tục …;;", "… 2024-2029." printed "2024-2029.;"; s4-trial F92, the
    family of s3-trial F55, F65). The one clean-up of every such list; a capital that
    opened the copied item is the documents' to lower (``sentences.soft_lower``)."""
    value = _text(value)
    if isinstance(value, str):
        unmarked = _COPIED_BULLET.sub("", value)
        return trimmed_phrase(unmarked) or value
    return value


ItemList = Annotated[
    list[Annotated[str, BeforeValidator(list_item), Field(min_length=1)]],
    BeforeValidator(_as_list),
    WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}),
]


def meeting_title(value: Any) -> Any:
    """The meeting's name, which the documents set inside their own sentences and after
    which they write the period and year: the mark copied at its end goes ("… của cụm."
    gave "… của cụm. năm 2025", s5-trial F118) and it opens with a capital ("hội nghị …"
    headlined in lower case). Capitals and lower-case proper names are warned about
    (``warnings.text_in_capitals``): their letters cannot be guessed."""
    value = trimmed_phrase(value)
    return vn.capitalize_first(value) if isinstance(value, str) else value


# A name, title or place (see trimmed_phrase): required, optional, one or several.
Phrase = Annotated[str, BeforeValidator(trimmed_phrase), Field(min_length=1)]
OptionalPhrase = Annotated[str | None, BeforeValidator(trimmed_phrase)]


def _portable_path(value: Any) -> Any:
    """A template path written on Windows ("mau\\bien-ban.docx") read as the same path
    everywhere: a backslash is a folder separator, never part of a name a secretary means."""
    value = _text(value)
    if isinstance(value, str) and "\\" in value:
        from pathlib import PureWindowsPath

        return PureWindowsPath(value).as_posix()
    return value


TemplatePath = Annotated[str | None, BeforeValidator(_portable_path)]
PhraseList = Annotated[
    list[Phrase],
    BeforeValidator(_as_list),
    WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}),
]
TextList = Annotated[
    list[Text],
    BeforeValidator(_as_list),
    WithJsonSchema({"anyOf": [{"type": "string"}, {"type": "array", "items": {"type": "string"}}]}),
]
Time = Annotated[
    dt.time,
    BeforeValidator(_as_time),
    PlainSerializer(lambda t: t.strftime("%H:%M"), return_type=str),
    WithJsonSchema(
        {
            "type": "string",
            "description": "Giờ: 8:30, 08:30, 8h30 hoặc 8 giờ 30",
            "pattern": r"^\s*\d{1,2}\s*(:|h|g|giờ)\s*(\d{1,2})?\s*(phút|p)?\s*$",
        }
    ),
]
Date = Annotated[
    dt.date,
    BeforeValidator(_as_date),
    WithJsonSchema(
        {
            "type": "string",
            "description": "Ngày: 2022-12-15 hoặc 15/12/2022",
            "pattern": r"^(\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{4})$",
        }
    ),
]
Deadline = Annotated[
    dt.date | str,
    BeforeValidator(_as_deadline),
    WithJsonSchema(
        {
            "type": "string",
            "description": "Thời hạn: ngày (2024-06-30 hoặc 30/6/2024) hoặc kỳ (năm 2024, "
            "quý I/2024, 6 tháng đầu năm 2024, tháng 6/2024)",
        }
    ),
]
Number = Annotated[
    Decimal,
    BeforeValidator(_as_number),
    PlainSerializer(lambda d: float(d) if d != d.to_integral_value() else int(d)),
    WithJsonSchema(
        {
            "anyOf": [
                {"type": "number"},
                {"type": "string", "pattern": r"^[+-]?\d+([.,]\d+)?$"},
            ]
        }
    ),
]
MeetingDate = Annotated[
    dt.date,
    BeforeValidator(_as_meeting_date),
    WithJsonSchema(
        {
            "type": "string",
            "description": "Ngày: 2022-12-15 hoặc 15/12/2022; chỉ biết tháng: 2022-12 hoặc 12/2022",
            "pattern": r"^(\d{4}-\d{2}(-\d{2})?|(\d{1,2}/)?\d{1,2}/\d{4})$",
        }
    ),
]
# The years a record holds: from the Front's founding era to a bound that catches a
# mistyped year (9999); `new --date` refuses what validate would (s5-check G4).
YEAR_MIN, YEAR_MAX = 1945, 2200
Year = Annotated[int, Field(ge=YEAR_MIN, le=YEAR_MAX)]
ID_PATTERN = re.compile(r"^[\w][\w.-]*$")
Id = Annotated[
    str,
    BeforeValidator(_text),
    Field(
        pattern=ID_PATTERN.pattern,
        max_length=64,
        description="Mã ngắn dùng để tham chiếu: chữ, số, '-', '_' hoặc '.'",
    ),
]

MeetingKind = Annotated[
    Literal["giao ban", "sơ kết", "tổng kết", "ký kết giao ước thi đua", "khác"],
    BeforeValidator(_lower),
]
# The period a meeting reviews (sơ kết 6 tháng đầu năm, tổng kết năm); see vn.PERIODS.
Period = Annotated[
    Literal[
        "năm",
        "6 tháng đầu năm",
        "6 tháng cuối năm",
        "9 tháng",
        "quý I",
        "quý II",
        "quý III",
        "quý IV",
    ],
    BeforeValidator(lambda v: vn.normalise_period(v) if isinstance(v, str) else v),
]
Mode = Annotated[
    Literal["trực tiếp", "trực tuyến", "trực tiếp kết hợp trực tuyến"], BeforeValidator(_lower)
]
PartOfDay = Annotated[Literal["sáng", "trưa", "chiều", "tối"], BeforeValidator(_lower)]
Qualifier = Annotated[
    Literal["hơn", "gần", "trên", "khoảng", "dưới", "gần như", "xấp xỉ"], BeforeValidator(_lower)
]
# "Đồng chí" is how internal minutes address people; the press keeps ông/bà (and, for a
# person recorded only as "đồng chí", names them by title).
Honorific = Annotated[Literal["Ông", "Bà", "Đồng chí"], BeforeValidator(_capitalised)]
Address = Annotated[Literal["ông/bà", "đồng chí"], BeforeValidator(_lower)]
LeadShape = Annotated[Literal["organiser", "person", "event"], BeforeValidator(_lower)]
Gender = Annotated[Literal["nam", "nữ"], BeforeValidator(_lower)]
# The press's words for the director ("phát biểu chỉ đạo hội nghị", "dự và chỉ đạo") name
# the role "chỉ đạo", not "phát biểu": the speech itself is under ``speeches``.
# Nghị định 30's sample biên bản (Mẫu 1.9) writes "Chủ trì (chủ toạ)": the same role, in
# both tone placements.
_ROLE_ALIASES = {
    "chủ tọa": "chủ trì",
    "chủ toạ": "chủ trì",
    "đồng chủ tọa": "đồng chủ trì",
    "đồng chủ toạ": "đồng chủ trì",
    "phát biểu chỉ đạo": "chỉ đạo",
    "dự chỉ đạo": "chỉ đạo",
    "dự và chỉ đạo": "chỉ đạo",
}
Role = Annotated[
    Literal[
        "chỉ đạo",
        "chủ trì",
        "đồng chủ trì",
        "trưởng đoàn",
        "dự",
        "thư ký",
        "báo cáo",
        "tham luận",
        "phát biểu",
        "khách mời",
    ],
    BeforeValidator(lambda v: _ROLE_ALIASES.get(" ".join(str(_lower(v)).split()), _lower(v))),
]
Attendance = Annotated[Literal["có mặt", "vắng có lý do", "vắng"], BeforeValidator(_lower)]
Occasion = Annotated[
    Literal[
        "khai mạc",
        "báo cáo",
        "tham luận",
        "thảo luận",
        "phát biểu",
        "phát biểu chỉ đạo",
        "kết luận",
        "bế mạc",
    ],
    BeforeValidator(_lower),
]
# What became of an earlier meeting's directive (the follow-up part of the next meeting).
FollowupStatus = Annotated[
    Literal["đã hoàn thành", "đang thực hiện", "chưa thực hiện", "không còn phù hợp"],
    BeforeValidator(lambda v: " ".join(_lower(v).split()) or None if isinstance(v, str) else v),
]
# What a secretary writes for a status in her own words (s6-trial H23). The nearest
# spelling of "đã thực hiện" (done) is "đang thực hiện" (under way): a suggestion taken
# from spelling flips the meaning, so a status is suggested by the word that says how far
# the work went (đã/xong, đang/tiếp tục, chưa, dừng/không còn), never by spelling. Folded
# (tone marks off) so that "Da thuc hien" is understood as "Đã thực hiện".
_STATUS_MEANINGS: tuple[tuple[str, tuple[str, ...]], ...] = (
    (r"^khong con\b|\bkhong (con )?phu hop\b|^(da )?(dung|huy|bo)\b", ("không còn phù hợp",)),
    (r"^chua (hoan thanh|hoan tat|xong)\b", ("đang thực hiện", "chưa thực hiện")),
    (r"^chua\b", ("chưa thực hiện",)),
    (r"^(dang|tiep tuc|van dang)\b", ("đang thực hiện",)),
    (r"^(da|hoan thanh|hoan tat|xong)\b|\b(xong|hoan tat)$", ("đã hoàn thành",)),
)


def statuses_meant(written: str) -> tuple[str, ...]:
    """The follow-up statuses ``written`` (not one of them) means, by its words: one,
    two when it cannot tell ("chưa hoàn thành": under way or not begun), or none."""
    folded = " ".join(vn.fold(written).split())
    for pattern, statuses in _STATUS_MEANINGS:
        if re.search(pattern, folded):
            return statuses
    return ()


HandoverRole = Annotated[Literal["Cụm trưởng", "Cụm phó"], BeforeValidator(_capitalised)]
# What a cluster's members are; the documents count them as "6 tỉnh" (or "3 tỉnh, thành
# phố", from the gazetteer), "8 xã, phường", "8 xã", "5 đơn vị". Communes and wards are not
# in the gazetteer: a cluster of xã only says "xã" (a real cluster of 8 xã is not "8 xã,
# phường"), so "xã" and "phường" are kinds of their own.
_MEMBER_KIND_ALIASES = {
    "tỉnh, thành phố": "tỉnh",
    "thành phố": "tỉnh",
    "xã, phường, đặc khu": "xã, phường",
    "tổ chức": "đơn vị",
    "cơ quan": "đơn vị",
    "cơ quan, đơn vị": "đơn vị",
    # the district level of before 1/7/2025 (s4-trial F99): one kind for its four nouns
    "quận": "huyện",
    "thị xã": "huyện",
    "thành phố thuộc tỉnh": "huyện",
    "huyện, thị xã, thành phố": "huyện",
    "huyện, thị xã": "huyện",
    "huyện, thành phố": "huyện",
    "quận, huyện": "huyện",
}
# Every alias a fixed value accepts, for the did-you-mean of a value that is neither
# ("phát biểu chỉ đao" is offered "chỉ đạo", through "phát biểu chỉ đạo").
VALUE_ALIASES: dict[str, str] = {**_ROLE_ALIASES, **_MEMBER_KIND_ALIASES}
MemberKind = Annotated[
    Literal["tỉnh", "xã, phường", "xã", "phường", "huyện", "đơn vị"],
    BeforeValidator(lambda v: _MEMBER_KIND_ALIASES.get(_lower(v), _lower(v))),
]
ChairLabel = Annotated[
    Literal["CHỦ TRÌ", "CHỦ TỌA"], BeforeValidator(lambda v: v.upper() if isinstance(v, str) else v)
]


class Strict(BaseModel):
    """Every section refuses keys it does not know (typos are the commonest mistake)."""

    # defer_build: the nested models are built once, inside Record's validator, not each on
    # its own at import (a third of the start-up time of every command otherwise).
    model_config = ConfigDict(extra="forbid", populate_by_name=True, defer_build=True)

    # The JSON shape a secretary may write instead of the full mapping, if any
    # (a paragraph as plain text, priorities as a bare list); see _shorthand().
    shorthand_schema: ClassVar[dict[str, Any] | None] = None

    @model_validator(mode="before")
    @classmethod
    def _empty_section(cls, data: Any) -> Any:
        # "place:" with nothing under it (or only comments) means an empty section
        return {} if data is None else data

    @classmethod
    def __get_pydantic_json_schema__(
        cls, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        schema = handler(core_schema)
        if cls.shorthand_schema is None:
            return schema
        return {"anyOf": [cls.shorthand_schema, schema]}


class OneOrMany:
    """Schema for a list field that also accepts a single item (the validator wraps it)."""

    def __get_pydantic_json_schema__(
        self, core_schema: CoreSchema, handler: GetJsonSchemaHandler
    ) -> JsonSchemaValue:
        schema = handler(core_schema)
        return {"anyOf": [schema["items"], schema]} if "items" in schema else schema


# Where a field's value is picked from (the web form offers them as a list; the checks of
# giaoban.record.checks say when a value is not among them): the attendees' ids, the
# directives' ids, the cluster's members.
CHOICES_PEOPLE: dict[str, Any] = {"x-choices": "attendees"}
CHOICES_DIRECTIVES: dict[str, Any] = {"x-choices": "directives"}
CHOICES_MEMBERS: dict[str, Any] = {"x-choices": "members"}


# --- meeting ----------------------------------------------------------------------


class Place(Strict):
    venue: OptionalPhrase = Field(
        None, description="Hội trường: 'Hội trường Ủy ban MTTQ Việt Nam tỉnh Cà Mau'"
    )
    # examples true before and after 1/7/2025 (s5-trial F105: hints taught merged names)
    locality: OptionalPhrase = Field(
        None,
        description="Địa danh trong tin: 'phường Rạch Giá, tỉnh An Giang' (từ 01/7/2025); "
        "'thành phố Cà Mau' (trước đó)",
    )
    province: OptionalText = Field(
        None, description="Tỉnh, thành phố: 'Cà Mau'", json_schema_extra=CHOICES_MEMBERS
    )


class MembershipPeriod(Strict):
    """A cluster's members from a date or for one work year (defaults files hold the
    history: the six provinces of Nam Sông Hậu until 30/6/2025, three units after)."""

    from_: Date | None = Field(
        None, alias="from", description="Áp dụng cho hội nghị từ ngày này: 2025-07-01"
    )
    year: Year | None = Field(None, description="Áp dụng cho năm thi đua này")
    members: TextList = Field(description="Các thành viên trong thời gian này")
    member_kind: MemberKind | None = Field(None, description="Nếu khác member_kind của Cụm")

    @model_validator(mode="after")
    def _has_when(self) -> MembershipPeriod:
        if self.from_ is None and self.year is None:
            raise ValueError("membership_when")
        return self


class Cluster(Strict):
    name: OptionalText = Field(None, description="Tên Cụm thi đua: 'Nam Sông Hậu'")
    full_name: OptionalText = Field(
        None,
        description="Tên đầy đủ, nếu khác 'Cụm thi đua Mặt trận các tỉnh <name>'",
    )
    members: TextList = Field(
        default_factory=_empty,
        description=(
            "Các thành viên của Cụm (tỉnh, thành phố; xã, phường; đơn vị: theo member_kind), "
            "theo thứ tự nêu trong văn bản"
        ),
    )
    year: Year | None = Field(None, description="Năm thi đua; mặc định là năm của hội nghị")
    chair: OptionalText = Field(
        None, description="Thành viên làm Cụm trưởng năm nay", json_schema_extra=CHOICES_MEMBERS
    )
    vice_chair: OptionalText = Field(
        None, description="Thành viên làm Cụm phó năm nay", json_schema_extra=CHOICES_MEMBERS
    )
    membership: list[MembershipPeriod] = Field(
        default_factory=_empty,
        description="Thành viên theo thời gian (trong giaoban.yaml): [{from: 2025-07-01, "
        "members: [...]}] hoặc [{year: 2026, members: [...]}]; 'members' ghi trong hồ sơ thắng",
    )
    member_kind: MemberKind = Field(
        "tỉnh",
        description="Thành viên của Cụm là: 'tỉnh' (tỉnh, thành phố trực thuộc trung ương, "
        "kiểm tra theo danh mục), 'xã, phường' (xã, phường, đặc khu), 'xã' (chỉ có xã), "
        "'phường' (chỉ có phường), 'huyện' (huyện, quận, thị xã, thành phố thuộc tỉnh: hội "
        "nghị trước 01/7/2025) hoặc 'đơn vị' (cơ quan, tổ chức)",
    )

    def period_on(self, day: dt.date, year: int) -> MembershipPeriod | None:
        """The membership that applies to a meeting on ``day`` of work year ``year``: one
        for that year, else the latest that started on or before the day."""
        for period in self.membership:
            if period.year == year:
                return period
        started = [p for p in self.membership if p.from_ is not None and p.from_ <= day]
        return max(started, key=lambda p: p.from_ or day, default=None)


class Meeting(Strict):
    title: Annotated[str, BeforeValidator(meeting_title), Field(min_length=1)] = Field(
        description="Tên hội nghị: 'Hội nghị giao ban Cụm thi đua Nam Sông Hậu'"
    )
    kind: MeetingKind = Field(
        "giao ban", description="giao ban, sơ kết, tổng kết, ký kết giao ước thi đua hoặc khác"
    )
    period: Period | None = Field(
        None,
        description="Kỳ được sơ kết, tổng kết: năm, 6 tháng đầu năm, 6 tháng cuối năm, 9 tháng, "
        "quý I..quý IV",
    )
    date: MeetingDate
    start: Time | None = Field(None, description="Giờ bắt đầu")
    end: Time | None = Field(None, description="Giờ kết thúc")
    part_of_day: PartOfDay | None = Field(
        None, description="Buổi (sáng, trưa, chiều, tối) khi không biết giờ bắt đầu"
    )
    mode: Mode | None = Field(
        None, description="Hình thức: trực tiếp, trực tuyến, trực tiếp kết hợp trực tuyến"
    )
    sites: TextList = Field(
        default_factory=_empty, description="Các điểm cầu khi họp trực tuyến: 'điểm cầu Trung ương'"
    )
    place: Place = Field(default_factory=Place)
    organiser: OptionalText = Field(
        None, description="Cơ quan tổ chức: 'Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam'"
    )
    co_organisers: TextList = Field(default_factory=_empty, description="Cơ quan phối hợp tổ chức")
    host: TextList = Field(
        default_factory=_empty,
        description="Đơn vị đăng cai (một hay nhiều): "
        "'Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau'",
    )
    cluster: Cluster | None = None

    @property
    def day_known(self) -> bool:
        """False when the record gives only the month ("2023-12")."""
        return getattr(self.date, "day_known", True)


# --- people ----------------------------------------------------------------------------

# An honorific at the start of a name: "bà", "ông", "đồng chí", "đ/c" (any case).
NAME_HONORIFIC = re.compile(r"^(bà|ông|đồng chí|đ\s*/\s*c|đ\.\s*c\.?)\s+(?=\w)", re.IGNORECASE)


def name_honorific(name: str) -> tuple[str | None, str, bool]:
    """The honorific a name opens with, the name without it, and whether it is certainly
    an honorific: ("Bà", "Trương Thị Ngọc Ánh", True) for "Bà Trương Thị Ngọc Ánh";
    (None, name, False) for a name that opens with none. "Ông" with a capital, and "Đồng
    Chí" with two, are not certain: Ông is a surname, Đồng a surname and Chí a middle
    name (a name writes every syllable with a capital; "ông", "đồng chí" are not names)."""
    match = NAME_HONORIFIC.match(vn.nfc(name))
    if match is None:
        return None, name, False
    word = match.group(1)
    rest = vn.nfc(name)[match.end() :].strip()
    uncertain = word == "Ông" or (word.split()[-1][:1].isupper() and " " in word)
    return word, rest, not uncertain


class Attendee(Strict):
    id: Id
    name: OptionalPhrase = Field(None, description="Họ và tên đầy đủ")
    group: OptionalText = Field(
        None,
        description="Thay cho name khi là một nhóm không nêu tên: "
        "'Đại diện Ủy ban MTTQ Việt Nam các tỉnh trong Cụm'",
    )
    honorific: Honorific | None = Field(None, description="Ông hoặc Bà")
    gender: Gender | None = Field(None, description="nam hoặc nữ (thay cho honorific)")
    given_name: OptionalText = Field(
        None,
        description="Tên gọi khi gồm nhiều tiếng, cho mẫu riêng (mẫu mặc định không in): "
        "'Ngọc Ánh'",
    )
    titles: PhraseList = Field(default_factory=_empty, description="Các chức vụ, theo thứ tự")
    short_title: OptionalPhrase = Field(
        None, description="Chức danh ngắn khi nhắc lại trong tin: 'Bí thư Tỉnh ủy Cà Mau'"
    )
    organisation: OptionalPhrase = None
    roles: Annotated[list[Role], BeforeValidator(_as_list), OneOrMany()] = Field(
        default_factory=lambda: ["dự"],
        description="chỉ đạo, chủ trì, đồng chủ trì, dự, thư ký, báo cáo, tham luận, "
        "phát biểu, khách mời",
    )
    delegation: OptionalText = Field(
        None,
        description="'Trung ương' hoặc tên tỉnh của đoàn đại biểu",
        json_schema_extra=CHOICES_MEMBERS,
    )
    attendance: Attendance = "có mặt"

    @model_validator(mode="before")
    @classmethod
    def _role_alias(cls, data: Any) -> Any:
        if isinstance(data, dict) and "role" in data and "roles" not in data:
            data = dict(data)
            data["roles"] = data.pop("role")
        return data

    # the honorific taken out of ``name`` when it contradicts ``honorific`` or ``gender``
    # ("ông Trương Thị Ngọc Ánh" with honorific Bà): the warning check names it
    _honorific_in_name: str | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _name_or_group(self) -> Attendee:
        if not self.name and not self.group:
            raise ValueError("name_or_group")
        return self

    @model_validator(mode="after")
    def _honorific_out_of_name(self) -> Attendee:
        """A name copied with its honorific, as an article or an invitation writes people
        ("Bà Trương Thị Ngọc Ánh", "đồng chí Lữ Văn Hùng"), loses it: the documents add
        the honorific themselves ("Bà Bà …", "… tỉnh đồng chí Lữ Văn Hùng cùng dự" before,
        s3-trial F66). The word fills an empty ``honorific`` (the record said it); one that
        contradicts ``honorific``/``gender`` is kept aside for a warning. "Ông" written
        with a capital stays: it is also a surname (Ông Ích Khiêm), see NAME_HONORIFIC."""
        if not self.name:
            return self
        word, rest, certain = name_honorific(self.name)
        if word is None or not certain:
            return self
        self.name = rest
        said = vn.capitalize_first(word.lower()) if word.lower() in ("ông", "bà") else "Đồng chí"
        if self.honorific is None and self.gender is None:
            self.honorific = said  # type: ignore[assignment]
        elif said != "Đồng chí" and self.title_of_address not in (None, said):
            self._honorific_in_name = word
        return self

    @model_validator(mode="after")
    def _name_as_names_are_written(self) -> Attendee:
        """A name typed in capitals or lower case ("QUÁCH THỊ TƯƠI", from a delegate list)
        is written as names are, every syllable with a capital (``vn.person_name_case``,
        s5-trial F118); after the honorific is taken out, whose case tells it apart."""
        if self.name:
            self.name = vn.person_name_case(self.name)
        return self

    @property
    def honorific_in_name(self) -> str | None:
        """The honorific the record wrote in ``name`` ("ông") when it contradicts
        ``honorific`` or ``gender``; it is taken out of the name, and warned about."""
        return self._honorific_in_name

    @property
    def title_of_address(self) -> str | None:
        """Ông/Bà, from honorific or gender."""
        if self.honorific:
            return self.honorific
        return vn.HONORIFIC_BY_GENDER.get(self.gender or "")


def person_name_key(name: str) -> str:
    """A name for comparison: case, Unicode form and spacing do not count."""
    return " ".join(vn.nfc(name).casefold().split())


def person_key(attendee: Attendee) -> tuple[Any, ...] | None:
    """What makes two entries one person written twice: the name, and the same honorific,
    titles, delegation and attendance; None for an entry without a name (a group), never
    one with another."""
    if not attendee.name:
        return None
    titles = tuple(person_name_key(t) for t in attendee.titles)
    delegation = person_name_key(attendee.delegation or "")
    name = person_name_key(attendee.name)
    return (name, attendee.title_of_address, titles, delegation, attendee.attendance)


def same_person(first: Attendee, other: Attendee) -> bool:
    """Whether two entries are one person written twice (:func:`person_key`; see
    ``Record.people``)."""
    one = person_key(first)
    return one is not None and one == person_key(other)


# --- what was said ------------------------------------------------------------------------


class Paragraph(Strict):
    """One reported statement: "<context>, <speaker> <verb> <text>"."""

    shorthand_schema: ClassVar[dict[str, Any] | None] = {"type": "string"}

    text: OptionalText = Field(None, description="Nội dung, có thể dẫn số liệu bằng {mã-số-liệu}")
    verb: OptionalText = Field(
        None, description="Động từ tường thuật: cho rằng, đề nghị, nhấn mạnh, thông tin, cho biết"
    )
    context: OptionalText = Field(
        None, description="Cụm mở đầu câu, trước tên người nói: 'Nhấn mạnh ...'"
    )
    directives: Annotated[list[Id], BeforeValidator(_as_list), OneOrMany()] = Field(
        default_factory=_empty,
        description="Mã các chỉ đạo được nêu trong đoạn này",
        json_schema_extra=CHOICES_DIRECTIVES,
    )

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        return {"text": data} if isinstance(data, str) else data

    @model_validator(mode="after")
    def _has_content(self) -> Paragraph:
        if not self.text and not self.directives:
            raise ValueError("paragraph_empty")
        return self


class Speech(Strict):
    speaker: Id = Field(
        description="Mã người phát biểu (id trong attendees)", json_schema_extra=CHOICES_PEOPLE
    )
    occasion: Occasion = "phát biểu"
    verb: OptionalText = Field(None, description="Động từ tường thuật mặc định cho các đoạn")
    paragraphs: Annotated[list[Paragraph], BeforeValidator(_as_list), OneOrMany()] = Field(
        default_factory=_empty
    )


class Directive(Strict):
    id: Id | None = Field(None, description="Mã ổn định, để so sánh qua các năm")
    text: Text
    issuer: Id | None = Field(
        None, description="Mã người chỉ đạo", json_schema_extra=CHOICES_PEOPLE
    )
    addressee: OptionalText = Field(
        None, description="Đối tượng: 'Mặt trận Tổ quốc các địa phương'"
    )
    lead: OptionalText = Field(None, description="Từ nối mở đầu câu: 'Cụ thể,', 'Cùng với đó,'")
    rationale: OptionalText = Field(None, description="Lý do nêu trước chỉ đạo")
    tags: TextList = Field(default_factory=_empty, description="Chủ đề")
    deadline: Deadline | None = Field(
        None,
        description="Thời hạn hoàn thành: ngày (2024-06-30) hoặc kỳ (năm 2024, quý I/2024)",
    )
    continues: Id | None = Field(None, description="Mã chỉ đạo năm trước mà chỉ đạo này tiếp nối")


class FollowupProvince(Strict):
    """Where the members differ: one province's status and result."""

    province: Text = Field(description="Tỉnh: 'Cà Mau'", json_schema_extra=CHOICES_MEMBERS)
    status: FollowupStatus | None = Field(
        None, description="đã hoàn thành, đang thực hiện, chưa thực hiện, không còn phù hợp"
    )
    result: OptionalText = Field(
        None, description="Kết quả của tỉnh; có thể dẫn số liệu bằng {mã-số-liệu}"
    )


class Followup(Strict):
    """What became of a directive of an earlier meeting (kết quả thực hiện chỉ đạo)."""

    directive: Id | None = Field(
        None,
        description="Mã chỉ đạo trong hồ sơ hội nghị năm trước; có thể bỏ trống khi có "
        "'text': chỉ đạo được tìm theo nội dung, như giaoban diff so khớp",
    )
    text: OptionalText = Field(
        None, description="Nội dung chỉ đạo năm trước, như đã ghi (để in trong văn bản)"
    )
    year: Year | None = Field(
        None,
        description="Năm của hội nghị đã chỉ đạo; mặc định năm của hội nghị trước đó của Cụm "
        "(hồ sơ cùng thư mục), không có thì năm trước năm thi đua",
    )
    # a cluster meeting twice a work year (sơ kết 6 tháng, then tổng kết): the meeting by
    # its date, which a year alone cannot tell (s5-trial F103)
    meeting: MeetingDate | None = Field(
        None,
        description="Ngày của hội nghị đã chỉ đạo, khi Cụm họp hai lần trong năm: "
        "'2024-06-20' (hội nghị sơ kết 6 tháng) cho chỉ đạo cần theo dõi ở hội nghị tổng kết",
    )
    status: FollowupStatus | None = Field(
        None,
        description="đã hoàn thành, đang thực hiện, chưa thực hiện hoặc không còn phù hợp; "
        "để trống khi chưa điền (giaoban new --from), có cảnh báo",
    )
    result: OptionalText = Field(
        None, description="Kết quả, một câu; có thể dẫn số liệu bằng {mã-số-liệu}"
    )
    provinces: list[FollowupProvince] = Field(
        default_factory=_empty, description="Từng tỉnh, khi các tỉnh khác nhau"
    )
    # the record of the previous meeting that gave ``year`` when the file does not write
    # it (set by load_record; messages about the year name it)
    _year_from: str | None = PrivateAttr(default=None)
    # the record of the same work year's earlier meeting that gives ``meeting`` when the
    # file writes its own work year without a date (set by load_record)
    _meeting_from: str | None = PrivateAttr(default=None)

    @model_validator(mode="after")
    def _directive_or_text(self) -> Followup:
        if self.directive is None and self.text is None:
            raise ValueError("followup_directive_or_text")
        return self


class Figure(Strict):
    id: Id
    label: Text = Field(description="Tên chỉ tiêu: 'văn bản triển khai thực hiện'")
    value: Number
    unit: OptionalText = Field(None, description="Đơn vị: 'văn bản', '%', 'tỷ đồng'")
    qualifier: Qualifier | None = Field(
        None, description="Từ chỉ mức độ trước số: hơn, gần, trên, khoảng, dưới"
    )
    verb: OptionalText = Field(
        None, description="Động từ đi với số liệu, nếu có: 'trao', 'vận động được'"
    )
    decimals: Annotated[int, Field(ge=0, le=6)] | None = Field(
        None, description="Số chữ số thập phân khi in"
    )
    province: OptionalText = Field(
        None,
        description="Tỉnh, nếu số liệu của riêng một tỉnh",
        json_schema_extra=CHOICES_MEMBERS,
    )
    year: Year | None = None

    def formatted(self, with_unit: bool = True) -> str:
        """The value as printed, with its qualifier and unit: "hơn 1.126 tỷ đồng" ("hơn
        1.126" without the unit, for a text that writes it after the figure)."""
        unit = self.unit or "" if with_unit else ""
        quantity = vn.format_quantity(self.value, unit, self.decimals)
        return f"{self.qualifier} {quantity}" if self.qualifier else quantity


class Programme(Strict):
    shorthand_schema: ClassVar[dict[str, Any] | None] = {"type": "string"}

    name: Text
    count: Annotated[int, Field(ge=1)] | None = Field(
        None, description="Số chương trình khi gộp: 5 chương trình hành động"
    )

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        return {"name": data} if isinstance(data, str) else data


class Report(Strict):
    """The cluster's report of the year's work."""

    presenter: Id | None = Field(
        None, description="Mã người trình bày báo cáo", json_schema_extra=CHOICES_PEOPLE
    )
    year: Year | None = None
    subject: OptionalText = Field(
        None, description="Chủ thể: 'Mặt trận Tổ quốc Việt Nam các tỉnh trong Cụm thi đua'"
    )
    programmes: Annotated[list[Programme], BeforeValidator(_as_list), OneOrMany()] = Field(
        default_factory=_empty
    )
    results: ItemList = Field(
        default_factory=_empty, description="Kết quả; có thể dẫn số liệu bằng {mã-số-liệu}"
    )
    limitations: ItemList = Field(default_factory=_empty, description="Hạn chế, khó khăn")


class Priorities(Strict):
    shorthand_schema: ClassVar[dict[str, Any] | None] = {
        "type": "array",
        "items": {"type": "string"},
    }

    year: Year | None = Field(None, description="Năm áp dụng; mặc định năm sau hội nghị")
    subject: OptionalText = Field(
        None, description="Ai xác định: 'Cụm thi đua Mặt trận các tỉnh Nam Sông Hậu'"
    )
    items: ItemList = Field(default_factory=_empty)

    @model_validator(mode="before")
    @classmethod
    def _shorthand(cls, data: Any) -> Any:
        return {"items": data} if isinstance(data, list | str) else data


class Handover(Strict):
    role: HandoverRole = "Cụm trưởng"
    from_: OptionalText = Field(
        None, alias="from", description="Tỉnh giao nhiệm vụ", json_schema_extra=CHOICES_MEMBERS
    )
    to: Text = Field(description="Tỉnh nhận nhiệm vụ", json_schema_extra=CHOICES_MEMBERS)
    to_body: OptionalText = Field(
        None,
        description="Cơ quan nhận, nếu khác "
        "'Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh ...'",
    )
    year: Year
    vote: OptionalText = Field(None, description="Kết quả biểu quyết: '100%'")
    flag: bool = Field(False, description="Có trao cờ luân lưu")


# --- documents ----------------------------------------------------------------------------


class Letterhead(Strict):
    parent: TextList = Field(
        default_factory=_empty,
        description="Cơ quan chủ quản, mỗi dòng một phần tử: "
        "['ỦY BAN MTTQ VIỆT NAM', 'TỈNH BẠC LIÊU']",
    )
    issuer: OptionalText = Field(None, description="Cơ quan ban hành: 'BAN THƯỜNG TRỰC'")
    symbol: Text = Field("MTTQ-BTT", description="Chữ viết tắt cơ quan trong ký hiệu")


# "03/BB-MTTQ-BTT", "Số: 03/BB-MTTQ-BTT": the whole number and symbol as on paper
_NUMBER_WITH_SYMBOL = re.compile(r"^\s*(?:số\s*:?\s*)?\d+\s*/\s*\S", re.IGNORECASE)


def _document_number(value: Any) -> Any:
    """minutes.number is the number alone; the symbol after "/" is giaoban's to write from
    the kind (BB) and minutes.letterhead.symbol (Nghị định 30/2020, Phụ lục I, Phần I,
    Mục II, số và ký hiệu). s6-trial H10: "03/BB-MTTQ-BTT" was told only "không phải số
    nguyên". ValueError("document_number_with_symbol") for such a value."""
    if isinstance(value, str) and _NUMBER_WITH_SYMBOL.match(value):
        raise ValueError("document_number_with_symbol")
    return value


class Minutes(Strict):
    number: Annotated[int, Field(ge=1), BeforeValidator(_document_number)] | None = Field(
        None, description="Số văn bản: 1 -> 'Số: 01/BB-...'"
    )
    letterhead: Letterhead = Field(default_factory=Letterhead)
    date_line: bool = Field(False, description="In dòng địa danh, ngày tháng (không bắt buộc)")
    secretary: Id | None = Field(None, json_schema_extra=CHOICES_PEOPLE)
    presiding: Id | None = Field(
        None, description="Người ký CHỦ TRÌ", json_schema_extra=CHOICES_PEOPLE
    )
    chair_label: ChairLabel = "CHỦ TRÌ"
    address: Address = Field(
        "ông/bà",
        description="Cách gọi người trong biên bản: 'ông/bà' hoặc 'đồng chí' "
        "(tin bài luôn dùng ông/bà)",
    )
    recipients: ItemList = Field(default_factory=_empty, description="Nơi nhận, trừ dòng 'Lưu'")
    archive: Text = Field("VT, Hồ sơ", description="Dòng lưu: '- Lưu: VT, Hồ sơ.'")
    conclusion: TextList = Field(default_factory=_empty, description="Kết luận của hội nghị")
    template: TemplatePath = Field(
        None,
        description="Mẫu .docx riêng cho biên bản, tính từ thư mục của tệp ghi mục này "
        "(mau/bien-ban.docx; viết mau\\bien-ban.docx như trên Windows cũng được)",
    )

    @model_validator(mode="after")
    def _recipients_without_their_marks(self) -> Minutes:
        """Nơi nhận as a secretary copies it from last year's Word file ("- Như trên;",
        "Lưu: VT, Hồ sơ.") loses the marks the minutes add: the dash before and the ";"
        after each recipient (``list_item``, as every list of texts), "Lưu:" and the "."
        of the archive line (Nghị định 30, Phụ lục I, ô 9b); printed "- - Như trên;;"
        and "- Lưu: VT, Hồ sơ.." before (s3-trial F55)."""
        archive = re.sub(r"^[\s\-–]*(lưu\s*:\s*)?", "", self.archive, flags=re.IGNORECASE)
        self.archive = archive.rstrip(" ;.") or self.archive
        return self


class Press(Strict):
    # No default: a tag the record does not give would name an agency that did not write it.
    agency: OptionalText = Field(
        None, description="Tên cơ quan báo chí đặt đầu tin ('TTXVN'); không ghi thì không có"
    )
    headline: OptionalText = None
    keywords: TextList = Field(default_factory=_empty)
    part_of_day: bool = Field(False, description="Mở đầu bằng 'Sáng 15/12' khi có giờ bắt đầu")
    lead_year: bool = Field(
        True,
        description="Câu mở đầu nêu năm sau tên hội nghị ('... năm 2022'), như phần lớn tin "
        "thật; false khi bài của cơ quan báo chí không nêu",
    )
    lead: LeadShape | None = Field(
        None,
        description="Dạng câu mở đầu: organiser (cơ quan tổ chức làm chủ ngữ), person (người "
        "chủ trì làm chủ ngữ), event ('Hội nghị ... diễn ra'); mặc định organiser nếu có",
    )
    template: TemplatePath = Field(
        None, description="Mẫu tin-bai.j2 riêng, tính từ thư mục của tệp ghi mục này"
    )

    @model_validator(mode="after")
    def _agency_without_its_brackets(self) -> Press:
        """The tag as it looks in print, "(TTXVN)": the press report puts the brackets
        itself ("((TTXVN))" before, s3-trial F65)."""
        if self.agency:
            self.agency = self.agency.strip().removeprefix("(").removesuffix(")").strip() or None
        return self


class Record(Strict):
    """A meeting record (``*.yaml``), merged over its defaults files (``giaoban.yaml``)."""

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
        defer_build=True,
        title="giaoban meeting record",
        json_schema_extra={"$comment": "Tạo bởi `giaoban schema`; xem docs/record-format.md"},
    )

    schema_: str | None = Field(
        None, alias="$schema", description="Đường dẫn JSON Schema (tùy chọn)"
    )
    meeting: Meeting
    attendees: list[Attendee] = Field(default_factory=_empty)
    speeches: list[Speech] = Field(default_factory=_empty)
    report: Report | None = None
    directives: list[Directive] = Field(default_factory=_empty)
    figures: list[Figure] = Field(default_factory=_empty)
    followup: list[Followup] = Field(
        default_factory=_empty,
        description="Kết quả thực hiện các chỉ đạo của hội nghị trước",
    )
    priorities: Priorities = Field(default_factory=Priorities)
    handover: Annotated[list[Handover], BeforeValidator(_as_list), OneOrMany()] = Field(
        default_factory=_empty
    )
    minutes: Minutes = Field(default_factory=Minutes)
    press: Press = Field(default_factory=Press)

    # --- derived views used by the renderers ---------------------------------------

    def attendee(self, attendee_id: str | None) -> Attendee | None:
        """The person ``attendee_id`` names, as ``people()`` gives them (an id of a
        repeated entry gives the person it repeats)."""
        people, same = self._people()
        wanted = same.get(attendee_id or "", attendee_id)
        return next((a for a in people if a.id == wanted), None)

    def people(self) -> list[Attendee]:
        """The attendees, one entry a person: an entry that repeats an earlier one (the
        same name, honorific, titles, delegation and attendance: a person added again to
        give her a second role) is that person, with its roles added to hers. The
        documents introduced her twice before ("Bà A, Phó Chủ tịch …, dự chỉ đạo hội
        nghị. Cùng dự có bà A, Phó Chủ tịch …", s3-trial F63). The same name written
        with other details is left as written (two people may share a name): the
        warning check ``same_name_twice`` says it."""
        return self._people()[0]

    def _people(self) -> tuple[list[Attendee], dict[str, str]]:
        people: list[Attendee] = []
        same: dict[str, str] = {}  # id of a repeated entry -> id of the person
        # each person's place in ``people`` by person_key: one look-up per entry, not a
        # comparison with every earlier one (s5-trial F107: 500 attendees took 10 s)
        placed: dict[tuple[Any, ...], int] = {}
        for attendee in self.attendees:
            key = person_key(attendee)
            at = placed.get(key) if key is not None else None
            if at is None:
                if key is not None:
                    placed[key] = len(people)
                people.append(attendee)
                continue
            first = people[at]
            roles = list(dict.fromkeys([*first.roles, *attendee.roles]))
            people[at] = first.model_copy(update={"roles": roles})
            same[attendee.id] = first.id
        return people, same

    def directive(self, directive_id: str) -> Directive | None:
        return next((d for d in self.directives if d.id == directive_id), None)

    @property
    def year(self) -> int:
        cluster = self.meeting.cluster
        return cluster.year if cluster and cluster.year else self.meeting.date.year
