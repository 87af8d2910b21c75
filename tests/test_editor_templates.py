"""Templates as real editors save them (issue 11, item 5): each renders as it shows in
the editor, or is refused with a message that says what to do."""

from __future__ import annotations

import shutil
import subprocess
import zipfile
from pathlib import Path

import pytest

from giaoban.check import check_minutes
from tests.conftest import EXAMPLE_2022, ROOT, run
from tests.docx_text import text

DATA = ROOT / "tests" / "data" / "templates"
SAVED_BY_LIBREOFFICE = DATA / "bien-ban-libreoffice.docx"
BEFORE_LIBREOFFICE = DATA / "bien-ban-before-libreoffice.docx"


def _minutes_with(examples: Path, template: Path, out: str) -> Path:
    folder = examples / f"mau-{out}"
    folder.mkdir()
    shutil.copy(template, folder / "bien-ban.docx")
    result = run("render", EXAMPLE_2022, "-o", out, "--only", "minutes", "--templates", folder.name)
    assert result.exit_code == 0, result.stderr
    return examples / out / "nam-song-hau-2022-bien-ban.docx"


def _document_xml(path: Path) -> bytes:
    with zipfile.ZipFile(path) as archive:
        return archive.read("word/document.xml")


def test_a_template_saved_by_libreoffice_renders_as_before(examples: Path):
    # the case: Writer writes the quotes inside tags as &apos; ("unexpected char '&'")
    assert b"&apos;b\xc3\xa1o c\xc3\xa1o&apos;" in _document_xml(SAVED_BY_LIBREOFFICE)
    saved = _minutes_with(examples, SAVED_BY_LIBREOFFICE, "lo")
    before = _minutes_with(examples, BEFORE_LIBREOFFICE, "before")
    assert text(saved) == text(before)
    assert "trình bày báo cáo kết quả" in text(saved)  # the branch behind 'báo cáo'
    assert check_minutes(saved) == []


def test_the_default_template_saved_again_by_libreoffice_renders_the_same(
    examples: Path, tmp_path: Path
):
    """The round trip of today's default template, by the LibreOffice make test installs."""
    profile = tmp_path / "profile"
    subprocess.run(
        [
            "soffice",
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "docx:MS Word 2007 XML",
            "--outdir",
            str(tmp_path / "saved"),
            str(ROOT / "templates" / "bien-ban.docx"),
        ],
        check=True,
        capture_output=True,
        timeout=180,
    )
    saved = tmp_path / "saved" / "bien-ban.docx"
    assert b"&apos;" in _document_xml(saved)
    minutes = _minutes_with(examples, saved, "lo")
    assert run("render", EXAMPLE_2022, "-o", "ref", "--only", "minutes").exit_code == 0
    assert text(minutes) == text(examples / "ref" / "nam-song-hau-2022-bien-ban.docx")
    assert check_minutes(minutes) == []


DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"


