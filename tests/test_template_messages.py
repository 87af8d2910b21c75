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


def paragraphs(*texts: str) -> str:
    return "".join(
        f'<w:p><w:r><w:t xml:space="preserve">{text}</w:t></w:r></w:p>' for text in texts
    )


# Each case adds what a secretary typed to the default template: at the end of the body
# ("<w:sectPr"), in the first cell of the letterhead table ("</w:tcPr>"), in the header.
END, CELL = "<w:sectPr", "</w:tcPr>"
WORD_CASES = {
    "attribute": (
        DOCUMENT,
        END,
        paragraphs("Hội nghị: {{ meeting.titel }} năm {{ year }}"),
        "mau/bien-ban.docx: lỗi trong mẫu ở đoạn «Hội nghị: {{ meeting.titel }} năm {{ year }}», "
        "thẻ «{{ meeting.titel }}»: «meeting» không có mục «titel». "
        "Có phải ý bạn là 'title'?",
    ),
    "name": (
        DOCUMENT,
        END,
        paragraphs("Năm {{ yeer }}"),
        "mau/bien-ban.docx: lỗi trong mẫu ở đoạn «Năm {{ yeer }}», "
        "thẻ «{{ yeer }}»: mẫu không có dữ liệu nào tên «yeer». Có phải ý bạn là 'year'?",
    ),
    "unclosed-if": (
        DOCUMENT,
        END,
        paragraphs("{% if meeting.start %}Bắt đầu lúc {{ meeting.start|admin_time }}.", "Hết."),
        "mau/bien-ban.docx: lỗi trong mẫu ở đoạn «{% if meeting.start %}Bắt đầu lúc "
        "{{ meeting.start|admin_time }}.», thẻ «{% if meeting.start %}»: "
        "khối mở ở đây chưa được đóng: thiếu «{% endif %}».",
    ),
    "unclosed-paragraph-if": (
        DOCUMENT,
        CELL,
        paragraphs("{%p if place %}", "Tại {{ place }}"),
        "mau/bien-ban.docx: lỗi trong mẫu ở bảng 1, hàng 1, cột 1, đoạn «{%p if place %}», "
        "thẻ «{%p if place %}»: khối mở ở đây chưa được đóng: thiếu «{%p endif %}». Thẻ "
        "«{%p endif %}» nằm trên một đoạn riêng, như thẻ mở (cả đoạn chứa thẻ sẽ không có "
        "trong văn bản).",  # the paragraph form: «{% endif %}» broke the .docx (s6-trial H20)
    ),
    "unknown-filter-in-a-branch-not-taken": (
        DOCUMENT,
        CELL,
        paragraphs("{% if false %}{{ meeting.date|admin_dat }}{% endif %}"),
        "mau/bien-ban.docx: lỗi trong mẫu ở bảng 1, hàng 1, cột 1, đoạn "
        "«{% if false %}{{ meeting.date|admin_dat }}{% endif %}», "
        "thẻ «{{ meeting.date|admin_dat }}»: không có bộ lọc «admin_dat». "
        "Có phải ý bạn là 'admin_date'?",
    ),
    "unclosed-tag": (
        DOCUMENT,
        END,
        paragraphs("Năm {{ year } nay."),
        "mau/bien-ban.docx: lỗi trong mẫu ở đoạn «Năm {{ year } nay.», "
        "thẻ «{{ year } nay.»: thẻ chưa đóng: thiếu «}}».",
    ),
    "header": (
        "word/header1.xml",
        "<w:fldSimple",
        "<w:r><w:t>{{ meeting.titel }} </w:t></w:r>",
        "mau/bien-ban.docx: lỗi trong mẫu ở đầu trang (header), đoạn «{{ meeting.titel }} 2», "
        "thẻ «{{ meeting.titel }}»: «meeting» không có mục «titel». "
        "Có phải ý bạn là 'title'?",
    ),
    "filter-on-a-wrong-value": (
        DOCUMENT,
        END,
        paragraphs("Năm {{ year|admin_date }}"),
        "mau/bien-ban.docx: lỗi trong mẫu ở đoạn «Năm {{ year|admin_date }}», "
        "thẻ «{{ year|admin_date }}»: bộ lọc «admin_date» không "
        "dùng được với giá trị này; xem docs/templates.md, mục Bộ lọc.",
    ),
    "attribute-of-a-list": (
        DOCUMENT,
        END,
        paragraphs("Dự: {{ attendance.label }}"),
        "mau/bien-ban.docx: lỗi trong mẫu ở đoạn «Dự: {{ attendance.label }}», "
        "thẻ «{{ attendance.label }}»: «attendance» là một danh sách nên không có «label»; "
        "hãy lặp qua nó: {% for x in attendance %}{{ x.label }}{% endfor %}.",
    ),
    "attribute-of-a-person": (
        DOCUMENT,
        END,
        paragraphs(
            "{% for group in attendance %}{% for p in group.people %}{{ p.nam }}"
            "{% endfor %}{% endfor %}"
        ),
        "mau/bien-ban.docx: lỗi trong mẫu ở đoạn «…% for p in group.people %}{{ p.nam }}"
        "{% endfor %}{% endfor %}», thẻ «{{ p.nam }}»: «p» không "
        "có mục «nam». Có phải ý bạn là 'name'?",
    ),
    "misnested-end": (
        DOCUMENT,
        END,
        paragraphs("{% for group in attendance %}{% if loop.first %}Đầu{% endfor %}"),
        "mau/bien-ban.docx: lỗi trong mẫu ở đoạn «{% for group in attendance %}{% if "
        "loop.first %}Đầu{% endfor %}», thẻ «{% if loop.first %}»: khối mở ở đây chưa được "
        "đóng: thiếu «{% endif %}» trước «{% endfor %}» trong cùng đoạn.",
    ),
    "unknown-name-in-a-branch-not-taken": (
        DOCUMENT,
        CELL,
        paragraphs("{% if false %}{{ provinc }}{% endif %}"),
        "mau/bien-ban.docx: lỗi trong mẫu ở bảng 1, hàng 1, cột 1, đoạn "
        "«{% if false %}{{ provinc }}{% endif %}», thẻ «{{ provinc }}»: mẫu không có dữ liệu "
        "nào tên «provinc». Có phải ý bạn là 'province'?",
    ),
    "unknown-tag": (
        DOCUMENT,
        END,
        paragraphs("{% iff year %}Năm nay{% endif %}"),
        "mau/bien-ban.docx: lỗi trong mẫu ở đoạn «{% iff year %}Năm nay{% endif %}», "
        "thẻ «{% iff year %}»: không có thẻ «{% iff %}». Có phải ý bạn là 'if'?",
    ),
    "missing-dot": (
        DOCUMENT,
        END,
        paragraphs("Tên: {{ meeting title }}"),
        "mau/bien-ban.docx: lỗi trong mẫu ở đoạn «Tên: {{ meeting title }}», "
        "thẻ «{{ meeting title }}»: thẻ viết chưa đúng (cần «}}» nhưng gặp «title»).",
    ),
    "for-without-in": (
        DOCUMENT,
        END,
        paragraphs("{% for x agenda %}{{ x.number }}{% endfor %}"),
        "mau/bien-ban.docx: lỗi trong mẫu ở đoạn «{% for x agenda %}{{ x.number }}"
        "{% endfor %}», thẻ «{% for x agenda %}»: thẻ viết chưa đúng (cần «in» nhưng gặp "
        "«agenda»).",
    ),
    "sandbox": (
        DOCUMENT,
        END,
        paragraphs("{{ ''.__class__ }}"),
        "mau/bien-ban.docx: lỗi trong mẫu ở đoạn «{{ ''.__class__ }}», "
        "thẻ «{{ ''.__class__ }}»: mẫu không được dùng «__class__» (bị chặn để giữ an toàn).",
    ),
}


