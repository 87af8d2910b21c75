"""Word templates: a .docx whose text carries Jinja tags, compiled once, rendered many times.

docxtpl's tag cleaning (``patch_xml``) merges the tags Word splits across runs and
gives the ``{%p %}``/``{%tr %}`` paragraph and row tags; the compiled Jinja template
of each part is then kept, and rendering only runs Jinja and writes the parts it changed:
the parts it leaves as they are (styles, fonts, theme, pictures: most of the bytes) are
compressed once per template and copied into every document already compressed.
That is what makes a batch of documents and a preview cheap (see bench/render.py).
"""

from __future__ import annotations

import copy
import io
import re
import unicodedata
import zipfile
from collections.abc import Iterable
from functools import cached_property
from pathlib import Path
from typing import Any

from jinja2 import TemplateSyntaxError
from jinja2.sandbox import SandboxedEnvironment

from giaoban.errors import GiaobanError
from giaoban.files import other_office_format
from giaoban.messages import msg
from giaoban.render.cache import compiled_from_source
from giaoban.render.diagnose import (
    Diagnosis,
    Places,
    check_names,
    diagnose,
    free_names,
    lost_with_tag,
    mismatched_levels,
    names_in,
    unclosed_tags,
    unknown_filters,
    word_paragraphs,
)
from giaoban.render.environment import render_limited

_RENDERED_PART = re.compile(r"^word/(document|header\d*|footer\d*|footnotes|endnotes)\.xml$")
_TAGS = re.compile(r"<[^>]+>")
_LISTING = re.compile(r"<w:t(?: [^>]*)?>[^<]*[\n\t\a\f]")  # a value with line breaks or tabs


class TemplateProblem(GiaobanError):
    """A template that cannot be used, named with the paragraph at fault."""


