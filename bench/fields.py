"""The weight of the fields of the Front's work in ``giaoban diff``'s matching, chosen on the
tune split of the real labelled directives alone.

The matcher multiplies the odds of the similarity of two directives' words by 1 +
FIELD_WEIGHT x the agreement of their fields (giaoban.diff.field_score and raised; the
fields from giaoban/fields.py, whose lexicon comes from the Law on the MTTQ and the Front's
programmes, never from these pairs).
For each weight of a grid, the tune pairs are scored, the threshold is chosen on them
(giaoban.diffeval.choose_threshold: precision 0.95 first, then recall, then the widest
margin; the invented pairs of tests/data/directive-pairs.yaml kept at precision 0.95 too),
and the weight chosen is the middle of the run of weights that do best on tune (so that a
small change of weight changes nothing). A held-out split outside the sealed files would
then be scored, without and with the fields, pair by pair and as ``compare`` links the
meetings' whole lists; it chooses nothing.

    .venv/bin/python bench/fields.py [--show]      (also run by `make bench`)

``--show`` lists the tune pairs whose decision the fields change. The sealed held-out files
(giaoban.diffeval.SEALED) are left out: bench/matching.py --sealed measures them once.
"""

from __future__ import annotations

import sys
from pathlib import Path
from unittest import mock

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from giaoban import diff, diffeval  # noqa: E402
from giaoban import fields as front_fields  # noqa: E402

REAL = ROOT / "tests" / "data" / "directive-pairs-real"
INVENTED = ROOT / "tests" / "data" / "directive-pairs.yaml"
WEIGHTS = tuple(round(0.1 * step, 1) for step in range(0, 51))  # 0, 0.1, ... 5.0

Scored = list[tuple[diffeval.LabelledPair, float, float]]  # pair, words' score, agreement


def _scored(labelled: diffeval.LabelledSet, split: str) -> Scored:
    """Each pair of ``split`` with the similarity of its words alone (no fields) and the
    agreement of the two directives' fields."""
    with mock.patch.object(diff, "FIELD_WEIGHT", 0.0):
        words = diffeval.pair_scores(labelled, split)
    return [
        (
            pair,
            score,
            front_fields.agreement(
                front_fields.fields(labelled.text(pair.old)),
                front_fields.fields(labelled.text(pair.new)),
            ),
        )
        for pair, score in words
    ]


def _with(scored: Scored, weight: float) -> list[tuple[float, bool]]:
    return [(diff.raised(score, agree, weight), pair.same) for pair, score, agree in scored]


Invented = list[tuple[float, float, bool]]  # words' score, agreement, labelled same


def invented() -> Invented:
    """The invented pairs (tests/data/directive-pairs.yaml) as :data:`Scored` is for the
    real ones: the guard of every threshold (bench/matching.py's ``guard``)."""
    pairs = diffeval.load_invented(INVENTED)
    with mock.patch.object(diff, "FIELD_WEIGHT", 0.0):
        words = diffeval.invented_scores(pairs)
    return [
        (score, front_fields.agreement(front_fields.fields(old), front_fields.fields(new)), same)
        for (score, same), (old, new, _) in zip(words, pairs, strict=True)
    ]


