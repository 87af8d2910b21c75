"""Faults of the machine: a full disk and a read-only folder give one clear message and
leave nothing half-written. (Interruptions and two exports at once: tests/test_export.py.)

These mount small tmpfs file systems, so they need root, as CI has.
"""

from __future__ import annotations

import contextlib
import shutil
import subprocess
from pathlib import Path

import pytest
from docx import Document

from tests.conftest import EXAMPLES, run


@contextlib.contextmanager
def tmpfs(folder: Path, options: str):
    folder.mkdir(parents=True, exist_ok=True)
    subprocess.run(["mount", "-t", "tmpfs", "-o", options, "tmpfs", str(folder)], check=True)
    try:
        yield folder
    finally:
        subprocess.run(["umount", "-l", str(folder)], check=False)


def no_half_written(folder: Path) -> None:
    assert not list(folder.rglob("*.tmp"))
    for document in folder.rglob("*.docx"):
        Document(str(document))  # every document that is there opens


@pytest.fixture
def records(tmp_path: Path) -> Path:
    folder = tmp_path / "records"
    shutil.copytree(EXAMPLES, folder)
    return folder


def test_render_on_a_full_disk(records: Path, tmp_path: Path):
    with tmpfs(tmp_path / "full", "size=60k") as out:
        result = run(
            "render",
            str(records / "nam-song-hau-2022.yaml"),
            str(records / "nam-song-hau-2023.yaml"),
            "-o",
            str(out),
        )
        assert result.exit_code == 1
        assert "không ghi được vào" in result.stderr
        assert "ổ đĩa đã đầy; hãy xóa bớt tệp" in result.stderr
        assert "Traceback" not in result.output
        no_half_written(out)


def test_export_on_a_full_disk_then_with_room(records: Path, tmp_path: Path):
    with tmpfs(tmp_path / "full", "size=120k") as out:
        result = run("export", str(records), "-o", str(out), "--jobs", "1")
        assert result.exit_code == 1
        assert "ổ đĩa đã đầy; hãy xóa bớt tệp" in result.output
        assert "Traceback" not in result.output
        no_half_written(out)
        subprocess.run(["mount", "-o", "remount,size=4m", str(out)], check=True)
        again = run("export", str(records), "-o", str(out), "--jobs", "1")
        assert again.exit_code == 0, again.output
        assert len(list(out.rglob("*-bien-ban.docx"))) == 3  # 2022, 2023, 2026
        no_half_written(out)


def test_read_only_output_folder(records: Path, tmp_path: Path):
    with tmpfs(tmp_path / "ro", "ro,size=1m") as out:
        result = run("render", str(records / "nam-song-hau-2022.yaml"), "-o", str(out))
        assert result.exit_code == 1
        assert "không ghi được vào" in result.stderr and "chỉ đọc" in result.stderr
        exported = run("export", str(records), "-o", str(out / "sub"))
        assert exported.exit_code == 1
        assert f"không ghi được vào {out / 'sub'}: ổ đĩa hoặc thư mục chỉ đọc" in exported.output
        assert "Traceback" not in exported.output
        # F18: the folder itself, as a secretary names her locked USB stick
        into = run("export", str(records), "-o", str(out))
        assert into.exit_code == 1, into.output
        assert into.stderr.strip().splitlines() == [
            f"không ghi được vào {out}: ổ đĩa hoặc thư mục chỉ đọc (ổ USB khóa ghi, thư mục "
            "mạng không được quyền ghi); hãy ghi vào thư mục khác (-o THƯ-MỤC)"
        ]
        english = run("--lang", "en", "export", str(records), "-o", str(out))
        assert f"cannot write to {out}: the disk or folder is read-only" in english.stderr
        compared = run(
            "diff",
            str(records / "nam-song-hau-2022.yaml"),
            str(records / "nam-song-hau-2023.yaml"),
            "--format",
            "md",
            "-o",
            str(out / "so-sanh.md"),
        )
        assert compared.exit_code == 2 and "chỉ đọc" in compared.stderr, compared.output


def test_output_folder_that_is_a_file(records: Path, tmp_path: Path):
    """-o naming a file (a typo, a document of the same name): said so, exit 1."""
    taken = tmp_path / "xuat"
    taken.write_text("not a folder", encoding="utf-8")
    for command in (
        ["export", str(records), "-o", str(taken)],
        ["render", str(records / "nam-song-hau-2022.yaml"), "-o", str(taken)],
        ["export", str(records), "-o", str(taken / "con")],
    ):
        result = run(*command)
        assert result.exit_code in (1, 2), result.output
        assert "Traceback" not in result.output and "không mong đợi" not in result.output
        assert f"{taken}" in result.stderr, result.stderr
        assert "tệp" in result.stderr
    assert taken.read_text(encoding="utf-8") == "not a folder"


def test_any_command_reports_a_user_os_error_in_one_line(monkeypatch, records: Path):
    """Whatever command meets a full disk or a missing permission, it gets the message
    of files.not_writable and exit 1, never "lỗi không mong đợi" (exit 70)."""
    import errno

    from giaoban.commands import show as show_module

    def refused(_path):
        raise PermissionError(errno.EACCES, "Permission denied", "ban-in/ho-so.md")

    monkeypatch.setattr(show_module, "show", refused)
    result = run("show", str(records / "nam-song-hau-2022.yaml"))
    assert result.exit_code == 1
    assert result.stderr.strip() == (
        "không ghi được vào ban-in/ho-so.md: không có quyền ghi vào đây; hãy ghi vào thư mục "
        "khác (-o THƯ-MỤC) hoặc xin quyền ghi"
    )