def _with_macros(source: Path, target: Path) -> Path:
    """``source`` (a .docm saved by LibreOffice) with a VBA project, the parts Word adds."""
    with zipfile.ZipFile(source) as archive:
        entries = {name: archive.read(name) for name in archive.namelist()}
    entries["word/vbaProject.bin"] = b"\xd0\xcf\x11\xe0 a compound file with the macros"
    entries["word/_rels/vbaProject.bin.rels"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        b'<Relationship Id="rId1" Type="http://schemas.microsoft.com/office/2006/relationships/'
        b'wordVbaData" Target="vbaData.xml"/></Relationships>'
    )
    entries["word/vbaData.xml"] = (
        b'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>'
        b'<wne:vbaSuppData xmlns:wne="http://schemas.microsoft.com/office/word/2006/wordml"/>'
    )
    entries["[Content_Types].xml"] = entries["[Content_Types].xml"].replace(
        b"</Types>",
        b'<Default Extension="bin" ContentType="application/vnd.ms-office.vbaProject"/>'
        b'<Override PartName="/word/vbaData.xml" '
        b'ContentType="application/vnd.ms-word.vbaData+xml"/></Types>',
    )
    entries["word/_rels/document.xml.rels"] = entries["word/_rels/document.xml.rels"].replace(
        b"</Relationships>",
        b'<Relationship Id="rIdVba" Type="http://schemas.microsoft.com/office/2006/'
        b'relationships/vbaProject" Target="vbaProject.bin"/></Relationships>',
    )
    with zipfile.ZipFile(target, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    return target


@pytest.mark.parametrize("suffix", ["dotx", "docm"])
def test_a_dotx_or_docm_template_makes_a_plain_docx(examples: Path, suffix: str):
    (examples / "mau").mkdir()
    template = examples / "mau" / f"bien-ban.{suffix}"
    source = DATA / f"bien-ban-libreoffice.{suffix}"
    if suffix == "docm":
        _with_macros(source, template)
    else:
        shutil.copy(source, template)
    with zipfile.ZipFile(template) as archive:
        types = archive.read("[Content_Types].xml").decode()
    assert DOCUMENT_MAIN not in types  # the case: a template or macro content type
    defaults = examples / "giaoban.yaml"
    defaults.write_text(
        defaults.read_text(encoding="utf-8").replace(
            "minutes:\n", f"minutes:\n  template: mau/bien-ban.{suffix}\n"
        ),
        encoding="utf-8",
    )
    result = run("render", EXAMPLE_2022, "-o", "out", "--only", "minutes")
    assert result.exit_code == 0, result.stderr
    minutes = examples / "out" / "nam-song-hau-2022-bien-ban.docx"
    with zipfile.ZipFile(minutes) as archive:
        names = archive.namelist()
        types = archive.read("[Content_Types].xml").decode()
        relations = archive.read("word/_rels/document.xml.rels").decode()
    assert f'PartName="/word/document.xml" ContentType="{DOCUMENT_MAIN}"' in types
    assert "macroEnabled" not in types and "template.main" not in types
    assert "vbaProject" not in types + relations
    assert not [n for n in names if "vba" in n.lower()]
    assert run("check", str(minutes)).exit_code == 0
    assert "Thành phần tham dự:" in text(minutes)


def _defaults_naming(examples: Path, template: str) -> int:
    """Set minutes.template in examples/giaoban.yaml; the line it is written on."""
    defaults = examples / "giaoban.yaml"
    text = defaults.read_text(encoding="utf-8").replace(
        "minutes:\n", f"minutes:\n  template: {template}\n"
    )
    defaults.write_text(text, encoding="utf-8")
    return text.splitlines().index(f"  template: {template}") + 1


def test_a_windows_path_to_the_template_is_read_as_the_same_path(examples: Path):
    assert run("templates", "copy", "mau").exit_code == 0
    _edit_docx_text(examples / "mau" / "bien-ban.docx", "Nội dung:", "Diễn biến hội nghị:")
    _defaults_naming(examples, "mau\\bien-ban.docx")
    assert run("validate", EXAMPLE_2022).exit_code == 0
    result = run("render", EXAMPLE_2022, "-o", "out", "--only", "minutes")
    assert result.exit_code == 0, result.stderr
    assert "Diễn biến hội nghị:" in text(examples / "out" / "nam-song-hau-2022-bien-ban.docx")


def test_a_template_not_found_is_named_at_its_line_in_the_defaults_file(examples: Path):
    line = _defaults_naming(examples, "mau\\bienban.docx")
    expected = (
        f"giaoban.yaml:{line}:3: minutes.template: không tìm thấy mẫu 'mau/bienban.docx' "
        f"(đường dẫn tính từ thư mục {examples.resolve()})"
    )
    result = run("validate", EXAMPLE_2022)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == expected
    result = run("render", EXAMPLE_2022, "-o", "out")
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0] == expected  # the defaults file, not the record
    assert not (examples / "out").exists() or not list((examples / "out").iterdir())


def _edit_docx_text(path: Path, old: str, new: str) -> None:
    with zipfile.ZipFile(path) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            if info.filename == "word/document.xml":
                assert old.encode() in data
                data = data.replace(old.encode(), new.encode(), 1)
            archive.writestr(info, data)


# --- tracked changes left pending in a template (as Word writes them, ECMA-376 §17.13.5) ---

REVISED = (
    '<w:p><w:r><w:t xml:space="preserve">Nơi họp: </w:t></w:r>'
    '<w:del w:id="901" w:author="Thư ký" w:date="2024-01-02T08:00:00Z"><w:r>'
    "<w:delText>{{ dia_diem }}</w:delText></w:r></w:del>"
    '<w:ins w:id="902" w:author="Thư ký" w:date="2024-01-02T08:00:00Z"><w:r>'
    "<w:t>{{ place }}</w:t></w:r></w:ins><w:r><w:t>.</w:t></w:r></w:p>"
    # a deleted paragraph mark: this paragraph joins the next one
    '<w:p><w:pPr><w:rPr><w:del w:id="903" w:author="Thư ký" w:date="2024-01-02T08:00:00Z"/>'
    '</w:rPr></w:pPr><w:r><w:t xml:space="preserve">Ghi chú đầu </w:t></w:r></w:p>'
    '<w:p><w:r><w:rPr><w:b/><w:rPrChange w:id="904" w:author="Thư ký" '
    'w:date="2024-01-02T08:00:00Z"><w:rPr/></w:rPrChange></w:rPr><w:t>và cuối.</w:t></w:r></w:p>'
)


