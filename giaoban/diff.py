"""``giaoban diff``: what changed in the directives from one meeting to the next.

Directives are compared as directives, not as lines of a document: explicit ids first
(``id`` kept from year to year, or ``continues`` naming last year's id), then text
similarity for the rest. Similarity is the cosine of TF-IDF vectors over syllable
unigrams and bigrams of a comparison key in which case, punctuation, tone placement
(hòa/hoà) and common abbreviations (MTTQ, UBND, HĐND) do not count; the displayed
text is never changed. Pairs are assigned one-to-one, best first; a directive that
became two (split) or two that became one (merged) are found by containment.
"""

from __future__ import annotations

import difflib
import itertools
import math
from collections import Counter, defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from giaoban import vietnamese as vn

UNCHANGED = "unchanged"
COSMETIC = "cosmetic"
REWORDED = "reworded"
SPLIT = "split"
MERGED = "merged"
NEW = "new"
DROPPED = "dropped"
REVIEW = "review"
STATUSES = (UNCHANGED, COSMETIC, REWORDED, SPLIT, MERGED, NEW, DROPPED, REVIEW)

# Thresholds on the similarity (0-1), chosen on tests/data/directive-pairs.yaml;
# bench/diff.py and the tests report precision and recall there.
MATCH = 0.46  # at or above: the same directive
REVIEW_FLOOR = 0.30  # between this and MATCH: shown for a person to decide
CONTAINMENT = 0.7  # share of a directive's words found in another: part of a split/merge

# Syllables that say little about what a directive asks: weighted down, not dropped.
FUNCTION_SYLLABLES = frozenset(
    vn.syllable_key(s)
    for s in (
        "của và các những trong với cho để là được có đã hơn nữa thì mà này đó "
        "một số cần phải tốt việc công tác thực hiện"
    ).split()
)


@dataclass
class Item:
    """A directive as the matcher sees it."""

    index: int
    id: str | None
    continues: str | None
    text: str  # shown: in NFC
    tokens: list[str]
    features: Counter[str]
    raw: str = ""  # as given: NFD and NFC spellings of one text are a cosmetic change


@dataclass
class Change:
    status: str
    old: list[Item] = field(default_factory=list)
    new: list[Item] = field(default_factory=list)
    score: float | None = None

    def word_diff(self) -> list[tuple[str, str]]:
        """(op, text) pieces, op in "=", "-", "+"; words (syllables) are never cut."""
        before = " ".join(item.text for item in self.old).split()
        after = " ".join(item.text for item in self.new).split()
        pieces: list[tuple[str, str]] = []
        matcher = difflib.SequenceMatcher(a=before, b=after, autojunk=False)
        for op, a1, a2, b1, b2 in matcher.get_opcodes():
            if op == "equal":
                pieces.append(("=", " ".join(before[a1:a2])))
            else:
                if a2 > a1:
                    pieces.append(("-", " ".join(before[a1:a2])))
                if b2 > b1:
                    pieces.append(("+", " ".join(after[b1:b2])))
        return pieces


def _features(tokens: list[str]) -> Counter[str]:
    features: Counter[str] = Counter(tokens)
    features.update(f"{a} {b}" for a, b in itertools.pairwise(tokens))
    return features


def items(
    texts: list[str], ids: list[str | None] | None = None, continues: list[str | None] | None = None
) -> list[Item]:
    """Directives ready for matching, in the order given."""
    ids = ids or [None] * len(texts)
    continues = continues or [None] * len(texts)
    built = []
    for index, (text, item_id, previous) in enumerate(zip(texts, ids, continues, strict=True)):
        tokens = vn.comparison_tokens(text)
        built.append(Item(index, item_id, previous, vn.nfc(text), tokens, _features(tokens), text))
    return built


class Vectors:
    """TF-IDF vectors of a set of directives, normalised, with an inverted index."""

    def __init__(self, documents: list[Item]) -> None:
        frequency: Counter[str] = Counter()
        for document in documents:
            frequency.update(document.features.keys())
        count = len(documents)
        self.idf = {
            term: (math.log((1 + count) / (1 + df)) + 1)
            * (0.3 if term in FUNCTION_SYLLABLES else 1)
            for term, df in frequency.items()
        }

    def vector(self, item: Item) -> dict[str, float]:
        weights = {t: (1 + math.log(n)) * self.idf.get(t, 1.0) for t, n in item.features.items()}
        norm = math.sqrt(sum(w * w for w in weights.values())) or 1.0
        return {t: w / norm for t, w in weights.items()}


def similarity_matrix(
    old: list[Item], new: list[Item], floor: float = 0.0
) -> dict[tuple[int, int], float]:
    """Cosine similarities of every (old, new) pair sharing a term, at or above ``floor``.

    An inverted index over the old directives keeps this far below |old| x |new| work
    when, as with directives, most pairs share only common words.
    """
    vectors = Vectors(old + new)
    old_vectors = [vectors.vector(item) for item in old]
    index: dict[str, list[tuple[int, float]]] = defaultdict(list)
    for position, vector in enumerate(old_vectors):
        for term, weight in vector.items():
            index[term].append((position, weight))
    scores: dict[tuple[int, int], float] = {}
    for position, item in enumerate(new):
        totals: dict[int, float] = defaultdict(float)
        for term, weight in vectors.vector(item).items():
            for other, other_weight in index.get(term, ()):
                totals[other] += weight * other_weight
        for other, total in totals.items():
            if total >= floor:
                scores[(other, position)] = total
    return scores


def pair_similarity(first: str, second: str, corpus: list[str] | None = None) -> float:
    """Similarity of two directives; ``corpus`` (other directives) sets the word weights."""
    documents = items([first, second, *(corpus or [])])
    vectors = Vectors(documents)
    a, b = vectors.vector(documents[0]), vectors.vector(documents[1])
    return sum(weight * b.get(term, 0.0) for term, weight in a.items())


