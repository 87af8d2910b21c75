"""Templates a secretary edits: copied out, changed the way Word saves them, sandboxed."""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_2022, run
from tests.docx_text import text


def _edit_docx(path: Path, change) -> None:
    """Rewrite word/document.xml of ``path`` through ``change`` (as Word would save it)."""
    with zipfile.ZipFile(path) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            if info.filename == "word/document.xml":
                data = change(data.decode("utf-8")).encode("utf-8")
            archive.writestr(info, data)


def test_copy_edit_in_word_and_render(examples: Path):
    result = run("templates", "copy", "mau")
    assert result.exit_code == 0, result.stderr
    template = examples / "mau" / "bien-ban.docx"
    assert template.is_file()

    def word_edit(xml: str) -> str:
        assert "Thành phần tham dự:" in xml
        xml = xml.replace("Thành phần tham dự:", "Thành phần dự họp:")
        # Word splits a tag across runs (spell-check marks, a formatting change mid-tag).
        original = "{{ meeting_name|keep_year }}"
        assert original in xml
        split = (
            '{{ meet</w:t></w:r><w:proofErr w:type="spellStart"/><w:r><w:rPr><w:b/>'
            '<w:sz w:val="28"/></w:rPr><w:t>ing_na</w:t></w:r>'
            '<w:proofErr w:type="spellEnd"/><w:r><w:rPr><w:b/></w:rPr><w:t>me|keep_year }}'
        )
        return xml.replace(original, split)

    _edit_docx(template, word_edit)
    result = run("render", EXAMPLE_2022, "-o", "out", "--only", "minutes", "--templates", "mau")
    assert result.exit_code == 0, result.stderr
    body = text(examples / "out" / "nam-song-hau-2022-bien-ban.docx")
    assert "Thành phần dự họp:" in body
    assert "Thành phần tham dự:" not in body
    assert "Hội nghị giao ban Cụm thi đua Nam Sông Hậu năm\u00a02022" in body  # keep_year


def test_copy_never_overwrites_without_force(examples: Path):
    assert run("templates", "copy", "mau").exit_code == 0
    template = examples / "mau" / "bien-ban.docx"
    template.write_bytes(b"edited")
    result = run("templates", "copy", "mau")
    assert result.exit_code == 2
    assert template.read_bytes() == b"edited"
    assert run("templates", "copy", "mau", "--force").exit_code == 0
    assert template.read_bytes() != b"edited"


def test_template_from_the_defaults_file(examples: Path):
    assert run("templates", "copy", "mau").exit_code == 0
    _edit_docx(
        examples / "mau" / "bien-ban.docx",
        lambda xml: xml.replace("Nội dung:", "Diễn biến hội nghị:"),
    )
    defaults = examples / "giaoban.yaml"
    defaults.write_text(
        defaults.read_text(encoding="utf-8").replace(
            "minutes:\n", "minutes:\n  template: mau/bien-ban.docx\n"
        ),
        encoding="utf-8",
    )
    result = run("render", EXAMPLE_2022, "-o", "out", "--only", "minutes")
    assert result.exit_code == 0, result.stderr
    assert "Diễn biến hội nghị:" in text(examples / "out" / "nam-song-hau-2022-bien-ban.docx")


