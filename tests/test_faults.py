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
        assert "No space left on device" in result.stderr
        assert "Traceback" not in result.output
        no_half_written(out)


def test_export_on_a_full_disk_then_with_room(records: Path, tmp_path: Path):
    with tmpfs(tmp_path / "full", "size=120k") as out:
        result = run("export", str(records), "-o", str(out), "--jobs", "1")
        assert result.exit_code == 1
        assert "No space left on device" in result.output
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
        assert "không ghi được vào" in result.stderr and "Read-only file system" in result.stderr
        exported = run("export", str(records), "-o", str(out / "sub"))
        assert exported.exit_code == 1
        assert "Read-only file system" in exported.output
        assert "Traceback" not in exported.output
