"""One cluster's settings and files never leak into another's (s3-trial F29, F38, F41,
F44, F51, F53): defaults files of another cluster, ``new --from`` at an archive's top,
output folders below another's, duplicate and renamed records."""

from __future__ import annotations

import re
import shutil
from pathlib import Path

import pytest

from giaoban.record import load_record
from tests.conftest import EXAMPLES, ROOT, line_of, run

CORPUS = ROOT / "tests" / "data" / "corpus"
# Cụm thi đua số 8 of Thanh Hóa's communes (baothanhhoa.vn, in the record's header)
CUM_8 = CORPUS / "thanh-hoa-cum-8-2025-tong-ket.yaml"
CUM_7 = CORPUS / "thanh-hoa-cum-7-2026-tong-ket.yaml"
# the Đông Nam Bộ provinces' cluster, 6-month meeting of 2024 (binhphuoc.gov.vn)
DONG_NAM_BO = CORPUS / "dong-nam-bo-2024-giao-ban-6-thang.yaml"


def _archive(tmp_path: Path) -> Path:
    """Nam Sông Hậu's giaoban.yaml at an archive's top, the Thanh Hóa commune cluster
    in a folder below it (s3-trial F41)."""
    archive = tmp_path / "lưu trữ"
    (archive / "Thanh Hóa cụm 8").mkdir(parents=True)
    shutil.copy(EXAMPLES / "giaoban.yaml", archive / "giaoban.yaml")
    shutil.copy(CUM_8, archive / "Thanh Hóa cụm 8" / CUM_8.name)
    return archive


def test_a_defaults_file_of_another_cluster_does_not_apply(tmp_path, monkeypatch):
    archive = _archive(tmp_path)
    monkeypatch.chdir(tmp_path)
    record = Path("lưu trữ/Thanh Hóa cụm 8") / CUM_8.name
    loaded = load_record(record)
    cluster = loaded.record.meeting.cluster
    assert cluster.members == []  # not Nam Sông Hậu's Cà Mau, An Giang, Cần Thơ
    assert (
        loaded.record.meeting.organiser == CUM_8.read_text().split("organiser: ")[1].split("\n")[0]
    )
    assert loaded.record.press.agency != "TTXVN"
    assert loaded.defaults == []
    name_line = line_of(record, "name: số 8")
    defaults_line = line_of(archive / "giaoban.yaml", "name: Nam Sông Hậu")
    [warning] = [w for w in loaded.warnings if w.key == "warning_defaults_other_cluster"]
    assert (warning.file, warning.line) == (record, name_line)
    assert f"lưu trữ/giaoban.yaml:{defaults_line} ghi Cụm 'Nam Sông Hậu'" in warning.message
    assert "hồ sơ thuộc Cụm 'số 8'" in warning.message

    result = run("validate", "lưu trữ")
    assert result.exit_code == 0, result.output
    assert f"{record}:{name_line}:" in result.stderr
    assert run("validate", "--strict", "lưu trữ").exit_code == 1
    out = tmp_path / "ra"
    rendered = run("render", str(record), "-o", str(out), "--only", "press", "--format", "md")
    assert rendered.exit_code == 0, rendered.output
    press = (out / CUM_8.name.replace(".yaml", "-tin-bai.md")).read_text(encoding="utf-8")
    assert "Cà Mau" not in press and "TTXVN" not in press


def test_a_defaults_file_of_the_same_cluster_applies_however_it_is_written(examples):
    text = (examples / "nam-song-hau-2026.yaml").read_text(encoding="utf-8")
    assert "name:" not in text.split("attendees:")[0]
    (examples / "nam-song-hau-2026.yaml").write_text(
        text.replace("  cluster:\n", "  cluster:\n    name: cụm thi đua NAM SONG HAU\n", 1),
        encoding="utf-8",
    )
    loaded = load_record(examples / "nam-song-hau-2026.yaml")
    assert loaded.record.meeting.cluster.members == ["Cà Mau", "An Giang", "Cần Thơ"]
    assert not [w for w in loaded.warnings if w.key == "warning_defaults_other_cluster"]


