"""How well ``giaoban diff`` matches directives: labelled pairs of real directives, loaded
and scored.

A labelled set is one or more YAML files (``tests/data/directive-pairs-real/*.yaml``) of
this shape::

    meetings:
      - key: nsh-2019            # one meeting: a cluster's year
        cluster: Nam Sông Hậu
        year: 2019
        source: https://...      # the public report the directives come from
        directives:
          - id: nsh-2019.1
            text: "…"            # the directive as the report gives it
    pairs:
      - old: nsh-2019.1          # ids of directives of two meetings above
        new: nsh-2020.3
        same: true               # the same directive, a year later?
        kind: reworded           # see KINDS
        split: tune              # tune | held-out (fixed by meeting pair, never by score)
        why: "…"                 # the labeller's reason

Two measures, both against the labels (precision, recall and F1 of "the same directive"):

- **pair level** (:func:`pair_scores`, :func:`pair_level`): :func:`giaoban.diff.pair_similarity`
  of each labelled pair against a threshold, the word weights taken from every directive of
  the two meetings, as ``compare`` takes them from the two lists it compares;
- **list level** (:func:`list_level`): :func:`giaoban.diff.compare` run on the two meetings'
  whole lists, as ``giaoban diff`` runs it; a labelled pair counts as linked when ``compare``
  put both directives in one change other than ``review`` (a pair to review is not a link:
  the secretary decides it).

``bench/matching.py`` chooses the threshold on the ``tune`` split (:func:`choose_threshold`)
and reports the ``held-out`` split; ``tests/test_matching.py`` holds the goal.
"""

from __future__ import annotations

import itertools
import math
import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from giaoban import diff

KINDS = ("reworded", "extended", "narrowed", "cosmetic", "different", "stock-opening")
SAME_KINDS = frozenset({"reworded", "extended", "narrowed", "cosmetic"})
SPLITS = ("tune", "held-out")

# Labelled files kept out of every run that tunes or checks the matcher (bench/matching.py,
# tests/test_matching.py): pairs labelled by a session that never scored them, so that
# precision and recall can be measured once on pairs nobody tuned on (issue 15, item 5).
# Measure on them with labelled_files(folder, sealed=True); never choose anything on them.
# Each held-out file is reserved by name before it exists: the session labelling it lands it
# late, and it must never be read by a tuning run in between. heldout2.yaml was sealed until
# its one measurement (2026-11-30 07:37: precision 1.00, recall 0.50), heldout3.yaml until its
# (2026-11-30 10:23: precision 1.00, recall 0.70); seen since, both are tuning data (sessions
# 4 and 5). heldout4.yaml is sealed for the fourth round (issue 15, item 5, session 5).
SEALED = frozenset({"heldout4.yaml"})


class LabelledSetError(ValueError):
    """A labelled-pairs file that does not hold together: the message names the file and
    the entry (``south.yaml: pairs, mục 3: 'nsh-2019.9' is no directive of a meeting``)."""


@dataclass(frozen=True)
class Meeting:
    key: str
    cluster: str
    year: int
    source: str
    directives: dict[str, str]  # id -> text, in the report's order


@dataclass(frozen=True)
class LabelledPair:
    old: str  # directive ids
    new: str
    same: bool
    kind: str
    split: str
    why: str
    origin: str  # "file.yaml: pairs, mục N", for messages


@dataclass
class LabelledSet:
    meetings: dict[str, Meeting] = field(default_factory=dict)
    pairs: list[LabelledPair] = field(default_factory=list)
    meeting_of: dict[str, str] = field(default_factory=dict)  # directive id -> meeting key

    def text(self, directive: str) -> str:
        return self.meetings[self.meeting_of[directive]].directives[directive]

    def select(self, split: str | None) -> list[LabelledPair]:
        """The pairs of one split (``tune`` or ``held-out``), or all with ``None``."""
        return [pair for pair in self.pairs if split is None or pair.split == split]

    def meeting_pair(self, pair: LabelledPair) -> tuple[Meeting, Meeting]:
        return self.meetings[self.meeting_of[pair.old]], self.meetings[self.meeting_of[pair.new]]


