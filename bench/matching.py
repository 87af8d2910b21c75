"""The threshold of ``giaoban diff``'s matcher, chosen on real labelled directives.

Reads tests/data/directive-pairs-real/*.yaml (pairs of directives of two meetings, labelled
the same directive or not, each meeting couple in the ``tune`` or the ``held-out`` split),
chooses the threshold on the ``tune`` split alone (precision 0.95 first, then recall, then
the widest margin: giaoban.diffeval.choose_threshold; a cut must keep the invented pairs of
tests/data/directive-pairs.yaml at precision 0.95 too) and the review floor (the least
similarity of a pair shown for a person to decide: 90% of the tune split's same pairs at
least shown, giaoban.diffeval.choose_review_floor), and prints:

- the tune split at that threshold, and its leave-one-couple-out cross-validation
  (giaoban.diffeval.cross_validate: each meeting couple decided at the thresholds the other
  couples give), the figure to judge a change of the matcher by;
- with ``--sealed``, the ``held-out`` split at that threshold and at giaoban.diff.MATCH,
  pair by pair and as ``compare`` links the meetings' whole lists: the pairs of the files
  of giaoban.diffeval.SEALED (heldout4.yaml), labelled by a session that never scored them
  and kept out of every other run, so that they are measured once, on a matcher nobody
  tuned on them; they never choose anything. Without it, it says what is sealed.

The 114 pairs of north.yaml and south.yaml are all ``tune`` since 2026-11-30 (their old
held-out split had been looked at while tuning), and so are the 73 of heldout2.yaml and the
83 of heldout3.yaml (each sealed for one measurement on 2026-11-30, seen since).

    .venv/bin/python bench/matching.py [--show] [--sealed]   (also run by `make bench`)
    .venv/bin/python bench/matching.py --nested CONTAINED_SLOPE

``--nested NAME`` judges a constant of giaoban/diff.py chosen on the tune split (the grid
of GRIDS) by leave-one-couple-out with the constant chosen per fold too.

``--show`` lists the tune split's pairs with their scores (and, with ``--sealed``, the
held-out pairs the matcher got wrong).
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from giaoban import diff, diffeval  # noqa: E402

REAL = ROOT / "tests" / "data" / "directive-pairs-real"
INVENTED = ROOT / "tests" / "data" / "directive-pairs.yaml"


def labelled_set(sealed: bool = False) -> diffeval.LabelledSet:
    """The labelled pairs; those of the sealed files (held out) only with ``sealed``."""
    return diffeval.load_labelled(diffeval.labelled_files(REAL, sealed=sealed))


def guard() -> list[tuple[float, bool]]:
    """The invented pairs (tests/data/directive-pairs.yaml), scored: a threshold must keep
    their precision at 0.95 too (tests/test_diff.py holds it), as they hold more pairs of
    one field of the Front's work doing different things than the real ones do."""
    return diffeval.invented_scores(diffeval.load_invented(INVENTED))


def chosen(labelled: diffeval.LabelledSet) -> tuple[float, float]:
    """The threshold and the review floor the tune split gives (see the module's
    docstring): giaoban.diff.MATCH and giaoban.diff.REVIEW_FLOOR should be these."""
    tune = [(score, pair.same) for pair, score in diffeval.pair_scores(labelled, "tune")]
    return diffeval.choose_threshold(tune, guard=guard()), diffeval.choose_review_floor(tune)


def _counts(labelled: diffeval.LabelledSet, split: str) -> str:
    pairs = labelled.select(split)
    same = sum(pair.same for pair in pairs)
    hard = sum(pair.kind == "stock-opening" for pair in pairs)
    return f"{len(pairs)} pairs ({same} same, {len(pairs) - same} not, {hard} stock-opening)"


def _line(pair: diffeval.LabelledPair, score: float) -> str:
    verdict = "same" if pair.same else "not "
    return f"  {score:.3f} {verdict} {pair.kind:13} {pair.old} → {pair.new}"


