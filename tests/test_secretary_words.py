"""What a secretary reads: click's own texts in Vietnamese, places counted from 1, one
column in show, a file named once, a summary line that reads well, and every role of the
rotation (issue 11, item 9)."""

from __future__ import annotations

import shutil
from pathlib import Path

from giaoban.messages import set_language
from giaoban.record.source import field_name
from tests.conftest import EXAMPLE_2022, EXAMPLES, edited, run


def test_help_option_and_click_texts_speak_vietnamese():
    result = run("validate", "--help")
    assert "  -h, --help     Hiện hướng dẫn này rồi thoát.\n" in result.output
    assert result.output.startswith("Cách dùng: cli validate [TÙY CHỌN] ĐƯỜNG-DẪN...\n")
    assert "\nTùy chọn:\n" in result.output
    root = run("--help").output
    assert "  -V, --version   Hiện số phiên bản rồi thoát.\n" in root
    assert "\nLệnh:\n" in root
    assert root.startswith("Cách dùng: cli [TÙY CHỌN] LỆNH [THAM SỐ]...\n")
    for text in ("Show this message", "Show the version", "Usage:", "Options:", "Commands:"):
        assert text not in result.output + root


def test_click_usage_errors_speak_vietnamese():
    missing = run("validate")
    assert missing.exit_code == 2
    assert missing.stderr.splitlines()[-1] == "Lỗi: Thiếu tham số 'ĐƯỜNG-DẪN...'."
    wrong = run("render", "x.yaml", "--only", "foo")
    assert wrong.stderr.splitlines()[-1] == (
        "Lỗi: Giá trị không hợp lệ cho '--only': 'foo' không hợp lệ; chọn một trong: "
        "'minutes', 'press'."
    )
    assert run("vaidate").stderr.splitlines()[-1] == (
        "Lỗi: Không có lệnh 'vaidate'. Có phải ý bạn là 'validate'?"
    )


def test_a_file_where_a_folder_belongs_is_said_without_click_english(tmp_path: Path):
    """click names the path kind ("File", "Directory") in English when the commands are
    declared; the Vietnamese leaves it out rather than mix languages (s3-trial F37)."""
    (tmp_path / "outfile").write_text("x", encoding="utf-8")
    (tmp_path / "mau2").mkdir()
    folder = run("export", str(tmp_path), "-o", str(tmp_path / "outfile"))
    record = run("new", str(tmp_path / "mau2"))
    assert folder.exit_code == record.exit_code == 2
    assert folder.stderr.splitlines()[-1].endswith("là một tệp, cần một thư mục.")
    assert record.stderr.splitlines()[-1].endswith("là một thư mục, cần một tệp.")
    for word in ("Directory", "File", "Path"):
        assert word not in folder.stderr + record.stderr


def test_click_texts_in_english_and_in_a_sub_group():
    english = run("--lang", "en", "templates", "copy", "--help").output
    assert "  -h, --help  Show this message and exit.\n" in english
    assert english.startswith("Usage: cli templates copy")
    # a sub-group shows its own help, not the program's
    group = run("templates", "--help").output
    assert "Mẫu tài liệu: chép mẫu mặc định ra để sửa trong Word." in group
    assert "giaoban validate examples/" not in group


def test_places_count_from_one_as_a_secretary_does():
    assert field_name(("attendees", 0, "name")) == "attendees, mục 1, name"
    assert field_name(("meeting", "cluster", "members", 5)) == "meeting.cluster.members, mục 6"
    assert field_name(("speeches", 0, "paragraphs", 1, "text")) == (
        "speeches, mục 1, paragraphs, mục 2, text"
    )
    assert field_name(("meeting", "date")) == "meeting.date"
    set_language("en")
    assert field_name(("attendees", 1, "name")) == "attendees, item 2, name"


def test_a_validation_message_names_the_first_attendee_as_item_1(examples: Path):
    edited(examples / EXAMPLE_2022, examples / "a.yaml", "    honorific: Bà", "    honorific: Cô")
    result = run("validate", "a.yaml")
    assert (
        ": attendees, mục 1, honorific: 'Cô' không hợp lệ; chọn một trong: Ông, Bà, Đồng chí."
        in (result.stderr)
    )


def test_the_summary_line_reads_well(examples: Path):
    text = (examples / EXAMPLE_2022).read_text(encoding="utf-8")
    (examples / "hong.yaml").write_text(text.replace("kind: giao ban", "kind: hop"), "utf-8")
    one = run("validate", "hong.yaml")
    assert one.stderr.splitlines()[-1] == "1 lỗi trong 1 tệp."
    files = len(list(examples.glob("*.yaml")))
    assert files > 2
    some = run("validate", ".")
    assert some.stderr.splitlines()[-1] == f"1 lỗi ở 1 tệp, trong {files} tệp đã kiểm tra."
    english = run("--lang", "en", "validate", ".")
    assert english.stderr.splitlines()[-1] == f"1 problem in 1 of {files} files checked."