def labelled_files(folder: Path, sealed: bool = False) -> list[Path]:
    """The labelled-pairs files (``*.yaml``) of ``folder``, sorted by name; the
    :data:`SEALED` ones only with ``sealed`` (they are for one honest measurement, never
    for tuning)."""
    return [
        path for path in sorted(Path(folder).glob("*.yaml")) if sealed or path.name not in SEALED
    ]


def load_labelled(paths: Iterable[Path]) -> LabelledSet:
    """Every file's meetings and pairs as one set, checked: ids unique and known, a pair's
    two directives from two meetings, the older first (two clusters of one province's
    system, or two periods of one year, are allowed: the labellers say so), ``kind`` and
    ``split`` from :data:`KINDS` and :data:`SPLITS`, ``same`` agreeing with ``kind``, and
    one split for every pair of the same two meetings (so that no meeting pair is in both).

    Raises :class:`LabelledSetError` naming the file and entry; reads YAML safely."""
    labelled = LabelledSet()
    for path in paths:
        data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
        name = Path(path).name
        for number, entry in enumerate(data.get("meetings") or [], start=1):
            where = f"{name}: meetings, mục {number}"
            key = _field(entry, "key", where)
            if key in labelled.meetings:
                raise LabelledSetError(f"{where}: meeting '{key}' given twice")
            texts: dict[str, str] = {}
            for position, directive in enumerate(entry.get("directives") or [], start=1):
                inner = f"{where}, directives, mục {position}"
                ident, text = _field(directive, "id", inner), _field(directive, "text", inner)
                if ident in labelled.meeting_of or ident in texts:
                    raise LabelledSetError(f"{inner}: directive '{ident}' given twice")
                texts[ident] = text
                labelled.meeting_of[ident] = key
            labelled.meetings[key] = Meeting(
                key,
                _field(entry, "cluster", where),
                int(_field(entry, "year", where)),
                str(entry.get("source") or ""),
                texts,
            )
        for number, entry in enumerate(data.get("pairs") or [], start=1):
            where = f"{name}: pairs, mục {number}"
            pair = LabelledPair(
                old=_field(entry, "old", where),
                new=_field(entry, "new", where),
                same=entry.get("same"),
                kind=_field(entry, "kind", where),
                split=_field(entry, "split", where),
                why=str(entry.get("why") or ""),
                origin=where,
            )
            labelled.pairs.append(pair)
    splits: dict[tuple[str, str], str] = {}
    for pair in labelled.pairs:
        _check_pair(labelled, pair)
        meetings = (labelled.meeting_of[pair.old], labelled.meeting_of[pair.new])
        if splits.setdefault(meetings, pair.split) != pair.split:
            raise LabelledSetError(
                f"{pair.origin}: meetings {meetings[0]} → {meetings[1]} are in both splits"
            )
    return labelled


def _field(entry: object, key: str, where: str) -> str:
    if not isinstance(entry, dict) or entry.get(key) in (None, ""):
        raise LabelledSetError(f"{where}: '{key}' is missing")
    return str(entry[key]) if key != "year" else entry[key]


def _check_pair(labelled: LabelledSet, pair: LabelledPair) -> None:
    for ident in (pair.old, pair.new):
        if ident not in labelled.meeting_of:
            raise LabelledSetError(f"{pair.origin}: '{ident}' is no directive of a meeting")
    if pair.kind not in KINDS:
        raise LabelledSetError(f"{pair.origin}: kind '{pair.kind}' is not one of {KINDS}")
    if pair.split not in SPLITS:
        raise LabelledSetError(f"{pair.origin}: split '{pair.split}' is not one of {SPLITS}")
    if not isinstance(pair.same, bool) or pair.same != (pair.kind in SAME_KINDS):
        raise LabelledSetError(f"{pair.origin}: same: {pair.same} does not fit kind {pair.kind}")
    old, new = labelled.meeting_pair(pair)
    if old.key == new.key or old.year > new.year:
        raise LabelledSetError(
            f"{pair.origin}: {old.key} → {new.key} are not two meetings, the older first"
        )


