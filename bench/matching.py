"""The threshold of ``giaoban diff``'s matcher, chosen on real labelled directives.

Reads tests/data/directive-pairs-real/*.yaml (pairs of directives of two meetings, labelled
the same directive or not, each meeting pair in the ``tune`` or the ``held-out`` split; the
files of giaoban.diffeval.SEALED, kept for one measurement on pairs nobody tuned on, are
left out), chooses the threshold on the ``tune`` split alone (best F1, then the widest margin:
giaoban.diffeval.choose_threshold), and prints precision and recall on the ``held-out``
split at that threshold and at giaoban.diff.MATCH, pair by pair and as ``compare`` links the
meetings' whole lists. The review floor (the least similarity of a pair shown for a
person to decide) is chosen on the tune split too, so that 90% of its same pairs are at
least shown (giaoban.diffeval.choose_review_floor). The held-out split never chooses
anything.

    .venv/bin/python bench/matching.py [--show]      (also run by `make bench`)

``--show`` lists the tune split's pairs with their scores, and the held-out pairs the
matcher got wrong.
"""

from __future__ import annotations

import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from giaoban import diff, diffeval  # noqa: E402

REAL = ROOT / "tests" / "data" / "directive-pairs-real"


def labelled_set() -> diffeval.LabelledSet:
    return diffeval.load_labelled(diffeval.labelled_files(REAL))


def chosen(labelled: diffeval.LabelledSet) -> tuple[float, float]:
    """The threshold and the review floor the tune split gives (see the module's
    docstring): giaoban.diff.MATCH and giaoban.diff.REVIEW_FLOOR should be these."""
    tune = [(score, pair.same) for pair, score in diffeval.pair_scores(labelled, "tune")]
    return diffeval.choose_threshold(tune), diffeval.choose_review_floor(tune)


def _counts(labelled: diffeval.LabelledSet, split: str) -> str:
    pairs = labelled.select(split)
    same = sum(pair.same for pair in pairs)
    hard = sum(pair.kind == "stock-opening" for pair in pairs)
    return f"{len(pairs)} pairs ({same} same, {len(pairs) - same} not, {hard} stock-opening)"


def _line(pair: diffeval.LabelledPair, score: float) -> str:
    verdict = "same" if pair.same else "not "
    return f"  {score:.3f} {verdict} {pair.kind:13} {pair.old} → {pair.new}"


def main(show: bool = False) -> dict[str, float]:
    labelled = labelled_set()
    if not labelled.select("tune") or not labelled.select("held-out"):
        print(f"no labelled pairs of both splits in {REAL.relative_to(ROOT)}/ yet")
        return {}
    print(f"real labelled pairs: {len(labelled.meetings)} meetings, files in {REAL.name}/")
    print(f"  tune:     {_counts(labelled, 'tune')}")
    print(f"  held-out: {_counts(labelled, 'held-out')}")
    threshold, floor = chosen(labelled)
    tune = diffeval.pair_level(labelled, threshold, "tune")
    print(f"threshold chosen on the tune split: {threshold:.2f}  (tune: {tune})")
    print(f"review floor chosen on the tune split: {floor:.2f}")
    print(f"in giaoban/diff.py: MATCH {diff.MATCH:.2f}, REVIEW_FLOOR {diff.REVIEW_FLOOR:.2f}")
    results: dict[str, float] = {"threshold": threshold, "review_floor": floor}
    for name, match, review in (
        ("chosen", threshold, floor),
        ("diff.py", diff.MATCH, diff.REVIEW_FLOOR),
    ):
        measured = diffeval.levels(labelled, "held-out", match, review)
        print(f"held-out at {match:.2f}, review from {review:.2f} ({name}):")
        print(f"  pair level: {measured['pair']}")
        print(f"  list level: {measured['list']}")
        print(f"  list level, pairs to review counted as links: {measured['shown']}")
        for level, counted in measured.items():
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
        print("\ntune pairs, by score:")
        for pair, score in sorted(diffeval.pair_scores(labelled, "tune"), key=lambda p: p[1]):
            print(_line(pair, score))
        print("held-out pairs wrong at the chosen threshold:")
        for pair, score in diffeval.pair_scores(labelled, "held-out"):
            if (score >= threshold) != pair.same:
                print(_line(pair, score))
    return results


if __name__ == "__main__":
    main(show="--show" in sys.argv[1:])
