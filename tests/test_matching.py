"""The directive matcher of ``giaoban diff`` measured on labelled pairs: the loader, the
measures, the stock openings weighted down and the extensions that double a directive."""

from __future__ import annotations

import itertools
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from giaoban import diff, diffeval
from tests.conftest import ROOT

HARD = ROOT / "tests" / "data" / "directive-pairs-hard.yaml"


@pytest.fixture(scope="module")
def hard() -> diffeval.LabelledSet:
    return diffeval.load_labelled([HARD])


# --- the loader --------------------------------------------------------------------------

GOOD = """\
meetings:
  - key: a-2022
    cluster: Cụm A
    year: 2022
    source: https://example.org/a-2022
    directives:
      - {id: a22.1, text: "nâng cao chất lượng giám sát, phản biện xã hội"}
      - {id: a22.2, text: "vận động nhân dân bảo vệ môi trường"}
  - key: a-2023
    cluster: Cụm A
    year: 2023
    source: https://example.org/a-2023
    directives:
      - {id: a23.1, text: "nâng cao chất lượng giám sát và phản biện xã hội ở cơ sở"}
      - {id: a23.2, text: "vận động nhân dân hiến đất làm đường giao thông nông thôn"}
pairs:
  - {old: a22.1, new: a23.1, same: true, kind: extended, split: tune, why: "x"}
  - {old: a22.2, new: a23.2, same: false, kind: different, split: tune, why: "y"}
"""


def _write(tmp_path: Path, text: str, name: str = "south.yaml") -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def test_the_loader_reads_meetings_and_pairs(tmp_path):
    labelled = diffeval.load_labelled([_write(tmp_path, GOOD)])
    assert list(labelled.meetings) == ["a-2022", "a-2023"]
    assert labelled.meetings["a-2023"].year == 2023
    assert labelled.text("a22.2") == "vận động nhân dân bảo vệ môi trường"
    first, second = labelled.pairs
    assert (first.same, first.kind, second.same) == (True, "extended", False)
    assert labelled.select("held-out") == [] and len(labelled.select("tune")) == 2
    old, new = labelled.meeting_pair(first)
    assert (old.key, new.key) == ("a-2022", "a-2023")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (("new: a23.2, same: false", "new: a23.9, same: false"), "'a23.9' is no directive"),
        (("kind: different", "kind: unrelated"), "kind 'unrelated'"),
        (('split: tune, why: "y"', 'split: test, why: "y"'), "split 'test'"),
        (("same: false, kind: different", "same: true, kind: different"), "does not fit"),
        (("old: a22.2, new: a23.2", "old: a23.2, new: a22.2"), "the older first"),
        (("id: a23.2,", "id: a22.2,"), "'a22.2' given twice"),
        (('split: tune, why: "y"', 'split: held-out, why: "y"'), "in both splits"),
        (("    cluster: Cụm A\n    year: 2023", "    year: 2023"), "'cluster' is missing"),
    ],
)
def test_the_loader_names_the_file_and_entry_of_a_fault(tmp_path, change, message):
    path = _write(tmp_path, GOOD.replace(*change))
    with pytest.raises(diffeval.LabelledSetError) as caught:
        diffeval.load_labelled([path])
    assert str(caught.value).startswith("south.yaml: ")
    assert message in str(caught.value)


# --- the measures ---------------------------------------------------------------------------


def test_scores_count_each_outcome():
    counted = diffeval.scores([(True, True), (True, False), (False, True), (False, False)] * 2)
    assert (counted.true_positive, counted.false_positive) == (2, 2)
    assert (counted.false_negative, counted.true_negative) == (2, 2)
    assert counted.precision == counted.recall == counted.f1 == 0.5
    assert diffeval.scores([(False, False)]).precision == 1.0  # nothing linked, nothing wrong