def load_invented(path: Path) -> list[tuple[str, str, bool]]:
    """The invented pairs of ``tests/data/directive-pairs.yaml`` as (old, new, same), the
    new text in NFD where the pair says ``new_nfd`` (a file saved by another editor)."""
    data = yaml.safe_load(Path(path).read_text(encoding="utf-8")) or {}
    return [
        (
            entry["old"],
            unicodedata.normalize("NFD", entry["new"]) if entry.get("new_nfd") else entry["new"],
            bool(entry["same"]),
        )
        for entry in data.get("pairs") or []
    ]


def invented_scores(pairs: list[tuple[str, str, bool]]) -> list[tuple[float, bool]]:
    """Each invented pair's :func:`giaoban.diff.pair_similarity` (the word weights from every
    text of the set) with its label: rewordings, extensions and different directives of one
    topic written for the tests, which hold them to precision and recall 0.95
    (tests/test_diff.py); :func:`choose_threshold`'s ``guard``."""
    corpus = [old for old, _, _ in pairs] + [new for _, new, _ in pairs]
    return [(diff.pair_similarity(old, new, corpus), same) for old, new, same in pairs]


# --- measures --------------------------------------------------------------------------


@dataclass(frozen=True)
class Scores:
    """Counts of a binary decision ("the same directive") against labels."""

    true_positive: int
    false_positive: int
    false_negative: int
    true_negative: int

    @property
    def precision(self) -> float:
        linked = self.true_positive + self.false_positive
        return self.true_positive / linked if linked else 1.0

    @property
    def recall(self) -> float:
        same = self.true_positive + self.false_negative
        return self.true_positive / same if same else 1.0

    @property
    def f1(self) -> float:
        total = self.precision + self.recall
        return 2 * self.precision * self.recall / total if total else 0.0

    def __str__(self) -> str:
        return (
            f"precision {self.precision:.3f}, recall {self.recall:.3f}, F1 {self.f1:.3f} "
            f"(tp {self.true_positive}, fp {self.false_positive}, fn {self.false_negative}, "
            f"tn {self.true_negative})"
        )


def scores(decisions: Iterable[tuple[bool, bool]]) -> Scores:
    """:class:`Scores` of (predicted, labelled) pairs of booleans."""
    counts = {(True, True): 0, (True, False): 0, (False, True): 0, (False, False): 0}
    for predicted, same in decisions:
        counts[(bool(predicted), bool(same))] += 1
    return Scores(
        counts[(True, True)], counts[(True, False)], counts[(False, True)], counts[(False, False)]
    )


def _others(labelled: LabelledSet, old: Meeting, new: Meeting, archive: bool) -> list[Meeting]:
    """The meetings whose directives weigh words besides the two compared: with
    ``archive``, every other meeting of the cluster in the set (``giaoban diff ARCHIVE``)."""
    if not archive:
        return []
    return [
        meeting
        for meeting in labelled.meetings.values()
        if meeting.cluster == old.cluster and meeting.key not in (old.key, new.key)
    ]


def pair_scores(
    labelled: LabelledSet, split: str | None = None, archive: bool = False
) -> list[tuple[LabelledPair, float]]:
    """Each pair of ``split`` with its :func:`giaoban.diff.pair_similarity` (0-1), the
    weights from every other directive of the two meetings (and, with ``archive``, of
    the cluster's other meetings)."""
    result = []
    for pair in labelled.select(split):
        old, new = labelled.meeting_pair(pair)
        corpus = [
            text
            for meeting in (old, new, *_others(labelled, old, new, archive))
            for ident, text in meeting.directives.items()
            if ident not in (pair.old, pair.new)
        ]
        result.append(
            (pair, diff.pair_similarity(labelled.text(pair.old), labelled.text(pair.new), corpus))
        )
    return result


