"""The labelled pairs of REAL directives (tests/data/directive-pairs-real/*.yaml) hold together.

Each file lists meetings (a cluster's meeting of one year, with the public report's address and
its directives, each with an id) and pairs of an earlier and a later directive labelled same or
not, with a kind and a split (issue 15, item 5). These checks keep the files fit to choose the
matcher's threshold on (`tune`) and report precision and recall on the rest (`held-out`).
"""

from __future__ import annotations

import unicodedata
from collections import Counter, defaultdict
from pathlib import Path

import pytest
import yaml

from tests.conftest import ROOT

FOLDER = ROOT / "tests" / "data" / "directive-pairs-real"
FILES = sorted(FOLDER.glob("*.yaml"))
SAME_KINDS = {"reworded", "extended", "narrowed", "cosmetic"}
NOT_SAME_KINDS = {"different", "stock-opening"}
SPLITS = {"tune", "held-out"}


def _load(path: Path) -> dict:
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def _directives(data: dict) -> dict[str, tuple[str, dict]]:
    """Directive id -> (meeting key, directive)."""
    return {d["id"]: (m["key"], d) for m in data["meetings"] for d in m["directives"]}


def test_the_folder_holds_the_north_file():
    assert (FOLDER / "north.yaml") in FILES


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_meetings_have_a_source_and_unique_keys_and_ids(path: Path):
    data = _load(path)
    keys = [m["key"] for m in data["meetings"]]
    assert len(keys) == len(set(keys)), [k for k, n in Counter(keys).items() if n > 1]
    ids = [d["id"] for m in data["meetings"] for d in m["directives"]]
    assert len(ids) == len(set(ids)), [i for i, n in Counter(ids).items() if n > 1]
    for meeting in data["meetings"]:
        assert str(meeting.get("source", "")).startswith(("https://", "http://")), meeting["key"]
        assert meeting.get("cluster"), meeting["key"]
        assert isinstance(meeting.get("year"), int), meeting["key"]
        assert meeting["directives"], meeting["key"]
        for directive in meeting["directives"]:
            text = directive["text"]
            assert text.strip() == text and len(text.split()) >= 3, directive["id"]
            assert unicodedata.is_normalized("NFC", text), directive["id"]


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_pairs_refer_to_directives_and_labels_agree(path: Path):
    data = _load(path)
    directives = _directives(data)
    year = {m["key"]: m["year"] for m in data["meetings"]}
    seen = set()
    for pair in data["pairs"]:
        where = f"{pair.get('old')} → {pair.get('new')}"
        assert pair["old"] in directives, where
        assert pair["new"] in directives, where
        old_meeting, new_meeting = directives[pair["old"]][0], directives[pair["new"]][0]
        assert old_meeting != new_meeting, where
        assert year[old_meeting] <= year[new_meeting], where
        assert (pair["old"], pair["new"]) not in seen, f"{where} labelled twice"
        seen.add((pair["old"], pair["new"]))
        assert pair["kind"] in SAME_KINDS | NOT_SAME_KINDS, where
        assert pair["split"] in SPLITS, where
        assert isinstance(pair["same"], bool), where
        assert pair["same"] == (pair["kind"] in SAME_KINDS), f"{where}: same/kind disagree"
        assert str(pair.get("why", "")).strip(), where


@pytest.mark.parametrize("path", FILES, ids=lambda p: p.name)
def test_a_meeting_couple_stays_in_one_split(path: Path):
    data = _load(path)
    directives = _directives(data)
    splits = defaultdict(set)
    for pair in data["pairs"]:
        couple = (directives[pair["old"]][0], directives[pair["new"]][0])
        splits[couple].add(pair["split"])
    assert all(len(s) == 1 for s in splits.values()), dict(splits)