def test_an_export_error_names_its_file_once(tmp_path: Path):
    archive = tmp_path / "archive"
    archive.mkdir()
    (archive / "loi.yaml").write_text("meeting:\n  title: Hội nghị\n  date: 2022-02-30\n", "utf-8")
    result = run("export", str(archive), "-o", str(tmp_path / "out"), "--jobs", "1")
    assert result.exit_code == 1
    lines = [line for line in result.stderr.splitlines() if "2022-02-30" in line]
    assert lines == [
        f"{archive / 'loi.yaml'}:3:3: meeting.date: ngày '2022-02-30' không có thật "
        "(kiểm tra ngày và tháng)"
    ]


def test_the_rotation_shows_the_cum_pho_of_the_year(tmp_path: Path):
    archive = tmp_path / "archive"
    shutil.copytree(EXAMPLES, archive)
    out = tmp_path / "out"
    result = run("export", str(archive), "-o", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.stderr
    summary = (out / "tong-hop-2023.md").read_text(encoding="utf-8")
    # 2023: Cà Mau chairs, An Giang is vice (cluster.vice_chair); 2024 from the handover
    assert "| Nam Sông Hậu | 2023 | Cà Mau | An Giang |" in summary
    assert "| Nam Sông Hậu | 2024 | An Giang | Hậu Giang |" in summary


# --- s3-trial F60, F61, F67: a mistake told as the secretary made it ----------------------


def _first_error(path: Path) -> list[str]:
    result = run("validate", str(path))
    assert result.exit_code == 1
    return [line for line in result.output.splitlines() if ": " in line and "lỗi trong" not in line]


def test_two_roles_in_one_item_are_shown_as_two_items(tmp_path: Path):
    path = edited(EXAMPLES / EXAMPLE_2022, tmp_path / "r.yaml", "roles: [chỉ đạo]",
                  'roles: ["dự và phát biểu"]')  # fmt: skip
    (line,) = _first_error(path)
    assert line.endswith("Mỗi giá trị là một mục của danh sách: [dự, phát biểu].")
    path = edited(EXAMPLES / EXAMPLE_2022, tmp_path / "r.yaml", "roles: [chỉ đạo]",
                  'roles: ["thư ký hội nghị"]')  # fmt: skip
    assert _first_error(path)[0].endswith("Có phải ý bạn là 'thư ký'?")


def test_keys_written_in_vietnamese_are_named_and_do_not_echo(tmp_path: Path):
    """`tên:` for `title:` gave "thiếu 'title'" and "có phải ý bạn là 'end'?"."""
    text = (EXAMPLES / EXAMPLE_2022).read_text(encoding="utf-8")
    text = text.replace("\n  title:", "\n  tên:", 1).replace("\n  date:", "\n  ngày:", 1)
    path = tmp_path / "vk.yaml"
    path.write_text(text, encoding="utf-8")
    lines = _first_error(path)
    assert [line.split(": ", 1)[1] for line in lines] == [
        "tên: tên mục viết bằng tiếng Việt; trong hồ sơ, mục 'Tên' có tên 'title'",
        "ngày: tên mục viết bằng tiếng Việt; trong hồ sơ, mục 'Ngày' có tên 'date'",
    ]
    typo = edited(EXAMPLES / EXAMPLE_2022, tmp_path / "t.yaml", "\n  title:", "\n  titl:")
    assert [line.split(": ", 1)[1] for line in _first_error(typo)] == [
        "titl: tên mục không hợp lệ, có phải ý bạn là 'title'?"
    ]  # no "thiếu 'title'" echoing the same typo


def test_a_name_where_an_id_belongs_gets_the_id(tmp_path: Path):
    source = EXAMPLES / "nam-song-hau-2023.yaml"
    path = edited(
        source, tmp_path / "s.yaml", "speaker: chu-tich-ca-mau", "speaker: Trần Văn Phước"
    )
    (line,) = _first_error(path)
    assert line.endswith(
        "speaker: 'Trần Văn Phước' là họ tên; ở đây ghi mã của người đó trong attendees: "
        "'chu-tich-ca-mau'"
    )


def test_the_version_line_speaks_the_language_chosen():
    """click wrote "giaoban, version 0.1.0" in English whatever the language (F42)."""
    from giaoban import __version__

    assert run("--version").output == f"giaoban, phiên bản {__version__}\n"
    assert run("--lang", "en", "--version").output == f"giaoban, version {__version__}\n"
