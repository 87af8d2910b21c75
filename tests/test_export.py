"""giaoban export: a whole archive, incremental, safe for edited files and interruptions."""

from __future__ import annotations

import json
import os
import re
import shutil
import signal
import subprocess
import sys
import time
import zipfile
from pathlib import Path

import pytest
from docx import Document

from bench.generate import generate
from tests.conftest import EXAMPLES, ROOT, run


@pytest.fixture
def archive(tmp_path: Path) -> Path:
    """Three years of meetings in year folders, with one broken record in 2022."""
    folder = tmp_path / "luu-tru"
    for year in (2021, 2022, 2023):
        (folder / str(year)).mkdir(parents=True)
    (folder / "giaoban.yaml").write_text(
        (EXAMPLES / "giaoban.yaml").read_text(encoding="utf-8"), encoding="utf-8"
    )
    source = (EXAMPLES / "nam-song-hau-2022.yaml").read_text(encoding="utf-8")
    for year in (2021, 2022, 2023):
        text = source.replace("date: 2022-12-15", f"date: {year}-12-15")
        text = text.replace("    year: 2022\n", f"    year: {year}\n", 1)
        # the Cụm trưởng is handed over for the next work year
        text = text.replace("  year: 2023\n\npress:", f"  year: {year + 1}\n\npress:")
        (folder / str(year) / f"nam-song-hau-{year}.yaml").write_text(text, encoding="utf-8")
    (folder / "2022" / "hong.yaml").write_text(
        source.replace("date: 2022-12-15", "date: 2022-02-30"), encoding="utf-8"
    )
    return folder


def export(*args: str):
    return run("export", *args)


def files(folder: Path) -> dict[str, tuple[int, int]]:
    """Every file under ``folder`` with its inode and mtime, to see what a run rewrote."""
    return {
        p.relative_to(folder).as_posix(): (p.stat().st_ino, p.stat().st_mtime_ns)
        for p in folder.rglob("*")
        if p.is_file() and ".giaoban" not in p.parts
    }


def test_one_year_exported_broken_record_named_rerun_rewrites_nothing(archive, tmp_path):
    out = tmp_path / "xuat"
    result = export(str(archive), "-o", str(out), "--year", "2022", "--jobs", "2")
    assert result.exit_code == 1
    assert "2022/hong.yaml" in result.stderr
    assert "hong.yaml:10:3:" in result.stderr and "không có thật" in result.stderr
    produced = sorted(files(out))
    assert produced == [
        "2022/nam-song-hau-2022-bien-ban.docx",
        "2022/nam-song-hau-2022-tin-bai.docx",
        "2022/nam-song-hau-2022-tin-bai.md",
        "tong-hop-2022.docx",
        "tong-hop-2022.md",
    ]
    assert "1 đã xuất, 0 không đổi, 1 lỗi" in result.output
    before = files(out)
    again = export(str(archive), "-o", str(out), "--year", "2022")
    assert "0 đã xuất, 1 không đổi, 1 lỗi" in again.output
    assert files(out) == before  # same inodes and times: nothing rewritten


def test_everything_and_the_year_summary(archive, tmp_path):
    (archive / "2022" / "hong.yaml").unlink()
    out = tmp_path / "xuat"
    result = export(str(archive), "-o", str(out), "--jobs", "2")
    assert result.exit_code == 0, result.stderr
    for year in (2021, 2022, 2023):
        assert (out / str(year) / f"nam-song-hau-{year}-bien-ban.docx").is_file()
        assert (out / f"tong-hop-{year}.docx").is_file()
    summary = (out / "tong-hop-2022.md").read_text(encoding="utf-8")
    assert "| 1 | 15/12/2022 | Hội nghị giao ban Cụm thi đua Nam Sông Hậu |" in summary
    assert "| Nam Sông Hậu | 2021 | Bạc Liêu |" in summary  # rotation over every year
    assert "| Nam Sông Hậu | 2023 | Cà Mau |" in summary
    assert "19.455 văn bản" in summary