@pytest.mark.parametrize(
    ("old", "new", "words"),
    [
        ("{{ letterhead_issuer }}", "{{ letterhead_issuer }", "thẻ chưa đóng: thiếu «}}»"),
        (
            "{{ letterhead_issuer }}",
            "{{ ''.__class__.__mro__[1].__subclasses__() }}",
            "mẫu không được dùng «__class__» (bị chặn để giữ an toàn)",
        ),
        (
            "{{ letterhead_issuer }}",
            "{{ letterhed_issuer }}",
            "tên «letterhed_issuer». Có phải ý bạn là 'letterhead_issuer'?",
        ),
        ("{{ letterhead_issuer }}", "{{ '<w:p>'|safe }}", "mẫu tạo ra tài liệu Word hỏng"),
    ],
    ids=["syntax", "sandbox", "undefined", "invalid-xml"],
)
def test_broken_templates_are_named_and_nothing_is_written(examples: Path, old, new, words):
    assert run("templates", "copy", "mau").exit_code == 0
    _edit_docx(examples / "mau" / "bien-ban.docx", lambda xml: xml.replace(old, new))
    result = run("render", EXAMPLE_2022, "-o", "out", "--only", "minutes", "--templates", "mau")
    assert result.exit_code == 1
    assert "mau/bien-ban.docx" in result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stderr
    assert not (examples / "out" / "nam-song-hau-2022-bien-ban.docx").exists()


def test_a_file_that_is_not_a_docx(examples: Path):
    (examples / "mau").mkdir()
    (examples / "mau" / "bien-ban.docx").write_text("not a zip")
    result = run("render", EXAMPLE_2022, "-o", "out", "--only", "minutes", "--templates", "mau")
    assert result.exit_code == 1
    assert "không phải tệp Word .docx dùng được" in result.stderr


@pytest.mark.parametrize(
    ("change", "words"),
    [
        (lambda t: t + "\n{{ ''.__class__.__mro__ }}\n", "mẫu không được dùng «__class__»"),
        (lambda t: t + "\n{{ cycler.__init__.__globals__ }}\n", "không được dùng «__init__»"),
        (lambda t: t + "\n{% if %}\n", "tin-bai.j2:"),
        (lambda t: t + "\n{% include '/etc/passwd' %}\n", "/etc/passwd"),
    ],
    ids=["mro", "globals", "syntax", "include-outside"],
)
def test_text_templates_are_sandboxed_and_named(examples: Path, change, words):
    assert run("templates", "copy", "mau").exit_code == 0
    article = examples / "mau" / "tin-bai.j2"
    article.write_text(change(article.read_text(encoding="utf-8")), encoding="utf-8")
    result = run("render", EXAMPLE_2022, "-o", "out", "--templates", "mau")
    assert result.exit_code == 1
    assert words in result.stderr
    assert "Traceback" not in result.output
    assert not (examples / "out").exists() or not list((examples / "out").iterdir())


def test_the_tests_never_touch_the_users_template_cache(examples: Path, tmp_path: Path):
    from giaoban.render.cache import cache_folder

    folder = cache_folder()
    assert folder is not None
    assert Path.home() not in folder.parents
    assert folder.parent == tmp_path.parent  # this run's temporary folder
    mine = tmp_path / "mau"
    assert run("templates", "copy", str(mine)).exit_code == 0
    template = mine / "tin-bai.md.j2"
    # a template never compiled before, so its compiled code is new in the cache
    template.write_text(template.read_text(encoding="utf-8") + f"{{# {tmp_path} #}}", "utf-8")
    before = set(folder.rglob("*")) if folder.exists() else set()
    out = tmp_path / "out"
    args = ["render", EXAMPLE_2022, "-o", str(out), "--only", "press", "--format", "md"]
    result = run(*args, "--templates", str(mine))
    assert result.exit_code == 0, result.output
    assert set(folder.rglob("*")) - before, "the compiled template goes to the test's cache"


def _press_with_line(examples: Path, line: str):  # type: ignore[no-untyped-def]
    """Render the press report (md) with ``line`` put in a copied tin-bai.j2 just before its
    headline; the result and the line number it was put at."""
    assert run("templates", "copy", "mau").exit_code == 0
    template = examples / "mau" / "tin-bai.j2"
    source = template.read_text(encoding="utf-8")
    template.write_text(
        source.replace("{% set headline %}", line + "\n{% set headline %}", 1), encoding="utf-8"
    )
    number = source[: source.index("{% set headline %}")].count("\n") + 1
    arguments = ("-o", "out", "--only", "press", "--format", "md", "--templates", "mau")
    return run("render", EXAMPLE_2022, *arguments), number


