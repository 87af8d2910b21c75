"""s3-trial findings F47, F48, F49 (leftovers, CLOSING3): a mistake a secretary can make
with file names or pasted text gets a message naming the file (and line) and the fix."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import run


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
