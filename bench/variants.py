"""Ways of matching tried on the real labelled pairs and NOT kept, measured again on demand
(issue 15, item 5; session 5, 2026-11-30, 270 tune pairs). Each variant is put in place by
patching giaoban.diff for the run only, then judged as bench/matching.py judges a change:
leave-one-couple-out on the tune split (giaoban.diffeval.cross_validate), thresholds chosen
per fold, under the invented pairs' guard (and, to show what binds, without it).

    .venv/bin/python bench/variants.py lexicon   # giaoban/data/tasks.yaml in the matcher
    .venv/bin/python bench/variants.py idf       # word weights from a larger corpus

What they gave (pair level; list level the same or within one pair), against the shipped
matcher's 0.983 / 0.744:

- ``lexicon``: the Front's tasks (giaoban/data/tasks.yaml, built blind by s5-lex) as a
  second odds factor beside the fields (weight 0.5: 0.981 / 0.679; 1.0: 1.0 / 0.615), as
  more fields (0.983 / 0.731), or as one more term of the vectors per task named (x1:
  1.0 / 0.679; x3: 1.0 / 0.564). The guard is what binds: the invented hard negatives share
  a task while asking something else of it ("vận động … xây dựng nông thôn mới" /
  "giám sát việc sử dụng vốn xây dựng nông thôn mới"), so the threshold rises. Without
  the guard the tasks would help (x3: 0.955 / 0.821 against 0.937 / 0.756; with the count
  chosen per fold among 0-5, every fold takes 3: 0.955 / 0.821), but the thresholds it
  gives (0.32-0.33) link the invented pairs at precision 0.886, lexicon or not, which
  tests/test_diff.py forbids. No labelled pair shares a task under two different phrases:
  the lexicon adds no synonymy here, it counts shared phrases twice.
- ``idf``: the word weights (IDF) from every other labelled meeting's directives besides
  the two lists (0.981 / 0.667), or from the other meetings of the same cluster, as
  ``diff ARCHIVE`` could (0.983 / 0.731): a larger corpus weighs the Front's common topic
  words down, and a rewording shares mostly those.
"""

from __future__ import annotations

import sys
from functools import cache
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from bench import matching  # noqa: E402
from giaoban import diff, diffeval  # noqa: E402
from giaoban import fields as front_fields  # noqa: E402


@cache
def _general_tasks() -> frozenset[str]:
    return frozenset(task.key for task in front_fields.task_lexicon() if task.general)


def _specific_tasks(item: diff.Item) -> frozenset[str]:
    return front_fields.tasks_of_tokens(item.tokens) - _general_tasks()


def _report(name: str, guarded: bool = True) -> diffeval.Scores:
    labelled = matching.labelled_set()
    guard = matching.guard() if guarded else None
    tune = [(score, pair.same) for pair, score in diffeval.pair_scores(labelled, "tune")]
    threshold = diffeval.choose_threshold(tune, guard=guard)
    measured = diffeval.cross_validate(labelled, "tune", guard)
    print(
        f"{name:48} {'guard' if guarded else 'no guard':8} threshold {threshold:.2f}  "
        f"pair {measured['pair'].precision:.3f} / {measured['pair'].recall:.3f}  "
        f"list {measured['list'].precision:.3f} / {measured['list'].recall:.3f}"
    )
    return measured["pair"]


def lexicon() -> None:
    """The tasks of giaoban/data/tasks.yaml used three ways (see the module's docstring)."""
    shipped_score, shipped_items = diff.field_score, diff.items

    def task_factor(weight: float):
        def scored(score: float, old: diff.Item, new: diff.Item, w: float | None = None) -> float:
            first, second = _specific_tasks(old), _specific_tasks(new)
            share = len(first & second) / len(first | second) if first and second else 0.0
            return diff.raised(shipped_score(score, old, new, w), share, weight)

        return scored

    def as_fields(score: float, old: diff.Item, new: diff.Item, w: float | None = None) -> float:
        general = front_fields._general()
        first = (old.fields - general) | {"task:" + key for key in _specific_tasks(old)}
        second = (new.fields - general) | {"task:" + key for key in _specific_tasks(new)}
        share = len(first & second) / len(first | second) if first and second else 0.0
        return diff.raised(score, share, diff.FIELD_WEIGHT if w is None else w)

    def as_terms(count: int):
        def built(texts, ids=None, continues=None):
            result = shipped_items(texts, ids, continues)
            for item in result:
                for key in _specific_tasks(item):
                    item.features["task:" + key] = count
            return result

        return built

    try:
        for guarded in (True, False):
            _report("shipped matcher", guarded)
            for weight in (0.5, 1.0):
                diff.field_score = task_factor(weight)
                _report(f"tasks shared: odds x (1 + {weight} x share)", guarded)
            diff.field_score = as_fields
            _report("tasks counted as more fields", guarded)
            diff.field_score = shipped_score
            for count in (1, 3):
                diff.items = as_terms(count)
                _report(f"each task a term of the vectors, x{count}", guarded)
            diff.items = shipped_items
    finally:
        diff.field_score, diff.items = shipped_score, shipped_items


def idf() -> None:
    """Word weights from more directives than the two lists compared."""
    shipped = diffeval._others
    labelled = matching.labelled_set()

    def every_other(_, old, new, archive):  # every labelled meeting but the two
        return [m for m in labelled.meetings.values() if m.key not in (old.key, new.key)]

    original_scores, original_links = diffeval.pair_scores, diffeval.links
    try:
        for name, others in (
            ("two lists (shipped)", None),
            ("+ the cluster's other meetings", shipped),
            ("+ every other labelled meeting", every_other),
        ):
            if others is not None:
                diffeval._others = others

                def scores_with(lab, split=None, archive=False):
                    return original_scores(lab, split, archive=True)

                def links_with(old, new, match=None, background=None, **kept):
                    extra = [
                        text
                        for meeting in diffeval._others(labelled, old, new, True)
                        for text in meeting.directives.values()
                    ]
                    return original_links(old, new, match, extra, **kept)

                diffeval.pair_scores, diffeval.links = scores_with, links_with
            _report(name)
            diffeval.pair_scores, diffeval.links, diffeval._others = (
                original_scores,
                original_links,
                shipped,
            )
    finally:
        diffeval.pair_scores, diffeval.links, diffeval._others = (
            original_scores,
            original_links,
            shipped,
        )


if __name__ == "__main__":
    {"lexicon": lexicon, "idf": idf}[sys.argv[1] if len(sys.argv) > 1 else "lexicon"]()