def test_the_threshold_falls_in_the_middle_of_the_widest_gap():
    scored = [(0.1, False), (0.2, False), (0.3, True), (0.7, True), (0.9, True)]
    assert diffeval.choose_threshold(scored) == 0.25  # F1 1.0 only between 0.2 and 0.3
    # a positive among the negatives: precision first (0.55 keeps it at 1.0, recall 2/3),
    # though 0.15 has the better F1 (0.86 against 0.8)
    scored = [(0.1, False), (0.2, True), (0.3, False), (0.8, True), (0.9, True)]
    assert diffeval.choose_threshold(scored) == 0.55
    # no threshold reaches the precision asked: the best F1
    assert diffeval.choose_threshold(scored, precision=1.01) == 0.15
    with pytest.raises(ValueError):
        diffeval.choose_threshold([(0.5, True)])


def test_the_review_floor_keeps_nine_same_pairs_in_ten():
    scored = [(0.05, False), *((0.1 + i / 100, True) for i in range(10)), (0.5, False)]
    # 10 same pairs from 0.10 to 0.19: the floor keeps 9 of them (0.11 and up)
    assert diffeval.choose_review_floor(scored) == 0.1  # between 0.10 and 0.11, rounded down
    assert diffeval.choose_review_floor(scored, recall=1.0) == 0.07  # under 0.10, over 0.05
    assert diffeval.choose_review_floor(scored, recall=0.5) == 0.14
    with pytest.raises(ValueError):
        diffeval.choose_review_floor([(0.5, False)])


def test_pair_and_list_level_on_a_small_set(tmp_path):
    labelled = diffeval.load_labelled([_write(tmp_path, GOOD)])
    scored = dict(((p.old, p.new), s) for p, s in diffeval.pair_scores(labelled))
    assert scored[("a22.1", "a23.1")] > scored[("a22.2", "a23.2")]
    assert diffeval.pair_level(labelled, threshold=0.0).false_positive == 1
    assert diffeval.pair_level(labelled, threshold=1.01).true_positive == 0
    assert diffeval.links(*labelled.meeting_pair(labelled.pairs[0])) >= {("a22.1", "a23.1")}
    assert diffeval.list_level(labelled, match=0.99).true_positive == 0  # review, not a link
    assert diffeval.list_level(labelled, match=0.99, review=True).true_positive == 1


# --- stock openings and extensions ------------------------------------------------------------


def test_stock_phrases_are_found_wherever_they_stand():
    tokens = diff.items(
        ["Mặt trận các tỉnh tiếp tục nâng cao chất lượng hoạt động của Ban Thanh tra"]
    )[0].tokens
    stock = diff.stock_positions(tokens)
    words = [token for position, token in enumerate(tokens) if position in stock]
    assert len(words) == 12  # Mặt trận các tỉnh | tiếp tục | nâng cao chất lượng hoạt động
    assert tokens.index("ban") not in stock
    plain = diff.items(["tập trung cho chất lượng các kiến nghị"])[0]
    assert "chât lương" not in plain.stock and "lương" not in plain.stock


def test_each_stock_phrase_is_written_once_and_found_in_itself():
    phrases = diff.STOCK_PHRASES + diff.ADDRESSEE_PHRASES
    assert len(set(phrases)) == len(phrases)
    for phrase in phrases:
        tokens = diff.items([phrase])[0].tokens
        assert diff.stock_positions(tokens) == set(range(len(tokens))), phrase


def test_a_shared_stock_opening_weighs_less_than_what_is_to_be_done():
    opening = "tiếp tục nâng cao chất lượng hoạt động của "
    same_task = diff.pair_similarity(
        opening + "Ban Thanh tra nhân dân", "Ban Thanh tra nhân dân ở xã"
    )
    other_task = diff.pair_similarity(opening + "Ban Thanh tra nhân dân", opening + "tổ hòa giải")
    assert same_task > 0.5 > 0.3 > other_task


