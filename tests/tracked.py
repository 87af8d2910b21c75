"""Accept All and Reject All of a .docx's tracked changes, read from its XML."""

from __future__ import annotations

import copy
import zipfile
from pathlib import Path

from lxml import etree

W = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
NS = {"w": W}


def _body(path: Path) -> etree._Element:
    with zipfile.ZipFile(path) as archive:
        return etree.fromstring(archive.read("word/document.xml")).find("w:body", NS)


def _paragraph_text(paragraph: etree._Element, deleted_text: bool) -> str:
    tags = {f"{{{W}}}t"} | ({f"{{{W}}}delText"} if deleted_text else set())
    return "".join(node.text or "" for node in paragraph.iter() if node.tag in tags)


def resolve(path: Path, accept: bool) -> list[str]:
    """The body paragraphs' texts after Accept All (or Reject All), tables left out."""
    body = copy.deepcopy(_body(path))
    gone = "w:del" if accept else "w:ins"
    result: list[str] = []
    for paragraph in body.findall("w:p", NS):
        mark = paragraph.find(f"w:pPr/w:rPr/{gone}", NS)
        for element in paragraph.findall(f".//{gone}", NS):
            if element.getparent().tag != f"{{{W}}}rPr":
                element.getparent().remove(element)
        text = " ".join(_paragraph_text(paragraph, deleted_text=not accept).split())
        if mark is not None:  # its paragraph mark goes: it joins the next paragraph
            if text:
                result.append(text)  # (never happens for giaoban's output)
            continue
        result.append(text)
    return [t for t in result if t]
