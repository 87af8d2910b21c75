"""Lists pasted from Word (s5-trial F110): results, directives and priorities pasted with
Word's "•", "–", "+", "1.", "a)" instead of YAML's "- " were one run-on sentence
("đã • chủ động … • xây dựng …"), valid, without a word, and the one warning blamed the
next line's "-". Now lines that are a list unambiguously become its items; otherwise a
warning names the line of the mark and the fix."""

from __future__ import annotations

import pytest

from giaoban.record import load_record
from tests.conftest import edited, line_of, run

SOURCE = "nam-song-hau-2023.yaml"
RESULTS = """    - ban hành {van-ban-trien-khai} triển khai thực hiện
    - vận động xây dựng {nha-dai-doan-ket} cho hộ nghèo
"""


def _results(examples, pasted: str, name: str = "r.yaml"):
    return edited(examples / SOURCE, examples / name, RESULTS, pasted)


@pytest.mark.parametrize(
    "marks",
    [("•", "•", "•"), ("–", "–", "–"), ("+", "+", "+"), ("1.", "2.", "3."), ("a)", "b)", "c)")],
)
def test_word_bullets_become_the_items(examples, marks):
    first, second, third = marks
    record = _results(
        examples,
        f"    {first} ban hành {{van-ban-trien-khai}} triển khai thực hiện\n"
        f"    {second} vận động xây dựng {{nha-dai-doan-ket}} cho hộ nghèo\n"
        f"    {third} phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc\n",
    )
    result = run("validate", str(record))
    assert result.exit_code == 0, result.output
    assert "YAML" not in result.output  # no warning about the list
    results = load_record(record).record.report.results
    assert results == [
        "ban hành {van-ban-trien-khai} triển khai thực hiện",
        "vận động xây dựng {nha-dai-doan-ket} cho hộ nghèo",
        "phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc",
    ]
    run("render", str(record), "-o", "out", "--format", "txt", "--only", "press")
    press = (examples / "out" / "r-tin-bai.txt").read_text(encoding="utf-8")
    # the third item a sentence of its own, no mark left inside the text
    assert "đã phối hợp tổ chức Ngày hội Đại đoàn kết toàn dân tộc." in press
    assert f" {second} " not in press and f" {third} " not in press


def test_a_wrapped_item_and_a_dash_after_a_bullet_stay_whole(examples):
    # Word's first bullet kept, the next items dashed by hand; the first item wrapped
    record = _results(
        examples,
        "    • ban hành {van-ban-trien-khai} triển khai thực hiện\n"
        "      các nghị quyết của Đảng\n"
        "    - vận động xây dựng {nha-dai-doan-ket} cho hộ nghèo\n",
    )
    result = run("validate", str(record))
    assert "thụt vào sâu hơn" not in result.output  # the old warning blamed the good line
    assert load_record(record).record.report.results == [
        "ban hành {van-ban-trien-khai} triển khai thực hiện các nghị quyết của Đảng",
        "vận động xây dựng {nha-dai-doan-ket} cho hộ nghèo",
    ]


def test_an_opening_sentence_before_the_bullets_is_warned_at_the_first_bullet(examples):
    record = _results(
        examples,
        "    MTTQ các tỉnh trong Cụm đã\n"
        "    • ban hành {van-ban-trien-khai} triển khai thực hiện\n"
        "    • vận động xây dựng {nha-dai-doan-ket} cho hộ nghèo\n",
    )
    result = run("validate", str(record))
    assert result.exit_code == 0
    line = line_of(record, "• ban hành")
    assert f"r.yaml:{line}:5: cảnh báo: report.results: dòng này bắt đầu bằng '•'" in (
        result.output
    ), result.output
    assert "'- '" in result.output
    assert run("validate", "--strict", str(record)).exit_code == 1


def test_sub_items_and_numbers_out_of_order_are_warned_not_guessed(examples):
    for pasted in (
        "    1. ban hành {van-ban-trien-khai} triển khai thực hiện\n"
        "    3. vận động xây dựng {nha-dai-doan-ket} cho hộ nghèo\n",
        "    • ban hành {van-ban-trien-khai} triển khai thực hiện\n"
        "        – vận động xây dựng {nha-dai-doan-ket} cho hộ nghèo\n",
    ):
        record = _results(examples, pasted)
        result = run("validate", str(record))
        line = line_of(record, pasted.split("{")[0].strip())
        assert f"r.yaml:{line}:5: cảnh báo" in result.output, pasted
        assert len(load_record(record).record.report.results) == 1


def test_priorities_and_directives_pasted_as_lists(examples):
    text = (examples / SOURCE).read_text(encoding="utf-8")
    start = text.index("priorities:\n")
    end = text.index("\nhandover:")
    text = (
        text[:start]
        + (
            "priorities:\n"
            "  • tổ chức thành công Đại hội Mặt trận Tổ quốc Việt Nam các cấp\n"
            "  • đẩy mạnh chuyển đổi số trong hoạt động của Mặt trận\n"
        )
        + text[end:]
    )
    (examples / "p.yaml").write_text(text, encoding="utf-8")
    assert run("validate", "p.yaml").exit_code == 0
    assert load_record(examples / "p.yaml").record.priorities.items == [
        "tổ chức thành công Đại hội Mặt trận Tổ quốc Việt Nam các cấp",
        "đẩy mạnh chuyển đổi số trong hoạt động của Mặt trận",
    ]
    # a directive's text holding a pasted list: one text, so only a warning can say it
    record = edited(
        examples / SOURCE,
        examples / "d.yaml",
        "    text: cần chú trọng hơn nữa đến công tác nắm tình hình nhân dân\n",
        "    text:\n      – cần chú trọng hơn nữa đến công tác nắm tình hình nhân dân\n"
        "      – kịp thời báo cáo\n",
    )
    result = run("validate", str(record))
    line = line_of(record, "– cần chú trọng")
    assert f"d.yaml:{line}:7: cảnh báo: directives, mục 2, text: các dòng bắt đầu bằng '–'" in (
        result.output
    ), result.output


def test_an_item_of_a_list_continued_by_bullets_is_split_in_place(examples):
    record = _results(
        examples,
        "    - ban hành {van-ban-trien-khai} triển khai thực hiện\n"
        "      • vận động xây dựng {nha-dai-doan-ket} cho hộ nghèo\n"
        "      • phối hợp tổ chức Ngày hội Đại đoàn kết\n"
        "    - giám sát {van-ban-trien-khai}x\n",
    )
    record.write_text(
        record.read_text(encoding="utf-8").replace("{van-ban-trien-khai}x", "chính sách"),
        encoding="utf-8",
    )
    assert run("validate", str(record)).exit_code == 0
    assert load_record(record).record.report.results == [
        "ban hành {van-ban-trien-khai} triển khai thực hiện",
        "vận động xây dựng {nha-dai-doan-ket} cho hộ nghèo",
        "phối hợp tổ chức Ngày hội Đại đoàn kết",
        "giám sát chính sách",
    ]


def test_a_dash_inside_a_wrapped_sentence_is_not_a_list(examples):
    record = _results(
        examples,
        "    - ban hành {van-ban-trien-khai} triển khai nhiệm kỳ 2024\n      – 2029 của Mặt trận\n",
    )
    result = run("validate", str(record))
    assert "cảnh báo: report.results" not in result.output
    assert load_record(record).record.report.results == [
        "ban hành {van-ban-trien-khai} triển khai nhiệm kỳ 2024 – 2029 của Mặt trận"
    ]
