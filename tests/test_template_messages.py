"""Template errors told the way a secretary sees her template (issue 11, item 4).

Each case is one kind of mistake made while editing a template in Word or in a text
editor; the message names the file, the paragraph (or cell, header, line), the tag and
what could have been meant, in Vietnamese or English, with no Python class name.
"""

from __future__ import annotations

import zipfile
from pathlib import Path

import pytest

from tests.conftest import EXAMPLE_2022, run


def edit_part(path: Path, part: str, old: str, new: str) -> None:
    """Replace ``old`` (which must occur) by ``new`` once in one XML part of a .docx."""
    with zipfile.ZipFile(path) as archive:
        entries = [(info, archive.read(info)) for info in archive.infolist()]
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for info, data in entries:
            if info.filename == part:
                xml = data.decode("utf-8")
                assert old in xml, old
                data = xml.replace(old, new, 1).encode("utf-8")
            archive.writestr(info, data)


def render_with(examples: Path, *args: str):
    result = run(*args, "render", EXAMPLE_2022, "-o", "out", "--templates", "mau")
    assert result.exit_code == 1, result.output
    assert "Traceback" not in result.output
    assert not (examples / "out").exists() or not list((examples / "out").iterdir())
    message = result.stderr.strip()
    assert "giaoban." not in message and " object" not in message  # no Python class names
    return message


@pytest.fixture
def mau(examples: Path) -> Path:
    assert run("templates", "copy", "mau").exit_code == 0
    return examples / "mau"


DOCUMENT = "word/document.xml"

WORD_CASES = {
    "attribute": (
        DOCUMENT,
        "{{ place }}",
        "{{ meeting.titel }}",
        "mau/bien-ban.docx: lỗi trong mẫu ở đoạn «Địa điểm: {{ meeting.titel }}.», "
        "thẻ «{{ meeting.titel }}»: «meeting» không có mục «titel». "
        "Có phải ý bạn là 'title'?",
    ),
    "name": (
        DOCUMENT,
        "{{ meeting_name }}",
        "{{ meeting_nam }}",
        "mau/bien-ban.docx: lỗi trong mẫu ở đoạn «{{ meeting_nam }}», "
        "thẻ «{{ meeting_nam }}»: mẫu không có dữ liệu nào tên «meeting_nam». "
        "Có phải ý bạn là 'meeting_name'?",
    ),
    "unclosed-if": (
        DOCUMENT,
        "{% endif %}",
        "",
        "mau/bien-ban.docx: lỗi trong mẫu ở đoạn «{% if meeting.start %}Thời gian bắt đầu: "
        "{{ meeting.start|admin_time }}, {{ meet…», thẻ «{% if meeting.start %}»: "
        "khối mở ở đây chưa được đóng: thiếu «{% endif %}».",
    ),
    "unclosed-paragraph-if": (
        DOCUMENT,
        "{%p endif %}",
        "",
        "mau/bien-ban.docx: lỗi trong mẫu ở bảng 1, hàng 2, cột 2, đoạn "
        "«{%p if minutes.date_line and province %}», "
        "thẻ «{%p if minutes.date_line and province %}»: "
        "khối mở ở đây chưa được đóng: thiếu «{% endif %}».",
    ),
    "unknown-filter-in-a-branch-not-taken": (
        DOCUMENT,
        "admin_date",
        "admin_dat",
        "mau/bien-ban.docx: lỗi trong mẫu ở bảng 1, hàng 2, cột 2, đoạn "
        "«{{ province }}, {{ meeting.date|admin_dat }}», "
        "thẻ «{{ meeting.date|admin_dat }}»: không có bộ lọc «admin_dat». "
        "Có phải ý bạn là 'admin_date'?",
    ),
    "unclosed-tag": (
        DOCUMENT,
        "{{ meeting_name }}",
        "{{ meeting_name }",
        "mau/bien-ban.docx: lỗi trong mẫu ở đoạn «{{ meeting_name }», "
        "thẻ «{{ meeting_name }»: thẻ chưa đóng: thiếu «}}».",
    ),
    "header": (
        "word/header1.xml",
        "<w:fldSimple",
        "<w:r><w:t>{{ meeting.titel }} </w:t></w:r><w:fldSimple",
        "mau/bien-ban.docx: lỗi trong mẫu ở đầu trang (header), đoạn «{{ meeting.titel }} 2», "
        "thẻ «{{ meeting.titel }}»: «meeting» không có mục «titel». "
        "Có phải ý bạn là 'title'?",
    ),
    "filter-on-a-wrong-value": (
        DOCUMENT,
        "{{ meeting_name }}",
        "{{ meeting_name|admin_date }}",
        "mau/bien-ban.docx: lỗi trong mẫu ở đoạn «{{ meeting_name|admin_date }}», "
        "thẻ «{{ meeting_name|admin_date }}»: bộ lọc «admin_date» không "
        "dùng được với giá trị này; xem docs/templates.md, mục Bộ lọc.",
    ),
    "attribute-of-a-list": (
        DOCUMENT,
        "{{ group.people|people(address, group.province) }}",
        "{{ group.people.name }}",
        "mau/bien-ban.docx: lỗi trong mẫu ở đoạn «- {% if group.label %}{{ group.label }}: "
        "{% endif %}{{ group.people.name }}.», thẻ «{{ group.people.name }}»: «group.people» "
        "là một danh sách nên không có «name»; hãy lặp qua nó: "
        "{% for x in group.people %}{{ x.name }}{% endfor %}.",
    ),
    "sandbox": (
        DOCUMENT,
        "{{ letterhead_issuer }}",
        "{{ ''.__class__ }}",
        "mau/bien-ban.docx: lỗi trong mẫu ở bảng 1, hàng 1, cột 1, đoạn «{{ ''.__class__ }}», "
        "thẻ «{{ ''.__class__ }}»: mẫu không được dùng «__class__» (bị chặn để giữ an toàn).",
    ),
}