def test_the_trien_khai_formula_is_stock_as_the_thuc_hien_one():
    # "triển khai có hiệu quả" says how, as "thực hiện có hiệu quả" does: what follows decides
    first = "triển khai có hiệu quả Cuộc vận động xây dựng nông thôn mới ở khu dân cư"
    other = "triển khai có hiệu quả công tác hòa giải ở cơ sở"
    for opening in ("triển khai có hiệu quả", "triển khai hiệu quả", "thực hiện hiệu quả"):
        tokens = diff.items([opening + " việc x"])[0].tokens
        assert set(range(len(tokens) - 2)) <= diff.stock_positions(tokens), opening
    assert diff.pair_similarity(first, other) < diff.MATCH / 2


def test_stock_opening_hard_negatives_are_not_linked(hard, monkeypatch):
    negatives = [pair for pair in hard.pairs if pair.kind == "stock-opening"]
    assert len(negatives) >= 5
    for pair, score in diffeval.pair_scores(hard):
        if pair.kind == "stock-opening":
            # a fifth below the threshold at least (the Quỹ "Vì người nghèo" / giám sát pair
            # sharing "tiếp tục nâng cao chất lượng, hiệu quả công tác": 0.18 when a stock
            # syllable weighed 0.3, 0.27 at 0.5 since 2026-11-30, session 5, against 0.36)
            assert score < diff.MATCH * 0.8, (pair.origin, score)
    listed = diffeval.list_level(hard)
    assert listed.false_positive == 0, listed
    # the stock phrases' weight is what keeps them apart: weighed as content, one is linked
    monkeypatch.setattr(diff, "STOCK_WEIGHT", 1.0)
    assert diffeval.pair_level(hard).false_positive >= 1


def test_an_extension_that_doubles_a_directive_is_linked(hard):
    extensions = [(p, s) for p, s in diffeval.pair_scores(hard) if p.kind == "extended"]
    assert len(extensions) >= 5
    for pair, score in extensions:
        old, new = hard.text(pair.old), hard.text(pair.new)
        assert len(new) >= 2 * len(old)
        assert score >= diff.MATCH, (pair.origin, score)
    listed = diffeval.list_level(hard)
    assert listed.false_negative == 0, listed
    # and in the diff itself: the old directive and its extension are one change
    pair = extensions[0][0]
    old, new = hard.meeting_pair(pair)
    ids = list(old.directives), list(new.directives)
    changes = diff.compare(
        diff.items(list(old.directives.values())), diff.items(list(new.directives.values()))
    )
    (change,) = [c for c in changes if [ids[0][i.index] for i in c.old] == [pair.old]]
    assert change.status == diff.REWORDED
    assert [ids[1][i.index] for i in change.new] == [pair.new]


def test_an_extension_stays_linked_however_long_the_clause(hard, monkeypatch):
    old = hard.text("mh22.6")  # the role of respected persons among ethnic minorities
    clauses = [hard.text(f"mh23.{n}") for n in (3, 4, 8, 9, 10)]  # other tasks, as clauses
    corpus = list(hard.meetings["minh-hoa-2022"].directives.values())
    longest = ""
    for count in range(1, len(clauses) + 1):
        longest = (
            old + ", " + ", ".join(clause[0].lower() + clause[1:] for clause in clauses[:count])
        )
        assert diff.pair_similarity(old, longest, corpus) >= diff.MATCH, count
    assert len(longest) >= 6 * len(old)
    # by the cosine alone (no coverage, no fields of work), the longest is not linked:
    # coverage holds it
    monkeypatch.setattr(diff, "CONTAINED_MIN_WORDS", 10**6)
    monkeypatch.setattr(diff, "FIELD_WEIGHT", 0.0)
    assert diff.pair_similarity(old, longest, corpus) < diff.MATCH


def test_a_shared_addressee_does_not_make_one_directive(hard, monkeypatch):
    (pair,) = [p for p in hard.pairs if p.old == "mh22.11"]
    assert not pair.same
    old, new = hard.text(pair.old), hard.text(pair.new)
    corpus = list(hard.meetings["minh-hoa-2022"].directives.values())
    assert diff.pair_similarity(old, new, corpus) < diff.MATCH
    # with no stock phrase (the addressee among them) weighed down, they are linked
    monkeypatch.setattr(diff, "_STOCK_KEYS", {})
    assert diff.pair_similarity(old, new, corpus) >= diff.MATCH


