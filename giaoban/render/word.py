"""Word templates: a .docx whose text carries Jinja tags, compiled once, rendered many times.

docxtpl's tag cleaning (``patch_xml``) merges the tags Word splits across runs and
gives the ``{%p %}``/``{%tr %}`` paragraph and row tags; the compiled Jinja template
of each part is then kept, and rendering only runs Jinja and rewrites the zip.
That is what makes a batch of documents cheap (see bench/).
"""

from __future__ import annotations

import io
import re
import unicodedata
import zipfile
from pathlib import Path
from typing import Any

from jinja2 import TemplateError, TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

from giaoban.errors import GiaobanError
from giaoban.messages import msg

_RENDERED_PART = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$")
_TAGS = re.compile(r"<[^>]+>")


class TemplateProblem(GiaobanError):
    """A template that cannot be used, named with the paragraph at fault."""


class WordTemplate:
    """A compiled .docx template."""

    def __init__(self, path: Path, environment: SandboxedEnvironment) -> None:
        from docxtpl import DocxTemplate

        self.path = path
        self._docxtpl = DocxTemplate(str(path))  # only its XML helpers are used
        try:
            with zipfile.ZipFile(path) as archive:
                self._entries = [(info, archive.read(info)) for info in archive.infolist()]
        except (zipfile.BadZipFile, OSError, KeyError) as error:
            raise TemplateProblem(msg("template_not_docx", path=path, error=error)) from None
        self._parts: dict[str, tuple[Any, list[str]]] = {}
        for info, data in self._entries:
            if not _RENDERED_PART.match(info.filename):
                continue
            source = self._docxtpl.patch_xml(data.decode("utf-8"))
            source = re.sub(r"<w:p([ >])", r"\n<w:p\1", source)
            lines = source.splitlines()
            try:
                compiled = environment.from_string(source)
            except TemplateSyntaxError as error:
                raise self._problem(error, lines) from None
            self._parts[info.filename] = (compiled, lines)
        if "word/document.xml" not in self._parts:
            raise TemplateProblem(msg("template_not_docx", path=path, error="word/document.xml"))

    def _problem(self, error: TemplateError, lines: list[str]) -> TemplateProblem:
        line = getattr(error, "lineno", None)
        paragraph = ""
        if line:
            paragraph = _TAGS.sub("", lines[line - 1] if line <= len(lines) else "").strip()
        return TemplateProblem(
            msg(
                "template_error",
                path=self.path,
                paragraph=paragraph[:120] or "?",
                error=error.message or type(error).__name__,
            )
        )

    def render(self, context: dict[str, Any]) -> bytes:
        """The finished .docx as bytes; TemplateProblem if the template fails or emits bad XML."""
        from lxml import etree

        output = io.BytesIO()
        with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
            for info, data in self._entries:
                part = self._parts.get(info.filename)
                if part is not None:
                    compiled, lines = part
                    try:
                        xml = compiled.render(context)
                    except TemplateError as error:
                        raise self._problem(error, lines) from None
                    xml = self._finish(xml)
                    data = xml.encode("utf-8")
                    try:
                        etree.fromstring(data)
                    except etree.XMLSyntaxError as error:
                        raise TemplateProblem(
                            msg("template_bad_xml", path=self.path, error=error.msg)
                        ) from None
                archive.writestr(info, data)
        return output.getvalue()

    def _finish(self, xml: str) -> str:
        xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", xml)
        xml = xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%")
        xml = xml.replace("%_}", "%}")
        xml = self._docxtpl.resolve_listing(xml)  # "\n" in a value becomes a line break
        return unicodedata.normalize("NFC", xml)