@pytest.mark.parametrize(
    ("line", "words"),
    [
        # a loop that would take hours (s3-trial F16): stopped, with its tag named
        (
            "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}",
            "mẫu chạy quá 0.5 giây nên đã bị dừng",
        ),
        # one tag making 100 MB of text
        ("{{ 'a' * 100000000 }}", "mẫu tạo ra quá 50.000.000 ký tự nên đã bị dừng"),
        # a text doubled at every turn of a loop
        (
            "{% set ns = namespace(s='ab') %}{% for i in range(40) %}{% set ns.s = ns.s + ns.s %}"
            "{% endfor %}",
            "mẫu tạo ra quá 50.000.000 ký tự",
        ),
    ],
    ids=["loop", "multiplied", "doubled"],
)
def test_a_runaway_press_template_is_stopped_and_named(examples: Path, monkeypatch, line, words):
    from giaoban.render import environment

    monkeypatch.setattr(environment, "SECONDS", 0.5)  # of CPU time: a limit, not a timing
    result, number = _press_with_line(examples, line)
    assert result.exit_code == 1
    assert f"mau/tin-bai.j2:{number}: lỗi trong mẫu, thẻ «" in result.stderr, result.stderr
    assert words in result.stderr
    assert "Traceback" not in result.stderr
    assert not (examples / "out" / "nam-song-hau-2022-tin-bai.md").exists()


def test_a_runaway_word_template_is_stopped_and_named(examples: Path, monkeypatch):
    from giaoban.render import environment

    monkeypatch.setattr(environment, "SECONDS", 0.5)
    assert run("templates", "copy", "mau").exit_code == 0
    loop = "{% for i in range(100000) %}{% for j in range(100000) %}{% endfor %}{% endfor %}"
    _edit_docx(
        examples / "mau" / "bien-ban.docx",
        lambda xml: xml.replace("{{ letterhead_issuer }}", loop + "{{ letterhead_issuer }}"),
    )
    result = run("render", EXAMPLE_2022, "-o", "out", "--only", "minutes", "--templates", "mau")
    assert result.exit_code == 1
    assert "mau/bien-ban.docx" in result.stderr
    assert "mẫu chạy quá 0.5 giây nên đã bị dừng" in result.stderr
    assert "{% for i in range(100000) %}" in result.stderr  # the tag, quoted
    assert not (examples / "out" / "nam-song-hau-2022-bien-ban.docx").exists()