class WordTemplate:
    """A compiled .docx template.

    A default template as giaoban ships it comes ready (``giaoban.render.shipped``): its
    parts are neither read nor compiled here. Any other is read, made a plain document
    (``_as_document``) and compiled once per user (``giaoban.render.cache``).
    """

    _parts: dict[str, Any]  # rendered part -> its compiled Jinja template
    _unchanged: dict[frozenset[str], bytes]  # replaced parts -> zip of the other parts

    def __init__(
        self,
        path: Path,
        environment: SandboxedEnvironment,
        shown: Path | None = None,
        shipped: bool = True,
    ) -> None:
        from giaoban.render.shipped import shipped_template

        self.path = path
        self.shown = shown or path  # how messages name the file
        self.environment = environment
        office = other_office_format(path)  # s6-trial H12: saved by LibreOffice as .odt
        if office is not None:
            said = msg("not_docx_format", format=office, name="")
            raise TemplateProblem(f"{self.shown}: {said}")
        try:
            self._package = path.read_bytes()
            with zipfile.ZipFile(io.BytesIO(self._package)) as archive:
                self._infos = archive.infolist()
        except (zipfile.BadZipFile, OSError) as error:
            raise TemplateProblem(msg("template_not_docx", path=self.shown, error=error)) from None
        ready = shipped_template(self._package, environment) if shipped else None
        if ready is not None:
            self._parts, self._unchanged = ready
            return
        self._infos = [info for info, _ in self._entries]  # macros are left out
        external = _external_link(self._entries)
        if external is not None:  # s3-trial F50: Word would fetch it on opening each minutes
            part, target = external
            raise TemplateProblem(
                msg("template_external_link", path=self.shown, part=part, target=target)
            )
        self._parts, self._unchanged = {}, {}
        for info, data in self._entries:
            if not _RENDERED_PART.match(info.filename):
                continue
            self._refuse_what_a_tag_drops(info.filename, data)
            try:
                compiled = compiled_from_source(
                    environment, data, lambda data=data: _source(data), str(path), self._analyse
                )
            except TemplateSyntaxError as error:
                raise self._problem(error, info.filename, data) from None
            except UnicodeDecodeError as error:
                raise TemplateProblem(
                    msg("template_not_docx", path=self.shown, error=error)
                ) from None
            self._parts[info.filename] = compiled
        if "word/document.xml" not in self._parts:
            raise TemplateProblem(
                msg("template_not_docx", path=self.shown, error="word/document.xml")
            )

    @cached_property
    def _entries(self) -> list[tuple[zipfile.ZipInfo, bytes]]:
        """Every part of the template as a plain document, read when first needed."""
        try:
            with zipfile.ZipFile(io.BytesIO(self._package)) as archive:
                entries = [(info, archive.read(info)) for info in archive.infolist()]
        except (zipfile.BadZipFile, OSError, KeyError) as error:
            raise TemplateProblem(msg("template_not_docx", path=self.shown, error=error)) from None
        return _as_document(entries)

    def _refuse_what_a_tag_drops(self, part: str, raw: bytes) -> None:
        """TemplateProblem when a picture or words share a paragraph with a ``{%p …%}``
        tag: they would be missing from every document, without a word (s6-trial H4)."""
        try:
            found = lost_with_tag(part, raw)
        except Exception:  # not well-formed: compiling says so, at its paragraph
            return
        if found is None:
            return
        paragraph, tag, words = found
        what = (
            msg("template_lost_picture")
            if words is None
            else msg("template_lost_words", words=words)
        )
        raise TemplateProblem(
            msg(
                "template_lost_with_tag",
                path=self.shown,
                place=paragraph.place(tag),
                tag=tag,
                what=what,
            )
        )

    def _raw(self, part: str) -> bytes:
        """The XML of ``part`` as the template holds it (for messages)."""
        return next(data for info, data in self._entries if info.filename == part)

    def _analyse(self, tree: Any) -> tuple[tuple[str, int], ...]:
        """Before compiling: unknown filters refused; the names the part needs kept."""
        unknown_filters(self.environment, tree)
        return free_names(tree)

    def _problem(
        self, error: BaseException, part: str, raw: bytes, names: Iterable[str] = ()
    ) -> TemplateProblem:
        """The error said as the secretary sees the template in Word (see diagnose)."""
        try:
            paragraphs = word_paragraphs(part, raw)
        except Exception:
            paragraphs = []
        found = unclosed_tags(paragraphs) if isinstance(error, TemplateSyntaxError) else None
        if found is None:
            source = _source(raw)
            names = [*names, *names_in(source), *self.environment.globals]
            found = diagnose(error, Places(source, paragraphs), names, self.environment)
        return TemplateProblem(template_message(self.shown, found))

    def _mismatched_levels(self, part: str) -> Diagnosis | None:
        """Why ``part`` rendered to broken XML, when a block's tags differ in level."""
        try:
            return mismatched_levels(word_paragraphs(part, self._raw(part)))
        except Exception:  # a part python-docx cannot read: the XML error is said as is
            return None

    def render(self, context: dict[str, Any], parts: dict[str, bytes] | None = None) -> bytes:
        """The finished .docx as bytes; TemplateProblem if the template fails or emits bad XML.

        ``parts`` replace the template's parts of those names (``docProps/core.xml``, the
        document's properties, say); a part the template lacks is not added.
        """
        names = {info.filename for info in self._infos}
        replaced = frozenset(name for name in parts or () if name in names) - set(self._parts)
        # The parts left as they are come as one ready zip; appending to it writes only
        # the rendered and replaced parts, then the central directory of them all.
        output = io.BytesIO(self._unchanged_zip(replaced))
        with zipfile.ZipFile(output, "a") as archive:
            for info in self._infos:
                compiled = self._parts.get(info.filename)
                if compiled is not None:
                    try:
                        check_names(compiled.facts, context, self.environment)
                        xml = render_limited(compiled, context)
                    except Exception as error:
                        raw = self._raw(info.filename)
                        raise self._problem(error, info.filename, raw, context) from None
                    xml = self._finish(xml)
                    data = xml.encode("utf-8")
                    broken = _not_well_formed(data)
                    if broken:
                        found = self._mismatched_levels(info.filename)
                        if found is not None:  # "{%p for %}" closed by "{% endfor %}" (H20)
                            raise TemplateProblem(template_message(self.shown, found))
                        raise TemplateProblem(
                            msg("template_bad_xml", path=self.shown, error=broken)
                        )
                elif info.filename in replaced:
                    data = parts[info.filename]  # type: ignore[index]
                else:
                    continue
                # writestr fills in sizes and offsets: a copy keeps the template's own
                # ZipInfo untouched when two renders run at once (serve's threads).
                archive.writestr(copy.copy(info), data)
        return output.getvalue()

    def _unchanged_zip(self, replaced: frozenset[str]) -> bytes:
        """A zip of the template's parts that no render changes (all but the rendered
        parts and ``replaced``), each compressed as in the template, built once."""
        ready = self._unchanged.get(replaced)
        if ready is None:
            buffer = io.BytesIO()
            with zipfile.ZipFile(buffer, "w") as archive:
                for info, data in self._entries:
                    if info.filename not in self._parts and info.filename not in replaced:
                        archive.writestr(copy.copy(info), data)
            ready = self._unchanged[replaced] = buffer.getvalue()
        return ready

    def _finish(self, xml: str) -> str:
        xml = re.sub(r"\n<w:p([ >])", r"<w:p\1", xml)
        xml = xml.replace("{_{", "{{").replace("}_}", "}}").replace("{_%", "{%")
        xml = xml.replace("%_}", "%}")
        if _LISTING.search(xml):
            xml = _docxtpl().resolve_listing(xml)  # "\n" in a value becomes a line break
        return unicodedata.normalize("NFC", xml)


_EXTERNAL = re.compile(rb"<Relationship\b[^>]*>")
_HYPERLINK = b"/relationships/hyperlink"


