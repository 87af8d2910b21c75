"""YAML's traps for a secretary writing prose, each named with its fix (s2 trial:
F16, F17, F23, F25): the message says what YAML did and shows the line written right."""

from __future__ import annotations

from pathlib import Path

import pytest

from tests.conftest import edited, line_of, run

RECORD = "nam-song-hau-2023.yaml"
DIRECTIVE = "    text: cần chú trọng hơn nữa đến công tác nắm tình hình nhân dân"
RESULT = "    - ban hành {van-ban-trien-khai} triển khai thực hiện"
LIMITATION = "    - việc ứng dụng công nghệ thông tin ở cơ sở còn chậm"


def _validate(examples: Path, old: str, new: str, *options: str):
    """``giaoban [--lang en] validate ho-so.yaml [--strict]`` on the example, edited."""
    path = edited(examples / RECORD, examples / "ho-so.yaml", old, new)
    before = [o for o in options if o in ("--lang", "en")]
    after = [o for o in options if o not in before]
    return run(*before, "validate", path.name, *after), path


def test_a_text_led_by_a_figure_is_not_an_indentation_error(examples):
    """F23: ``- {id} đã …`` is a flow mapping to YAML; the indentation is fine."""
    result, path = _validate(examples, RESULT, "    - {van-ban-trien-khai} đã được ban hành")
    assert result.exit_code == 1
    line = line_of(path, "{van-ban-trien-khai} đã được")
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"ho-so.yaml:{line}:")
    assert "thụt lề không khớp" not in result.stderr and "expected" not in result.stderr
    assert "bắt đầu bằng '{'" in first
    assert first.endswith(
        'hãy đặt cả câu trong ngoặc kép: - "{van-ban-trien-khai} đã được ban hành"'
    )
    english, _ = _validate(
        examples, RESULT, "    - {van-ban-trien-khai} đã được ban hành", "--lang", "en"
    )
    assert "put the whole text in double quotes" in english.stderr


def test_a_figure_alone_and_template_braces(examples):
    alone, path = _validate(examples, RESULT, "    - {van-ban-trien-khai}")
    assert alone.exit_code == 1
    assert (
        f"ho-so.yaml:{line_of(path, '- {van-ban-trien-khai}')}:7: report.results, mục 1:"
        in alone.stderr
    )
    assert 'hãy đặt cả dòng trong ngoặc kép: "{van-ban-trien-khai}"' in alone.stderr
    braces, _ = _validate(examples, DIRECTIVE, "    text: {{ 7*7 }}")
    assert braces.exit_code == 1
    assert 'ngoặc kép: text: "{{ 7*7 }}"' in braces.stderr
    assert "tên mục phải là chữ" not in braces.stderr
    # the fix shown is right: the quoted line validates
    fixed, _ = _validate(examples, RESULT, '    - "{van-ban-trien-khai} đã được ban hành"')
    assert fixed.exit_code == 0, fixed.output


def test_colon_in_a_list_item_explains_the_mapping(examples):
    """F17: ``- Hạn chế: …`` is a one-key mapping to YAML."""
    result, path = _validate(examples, LIMITATION, "    - Hạn chế: việc ứng dụng còn chậm")
    assert result.exit_code == 1
    line = line_of(path, "Hạn chế:")
    assert result.stderr.splitlines()[0] == (
        f"ho-so.yaml:{line}:7: report.limitations, mục 1: dấu hai chấm và dấu cách (': ') "
        "khiến YAML đọc dòng này thành một bảng chứ không phải một dòng chữ; hãy đặt cả "
        'dòng trong ngoặc kép: "Hạn chế: việc ứng dụng còn chậm"'
    )


def test_a_comment_that_cuts_a_sentence_is_a_warning(examples):
    """F25: " # " inside prose ends the text for YAML; a comment set off by two spaces,
    as YAML comments are written, is left alone."""
    cut = "    text: cần chú trọng hơn nữa # đến công tác nắm tình hình nhân dân"
    result, path = _validate(examples, DIRECTIVE, cut)
    assert result.exit_code == 0
    line = line_of(path, "hơn nữa # đến")
    assert f"ho-so.yaml:{line}:33: cảnh báo: directives, mục 2, text: phần sau dấu ' #'" in (
        result.stderr
    )
    assert "«cần chú trọng hơn nữa»" in result.stderr and "ngoặc kép" in result.stderr
    strict, _ = _validate(examples, DIRECTIVE, cut, "--strict")
    assert strict.exit_code == 1
    comment = DIRECTIVE + "  # lời đồng chí Phó Chủ tịch"
    calm, _ = _validate(examples, DIRECTIVE, comment)
    assert calm.exit_code == 0 and "cảnh báo" not in calm.stderr, calm.stderr
    short, _ = _validate(
        examples,
        "  kind: giao ban\n",
        "  kind: giao ban # loại\n",
    )
    assert "phần sau dấu" not in short.stderr