@pytest.mark.parametrize(
    ("part", "relationship", "target"),
    [
        (
            "word/_rels/document.xml.rels",
            '<Relationship Id="rIdX" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/image" Target="http://evil.example/track.png" '
            'TargetMode="External"/>',
            "http://evil.example/track.png",
        ),
        (
            "word/_rels/settings.xml.rels",
            '<Relationship Id="rIdT" Type="http://schemas.openxmlformats.org/officeDocument/'
            '2006/relationships/attachedTemplate" Target="file:///\\\\evil-server\\share\\t.dotm" '
            'TargetMode="External"/>',
            "file:///\\\\evil-server\\share\\t.dotm",
        ),
    ],
    ids=["linked-picture", "attached-template"],
)
def test_a_template_linking_outside_itself_is_refused(examples: Path, part, relationship, target):
    # s3-trial F50: Word fetches these on opening every biên bản made from the template
    assert run("templates", "copy", "mau").exit_code == 0
    template = examples / "mau" / "bien-ban.docx"
    with zipfile.ZipFile(template) as archive:
        entries = {info.filename: archive.read(info) for info in archive.infolist()}
    rels = entries.get(
        part,
        b'<?xml version="1.0"?><Relationships xmlns="http://schemas.'
        b'openxmlformats.org/package/2006/relationships"></Relationships>',
    )
    entries[part] = rels.replace(b"</Relationships>", relationship.encode() + b"</Relationships>")
    with zipfile.ZipFile(template, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in entries.items():
            archive.writestr(name, data)
    result = run("render", EXAMPLE_2022, "-o", "out", "--only", "minutes", "--templates", "mau")
    assert result.exit_code == 1
    assert (
        f"mau/bien-ban.docx: mẫu có liên kết tới tệp bên ngoài ({target}, trong {part})"
        in result.stderr
    )
    assert not (examples / "out" / "nam-song-hau-2022-bien-ban.docx").exists()


@pytest.mark.parametrize(
    ("line", "words"),
    [
        (
            "{% include '/etc/passwd' %}",
            "không có mẫu con «/etc/passwd» trong thư mục mẫu; {% include %} và {% import %}",
        ),
        ("{% for i in range(100000000) %}{% endfor %}", "range(...) quá lớn"),
        (
            "{% macro m(n) %}{{ m(n) }}{% endmacro %}{{ m(1) }}",
            "macro gọi lại chính nó không dừng",
        ),
    ],
    ids=["include-outside", "range", "recursion"],
)
def test_template_errors_jinja_words_in_english_are_said_in_vietnamese(examples, line, words):
    # s3-trial F17: Jinja's English, and the install path of giaoban, in the message
    result, _number = _press_with_line(examples, line)
    assert result.exit_code == 1
    assert words in result.stderr, result.stderr
    for english in ("not found in search paths", "Range too big", "maximum recursion"):
        assert english not in result.stderr


def test_every_name_and_filter_a_template_can_use_is_documented():
    """docs/templates.md promises "what the templates can use" and the filters; the
    shipped press template called `followup_press`, which it never named (s3-trial F34)."""
    import dataclasses
    import re

    from giaoban.render.context import Context
    from giaoban.render.filters import FILTERS

    doc = (Path(__file__).resolve().parent.parent / "docs" / "templates.md").read_text("utf-8")

    def documented(name: str) -> bool:
        return re.search("`" + re.escape(name) + r"[`(\[.]", doc) is not None

    names = [field.name for field in dataclasses.fields(Context)]
    assert [name for name in [*names, *FILTERS] if not documented(name)] == []


def test_a_template_under_a_near_miss_name_is_named_with_the_right_name(examples: Path):
    """s4-trial F93: "Biên bản.docx" (what Word proposes), "bien_ban.docx", "tin_bai.j2" in
    the --templates folder were ignored without a word and the defaults used. Each is
    now named with the template name it is closest to; a file already right is quiet."""
    import shutil

    assert run("templates", "copy", "full").exit_code == 0
    mau = examples / "mau"
    mau.mkdir()
    shutil.copy(examples / "full" / "bien-ban.docx", mau / "Biên bản.docx")
    shutil.copy(examples / "full" / "tin-bai.j2", mau / "tin_bai.j2")
    shutil.copy(examples / "full" / "tin-bai.md.j2", mau / "tin-bai.md.j2")  # right
    result = run("render", EXAMPLE_2022, "-o", "out", "--templates", "mau")
    assert result.exit_code == 0, result.stderr
    lines = result.stderr.splitlines()
    said = {line.split(": ", 1)[0]: line for line in lines if "có phải ý bạn là" in line}
    assert set(said) == {str(Path("mau") / "Biên bản.docx"), str(Path("mau") / "tin_bai.j2")}
    assert "'bien-ban.docx'" in said[str(Path("mau") / "Biên bản.docx")]
    assert "'tin-bai.j2'" in said[str(Path("mau") / "tin_bai.j2")]
    assert all("cảnh báo" in line and "mẫu mặc định" in line for line in said.values())
    english = run("--lang", "en", "render", EXAMPLE_2022, "-o", "out2", "--templates", "mau")
    assert "did you mean 'bien-ban.docx'" in english.stderr
    # the export says it once, too
    exported = run("export", ".", "-o", "xuat", "--templates", "mau")
    assert exported.stderr.count("có phải ý bạn là 'tin-bai.j2'") == 1, exported.stderr
    # renamed right, the template is used and nothing is said
    (mau / "tin_bai.j2").rename(mau / "tin-bai.j2")
    (mau / "Biên bản.docx").rename(mau / "bien-ban.docx")
    calm = run("render", EXAMPLE_2022, "-o", "out3", "--templates", "mau")
    assert "có phải ý bạn là" not in calm.stderr


def test_a_templates_folder_without_any_template_is_refused(examples: Path):
    """s4-trial F93: an empty --templates folder (a wrong path) rendered with the defaults
    silently; a folder holding only a misnamed template is refused with its right name."""
    (examples / "trong").mkdir()
    result = run("render", EXAMPLE_2022, "-o", "out", "--templates", "trong")
    assert result.exit_code != 0
    assert "không có mẫu nào" in result.stderr and "giaoban templates copy trong" in result.stderr
    assert not (examples / "out").exists()
    exported = run("export", ".", "-o", "xuat", "--templates", "trong")
    assert exported.exit_code != 0 and "không có mẫu nào" in exported.stderr
    (examples / "trong" / "bien_ban.docx").write_bytes(b"")
    named = run("render", EXAMPLE_2022, "-o", "out", "--templates", "trong")
    assert named.exit_code != 0 and "có phải ý bạn là 'bien-ban.docx'" in named.stderr


SAVED = Path(__file__).parent / "data" / "templates"


@pytest.mark.parametrize(
    ("saved", "said"),
    [
        ("bien-ban-libreoffice.odt", "OpenDocument (.odt) của LibreOffice"),
        ("bien-ban-libreoffice.doc", "Word 97-2003 (.doc)"),
    ],
)
def test_a_template_saved_in_another_format_is_named_with_how_to_save_it(
    examples: Path, saved: str, said: str
):
    """s6-trial H12: Writer saves bien-ban.odt unless told otherwise; giaoban said the
    folder held no template and advised copying the defaults over her work."""
    suffix = Path(saved).suffix
    (examples / "mau").mkdir()
    shutil.copy(SAVED / saved, examples / "mau" / f"bien-ban{suffix}")
    result = run("render", EXAMPLE_2022, "-o", "out", "--templates", "mau")
    assert result.exit_code != 0
    (line,) = [line for line in result.stderr.splitlines() if f"bien-ban{suffix}:" in line]
    assert said in line and "'Word 2007-365 (.docx)', tên bien-ban.docx" in line
    assert "giaoban templates copy" not in result.stderr  # would put the defaults beside it
    assert not (examples / "out").exists()
    # beside a template that is used, it is a warning and the documents are made
    assert run("templates", "copy", "mau").exit_code == 0
    (examples / "mau" / "bien-ban.docx").unlink()
    shutil.copy(SAVED / saved, examples / "mau" / f"bien-ban{suffix}")
    warned = run("render", EXAMPLE_2022, "-o", "out", "--templates", "mau")
    assert warned.exit_code == 0, warned.stderr
    assert f"bien-ban{suffix}: cảnh báo: tệp ở định dạng {said}" in warned.stderr
    # the same file renamed .docx, used as the template, or given to check
    shutil.copy(SAVED / saved, examples / "mau" / "bien-ban.docx")
    renamed = run("render", EXAMPLE_2022, "-o", "out2", "--templates", "mau")
    assert renamed.exit_code != 0 and f"tệp ở định dạng {said}" in renamed.stderr
    checked = run("check", str(examples / "mau" / "bien-ban.docx"))
    assert checked.exit_code != 0 and f"tệp ở định dạng {said}" in checked.stderr
    assert "Traceback" not in renamed.stderr + checked.stderr
