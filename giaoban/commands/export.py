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
    for path in report.extra_written:
        click.echo(msg("written", path=path), err=True)
    for outcome in report.outcomes:
        for warning in outcome.warnings:
            click.echo(warning.format(), err=True)
    for outcome in report.failed:
        if outcome.located:  # "archive/loi.yaml:3:3: …" names the file already
            click.echo(outcome.detail, err=True)
        else:
            text = msg("export_failed_record", record=outcome.record, detail=outcome.detail)
            click.echo(text, err=True)
    for _record, output in report.kept:
        click.echo(msg("export_kept_file", path=output), err=True)
    for output in report.summary_kept:
        click.echo(msg("export_kept_file", path=output), err=True)
    for message in report.summary_in_use:
        click.echo(message, err=True)
    click.echo(
        msg(
            "export_table",
            exported=report.count(EXPORTED),
            unchanged=report.count(UNCHANGED),
            failed=report.count(FAILED),
            kept=report.count(KEPT) + len(report.summary_kept),
            selected=len(report.outcomes) - report.count(FILTERED),
            total=len(report.outcomes),
        )
    )