def test_a_long_plain_record_is_not_an_alias_bomb(examples):
    """F16: 60 000 items written out, no anchor: read like any record."""
    items = "".join(f"    - hạn chế số {n} của năm\n" for n in range(60_000))
    result, _ = _validate(examples, LIMITATION + "\n", items)
    assert "tham chiếu" not in result.stderr and "neo" not in result.stderr, result.stderr[:300]
    assert result.exit_code == 0, result.stderr[:300]


ONE_LINE_RESULTS = (
    "  results:\n    - ban hành {van-ban-trien-khai} triển khai thực hiện\n"
    "    - vận động xây dựng {nha-dai-doan-ket} cho hộ nghèo\n"
)


def test_a_figure_inside_a_one_line_list_gets_each_item_quoted(examples):
    """s4-trial F79: ``results: [vận động {quy} cho Quỹ "Vì người nghèo"]`` (the one-line
    form docs/record-format.md shows for ``titles:``) got PyYAML's English "expected ','
    or ']', but got '{'" and no fix; now the line written right, each item in quotes."""
    typed = (
        '  results: [ban hành {van-ban-trien-khai} cho Quỹ "Vì người nghèo", '
        "vận động xây dựng {nha-dai-doan-ket}]\n"
    )
    result, path = _validate(examples, ONE_LINE_RESULTS, typed)
    assert result.exit_code == 1
    first = result.stderr.splitlines()[0]
    assert first.startswith(f"ho-so.yaml:{line_of(path, 'results: [')}:")
    assert "expected" not in result.stderr and "lỗi cú pháp YAML" not in result.stderr
    fixed = (
        'results: ["ban hành {van-ban-trien-khai} cho Quỹ \\"Vì người nghèo\\"", '
        '"vận động xây dựng {nha-dai-doan-ket}"]'
    )
    assert first.endswith(fixed), first
    # the fix shown is right: the line as shown validates, with the texts as typed
    good, _ = _validate(examples, ONE_LINE_RESULTS, f"  {fixed}\n")
    assert good.exit_code == 0, good.output + good.stderr
    english, _ = _validate(examples, ONE_LINE_RESULTS, typed, "--lang", "en")
    assert "double quotes" in english.stderr and "expected ','" not in english.stderr


def test_a_one_line_list_whose_item_opens_with_a_figure(examples):
    typed = "  results: [{van-ban-trien-khai} đã ban hành, vận động xây dựng nhà]\n"
    result, _ = _validate(examples, ONE_LINE_RESULTS, typed)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].endswith(
        'results: ["{van-ban-trien-khai} đã ban hành", "vận động xây dựng nhà"]'
    )


def test_inner_double_quotes_are_named_not_called_an_indentation_error(examples):
    """s4-trial F95: Quỹ "Vì người nghèo" inside a text in double quotes ends the text at
    the inner quote; the message said "thụt lề không khớp" (she would re-indent a right
    line). Now it names the inner quote (the caret under it) and gives the line written
    right, in single quotes, which validates with the text as typed."""
    typed = '    - "vận động Quỹ "Vì người nghèo" đạt 28 tỷ đồng"'
    result, path = _validate(examples, LIMITATION, typed)
    assert result.exit_code == 1
    first = result.stderr.splitlines()[0]
    line = line_of(path, "Vì người nghèo")
    assert first.startswith(f"ho-so.yaml:{line}:{typed.index(' Quỹ ') + 6}: ")  # the inner "
    assert "thụt lề" not in result.stderr
    assert "ngoặc kép bên trong" in first
    fixed = "- 'vận động Quỹ \"Vì người nghèo\" đạt 28 tỷ đồng'"
    assert first.endswith(fixed), first
    good, path = _validate(examples, LIMITATION, f"    {fixed}")
    assert good.exit_code == 0, good.stderr
    english, _ = _validate(examples, LIMITATION, typed, "--lang", "en")
    assert "inside" in english.stderr and "indentation" not in english.stderr