def main(show: bool = False, sealed: bool = False) -> dict[str, float]:
    labelled = labelled_set()
    if not labelled.select("tune"):
        print(f"no labelled tune pairs in {REAL.relative_to(ROOT)}/ yet")
        return {}
    print(f"real labelled pairs: {len(labelled.meetings)} meetings, files in {REAL.name}/")
    tune_couples = len(diffeval.couples(labelled.select("tune"), labelled))
    print(f"  tune:     {_counts(labelled, 'tune')}, {tune_couples} meeting couples")
    threshold, floor = chosen(labelled)
    tune = diffeval.pair_level(labelled, threshold, "tune")
    print(f"threshold chosen on the tune split: {threshold:.2f}  (tune: {tune})")
    print(f"review floor chosen on the tune split: {floor:.2f}")
    print(f"in giaoban/diff.py: MATCH {diff.MATCH:.2f}, REVIEW_FLOOR {diff.REVIEW_FLOOR:.2f}")
    results: dict[str, float] = {"threshold": threshold, "review_floor": floor}
    print("tune, leave-one-couple-out (each couple at the thresholds the others give):")
    for level, counted in diffeval.cross_validate(labelled, "tune", guard()).items():
        print(f"  {_LEVELS[level]}: {counted}")
        results[f"cv_{level}_precision"] = counted.precision
        results[f"cv_{level}_recall"] = counted.recall
    names = [path.name for path in diffeval.labelled_files(REAL, sealed=True)]
    kept = [name for name in names if name in diffeval.SEALED]
    if sealed:
        labelled = labelled_set(sealed=True)
    if not labelled.select("held-out"):
        if kept:
            print(f"held-out: {', '.join(kept)} sealed, not scored (--sealed measures it once)")
        else:
            print("held-out: no pairs yet, nothing measured")
        return results
    print(f"  held-out: {_counts(labelled, 'held-out')}")
    for name, match, review in (
        ("chosen", threshold, floor),
        ("diff.py", diff.MATCH, diff.REVIEW_FLOOR),
    ):
        measured = diffeval.levels(labelled, "held-out", match, review)
        print(f"held-out at {match:.2f}, review from {review:.2f} ({name}):")
        for level, counted in measured.items():
            print(f"  {_LEVELS[level]}: {counted}")
            results[f"{name}_{level}_precision"] = counted.precision
            results[f"{name}_{level}_recall"] = counted.recall
    by_kind: dict[str, list[int]] = {}
    for pair, score in diffeval.pair_scores(labelled, "held-out"):
        counts = by_kind.setdefault(pair.kind, [0, 0])
        counts[0] += 1
        counts[1] += score >= threshold
    print(
        f"held-out pairs linked at {threshold:.2f}, by kind: "
        + ", ".join(f"{kind} {linked}/{count}" for kind, (count, linked) in sorted(by_kind.items()))
    )
    if show:
        print("held-out pairs wrong at the chosen threshold:")
        for pair, score in diffeval.pair_scores(labelled, "held-out"):
            if (score >= threshold) != pair.same:
                print(_line(pair, score))
    return results


# The grids --nested tries for a constant of giaoban/diff.py fixed by choice on the tune split.
# CONTAINED_SLOPE: below 1.6 the invented hard pairs (tests/data/directive-pairs-hard.yaml) are
# linked, which tests/test_matching.py forbids, so the grid starts there.
GRIDS = {
    "CONTAINED_SLOPE": (1.6, 1.75, 2.0, 2.25, 2.5, 3.0),
    # 2026-11-30, session 5 (270 pairs): 0.45-0.5 in every fold, pair 0.983 / 0.744
    "STOCK_WEIGHT": (0.3, 0.35, 0.4, 0.45, 0.5, 0.55, 0.6, 0.65, 0.7),
}


def nested(name: str, values: tuple[float, ...] | None = None) -> diffeval.Scores:
    """Leave-one-couple-out pair by pair with the constant ``name`` of giaoban.diff chosen per
    fold along with the threshold: for each meeting couple, every value of ``values``
    (default GRIDS[name]) is scored on the other couples at the threshold they give (under
    the invented pairs' guard), the middle of the values that do best (precision 0.95, then
    recall) is kept, and the couple's pairs are decided with it. So the constant is judged on
    couples it was not chosen on, as bench/fields.py judges FIELD_WEIGHT. Prints and returns
    the pooled scores; the constant is left as it was."""
    values = values or GRIDS[name]
    labelled = labelled_set()
    kept = getattr(diff, name)
    scored: dict[float, tuple[dict[diffeval.LabelledPair, float], list[tuple[float, bool]]]] = {}
    try:
        for value in values:
            setattr(diff, name, value)
            scored[value] = (dict(diffeval.pair_scores(labelled, "tune")), guard())
    finally:
        setattr(diff, name, kept)
    decisions: list[tuple[bool, bool]] = []
    chosen: set[float] = set()
    for fold in diffeval.couples(labelled.select("tune"), labelled).values():
        ranked: list[tuple[tuple[bool, float], float, float]] = []
        for value in values:
            scores, guarded = scored[value]
            rest = [(score, pair.same) for pair, score in scores.items() if pair not in fold]
            threshold = diffeval.choose_threshold(rest, guard=guarded)
            counted = diffeval.scores((score >= threshold, same) for score, same in rest)
            reaches = counted.precision >= 0.95
            ranked.append(
                ((reaches, round(counted.recall if reaches else counted.f1, 9)), value, threshold)
            )
        best = max(key for key, _, _ in ranked)
        run = [(value, threshold) for key, value, threshold in ranked if key == best]
        value, threshold = run[len(run) // 2]
        chosen.add(value)
        decisions += [(scored[value][0][pair] >= threshold, pair.same) for pair in fold]
    counted = diffeval.scores(decisions)
    print(f"{name} chosen per fold from {values}: {sorted(chosen)}")
    print(f"  leave-one-couple-out, pair level: {counted}")
    return counted


_LEVELS = {
    "pair": "pair level",
    "list": "list level",
    "shown": "list level, pairs to review counted as links",
}


def _show_tune(labelled: diffeval.LabelledSet) -> None:
    print("\ntune pairs, by score:")
    for pair, score in sorted(diffeval.pair_scores(labelled, "tune"), key=lambda p: p[1]):
        print(_line(pair, score))


if __name__ == "__main__":
    arguments = sys.argv[1:]
    if "--nested" in arguments:
        nested(arguments[arguments.index("--nested") + 1])
        sys.exit(0)
    if "--show" in arguments:
        _show_tune(labelled_set())
    main(show="--show" in arguments, sealed="--sealed" in arguments)
