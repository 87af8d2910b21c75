"""Hostile and broken inputs: each ends in its own clear message and a non-zero exit.

Every case is a file as it might arrive from a PDF, an old keyboard, Notepad, another
program or someone testing the tool; the expected words are part of the message a
secretary reads, and where a line can be known, the location too.
"""

from __future__ import annotations

import codecs
from dataclasses import dataclass
from pathlib import Path

import pytest

from tests.conftest import END_OF_ATTENDEES, EXAMPLES, run

BASE = (EXAMPLES / "nam-song-hau-2022.yaml").read_text(encoding="utf-8")
SMALL = "meeting:\n  title: Hội nghị giao ban\n  date: 2022-12-15\n"


@dataclass
class Case:
    name: str
    content: bytes
    words: str
    where: str | None = None  # ":line:" or ":line:column:" expected after the file name


def text(body: str) -> bytes:
    return body.encode("utf-8")


def base(old: str, new: str) -> bytes:
    assert old in BASE, old
    return BASE.replace(old, new, 1).encode("utf-8")


def nested_block(depth: int) -> bytes:
    lines = [f"{'  ' * level}k{level}:" for level in range(depth)]
    return ("\n".join(lines) + " x\n").encode()


def alias_bomb() -> bytes:
    lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
    for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
        lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
    return "\n".join(lines).encode()


