"""Checks that a document says nothing twice and nothing the record does not hold (issue 10).

``doubled(text)`` finds a phrase said twice in a row ("năm 2024 năm 2024", "căn nhà Đại
đoàn kết: 2.875 căn nhà Đại đoàn kết" is caught by the unit rule of the renderer, the
adjacent repeat here), and across sentences and lines (``doubled_openings``): two
sentences in a row opening with the same connective ("Đồng thời, đề nghị A. Đồng thời,
đề nghị B."), a lead-in said again over the next list ("Bà A đề nghị:" twice).
``untraced(document, sources)`` lists every number, year, date, person's name and
province of a document that none of the record's source texts holds.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from collections.abc import Iterable

_WORD = re.compile(r"[\w%]+(?:[.,]\d+)*", re.UNICODE)


def words(text: str) -> list[str]:
    return [w.casefold() for w in _WORD.findall(unicodedata.normalize("NFC", text))]


# Reduplications that Vietnamese writes on purpose ("từng", "các cấp, các ngành" is not
# adjacent); numbers repeated in a list ("1. ... 1)") are not phrases.
_ALLOWED_REPEATS = {("từng",), ("nhiều",)}


def doubled(text: str, longest: int = 6) -> list[str]:
    """Phrases of 2 to ``longest`` syllables said twice in a row, within one sentence.

    One syllable twice is often two compounds meeting ("ý kiến kiến nghị", "Tỉnh ủy ủy
    viên"), so it is not counted.
    """
    found = []
    for line in re.split(r"(?<=[.;:!?])\s+|\n", text):
        tokens = words(line)
        for size in range(2, longest + 1):
            for start in range(len(tokens) - 2 * size + 1):
                first = tuple(tokens[start : start + size])
                if first == tuple(tokens[start + size : start + 2 * size]):
                    if first in _ALLOWED_REPEATS or all(t.isdigit() for t in first):
                        continue
                    found.append(" ".join(first))
    years = re.findall(r"năm (\d{4})\W+năm \1\b", text)
    return found + [f"năm {y} năm {y}" for y in years] + doubled_openings(text)


# An item of a list: "1) ...", "2. ...", "- ...", "+ ..."; its numbering is not a phrase.
_LIST_ITEM = re.compile(r"^\s*(?:\d+[.)]|[-+])\s+")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+(?=\S)")


def _connective(sentence: str) -> tuple[str, ...]:
    """The connective a sentence opens with ("Đồng thời,", "Cùng với đó,": one to four
    words before a comma), or () when it opens otherwise. Two sentences that open with
    the same title ("Ủy viên Ban Thường vụ Tỉnh ủy ...") name two people: not compared."""
    head, comma, _ = sentence.partition(",")
    return tuple(words(head)) if comma and 1 <= len(words(head)) <= 4 else ()


def doubled_openings(text: str) -> list[str]:
    """Phrases said twice across sentences rather than inside one:

    - two sentences in a row of one paragraph that open with the same connective
      ("Đồng thời, đề nghị A. Đồng thời, đề nghị B.");
    - a line said twice with only list items between ("Bà A đề nghị:", three items,
      "Bà A đề nghị:" again): the second lead-in repeats the first.
    """
    found: list[str] = []
    previous_line = None
    for line in text.split("\n"):
        if not line.strip():
            continue
        if _LIST_ITEM.match(line):
            continue
        if previous_line is not None and words(line) and words(line) == words(previous_line):
            found.append(line.strip())
        previous_line = line
        sentences = [s for s in _SENTENCE_END.split(line.strip()) if words(s)]
        for before, after in itertools.pairwise(sentences):
            connective = _connective(before)
            if connective and connective == _connective(after):
                found.append(" ".join(connective))
    return found


def _digits(token: str) -> str:
    return re.sub(r"\D", "", token)


def numbers(text: str) -> set[str]:
    """Every number of a text as bare digits: "19.455" -> "19455", "9,6%" -> "96"."""
    return {_digits(t) for t in re.findall(r"\d+(?:[.,]\d+)*", text)}


def source_numbers(sources: Iterable[str]) -> set[str]:
    """Every number the sources hold, in each way a document may print it."""
    found: set[str] = set()
    for text in sources:
        for token in re.findall(r"\d+(?:[.,]\d+)*", text):
            digits = _digits(token)
            found |= {digits, digits.lstrip("0") or "0", token}
            if "." in token or "," in token:  # 9.6 printed "9,6"; 0.00 printed "0,00"
                whole, _, decimals = re.split(r"([.,])", token, maxsplit=1)
                found |= {whole, decimals, _digits(whole + decimals)}
        for year in re.findall(r"\b(\d{4})-(\d{1,2})(?:-(\d{1,2}))?\b", text):
            y, m, d = year
            found |= {y, m, m.lstrip("0"), f"{int(m):02d}"}
            if d:
                found |= {d, d.lstrip("0"), f"{int(d):02d}", f"{d.lstrip('0')}{m.lstrip('0')}"}
    return found


def untraced(document: str, sources: Iterable[str], derived: Iterable[str] = ()) -> list[str]:
    """Numbers of ``document`` that neither the sources nor ``derived`` (documented rules:
    the next work year, list numbering) hold."""
    sources = list(sources)
    known = source_numbers(sources) | {_digits(d) for d in derived}
    missing = []
    for line in document.splitlines():
        line = re.sub(r"^\s*\d+[.)]\s", "", line)  # the numbering of items
        for token in re.findall(r"\d+(?:[.,]\d+)*", line):
            digits = _digits(token)
            if digits in known or token in known:
                continue
            parts = re.split(r"[.,/]", token)
            if all(p in known or p.lstrip("0") in known for p in parts):
                continue
            missing.append(token)
    return missing


_HONORIFICS = {"ông", "bà", "đồng chí"}
# Place names that open with a word an honorific is spelled with.
_NOT_PEOPLE = {"Rịa"}


def names(document: str) -> set[str]:
    """People named after ông, bà or đồng chí in a document: the capitalised syllables that
    follow ("bà Trương Thị Ngọc Ánh đề nghị" gives "Trương Thị Ngọc Ánh")."""
    found: set[str] = set()
    tokens = re.findall(r"\w+|[^\w\s]", unicodedata.normalize("NFC", document))
    for index, token in enumerate(tokens):
        pair = f"{token} {tokens[index + 1]}".casefold() if index + 1 < len(tokens) else ""
        start = index + 2 if pair == "đồng chí" else index + 1
        if token.casefold() not in {"ông", "bà"} and pair != "đồng chí":
            continue
        name = []
        for word in tokens[start : start + 6]:
            if not word[:1].isupper() or not word.isalpha():
                break
            name.append(word)
        if len(name) >= 2 and name[0] not in _NOT_PEOPLE:
            found.add(" ".join(name))
    return found
