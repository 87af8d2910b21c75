"""Output names every system can hold (s4-trial F74): a record named "hội nghị: 12-2025.yaml"
or "tổng kết?.yaml" gave documents (and zip members) that Windows Explorer cannot extract
and a FAT/exFAT USB stick cannot take, without a word. Now the characters Windows refuses
become "_" in the documents' names, the same in render, export and the zip, and the record
gets a warning that says so and names the documents."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

from tests.conftest import EXAMPLE_2022, EXAMPLES, run

NAMES = {"hội nghị: 12-2025": "hội nghị_ 12-2025", "tổng kết?": "tổng kết_", 'a"b': "a_b"}
WINDOWS_FORBIDDEN = set('<>:"\\|?*')


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "wn"
    folder.mkdir()
    shutil.copy(EXAMPLES / "giaoban.yaml", folder)
    for name in NAMES:
        shutil.copy(EXAMPLES / EXAMPLE_2022, folder / f"{name}.yaml")
    return folder


def test_export_and_zip_write_names_windows_can_hold(tmp_path):
    folder = _folder(tmp_path)
    out = tmp_path / "out"
    result = run("export", str(folder), "-o", str(out), "--zip")
    assert result.exit_code == 0, result.output
    written = [p.name for p in out.rglob("*") if p.is_file()]
    for safe in NAMES.values():
        assert f"{safe}-bien-ban.docx" in written
        assert f"{safe}-tin-bai.docx" in written
    assert not [n for n in written if WINDOWS_FORBIDDEN & set(n)]
    (bundle,) = out.glob("*.zip")
    members = zipfile.ZipFile(bundle).namelist()
    assert f"{NAMES['tổng kết?']}-bien-ban.docx" in members
    assert not [n for n in members if WINDOWS_FORBIDDEN & set(n)]
    # said, with the record's name and the document's new one
    assert "tổng kết?.yaml" in result.output
    assert "Windows" in result.output and "tổng kết_-bien-ban.docx" in result.output


def test_render_writes_the_same_names_and_says_so(tmp_path):
    folder = _folder(tmp_path)
    out = tmp_path / "out"
    record = folder / "hội nghị: 12-2025.yaml"
    result = run("render", str(record), "-o", str(out))
    assert result.exit_code == 0, result.output
    assert (out / "hội nghị_ 12-2025-bien-ban.docx").is_file()
    assert not (out / "hội nghị: 12-2025-bien-ban.docx").exists()
    assert "cảnh báo" in result.output and "“:”" in result.output
    # validate says it too, at the record
    checked = run("validate", str(record))
    assert "hội nghị_ 12-2025-bien-ban.docx" in checked.output


def test_two_records_that_would_share_a_safe_name_are_refused(tmp_path):
    folder = _folder(tmp_path)
    shutil.copy(EXAMPLES / EXAMPLE_2022, folder / "tổng kết_.yaml")
    out = tmp_path / "out"
    result = run(
        "render", str(folder / "tổng kết?.yaml"), str(folder / "tổng kết_.yaml"), "-o", str(out)
    )
    assert result.exit_code != 0
    assert "tổng kết_.yaml" in result.output
    result = run("export", str(folder), "-o", str(out))
    assert result.exit_code != 0
    assert len(list(out.glob("tổng kết_-bien-ban.docx"))) == 1


def test_a_plain_name_gets_no_such_warning(tmp_path):
    folder = _folder(tmp_path)
    shutil.copy(EXAMPLES / EXAMPLE_2022, folder / "nam-song-hau.yaml")
    assert "Windows" not in run("validate", str(folder / "nam-song-hau.yaml")).output
