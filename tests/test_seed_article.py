"""The 2022 example's press report against the news agency's article it was written from.

The article is outside the repository (``../shared/seed``, see ``tests/press_match.py``):
these tests run where it is, and fail when .ci/run requires it and it is missing.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_2022
from tests.press_match import seed_article, sentences, share_matched
from tests.test_press import body, press


@pytest.fixture
def article() -> str:
    return seed_article()


def test_lead_and_handover_equal_the_article_word_for_word(examples: Path, article: str):
    markdown = press(examples / EXAMPLE_2022)["md"]
    lead = article.splitlines()[1]
    assert lead.startswith("(TTXVN) ")
    first_sentence = sentences(lead.removeprefix("(TTXVN) "))[0]
    assert first_sentence.endswith("Kiên Giang và Sóc Trăng).")
    assert f"**(TTXVN) {first_sentence}**" in markdown
    last_sentence = next(s for s in reversed(sentences(article)) if s.endswith("./."))
    assert last_sentence.startswith("Tại hội nghị, Ban Thường trực")
    assert last_sentence in markdown
    assert "19.455" in markdown and "9,6%" in markdown
    assert "**Từ khóa:** Phản biện xã hội, công tác Mặt trận" in markdown


def test_nearly_every_article_sentence_is_reproduced(examples: Path, article: str):
    markdown = press(examples / EXAMPLE_2022)["md"]
    assert share_matched(article, body(markdown)) >= 0.9


def test_no_sentence_of_the_report_is_missing_from_the_article(examples: Path, article: str):
    """The example's header says every fact comes from the article (s5-trial F121): the
    report adds no sentence of its own, e.g. a host or an attendee the article never names
    (the headline, which the stored article lacks, aside)."""
    from rapidfuzz import fuzz, process

    markdown = press(examples / EXAMPLE_2022)["md"]
    text = "\n".join(line for line in markdown.splitlines() if not line.startswith("# "))
    of_article = sentences(article)
    added = [
        sentence
        for sentence in sentences(body(text))
        if process.extractOne(sentence, of_article, scorer=fuzz.ratio)[1] < 90
    ]
    assert added == []


def test_the_article_is_required_where_ci_says_so(monkeypatch, tmp_path: Path):
    import tests.press_match as press_match

    monkeypatch.setattr(press_match, "SEED", tmp_path / "absent.txt")
    monkeypatch.setenv(press_match.REQUIRE_SEED, "1")
    with pytest.raises(pytest.fail.Exception, match="GIAOBAN_REQUIRE_SEED=1"):
        press_match.seed_article()
    monkeypatch.delenv(press_match.REQUIRE_SEED)
    with pytest.raises(pytest.skip.Exception, match="is not beside this clone"):
        press_match.seed_article()
