"""Builds the default Word template ``templates/bien-ban.docx`` (``make templates``).

The .docx is committed so that a secretary can open it in Word; this script is how
it was made, and a test checks that the committed file matches it. Layout values
come from Nghị định 30/2020/NĐ-CP, Phụ lục I (see docs/templates.md).
"""

from __future__ import annotations

import io
import zipfile
from pathlib import Path

from docx import Document
from docx.enum.style import WD_STYLE_TYPE
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_LINE_SPACING
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Mm, Pt, RGBColor

from giaoban.render.ooxml import insert_child

FONT = "Times New Roman"
BODY_PT = 14
TEXT_WIDTH_CM = 16.2  # A4 210 mm - left 30 mm - right 18 mm
LEFT_CELL_CM = 6.5
RIGHT_CELL_CM = TEXT_WIDTH_CM - LEFT_CELL_CM
CELL_PADDING_CM = 0.19

BODY = "GB Nội dung"
CENTRED = "GB Căn giữa"
LIST = "GB Liệt kê"
RECIPIENTS = "GB Nơi nhận"
CONTROL = "GB Lệnh mẫu"


def _fonts(rpr: OxmlElement) -> None:
    fonts = rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = insert_child(rpr, OxmlElement("w:rFonts"))
    for attribute in ("w:ascii", "w:hAnsi", "w:cs", "w:eastAsia"):
        fonts.set(qn(attribute), FONT)


def _styles(document: Document) -> None:
    styles = document.styles
    defaults = styles.element.find(qn("w:docDefaults"))
    _fonts(defaults.find(qn("w:rPrDefault")).find(qn("w:rPr")))
    normal = styles["Normal"]
    normal.font.name = FONT
    normal.font.size = Pt(BODY_PT)
    normal.font.color.rgb = RGBColor(0, 0, 0)
    _fonts(normal.element.get_or_add_rPr())
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.line_spacing_rule = WD_LINE_SPACING.SINGLE

    def paragraph_style(name: str, size: int = BODY_PT) -> object:
        style = styles.add_style(name, WD_STYLE_TYPE.PARAGRAPH)
        style.base_style = normal
        style.font.size = Pt(size)
        return style

    body = paragraph_style(BODY)
    body.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    body.paragraph_format.first_line_indent = Cm(1.27)
    body.paragraph_format.space_after = Pt(6)
    body.paragraph_format.line_spacing = 1.15

    listing = paragraph_style(LIST)
    listing.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.JUSTIFY
    listing.paragraph_format.first_line_indent = Cm(1.27)
    listing.paragraph_format.space_after = Pt(6)
    listing.paragraph_format.line_spacing = 1.15

    centred = paragraph_style(CENTRED, 13)
    centred.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.CENTER

    recipients = paragraph_style(RECIPIENTS, 11)
    recipients.paragraph_format.alignment = WD_ALIGN_PARAGRAPH.LEFT

    # Paragraphs that only hold {%p ... %} tags: removed when rendering, small when editing.
    control = paragraph_style(CONTROL, 8)
    control.font.color.rgb = RGBColor(0x80, 0x80, 0x80)


def _keep_with_next(paragraph: object) -> object:
    """A heading or lead-in kept on the page of what follows it: never left alone at the
    foot of a page ("6. Nhiệm vụ Cụm trưởng năm 2027:" on page 2, its lines on page 3)."""
    paragraph.paragraph_format.keep_with_next = True  # type: ignore[attr-defined]
    return paragraph


def _paragraph(container: object, text: str = "", style: str = BODY, **run: object) -> object:
    paragraph = container.add_paragraph(style=style)
    if text:
        _run(paragraph, text, **run)
    return paragraph


def _run(
    paragraph: object,
    text: str,
    bold: bool = False,
    italic: bool = False,
    size: float | None = None,
) -> object:
    run = paragraph.add_run(text)
    run.bold = bold or None
    run.italic = italic or None
    if size:
        run.font.size = Pt(size)
    return run


def _control(container: object, tag: str) -> None:
    _paragraph(container, tag, CONTROL)