def _containment(part: Item, whole: Item) -> float:
    words = {t for t in part.tokens if t not in FUNCTION_SYLLABLES}
    if not words:
        return 0.0
    return len(words & set(whole.tokens)) / len(words)


def compare(old: list[Item], new: list[Item]) -> list[Change]:
    """Every directive of both lists, with what became of it, in the new list's order."""
    matched_old: dict[int, int] = {}  # old index -> new index
    matched_new: dict[int, int] = {}
    scores: dict[tuple[int, int], float] = {}
    by_id = {item.id: item for item in old if item.id}

    # 1. explicit ids: a directive that names last year's (continues), or keeps its id
    explicit: dict[int, list[int]] = defaultdict(list)
    for item in new:
        previous = by_id.get(item.continues or "") or by_id.get(item.id or "")
        if previous is not None:
            explicit[previous.index].append(item.index)
    similarity = similarity_matrix(old, new, floor=REVIEW_FLOOR * 0.5)
    changes: list[Change] = []
    for old_index, new_indexes in explicit.items():
        if len(new_indexes) == 1:
            matched_old[old_index] = new_indexes[0]
            matched_new[new_indexes[0]] = old_index
            scores[(old_index, new_indexes[0])] = similarity.get((old_index, new_indexes[0]), 0.0)
        else:
            for new_index in new_indexes:
                matched_new[new_index] = old_index
            matched_old[old_index] = -1
            changes.append(Change(SPLIT, [old[old_index]], [new[i] for i in new_indexes]))

    # 2. text similarity for the rest, one-to-one, best pairs first
    candidates = sorted(
        ((score, o, n) for (o, n), score in similarity.items() if score >= REVIEW_FLOOR),
        key=lambda c: (-c[0], c[1], c[2]),
    )
    for score, o, n in candidates:
        if o in matched_old or n in matched_new:
            continue
        matched_old[o], matched_new[n] = n, o
        scores[(o, n)] = score

    # 3. splits and merges: an unmatched directive contained in a matched one's partner
    split_extra = _attach(
        [item for item in new if item.index not in matched_new],
        {o: old[o] for o, n in matched_old.items() if n >= 0},
        lambda leftover, partner: similarity.get((partner, leftover), 0.0),
    )
    merged_extra = _attach(
        [item for item in old if item.index not in matched_old],
        {n: new[n] for n, o in matched_new.items() if o >= 0 and matched_old.get(o) == n},
        lambda leftover, partner: similarity.get((leftover, partner), 0.0),
    )
    for o, extra in split_extra.items():
        matched_new.update((n, o) for n in extra)
    for n, extra in merged_extra.items():
        matched_old.update((o, n) for o in extra)

    for o, n in list(matched_old.items()):
        if n < 0 or matched_new.get(n) != o:
            continue
        score = scores.get((o, n))
        if o in split_extra:
            parts = sorted([n, *split_extra[o]])
            changes.append(Change(SPLIT, [old[o]], [new[i] for i in parts], score))
        elif n in merged_extra:
            parts = sorted([o, *merged_extra[n]])
            changes.append(Change(MERGED, [old[i] for i in parts], [new[n]], score))
        else:
            changes.append(Change(_status(old[o], new[n], score), [old[o]], [new[n]], score))
    changes += [Change(NEW, [], [item]) for item in new if item.index not in matched_new]
    changes += [Change(DROPPED, [item], []) for item in old if item.index not in matched_old]
    return sorted(changes, key=_order)


def _attach(
    leftovers: list[Item], partners: dict[int, Item], score: Callable[[int, int], float]
) -> dict[int, list[int]]:
    """Leftover directives whose words lie mostly inside a matched partner: the pieces of
    a split (partners are old directives) or of a merge (partners are new ones)."""
    attached: dict[int, list[int]] = defaultdict(list)
    for item in leftovers:
        best_score, best = max(
            ((score(item.index, index), index) for index in partners), default=(0.0, -1)
        )
        if (
            best >= 0
            and best_score >= REVIEW_FLOOR
            and _containment(item, partners[best]) >= CONTAINMENT
        ):
            attached[best].append(item.index)
    return attached


def _status(old: Item, new: Item, score: float | None) -> str:
    if " ".join(old.raw.split()) == " ".join(new.raw.split()):
        return UNCHANGED
    if old.tokens == new.tokens:
        return COSMETIC
    if score is None or score >= MATCH or (old.id and old.id in (new.id, new.continues)):
        return REWORDED
    return REVIEW


def _order(change: Change) -> tuple[int, int]:
    if change.new:
        return (0, min(item.index for item in change.new))
    return (1, min(item.index for item in change.old))


def summary(changes: list[Change]) -> dict[str, int]:
    counts = Counter(change.status for change in changes)
    return {status: counts.get(status, 0) for status in STATUSES}


def as_json(
    changes: list[Change], old_meeting: dict[str, Any], new_meeting: dict[str, Any]
) -> dict[str, Any]:
    """The documented, stable JSON form (docs/diff.md)."""

    def side(members: list[Item]) -> dict[str, Any] | list[dict[str, Any]] | None:
        shaped = [{"id": item.id, "text": item.text} for item in members]
        if not shaped:
            return None
        return shaped[0] if len(shaped) == 1 else shaped

    return {
        "old": old_meeting,
        "new": new_meeting,
        "directives": [
            {
                "status": change.status,
                "old": side(change.old),
                "new": side(change.new),
                "score": None if change.score is None else round(change.score, 4),
            }
            for change in changes
        ],
        "summary": summary(changes),
    }