@pytest.mark.parametrize("case", list(WORD_CASES))
def test_word_template_errors_name_paragraph_tag_and_fix(mau: Path, examples: Path, case: str):
    part, before, added, expected = WORD_CASES[case]
    edit_part(mau / "bien-ban.docx", part, before, added + before)
    assert render_with(examples, "--lang", "vi") == expected


def test_word_template_errors_in_english(mau: Path, examples: Path):
    added = paragraphs("Hội nghị: {{ meeting.titel }}")
    edit_part(mau / "bien-ban.docx", DOCUMENT, END, added + END)
    assert render_with(examples, "--lang", "en") == (
        "mau/bien-ban.docx: error in the template at the paragraph «Hội nghị: "
        "{{ meeting.titel }}», tag «{{ meeting.titel }}»: «meeting» has no «titel». "
        "Did you mean 'title'?"
    )


TEXT_CASES = {
    "attribute": (
        "{{ meeting.titel }}",
        1,
        "thẻ «{{ meeting.titel }}»: «meeting» không có mục «titel». Có phải ý bạn là 'title'?",
    ),
    "unknown-filter": (
        "{{ members|members_phrse }}",
        1,
        "thẻ «{{ members|members_phrse }}»: không có bộ lọc «members_phrse». "
        "Có phải ý bạn là 'members_phrase'?",
    ),
    "unknown-name-in-a-branch-not-taken": (
        "{% if false %}\n{{ provinc }}\n{% endif %}\n",
        2,
        "thẻ «{{ provinc }}»: mẫu không có dữ liệu nào tên «provinc». Có phải ý bạn là 'province'?",
    ),
    "unclosed-if": (
        "{% if meeting.start %}\nBắt đầu.\n",
        1,
        "thẻ «{% if meeting.start %}»: khối mở ở đây chưa được đóng: thiếu «{% endif %}».",
    ),
    "unclosed-if-inside-a-loop": (
        "{% for item in agenda %}\n{% if item.speaker %}\nx\n{% endfor %}\n",
        2,
        "thẻ «{% if item.speaker %}»: khối mở ở đây chưa được đóng: thiếu «{% endif %}» "
        "trước «{% endfor %}» ở dòng +4.",
    ),
    "name-in-a-loop": (
        "{% for item in agenda %}\n{{ itme.number }}\n{% endfor %}\n",
        2,
        "thẻ «{{ itme.number }}»: mẫu không có dữ liệu nào tên «itme». Có phải ý bạn là 'item'?",
    ),
}


@pytest.mark.parametrize("case", list(TEXT_CASES))
def test_text_template_errors_name_line_tag_and_fix(mau: Path, examples: Path, case: str):
    added, offset, expected = TEXT_CASES[case]
    article = mau / "tin-bai.j2"
    text = article.read_text(encoding="utf-8").rstrip("\n") + "\n"
    first = text.count("\n") + 1  # the first added line
    article.write_text(text + added, encoding="utf-8")
    expected = expected.replace("dòng +4", f"dòng {first + 3}")
    assert render_with(examples) == (
        f"mau/tin-bai.j2:{first + offset - 1}: lỗi trong mẫu, {expected}"
    )