def _rule(container: object, width_cm: float, cell_cm: float) -> None:
    """A centred horizontal rule of ``width_cm``: a bottom border on an empty paragraph."""
    paragraph = container.add_paragraph(style=CENTRED)
    inset = max(0.0, (cell_cm - 2 * CELL_PADDING_CM - width_cm) / 2)
    paragraph.paragraph_format.left_indent = Cm(inset)
    paragraph.paragraph_format.right_indent = Cm(inset)
    paragraph.paragraph_format.space_before = Pt(3)
    paragraph.paragraph_format.space_after = Pt(4)
    ppr = paragraph._p.get_or_add_pPr()
    borders = OxmlElement("w:pBdr")
    bottom = OxmlElement("w:bottom")
    for key, value in (("w:val", "single"), ("w:sz", "6"), ("w:space", "1"), ("w:color", "000000")):
        bottom.set(qn(key), value)
    insert_child(borders, bottom)
    insert_child(ppr, borders)
    run = paragraph.add_run("")
    run.font.size = Pt(2)
    paragraph.paragraph_format.line_spacing = Pt(2)


def _borderless(table: object, widths: list[float]) -> None:
    table.alignment = WD_TABLE_ALIGNMENT.CENTER
    table.autofit = False  # w:tblLayout w:type="fixed"
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        element = OxmlElement(f"w:{edge}")
        element.set(qn("w:val"), "nil")
        insert_child(borders, element)
    insert_child(table._tbl.tblPr, borders)
    for column, width in zip(table._tbl.tblGrid.gridCol_lst, widths, strict=True):
        column.w = Cm(width)  # LibreOffice lays out by the grid, Word by the cells
    for row in table.rows:
        for cell, width in zip(row.cells, widths, strict=True):
            cell.width = Cm(width)
            for paragraph in list(cell.paragraphs):  # a new cell holds one empty paragraph
                paragraph._p.getparent().remove(paragraph._p)


def _keep_together(row: object) -> None:
    properties = row._tr.get_or_add_trPr()
    insert_child(properties, OxmlElement("w:cantSplit"))


def _page_number_header(section: object) -> None:
    section.different_first_page_header_footer = True
    paragraph = section.header.paragraphs[0]
    paragraph.alignment = WD_ALIGN_PARAGRAPH.CENTER
    field = OxmlElement("w:fldSimple")
    field.set(qn("w:instr"), "PAGE")
    run = OxmlElement("w:r")
    rpr = OxmlElement("w:rPr")
    size = OxmlElement("w:sz")
    size.set(qn("w:val"), str(BODY_PT * 2))
    insert_child(rpr, size)
    run.append(rpr)  # a run's properties come first, and it has nothing else yet
    text = OxmlElement("w:t")
    text.text = "2"
    run.append(text)
    field.append(run)
    paragraph._p.append(field)


def _figure_list(container: object) -> None:
    """The figures not already quoted in a text, one line each: "- 19.455 văn bản ...;"."""
    _control(container, "{%p for figure in unquoted_figures %}")
    _paragraph(
        container,
        "- {{ figure|figure_line }}{% if loop.last %}.{% else %};{% endif %}",
        LIST,
    )
    _control(container, "{%p endfor %}")


def new_document(title: str) -> Document:
    """A4 portrait, decree margins, the giaoban styles, page numbers from page 2."""
    document = Document()
    _styles(document)
    section = document.sections[0]
    section.page_width, section.page_height = Mm(210), Mm(297)
    section.top_margin = section.bottom_margin = Mm(20)
    section.left_margin, section.right_margin = Mm(30), Mm(18)
    section.header_distance = Mm(10)
    _page_number_header(section)
    properties = document.core_properties
    properties.title = title
    properties.author = "giaoban"
    properties.comments = "Mẫu của giaoban; sửa được trong Word hay LibreOffice."
    return document


# Every part dated the zip format's first day, not the time of the build: `make templates`
# then writes the same bytes for the same template, so the compiled form shipped with it
# (giaoban/render/shipped.py, keyed by those bytes) stays valid and git sees no change.
_ZIP_DATE = (1980, 1, 1, 0, 0, 0)


def _save(document: Document, path: Path) -> None:
    built = io.BytesIO()
    document.save(built)
    with zipfile.ZipFile(built) as source, zipfile.ZipFile(path, "w") as target:
        for info in source.infolist():
            dated = zipfile.ZipInfo(info.filename, _ZIP_DATE)
            dated.compress_type = info.compress_type
            target.writestr(dated, source.read(info))


