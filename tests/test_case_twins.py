"""Names that differ only in case (s5-trial F123): Windows and macOS hold them as one file,
so "NAM-SONG-HAU-2022.YAML" beside "nam-song-hau-2022.yaml" gave two documents whose names
one zip held twice (unpacked on Windows, one replaced the other), and `new` (the web's
"Tạo" too) made a record beside its case twin. One rule, giaoban.files.same_file_key."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

from giaoban.files import case_twin, same_file_key
from tests.conftest import EXAMPLE_2022, EXAMPLES, run


def test_the_key_ignores_case_and_unicode_form():
    assert same_file_key("NAM-SONG-HAU-2022.YAML") == same_file_key("nam-song-hau-2022.yaml")
    # "Đ" and "đ", a name typed in NFD (macOS) and one in NFC
    assert same_file_key("ĐÔNG NAM BỘ") == same_file_key("đông nam bộ")
    assert same_file_key("Ho\u0302\u0323i") == same_file_key("hội")
    assert same_file_key("a-2022") != same_file_key("a-2023")


def test_case_twin_names_the_other_file_not_itself(tmp_path):
    (tmp_path / "nam-song-hau-2022.yaml").write_text("x", encoding="utf-8")
    assert case_twin(tmp_path / "NAM-SONG-HAU-2022.YAML") == tmp_path / "nam-song-hau-2022.yaml"
    assert case_twin(tmp_path / "nam-song-hau-2022.yaml") is None
    assert case_twin(tmp_path / "khac.yaml") is None
    assert case_twin(tmp_path / "missing" / "a.yaml") is None


def _folder(tmp_path: Path) -> Path:
    folder = tmp_path / "kho"
    folder.mkdir()
    shutil.copy(EXAMPLES / "giaoban.yaml", folder)
    shutil.copy(EXAMPLES / EXAMPLE_2022, folder)
    shutil.copy(EXAMPLES / "nam-song-hau-2023.yaml", folder / "NAM-SONG-HAU-2022.YAML")
    return folder


def test_export_refuses_the_second_of_two_case_twins(tmp_path):
    folder = _folder(tmp_path)
    out = tmp_path / "out"
    result = run("export", str(folder), "-o", str(out), "--zip")
    assert result.exit_code != 0
    assert "chữ hoa" in result.output and "Windows" in result.output
    (bundle,) = out.glob("*.zip")
    keys = [same_file_key(name) for name in zipfile.ZipFile(bundle).namelist()]
    assert len(keys) == len(set(keys)), keys
    assert len([p for p in out.glob("*-bien-ban.docx")]) == 1


def test_render_refuses_two_case_twins(tmp_path):
    folder = _folder(tmp_path)
    out = tmp_path / "out"
    result = run(
        "render", str(folder / EXAMPLE_2022), str(folder / "NAM-SONG-HAU-2022.YAML"), "-o", str(out)
    )
    assert result.exit_code == 2
    assert "chữ hoa" in result.output
    assert not out.exists() or not list(out.glob("*.docx"))


def test_new_refuses_a_case_twin_of_an_existing_record(tmp_path, monkeypatch):
    folder = tmp_path / "kho"
    folder.mkdir()
    shutil.copy(EXAMPLES / "giaoban.yaml", folder)
    shutil.copy(EXAMPLES / EXAMPLE_2022, folder)
    monkeypatch.chdir(folder)
    for force in ([], ["--force"]):
        result = run("new", "Nam-Song-Hau-2022.yaml", "--date", "2024-12-12", *force)
        assert result.exit_code == 2, result.output
        assert "nam-song-hau-2022.yaml" in result.output and "chữ hoa" in result.output
        assert not (folder / "Nam-Song-Hau-2022.yaml").exists()