def test_provinces_as_members_of_a_commune_cluster_are_warned(tmp_path):
    record = tmp_path / "cum-8.yaml"
    text = CUM_8.read_text(encoding="utf-8")
    text = text.replace(
        "    year: 2025\n", "    members: [xã Kim Tân, Cà Mau]\n    year: 2025\n", 1
    )
    record.write_text(text, encoding="utf-8")
    warnings = [w for w in load_record(record).warnings if w.key == "warning_member_is_province"]
    assert [(w.line, w.message) for w in warnings] == [
        (
            line_of(record, "members: [xã Kim Tân"),
            "meeting.cluster.members, mục 2: 'Cà Mau' là tên tỉnh, nhưng Cụm gồm các xã "
            "(member_kind: xã); có thể danh sách thành viên được chép từ Cụm khác: hãy ghi "
            "tên các xã của Cụm",
        )
    ]


def test_validate_says_when_a_defaults_file_above_the_folder_applies(examples):
    (examples / "nam").mkdir()
    for name in ("nam-song-hau-2022.yaml", "nam-song-hau-2023.yaml"):
        shutil.move(name, "nam")
    result = run("validate", "nam")
    assert result.exit_code == 0, result.output
    assert result.output.splitlines() == [
        "giaoban.yaml (ngoài nam) cũng áp dụng cho 2 hồ sơ đã kiểm tra",
        "2 tệp hợp lệ.",
    ]
    # the folder that holds it: nothing to say
    assert run("validate", ".").output.splitlines()[-1].startswith("3 hồ sơ và 1 tệp")
    assert len(run("validate", "nam/nam-song-hau-2022.yaml").output.splitlines()) == 2


def _two_clusters(tmp_path: Path) -> Path:
    """s3-trial F44's archive: the Đông Nam Bộ cluster's folder with its giaoban.yaml
    (members, organiser, agency), the Thanh Hóa commune cluster's folder beside it."""
    archive = tmp_path / "lưu trữ"
    dnb = archive / "Đông Nam Bộ"
    dnb.mkdir(parents=True)
    (archive / "Thanh Hóa cụm 8").mkdir()
    shutil.copy(CUM_8, archive / "Thanh Hóa cụm 8" / CUM_8.name)
    text = DONG_NAM_BO.read_text(encoding="utf-8")
    members = next(line for line in text.splitlines() if line.startswith("    members:"))
    (dnb / DONG_NAM_BO.name).write_text(text.replace(members + "\n", ""), encoding="utf-8")
    (dnb / "giaoban.yaml").write_text(
        "meeting:\n  organiser: Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam\n  cluster:\n"
        "    name: miền Đông Nam Bộ\n" + members + "\npress:\n  agency: Báo Bình Phước\n",
        encoding="utf-8",
    )
    return archive


def test_new_at_an_archives_top_writes_no_defaults_file_over_other_records(tmp_path, monkeypatch):
    archive = _two_clusters(tmp_path)
    monkeypatch.chdir(tmp_path)
    before = load_record(archive / "Thanh Hóa cụm 8" / CUM_8.name).record
    source = f"lưu trữ/Đông Nam Bộ/{DONG_NAM_BO.name}"
    result = run("new", "dnb-2025.yaml", "--from", source, "--date", "2025-12-12")
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "giaoban.yaml").exists()
    assert (
        f"không ghi giaoban.yaml vào .: tệp đó sẽ áp dụng cả cho lưu trữ/Thanh Hóa cụm 8/"
        f"{CUM_8.name} và mọi hồ sơ khác" in result.stderr
    )
    assert "được chép vào dnb-2025.yaml: meeting.organiser, press.agency" in result.stderr
    # the new record has what the old folder gave, and today's members, once
    new = load_record(tmp_path / "dnb-2025.yaml")
    assert new.defaults == []
    assert new.record.press.agency == "Báo Bình Phước"
    assert new.record.meeting.organiser == "Ủy ban Trung ương Mặt trận Tổ quốc Việt Nam"
    assert "Bình Phước" not in new.record.meeting.cluster.members
    # the other cluster's record is as it was
    after = load_record(archive / "Thanh Hóa cụm 8" / CUM_8.name).record
    assert after == before