def build_press(path: Path) -> None:
    """Write the default Word template of the press report to ``path``."""
    document = new_document("Tin bài hội nghị (mẫu giaoban)")
    headline = _paragraph(document, "{{ article.headline|keep_year }}", CENTRED, bold=True, size=16)
    headline.paragraph_format.space_after = Pt(12)
    _paragraph(
        document,
        "{% if article.agency %}({{ article.agency }}) {% endif %}{{ article.lead }}",
        bold=True,
    )
    _control(document, "{%p for paragraph in article.paragraphs %}")
    _paragraph(document, "{{ paragraph }}")
    _control(document, "{%p endfor %}")
    _control(document, "{%p if article.keywords %}")
    keywords = _paragraph(document, "Từ khóa: ", italic=True)
    _run(keywords, "{{ article.keywords|join(', ') }}", italic=True)
    _control(document, "{%p endif %}")
    _save(document, path)


def build_minutes(path: Path) -> None:
    """Write the default minutes template to ``path``."""
    document = new_document("Biên bản hội nghị (mẫu giaoban)")

    # Letterhead (ô 1-4): parent body and issuer | Quốc hiệu and Tiêu ngữ; Số | date line.
    header = document.add_table(rows=2, cols=2)
    _borderless(header, [LEFT_CELL_CM, RIGHT_CELL_CM])
    left, right = header.rows[0].cells
    _control(left, "{%p for line in letterhead_parent %}")
    _paragraph(left, "{{ line }}", CENTRED)
    _control(left, "{%p endfor %}")
    _paragraph(left, "{{ letterhead_issuer }}", CENTRED, bold=True)
    _rule(left, 2.2, LEFT_CELL_CM)
    _paragraph(right, "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM", CENTRED, bold=True, size=12)
    _paragraph(right, "Độc lập - Tự do - Hạnh phúc", CENTRED, bold=True)
    _rule(right, 5.6, RIGHT_CELL_CM)
    number, date = header.rows[1].cells
    _paragraph(number, "Số: {{ number|doc_number }}/BB-{{ letterhead_symbol }}", CENTRED)
    _control(date, "{%p if minutes.date_line and date_place %}")
    _paragraph(date, "{{ date_place }}, {{ meeting.date|admin_date }}", CENTRED, italic=True)
    _control(date, "{%p endif %}")
    _paragraph(date, "", CENTRED)

    # Tên loại và trích yếu (ô 5a)
    title = _paragraph(document, "BIÊN BẢN", CENTRED, bold=True, size=14)
    title.paragraph_format.space_before = Pt(18)
    _paragraph(document, "{{ meeting_name|keep_year }}", CENTRED, bold=True, size=14)
    _rule(document, 4.5, TEXT_WIDTH_CM)
    _paragraph(document, "", CENTRED)

    body = document
    _paragraph(
        body,
        "{% if meeting.start %}Thời gian bắt đầu: {{ meeting.start|admin_time }}, "
        "{{ meeting.date|admin_date }}{% elif meeting.part_of_day %}Thời gian: buổi "
        "{{ meeting.part_of_day }}, {{ meeting.date|admin_date }}{% else %}Thời gian: "
        "{{ meeting.date|admin_date }}{% endif %}.",
    )
    _control(body, "{%p if place %}")
    _paragraph(body, "Địa điểm: {{ place }}.")
    _control(body, "{%p endif %}")
    _control(body, "{%p if meeting.mode %}")
    _paragraph(
        body,
        "Hình thức: {{ meeting.mode }}{% if meeting.sites %}, tại các điểm cầu: "
        "{{ meeting.sites|site_names }}{% endif %}.",
    )
    _control(body, "{%p endif %}")
    _control(body, "{%p if organiser or hosts %}")
    _paragraph(
        body,
        "{% if organiser %}Đơn vị tổ chức: {{ organiser }}{% if co_organisers %}; phối hợp "
        "tổ chức: {{ co_organisers|and_list }}{% endif %}{% endif %}"
        "{% if organiser and hosts %}; đ{% elif hosts %}Đ{% endif %}"
        "{% if hosts %}ơn vị đăng cai: {{ hosts|and_list }}{% endif %}.",
    )
    _control(body, "{%p endif %}")
    _control(body, "{%p if chair_committee or vice_chair_committee %}")
    _paragraph(body, "{{ chair_committee|cluster_officers(vice_chair_committee, year) }}")
    _control(body, "{%p endif %}")
    _control(body, "{%p if attendance or absent %}")
    _keep_with_next(_paragraph(body, "Thành phần tham dự:", bold=True))
    _control(body, "{%p endif %}")
    _control(body, "{%p for group in attendance %}")
    _paragraph(
        body,
        "- {% if group.label %}{{ group.label }}: {% endif %}"
        "{{ group.people|people(address, group.province) }}.",
        LIST,
    )
    _control(body, "{%p endfor %}")
    _control(body, "{%p for line in absent|absent_lines(address) %}")
    _paragraph(body, "- {{ line }}", LIST)
    _control(body, "{%p endfor %}")
    _control(body, "{%p if presiding %}")
    _paragraph(body, "{{ presiding|presiding_line(address, minutes.chair_label) }}")
    _control(body, "{%p endif %}")
    _control(body, "{%p if secretary %}")
    _paragraph(body, "Thư ký: {{ secretary|person(address) }}.")
    _control(body, "{%p endif %}")

    _control(body, "{%p if has_agenda %}")
    _keep_with_next(_paragraph(body, "Nội dung:", bold=True))
    _control(body, "{%p endif %}")
    _control(body, "{%p for item in agenda %}")
    _keep_with_next(_paragraph(body, "{{ item.number }}. {{ item|agenda_item(address) }}"))
    _control(body, "{%p if item.report %}")
    _control(body, "{%p if item.report.programmes %}")
    _paragraph(body, "{{ item.report|report_programmes }}")
    _control(body, "{%p endif %}")
    _control(body, "{%p if item.report.results %}")
    _paragraph(body, "Kết quả: {{ item.report.results|join('; ') }}.")
    _control(body, "{%p endif %}")
    _control(body, "{%p if unquoted_figures %}")
    _keep_with_next(_paragraph(body, "Số liệu chủ yếu:"))
    _figure_list(body)
    _control(body, "{%p endif %}")
    _control(body, "{%p if item.report.limitations %}")
    _paragraph(body, "Hạn chế: {{ item.report.limitations|join('; ') }}.")
    _control(body, "{%p endif %}")
    _control(body, "{%p endif %}")
    _control(body, "{%p for paragraph in item.paragraphs %}")
    _control(body, "{%p if paragraph.text %}")
    _control(
        body,
        "{%p for part in paragraph|statement(item.speaker|named(address), "
        "with_directives=False)|paragraphs %}",
    )
    _paragraph(body, "{{ part }}")
    _control(body, "{%p endfor %}")
    _control(body, "{%p endif %}")
    _control(body, "{%p if paragraph.directives %}")
    _control(body, "{%p if not paragraph.text and not paragraph.lead_said %}")
    _keep_with_next(_paragraph(body, "{{ paragraph|lead_in(item.speaker|named(address)) }}"))
    _control(body, "{%p endif %}")
    _control(body, "{%p for directive in paragraph.directives %}")
    _paragraph(body, "{{ directive.number }}) {{ directive|directive_item }}", LIST)
    _control(body, "{%p endfor %}")
    _control(body, "{%p endif %}")
    _control(body, "{%p endfor %}")
    _control(body, "{%p endfor %}")

    _control(body, "{%p if followups %}")
    _keep_with_next(_paragraph(body, "{{ followup_number }}. {{ followups|followup_heading }}:"))
    _control(body, "{%p for followup in followups %}")
    _paragraph(body, "- {{ followup|followup_item }}", LIST)
    _control(body, "{%p for province in followup.provinces %}")
    _paragraph(body, "+ {{ province|followup_province_line }}", LIST)
    _control(body, "{%p endfor %}")
    _control(body, "{%p endfor %}")
    _control(body, "{%p endif %}")

    _control(body, "{%p if unspoken_directives %}")
    _keep_with_next(_paragraph(body, "{{ unspoken_number }}. Các ý kiến chỉ đạo, đề nghị khác:"))
    _control(body, "{%p for directive in unspoken_directives %}")
    # numbered in their own section: its only item is "1)", not the record-wide "2)"
    # (s5-trial F122)
    _paragraph(body, "{{ loop.index }}) {{ directive|directive_item }}", LIST)
    _control(body, "{%p endfor %}")
    _control(body, "{%p endif %}")

    _control(body, "{%p if figures_number and unquoted_figures %}")
    _keep_with_next(_paragraph(body, "{{ figures_number }}. Số liệu chủ yếu:"))
    _figure_list(body)
    _control(body, "{%p endif %}")

    _control(body, "{%p if priorities %}")
    _keep_with_next(
        _paragraph(
            body,
            "{{ priorities_number }}. {% if meeting.kind == 'ký kết giao ước thi đua' %}"
            "{{ member_kind|members_in_cluster }} ký kết giao ước thi đua năm "
            "{{ year }} với các nội dung:{% else %}Phương hướng, nhiệm vụ trọng tâm "
            "{{ priorities_phrase }}{% if priorities_subject %}: {{ priorities_subject }} xác định"
            "{% endif %}:{% endif %}",
        )
    )
    _control(body, "{%p for priority in priorities %}")
    _paragraph(
        body,
        "- {{ priority|capitalize_first }}{% if loop.last %}.{% else %};{% endif %}",
        LIST,
    )
    _control(body, "{%p endfor %}")
    _control(body, "{%p endif %}")

    _control(body, "{%p if handovers %}")
    _keep_with_next(_paragraph(body, "{{ handover_number }}. {{ handovers|handover_heading }}:"))
    _control(body, "{%p for line in handovers|handover_lines(cluster_full) %}")
    _paragraph(body, "{{ line }}")
    _control(body, "{%p endfor %}")
    _control(body, "{%p endif %}")

    _control(body, "{%p if conclusion %}")
    _keep_with_next(_paragraph(body, "Kết luận:", bold=True))
    _control(body, "{%p for line in conclusion %}")
    _control(body, "{%p for part in line|paragraphs %}")
    _paragraph(body, "{{ part|sentence }}")
    _control(body, "{%p endfor %}")
    _control(body, "{%p endfor %}")
    _control(body, "{%p endif %}")
    closing = _paragraph(body, "{{ meeting.end|closing }}")
    closing.paragraph_format.keep_with_next = True  # never leave the signatures alone

    # Chữ ký (ô 7; Phụ lục III, Mẫu 1.9): THƯ KÝ left, CHỦ TRÌ right, names bold. Both
    # sign every biên bản: without a named secretary the block stays, its name left for
    # the hand; co-chairs each get a CHỦ TRÌ block, one under the other.
    signatures = document.add_table(rows=1, cols=2)
    _borderless(signatures, [TEXT_WIDTH_CM / 2, TEXT_WIDTH_CM / 2])
    _keep_together(signatures.rows[0])
    secretary, chair = signatures.rows[0].cells
    _control(chair, "{%p for signer in signers or [none] %}")
    for cell, role, who in (
        (secretary, "THƯ KÝ", "{% if secretary %}{{ secretary.name }}{% endif %}"),
        (chair, "{{ minutes.chair_label }}", "{{ signer.name if signer and signer.name }}"),
    ):
        first = _paragraph(cell, role, CENTRED, bold=True, size=14)
        first.paragraph_format.space_before = Pt(12)
        for _ in range(4):
            _paragraph(cell, "", CENTRED)
        _paragraph(cell, who, CENTRED, bold=True, size=14)
    _control(chair, "{%p endfor %}")

    # Nơi nhận (ô 9b) under THƯ KÝ, in the signatures' row, as Mẫu 1.9 draws them: one
    # row that is never split moves to the next page whole, so the signatures never end
    # a page with no room to sign and "Nơi nhận" never stands alone on one (LibreOffice
    # ignores a table's keep-with-next; s3-trial F23)
    received = _paragraph(secretary, "Nơi nhận:", RECIPIENTS, bold=True, italic=True, size=12)
    received.paragraph_format.space_before = Pt(12)
    _control(secretary, "{%p for recipient in minutes.recipients %}")
    _paragraph(secretary, "- {{ recipient }};", RECIPIENTS)
    _control(secretary, "{%p endfor %}")
    _paragraph(secretary, "- Lưu: {{ minutes.archive }}.", RECIPIENTS)
    for cell in (secretary, chair):
        for paragraph in cell.paragraphs:
            paragraph.paragraph_format.keep_with_next = True

    _save(document, path)


def build_all(folder: Path) -> list[Path]:
    """Every default Word template, written into ``folder``."""
    targets = [folder / "bien-ban.docx", folder / "tin-bai.docx"]
    build_minutes(targets[0])
    build_press(targets[1])
    return targets


if __name__ == "__main__":
    import sys

    from giaoban.render.shipped import prepare

    folder = Path(sys.argv[1] if len(sys.argv) > 1 else "templates")
    build_all(folder)
    prepare(folder)  # and ready to use, compiled, inside the package (giaoban.render.shipped)