CASES = [
    # --- YAML syntax, every kind a secretary meets
    Case(
        "unclosed-double-quote",
        base("    province: Bạc Liêu", '    province: "Bạc Liêu'),
        "dấu ngoặc kép mở ở đây chưa được đóng",
        ":13:",
    ),
    Case("unclosed-single-quote", text(SMALL + "  kind: 'giao ban\n"), "chưa đóng", ":5:"),
    Case("unclosed-flow-sequence", text(SMALL + "  kind: [giao ban\n"), "chưa đóng"),
    Case("unclosed-flow-mapping", text(SMALL + "  place: {locality: Cà Mau\n"), "chưa đóng"),
    Case("bad-indentation", text(SMALL + "   kind: giao ban\n"), "thụt lề", ":4:"),
    Case(
        "colon-in-value",
        text(SMALL.replace("title: Hội nghị giao ban", "title: Hội nghị: giao ban")),
        "dấu ':'",
        ":2:",
    ),
    Case("tab-indentation", text(SMALL + "\tkind: giao ban\n"), "Tab", ":4:1:"),
    Case("undefined-alias", text(SMALL + "  kind: *loai\n"), "neo &... không tồn tại", ":4:"),
    Case("two-documents", text(SMALL + "---\n" + SMALL), "nhiều tài liệu"),
    Case("sequence-then-mapping", text("- a\nmeeting: b\n"), "thụt lề", ":2:"),
    Case("stray-bracket", text(SMALL + "  kind: giao ban]\n"), "'giao ban]' không hợp lệ", ":4:3:"),
    Case(
        "reserved-indicator",
        text(SMALL + "  kind: @giao\n"),
        "không được đứng đầu một giá trị YAML",
        ":4:",
    ),
    Case("duplicate-anchor", text("a: &x 1\nb: &x 2\nc: *x\n" + SMALL), "lỗi cú pháp YAML"),
    # --- wrong types, at every level
    Case("root-list", text("- meeting\n- attendees\n"), "không phải một danh sách", ":1:1:"),
    Case("root-text", text("biên bản hội nghị\n"), "không phải một danh sách", ":1:1:"),
    Case("meeting-text", text("meeting: Hội nghị\n"), "meeting: cần các mục con", ":1:"),
    Case(
        "attendees-mapping", text(SMALL + "attendees:\n  id: a\n"), "attendees: cần một danh sách"
    ),
    Case(
        "attendee-text",
        text(SMALL + "attendees:\n  - Lữ Văn Hùng\n"),
        "attendees, mục 1: cần các mục con",
        ":5:",
    ),
    Case(
        "titles-mapping",
        base("    titles: Phó Chủ tịch", "    titles: {a: b}\n    x_titles: Phó"),
        "titles",
        ":24:",
    ),
    Case(
        "date-list",
        text(SMALL.replace("date: 2022-12-15", "date: [2022, 12, 15]")),
        "meeting.date",
        ":3:",
    ),
    Case(
        "figure-value-words", base("value: 19455", "value: nhiều"), "'nhiều' không phải số", ":165:"
    ),
    Case(
        "year-words",
        base("    year: 2022\n    # Bài", "    year: hai nghìn\n    # Bài"),
        "không phải số nguyên",
        ":16:",
    ),
    Case(
        "flag-maybe",
        base("  to: Cà Mau", "  to: Cà Mau\n  flag: có lẽ"),
        "trường này viết true (có) hoặc false (không)",
        ":194:",
    ),
    Case(
        "paragraph-list",
        base(
            "      - verb: đề nghị\n        directives: [khac",
            "      - [a, b]\n      - verb: đề nghị\n        directives: [khac",
        ),
        "speeches, mục 1, paragraphs, mục 2",
        ":56:",
    ),
    # --- unknown and duplicated keys
    Case(
        "unknown-top-key",
        base("\ndirectives:", "\ndirectivs:"),
        "có phải ý bạn là 'directives'",
        ":114:1:",
    ),
    Case(
        "unknown-nested-key",
        text(SMALL.replace("title:", "titel:")),
        "có phải ý bạn là 'title'",
        ":2:3:",
    ),
    Case(
        "unknown-attendee-key",
        base("    name: Lữ Văn Hùng", "    nmae: Lữ Văn Hùng"),
        "có phải ý bạn là 'name'",
        ":29:",
    ),
    Case(
        "duplicate-top-key",
        text(SMALL + "meeting:\n  title: B\n"),
        "'meeting' xuất hiện hai lần (lần đầu ở dòng 1)",
        ":4:1:",
    ),
    Case(
        "duplicate-nested-key",
        text(SMALL + "  date: 2023-01-01\n"),
        "'date' xuất hiện hai lần (lần đầu ở dòng 3)",
        ":4:3:",
    ),
    # --- size and shape bombs
    Case(
        "five-megabyte-string",
        text(SMALL + "  organiser: " + "x" * 5_000_000 + "\n"),
        "đoạn chữ quá dài",
        ":4:",
    ),
    Case("deep-flow-nesting", text("a: " + "[" * 20000 + "]" * 20000 + "\n"), "lồng nhau quá sâu"),
    Case("deep-block-nesting", nested_block(400), "lồng nhau quá sâu"),
    Case("alias-bomb", alias_bomb(), "tham chiếu * tới neo &"),
    Case(
        # one anchor repeated without end; a long record written out is no bomb
        # (tests/test_yaml_traps.py::test_a_long_plain_record_is_not_an_alias_bomb)
        "alias-fan-out",
        text(SMALL + "x: &x [a, b]\ny: [" + "*x, " * 30000 + "]\n"),
        "hơn 50000 giá trị",
    ),
    # --- tags: data only, never objects
    Case(
        "python-object-apply",
        text(SMALL + "  kind: !!python/object/apply:os.system [ls]\n"),
        "thẻ YAML !!python/object/apply:os.system",
        ":4:9:",
    ),
    Case("python-name", text(SMALL + "  kind: !!python/name:os.system ''\n"), "!!python/name"),
    Case("custom-tag", text(SMALL + "  kind: !giao ban\n"), "thẻ YAML !giao"),
    Case("binary-tag", text(SMALL + "  kind: !!binary aGVsbG8=\n"), "thẻ YAML !!binary"),
    Case("set-tag", text(SMALL + "  kind: !!set {a: null}\n"), "thẻ YAML !!set"),
    # --- not text
    Case("png-file", b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(200), "byte NUL"),
    Case("nul-in-text", text(SMALL).replace(b"giao", b"gi\x00ao"), "byte NUL"),
    Case("utf16-without-bom", SMALL.encode("utf-16-le"), "UTF-16 không có BOM"),
    Case("bom-mismatch", codecs.BOM_UTF16_LE + text(SMALL + "x"), "dấu BOM của utf-16"),
    # --- control characters (Word's XML cannot hold them)
    Case(
        "raw-bell",
        text(SMALL.replace("giao ban", "giao\x07ban")),
        "ký tự điều khiển U+0007",
        ":2:23:",
    ),
    Case(
        "escaped-escape",
        text(SMALL + '  kind: "giao\\x1bban"\n'),
        "ký tự điều khiển U+001B",
        ":4:9:",
    ),
    Case("raw-vertical-tab", text(SMALL.replace("giao ban", "giao\x0bban")), "U+000B", ":2:23:"),
    # --- characters that print nothing but reverse the text (s3-trial F46)
    Case(
        "bidi-override",
        text(SMALL.replace("giao ban", "giao ban\u202e")),
        "ký tự ẩn U+202E RIGHT-TO-LEFT OVERRIDE ngay sau «",
        ":2:",
    ),
    Case("isolate", text(SMALL.replace("giao ban", "giao\u2067ban")), "U+2067", ":2:"),
    # --- encodings
    Case("windows-1258", BASE.encode("cp1258", errors="replace"), "Windows-1258", ":3:"),
    Case("tcvn3", text("meeting:\n  title: ") + b"H\xe9i ngh\xfc giao ban\n", "TCVN3", ":2:"),
    Case("vni", text("meeting:\n  title: ") + b"Hoi nghi Vie\xe4t Nam\n", "VNI", ":2:"),
    Case("latin-1", "meeting:\n  title: café\n".encode("latin-1"), "không phải mã UTF-8", ":2:"),
    # --- impossible values
    Case("february-30", base("date: 2022-12-15", "date: 2022-02-30"), "không có thật", ":10:"),
    Case(
        "april-31-vietnamese-order",
        base("date: 2022-12-15", "date: 31/04/2022"),
        "không có thật",
        ":10:",
    ),
    Case("month-13", base("date: 2022-12-15", "date: 2022-13-01"), "không có thật", ":10:"),
    Case(
        "hour-25",
        base("  kind: giao ban", "  kind: giao ban\n  start: 25:00"),
        "'25:00' không phải giờ",
        ":10:",
    ),
    Case(
        "end-before-start",
        base("  kind: giao ban", "  kind: giao ban\n  start: 14:00\n  end: 8:00"),
        "giờ kết thúc phải sau giờ bắt đầu",
        ":11:",
    ),
    # --- ids that look like paths, empty files
    Case(
        "path-like-id",
        base(END_OF_ATTENDEES, END_OF_ATTENDEES + "  - id: ../../x\n    group: Đại diện\n"),
        "chỉ được gồm chữ, số",
        ":39:",
    ),
    Case(
        "slash-in-directive-id",
        base("  - id: kien-toan-can-bo", "  - id: a/b"),
        "không '/'",
        ":153:",
    ),
    Case("empty", b"", "tệp trống"),
    Case("only-comments", text("# chưa viết gì\n\n# cả\n"), "tệp trống"),
    Case("only-spaces-and-crlf", b"  \r\n\r\n   \r\n", "tệp trống"),
]