# --- one-to-one pairing: the highest total, not best pair first ---------------------------------


def test_the_pairing_of_highest_total_beats_best_pair_first():
    # old 0's best partner (new 0, 0.52) is old 1's only good one (0.49): taking it first
    # leaves old 1 a poor 0.25 and old 0's second choice (new 1, 0.46) unused
    candidates = [(0.52, 0, 0), (0.49, 1, 0), (0.46, 0, 1), (0.25, 1, 2)]
    assert diff.pairing(candidates) == [(0.49, 1, 0), (0.46, 0, 1)]
    assert diff._best_first(candidates) == [(0.52, 0, 0), (0.25, 1, 2)]
    # groups that share no directive are paired apart; one candidate is its own pairing
    assert diff.pairing([*candidates, (0.3, 5, 7)]) == [(0.49, 1, 0), (0.46, 0, 1), (0.3, 5, 7)]
    assert diff.pairing([]) == []
    # only what a pair scores above the review floor counts: two pairs barely worth a
    # review do not break up one that is clearly the same directive
    weak = [(0.45, 0, 0), (0.25, 1, 0), (0.25, 0, 1)]
    assert diff.pairing(weak, floor=0.18) == [(0.45, 0, 0)]
    assert diff.pairing(weak) == [(0.25, 0, 1), (0.25, 1, 0)]


def test_a_group_beyond_the_limit_is_paired_best_first(monkeypatch):
    candidates = [(0.52, 0, 0), (0.49, 1, 0), (0.46, 0, 1), (0.25, 1, 2)]
    monkeypatch.setattr(diff, "PAIRING_LIMIT", 2)  # three new directives in the group
    assert diff.pairing(candidates) == diff._best_first(candidates)


@settings(max_examples=60, deadline=None)
@given(
    st.lists(
        st.tuples(st.floats(0.01, 1.0, allow_nan=False), st.integers(0, 4), st.integers(0, 5)),
        max_size=14,
        unique_by=lambda c: (c[1], c[2]),
    )
)
def test_the_pairing_is_the_best_of_every_one_to_one_choice(candidates):
    """Against every subset of the candidates that is one-to-one (few enough to try all)."""
    paired = diff.pairing(candidates)
    assert len({o for _, o, _ in paired}) == len({n for _, _, n in paired}) == len(paired)
    assert set(paired) <= set(candidates)
    best = 0.0
    for size in range(len(candidates) + 1):
        for chosen in itertools.combinations(candidates, size):
            olds, news = [o for _, o, _ in chosen], [n for _, _, n in chosen]
            if len(set(olds)) == len(olds) and len(set(news)) == len(news):
                best = max(best, sum(score for score, _, _ in chosen))
    assert sum(score for score, _, _ in paired) >= best - 1e-9


def test_two_real_directives_are_not_pulled_apart_by_a_better_single_pair():
    """The Central Committee's lists of 2020 and 2021 (south.yaml): tw-2020.8 scores best
    with tw-2021.4, which is the only good partner of tw-2020.3 (narrowed); tw-2020.8's own
    continuation is tw-2021.11. Best pair first made tw-2021.4 and tw-2021.11 a split of
    tw-2020.8 and left tw-2020.3 to review; the pairing of highest total links both."""
    real = diffeval.load_labelled([REAL / "south.yaml"])
    old, new = real.meetings["tw-2020"], real.meetings["tw-2021"]
    linked = diffeval.links(old, new)
    assert {("tw-2020.3", "tw-2021.4"), ("tw-2020.8", "tw-2021.11")} <= linked
    assert ("tw-2020.8", "tw-2021.4") not in linked


# --- the real labelled pairs (tests/data/directive-pairs-real/) -------------------------------

REAL = ROOT / "tests" / "data" / "directive-pairs-real"


@pytest.fixture(scope="module")
def real() -> diffeval.LabelledSet:
    return diffeval.load_labelled(diffeval.labelled_files(REAL))