def choose_weight(
    scored: Scored, guard: Invented | None = None
) -> tuple[float, float, diffeval.Scores]:
    """The weight, its threshold and its tune scores (see the module's docstring); each
    weight's threshold keeps the ``guard`` pairs at precision 0.95 too."""
    ranked = []
    for weight in WEIGHTS:
        values = _with(scored, weight)
        threshold = diffeval.choose_threshold(values, guard=_guarded(guard, weight))
        counted = diffeval.scores((score >= threshold, same) for score, same in values)
        reaches = counted.precision >= 0.95
        ranked.append(((reaches, round(counted.recall if reaches else counted.f1, 9)), weight))
    best = max(key for key, _ in ranked)
    run = [weight for key, weight in ranked if key == best]
    weight = run[len(run) // 2]
    values = _with(scored, weight)
    threshold = diffeval.choose_threshold(values, guard=_guarded(guard, weight))
    return weight, threshold, diffeval.scores((s >= threshold, same) for s, same in values)


def _sealed_note() -> str:
    sealed = [path.name for path in diffeval.labelled_files(REAL, sealed=True)]
    sealed = [name for name in sealed if name in diffeval.SEALED]
    if sealed:
        return f": {', '.join(sealed)} sealed (bench/matching.py --sealed measures it once)"
    return ": no pairs yet"


def _guarded(guard: Invented | None, weight: float) -> list[tuple[float, bool]] | None:
    if guard is None:
        return None
    return [(diff.raised(score, agree, weight), same) for score, agree, same in guard]


def _report(
    labelled: diffeval.LabelledSet, weight: float, match: float, floor: float
) -> dict[str, diffeval.Scores]:
    with mock.patch.object(diff, "FIELD_WEIGHT", weight):
        measured = diffeval.levels(labelled, "held-out", match, floor)
    print(f"  pair level: {measured['pair']}")
    print(f"  list level: {measured['list']}")
    print(f"  list level, pairs to review counted as links: {measured['shown']}")
    return measured


def cross_validated(
    labelled: diffeval.LabelledSet, scored: Scored, guard: Invented | None, fields: bool = True
) -> diffeval.Scores:
    """Leave-one-couple-out, pair by pair, the weight chosen with the threshold: for each
    meeting couple, :func:`choose_weight` (or, without ``fields``, the threshold of the
    words alone) on the other couples' pairs, and the couple's own pairs decided with them.
    So the weight is judged on couples it was not chosen on, as the thresholds are by
    giaoban.diffeval.cross_validate."""
    decisions = []
    for fold in diffeval.couples([pair for pair, _, _ in scored], labelled).values():
        inside = set(fold)
        rest = [entry for entry in scored if entry[0] not in inside]
        if fields:
            weight, threshold, _ = choose_weight(rest, guard)
        else:
            weight = 0.0
            threshold = diffeval.choose_threshold(_with(rest, 0.0), guard=_guarded(guard, 0.0))
        decisions += [
            (diff.raised(score, agree, weight) >= threshold, pair.same)
            for pair, score, agree in scored
            if pair in inside
        ]
    return diffeval.scores(decisions)


def main(show: bool = False) -> dict[str, float]:
    labelled = diffeval.load_labelled(diffeval.labelled_files(REAL))
    if not labelled.select("tune"):
        print(f"no labelled tune pairs in {REAL.relative_to(ROOT)}/ yet")
        return {}
    tune = _scored(labelled, "tune")
    guard = invented()
    words_threshold = diffeval.choose_threshold(_with(tune, 0.0), guard=_guarded(guard, 0.0))
    words_floor = diffeval.choose_review_floor(_with(tune, 0.0))
    weight, threshold, counted = choose_weight(tune, guard)
    floor = diffeval.choose_review_floor(_with(tune, weight))
    print(f"words alone, on tune: threshold {words_threshold:.2f}, review from {words_floor:.2f}")
    print(
        f"field weight chosen on the tune split: {weight:.1f}  (in giaoban/diff.py: "
        f"FIELD_WEIGHT {diff.FIELD_WEIGHT:.1f})"
    )
    print(f"  its threshold {threshold:.2f}, review from {floor:.2f}  (tune: {counted})")
    results: dict[str, float] = {"field_weight": weight, "threshold": threshold}
    print("tune, leave-one-couple-out, the weight chosen with the threshold on the others:")
    for name, with_fields in (("words alone", False), ("with the fields", True)):
        counted = cross_validated(labelled, tune, guard, with_fields)
        print(f"  {name}: {counted}")
        key = "fields" if with_fields else "words"
        results[f"cv_{key}_precision"], results[f"cv_{key}_recall"] = (
            counted.precision,
            counted.recall,
        )
    if not labelled.select("held-out"):
        print("held-out: not scored" + _sealed_note())
    else:
        print(f"held-out, words alone (threshold {words_threshold:.2f}):")
        before = _report(labelled, 0.0, words_threshold, words_floor)
        print(f"held-out, with the fields (weight {weight:.1f}, threshold {threshold:.2f}):")
        after = _report(labelled, weight, threshold, floor)
        for name, measured in (("words", before), ("fields", after)):
            for level, counts in measured.items():
                results[f"{name}_{level}_precision"] = counts.precision
                results[f"{name}_{level}_recall"] = counts.recall
    if show:
        print("\ntune pairs whose decision the fields change:")
        for (pair, score, agree), (raised, _) in zip(tune, _with(tune, weight), strict=True):
            if (score >= words_threshold) != (raised >= threshold):
                verdict = "same" if pair.same else "not "
                print(
                    f"  {score:.3f} -> {raised:.3f} (agreement {agree:.2f}) {verdict} "
                    f"{pair.kind:13} {pair.old} → {pair.new}"
                )
    return results


if __name__ == "__main__":
    main(show="--show" in sys.argv[1:])
