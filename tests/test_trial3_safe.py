"""s3-trial findings F47, F48, F49 (leftovers, CLOSING3): a mistake a secretary can make
with file names or pasted text gets a message naming the file (and line) and the fix."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import EXAMPLE_2022, run


def test_a_notepad_txt_record_in_a_folder_is_named_with_the_fix(examples: Path, tmp_path):
    """F48: Notepad saves "hoi-nghi.yaml" as "hoi-nghi.yaml.txt" (Explorer hides the .txt);
    validate and export left it out without a word."""
    shutil.copy(examples / "nam-song-hau-2023.yaml", examples / "hoi-nghi.yaml.txt")
    checked = run("validate", str(examples))
    assert checked.exit_code == 0, checked.output
    expected = "hoi-nghi.yaml.txt:1:1: cảnh báo: có phải hồ sơ? Tên tệp có thêm đuôi .txt"
    assert expected in checked.stderr, checked.stderr
    assert "đổi tên thành hoi-nghi.yaml" in checked.stderr
    exported = run("export", str(examples), "-o", str(tmp_path / "xuat"), "--jobs", "1")
    assert exported.exit_code == 0, exported.output
    assert expected in exported.stderr, exported.stderr


def test_a_notepad_txt_record_named_directly_gives_the_records_document_names(
    examples: Path, tmp_path
):
    """`render hoi-nghi.yaml.txt` (named on the command line, it is read) wrote
    "hoi-nghi.yaml-bien-ban.docx": the documents are named as for hoi-nghi.yaml."""
    shutil.copy(examples / "nam-song-hau-2023.yaml", examples / "hoi-nghi.yaml.txt")
    rendered = run("render", "hoi-nghi.yaml.txt", "-o", str(tmp_path / "ra"))
    assert rendered.exit_code == 0, rendered.output
    names = sorted(p.name for p in (tmp_path / "ra").iterdir() if not p.name.startswith("."))
    assert names == ["hoi-nghi-bien-ban.docx", "hoi-nghi-tin-bai.docx", "hoi-nghi-tin-bai.md"]


LONG = (
    "Hội nghị giao ban Cụm thi đua các tỉnh Nam Sông Hậu năm hai nghìn không trăm hai mươi "
    "hai tại thành phố Bạc Liêu tỉnh Bạc Liêu ngày mười lăm tháng mười hai có đồng chí Phó "
    "Chủ tịch"
)  # 231 bytes in UTF-8: Vietnamese letters take two or three


def test_a_record_name_too_long_for_its_documents_is_blamed_not_the_folder(
    examples: Path, tmp_path
):
    """F47: "đường dẫn quá dài; hãy chọn thư mục ngắn hơn" for a record whose name is too
    long for a file name (255 bytes on Linux, macOS and Windows' NTFS) once giaoban adds
    "-bien-ban.docx": no folder could do. Said by validate too, before anything is made."""
    record = examples / f"{LONG}.yaml"
    shutil.copy(examples / EXAMPLE_2022, record)
    made = run("render", str(record), "-o", str(tmp_path / "ra"))
    assert made.exit_code == 1
    assert "chọn thư mục ngắn hơn" not in made.stderr, made.stderr
    assert "tên tệp quá dài" in made.stderr and "hãy đặt tên hồ sơ ngắn hơn" in made.stderr
    checked = run("validate", str(record))
    assert checked.exit_code == 0
    assert f"{LONG}.yaml:1:1: cảnh báo: tên tệp hồ sơ quá dài (231 byte" in checked.stderr
    assert "tối đa 220" in checked.stderr, checked.stderr


def _pasted(examples: Path, old: str, new: str) -> Path:
    record = examples / "dan.yaml"
    text = (examples / EXAMPLE_2022).read_text(encoding="utf-8")
    assert old in text
    record.write_text(text.replace(old, new, 1), encoding="utf-8")
    return record


def test_a_pasted_non_breaking_space_indent_is_named_at_its_line(examples: Path):
    """F49: line 9 indented with two U+00A0 (what Word, web pages and chat apps paste) was
    reported at line 10 as "dấu ':' không hợp lệ ở đây", a line that looks right."""
    line = (
        (examples / EXAMPLE_2022).read_text(encoding="utf-8").split("\n").index("  kind: giao ban")
    )
    _pasted(examples, "\n  kind: giao ban", "\n\u00a0\u00a0kind: giao ban")
    checked = run("validate", "dan.yaml")
    assert checked.exit_code == 1
    assert checked.stderr.startswith(f"dan.yaml:{line + 1}:1: "), checked.stderr
    assert "dấu cách không ngắt (U+00A0)" in checked.stderr
    assert "gõ lại bằng phím cách" in checked.stderr


def test_a_full_width_colon_is_named_at_its_line(examples: Path):
    """F49: "kind：giao ban" (a full-width colon from an input method) was reported at the
    next line as a ':' missing "ở dòng trước"."""
    line = (
        (examples / EXAMPLE_2022).read_text(encoding="utf-8").split("\n").index("  kind: giao ban")
    )
    _pasted(examples, "\n  kind: giao ban", "\n  kind\uff1agiao ban")
    checked = run("validate", "dan.yaml")
    assert checked.exit_code == 1
    assert checked.stderr.startswith(f"dan.yaml:{line + 1}:7: "), checked.stderr
    assert "'：' (U+FF1A" in checked.stderr and "':'" in checked.stderr
