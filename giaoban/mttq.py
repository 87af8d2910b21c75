"""The MTTQ as it is since 2025: its five member socio-political organisations.

The facts live in ``giaoban/data/mttq.yaml`` with their source (the 2025 amendment of the
Constitution, Điều 9, khoản 2: Nghị quyết 203/2025/QH15). Used to tell a delegation or an
organisation that is one of the five, and to catch one misspelt ("Hội Liên hiệp Phụ nư").
"""

from __future__ import annotations

import difflib
from dataclasses import dataclass
from functools import cache, lru_cache

from giaoban import gazetteer as gz
from giaoban import vietnamese as vn


@dataclass(frozen=True)
class Organisation:
    name: str  # "Hội Liên hiệp Phụ nữ Việt Nam"
    forms: tuple[str, ...]  # how a record names it at any level: "Hội Liên hiệp Phụ nữ"


@cache
def organisations() -> tuple[Organisation, ...]:
    """The five, in the order the Constitution names them."""
    data = gz.shipped_data("mttq.yaml")
    return tuple(Organisation(o["name"], tuple(o["forms"])) for o in data["organisations"])


def organisation(text: str) -> Organisation | None:
    """The one of the five a name starts with ("Hội Nông dân tỉnh Cà Mau"), or None."""
    key = gz.key(text)
    for item in organisations():
        if any(key == gz.key(f) or key.startswith(gz.key(f) + " ") for f in item.forms):
            return item
    return None


@lru_cache(maxsize=4096)  # a pure function of text; a record's names recur in every re-render
def misspelt(text: str) -> str | None:
    """The form of one of the five that ``text`` starts with but misspells ("Hội Liên hiệp
    Phụ nư tỉnh" -> "Hội Liên hiệp Phụ nữ"), or None when it is right or none is close."""
    if organisation(text) is not None:
        return None
    words = text.split()
    for item in organisations():
        for form in item.forms:
            head = " ".join(words[: len(form.split())])
            if len(form.split()) < 3 or gz.key(head) == gz.key(form):
                continue  # short forms are too easily near other names
            written, right = vn.nfc(head).casefold(), vn.nfc(form).casefold()
            matcher = difflib.SequenceMatcher(None, written, right)
            # quick_ratio bounds ratio from above: the same answer, mostly without ratio
            if matcher.quick_ratio() >= 0.85 and matcher.ratio() >= 0.85:
                return form
    return None