def _tracked_template(examples: Path) -> Path:
    assert run("templates", "copy", "mau").exit_code == 0
    template = examples / "mau" / "bien-ban.docx"
    with zipfile.ZipFile(template) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(template, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:sectPr", REVISED.encode() + b"<w:sectPr", 1)
            archive.writestr(info, data)
    return template


def test_pending_tracked_changes_are_accepted_as_word_shows_them(examples: Path):
    _tracked_template(examples)
    result = run("render", EXAMPLE_2022, "-o", "out", "--only", "minutes", "--templates", "mau")
    assert result.exit_code == 0, result.stderr  # the deleted {{ dia_diem }} does not run
    minutes = examples / "out" / "nam-song-hau-2022-bien-ban.docx"
    lines = text(minutes).splitlines()
    place = next(line for line in lines if line.startswith("Địa điểm: ")).removeprefix("Địa điểm: ")
    assert f"Nơi họp: {place}" in lines
    assert "Ghi chú đầu và cuối." in lines
    with zipfile.ZipFile(minutes) as archive:
        xml = archive.read("word/document.xml").decode()
    for tag in ("<w:ins ", "<w:del ", "<w:delText", "<w:rPrChange", "dia_diem"):
        assert tag not in xml
    assert run("check", str(minutes)).exit_code == 0


def test_check_names_a_paragraph_with_a_pending_revision(examples: Path, tmp_path: Path):
    assert run("render", EXAMPLE_2022, "-o", "out", "--only", "minutes").exit_code == 0
    minutes = examples / "out" / "nam-song-hau-2022-bien-ban.docx"
    with zipfile.ZipFile(minutes) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    revised = tmp_path / "revised.docx"
    with zipfile.ZipFile(revised, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            if info.filename == "word/document.xml":
                data = data.replace(b"<w:sectPr", REVISED.encode() + b"<w:sectPr", 1)
            archive.writestr(info, data)
    result = run("check", str(revised))
    assert result.exit_code == 1
    assert result.stdout.splitlines() == [
        f"{revised}: thay đổi chưa chấp nhận: «{line}» còn thay đổi được theo dõi (Track "
        "Changes); hãy chấp nhận hoặc từ chối (Review > Accept/Reject) trước khi gửi"
        for line in ("Nơi họp: {{ dia_diem }}{{ place }}.", "Ghi chú đầu", "và cuối.")
    ]


def test_the_acceptance_agrees_with_libreoffice_accept_all(examples: Path, tmp_path: Path):
    """LibreOffice's own Accept All Changes (through its UNO bridge) gives the same text."""
    from docx import Document

    from giaoban.render.word import _as_document

    template = _tracked_template(examples)
    with zipfile.ZipFile(template) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    accepted = tmp_path / "accepted.docx"
    with zipfile.ZipFile(accepted, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in _as_document(entries):
            archive.writestr(info, data)
    ours = [p.text for p in Document(str(accepted)).paragraphs]
    theirs = subprocess.run(
        ["/usr/bin/python3", str(ROOT / "tests" / "lo_tracked.py"), str(template), "accept"],
        capture_output=True,
        text=True,
        check=True,
        timeout=300,
    ).stdout.splitlines()
    assert "Nơi họp: {{ place }}." in ours
    assert "Ghi chú đầu và cuối." in ours
    assert ours[-12:] == theirs[-12:]


def test_a_dotx_in_the_templates_folder_is_used_for_the_minutes(examples: Path):
    (examples / "mau").mkdir()
    shutil.copy(DATA / "bien-ban-libreoffice.dotx", examples / "mau" / "bien-ban.dotx")
    _edit_docx_text(examples / "mau" / "bien-ban.dotx", "Nội dung:", "Diễn biến hội nghị:")
    result = run("render", EXAMPLE_2022, "-o", "out", "--only", "minutes", "--templates", "mau")
    assert result.exit_code == 0, result.stderr
    assert "Diễn biến hội nghị:" in text(examples / "out" / "nam-song-hau-2022-bien-ban.docx")


def test_check_on_a_template_says_it_is_a_template_once(tmp_path: Path):
    """A secretary checks the .dotx (or .docx template) she saved: one message on what to
    check instead, not "not a Word file" nor one finding per grey tag paragraph."""
    for template in (DATA / "bien-ban-libreoffice.dotx", ROOT / "templates" / "bien-ban.docx"):
        result = run("check", str(template))
        assert result.exit_code == 1
        assert result.stdout == ""
        assert result.stderr == (
            f"{template}: đây là mẫu (còn các thẻ {{{{ }}}}, {{% %}}), chưa phải biên bản; "
            "hãy soát biên bản làm từ mẫu: giaoban render HỒ-SƠ.yaml --templates "
            "THƯ-MỤC-MẪU -o thu/ rồi giaoban check thu/HỒ-SƠ-bien-ban.docx\n"
        )


def _defaults_naming_press(examples: Path, template: str) -> int:
    """Set press.template in examples/giaoban.yaml; the line it is written on."""
    defaults = examples / "giaoban.yaml"
    text = defaults.read_text(encoding="utf-8")
    text = (
        text.replace("press:\n", f"press:\n  template: {template}\n")
        if "press:\n" in text
        else text + f"press:\n  template: {template}\n"
    )
    defaults.write_text(text, encoding="utf-8")
    return text.splitlines().index(f"  template: {template}") + 1


@pytest.mark.parametrize("name", ["tin-bai.docx", "bien-ban.docx", "tin-bai.md.j2"])
def test_a_press_template_of_the_wrong_kind_is_named_at_its_line(examples: Path, name: str):
    """s3-trial F39: press.template naming the Word layout (docs call tin-bai.docx "the Word
    layout of the press report") was valid, then 'lỗi không mong đợi: UnicodeDecodeError'."""
    assert run("templates", "copy", "mau").exit_code == 0
    line = _defaults_naming_press(examples, f"mau\\{name}")
    for command in (["validate", EXAMPLE_2022], ["render", EXAMPLE_2022, "-o", "out"]):
        result = run(*command)
        assert result.exit_code == 1, result.stderr
        first = result.stderr.splitlines()[0]
        assert first.startswith(f"giaoban.yaml:{line}:3: press.template: 'mau/{name}' ")
        assert "tin-bai.j2" in first and "--templates" in first
        assert "không mong đợi" not in result.stderr


@pytest.mark.parametrize("where", ["/etc/passwd", "../bi-mat.txt"])
def test_a_press_template_that_is_no_jinja_file_is_never_printed(examples: Path, where: str):
    """A shared archive's giaoban.yaml naming /etc/passwd (or any file) as press.template
    had its text printed as the press report, in the documents and the zip (s4-trial F75)."""
    secret = examples.parent / "bi-mat.txt"
    secret.write_text("MẬT KHẨU CỦA MÁY\n", encoding="utf-8")
    line = _defaults_naming_press(examples, where)
    for command in (["validate", EXAMPLE_2022], ["export", ".", "-o", "out", "--zip"]):
        result = run(*command)
        assert result.exit_code == 1, result.stderr
        assert f"giaoban.yaml:{line}:3: press.template: '{where}' " in result.stderr
    written = [p for p in (examples / "out").rglob("*") if p.is_file()]
    for path in written:
        data = path.read_bytes()
        assert b"root:" not in data and "MẬT KHẨU".encode() not in data, path


def test_the_minutes_template_must_be_a_word_file(examples: Path):
    assert run("templates", "copy", "mau").exit_code == 0
    line = _defaults_naming(examples, "mau/tin-bai.j2")
    result = run("validate", EXAMPLE_2022)
    assert result.exit_code == 1
    assert result.stderr.splitlines()[0].startswith(
        f"giaoban.yaml:{line}:3: minutes.template: 'mau/tin-bai.j2' không phải mẫu Word"
    )


def test_a_binary_file_as_the_article_template_is_one_message(examples: Path):
    """The same slip with a Word file renamed tin-bai.j2 in a --templates folder."""
    assert run("templates", "copy", "mau").exit_code == 0
    (examples / "mau" / "tin-bai.j2").write_bytes((examples / "mau" / "tin-bai.docx").read_bytes())
    result = run("render", EXAMPLE_2022, "-o", "out", "--templates", "mau")
    assert result.exit_code == 1
    assert "không phải mẫu chữ (UTF-8)" in result.stderr
    assert "không mong đợi" not in result.stderr
