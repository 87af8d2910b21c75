"""``giaoban render``: the minutes and the press report of one or more records."""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from pathlib import Path

from giaoban.errors import GiaobanError, Problem, RecordInvalid, UsageError
from giaoban.files import (
    FileInUse,
    document_stem,
    missing_path_message,
    outside_of,
    portable_name,
    same_file_key,
)
from giaoban.messages import msg
from giaoban.record import LoadedRecord, load_record
from giaoban.record.warnings import RecordWarning

MINUTES_SUFFIX = "-bien-ban"
PRESS_SUFFIX = "-tin-bai"


@dataclass
class RenderReport:
    written: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    in_use: list[str] = field(default_factory=list)  # a message per document open in Word
    kept: list[str] = field(default_factory=list)  # a message per edited document kept
    warnings: list[RecordWarning] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # a message per defaults file named
    # a message per PDF made from a .docx edited by hand and kept (s4-trial F83)
    pdf_from_edited: list[str] = field(default_factory=list)


def output_path(out_dir: Path, name: str) -> Path:
    """``out_dir/name``, refusing any name that would land outside ``out_dir``; ``name``
    in Unicode NFC, as every text giaoban writes: a record named on macOS (NFD) and the
    same record renamed elsewhere (NFC) write the same documents, not two sets whose
    names look alike (s3-trial F14); and with the characters Windows refuses made "_"
    (``giaoban.files.portable_name``; the record's warning says so, s4-trial F74)."""
    name = portable_name(unicodedata.normalize("NFC", name))
    target = (out_dir / name).resolve()
    if name in {"", ".", ".."} or target.parent != out_dir.resolve():
        raise UsageError(msg("unsafe_output", name=name))
    return out_dir / name


# what a file of giaoban's own making is called: -o with such a name meant a file (F78)
DOCUMENT_SUFFIXES = (".docx", ".doc", ".pdf", ".md", ".txt", ".html", ".zip")


def check_output_folder(out_dir: Path) -> None:
    """UsageError for ``-o bien-ban.docx`` (no such folder yet): -o names the folder the
    documents go into, their names made from the record's; a name like a document's was
    meant as a file, and became a folder holding the documents (s4-trial F78). A folder
    of that name made beforehand is used as it is."""
    if out_dir.suffix.lower() in DOCUMENT_SUFFIXES and not out_dir.is_dir():
        parent = out_dir.parent if str(out_dir.parent) != "." else Path("ra")
        raise UsageError(msg("output_is_a_file_name", path=out_dir, folder=parent))


def find_template(
    name: str, loaded: LoadedRecord, templates: Path | None, own: str | None = None
) -> Path:
    """The template file to use: the record's own, then --templates DIR, then the default."""
    from giaoban.render.minutes import default_templates

    if own:
        for folder in [loaded.path.parent, *(d.parent for d in reversed(loaded.defaults))]:
            candidate = folder / own
            if candidate.is_file():
                return candidate
        raise GiaobanError(msg("template_missing", path=own, record=loaded.path))
    if templates is not None:
        # a Word template saved as .dotx or .docm in the folder counts as the .docx
        stem, suffix = name.rsplit(".", 1)
        alternatives = (".dotx", ".docm", ".dotm") if suffix == "docx" else ()
        for candidate in [templates / name, *(templates / (stem + a) for a in alternatives)]:
            if candidate.is_file():
                real = outside_of(candidate, [templates])
                if real is not None:  # a link out of the folder (s4-trial F75)
                    raise GiaobanError(
                        msg("template_link_outside", path=candidate, folder=templates, real=real)
                    )
                return candidate
    return default_templates() / name


def templates_used(
    loaded: LoadedRecord,
    only: str | None = None,
    templates: Path | None = None,
    formats: tuple[str, ...] | None = None,
) -> dict[str, Path]:
    """Which template file makes which part: minutes, article, and each press layout."""
    from giaoban.render import DEFAULT_PRESS_FORMATS as DEFAULT_FORMATS
    from giaoban.render.minutes import MINUTES_TEMPLATE
    from giaoban.render.press import ARTICLE_TEMPLATE

    used: dict[str, Path] = {}
    if only in (None, "minutes"):
        used["minutes"] = find_template(
            MINUTES_TEMPLATE, loaded, templates, loaded.record.minutes.template
        )
    if only in (None, "press"):
        used["article"] = find_template(
            ARTICLE_TEMPLATE, loaded, templates, loaded.record.press.template
        )
        for fmt in formats or DEFAULT_FORMATS:
            name = "tin-bai.docx" if fmt == "docx" else f"tin-bai.{fmt}.j2"
            used[fmt] = find_template(name, loaded, templates)
    return used