def test_the_north_file_is_big_and_hard_enough():
    """The issue's floor across both files is 40 pairs, 15 hard negatives, 15 rewordings; the
    north file holds at least 55 pairs from 9 meeting couples, 25 hard negatives and the
    carried-over directives its reports give (fewer: the stored reports stop early). Its pairs
    were split about 60% `tune`, 40% `held-out` for the 2026-11-29 measurement; that held-out
    part had been looked at while tuning, so all are `tune` since 2026-11-30."""
    data = _load(FOLDER / "north.yaml")
    pairs = data["pairs"]
    hard = [p for p in pairs if p["kind"] in NOT_SAME_KINDS and _is_hard(p)]
    positive = [p for p in pairs if p["same"]]
    assert len(pairs) >= 55
    assert len({p["old"].split(".")[0] + ">" + p["new"].split(".")[0] for p in pairs}) >= 9
    assert len(hard) >= 25 and len(positive) >= 10
    assert {p["kind"] for p in pairs} >= {"stock-opening", "extended", "narrowed", "reworded"}
    assert {p["split"] for p in pairs} == {"tune"}  # all tuning data since 2026-11-30


def _is_hard(pair: dict) -> bool:
    """A hard negative shares a stock opening, or topic words its `why` names ("chung …")."""
    return pair["kind"] == "stock-opening" or "chung" in pair["why"]


def test_the_folder_holds_the_south_file():
    assert (FOLDER / "south.yaml") in FILES


def test_the_south_file_is_big_and_hard_enough():
    """The south file aims at 35 pairs from at least 3 meeting couples, 12 hard negatives and 12
    rewordings or extensions, all `tune` since 2026-11-30 (as north.yaml)."""
    pairs = _load(FOLDER / "south.yaml")["pairs"]
    hard = [p for p in pairs if p["kind"] in NOT_SAME_KINDS and _is_hard(p)]
    positive = [p for p in pairs if p["same"]]
    assert len(pairs) >= 35
    assert len({p["old"].split(".")[0] + ">" + p["new"].split(".")[0] for p in pairs}) >= 3
    assert len(hard) >= 12 and len(positive) >= 12
    assert {p["kind"] for p in pairs} >= {"stock-opening", "extended", "narrowed", "reworded"}
    assert {p["split"] for p in pairs} == {"tune"}  # all tuning data since 2026-11-30


def test_both_files_together_meet_the_issue_floor():
    """Issue 15, item 5: at least 40 labelled pairs of real directives, at least 15 hard negatives
    and 15 rewordings or extensions."""
    pairs = [p for path in FILES for p in _load(path)["pairs"]]
    assert len(pairs) >= 40
    assert sum(p["kind"] in NOT_SAME_KINDS and _is_hard(p) for p in pairs) >= 15
    assert sum(p["same"] for p in pairs) >= 15


def test_ordinary_negatives_do_not_pass_for_hard_ones():
    """`_is_hard` reads "chung" in `why`; an ordinary negative says what it does not share
    without that word, so the count of hard negatives means what it says."""
    for path in FILES:
        for pair in _load(path)["pairs"]:
            if pair["kind"] == "different" and "âm tính thường" in pair["why"]:
                assert not _is_hard(pair), (path.name, pair["old"], pair["new"])


# --- heldout2.yaml: sealed for one measurement, tuning data since ---------------------------

HELDOUT2 = FOLDER / "heldout2.yaml"


def test_heldout2_is_tuning_data_after_its_one_measurement():
    """heldout2.yaml was sealed for the 2026-11-30 measurement (precision 1.00, recall 0.50)
    and has been looked at since: it is no longer sealed, every pair is `tune`, and its
    header says so (session 4, 2026-11-30)."""
    from giaoban import diffeval

    assert HELDOUT2.name not in diffeval.SEALED
    assert HELDOUT2 in diffeval.labelled_files(FOLDER)  # what tuning reads
    pairs = _load(HELDOUT2)["pairs"]
    assert len(pairs) >= 50 and {p["split"] for p in pairs} == {"tune"}
    header = HELDOUT2.read_text(encoding="utf-8").split("\nmeetings:")[0]
    assert "precision 1.00, recall 0.50" in header and "phiên 4" in header


