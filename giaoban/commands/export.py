"""``giaoban export``: the command-line face of ``giaoban.export``."""

from __future__ import annotations

import sys
import time
from pathlib import Path

import click

from giaoban.export import (
    EXPORTED,
    FAILED,
    FILTERED,
    KEPT,
    UNCHANGED,
    ExportOptions,
    ExportReport,
    RecordOutcome,
    export,
)
from giaoban.messages import msg


def run_export(archive: Path, out_dir: Path, options: ExportOptions) -> ExportReport:
    """Export with a progress bar on a terminal, one line per record otherwise."""
    stream = sys.stderr
    if stream.isatty():
        bar = None
        started = time.monotonic()

        def progress(done: int, total: int, outcome: RecordOutcome) -> None:
            nonlocal bar
            if bar is None:
                bar = click.progressbar(
                    length=total, file=stream, show_pos=True, show_eta=True, label="giaoban export"
                )
                bar.__enter__()
                bar.start = started
            bar.update(1)
            if done == total:
                bar.__exit__(None, None, None)
    else:

        def progress(done: int, total: int, outcome: RecordOutcome) -> None:
            status = msg(f"status_{outcome.status}")
            click.echo(f"[{done}/{total}] {outcome.record}: {status}", err=True)

    return export(archive, out_dir, options, progress)


def print_report(report: ExportReport) -> None:
    *details, counts = report_lines(report)
    for line in details:
        click.echo(line, err=True)
    click.echo(counts)  # the counts on stdout, for scripts


def report_lines(report: ExportReport) -> list[str]:
    """What ``giaoban export`` says at the end: files written, warnings, failures, files
    kept, and the counts line (also shown by ``giaoban serve``'s folder view)."""
    lines = [msg("written", path=path) for path in report.extra_written]
    if report.manifest_unreadable:
        lines.insert(0, msg("export_manifest_unreadable", path=report.manifest_unreadable))
    for outcome in report.outcomes:
        lines.extend(warning.format() for warning in outcome.warnings)
    lines.extend(warning.format() for warning in report.duplicates)  # F51
    lines.extend(warning.format() for warning in report.misnamed)  # F48
    lines.extend(report.template_notes)  # s4-trial F93
    lines.extend(report.other_work_year)  # s5-trial F125
    for record, documents in report.gone:  # F53: renamed, moved or deleted since
        lines.append(msg("export_record_gone", record=record, documents=", ".join(documents)))
    if report.gone_summaries:
        lines.append(msg("export_summary_gone", documents=", ".join(report.gone_summaries)))
    for outcome in report.failed:
        if outcome.located:  # "archive/loi.yaml:3:3: …" names the file already
            lines.append(outcome.detail)
        else:
            lines.append(msg("export_failed_record", record=outcome.record, detail=outcome.detail))
    lines.extend(
        _kept_line(outcome, output) + _stale_pdf(report, output)
        for outcome in report.outcomes
        for output in outcome.kept
    )
    lines.extend(msg("export_kept_file", path=output) for output in report.summary_kept)
    lines.extend(report.pdf_kept)
    lines.extend(report.pdf_from_edited)  # s4-trial F83
    lines.extend(report.bundle_kept)
    lines.extend(report.summary_in_use)
    lines.append(
        msg(
            "export_table",
            exported=report.count(EXPORTED),
            unchanged=report.count(UNCHANGED),
            failed=report.count(FAILED),
            kept=report.count(KEPT),
            selected=len(report.outcomes) - report.count(FILTERED) + report.not_run,
            total=len(report.outcomes) + report.not_run,
        )
    )
    if report.not_run:  # --fail-fast: what the counts leave out (s3-trial F34)
        lines[-1] += " " + msg("export_not_run", count=report.not_run)
    others = len(report.summary_kept) + len(report.pdf_kept) + len(report.bundle_kept)
    if others:  # documents, not records: counted apart
        lines[-1] += " " + msg("export_others_kept", count=others)
    return lines


def _stale_pdf(report: ExportReport, output: str) -> str:
    """The line naming the older PDF beside a kept .docx (s4-trial F83), or ""."""
    from giaoban.export import stale_pdf_note

    return stale_pdf_note(report.out_dir / output) if report.out_dir else ""


def _kept_line(outcome: RecordOutcome, output: str) -> str:
    """Why ``output`` of ``outcome``'s record was kept, and what that leaves."""
    if output in outcome.foreign:
        return msg("export_kept_foreign", path=output)
    if output in outcome.stale:
        if outcome.written:
            others = ", ".join(outcome.written)
            return msg("export_kept_stale", path=output, record=outcome.record, others=others)
        return msg("export_kept_stale_alone", path=output, record=outcome.record)
    return msg("export_kept_file", path=output)