def test_summary_has_a_chart_when_meetings_share_a_figure(tmp_path):
    generate(20, tmp_path / "a")  # years cycle over 8: some years hold three meetings
    out = tmp_path / "out"
    assert export(str(tmp_path / "a"), "-o", str(out), "--jobs", "1").exit_code == 0
    summaries = sorted(out.glob("tong-hop-*.docx"))
    charts = [len(Document(str(s)).inline_shapes) for s in summaries]
    assert any(count >= 1 for count in charts)
    with zipfile.ZipFile(summaries[0]) as docx:
        assert any(name.endswith(".png") for name in docx.namelist()) == (charts[0] >= 1)


def test_edited_document_is_kept_until_forced(archive, tmp_path):
    (archive / "2022" / "hong.yaml").unlink()
    out = tmp_path / "xuat"
    assert export(str(archive), "-o", str(out), "--year", "2023").exit_code == 0
    minutes = out / "2023" / "nam-song-hau-2023-bien-ban.docx"
    document = Document(str(minutes))
    document.add_paragraph("Ghi chú của thư ký")
    document.save(str(minutes))
    edited = minutes.read_bytes()
    record = archive / "2023" / "nam-song-hau-2023.yaml"
    record.write_text(record.read_text(encoding="utf-8").replace("9.6", "9.7"), encoding="utf-8")

    result = export(str(archive), "-o", str(out), "--year", "2023")
    # The kept minutes still say 9,6% beside a press report saying 9,7%: the meeting's
    # papers disagree, so the run is no success (s3-trial F26; render exits 1 too).
    assert result.exit_code == 1
    assert minutes.read_bytes() == edited
    assert (
        "giữ nguyên 2023/nam-song-hau-2023-bien-ban.docx vì đã được sửa tay, nhưng hồ sơ "
        "2023/nam-song-hau-2023.yaml (hoặc mẫu) đã thay đổi từ lần xuất trước: tài liệu này "
        "không còn khớp với 2023/nam-song-hau-2023-tin-bai.docx, " in result.stderr
    )
    assert "9,7%" in (out / "2023" / "nam-song-hau-2023-tin-bai.md").read_text(encoding="utf-8")
    assert "1 giữ nguyên" in result.output
    # still kept on the next run, and still reported as disagreeing
    again = export(str(archive), "-o", str(out), "--year", "2023")
    assert again.exit_code == 1
    assert minutes.read_bytes() == edited
    assert "2023/nam-song-hau-2023-bien-ban.docx vì đã được sửa tay, nhưng hồ sơ" in again.stderr
    # the record back as the minutes were made from: only the hand edit differs, and an
    # edit of one's own document is no failure
    record.write_text(record.read_text(encoding="utf-8").replace("9.7", "9.6"), encoding="utf-8")
    back = export(str(archive), "-o", str(out), "--year", "2023")
    assert back.exit_code == 0, back.stderr
    assert minutes.read_bytes() == edited
    assert "giữ nguyên 2023/nam-song-hau-2023-bien-ban.docx: tệp đã được sửa" in back.stderr

    forced = export(str(archive), "-o", str(out), "--year", "2023", "--force")
    assert forced.exit_code == 0
    assert minutes.read_bytes() != edited
    assert "Ghi chú của thư ký" not in "\n".join(p.text for p in Document(str(minutes)).paragraphs)


def test_a_file_already_there_is_not_overwritten(archive, tmp_path):
    (archive / "2022" / "hong.yaml").unlink()
    out = tmp_path / "xuat"
    (out / "2021").mkdir(parents=True)
    mine = out / "2021" / "nam-song-hau-2021-tin-bai.md"
    mine.write_text("bản của tôi", encoding="utf-8")
    result = export(str(archive), "-o", str(out), "--year", "2021")
    assert mine.read_text(encoding="utf-8") == "bản của tôi"
    # not "edited after the last export": there was none (s3-trial F13)
    assert (
        "giữ nguyên 2021/nam-song-hau-2021-tin-bai.md: tệp này đã có sẵn và không phải do "
        "giaoban ghi" in result.stderr
    )
    assert result.exit_code == 1  # the meeting has no press report of this record's