def render_documents(
    loaded: LoadedRecord,
    only: str | None = None,
    templates: Path | None = None,
    formats: tuple[str, ...] | None = None,
) -> dict[str, bytes]:
    """Every document of one record, as {file-name suffix: bytes}, nothing written yet."""
    from giaoban.render import DEFAULT_PRESS_FORMATS as DEFAULT_FORMATS
    from giaoban.render.context import build_context
    from giaoban.render.minutes import word_template
    from giaoban.render.press import build_article, render_text
    from giaoban.render.properties import CORE_PART, minutes_properties, press_properties

    used = templates_used(loaded, only, templates, formats)
    context = build_context(loaded.record, loaded.path)
    documents: dict[str, bytes] = {}
    if "minutes" in used:
        properties = {CORE_PART: minutes_properties(context).core_xml()}
        documents[f"{MINUTES_SUFFIX}.docx"] = word_template(used["minutes"]).render(
            context.as_dict(), properties
        )
    if "article" in used:
        folders = tuple(dict.fromkeys([used["article"].parent, *_folders(templates)]))
        article = build_article(context, folders, used["article"].name)
        for fmt in formats or DEFAULT_FORMATS:
            if fmt == "docx":
                about = press_properties(context, article.headline, article.agency)
                data = word_template(used["docx"]).render(
                    {"article": article}, {CORE_PART: about.core_xml()}
                )
            else:
                data = render_text(article, used[fmt], markup=fmt == "html").encode("utf-8")
            documents[f"{PRESS_SUFFIX}.{fmt}"] = data
    return documents


def _folders(templates: Path | None) -> list[Path]:
    from giaoban.render.minutes import default_templates

    return [templates, default_templates()] if templates else [default_templates()]


def render_record(
    path: Path,
    out_dir: Path,
    only: str | None = None,
    templates: Path | None = None,
    formats: tuple[str, ...] | None = None,
    strict: bool = False,
    warnings: list[RecordWarning] | None = None,
    in_use: list[str] | None = None,
    force: bool = False,
    kept: list[str] | None = None,
    kept_paths: list[Path] | None = None,
) -> list[Path]:
    """Render one record into ``out_dir``; returns the files written.

    Every document is rendered before any is written, so a template error leaves
    none of this record's files half-updated. The record's warnings are added to
    ``warnings`` when given; with ``strict`` they are errors (RecordInvalid). A document
    open in Word is left as it is and named in ``in_use`` (when given; FileInUse is
    raised otherwise), after the record's other documents are written.

    A document that exists with content giaoban did not write there (edited by hand
    since, or never written by giaoban) is kept as it is, as ``giaoban export`` keeps
    it (the same manifest, ``giaoban.export.write_tracked``), unless ``force``; it is
    named in ``kept`` when given, else GiaobanError is raised after the other documents
    are written; its path is added to ``kept_paths`` when given.
    """
    from giaoban.export import kept_message, write_tracked_all

    loaded = load_record(path, strict)
    if warnings is not None:
        warnings.extend(loaded.warnings)
    documents = render_documents(loaded, only, templates, formats)
    written = []
    busy: list[FileInUse] = []
    refused: list[str] = []
    targets = {
        output_path(out_dir, f"{document_stem(path)}{suffix}"): data
        for suffix, data in documents.items()
    }
    for target, placed in write_tracked_all(targets, force).items():
        if isinstance(placed, FileInUse):
            busy.append(placed)
        elif placed:
            written.append(target)
        else:
            refused.append(kept_message(target, target))
            if kept_paths is not None:
                kept_paths.append(target)
    if busy and in_use is None:
        raise busy[0]
    if in_use is not None:
        in_use.extend(error.message for error in busy)
    if refused and kept is None:
        raise GiaobanError("\n".join(refused))
    if kept is not None:
        kept.extend(refused)
    return written