# What heldout2.yaml holds at least: the brief it was labelled to (50 pairs, 20 carried over,
# 15 hard negatives), from at least 8 meeting couples.
HELDOUT2_FLOOR = {"pairs": 50, "same": 20, "hard": 15, "couples": 8}


def test_heldout2_is_big_and_hard_enough():
    """At least HELDOUT2_FLOOR pairs, pairs of the same task carried over (reworded,
    extended, narrowed), hard negatives (a stock opening or topic words shared, `why` says
    "chung …") and meeting couples; every kind of carry-over and of hard negative present,
    and ordinary negatives kept apart from hard ones."""
    pairs = _load(HELDOUT2)["pairs"]
    hard = [p for p in pairs if p["kind"] in NOT_SAME_KINDS and _is_hard(p)]
    ordinary = [p for p in pairs if "âm tính thường" in p["why"]]
    assert len(pairs) >= HELDOUT2_FLOOR["pairs"]
    assert sum(p["same"] for p in pairs) >= HELDOUT2_FLOOR["same"]
    assert len(hard) >= HELDOUT2_FLOOR["hard"]
    assert ordinary and not set(map(id, ordinary)) & set(map(id, hard))
    assert {p["kind"] for p in pairs} >= {"reworded", "extended", "narrowed", "stock-opening"}
    couples = {p["old"].split(".")[0] + ">" + p["new"].split(".")[0] for p in pairs}
    assert len(couples) >= HELDOUT2_FLOOR["couples"]


# --- the sealed files (heldout4.yaml, when it lands): measured once, never tuned on --------


def _sealed_files() -> list[Path]:
    """The labelled files of the folder that are sealed (none until heldout4.yaml lands)."""
    from giaoban import diffeval

    return [path for path in FILES if path.name in diffeval.SEALED]


def test_the_next_held_out_file_is_sealed_before_it_lands():
    """heldout4.yaml is sealed by name, so that it is kept out of tuning from the moment it
    lands; a sealed file present is left out of what tuning reads, and only sealed files
    are read with ``sealed=True`` beyond it."""
    from giaoban import diffeval

    assert "heldout4.yaml" in diffeval.SEALED
    tuned = diffeval.labelled_files(FOLDER)
    assert not set(_sealed_files()) & set(tuned)
    assert diffeval.labelled_files(FOLDER, sealed=True) == FILES
    assert set(FILES) - set(tuned) == set(_sealed_files())


def test_a_sealed_file_loads_with_the_others_and_is_all_held_out():
    """Each sealed file present: every pair `held-out`, ids unique across every file (so that
    it is measured with the others), and no meeting key, directive id or report address of
    the tuned files (new material only). With none present, the tuned files hold no
    held-out pair: there is nothing to measure."""
    from giaoban import diffeval

    labelled = diffeval.load_labelled(diffeval.labelled_files(FOLDER, sealed=True))
    assert len(labelled.pairs) == sum(len(_load(path)["pairs"]) for path in FILES)
    tuned = [_load(path) for path in FILES if path not in _sealed_files()]
    assert all(p["split"] == "tune" for data in tuned for p in data["pairs"])
    keys = {m["key"] for data in tuned for m in data["meetings"]}
    sources = {m["source"] for data in tuned for m in data["meetings"]}
    ids = {i for data in tuned for i in _directives(data)}
    for path in _sealed_files():
        own = _load(path)
        assert {p["split"] for p in own["pairs"]} == {"held-out"}, path.name
        assert {m["key"] for m in own["meetings"]} <= set(labelled.meetings)
        assert not keys & {m["key"] for m in own["meetings"]}, path.name
        assert not sources & {m["source"] for m in own["meetings"]}, path.name
        assert not ids & set(_directives(own)), path.name


# --- heldout3.yaml: the third held-out set, sealed for one measurement, tuning data since ---