def test_a_link_in_the_output_folder_to_a_folder_elsewhere_is_not_written_through(tmp_path):
    archive = tmp_path / "luu-tru"
    (archive / "sub").mkdir(parents=True)
    (archive / "giaoban.yaml").write_bytes((EXAMPLES / "giaoban.yaml").read_bytes())
    (archive / "sub" / "a.yaml").write_bytes((EXAMPLES / "nam-song-hau-2022.yaml").read_bytes())
    (archive / "b.yaml").write_bytes((EXAMPLES / "nam-song-hau-2022.yaml").read_bytes())
    outside = tmp_path / "ngoai"
    outside.mkdir()
    out = tmp_path / "xuat"
    out.mkdir()
    (out / "sub").symlink_to(outside, target_is_directory=True)
    result = export(str(archive), "-o", str(out))
    assert result.exit_code == 1
    assert list(outside.iterdir()) == []  # nothing written outside OUT (s3-trial F13)
    assert (
        f"sub/a.yaml: không ghi vào sub: thư mục đó là liên kết tới {outside}, nằm ngoài thư "
        f"mục ra {out}" in result.stderr
    )
    assert (out / "b-bien-ban.docx").is_file()  # the other records are written


def test_cluster_filter_zip_and_fail_fast(archive, tmp_path):
    out = tmp_path / "xuat"
    result = export(
        str(archive), "-o", str(out), "--cluster", "nam song hau", "--year", "2021", "--zip"
    )
    bundle = out / "giaoban-2021.zip"
    with zipfile.ZipFile(bundle) as archive_zip:
        names = sorted(archive_zip.namelist())
    assert "2021/nam-song-hau-2021-bien-ban.docx" in names
    assert "tong-hop-2021.docx" in names
    assert not any(name.startswith("2022/") for name in names)
    assert result.exit_code == 1  # the broken record's year cannot be known: it is reported
    none = export(str(archive), "-o", str(tmp_path / "khac"), "--cluster", "Tây Nguyên")
    assert "0 đã xuất, 0 không đổi, 1 lỗi" in none.output  # only the unreadable one is left
    assert "1 hồ sơ được chọn trên 4" in none.output
    fast = export(str(archive), "-o", str(tmp_path / "nhanh"), "--fail-fast", "--jobs", "1")
    assert fast.exit_code == 1
    assert "1 lỗi" in fast.output
    # the records after the error are counted and said (s3-trial F34): 4 found in all
    (counts,) = [line for line in fast.stdout.splitlines() if line.startswith("Kết quả")]
    done = sum(int(n) for n in re.findall(r"(\d+) (?:đã xuất|không đổi|lỗi)", counts))
    assert counts.endswith(
        f"trên 4. Dừng ở lỗi đầu tiên (--fail-fast): {4 - done} hồ sơ chưa xuất."
    )


def test_pdf_in_one_libreoffice_run(archive, tmp_path):
    (archive / "2022" / "hong.yaml").unlink()
    out = tmp_path / "xuat"
    result = export(str(archive), "-o", str(out), "--year", "2022", "--pdf")
    assert result.exit_code == 0, result.stderr
    assert (out / "2022" / "nam-song-hau-2022-bien-ban.pdf").is_file()
    assert (out / "tong-hop-2022.docx").is_file()


