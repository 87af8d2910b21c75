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


def test_given_name_is_documented_as_the_warning_says(examples: Path):
    # F2: the docs promised alphabetical order; nothing sorts by it and it is warned unused
    from tests.conftest import ROOT

    docs = (ROOT / "docs" / "record-format.md").read_text(encoding="utf-8")
    row = next(line for line in docs.splitlines() if line.startswith("| `given_name` |"))
    assert "alphabetical" not in row and "nothing sorts by it" in row
    schema = (ROOT / "docs" / "record.schema.json").read_text(encoding="utf-8")
    assert "để sắp xếp" not in schema
    record = examples / "nam-song-hau-2022.yaml"
    text = record.read_text(encoding="utf-8")
    record.write_text(
        text.replace("  - id: lu-van-hung\n", "  - id: lu-van-hung\n    given_name: Hùng\n", 1),
        encoding="utf-8",
    )
    said = run("validate", "nam-song-hau-2022.yaml").stderr
    assert "given_name: biên bản và tin bài không in 'given_name'" in said


def test_new_from_refuses_a_date_before_the_meeting_it_continues(examples: Path):
    # F18: a typo in the year wrote a record with eight errors, each said in full
    result = run("new", "x2.yaml", "--from", "nam-song-hau-2023.yaml", "--date", "2022-12-12")
    assert result.exit_code == 2
    assert (
        "--date: ngày 12/12/2022 không sau hội nghị nam-song-hau-2023.yaml (ngày " in result.stderr
    )
    assert "hãy kiểm tra lại năm" in result.stderr
    assert not (examples / "x2.yaml").exists()


def test_new_from_says_the_date_it_guessed(examples: Path):
    # F18: without --date it wrote "one year later" silently, and the documents print it
    result = run("new", "y.yaml", "--from", "nam-song-hau-2023.yaml")
    assert result.exit_code == 0, result.stderr
    text = (examples / "y.yaml").read_text(encoding="utf-8")
    date_line = next(line for line in text.splitlines() if line.startswith("  date: "))
    assert date_line.endswith("# ngày đặt tạm (cùng ngày năm trước): hãy sửa thành ngày họp thật")
    day = date_line.split()[1]
    year, month, dd = day.split("-")
    assert f"y.yaml: meeting.date đặt tạm là {int(dd)}/{int(month)}/{year}" in result.stderr
    assert "--date NGÀY" in result.stderr
    given = run("new", "z.yaml", "--from", "nam-song-hau-2023.yaml", "--date", "2024-12-20")
    assert given.exit_code == 0, given.stderr
    assert "đặt tạm" not in given.stderr
    assert "đặt tạm" not in (examples / "z.yaml").read_text(encoding="utf-8")


def test_diff_of_meetings_without_directives_says_so(examples: Path):
    # F11: a header, the members' line, then a line of two spaces
    for name, year in (("a", 2022), ("b", 2023)):
        (examples / f"{name}.yaml").write_text(
            f"meeting:\n  title: Hội nghị giao ban\n  date: {year}-12-15\n", encoding="utf-8"
        )
    result = run("diff", "a.yaml", "b.yaml")
    assert result.exit_code == 0, result.stderr
    said = "Cả hai hội nghị đều không có nội dung chỉ đạo nào (mục directives) để so sánh."
    assert f"  {said}" in result.stdout.splitlines()
    assert "\n  \n" not in result.stdout
    assert said in run("diff", "a.yaml", "b.yaml", "--format", "md").stdout


def test_names_in_nfd_give_documents_in_nfc_and_a_rename_no_second_set(tmp_path: Path):
    # F14: a record named on macOS (NFD), then renamed to NFC, gave two sets of documents
    import unicodedata

    from tests.conftest import EXAMPLES

    nfd = lambda text: unicodedata.normalize("NFD", text)  # noqa: E731
    archive = tmp_path / nfd("kho lưu trữ")
    folder = archive / nfd("Nam Sông Hậu")
    folder.mkdir(parents=True)
    (archive / "giaoban.yaml").write_bytes((EXAMPLES / "giaoban.yaml").read_bytes())
    source = (EXAMPLES / "nam-song-hau-2022.yaml").read_bytes()
    record = folder / nfd("hội nghị 2022.yaml")
    record.write_bytes(source)
    out = tmp_path / "ra"
    first = run("export", str(archive), "-o", str(out))
    assert first.exit_code == 0, first.stderr
    written = sorted(p.relative_to(out).as_posix() for p in out.rglob("*.docx"))
    assert all(unicodedata.is_normalized("NFC", name) for name in written), written
    assert "Nam Sông Hậu/hội nghị 2022-bien-ban.docx" in written
    record.rename(folder / "hội nghị 2022.yaml")  # the NFC spelling
    again = run("export", str(archive), "-o", str(out))
    assert again.exit_code == 0, again.stderr
    assert sorted(p.relative_to(out).as_posix() for p in out.rglob("*.docx")) == written


def test_check_finds_signer_titles_retyped_in_lower_case(examples: Path):
    # F25: "THƯ KÝ" retyped "Thư ký" passed as "đúng thể thức" (NĐ 30, Phụ lục I, ô 7a)
    from docx import Document

    assert run("render", "nam-song-hau-2022.yaml", "-o", "out", "--only", "minutes").exit_code == 0
    minutes = examples / "out" / "nam-song-hau-2022-bien-ban.docx"
    assert run("check", str(minutes)).exit_code == 0
    document = Document(str(minutes))
    cells = [c for t in document.tables for row in t.rows for c in row.cells]
    retyped = 0
    for paragraph in [p for c in cells for p in c.paragraphs]:
        if paragraph.text.strip() == "THƯ KÝ":
            for run_ in paragraph.runs:
                run_.text = run_.text.replace("THƯ KÝ", "Thư ký")
            retyped += 1
    assert retyped == 1
    document.save(str(minutes))
    result = run("check", str(minutes))
    assert result.exit_code == 1
    assert "chức vụ người ký «Thư ký» phải viết in hoa (Phụ lục I, ô 7a): THƯ KÝ" in result.stdout