HELDOUT3 = FOLDER / "heldout3.yaml"


def test_heldout3_is_tuning_data_after_its_one_measurement():
    """heldout3.yaml was sealed for the measurement of 2026-11-30 10:23 (precision 1.00,
    recall 0.70) and has been looked at since: it is no longer sealed, every pair is `tune`,
    and its header says so (session 5, 2026-11-30)."""
    from giaoban import diffeval

    assert HELDOUT3.name not in diffeval.SEALED
    assert HELDOUT3 in diffeval.labelled_files(FOLDER)  # what tuning reads
    pairs = _load(HELDOUT3)["pairs"]
    assert len(pairs) >= 80 and {p["split"] for p in pairs} == {"tune"}
    header = HELDOUT3.read_text(encoding="utf-8").split("\nmeetings:")[0]
    assert "precision 1.00, recall 0.70" in header and "phiên 5" in header


# What heldout3.yaml holds at least: its brief's aim (40 pairs, 15 carried over as reworded,
# extended or narrowed, 15 hard negatives), from at least 6 meeting couples, none more than
# three years apart (one couple skips two years its reports do not cover).
HELDOUT3_FLOOR = {"pairs": 40, "same": 15, "hard": 15, "couples": 6, "years_apart": 3}


def test_heldout3_is_big_and_hard_enough():
    """At least HELDOUT3_FLOOR pairs, carried-over pairs (reworded, extended, narrowed: not
    cosmetic), hard negatives (a stock opening or topic words shared, `why` says "chung …")
    and meeting couples; every kind of carry-over and of hard negative present, ordinary
    negatives kept apart from hard ones, and no couple further apart than a diff of a
    yearly archive with a gap would compare."""
    data = _load(HELDOUT3)
    pairs, directives = data["pairs"], _directives(data)
    year = {m["key"]: m["year"] for m in data["meetings"]}
    hard = [p for p in pairs if p["kind"] in NOT_SAME_KINDS and _is_hard(p)]
    ordinary = [p for p in pairs if "âm tính thường" in p["why"]]
    carried_over = {"reworded", "extended", "narrowed"}
    assert len(pairs) >= HELDOUT3_FLOOR["pairs"]
    assert sum(p["kind"] in carried_over for p in pairs) >= HELDOUT3_FLOOR["same"]
    assert len(hard) >= HELDOUT3_FLOOR["hard"]
    assert ordinary and not set(map(id, ordinary)) & set(map(id, hard))
    assert {p["kind"] for p in pairs} >= carried_over | {"stock-opening", "different"}
    couples = {(directives[p["old"]][0], directives[p["new"]][0]) for p in pairs}
    assert len(couples) >= HELDOUT3_FLOOR["couples"]
    apart = HELDOUT3_FLOOR["years_apart"]
    assert all(year[new] - year[old] <= apart for old, new in couples), couples


def test_every_old_directive_of_heldout3_is_paired():
    """heldout3.yaml pairs EVERY directive of the older meeting of a couple with what a
    secretary would link it to, or with its nearest different neighbour: the set holds the
    lists `diff` meets, old directives without a continuation included."""
    data = _load(HELDOUT3)
    directives = _directives(data)
    olds = {directives[p["old"]][0] for p in data["pairs"]}
    paired = {p["old"] for p in data["pairs"]}
    for meeting in data["meetings"]:
        if meeting["key"] in olds:
            assert {d["id"] for d in meeting["directives"]} <= paired, meeting["key"]


def test_heldout3_repeats_no_directive_of_another_file():
    """No directive text of heldout3.yaml is one of another file, whose pairs have been
    looked at: the same clause scored twice would not be new material."""
    own = {d["text"] for _, d in _directives(_load(HELDOUT3)).values()}
    others = [_load(path) for path in FILES if path != HELDOUT3]
    assert not own & {d["text"] for data in others for _, d in _directives(data).values()}