@pytest.mark.parametrize("case", list(WORD_CASES))
def test_word_template_errors_name_paragraph_tag_and_fix(mau: Path, examples: Path, case: str):
    part, old, new, expected = WORD_CASES[case]
    edit_part(mau / "bien-ban.docx", part, old, new)
    assert render_with(examples, "--lang", "vi") == expected


def test_word_template_errors_in_english(mau: Path, examples: Path):
    edit_part(mau / "bien-ban.docx", DOCUMENT, "{{ place }}", "{{ meeting.titel }}")
    assert render_with(examples, "--lang", "en") == (
        "mau/bien-ban.docx: error in the template at the paragraph «Địa điểm: "
        "{{ meeting.titel }}.», tag «{{ meeting.titel }}»: «meeting» has no «titel». "
        "Did you mean 'title'?"
    )


def test_an_attribute_of_a_speaker_is_suggested_from_the_model(mau: Path, examples: Path):
    edit_part(
        mau / "bien-ban.docx",
        DOCUMENT,
        "{{ paragraph|lead_in(item.speaker|named(address)) }}",
        "{{ item.speaker.nam }}",
    )
    assert render_with(examples).endswith(
        "thẻ «{{ item.speaker.nam }}»: «item.speaker» không có mục «nam». Có phải ý bạn là 'name'?"
    )


def test_a_misnested_end_tag_names_the_block_left_open(mau: Path, examples: Path):
    # the inline {% endif %} of "Vắng: …" deleted: the {% endfor %} after it closes nothing
    edit_part(
        mau / "bien-ban.docx",
        DOCUMENT,
        "{% if not loop.last %}; {% endif %}",
        "{% if not loop.last %}; ",
    )
    assert render_with(examples) == (
        "mau/bien-ban.docx: lỗi trong mẫu ở đoạn «…({{ person.attendance }}){% if not "
        "loop.last %}; {% endfor %}.», thẻ «{% if not loop.last %}»: khối mở ở đây chưa được "
        "đóng: thiếu «{% endif %}» trước «{% endfor %}» trong cùng đoạn."
    )


TEXT_CASES = {
    "attribute": (
        "{{ press.headline or meeting_name }}",
        "{{ press.headline or meeting.titel }}",
        "mau/tin-bai.j2:11: lỗi trong mẫu, thẻ «{{ press.headline or meeting.titel }}»: "
        "«meeting» không có mục «titel». Có phải ý bạn là 'title'?",
    ),
    "unknown-filter": (
        "meeting|press_lead",
        "meeting|press_led",
        "mau/tin-bai.j2:13: lỗi trong mẫu, thẻ «{{ meeting|press_led }}»: không có bộ lọc "
        "«press_led». Có phải ý bạn là 'press_lead'?",
    ),
    "unclosed-if": (
        "{{ conclusion|conclusion_press }}\n\n{% endif %}",
        "{{ conclusion|conclusion_press }}\n\n",
        "mau/tin-bai.j2:63: lỗi trong mẫu, thẻ «{% if conclusion %}»: khối mở ở đây "
        "chưa được đóng: thiếu «{% endif %}».",
    ),
    "name-in-a-loop": (
        "{{ paragraph|statement(mention(item.speaker, paragraph)) }}",
        "{{ paragraf|statement(mention(item.speaker, paragraph)) }}",
        "mau/tin-bai.j2:27: lỗi trong mẫu, thẻ «{{ paragraf|statement(mention(item.speaker, "
        "paragraph)) }}»: mẫu không có dữ liệu nào tên «paragraf». "
        "Có phải ý bạn là 'paragraph'?",
    ),
}


@pytest.mark.parametrize("case", list(TEXT_CASES))
def test_text_template_errors_name_line_tag_and_fix(mau: Path, examples: Path, case: str):
    old, new, expected = TEXT_CASES[case]
    article = mau / "tin-bai.j2"
    text = article.read_text(encoding="utf-8")
    assert old in text, old
    article.write_text(text.replace(old, new, 1), encoding="utf-8")
    assert render_with(examples) == expected