def test_the_real_pairs_load_and_are_what_the_issue_asks(real):
    assert len(real.pairs) >= 40
    assert sum(not pair.same for pair in real.pairs) >= 15  # hard negatives among them
    assert sum(pair.kind in ("reworded", "extended") for pair in real.pairs) >= 15
    assert {pair.same for pair in real.select("tune")} == {True, False}
    # what tuning reads holds no held-out pair: those are in the sealed files alone
    assert real.select("held-out") == []


def _splits(name: str) -> list[str]:
    lines = (REAL / name).read_text(encoding="utf-8").splitlines()
    return [line.split("#")[0].split(":")[1].strip() for line in lines if "  split:" in line]


def test_the_old_held_out_split_is_tuning_data_now(real):
    """The 114 pairs of north.yaml and south.yaml were looked at while tuning (the old
    held-out split too): all are `tune` since 2026-11-30, those that were held-out marked
    so in a comment; the 73 of heldout2.yaml and the 83 of heldout3.yaml, each sealed for one
    measurement (2026-11-30) and seen since, are `tune` too (sessions 4 and 5); only pairs
    nobody tuned on are `held-out`."""
    for name in ("north.yaml", "south.yaml"):
        lines = (REAL / name).read_text(encoding="utf-8").splitlines()
        assert len(_splits(name)) >= 50 and set(_splits(name)) == {"tune"}, name
        assert sum("# held-out until 2026-11-30" in line for line in lines) >= 20, name
    assert len(_splits("heldout2.yaml")) >= 70 and set(_splits("heldout2.yaml")) == {"tune"}
    assert len(_splits("heldout3.yaml")) >= 80 and set(_splits("heldout3.yaml")) == {"tune"}
    tuned = {pair.origin.split(":")[0] for pair in real.select("tune")}
    assert tuned >= {"heldout2.yaml", "heldout3.yaml"}


def test_the_thresholds_are_those_the_tune_split_gives(real):
    """MATCH and REVIEW_FLOOR in giaoban/diff.py are what bench/matching.py chooses on the
    tune split: labelled pairs added, run it again and copy what it prints."""
    from bench import matching

    tune = [(score, pair.same) for pair, score in diffeval.pair_scores(real, "tune")]
    assert diffeval.choose_threshold(tune, guard=matching.guard()) == diff.MATCH
    assert diffeval.choose_review_floor(tune) == diff.REVIEW_FLOOR
    assert matching.chosen(real) == (diff.MATCH, diff.REVIEW_FLOOR)


def test_a_threshold_keeps_the_guard_pairs_precise():
    tune = [(0.9, True), (0.8, True), (0.6, True), (0.4, False), (0.2, False)]
    assert diffeval.choose_threshold(tune) == 0.5  # every same pair, no other
    # invented pairs: two not the same at 0.55 forbid the cuts below them
    guard = [(0.9, True)] * 10 + [(0.55, False)] * 2
    assert diffeval.choose_threshold(tune, guard=guard) == 0.7


