"""Directive matching speed (goals: 200 x 200 within 0.2 s, 1,000 x 1,000 within 3 s), and
precision and recall on tests/data/directive-pairs.yaml at the chosen threshold."""

from __future__ import annotations

import random
import statistics
import sys
import time
import unicodedata
from pathlib import Path

import yaml

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from giaoban.diff import MATCH, compare, items, pair_similarity  # noqa: E402

WORDS = (
    "nâng cao chất lượng hiệu quả giám sát phản biện xã hội kiện toàn củng cố đội ngũ cán bộ "
    "Mặt trận các cấp cơ sở đẩy mạnh chuyển đổi số vận động Quỹ Vì người nghèo nhà Đại đoàn kết "
    "phối hợp tổ chức thành viên tuyên truyền đồng bào dân tộc tôn giáo nông thôn mới đô thị "
    "văn minh môi trường hòa giải an ninh trật tự thi đua khen thưởng đại hội nhiệm kỳ dân chủ"
).split()


def directives(count: int, rng: random.Random) -> list[str]:
    return [" ".join(rng.choice(WORDS) for _ in range(rng.randint(10, 30))) for _ in range(count)]


def next_year(texts: list[str], rng: random.Random) -> list[str]:
    """Shuffled, some reworded (a few words changed), some dropped, some new."""
    changed = []
    for text in texts:
        roll = rng.random()
        if roll < 0.1:
            continue
        words = text.split()
        if roll < 0.5:
            for _ in range(3):
                words[rng.randrange(len(words))] = rng.choice(WORDS)
        changed.append(" ".join(words))
    changed += directives(len(texts) // 10, rng)
    rng.shuffle(changed)
    return changed


def _median_seconds(old: list[str], new: list[str], repeats: int) -> float:
    """The median time of ``compare`` on the two lists, in seconds, over ``repeats`` runs."""
    times = []
    for _ in range(repeats):
        start = time.perf_counter()
        compare(items(old), items(new))
        times.append(time.perf_counter() - start)
    return statistics.median(times)


def timing(size: int, repeats: int) -> float:
    rng = random.Random(size)
    old = directives(size, rng)
    new = next_year(old, rng)
    return _median_seconds(old, new, repeats)


def word_diff_timing(size: int) -> tuple[float, float]:
    """The word diffs of every matched pair of a size x size comparison (what the text,
    Markdown, HTML and .docx outputs draw), beside difflib on whitespace-split words (the
    word diff before issue 11, which split "dân," from "dân"): seconds, both in one run."""
    import difflib

    old = directives(size, random.Random(size))
    changes = [c for c in compare(items(old), items(next_year(old, random.Random(size)))) if c.old]
    start = time.perf_counter()
    for change in changes:
        change.word_diff()
    ours = time.perf_counter() - start
    start = time.perf_counter()
    for change in changes:
        before = " ".join(i.text for i in change.old).split()
        after = " ".join(i.text for i in change.new).split()
        difflib.SequenceMatcher(a=before, b=after, autojunk=False).get_opcodes()
    plain = time.perf_counter() - start
    return ours, plain


def grouped_timing(size: int, repeats: int) -> float:
    """``size`` x ``size`` directives in topics of giaoban.diff.PAIRING_LIMIT - 2 directives
    a side that share no word with another topic: every group is paired exactly (the
    Hungarian method), the slowest case of diff.pairing below its limit. Seconds."""
    from giaoban.diff import PAIRING_LIMIT

    rng = random.Random(size)
    group = PAIRING_LIMIT - 2
    old, new = [], []
    for topic in range(size // group):
        vocabulary = [f"t{topic}w{word}" for word in range(12)]  # words of this topic alone
        for _ in range(group):
            old.append(" ".join(rng.choice(vocabulary) for _ in range(8)))
            new.append(" ".join(rng.choice(vocabulary) for _ in range(8)))
    return _median_seconds(old, new, repeats)


def precision_recall() -> tuple[float, float, int]:
    pairs = yaml.safe_load((ROOT / "tests" / "data" / "directive-pairs.yaml").read_text())["pairs"]
    corpus = [p["old"] for p in pairs] + [p["new"] for p in pairs]
    hits = predicted = actual = 0
    for pair in pairs:
        new = unicodedata.normalize("NFD", pair["new"]) if pair.get("new_nfd") else pair["new"]
        same = pair_similarity(pair["old"], new, corpus) >= MATCH
        predicted += same
        actual += pair["same"]
        hits += same and pair["same"]
    return hits / predicted, hits / actual, len(pairs)


def main() -> dict[str, float]:
    small, large = timing(200, 7), timing(1000, 3)
    precision, recall, count = precision_recall()
    words, plain = word_diff_timing(1000)
    grouped = grouped_timing(1000, 3)
    print(f"200 x 200 directives:     {small:6.3f} s (goal <= 0.2 s)")
    print(f"1,000 x 1,000 directives: {large:6.3f} s (goal <= 3 s)")
    print(f"1,000 x 1,000 in topics paired exactly: {grouped:6.3f} s (goal <= 3 s)")
    print(
        f"labelled set ({count} pairs), threshold {MATCH}: precision {precision:.3f}, "
        f"recall {recall:.3f} (goal >= 0.95 each)"
    )
    print(
        f"word diffs of 1,000 x 1,000:  {words:6.3f} s, {words / plain:.1f}x difflib on "
        f"whitespace-split words ({plain:.3f} s)"
    )
    return {
        "diff_200_s": small,
        "diff_1000_s": large,
        "diff_1000_grouped_s": grouped,
        "precision": precision,
        "recall": recall,
        "word_diff_1000_s": words,
    }


if __name__ == "__main__":
    main()
