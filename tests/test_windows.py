"""What secretaries meet on Windows: a portable export lock, documents open in Word.

Windows refuses to replace a file another program holds open: ``os.replace`` raises
PermissionError (winerror 32). The tests make ``os.replace`` refuse for one document,
as Word would, and check that the others are still written and the one is named.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_2022, EXAMPLES, ROOT, run
from tests.test_export import files

HOLD_LOCK = """
import sys
from pathlib import Path
from giaoban.export import _locked
with _locked(Path(sys.argv[1])):
    print("held", flush=True)
    sys.stdin.read()
"""


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    folder = tmp_path / "luu-tru"
    shutil.copytree(EXAMPLES, folder)
    return folder


def open_in_word(monkeypatch, name: str) -> list[str]:
    """``os.replace`` refuses for targets called ``name``, as Windows does for an open file."""
    refused: list[str] = []
    real = os.replace

    def replace(source, target, *args, **kwargs):
        if Path(target).name == name:
            refused.append(str(target))
            raise PermissionError(
                13, "The process cannot access the file because it is being used", str(target)
            )
        return real(source, target, *args, **kwargs)

    monkeypatch.setattr(os, "replace", replace)
    return refused


def test_a_second_export_into_the_same_folder_is_refused(archive, tmp_path):
    out = tmp_path / "xuat"
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(out)],
        cwd=ROOT,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "held"
        refused = run("export", str(archive), "-o", str(out), "--jobs", "1")
    finally:
        holder.communicate("", timeout=60)
    assert refused.exit_code == 1
    assert f"một lệnh xuất khác đang ghi vào {out}; hãy đợi lệnh đó xong" in refused.stderr
    assert files(out) == {}
    # the lock goes with the process that held it
    after = run("export", str(archive), "-o", str(out), "--jobs", "1")
    assert after.exit_code == 0, after.output
    assert (out / "nam-song-hau-2022-bien-ban.docx").is_file()


def test_export_names_the_document_open_in_word_and_writes_the_others(
    archive, tmp_path, monkeypatch
):
    out = tmp_path / "xuat"
    assert run("export", str(archive), "-o", str(out), "--jobs", "1").exit_code == 0
    before = (out / "nam-song-hau-2022-bien-ban.docx").read_bytes()
    record = archive / EXAMPLE_2022
    text = record.read_text(encoding="utf-8")
    assert "locality: thành phố Bạc Liêu" in text
    record.write_text(
        text.replace("thành phố Bạc Liêu", "phường 1, thành phố Bạc Liêu", 1), encoding="utf-8"
    )
    refused = open_in_word(monkeypatch, "nam-song-hau-2022-bien-ban.docx")
    result = run("export", str(archive), "-o", str(out), "--jobs", "1")
    assert result.exit_code == 1
    assert len(refused) == 1
    assert (
        "chưa thay được nam-song-hau-2022-bien-ban.docx: tệp đang mở trong một chương trình "
        "khác (Word?) hoặc chỉ đọc; hãy đóng tệp rồi chạy lại lệnh" in result.stderr
    )
    assert (out / "nam-song-hau-2022-bien-ban.docx").read_bytes() == before
    assert "phường 1" in (out / "nam-song-hau-2022-tin-bai.md").read_text(encoding="utf-8")
    assert not list(out.rglob("*.tmp"))
    # Word closed: the next run writes it, and only what is out of date
    monkeypatch.undo()
    again = run("export", str(archive), "-o", str(out), "--jobs", "1")
    assert again.exit_code == 0, again.output
    assert (out / "nam-song-hau-2022-bien-ban.docx").read_bytes() != before
    assert "1 đã xuất, 2 không đổi" in again.output  # 2022 rewritten; 2023, 2026 kept


def test_export_goes_on_when_a_year_summary_is_open_in_word(archive, tmp_path, monkeypatch):
    out = tmp_path / "xuat"
    open_in_word(monkeypatch, "tong-hop-2022.docx")
    result = run("export", str(archive), "-o", str(out), "--jobs", "1")
    assert result.exit_code == 1
    assert "chưa thay được tong-hop-2022.docx: tệp đang mở" in result.stderr
    assert not (out / "tong-hop-2022.docx").exists()
    assert (out / "tong-hop-2022.md").is_file() and (out / "tong-hop-2023.docx").is_file()


def test_render_names_the_document_open_in_word_and_writes_the_others(
    archive, tmp_path, monkeypatch
):
    out = tmp_path / "ra"
    open_in_word(monkeypatch, "nam-song-hau-2022-bien-ban.docx")
    result = run(
        "render",
        str(archive / EXAMPLE_2022),
        str(archive / "nam-song-hau-2023.yaml"),
        "-o",
        str(out),
    )
    assert result.exit_code == 1
    target = out / "nam-song-hau-2022-bien-ban.docx"
    assert f"chưa thay được {target}: tệp đang mở trong một chương trình khác" in result.stderr
    assert not target.exists()
    # .giaoban/ holds what render wrote (so that a later edit is never overwritten)
    assert sorted(p.name for p in out.iterdir() if p.name != ".giaoban") == [
        "nam-song-hau-2022-tin-bai.docx",
        "nam-song-hau-2022-tin-bai.md",
        "nam-song-hau-2023-bien-ban.docx",
        "nam-song-hau-2023-tin-bai.docx",
        "nam-song-hau-2023-tin-bai.md",
    ]


def test_a_diff_written_over_a_document_open_in_word_is_named(archive, tmp_path, monkeypatch):
    target = tmp_path / "so-sanh.docx"
    target.write_bytes(b"the copy open in Word")
    open_in_word(monkeypatch, "so-sanh.docx")
    result = run(
        "diff",
        str(archive / EXAMPLE_2022),
        str(archive / "nam-song-hau-2023.yaml"),
        "--format",
        "docx",
        "-o",
        str(target),
        "--force",  # not giaoban's: without --force it is kept (test_edited_outputs)
    )
    assert result.exit_code == 2
    assert f"chưa thay được {target}: tệp đang mở trong một chương trình khác" in result.stderr
    assert target.read_bytes() == b"the copy open in Word"
    assert [p.name for p in tmp_path.iterdir() if p.name.endswith(".tmp")] == []