# What the matcher reached, held so that it only goes up. Leave-one-couple-out on the tune
# split (diffeval.cross_validate, printed by bench/matching.py): each meeting couple decided at
# the thresholds the other couples give.
CROSS_VALIDATED = {"pair": (0.98, 0.74), "list": (0.98, 0.74)}  # precision, recall
# On the held-out split (the sealed files of diffeval.SEALED: heldout4.yaml, pairs nobody tuned
# on), pair by pair and as ``compare`` links whole lists; the issue's goal is precision 0.95
# and recall 0.9. None until the lead measures it once (bench/matching.py --sealed) and sets
# it to what it gave.
# History: heldout2.yaml, measured once on 2026-11-30 at 07:37 UTC (main f9a8468, MATCH 0.39):
# 73 pairs, 20 same, tp 10, fp 0, fn 10 at both levels: precision 1.0, recall 0.5 (goal NOT
# met); seen since, it is tuning data (session 4).
# heldout3.yaml, measured once on 2026-11-30 at 10:23 UTC (main 7991623, MATCH 0.39,
# REVIEW_FLOOR 0.18, `bench/matching.py --sealed`): 83 pairs, 27 same, tp 19, fp 0, fn 8 at
# both levels: precision 1.0, recall 0.704 (goal 0.95 / 0.9 NOT met; extended 4/6, narrowed
# 2/5, reworded 13/16, no negative linked); seen since, it is tuning data (session 5).
# heldout4.yaml, measured once on 2026-11-30 at 13:15 UTC (main 07faca5, MATCH 0.36,
# REVIEW_FLOOR 0.18, STOCK_WEIGHT 0.5, `bench/matching.py --sealed`): 41 pairs, only 9 same
# (the store ran out of same-body meetings), tp 5, fp 2, fn 4 at both levels: precision 0.714,
# recall 0.556 (goal NOT met; reworded 3/4, extended 1/1, narrowed 1/4; the two false links
# are "Đại hội MTTQ" against "Đại hội Đảng" directives sharing "Đại hội … các cấp", "báo cáo
# chính trị"). Held here so that no change loses what it has.
HELD_OUT: tuple[float, float] | None = (0.71, 0.55)


def test_cross_validated_precision_and_recall(real):
    from bench import matching

    measured = diffeval.cross_validate(real, "tune", matching.guard())
    for level, (precision, recall) in CROSS_VALIDATED.items():
        assert measured[level].precision >= precision, (level, measured[level])
        assert measured[level].recall >= recall, (level, measured[level])
    assert measured["shown"].recall >= measured["list"].recall  # review only adds links


def test_the_containment_slope_is_judged_on_couples_it_was_not_chosen_on(real, monkeypatch):
    """bench/matching.py --nested: with one value to choose from, it is the plain
    leave-one-couple-out at that value; the constant is left as it was; and a slope that
    forgives nothing missing (no link by coverage) loses recall."""
    from bench import matching

    monkeypatch.setattr(diff, "CONTAINED_SLOPE", 2.5)
    counted = matching.nested("CONTAINED_SLOPE", (2.0,))
    assert diff.CONTAINED_SLOPE == 2.5
    monkeypatch.setattr(diff, "CONTAINED_SLOPE", 2.0)
    assert counted == diffeval.cross_validate(real, "tune", matching.guard())["pair"]
    assert counted.precision >= CROSS_VALIDATED["pair"][0]
    assert matching.nested("CONTAINED_SLOPE", (100.0,)).recall < counted.recall


def test_cross_validation_chooses_each_fold_on_the_other_couples(tmp_path):
    """Three couples: in each fold, the other two choose the threshold, so a couple whose
    same pair scores below what the others call same is missed, though a threshold chosen
    on every pair would have linked it."""
    meetings, pairs = [], []
    tasks = [
        (
            "giám sát việc thực hiện chính sách bảo hiểm y tế cho người cao tuổi",
            "giám sát việc thực hiện chính sách bảo hiểm y tế cho người cao tuổi ở cơ sở",
            "vận động nhân dân hiến đất làm đường giao thông nông thôn",
        ),
        (
            "tổ chức Ngày hội Đại đoàn kết toàn dân tộc ở khu dân cư",
            "tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc ở các khu dân cư",
            "góp ý dự thảo Luật Đất đai sửa đổi",
        ),
        (
            "vận động xây dựng nhà Đại đoàn kết cho hộ nghèo",
            "phối hợp hỗ trợ hộ nghèo có nhà ở an toàn",
            "tập huấn nghiệp vụ cho cán bộ Mặt trận cơ sở",
        ),
    ]
    for number, (old, same, other) in enumerate(tasks):
        meetings.append(
            f"  - {{key: c{number}-2022, cluster: C{number}, year: 2022, source: https://x.org,"
            f" directives: [{{id: c{number}a.1, text: '{old}'}},"
            f" {{id: c{number}a.2, text: 'bảo vệ môi trường sinh thái ở cơ sở'}}]}}\n"
            f"  - {{key: c{number}-2023, cluster: C{number}, year: 2023, source: https://x.org,"
            f" directives: [{{id: c{number}b.1, text: '{same}'}},"
            f" {{id: c{number}b.2, text: '{other}'}}]}}\n"
        )
        pairs.append(
            f"  - {{old: c{number}a.1, new: c{number}b.1, same: true, kind: reworded,"
            f" split: tune, why: x}}\n"
            f"  - {{old: c{number}a.2, new: c{number}b.2, same: false, kind: different,"
            f" split: tune, why: y}}\n"
        )
    path = _write(tmp_path, "meetings:\n" + "".join(meetings) + "pairs:\n" + "".join(pairs))
    labelled = diffeval.load_labelled([path])
    assert len(diffeval.couples(labelled.pairs, labelled)) == 3
    scored = {pair.old: score for pair, score in diffeval.pair_scores(labelled, "tune")}
    # the third couple's rewording shares few words: far below the other two
    assert scored["c2a.1"] < min(scored["c0a.1"], scored["c1a.1"]) / 2
    measured = diffeval.cross_validate(labelled, "tune")
    assert measured["pair"].true_positive == 2 and measured["pair"].false_negative == 1
    everything = [(score, pair.same) for pair, score in diffeval.pair_scores(labelled)]
    assert scored["c2a.1"] >= diffeval.choose_threshold(everything)


