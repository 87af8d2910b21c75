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
from giaoban.render.cache import compiled_from_source

_RENDERED_PART = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$")
_TAGS = re.compile(r"<[^>]+>")
_LISTING = re.compile(r"<w:t(?: [^>]*)?>[^<]*[\n\t\a\f]")  # a value with line breaks or tabs


class TemplateProblem(GiaobanError):
    """A template that cannot be used, named with the paragraph at fault."""


class WordTemplate:
    """A compiled .docx template."""

    def __init__(self, path: Path, environment: SandboxedEnvironment) -> None:
        self.path = path
        try:
            with zipfile.ZipFile(path) as archive:
                self._entries = [(info, archive.read(info)) for info in archive.infolist()]
        except (zipfile.BadZipFile, OSError, KeyError) as error:
            raise TemplateProblem(msg("template_not_docx", path=path, error=error)) from None
        self._parts: dict[str, tuple[Any, bytes]] = {}
        for info, data in self._entries:
            if not _RENDERED_PART.match(info.filename):
                continue
            try:
                compiled = compiled_from_source(
                    environment, data, lambda data=data: _source(data), str(path)
                )
            except TemplateSyntaxError as error:
                raise self._problem(error, data) from None
            except UnicodeDecodeError as error:
                raise TemplateProblem(msg("template_not_docx", path=path, error=error)) from None
            self._parts[info.filename] = (compiled, data)
        if "word/document.xml" not in self._parts:
            raise TemplateProblem(msg("template_not_docx", path=path, error="word/document.xml"))

    def _problem(self, error: TemplateError, raw: bytes) -> TemplateProblem:
        line = getattr(error, "lineno", None)
        paragraph = ""
        if line:
            lines = _source(raw).splitlines()
            paragraph = _TAGS.sub("", lines[line - 1] if line <= len(lines) else "").strip()
        return TemplateProblem(
            msg(
                "template_error",
                path=self.path,
                paragraph=paragraph[:120] or "?",
                error=error.message or type(error).__name__,
            )
        )

    def render(self, context: dict[str, Any], parts: dict[str, bytes] | None = None) -> bytes:
        """The finished .docx as bytes; TemplateProblem if the template fails or emits bad XML.

        ``parts`` replace the template's parts of those names (``docProps/core.xml``, the
        document's properties, say); a part the template lacks is not added.
        """
        from lxml import etree

        output = io.BytesIO()
        with zipfile.ZipFile(output, "w", zipfile.ZIP_DEFLATED) as archive:
            for info, data in self._entries:
                part = self._parts.get(info.filename)
                if part is not None:
                    compiled, raw = part
                    try:
                        xml = compiled.render(context)
                    except TemplateError as error:
                        raise self._problem(error, raw) from None
                    xml = self._finish(xml)
                    data = xml.encode("utf-8")
                    try:
                        etree.fromstring(data)
                    except etree.XMLSyntaxError as error:
                        raise TemplateProblem(
                            msg("template_bad_xml", path=self.path, error=error.msg)
                        ) from None
                elif parts and info.filename in parts:
                    data = parts[info.filename]
                archive.writestr(info, data)
        return output.getvalue()

    def _finish(self, xml: str) -> str:
        xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", xml)
        xml = xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%")
        xml = xml.replace("%_}", "%}")
        if _LISTING.search(xml):
            xml = _docxtpl().resolve_listing(xml)  # "\n" in a value becomes a line break
        return unicodedata.normalize("NFC", xml)


def _docxtpl() -> Any:
    """docxtpl, for its XML helpers only (imported when needed: it is slow to import)."""
    from docxtpl import DocxTemplate

    return DocxTemplate(None)  # type: ignore[arg-type]


def _source(raw: bytes) -> str:
    """The Jinja source of a Word XML part: tags split by Word merged again (docxtpl)."""
    source = _docxtpl().patch_xml(raw.decode("utf-8"))
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", source)