@pytest.mark.parametrize("how", [signal.SIGINT, signal.SIGKILL], ids=["sigint", "sigkill"])
def test_interrupted_export_leaves_documents_that_open(tmp_path, how):
    generate(40, tmp_path / "a")
    out = tmp_path / "out"
    command = [
        sys.executable,
        "-m",
        "giaoban",
        "export",
        str(tmp_path / "a"),
        "-o",
        str(out),
        "--jobs",
        "2",
    ]
    process = subprocess.Popen(
        command, cwd=ROOT, stdout=subprocess.PIPE, stderr=subprocess.PIPE, start_new_session=True
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline:
        if len(list(out.rglob("*.docx"))) >= 6:
            break
        time.sleep(0.05)
    os.killpg(process.pid, how) if how == signal.SIGKILL else process.send_signal(how)
    process.communicate(timeout=120)
    if how == signal.SIGINT:
        assert process.returncode == 130
        assert not list(out.rglob("*.tmp"))  # cleaned on the way out
    for document in out.rglob("*.docx"):
        Document(str(document))  # every document opens
    manifest = out / ".giaoban" / "manifest.json"
    if manifest.exists():
        json.loads(manifest.read_text(encoding="utf-8"))
    again = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert again.returncode == 0, again.stderr
    assert len(list(out.rglob("*-bien-ban.docx"))) == 40
    assert not list(out.rglob("*.tmp"))
    for document in out.rglob("*.docx"):
        Document(str(document))
    third = subprocess.run(command, cwd=ROOT, capture_output=True, text=True, timeout=300)
    assert "0 đã xuất, 40 không đổi" in third.stdout


def test_progress_lines_when_not_a_terminal(archive, tmp_path):
    result = export(str(archive), "-o", str(tmp_path / "x"), "--jobs", "1")
    assert "[1/4] " in result.stderr and "[4/4] " in result.stderr


def test_two_records_that_would_write_the_same_files(archive, tmp_path):
    (archive / "2022" / "hong.yaml").unlink()
    twin = archive / "2021" / "nam-song-hau-2021.yml"
    twin.write_bytes((archive / "2021" / "nam-song-hau-2021.yaml").read_bytes())
    result = export(str(archive), "-o", str(tmp_path / "x"))
    assert result.exit_code == 1
    assert "cho cùng tên tệp ra" in result.output
    assert export(str(archive), "-o", str(tmp_path / "y"), "--templates", "khong-co").exit_code == 2


def test_documents_beside_their_records_when_out_is_the_archive(archive):
    (archive / "2022" / "hong.yaml").unlink()
    result = export(str(archive), "-o", str(archive), "--year", "2023")
    assert result.exit_code == 0, result.output
    assert (archive / "2023" / "nam-song-hau-2023-bien-ban.docx").is_file()
    assert (
        "0 đã xuất, 1 không đổi"
        in export(str(archive), "-o", str(archive), "--year", "2023").output
    )


def test_a_record_with_a_follow_up_is_made_again_only_when_a_record_it_reads_changes(
    tmp_path: Path,
):
    """A record's follow-ups read the earlier meeting's record beside it (its directives'
    texts, the year of a follow-up that writes none); the export makes its documents again
    when that record changes, and not when any other record of the folder does."""
    import shutil

    folder = tmp_path / "hoso"
    shutil.copytree(EXAMPLES, folder)
    shutil.copy(ROOT / "tests" / "data" / "archive-3y" / "nam-song-hau-2024.yaml", folder)
    out = tmp_path / "xuat"
    assert export(str(folder), "-o", str(out)).exit_code == 0

    def exported_after(edit: str) -> list[str]:
        with (folder / edit).open("a", encoding="utf-8") as stream:
            stream.write("# sửa\n")
        result = export(str(folder), "-o", str(out))
        assert result.exit_code == 0, result.output
        return sorted(
            line.split("] ")[1].split(":")[0]
            for line in result.output.splitlines()
            if line.endswith(": đã xuất")
        )

    # 2026 is read by no follow-up (2023 follows 2022 up, 2024 follows 2023 up)
    assert exported_after("nam-song-hau-2026.yaml") == ["nam-song-hau-2026.yaml"]
    assert exported_after("nam-song-hau-2022.yaml") == [
        "nam-song-hau-2022.yaml",
        "nam-song-hau-2023.yaml",
    ]
    assert exported_after("nam-song-hau-2023.yaml") == [
        "nam-song-hau-2023.yaml",
        "nam-song-hau-2024.yaml",
    ]


@pytest.mark.parametrize("damage", ["garbage", "lost"])
def test_a_damaged_or_lost_manifest_does_not_call_unchanged_documents_edited(
    archive, tmp_path, damage
):
    """s3-trial F35: with OUT/.giaoban/manifest.json broken (or the state folder lost in a
    copy), every document, byte for byte what giaoban wrote, was "đã được sửa sau lần xuất
    trước", nothing updated, and the broken manifest never named."""
    (archive / "2022" / "hong.yaml").unlink()
    out = tmp_path / "xuat"
    assert export(str(archive), "-o", str(out), "--year", "2023").exit_code == 0
    minutes = out / "2023" / "nam-song-hau-2023-bien-ban.docx"
    hand = out / "2023" / "nam-song-hau-2023-tin-bai.docx"
    Document(str(hand)).save(str(hand))  # edited by hand: other bytes, kept all the same
    edited = hand.read_bytes()
    state = out / ".giaoban"
    if damage == "garbage":
        (state / "manifest.json").write_text("garbage{", encoding="utf-8")
    else:
        for file in state.iterdir():
            file.unlink()
        state.rmdir()
    result = export(str(archive), "-o", str(out), "--year", "2023")
    assert minutes.name not in result.stderr  # neither "sửa tay" nor "không phải do giaoban"
    assert hand.read_bytes() == edited
    assert "nam-song-hau-2023-tin-bai.docx" in result.stderr  # the edited one is still kept
    named = "manifest.json: sổ ghi của giaoban bị hỏng" in result.stderr
    assert named == (damage == "garbage")


def _zipped_once(tmp_path: Path) -> tuple[Path, Path]:
    """An archive of the 2022 example exported once with --zip: (archive, output folder)."""
    archive = tmp_path / "luu-tru"
    archive.mkdir()
    for name in ("giaoban.yaml", "nam-song-hau-2022.yaml"):
        (archive / name).write_bytes((EXAMPLES / name).read_bytes())
    out = tmp_path / "xuat"
    assert export(str(archive), "-o", str(out), "--zip", "--jobs", "1").exit_code == 0
    return archive, out


def test_a_zip_edited_or_replaced_since_is_kept_as_documents_are(tmp_path):
    """CLOSING3: ``export --zip`` overwrote the bundle without the edit check the documents
    get. A zip the user changed since giaoban wrote it (a file added, or another zip put
    in its place) is kept and named, exit 1 (the bundle to send no longer holds what was
    just written); --force replaces it; one giaoban wrote and nobody touched is replaced."""
    archive, out = _zipped_once(tmp_path)
    bundle = out / "giaoban-tat-ca.zip"
    with zipfile.ZipFile(bundle, "a") as edited:
        edited.writestr("ghi-chu.txt", "gửi kèm công văn số 12")
    mine = bundle.read_bytes()
    again = export(str(archive), "-o", str(out), "--zip", "--jobs", "1", "--force")
    assert again.exit_code == 0  # --force: replaced
    assert "ghi-chu.txt" not in zipfile.ZipFile(bundle).namelist()
    untouched = export(str(archive), "-o", str(out), "--zip", "--jobs", "1")
    assert untouched.exit_code == 0, untouched.output  # giaoban's own zip: replaced quietly
    bundle.write_bytes(mine)
    kept = export(str(archive), "-o", str(out), "--zip", "--jobs", "1")
    assert kept.exit_code == 1, kept.output
    assert bundle.read_bytes() == mine
    assert "giữ nguyên giaoban-tat-ca.zip" in kept.output
    assert "--force" in kept.output


def test_a_zip_of_an_earlier_giaoban_is_replaced(tmp_path):
    """A zip written before giaoban recorded its zips in the manifest holds only documents
    the manifest knows: it is the export's own, replaced without --force."""
    archive, out = _zipped_once(tmp_path)
    manifest = out / ".giaoban" / "manifest.json"
    state = json.loads(manifest.read_text(encoding="utf-8"))
    state["outputs"].pop("giaoban-tat-ca.zip", None)  # as an earlier giaoban left it
    manifest.write_text(json.dumps(state), encoding="utf-8")
    (archive / "nam-song-hau-2022.yaml").write_text(
        (EXAMPLES / "nam-song-hau-2022.yaml").read_text(encoding="utf-8") + "\n# sửa\n",
        encoding="utf-8",
    )
    again = export(str(archive), "-o", str(out), "--zip", "--jobs", "1")
    assert again.exit_code == 0, again.output
    assert "giữ nguyên giaoban-tat-ca.zip" not in again.output


def test_export_starts_no_more_workers_than_records_or_twice_the_processors(tmp_path, monkeypatch):
    """`export --jobs 60` started 61 processes (1.7 GB) for 5 records (s5-trial F117)."""
    import giaoban.export as exporting

    started: list[int] = []

    class Counted(exporting.Workers):
        def __init__(self, jobs: int) -> None:
            started.append(jobs)
            super().__init__(jobs)

    monkeypatch.setattr(exporting, "Workers", Counted)
    archive = tmp_path / "luu-tru"
    shutil.copytree(EXAMPLES, archive)
    result = run("export", str(archive), "-o", str(tmp_path / "xuat"), "--jobs", "60")
    assert result.exit_code == 0, result.output
    assert started == [min(3, 2 * (os.cpu_count() or 1))]  # the three example records
    assert exporting._workers_for(60, 500) == 2 * (os.cpu_count() or 1)
    assert exporting._workers_for(1, 500) == 1