def pair_level(
    labelled: LabelledSet,
    threshold: float | None = None,
    split: str | None = None,
    archive: bool = False,
) -> Scores:
    """Pair-level scores: a pair is linked when its similarity is at or above
    ``threshold`` (default :data:`giaoban.diff.MATCH`)."""
    limit = diff.MATCH if threshold is None else threshold
    return scores(
        (score >= limit, pair.same) for pair, score in pair_scores(labelled, split, archive)
    )


def links(
    old: Meeting,
    new: Meeting,
    match: float | None = None,
    background: list[str] | None = None,
    review: bool = False,
    review_floor: float | None = None,
) -> set[tuple[str, str]]:
    """The (old id, new id) pairs that :func:`giaoban.diff.compare` links when it compares
    the two meetings' lists by text alone (ids withheld): every old and new directive of
    one change, ``review`` changes only when ``review`` is true (what a person is at
    least shown). ``match``, ``review_floor`` and ``background`` go to ``compare``."""
    old_ids, new_ids = list(old.directives), list(new.directives)
    changes = diff.compare(
        diff.items(list(old.directives.values())),
        diff.items(list(new.directives.values())),
        background=diff.items(background) if background else None,
        match=match,
        review_floor=review_floor,
    )
    return {
        (old_ids[a.index], new_ids[b.index])
        for change in changes
        if review or change.status != diff.REVIEW
        for a in change.old
        for b in change.new
    }


def list_level(
    labelled: LabelledSet,
    split: str | None = None,
    match: float | None = None,
    archive: bool = False,
    review: bool = False,
    review_floor: float | None = None,
) -> Scores:
    """List-level scores: each labelled pair of ``split`` is linked when ``compare`` on its
    two meetings' whole lists links it (:func:`links`), at threshold ``match`` (default
    :data:`giaoban.diff.MATCH`); with ``review``, a pair shown for review counts as linked."""
    made: dict[tuple[str, str], set[tuple[str, str]]] = {}
    decisions = []
    for pair in labelled.select(split):
        old, new = labelled.meeting_pair(pair)
        if (old.key, new.key) not in made:
            background = [
                text
                for meeting in _others(labelled, old, new, archive)
                for text in meeting.directives.values()
            ]
            made[(old.key, new.key)] = links(old, new, match, background, review, review_floor)
        decisions.append(((pair.old, pair.new) in made[(old.key, new.key)], pair.same))
    return scores(decisions)


def levels(
    labelled: LabelledSet, split: str, match: float, review_floor: float
) -> dict[str, Scores]:
    """The three measures the benchmarks report for ``split`` at threshold ``match`` and
    review floor ``review_floor``: ``pair`` (:func:`pair_level`), ``list``
    (:func:`list_level`) and ``shown`` (:func:`list_level` with pairs to review counted as
    links)."""
    return {
        "pair": pair_level(labelled, match, split),
        "list": list_level(labelled, split, match=match, review_floor=review_floor),
        "shown": list_level(labelled, split, match=match, review=True, review_floor=review_floor),
    }


def couples(
    pairs: Iterable[LabelledPair], labelled: LabelledSet
) -> dict[tuple[str, str], list[LabelledPair]]:
    """``pairs`` grouped by meeting couple (old meeting key, new meeting key), in the order
    first met: the unit of a split and of :func:`cross_validate`'s folds, since the pairs of
    one couple share their meetings' word weights and ``compare``'s lists."""
    grouped: dict[tuple[str, str], list[LabelledPair]] = {}
    for pair in pairs:
        old, new = labelled.meeting_pair(pair)
        grouped.setdefault((old.key, new.key), []).append(pair)
    return grouped


