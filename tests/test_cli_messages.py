"""Messages of the command line in the record's words (s2 trial: F29)."""

from __future__ import annotations

from tests.conftest import EXAMPLE_2022, EXAMPLES, run


def test_new_with_an_impossible_date_says_so(examples):
    result = run("new", "moi.yaml", "--date", "31/2/2026")
    assert result.exit_code == 2
    assert (
        result.stderr.strip() == "--date: ngày '31/2/2026' không có thật (kiểm tra ngày và tháng)"
    )
    assert "%" not in result.output
    assert not (examples / "moi.yaml").exists()
    shapeless = run("--lang", "en", "new", "moi.yaml", "--date", "hôm nay")
    assert shapeless.exit_code == 2
    assert (
        "--date: 'hôm nay' is not a date; write it as 2022-12-15, 15/12/2022 or "
        "ngày 15 tháng 12 năm 2022" in (shapeless.stderr)
    )
    assert run("new", "moi.yaml", "--date", "15/12/2026").exit_code == 0
    assert "2026-12-15" in (examples / "moi.yaml").read_text(encoding="utf-8")


def test_cross_field_messages_name_their_field(examples):
    """F26: every message from the checks across fields starts with its field, and a
    list of known ids names each once."""
    from tests.conftest import edited

    path = edited(
        examples / "nam-song-hau-2026.yaml", examples / "d.yaml", "  end: 11:30", "  end: 7:30"
    )
    result = run("validate", path.name)
    assert result.exit_code == 1
    assert ": meeting.end: giờ kết thúc phải sau giờ bắt đầu" in result.stderr
    twice = edited(path, path, "  end: 7:30", "  end: 11:30")
    edited(twice, twice, "  - id: thu-ky", "  - id: pho-chu-tich-an-giang")
    result = run("validate", path.name)
    lines = result.stderr.splitlines()
    assert any("attendees, mục" in line and "đã dùng ở dòng" in line for line in lines), lines
    secretary = next(line for line in lines if "'thu-ky'" in line)
    assert ": minutes.secretary: 'thu-ky' không có trong attendees." in secretary
    assert secretary.count("pho-chu-tich-an-giang") == 1, secretary


def test_members_named_before_a_merger_do_not_echo(examples):
    """F15: the members' own errors give the new names; the handover to the new name is
    not refused again as "not a member"."""
    from tests.conftest import edited

    edited(
        examples / "giaoban.yaml",
        examples / "giaoban.yaml",
        "        members: [Cà Mau, An Giang, Cần Thơ]",
        "        members: [Bạc Liêu, An Giang, Cần Thơ]",
    )
    result = run("validate", "nam-song-hau-2026.yaml")
    assert result.exit_code == 1
    assert "Bạc Liêu" in result.stderr and "Cà Mau" in result.stderr
    assert "không có trong các" not in result.stderr, result.stderr


def test_a_folder_where_a_record_or_a_cluster_is_needed(examples):
    """F29's minor ones: ``render .`` points to export; ``diff .`` lists the clusters."""
    rendered = run("render", ".", "-o", "out")
    assert rendered.exit_code == 1
    assert ".: đây là thư mục, không phải tệp" in rendered.stderr
    assert "giaoban export THƯ-MỤC -o THƯ-MỤC-RA" in rendered.stderr
    compared = run("diff", ".")
    assert compared.exit_code == 2
    assert compared.stderr.strip() == (
        "Để so sánh cả thư mục ., hãy chọn một Cụm: --cluster TÊN. Các Cụm có hồ sơ: Nam Sông Hậu."
    )


def test_a_vanished_current_folder_is_one_line_not_a_crash(tmp_path, monkeypatch):
    """s3-trial F56: a terminal left in a folder that was deleted: 'lỗi không mong đợi:
    FileNotFoundError', exit 70. A command given full paths works as from anywhere else
    (it was refused too: CLOSING3, "F56 rest"); one that needs the folder (a relative
    path, render's default output folder) is one line, exit 2."""
    gone = tmp_path / "gone"
    gone.mkdir()
    monkeypatch.chdir(gone)
    gone.rmdir()
    checked = run("validate", str(EXAMPLES / EXAMPLE_2022))
    assert checked.exit_code == 0, checked.stderr
    assert "1 tệp hợp lệ" in checked.output
    out = tmp_path / "out"
    made = run("render", str(EXAMPLES / EXAMPLE_2022), "-o", str(out))
    assert made.exit_code == 0, made.stderr
    assert (out / "nam-song-hau-2022-bien-ban.docx").is_file()
    for needing in (
        ["validate", EXAMPLE_2022],
        ["render", str(EXAMPLES / EXAMPLE_2022)],  # writes into the current folder
        ["export", str(EXAMPLES), "-o", "xuat"],
    ):
        result = run(*needing)
        assert result.exit_code == 2, (needing, result.output)
        assert result.stderr.startswith("thư mục hiện tại không còn nữa"), result.stderr
        assert "không mong đợi" not in result.stderr
