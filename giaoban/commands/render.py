"""``giaoban render``: the minutes (and the press report) of one or more records."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from giaoban.errors import GiaobanError, Problem, RecordInvalid, UsageError
from giaoban.files import write_atomic
from giaoban.messages import msg
from giaoban.record import LoadedRecord, load_record

KINDS = ("minutes", "press")


@dataclass
class RenderReport:
    written: list[Path] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)


def output_path(out_dir: Path, name: str) -> Path:
    """``out_dir/name``, refusing any name that would land outside ``out_dir``."""
    target = (out_dir / name).resolve()
    if target.parent != out_dir.resolve() or name in {"", ".", ".."}:
        raise UsageError(msg("unsafe_output", name=name))
    return out_dir / name


def minutes_template(loaded: LoadedRecord, templates: Path | None) -> Path:
    """Which Word template renders these minutes: --templates, the record's, the default."""
    from giaoban.render.minutes import MINUTES_TEMPLATE, default_templates

    if templates is not None:
        candidate = templates / MINUTES_TEMPLATE
        if candidate.is_file():
            return candidate
    own = loaded.record.minutes.template
    if own:
        for folder in [loaded.path.parent, *(d.parent for d in reversed(loaded.defaults))]:
            candidate = folder / own
            if candidate.is_file():
                return candidate
        raise GiaobanError(msg("template_missing", path=own, record=loaded.path))
    return default_templates() / MINUTES_TEMPLATE


def render_record(
    path: Path, out_dir: Path, only: str | None = None, templates: Path | None = None
) -> list[Path]:
    """Render one record into ``out_dir``; returns the files written."""
    from giaoban.render.context import build_context
    from giaoban.render.minutes import render_minutes

    loaded = load_record(path)
    context = build_context(loaded.record)
    written: list[Path] = []
    if only in (None, "minutes"):
        data = render_minutes(context, minutes_template(loaded, templates))
        target = output_path(out_dir, f"{path.stem}-bien-ban.docx")
        write_atomic(target, data)
        written.append(target)
    return written


def render_paths(
    paths: list[Path],
    out_dir: Path,
    only: str | None = None,
    templates: Path | None = None,
    pdf: bool = False,
) -> RenderReport:
    """Render every record; a broken record is reported and the others still rendered."""
    if templates is not None and not templates.is_dir():
        raise UsageError(msg("templates_not_dir", path=templates))
    report = RenderReport()
    for path in paths:
        if not path.exists():
            raise UsageError(msg("path_missing", path=path))
    for path in paths:
        try:
            report.written.extend(render_record(path, out_dir, only, templates))
        except RecordInvalid as error:
            report.problems.extend(error.problems)
    if pdf and report.written:
        from giaoban.render.pdf import convert_to_pdf

        report.written.extend(convert_to_pdf([p for p in report.written if p.suffix == ".docx"]))
    return report
