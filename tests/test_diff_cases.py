"""giaoban diff, the cases of issue 11: invisible characters, one-run insertions, split
threads across years, the multi-year table in Markdown."""

from __future__ import annotations

import json
import re
import zipfile
from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from giaoban.diff import REWORDED, UNCHANGED, compare, items, word_pieces
from giaoban.vietnamese import capitalize_first
from tests.conftest import run
from tests.test_diff import LIST, write
from tests.tracked import resolve

INVISIBLE = {
    "soft hyphen": "\u00ad",
    "zero-width space": "\u200b",
    "zero-width non-joiner": "\u200c",
    "zero-width joiner": "\u200d",
    "left-to-right mark": "\u200e",
    "word joiner": "\u2060",
    "BOM": "\ufeff",
}
OLD = "cần chú trọng hơn nữa đến công tác nắm tình hình nhân dân"
NEW = OLD + ", nhất là ở vùng đồng bào dân tộc Khmer"


def hidden(text: str, mark: str) -> str:
    """``text`` with ``mark`` inside two of its words, as pasted from a web page."""
    return text.replace("tình", f"tì{mark}nh", 1).replace("nhân", f"nh{mark}ân", 1)


@pytest.mark.parametrize("mark", INVISIBLE.values(), ids=INVISIBLE.keys())
def test_invisible_characters_never_count(mark, tmp_path):
    (change,) = compare(items([OLD]), items([hidden(OLD, mark)]))
    assert change.status == UNCHANGED
    assert change.new[0].text == OLD
    # in a word diff: only the insertion, the words with the mark inside are equal
    (change,) = compare(items([OLD]), items([hidden(NEW, mark)]))
    assert change.status == REWORDED
    assert change.word_diff() == [("=", OLD), ("+", ", nhất là ở vùng đồng bào dân tộc Khmer")]
    # a tracked-changes diff of two records that differ only by the mark: no revision
    old = write(tmp_path, "a.yaml", 2022, [OLD, LIST[0]])
    new = write(tmp_path, "b.yaml", 2023, [hidden(OLD, mark), LIST[0]])
    data = json.loads(run("diff", str(old), str(new), "--format", "json").stdout)
    assert [d["status"] for d in data["directives"]] == ["unchanged", "unchanged"]
    target = tmp_path / "so-sanh.docx"
    assert run("diff", str(old), str(new), "--format", "docx", "-o", str(target)).exit_code == 0
    xml = zipfile.ZipFile(target).read("word/document.xml").decode()
    assert "<w:ins " not in xml and "<w:del " not in xml and mark not in xml


def test_an_insertion_after_a_word_pair_is_one_run(tmp_path):
    assert word_pieces(OLD, NEW) == [("=", OLD), ("+", ", nhất là ở vùng đồng bào dân tộc Khmer")]
    old = write(tmp_path, "a.yaml", 2022, [OLD])
    new = write(tmp_path, "b.yaml", 2023, [NEW])
    text = run("diff", str(old), str(new)).stdout
    assert "nắm tình hình nhân dân{+, nhất là ở vùng đồng bào dân tộc Khmer+}" in text
    markdown = run("diff", str(old), str(new), "--format", "md").stdout
    # the comma outside the marks: "dân**," would print literal asterisks (s2-trial F21)
    assert "nhân dân, **nhất là ở vùng đồng bào dân tộc Khmer**" in markdown
    page = run("diff", str(old), str(new), "--format", "html").stdout
    assert "nhân dân<ins>, nhất là ở vùng đồng bào dân tộc Khmer</ins>" in page
    target = tmp_path / "so-sanh.docx"
    run("diff", str(old), str(new), "--format", "docx", "-o", str(target))
    xml = zipfile.ZipFile(target).read("word/document.xml").decode()
    assert len(re.findall(r"<w:ins ", xml)) == 1  # one insertion, not two
    # the list begins each directive with a capital, as the minutes do (s2-trial F35)
    assert resolve(target, accept=True)[-1] == capitalize_first(NEW)
    assert resolve(target, accept=False)[-1] == capitalize_first(OLD)


@pytest.mark.parametrize(
    ("old", "new", "expected"),
    [
        # a word taken out, a comma kept where it was
        (
            "giải quyết kịp thời, không để xảy ra điểm nóng",
            "giải quyết, không để xảy ra điểm nóng",
            "giải quyết [-kịp thời-], không để xảy ra điểm nóng",
        ),
        # a word moved: out where it was, in where it is
        (
            "kịp thời thông tin, báo cáo về Ủy ban",
            "thông tin, báo cáo kịp thời về Ủy ban",
            "[-kịp thời-] thông tin, báo cáo {+kịp thời+} về Ủy ban",
        ),
        # a short equal word between two insertions is folded into one replacement
        (
            "tuyên truyền chủ trương",
            "tuyên truyền sâu rộng các chủ trương, chính sách của Đảng",
            "tuyên truyền {+sâu rộng các+} chủ trương{+, chính sách của Đảng+}",
        ),
        ("Chính quyền các cấp", "chính quyền các cấp", "[-Chính-] {+chính+} quyền các cấp"),
    ],
)
def test_word_diff_aligns_on_whole_words(old, new, expected, tmp_path):
    from giaoban.diff import inline

    assert inline(word_pieces(old, new), "[-{}-]", "{{+{}+}}") == expected