def test_the_corpus_is_large():
    assert len(CASES) >= 40
    assert len({case.name for case in CASES}) == len(CASES)


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_hostile_input_gets_a_clear_message(tmp_path, monkeypatch, case: Case):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "giaoban.yaml").write_text(
        (EXAMPLES / "giaoban.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    path = tmp_path / "ho-so.yaml"
    path.write_bytes(case.content)
    result = run("validate", "ho-so.yaml")
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert case.words in result.stderr, result.stderr[:500]
    if case.where:
        assert f"ho-so.yaml{case.where}" in result.stderr, result.stderr[:500]
    rendered = run("render", "ho-so.yaml", "-o", "out")
    assert rendered.exit_code == 1
    assert not (tmp_path / "out").exists() or not any((tmp_path / "out").iterdir())


@pytest.mark.parametrize(
    "content",
    [
        codecs.BOM_UTF8 + text(SMALL),
        SMALL.encode("utf-16"),
        codecs.BOM_UTF16_BE + SMALL.encode("utf-16-be"),
        SMALL.encode("utf-32"),
        text(SMALL.replace("\n", "\r\n")),
        text(SMALL.replace("\n", "\r")),
    ],
    ids=["utf8-bom", "utf16-le-bom", "utf16-be-bom", "utf32-bom", "crlf", "cr"],
)
def test_every_bom_and_line_ending_is_read(tmp_path, content):
    path = tmp_path / "ho-so.yaml"
    path.write_bytes(content)
    result = run("validate", str(path))
    assert result.exit_code == 0, result.stderr


def test_crlf_errors_keep_their_line(tmp_path):
    path = tmp_path / "ho-so.yaml"
    path.write_bytes(text((SMALL + "  kind: giao bam\n").replace("\n", "\r\n")))
    assert f"{path}:4:3:" in run("validate", str(path)).stderr


def test_titles_that_look_like_paths_stay_in_the_output_folder(tmp_path):
    record = tmp_path / "in" / "ho-so.yaml"
    record.parent.mkdir()
    record.write_text(SMALL.replace("Hội nghị giao ban", "../../../../tmp/thoat"), encoding="utf-8")
    out = tmp_path / "out"
    assert run("render", str(record), "-o", str(out)).exit_code == 0
    written = sorted(
        p.relative_to(tmp_path).as_posix()
        for p in tmp_path.rglob("*")
        if p.is_file() and ".giaoban" not in p.parts  # what render wrote, in its manifest
    )
    assert written == [
        "in/ho-so.yaml",
        "out/ho-so-bien-ban.docx",
        "out/ho-so-tin-bai.docx",
        "out/ho-so-tin-bai.md",
    ]
    assert not Path("/tmp/thoat-bien-ban.docx").exists()


def test_a_folder_named_like_a_record(tmp_path):
    (tmp_path / "x.yaml").mkdir()
    result = run("render", str(tmp_path / "x.yaml"), "-o", str(tmp_path / "out"))
    assert result.exit_code == 1
    assert "đây là thư mục, không phải tệp" in result.stderr