def render_paths(
    paths: list[Path],
    out_dir: Path,
    only: str | None = None,
    templates: Path | None = None,
    pdf: bool = False,
    formats: tuple[str, ...] | None = None,
    pdf_timeout: float | None = None,
    pdfa: bool = False,
    strict: bool = False,
    force: bool = False,
) -> RenderReport:
    """Render every record; a broken record is reported and the others still rendered.

    With ``pdf``, every .docx written is converted in one LibreOffice call, stopped after
    ``pdf_timeout`` seconds (default: ``giaoban.pdf.libreoffice.default_timeout``);
    with ``pdfa`` too, as PDF/A-2b.
    Warnings are collected in the report; with ``strict`` a record with a warning is
    broken (reported, not rendered). A document edited since giaoban wrote it is kept
    (named in the report) unless ``force``; so is a PDF replaced or signed since.
    """
    if templates is not None and not templates.is_dir():
        raise UsageError(msg("templates_not_dir", path=templates))
    check_output_folder(out_dir)
    report = RenderReport()
    if templates is not None:  # a misnamed template, said before it is missed (s4-trial F93)
        from giaoban.commands.templates import template_folder_notes

        report.skipped += template_folder_notes(templates)
    # "giaoban render DIR/*.yaml" names the folder's defaults file too: it is not a record
    # (s3-trial F1), so it is said to be skipped, and alone it is a mistake
    from giaoban.record.discover import DEFAULTS_NAME

    defaults = [p for p in paths if p.name == DEFAULTS_NAME and p.is_file()]
    if defaults and len(defaults) == len(paths):
        raise UsageError(msg("render_defaults_only", path=defaults[0]))
    report.skipped += [msg("render_defaults_skipped", path=p) for p in defaults]
    paths = [p for p in paths if p not in defaults]
    stems: dict[str, tuple[Path, str]] = {}
    kept_paths: list[Path] = []
    for path in paths:
        if not path.exists():
            raise UsageError(missing_path_message(path))
        stem = portable_name(document_stem(path))  # "a?" and "a_" too
        # "A" and "a" too: one file on Windows and macOS (s5-trial F123)
        first, first_stem = stems.setdefault(same_file_key(stem), (path, stem))
        if first != path:
            # both would write <stem>-bien-ban.docx: the second would replace the first
            name = "same_output_names" if first_stem == stem else "same_output_names_case"
            raise UsageError(msg(name, first=first, second=path))
    for path in paths:
        try:
            report.written.extend(
                render_record(
                    path,
                    out_dir,
                    only,
                    templates,
                    formats,
                    strict,
                    report.warnings,
                    report.in_use,
                    force,
                    report.kept,
                    kept_paths,
                )
            )
        except RecordInvalid as error:
            report.problems.extend(error.problems)
    if pdf and (report.written or kept_paths):
        import zipfile

        from giaoban.export import kept_message, pdf_predates, write_tracked_all
        from giaoban.pdf import PdfsMissing, pdf_documents

        documents = [p for p in report.written if p.suffix == ".docx"]
        # a .docx edited by hand and kept: its PDF made from it, the document she means
        # to send or sign, when the PDF beside it predates the edit (s4-trial F83)
        edited = [p for p in kept_paths if pdf_predates(p) and zipfile.is_zipfile(p)]
        documents += edited
        missing = None
        try:
            made = pdf_documents(documents, pdf_timeout, pdfa=pdfa)
        except PdfsMissing as error:  # the PDFs that were made are written all the same
            missing, made = error, error.made
        # a PDF replaced by hand or signed since giaoban wrote it is kept, as a .docx is
        for target, placed in write_tracked_all(made, force).items():
            if isinstance(placed, FileInUse):
                report.in_use.append(placed.message)
            elif placed and target.with_suffix(".docx") in edited:
                docx = target.with_suffix(".docx")
                report.pdf_from_edited.append(msg("pdf_from_edited", pdf=target, path=docx))
            elif placed:
                report.written.append(target)
            else:
                report.kept.append(kept_message(target, target))
        # the kept documents' lines again, now that the PDFs beside them are made
        report.kept[: len(kept_paths)] = [kept_message(p, p) for p in kept_paths]
        if missing is not None:
            raise missing
    return report