WORDS = st.sampled_from(["nhân", "dân", "tộc", "Khmer", "cán", "bộ", "Mặt", "trận", ",", ";", "."])


@given(st.lists(WORDS, max_size=12), st.lists(WORDS, max_size=12))
def test_word_pieces_give_back_both_texts(old_words, new_words):
    old, new = " ".join(old_words), " ".join(new_words)
    pieces = word_pieces(old, new)
    assert "".join(t for op, t in pieces if op != "+") == old
    assert "".join(t for op, t in pieces if op != "-") == new


def _split_archive(folder: Path) -> None:
    whole = (
        "nâng cao chất lượng giám sát chuyên đề và tổ chức tốt phản biện xã hội "
        "đối với dự thảo văn bản của cấp ủy, chính quyền"
    )
    parts = [
        "nâng cao chất lượng giám sát chuyên đề",
        "tổ chức tốt phản biện xã hội đối với dự thảo văn bản của cấp ủy, chính quyền",
    ]
    write(folder, "2022.yaml", 2022, [{"id": "giam-sat", "text": whole}, LIST[2]])
    write(
        folder,
        "2023.yaml",
        2023,
        [
            {"id": "giam-sat-chuyen-de", "continues": "giam-sat", "text": parts[0]},
            {"id": "phan-bien", "continues": "giam-sat", "text": parts[1]},
            LIST[2],
        ],
    )
    write(folder, "2024.yaml", 2024, [{"id": "giam-sat-chuyen-de", "text": parts[0]}, LIST[2]])


def test_a_thread_follows_every_part_of_a_split(tmp_path):
    _split_archive(tmp_path)
    result = run("diff", str(tmp_path), "--cluster", "Nam Sông Hậu", "--format", "json")
    assert result.exit_code == 1, result.stderr
    threads = json.loads(result.stdout)["threads"]
    assert [(t["text"][:30], t["years"], t["part_of"]) for t in threads] == [
        ("nâng cao chất lượng giám sát c", {"2022": "new", "2023": "split"}, None),
        ("nâng cao chất lượng giám sát c", {"2023": "split", "2024": "unchanged"}, 0),
        ("tổ chức tốt phản biện xã hội đ", {"2023": "split", "2024": "dropped"}, 0),
        (LIST[2][:30], {"2022": "new", "2023": "unchanged", "2024": "unchanged"}, None),
    ]


def test_the_multi_year_table_in_markdown_is_a_table(tmp_path):
    _split_archive(tmp_path)
    markdown = run("diff", str(tmp_path), "--cluster", "Nam Sông Hậu", "--format", "md").stdout
    table = markdown[markdown.index("## Chỉ đạo qua các năm") :].splitlines()
    assert table[:4] == [
        "## Chỉ đạo qua các năm",
        "",
        "| Chỉ đạo | 2022 | 2023 | 2024 |",
        "|---|---|---|---|",
    ]
    assert table[4].startswith("| nâng cao chất lượng giám sát chuyên đề và tổ chức")
    assert table[4].endswith(" | mới | tách |  |")
    assert table[5] == "| ↳ nâng cao chất lượng giám sát chuyên đề |  | tách | giữ nguyên |"
    assert table[6].endswith(" |  | tách | bỏ |") and table[6].startswith("| ↳ tổ chức tốt")
    assert table[7] == f"| {LIST[2]} | mới | giữ nguyên | giữ nguyên |"
    assert len(table) == 8


def test_an_insertion_split_around_a_repeated_word_is_joined_again():
    """The issue's form, as a matcher taking the later "dân" gives it: made one run."""
    from giaoban.diff import _absorbed, _factored, _merged, _spaced, word_tokens

    old, new = word_tokens(OLD), word_tokens(NEW)
    later = max(i for i, (_, word) in enumerate(new) if word == "dân")
    runs = [
        ("=", old[:-1], new[: len(old) - 1]),  # "... nhân"
        ("~", [], new[len(old) - 1 : later]),  # "dân, nhất là ở vùng đồng bào"
        ("=", old[-1:], new[later : later + 1]),  # the later "dân"
        ("~", [], new[later + 1 :]),  # "tộc Khmer"
    ]
    assert _spaced(runs)[1] == ("+", " dân, nhất là ở vùng đồng bào")  # the faulty form
    assert _spaced(_absorbed(_factored(_merged(runs)))) == [
        ("=", OLD),
        ("+", ", nhất là ở vùng đồng bào dân tộc Khmer"),
    ]


def test_the_html_page_shows_split_parts_and_their_rows(tmp_path):
    _split_archive(tmp_path)
    page = run("diff", str(tmp_path), "--cluster", "Nam Sông Hậu", "--format", "html").stdout
    assert (
        "<li><b>tách</b>: nâng cao chất lượng giám sát chuyên đề và tổ chức tốt phản biện xã "
        "hội đối với dự thảo văn bản của cấp ủy, chính quyền → nâng cao chất lượng giám sát "
        "chuyên đề | tổ chức tốt phản biện xã hội" in page
    )
    assert "<h2>Chỉ đạo qua các năm</h2><table><tr><th>Chỉ đạo</th>" in page
    assert (
        '<tr><td style="padding-left:1.9em">↳ tổ chức tốt phản biện xã hội đối với dự thảo văn '
        "bản của cấp ủy, chính quyền</td><td></td><td>tách</td><td>bỏ</td></tr>" in page
    )
