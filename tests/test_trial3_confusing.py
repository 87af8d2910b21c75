"""What confused a new user in the third trial (s3-trial, "Confusing"), each fixed with a
message that names file, line and fix; the finding's number beside each test."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run


def test_a_glob_over_a_folder_skips_its_defaults_file(examples: Path):
    # F1: "giaoban render DIR/*.yaml" names giaoban.yaml too
    records = sorted(str(p.name) for p in examples.glob("*.yaml"))
    assert "giaoban.yaml" in records
    result = run("render", *records, "-o", "out", "--format", "md")
    assert result.exit_code == 0, result.stderr
    assert (
        "bỏ qua giaoban.yaml: đây là tệp thiết lập chung của thư mục, không phải hồ sơ hội nghị"
        in result.stderr
    )
    assert "thiếu 'title'" not in result.stderr
    assert (examples / "out" / "nam-song-hau-2022-tin-bai.md").is_file()
    assert not list((examples / "out").glob("giaoban-*"))


def test_the_defaults_file_alone_is_not_a_record(examples: Path):
    result = run("render", "giaoban.yaml", "-o", "out")
    assert result.exit_code == 2
    assert result.stderr.strip().endswith(
        "giaoban.yaml là tệp thiết lập chung của thư mục, không phải hồ sơ hội nghị; hãy chỉ "
        "tên hồ sơ, ví dụ: giaoban render hoi-nghi-2024.yaml (cả thư mục thì dùng: giaoban "
        "export THƯ-MỤC -o THƯ-MỤC-RA)"
    )


def test_yes_no_fields_say_how_to_write_them(examples: Path):
    # F19: "date_line: có" was refused as "'có' phải là có/không (true/false)"
    defaults = examples / "giaoban.yaml"
    text = defaults.read_text(encoding="utf-8")
    defaults.write_text(text.replace("date_line: false", "date_line: có"), encoding="utf-8")
    result = run("validate", "nam-song-hau-2022.yaml")
    assert result.exit_code == 1
    line = text[: text.index("date_line: false")].count("\n") + 1
    assert (
        f"giaoban.yaml:{line}:3: minutes.date_line: 'có' không đọc được; trường này viết true "
        "(có) hoặc false (không), bằng chữ tiếng Anh, không có ngoặc kép" in result.stderr
    )


def test_a_member_list_without_brackets_is_told_to_use_them(examples: Path):
    # F19: "members: Bạc Liêu, Cà Mau, …" is one text, read as one province's name
    defaults = examples / "giaoban.yaml"
    members = "Bạc Liêu, Cà Mau, An Giang, Hậu Giang, Kiên Giang, Sóc Trăng"
    text = defaults.read_text(encoding="utf-8")
    defaults.write_text(text.replace(f"[{members}]", members), encoding="utf-8")
    result = run("validate", "nam-song-hau-2022.yaml")
    assert result.exit_code == 1
    assert (
        f"meeting.cluster.members, mục 1: '{members}' là 6 tên viết liền trên một dòng nên "
        f"được đọc thành một tên; một danh sách phải viết trong ngoặc vuông: [{members}]"
        in result.stderr
    )
    assert "không phải tên tỉnh, thành phố nào" not in result.stderr


def _broken(examples: Path, old: str, new: str) -> str:
    record = examples / "nam-song-hau-2022.yaml"
    text = record.read_text(encoding="utf-8")
    assert old in text
    record.write_text(text.replace(old, new, 1), encoding="utf-8")
    result = run("validate", "nam-song-hau-2022.yaml")
    assert result.exit_code == 1
    return result.stderr


def test_yaml_syntax_errors_speak_vietnamese_only(examples: Path):
    # F15: the parser's English ("expected <block end>, but found …") meant nothing to her
    said = _broken(examples, "  date: 2022-12-15", " date: 2022-12-15")
    assert "thụt lề không khớp với các dòng trên" in said
    assert "expected" not in said and "block" not in said
    said = _broken(examples, "  kind: giao ban", "  kind: %giao ban")
    assert "ký tự «%» không được đứng đầu một giá trị YAML" in said
    assert "token" not in said


def test_an_unclosed_quote_is_reported_where_it_opened(examples: Path):
    # F15: reported at line 171 where YAML gave up; the fix is on the title's line
    text = (examples / "nam-song-hau-2022.yaml").read_text(encoding="utf-8")
    line = text[: text.index("  title: ")].count("\n") + 1
    said = _broken(examples, "  title: ", '  title: "')
    assert f"nam-song-hau-2022.yaml:{line}:10: dấu ngoặc kép mở ở đây chưa được đóng" in said
    assert "cannot start any token" not in said


def test_a_warning_in_the_defaults_file_names_the_record_it_concerns(examples: Path):
    # F3: "giaoban.yaml:…: press.part_of_day: … hãy ghi một trong hai" — which record?
    defaults = examples / "giaoban.yaml"
    text = defaults.read_text(encoding="utf-8")
    defaults.write_text(text.replace("part_of_day: false", "part_of_day: true"), encoding="utf-8")
    line = text[: text.index("part_of_day: false")].count("\n") + 1
    (examples / "ban-sao.yaml").write_bytes((examples / "nam-song-hau-2022.yaml").read_bytes())
    result = run("validate", "nam-song-hau-2022.yaml", "ban-sao.yaml", "nam-song-hau-2023.yaml")
    warned = [w for w in result.stderr.splitlines() if "press.part_of_day" in w]
    assert len(warned) == 1, result.stderr  # one value, said once
    assert warned[0].startswith(f"giaoban.yaml:{line}:3: cảnh báo: press.part_of_day: ")
    assert warned[0].endswith(
        "hãy ghi một trong hai (với hồ sơ nam-song-hau-2022.yaml, ban-sao.yaml)"
    )
    rendered = run("render", "nam-song-hau-2022.yaml", "-o", "out", "--format", "md")
    assert rendered.stderr.count("press.part_of_day") == 1
    assert "(với hồ sơ nam-song-hau-2022.yaml)" in rendered.stderr
