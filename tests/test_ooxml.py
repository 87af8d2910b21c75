"""Documents Word opens without repairing them: every element where the schema wants it.

Word's reader checks each part against ECMA-376's sequences; LibreOffice's does not, so
a fault shows only on a secretary's desktop. The documents are checked with
openxml-audit (the validator the issue was found with) and with giaoban's own table.
"""

from __future__ import annotations

import shutil
import zipfile
from pathlib import Path

import pytest
from docx.oxml import OxmlElement, parse_xml
from docx.oxml.ns import nsdecls, qn
from lxml import etree
from openxml_audit import OpenXmlValidator

from giaoban.render.ooxml import insert_child, misplaced
from tests.conftest import EXAMPLES, ROOT, run

# openxml-audit flags stylesWithEffects.xml (Word 2010's copy of the styles) in every
# python-docx document, a blank one too: not a fault of giaoban's XML.
IGNORED_PARTS = {"/word/stylesWithEffects.xml"}


def findings(path: Path) -> list[str]:
    result = OpenXmlValidator(max_errors=0).validate(str(path))
    found = [
        f"{error.part_uri} {error.path} {error.description}"
        for error in result.errors
        if error.part_uri not in IGNORED_PARTS
    ]
    with zipfile.ZipFile(path) as archive:
        for name in archive.namelist():
            if name.startswith("word/") and name.endswith(".xml"):
                found += [
                    f"{name}: {fault}" for fault in misplaced(etree.fromstring(archive.read(name)))
                ]
    return found


def _tbl_pr(*children: str) -> object:
    return parse_xml(f"<w:tblPr {nsdecls('w')}>{''.join(children)}</w:tblPr>")


def _names(parent: object) -> list[str]:
    return [child.tag.rsplit("}", 1)[-1] for child in parent]


def test_insert_child_puts_table_borders_before_layout_and_look():
    properties = _tbl_pr(
        '<w:tblW w:w="0" w:type="auto"/>', '<w:tblLayout w:type="fixed"/>', "<w:tblLook/>"
    )
    insert_child(properties, OxmlElement("w:tblBorders"))
    assert _names(properties) == ["tblW", "tblBorders", "tblLayout", "tblLook"]
    assert misplaced(properties) == []


def test_insert_child_replaces_a_child_given_twice():
    properties = _tbl_pr('<w:tblLayout w:type="autofit"/>', "<w:tblLook/>")
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    insert_child(properties, layout)
    assert _names(properties) == ["tblLayout", "tblLook"]
    assert properties[0].get(qn("w:type")) == "fixed"


def test_the_faults_the_issue_found_are_reported():
    faulty = _tbl_pr(
        "<w:tblW/>", "<w:tblLayout/>", "<w:tblLook/>", "<w:tblLayout/>", "<w:tblBorders/>"
    )
    assert misplaced(faulty) == ["tblPr/tblLayout", "tblPr/tblBorders"]


def test_a_paragraph_mark_revision_comes_first_in_its_properties():
    paragraph = parse_xml(
        f'<w:p {nsdecls("w")}><w:pPr><w:pStyle w:val="x"/><w:rPr><w:b/></w:rPr>'
        "<w:sectPr/></w:pPr></w:p>"
    )
    properties = paragraph[0]
    insert_child(properties.find(qn("w:rPr")), OxmlElement("w:ins"))
    insert_child(properties, OxmlElement("w:pBdr"))
    insert_child(properties, OxmlElement("w:jc"))
    assert _names(properties) == ["pStyle", "pBdr", "jc", "rPr", "sectPr"]
    assert _names(properties.find(qn("w:rPr"))) == ["ins", "b"]


def test_header_references_may_repeat_in_a_section():
    section = parse_xml(
        f'<w:sectPr {nsdecls("w")}><w:headerReference w:type="default"/><w:pgSz/></w:sectPr>'
    )
    insert_child(section, OxmlElement("w:headerReference"))
    insert_child(section, OxmlElement("w:titlePg"))
    assert _names(section) == ["headerReference", "headerReference", "pgSz", "titlePg"]
    with pytest.raises(ValueError):
        insert_child(section, OxmlElement("w:tblLook"))


@pytest.mark.parametrize("name", ["bien-ban.docx", "tin-bai.docx"])
def test_default_templates_have_no_schema_error(name):
    assert findings(ROOT / "templates" / name) == []


def test_every_document_giaoban_writes_has_no_schema_error(tmp_path):
    archive = tmp_path / "luu-tru"
    shutil.copytree(EXAMPLES, archive)
    out = tmp_path / "xuat"
    result = run("export", str(archive), "-o", str(out), "--jobs", "1")
    assert result.exit_code == 0, result.output
    diff = tmp_path / "so-sanh.docx"
    compared = run(
        "diff",
        str(archive / "nam-song-hau-2022.yaml"),
        str(archive / "nam-song-hau-2023.yaml"),
        "--format",
        "docx",
        "-o",
        str(diff),
    )
    assert compared.exit_code == 1, compared.output
    documents = [*sorted(out.rglob("*.docx")), diff]
    names = {p.name for p in documents}
    assert {
        "nam-song-hau-2022-bien-ban.docx",
        "nam-song-hau-2023-tin-bai.docx",
        "tong-hop-2022.docx",
        "tong-hop-2023.docx",
        "so-sanh.docx",
    } <= names
    assert {p.name: findings(p) for p in documents} == {p.name: [] for p in documents}


def test_document_properties_escape_what_xml_reserves():
    """docProps/core.xml: a title with & < > and quotes is stored as text, not markup."""
    import datetime as dt
    import xml.etree.ElementTree as ET

    from giaoban.render.properties import DocumentProperties

    title = "Hội nghị \"Cụm\" A & B <số 1> 'năm'"
    created = dt.datetime(2022, 12, 15, 8, tzinfo=dt.timezone.utc)
    data = DocumentProperties(title, "s", "Ban & Thường trực", created, ["a<b"]).core_xml()
    root = ET.fromstring(data)
    dc = "{http://purl.org/dc/elements/1.1/}"
    assert root.find(f"{dc}title").text == title
    assert root.find(f"{dc}creator").text == "Ban & Thường trực"
    assert b"&amp; B &lt;s" in data and b'"C' in data  # quotes need no escaping in text