def test_held_out_precision_and_recall(real):
    """The issue's goal on the held-out split is precision 0.95 and recall 0.9, measured on
    the sealed pairs nobody tuned on (the files of diffeval.SEALED present: heldout4.yaml
    once it lands), pair by pair and as ``compare`` links the meetings' whole lists; held at
    what the lead's one measurement gave (HELD_OUT). Whatever tunes (``real``, the bench
    without --sealed) never reads them. Before a sealed file lands there is nothing held
    out and nothing may have been measured; once one has landed it holds 30 pairs or more."""
    assert real.select("held-out") == []
    files = diffeval.labelled_files(REAL, sealed=True)
    sealed = diffeval.load_labelled(files)
    present = [path.name for path in files if path.name in diffeval.SEALED]
    held_out = sealed.select("held-out")
    assert {pair.origin.split(":")[0] for pair in held_out} == set(present)
    if not present:  # heldout4.yaml has not landed: nothing to measure, nothing measured
        assert held_out == [] and HELD_OUT is None
        return
    assert len(held_out) >= 30
    if HELD_OUT is None:  # not measured yet: the lead measures once and sets HELD_OUT
        return
    precision, recall = HELD_OUT
    for measured in (
        diffeval.list_level(sealed, "held-out"),
        diffeval.pair_level(sealed, split="held-out"),
    ):
        assert measured.precision >= precision, measured
        assert measured.recall >= recall, measured


def test_the_bench_scores_the_sealed_pairs_only_when_asked(tmp_path, monkeypatch, capsys):
    from bench import matching

    for name in ("north.yaml", "heldout4.yaml"):
        (tmp_path / name).write_text(GOOD.replace("a2", name[0] + "2"), encoding="utf-8")
    text = (tmp_path / "heldout4.yaml").read_text(encoding="utf-8")
    (tmp_path / "heldout4.yaml").write_text(text.replace("split: tune", "split: held-out"))
    (tmp_path / "north.yaml").write_text(
        (REAL / "north.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    monkeypatch.setattr(matching, "REAL", tmp_path)
    monkeypatch.setattr(matching, "ROOT", tmp_path.parent)
    results = matching.main()
    out = capsys.readouterr().out
    assert "held-out: heldout4.yaml sealed, not scored" in out
    assert "leave-one-couple-out" in out and "cv_pair_precision" in results
    assert not any(key.startswith("chosen_") for key in results)
    results = matching.main(sealed=True)
    out = capsys.readouterr().out
    assert "held-out: 2 pairs (1 same" in out and "chosen_pair_precision" in results
    (tmp_path / "heldout4.yaml").unlink()
    matching.main()
    assert "held-out: no pairs yet, nothing measured" in capsys.readouterr().out