def _external_link(entries: list[tuple[zipfile.ZipInfo, bytes]]) -> tuple[str, str] | None:
    """The first link of the template to something outside it that Word loads by itself
    on opening (a picture on a server, an attached template on a share): its part and
    target; None when there is none. A hyperlink, opened only when clicked, is fine.
    (ECMA-376 Part 2, 9.3: a relationship with TargetMode="External".)"""
    for info, data in entries:
        if not info.filename.endswith(".rels"):
            continue
        for found in _EXTERNAL.finditer(data):
            tag = found.group(0)
            if b'TargetMode="External"' not in tag or _HYPERLINK in tag:
                continue
            target = re.search(rb'Target="([^"]*)"', tag)
            shown = target.group(1).decode("utf-8", "replace") if target else "?"
            return info.filename, shown
    return None


def _not_well_formed(data: bytes) -> str | None:
    """Why the XML ``data`` is not well-formed (a prefix not declared counts), else None.

    The standard library's expat: lxml would cost its import in every process for a check
    that parses nothing else.
    """
    from xml.parsers import expat

    parser = expat.ParserCreate(namespace_separator=" ")
    try:
        parser.Parse(data, True)
    except expat.ExpatError as error:
        return str(error)
    return None


# A template saved as .dotx, .docm or .dotm: the output is a plain document all the same.
_DOCUMENT_MAIN = "application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"
_MACRO_PART = re.compile(r"^word/(vbaProject\.bin|vbaData\.xml|_rels/vbaProject\.bin\.rels)$")
_MACRO_TYPES = ("vbaProject", "vbaData", "wordVbaData")
_PACKAGE_PARTS = ("[Content_Types].xml", "word/_rels/document.xml.rels")


def _as_document(
    entries: list[tuple[zipfile.ZipInfo, bytes]],
) -> list[tuple[zipfile.ZipInfo, bytes]]:
    """The package of a Word template (.dotx) or macro file (.docm, .dotm) as a plain
    .docx: the main part's content type of a document, and no macros (vbaProject.bin),
    which a document made by giaoban never needs and Word would refuse in a .docx.
    Tracked changes left pending in the template are accepted as Word shows them, so a
    deleted tag no longer runs and no output carries a revision (``revisions``)."""
    from giaoban.render.revisions import accept_revisions

    kept = [(info, data) for info, data in entries if not _MACRO_PART.match(info.filename)]
    result = []
    for info, data in kept:
        if info.filename in _PACKAGE_PARTS and any(
            mark in data for mark in (b"template.main", b"macroEnabled", b"vba")
        ):
            from lxml import etree

            try:
                root = etree.fromstring(data)
            except etree.XMLSyntaxError:  # a broken package: python-docx will say so
                result.append((info, data))
                continue
            for item in list(root):
                name, kind = item.get("PartName") or "", item.get("ContentType") or ""
                relation = (item.get("Type") or "").rsplit("/", 1)[-1]
                if name == "/word/document.xml":
                    item.set("ContentType", _DOCUMENT_MAIN)
                elif _MACRO_PART.match(name.lstrip("/")) or "vbaProject" in kind:
                    root.remove(item)
                elif relation in _MACRO_TYPES:
                    root.remove(item)
            data = etree.tostring(root, xml_declaration=True, encoding="UTF-8", standalone=True)
        elif re.match(r"^word/[^/]+\.xml$", info.filename):
            data = accept_revisions(data)
        result.append((info, data))
    return result


def _docxtpl() -> Any:
    """docxtpl, for its XML helpers only (imported when needed: it is slow to import)."""
    from docxtpl import DocxTemplate

    return DocxTemplate(None)  # type: ignore[arg-type]


def template_message(path: Path, found: Diagnosis) -> str:
    """ "mau/bien-ban.docx: lỗi trong mẫu ở đoạn «…», thẻ «…»: …" (or a text template's line)."""
    where = []
    if found.paragraph is not None:
        where.append(found.paragraph.place(found.tag))
    if found.tag:
        where.append(msg("place_tag", tag=" ".join(found.tag.split())))
    if not where:
        return msg("template_problem_nowhere", path=path, problem=found.problem)
    return msg("template_problem", path=path, where=", ".join(where), problem=found.problem)


# Inside a tag, the quotes and ampersands Word and LibreOffice escape in XML are Jinja's own
# characters again: LibreOffice writes "{% if x == 'a' %}" as "{% if x == &apos;a&apos; %}".
_ENTITIES = {"&apos;": "'", "&quot;": '"', "&#39;": "'", "&#34;": '"', "&amp;": "&"}
_IN_TAG = re.compile(r"(?<=\{[{%])(.*?)(?=[}%]\})", re.DOTALL)
_ENTITY = re.compile("|".join(_ENTITIES))


def _source(raw: bytes) -> str:
    """The Jinja source of a Word XML part: tags split by Word merged again (docxtpl)."""
    source = _docxtpl().patch_xml(raw.decode("utf-8"))
    source = _IN_TAG.sub(lambda m: _ENTITY.sub(lambda e: _ENTITIES[e.group()], m.group()), source)
    return re.sub(r"<w:p([ >])", r"\n<w:p\1", source)