def cross_validate(
    labelled: LabelledSet, split: str = "tune", guard: list[tuple[float, bool]] | None = None
) -> dict[str, Scores]:
    """Leave-one-couple-out cross-validation on ``split``: for each meeting couple
    (:func:`couples`), the threshold and the review floor are chosen
    (:func:`choose_threshold`, :func:`choose_review_floor`) on the pairs of every OTHER
    couple, and the couple's own pairs are decided with them, as :func:`levels` decides:
    ``pair`` (its similarity at or above the threshold), ``list`` (``compare`` on the
    couple's whole lists links it) and ``shown`` (linked or shown for review). The
    decisions of all folds are pooled into one :class:`Scores` per measure: how the
    matcher does on couples its thresholds were not chosen on, using every labelled pair
    for both, which a single tune/held-out cut of 17 couples cannot do without luck.

    The matcher's other constants (stock phrases, FIELD_WEIGHT, ...) are what they are in
    :mod:`giaoban.diff`; only the thresholds are chosen per fold, each under ``guard`` (see
    :func:`choose_threshold`). Raises ValueError when a fold's other couples lack pairs
    labelled same or not same."""
    scored = {pair: score for pair, score in pair_scores(labelled, split)}
    grouped = couples(scored, labelled)
    decisions: dict[str, list[tuple[bool, bool]]] = {"pair": [], "list": [], "shown": []}
    for (old_key, new_key), fold in grouped.items():
        rest = [(score, pair.same) for pair, score in scored.items() if pair not in fold]
        match, floor = choose_threshold(rest, guard=guard), choose_review_floor(rest)
        old, new = labelled.meetings[old_key], labelled.meetings[new_key]
        linked = links(old, new, match, review_floor=floor)
        shown = links(old, new, match, review=True, review_floor=floor)
        for pair in fold:
            decisions["pair"].append((scored[pair] >= match, pair.same))
            decisions["list"].append(((pair.old, pair.new) in linked, pair.same))
            decisions["shown"].append(((pair.old, pair.new) in shown, pair.same))
    return {name: scores(made) for name, made in decisions.items()}


def choose_threshold(
    scored: list[tuple[float, bool]],
    precision: float = 0.95,
    guard: list[tuple[float, bool]] | None = None,
) -> float:
    """The threshold that ``scored`` (similarity, labelled same) gives, rounded to two
    decimals. Precision comes first, as in issue 15's goal (precision 0.95, recall 0.9: a
    wrong link silently joins two directives' histories, a missed one is still shown for
    review): among the cut points between consecutive distinct scores, those reaching
    ``precision``, of them the highest recall; when none reaches it, the best F1. Of
    equals, the one with the widest gap to the nearest score (the middle of that gap), so
    that a small change of score moves no pair across it. ``guard`` (other scored pairs,
    such as the invented ones of :func:`invented_scores`) must reach ``precision`` too at a
    cut that counts as reaching it: they choose nothing, they only forbid.

    Raises ValueError for an empty list or one without both labels."""
    if not scored or len({same for _, same in scored}) < 2:
        raise ValueError("choosing a threshold needs pairs labelled same and not same")
    values = sorted({score for score, _ in scored})
    cuts = [(a + b) / 2 for a, b in itertools.pairwise(values)]
    cuts += [values[0] - 0.01, values[-1] + 0.01]
    ranked = []
    for cut in cuts:
        counted = scores((score >= cut, same) for score, same in scored)
        gap = min(abs(score - cut) for score, _ in scored)
        reaches = counted.precision >= precision and counted.true_positive > 0
        if guard:
            reaches = (
                reaches and scores((s >= cut, same) for s, same in guard).precision >= precision
            )
        key = (reaches, round(counted.recall if reaches else counted.f1, 9), gap, -cut)
        ranked.append((key, cut))
    return round(max(ranked)[1], 2)


def choose_review_floor(scored: list[tuple[float, bool]], recall: float = 0.9) -> float:
    """The least similarity of a pair shown for review, from ``scored`` (similarity,
    labelled same), rounded down to two decimals: the highest cut below which fewer than
    ``1 - recall`` of the same pairs fall (issue 15's recall goal, for what a person is at
    least shown), in the middle of the gap under the lowest same pair it keeps.

    Raises ValueError when no pair is labelled same."""
    same = sorted(score for score, is_same in scored if is_same)
    if not same:
        raise ValueError("choosing a review floor needs pairs labelled same")
    kept = same[len(same) - math.ceil(recall * len(same) - 1e-9) :]
    lowest = kept[0]
    below = [score for score, _ in scored if score < lowest]
    cut = (lowest + max(below)) / 2 if below else lowest
    return math.floor(cut * 100) / 100
