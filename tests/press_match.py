"""How much of the real article the generated press report reproduces.

Each sentence of the article is matched to its most similar sentence of the
report (rapidfuzz's normalised Indel ratio, 0-100); the share of article
sentences with a match of 90 or more is the figure reported in the notes.
"""

from __future__ import annotations

import re
from pathlib import Path

SEED = Path(__file__).resolve().parents[2] / "shared" / "seed" / "nam-song-hau-2022-ttxvn.txt"


def sentences(text: str) -> list[str]:
    """Sentences of a text: split after . ! ? when the next word starts upper-case."""
    found: list[str] = []
    for line in text.splitlines():
        line = line.strip().replace("**", "").lstrip("#").strip()
        if not line or line.startswith("- ") or line.startswith("Từ khóa"):
            continue
        start = 0
        for match in re.finditer(r"[.!?…]+(?:/\.)?\s+", line):
            following = line[match.end() : match.end() + 1]
            if following.isupper() or following == "(":
                found.append(line[start : match.end()].strip())
                start = match.end()
        if line[start:].strip():
            found.append(line[start:].strip())
    return found


def best_scores(article: str, report: str) -> list[tuple[str, float]]:
    from rapidfuzz import fuzz, process

    candidates = sentences(report)
    return [
        (sentence, process.extractOne(sentence, candidates, scorer=fuzz.ratio)[1])
        for sentence in sentences(article)
    ]


def share_matched(article: str, report: str, threshold: float = 90) -> float:
    scores = best_scores(article, report)
    return sum(score >= threshold for _, score in scores) / len(scores)