def test_inner_single_quotes_and_a_key_get_the_fix_in_double_quotes(examples):
    title = "  title: Hội nghị giao ban Cụm thi đua Nam Sông Hậu\n"
    typed = "  title: 'Hội nghị giao ban của Cụm 'Nam Sông Hậu' năm 2023'\n"
    result, _ = _validate(examples, title, typed)
    first = result.stderr.splitlines()[0]
    assert "thụt lề" not in first and "ngoặc đơn bên trong" in first, first
    assert first.endswith("title: \"Hội nghị giao ban của Cụm 'Nam Sông Hậu' năm 2023\"")
    # both kinds inside: the fix keeps double quotes outside and escapes the inner ones
    both = '  title: "Hội nghị \'giao ban\' Cụm "Nam Sông Hậu" năm 2023"\n'
    result, _ = _validate(examples, title, both)
    first = result.stderr.splitlines()[0]
    fixed = '"Hội nghị \'giao ban\' Cụm \\"Nam Sông Hậu\\" năm 2023"'
    assert first.endswith(f"title: {fixed}"), first
    good, _ = _validate(examples, title, f"  title: {fixed}\n")
    assert good.exit_code == 0, good.stderr


def test_a_list_item_indented_one_space_too_far_is_a_warning(examples):
    """s4-trial F95: ``- a`` then ``   - b`` (one space further) is one text "a - b" to
    YAML: two results silently merged into one. Now a warning at the second line, with
    the column its dash belongs in."""
    second = "    - tổ chức tốt Ngày hội Đại đoàn kết toàn dân tộc"
    typed = f"{LIMITATION}\n {second}"
    result, path = _validate(examples, LIMITATION, typed)
    assert result.exit_code == 0
    line = line_of(path, second.strip())
    said = [w for w in result.stderr.splitlines() if w.startswith(f"ho-so.yaml:{line}:6:")]
    assert said, result.stderr
    assert "cảnh báo: report.limitations, mục 1:" in said[0]
    assert "nối vào mục trên" in said[0] and "cột 5" in said[0]
    calm, _ = _validate(examples, LIMITATION, f"{LIMITATION}\n{second}")
    assert "nối vào mục trên" not in calm.stderr
    # a text that runs on over two lines without a dash is no warning
    wrapped, _ = _validate(examples, LIMITATION, f"{LIMITATION}\n      ở một số nơi")
    assert "nối vào mục trên" not in wrapped.stderr


@pytest.mark.parametrize(
    ("typed", "words", "fixed"),
    [
        # a text that opens with a phrase in quotes: YAML takes the phrase for the whole text
        (
            '    - "Vì người nghèo" là quỹ của cả cộng đồng',
            "bắt đầu bằng một cụm trong ngoặc kép",
            "- '\"Vì người nghèo\" là quỹ của cả cộng đồng'",
        ),
        # a one-line list whose item opens with a quoted phrase
        (
            '  limitations: [chậm, "số hóa" còn chậm]',
            "hãy đặt từng mục trong ngoặc kép",
            'limitations: ["chậm", "\\"số hóa\\" còn chậm"]',
        ),
        ("  limitations: - chậm", "xuống dòng", None),
        ("  limitations: |x", "khối chữ nhiều dòng", None),
        ("  limitations: [chậm, {b: c]", "không khớp", None),
    ],
)
def test_the_parsers_other_english_is_said_in_vietnamese(examples, typed, words, fixed):
    """s4-trial F79's family: PyYAML's English ("sequence entries are not allowed here",
    "expected chomping or indentation indicators", "expected ',' or '}'") after "lỗi cú
    pháp YAML:", or a text opening with a quoted phrase called an indentation error."""
    old = LIMITATION if typed.startswith("    - ") else "  limitations:\n" + LIMITATION + "\n"
    new = typed if typed.startswith("    - ") else typed + "\n"
    result, _ = _validate(examples, old, new)
    assert result.exit_code == 1
    first = result.stderr.splitlines()[0]
    assert "lỗi cú pháp YAML" not in first and "thụt lề" not in first, first
    assert words in first, first
    if fixed:
        assert first.endswith(fixed), first
        good, _ = _validate(examples, old, new.replace(new.strip(), fixed))
        assert good.exit_code == 0, good.stderr