def test_new_in_a_folder_of_its_own_writes_no_last_years_members_into_its_defaults(
    tmp_path, monkeypatch
):
    archive = _two_clusters(tmp_path)
    monkeypatch.chdir(tmp_path)
    (tmp_path / "2025").mkdir()
    source = f"lưu trữ/Đông Nam Bộ/{DONG_NAM_BO.name}"
    result = run("new", "2025/dnb.yaml", "--from", source, "--date", "2025-12-12")
    assert result.exit_code == 0, result.output
    written = (tmp_path / "2025" / "giaoban.yaml").read_text(encoding="utf-8")
    assert "organiser" in written and "Báo Bình Phước" in written
    assert "members" not in written and "Tây Ninh" not in written
    assert "cluster" not in written
    record = load_record(tmp_path / "2025" / "dnb.yaml").record
    assert record.meeting.cluster.members[0] == "Đồng Nai"  # Bình Phước since 1/7/2025
    assert archive.exists()


def test_new_carries_the_member_kind_its_record_does_not_write(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    old = tmp_path / "cum-8"
    old.mkdir()
    text = CUM_8.read_text(encoding="utf-8")
    (old / "giaoban.yaml").write_text(
        "meeting:\n  cluster:\n    name: số 8\n    member_kind: xã\n"
        "    members: [xã Kim Tân, xã Vĩnh Lộc]\n",
        encoding="utf-8",
    )
    text = text.replace('    member_kind: xã  # bài: "các xã" của Cụm số 8\n', "", 1)
    (old / "2025.yaml").write_text(text, encoding="utf-8")
    assert load_record(old / "2025.yaml").record.meeting.cluster.member_kind == "xã"
    (tmp_path / "2026").mkdir()
    (tmp_path / "2026" / "giaoban.yaml").write_text("press:\n  agency: Báo Thanh Hóa\n")
    result = run("new", "2026/cum-8.yaml", "--from", "cum-8/2025.yaml", "--date", "2026-12-10")
    assert result.exit_code == 0, result.output
    cluster = load_record(tmp_path / "2026" / "cum-8.yaml").record.meeting.cluster
    assert (cluster.member_kind, cluster.members) == ("xã", ["xã Kim Tân", "xã Vĩnh Lộc"])


def test_cluster_names_compared_as_a_secretary_writes_them():
    from giaoban.record.discover import same_cluster

    assert same_cluster("Nam Sông Hậu", "Cụm thi đua các tỉnh Nam sông Hậu")
    assert same_cluster("số 8", "Cụm thi đua số 8 Ủy ban MTTQ tỉnh Thanh Hóa")
    assert not same_cluster("số 8", "số 18")
    assert not same_cluster("số 8", "Nam Sông Hậu")
    assert not same_cluster("miền Đông Nam Bộ", "Nam Sông Hậu")


def test_a_cluster_key_leaves_out_the_words_written_before_the_name():
    """Grouping and --cluster go by cluster_key (s4-trial F87, the other way round)."""
    from giaoban.record.discover import cluster_key

    one = {cluster_key(n) for n in ("Cụm thi đua các tỉnh miền Đông Nam Bộ", "miền Đông Nam Bộ")}
    assert one == {cluster_key("Đông Nam Bộ")} == {"dong nam bo"}
    assert cluster_key("Cụm thi đua số 1") == cluster_key("số 1") != cluster_key("số 11")
    assert cluster_key("Cụm thi đua") == "cum thi dua"  # nothing but those words: kept
    assert cluster_key("Khối thi đua các tổ chức") != cluster_key("các tổ chức")
    assert cluster_key("Cụm thi đua tỉnh Thanh Hóa") == "tinh thanh hoa"  # "tỉnh" alone stays


def test_new_across_a_skipped_year_takes_the_work_year_from_the_date(examples):
    # s3-trial F29: no 2024 record between the 2023 meeting and one of 10/12/2025
    result = run("new", "nsh-2025.yaml", "--from", "nam-song-hau-2023.yaml", "--date", "2025-12-10")
    assert result.exit_code == 0, result.output
    assert (
        "nsh-2025.yaml: năm công tác 2025 theo --date; hồ sơ trước bàn giao Cụm trưởng cho năm "
        "2024, không có hồ sơ năm giữa" in result.stderr
    )
    text = (examples / "nsh-2025.yaml").read_text(encoding="utf-8")
    assert "    year: 2025\n" in text
    assert "bàn giao cho năm 2024; năm 2025 có thể đã khác" in text
    loaded = load_record(examples / "nsh-2025.yaml")
    assert loaded.record.year == 2025
    assert {f.year for f in loaded.record.followup} == {2023}
    # every follow-up says its year, so a work year corrected later moves none of them
    assert text.count("    year: 2023\n") == len(loaded.record.followup)
    out = examples / "ra"
    assert run("render", "nsh-2025.yaml", "-o", str(out), "--format", "md").exit_code == 0
    assert "năm 2025" in (out / "nsh-2025-tin-bai.md").read_text(encoding="utf-8").splitlines()[0]


def test_new_the_year_after_keeps_the_handover_without_a_doubt(examples):
    result = run("new", "nsh-2024.yaml", "--from", "nam-song-hau-2023.yaml", "--date", "2024-12-12")
    assert result.exit_code == 0, result.output
    assert "không có hồ sơ năm giữa" not in result.stderr
    text = (examples / "nsh-2024.yaml").read_text(encoding="utf-8")
    assert "có thể đã khác" not in text
    assert load_record(examples / "nsh-2024.yaml").record.year == 2024


def test_a_january_review_stays_of_the_year_before(examples, tmp_path):
    # a cluster that reviews its year in January: the next one too
    from tests.conftest import edited

    edited(
        examples / "nam-song-hau-2023.yaml",
        examples / "nsh-2023-jan.yaml",
        "date: 2023-12-14",
        "date: 2024-01-12",
    )
    assert load_record(examples / "nsh-2023-jan.yaml").record.year == 2023
    result = run("new", "n.yaml", "--from", "nsh-2023-jan.yaml", "--date", "2025-01-10")
    assert result.exit_code == 0, result.output
    assert load_record(examples / "n.yaml").record.year == 2024


def test_a_meeting_well_past_its_work_year_is_warned(examples):
    from tests.conftest import edited

    record = edited(
        examples / "nam-song-hau-2023.yaml",
        examples / "late.yaml",
        "date: 2023-12-14",
        "date: 2024-12-10",
    )
    result = run("validate", "late.yaml")
    assert result.exit_code == 0, result.output
    line = line_of(record, "date: 2024-12-10")
    assert (
        f"late.yaml:{line}:3: cảnh báo: meeting.date: hội nghị ngày 10/12/2024 đã qua quý I "
        "năm 2024, mà năm công tác (cluster.year) là 2023" in result.stderr
    )
    edited(examples / "nam-song-hau-2023.yaml", record, "date: 2023-12-14", "date: 2024-01-20")
    # (beside the 14/12/2023 record it was copied from, its directives' `continues`,
    # 2022's ids, name none of the meeting before: warned, s5-check G2)
    assert "cảnh báo: meeting.date" not in run("validate", "late.yaml").output


def _with_a_copy(examples: Path) -> None:
    shutil.copy("nam-song-hau-2022.yaml", "nam-song-hau-2022 - Copy.yaml")


def test_validate_names_two_records_of_one_meeting(examples):
    _with_a_copy(examples)
    result = run("validate", ".")
    assert result.exit_code == 0, result.output
    line = line_of(examples / "nam-song-hau-2022 - Copy.yaml", "date: 2022-12-15")
    assert (
        f"nam-song-hau-2022 - Copy.yaml:{line}:3: cảnh báo: meeting.date: hồ sơ này và "
        "nam-song-hau-2022.yaml ghi cùng một hội nghị (Cụm Nam Sông Hậu, ngày 15/12/2022)"
    ) in result.stderr
    assert result.stderr.count("cùng một hội nghị") == 1
    assert run("validate", "--strict", ".").exit_code == 1


def _summary_rows(out: Path, year: int, day: str) -> int:
    text = (out / f"tong-hop-{year}.md").read_text(encoding="utf-8")
    return sum(1 for line in text.splitlines() if re.match(rf"\| \d+ \| {day} \|", line))


def test_export_counts_a_copied_record_once_and_names_it(examples, tmp_path):
    _with_a_copy(examples)
    out = tmp_path / "ra"
    result = run("export", ".", "-o", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "nam-song-hau-2022 - Copy.yaml:" in result.stderr
    assert "ghi cùng một hội nghị (Cụm Nam Sông Hậu, ngày 15/12/2022)" in result.stderr
    assert _summary_rows(out, 2022, "15/12/2022") == 1


def test_export_leaves_a_renamed_record_out_and_names_its_old_documents(examples, tmp_path):
    import zipfile

    archive = tmp_path / "rn"
    archive.mkdir()
    shutil.copy("giaoban.yaml", archive)
    shutil.copy("nam-song-hau-2022.yaml", archive / "hoi-nghi.yaml")
    out = tmp_path / "rn-out"
    assert run("export", str(archive), "-o", str(out), "--zip", "--jobs", "1").exit_code == 0
    (archive / "hoi-nghi.yaml").rename(archive / "giao-ban-2022.yaml")
    result = run("export", str(archive), "-o", str(out), "--zip", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert _summary_rows(out, 2022, "15/12/2022") == 1
    names = zipfile.ZipFile(out / "giaoban-tat-ca.zip").namelist()
    assert not [n for n in names if n.startswith("hoi-nghi")]
    assert "giao-ban-2022-bien-ban.docx" in names
    assert (
        "hoi-nghi.yaml không còn trong thư mục hồ sơ (đã đổi tên, chuyển đi hoặc xóa): bản "
        "tổng hợp và tệp zip không tính nó nữa, nhưng văn bản cũ của nó vẫn còn trong thư mục "
        "ra: hoi-nghi-bien-ban.docx, hoi-nghi-tin-bai.docx, hoi-nghi-tin-bai.md" in result.stderr
    )
    assert (out / "hoi-nghi-bien-ban.docx").exists()  # never deleted

    # deleted, another year instead: its summary's year is named, out of the zip
    (archive / "giao-ban-2022.yaml").unlink()
    shutil.copy("nam-song-hau-2023.yaml", archive)
    result = run("export", str(archive), "-o", str(out), "--zip", "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "tong-hop-2022.docx, tong-hop-2022.md: năm của bản tổng hợp" in result.stderr
    names = zipfile.ZipFile(out / "giaoban-tat-ca.zip").namelist()
    assert sorted(n for n in names if "2022" in n) == []
    assert "tong-hop-2023.md" in names
    assert result.stderr.count("không còn trong thư mục hồ sơ") == 2  # both old names, again

    # renamed back: its documents are its own again, and nothing is said
    shutil.copy("nam-song-hau-2022.yaml", archive / "hoi-nghi.yaml")
    result = run("export", str(archive), "-o", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.output
    assert "giữ nguyên" not in result.stderr
    assert "hoi-nghi.yaml không còn" not in result.stderr


def test_a_render_folder_does_not_capture_the_folders_below_it(examples, tmp_path):
    # s3-trial F38: rendered once into the records' folder, then into folders below it
    assert run("render", "nam-song-hau-2022.yaml", "-o", ".").exit_code == 0
    assert (examples / ".giaoban").is_dir()
    result = run("render", "nam-song-hau-2023.yaml", "-o", "thư mục 1")
    assert result.exit_code == 0, result.output
    below = examples / "thư mục 1"
    assert (below / ".giaoban" / "manifest.json").is_file()  # its own memory
    manifest = (examples / ".giaoban" / "manifest.json").read_text(encoding="utf-8")
    assert "thư mục 1" not in manifest
    # while a command holds the records' folder, a render below it is not refused
    from filelock import FileLock

    with FileLock(examples / ".giaoban" / "lock", timeout=0):
        held = run("render", "nam-song-hau-2023.yaml", "-o", "thư mục 2")
    assert held.exit_code == 0, held.output
    # the folder moved elsewhere and its document edited: still known, still kept
    moved = tmp_path / "moved"
    below.rename(moved)
    minutes = moved / "nam-song-hau-2023-bien-ban.docx"
    minutes.write_bytes(minutes.read_bytes() + b"\0")
    again = run("render", "nam-song-hau-2023.yaml", "-o", str(moved), "--only", "minutes")
    assert again.exit_code == 1
    assert "giữ nguyên" in again.stderr


def test_a_render_into_an_export_folder_is_judged_by_the_export(examples, tmp_path):
    out = tmp_path / "ra"
    assert run("export", ".", "-o", str(out), "--jobs", "1").exit_code == 0
    (out / "con").mkdir()
    result = run("render", "nam-song-hau-2023.yaml", "-o", str(out / "con"))
    assert result.exit_code == 0, result.output
    assert not (out / "con" / ".giaoban").exists()
    assert "con/nam-song-hau-2023-bien-ban.docx" in (out / ".giaoban" / "manifest.json").read_text(
        encoding="utf-8"
    )


def test_a_render_waits_for_another_writing_its_folder(examples):
    import fcntl
    import os
    import threading

    (examples / "ra" / ".giaoban").mkdir(parents=True)
    held = os.open(examples / "ra" / ".giaoban" / "lock", os.O_RDWR | os.O_CREAT)
    fcntl.flock(held, fcntl.LOCK_EX)  # as another giaoban process holds it (filelock)
    threading.Timer(0.5, os.close, [held]).start()  # the other command ends
    result = run("render", "nam-song-hau-2023.yaml", "-o", "ra", "--only", "press")
    assert result.exit_code == 0, result.output
    assert (examples / "ra" / "nam-song-hau-2023-tin-bai.md").is_file()


def test_another_clusters_defaults_are_neither_listed_nor_shown_in_the_form(tmp_path, monkeypatch):
    _archive(tmp_path)
    monkeypatch.chdir(tmp_path)
    record = Path("lưu trữ/Thanh Hóa cụm 8") / CUM_8.name
    verbose = run("validate", "-v", "lưu trữ")
    assert f"{record}: hợp lệ; tệp mặc định: không có" in verbose.output.splitlines()
    from giaoban.record.load import inherited_values

    assert inherited_values(record) == {}
    assert inherited_values(EXAMPLES / "nam-song-hau-2026.yaml")["meeting"]["cluster"]["membership"]


def test_two_clusters_sharing_a_short_name_are_two_meetings(tmp_path, monkeypatch):
    """s4-trial F87: Hà Nội's "Cụm thi đua số 2" and Chương Mỹ's "Cụm số 2" (tests/data/corpus,
    both real 2024 meetings) are two clusters: on one day they are no copy of each other,
    and the year summary lists both."""
    corpus = Path(__file__).parent / "data" / "corpus"
    archive = tmp_path / "hai-cum"
    archive.mkdir()
    shutil.copy(corpus / "ha-noi-cum-2-2024-giao-uoc.yaml", archive / "ha-noi.yaml")
    chuong_my = (corpus / "chuong-my-cum-2-2024-giao-uoc.yaml").read_text(encoding="utf-8")
    assert "date: 2024-02-20" in chuong_my
    (archive / "chuong-my.yaml").write_text(
        chuong_my.replace("date: 2024-02-20", "date: 2024-02-29"), encoding="utf-8"
    )
    monkeypatch.chdir(tmp_path)
    result = run("validate", "hai-cum")
    assert "cùng một hội nghị" not in result.output, result.output
    out = tmp_path / "ra"
    result = run("export", "hai-cum", "-o", str(out), "--jobs", "1")
    assert "cùng một hội nghị" not in result.output, result.output
    assert _summary_rows(out, 2024, "29/2/2024") == 2
    summary = (out / "tong-hop-2024.md").read_text(encoding="utf-8")
    assert "| Cụm thi đua số 2 Ủy ban Mặt trận Tổ quốc Việt Nam huyện Chương Mỹ |" in summary
    assert "rời Cụm" not in summary  # one cluster's members are not the other's leaving
    # the same record twice is still one meeting
    shutil.copy(archive / "ha-noi.yaml", archive / "ha-noi - Copy.yaml")
    assert "cùng một hội nghị (Cụm số 2, ngày 29/2/2024)" in run("validate", "hai-cum").stderr


def test_diff_and_followup_name_two_clusters_sharing_a_short_name(tmp_path, monkeypatch):
    """s4-trial F87: `--cluster "số 2"` of an archive holding Hà Nội's and Chương Mỹ's
    clusters merged them; now it names both by their full names, and the full name picks
    one."""
    corpus = Path(__file__).parent / "data" / "corpus"
    archive = tmp_path / "hai-cum"
    archive.mkdir()
    shutil.copy(corpus / "ha-noi-cum-2-2024-giao-uoc.yaml", archive / "ha-noi.yaml")
    shutil.copy(corpus / "chuong-my-cum-2-2024-giao-uoc.yaml", archive / "chuong-my.yaml")
    monkeypatch.chdir(tmp_path)
    for command in ("diff", "followup"):
        result = run(command, "hai-cum", "--cluster", "số 2")
        assert result.exit_code == 2, result.output
        assert "'số 2' là tên của 2 Cụm khác nhau" in result.output, result.output
        assert "Cụm thi đua số 2 Ủy ban Mặt trận Tổ quốc Việt Nam huyện Chương Mỹ" in result.output
    full = "Cụm thi đua số 2 Ủy ban Mặt trận Tổ quốc Việt Nam thành phố Hà Nội"
    result = run("followup", "hai-cum", "--cluster", full)
    assert result.exit_code == 0, result.output
    assert "Tốt Động" not in result.output and "Chương Mỹ" not in result.output


@pytest.mark.parametrize("with_place", [True, False])
def test_new_from_a_cluster_of_organisations_hands_the_meeting_to_its_chair(
    tmp_path, monkeypatch, with_place
):
    """Cụm thi đua số 7 of Thanh Hóa (the province's Front and organisations) handed the
    chair to Hội Nông dân tỉnh: `new --from` wrote "province: Hội Nông dân tỉnh" and a
    host "Ủy ban Mặt trận Tổ quốc Việt Nam Hội Nông dân tỉnh", an invalid record (s4-trial
    F76, organisations). The members' province stays; the chair hosts itself."""
    monkeypatch.chdir(tmp_path)
    text = CUM_7.read_text(encoding="utf-8")
    if with_place:
        place = "  place:\n    province: Thanh Hóa\n  #"
        text = text.replace("  # KHÔNG GHI ĐƯỢC: nơi họp", place, 1)
    (tmp_path / "2025.yaml").write_text(text, encoding="utf-8")
    result = run("new", "2026.yaml", "--from", "2025.yaml", "--date", "2026-12-15")
    assert result.exit_code == 0, result.output
    checked = run("validate", "2026.yaml")
    assert checked.exit_code == 0, checked.output
    meeting = load_record(tmp_path / "2026.yaml").record.meeting
    assert meeting.cluster.chair == "Hội Nông dân tỉnh"
    if with_place:
        assert (meeting.place.province, meeting.host) == ("Thanh Hóa", ["Hội Nông dân tỉnh"])
    else:  # nowhere said: left for her to fill in, not guessed
        assert meeting.place is None or meeting.place.province is None
        assert not meeting.host
