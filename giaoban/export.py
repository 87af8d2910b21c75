"""``giaoban export``: every meeting of an archive (or of one year), in one command.

The archive is searched recursively; each record's documents go to the same relative
folder under OUT. Records are rendered in parallel, one process per core, each process
compiling the templates once. A broken record is reported and the others go on.
Nothing is written unless it changed, and a document someone edited is kept, not
overwritten (``--force`` replaces it). See ``giaoban.manifest`` for how.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import functools
import hashlib
import os
import re
import unicodedata
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import TYPE_CHECKING, Any

from giaoban import __version__
from giaoban import vietnamese as vn
from giaoban.errors import GiaobanError, RecordInvalid, UsageError
from giaoban.files import (
    FileInUse,
    document_stem,
    not_writable,
    portable_name,
    replace_file,
    same_file_key,
)
from giaoban.manifest import (
    JOURNAL,
    MANIFEST,
    STATE_FOLDER,
    Manifest,
    RecordEntry,
    bytes_hash,
    file_hash,
)
from giaoban.messages import msg
from giaoban.record.discover import cluster_key, defaults_chain, find_records
from giaoban.workers import Workers, later_interrupts_end

if TYPE_CHECKING:
    from giaoban.record.warnings import RecordWarning

TEMP_MARK = ".giaoban-"
SUMMARY_SHAPE = 3  # 2: work year and Cụm phó (vice_chair); 3: directives and follow-ups
LOCK = "lock"
# In an export's state folder: the folders below it belong to that export (F38)
EXPORT_MARK = "export"
# How long a single render waits for a folder another command is writing: seconds
RENDER_WAITS = 10.0

# Statuses of a record in the final table.
EXPORTED, UNCHANGED, FAILED, KEPT, FILTERED = "exported", "unchanged", "failed", "kept", "filtered"


@dataclass
class ExportOptions:
    year: int | None = None
    cluster: str | None = None
    jobs: int | None = None
    pdf: bool = False
    bundle: bool = False
    force: bool = False
    fail_fast: bool = False
    templates: Path | None = None
    formats: tuple[str, ...] | None = None
    summary: bool = True
    pdf_timeout: float | None = None  # seconds for LibreOffice; None: giaoban.pdf's default
    pdfa: bool = False  # PDF/A-2b
    strict: bool = False  # warnings are errors: the record fails


@dataclass
class RecordOutcome:
    record: str
    status: str
    detail: str = ""
    kept: list[str] = field(default_factory=list)
    # of the kept documents: those whose record (or template) changed since giaoban wrote
    # them, so that they no longer say what the documents written beside them say, and
    # those giaoban never wrote (a file of the user's under a document's name)
    stale: list[str] = field(default_factory=list)
    foreign: list[str] = field(default_factory=list)
    written: list[str] = field(default_factory=list)
    in_use: list[str] = field(default_factory=list)  # open in Word: not replaced this time
    # rendered again (the record has a kept document) to the very bytes already there:
    # not rewritten, so neither is its PDF (s4-trial F83)
    same: list[str] = field(default_factory=list)
    warnings: list[RecordWarning] = field(default_factory=list)
    located: bool = False  # detail begins with its own file:line, so is shown as it is


@dataclass
class ExportReport:
    outcomes: list[RecordOutcome] = field(default_factory=list)
    extra_written: list[str] = field(default_factory=list)
    summary_kept: list[str] = field(default_factory=list)
    summary_in_use: list[str] = field(default_factory=list)  # messages, one per document
    pdf_kept: list[str] = field(default_factory=list)  # a message per PDF kept (edited, signed)
    # a message per PDF made from a .docx edited by hand and kept (s4-trial F83)
    pdf_from_edited: list[str] = field(default_factory=list)
    bundle_kept: list[str] = field(default_factory=list)  # the --zip changed since: kept
    manifest_unreadable: str = ""  # the OUT/.giaoban/manifest.json that could not be read
    out_dir: Path | None = None  # OUT: to look beside a kept document (its older PDF, F83)
    # records the manifest knew that the archive no longer holds (renamed, moved, deleted),
    # with their documents still in OUT: left out of the summary and the zip, never
    # deleted (one may have been edited); and year summaries of years left without a record
    gone: list[tuple[str, list[str]]] = field(default_factory=list)
    gone_summaries: list[str] = field(default_factory=list)
    # a warning at each record that writes a meeting another record writes too (F51)
    duplicates: list[RecordWarning] = field(default_factory=list)
    # a warning at each record left out because Notepad added ".txt" to its name (F48)
    misnamed: list[RecordWarning] = field(default_factory=list)
    # a file of --templates under a near-miss name, not used (s4-trial F93): a line each
    template_notes: list[str] = field(default_factory=list)
    # a line per record held in the calendar year --year names but of another work year,
    # left out (s5-trial F125)
    other_work_year: list[str] = field(default_factory=list)
    not_run: int = 0  # records found but not exported: --fail-fast stopped at an error

    def count(self, status: str) -> int:
        return sum(1 for o in self.outcomes if o.status == status)

    @property
    def failed(self) -> list[RecordOutcome]:
        return [o for o in self.outcomes if o.status == FAILED]

    @property
    def kept(self) -> list[tuple[str, str]]:
        return [(o.record, k) for o in self.outcomes for k in o.kept]

    @property
    def disagreeing(self) -> list[RecordOutcome]:
        """Records a document of which was kept although it no longer matches the record
        (or was never giaoban's): the meeting's papers may say different things, so the
        run does not end as a success (s3-trial F26)."""
        return [o for o in self.outcomes if o.stale or o.foreign]


@dataclass
class _Task:
    path: Path
    relative: str
    target_folder: Path
    out_dir: Path
    options: ExportOptions


@dataclass
class _Result:
    relative: str
    status: str
    detail: str = ""
    temps: dict[str, tuple[str, str]] = field(default_factory=dict)  # output -> (temp, hash)
    year: int | None = None
    cluster: str | None = None
    summary: dict[str, Any] = field(default_factory=dict)
    templates: list[str] = field(default_factory=list)
    warnings: list[RecordWarning] = field(default_factory=list)
    located: bool = False


# --- inputs ---------------------------------------------------------------------------


@functools.cache
def _template_hash(template: str) -> str:
    """Templates are shared by every record: each is read once per run."""
    return file_hash(Path(template)) or "-"


def _source(path: Path) -> str:
    """A fingerprint of a record and its defaults files."""
    # SUMMARY_SHAPE: a manifest's kept summaries are made again when what they hold changes
    from giaoban.record.earlier import read_beside

    digest = hashlib.sha256(f"{__version__}|{SUMMARY_SHAPE}".encode())
    # read_beside: the earlier meeting's record a follow-up by id alone takes its text from
    for source in [path, *defaults_chain(path), *read_beside(path)]:
        digest.update(str(source.name).encode())
        digest.update((file_hash(source) or "-").encode())
    return digest.hexdigest()


def _inputs(source: str, templates: list[str], options: ExportOptions) -> str:
    """A fingerprint of everything a record's documents are made from."""
    digest = hashlib.sha256(f"{source}|{options.formats}|{options.templates}".encode())
    for template in templates:
        digest.update(template.encode())
        digest.update(_template_hash(template).encode())
    return digest.hexdigest()


def _matches(year: int, cluster: str | None, options: ExportOptions) -> bool:
    if options.year is not None and year != options.year:
        return False
    if options.cluster is not None:
        return cluster is not None and cluster_key(cluster) == cluster_key(options.cluster)
    return True


# --- the work done for one record (in a worker process) --------------------------------


def _render_one(task: _Task) -> _Result:
    from giaoban.commands.render import output_path, render_documents, templates_used
    from giaoban.record import load_record

    result = _Result(task.relative, FAILED)
    try:
        loaded = load_record(task.path, task.options.strict)
        result.warnings = loaded.warnings
        record = loaded.record
        result.year = record.year
        result.cluster = record.meeting.cluster.name if record.meeting.cluster else None
        result.summary = _summary_of(record, task.relative)
        if not _matches(record.year, result.cluster, task.options):
            result.status = FILTERED
            return result
        options = task.options
        used = templates_used(loaded, None, options.templates, options.formats)
        result.templates = sorted({str(p) for p in used.values()})
        documents = render_documents(loaded, None, options.templates, options.formats)
        task.target_folder.mkdir(parents=True, exist_ok=True)
        for suffix, data in documents.items():
            target = output_path(task.target_folder, f"{document_stem(task.path)}{suffix}")
            temporary = target.with_name(f".{target.name}{TEMP_MARK}{os.getpid()}.tmp")
            with temporary.open("wb") as stream:
                stream.write(data)
                stream.flush()
                os.fsync(stream.fileno())
            output = target.relative_to(task.out_dir).as_posix()
            result.temps[output] = (str(temporary), bytes_hash(data))
        result.status = EXPORTED
    except RecordInvalid as error:
        result.detail = _first_problem(error)
        result.located = bool(error.problems)
    except GiaobanError as error:
        result.detail = error.message.splitlines()[0]
    except OSError as error:
        result.detail = not_writable(task.target_folder, error).message
    return result


def _summary_of(record: Any, relative: str) -> dict[str, Any]:
    """What the year summary needs of a meeting, kept in the manifest."""
    from giaoban.followup import MeetingFacts
    from giaoban.render.context import build_context
    from giaoban.render.sentences import named

    context = build_context(record)
    return {
        "record": relative,
        "title": record.meeting.title,
        "date": record.meeting.date.isoformat(),
        # a date known only to the month: the summary prints no day (s3-trial F7)
        "month_only": not vn.day_known(record.meeting.date),
        "place": context.place,
        "cluster": context.cluster_name,
        # with the members below, tells apart two clusters called "số 1" (s4-trial F87)
        "full_name": record.meeting.cluster.full_name if record.meeting.cluster else None,
        "year": record.year,
        "chair": context.meeting.cluster.chair if context.meeting.cluster else None,
        "vice_chair": context.meeting.cluster.vice_chair if context.meeting.cluster else None,
        # the members as of the meeting's date: the summary follows them through mergers
        "members": list(record.meeting.cluster.members) if record.meeting.cluster else [],
        # "huyện": the districts of 2023 ended with the district level, not left (F119)
        "member_kind": record.meeting.cluster.member_kind if record.meeting.cluster else None,
        "presiding": [named(p) for p in context.presiding],
        "handovers": [
            {"role": h.role, "to": h.to, "from": h.from_, "year": h.year} for h in context.handovers
        ],
        "directives": len(record.directives),
        "figures": [
            {
                "label": f.label,
                "value": float(f.value),
                "unit": f.unit or "",
                "province": f.province,
                "text": f.formatted(),
            }
            for f in record.figures
        ],
        # the directives given and followed up: the summary's follow-up report per cluster
        "followup": MeetingFacts.from_record(relative, record).as_json(),
    }


# --- the run --------------------------------------------------------------------------


@contextlib.contextmanager
def _locked(out_dir: Path, wait: float = 0) -> Iterator[None]:
    """One export at a time into a folder: a second one is refused, not interleaved
    (``wait``: seconds to wait for it first, as a render of a few documents does).

    filelock takes the operating system's own lock (flock on Linux and macOS, msvcrt
    on Windows), which the system drops when a process dies, so a killed export never
    leaves the folder locked.
    """
    from filelock import FileLock, Timeout

    folder = out_dir / ".giaoban"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        lock = FileLock(folder / LOCK, timeout=wait)
        lock.acquire()
    except Timeout:
        raise GiaobanError(msg("export_locked", path=out_dir)) from None
    except OSError as error:  # a read-only folder, a full disk: the user's to fix
        raise not_writable(out_dir, error) from None
    try:
        yield
    finally:
        lock.release()


def _clean_temporaries(out_dir: Path) -> None:
    # the documents' temporaries, and the state folder's (a manifest or journal being
    # saved by write_atomic when a second Ctrl-C ended the run at once): the export holds
    # the folder's lock, so any temporary file there is one of its own
    state = out_dir / STATE_FOLDER
    leftovers = [*out_dir.rglob(f".*{TEMP_MARK}*.tmp"), *state.glob(".*.tmp")]
    for leftover in leftovers:
        with contextlib.suppress(OSError):
            leftover.unlink()


def export(
    archive: Path,
    out_dir: Path,
    options: ExportOptions | None = None,
    progress: Callable[[int, int, RecordOutcome], None] | None = None,
) -> ExportReport:
    """Export every record under ``archive`` into ``out_dir``; see the module docstring."""
    options = options or ExportOptions()
    _template_hash.cache_clear()  # a template may have been edited since the last run
    if not archive.exists():
        from giaoban.files import missing_path_message

        raise UsageError(missing_path_message(archive))
    if not archive.is_dir():
        raise UsageError(msg("archive_not_dir", path=archive))
    from giaoban.commands.render import check_output_folder

    check_output_folder(out_dir)  # "-o xuat.zip" (s4-trial F78)
    if options.templates is not None and not options.templates.is_dir():
        raise UsageError(msg("templates_not_dir", path=options.templates))
    template_notes: list[str] = []
    if options.templates is not None:
        from giaoban.commands.templates import template_folder_notes

        template_notes = template_folder_notes(options.templates)
    try:
        out_dir.mkdir(parents=True, exist_ok=True)
    except OSError as error:
        raise not_writable(out_dir, error) from None
    # Records inside OUT (a previous export's copies, say) are not records to export,
    # unless OUT is the archive itself: then documents go beside their records.
    out_resolved = out_dir.resolve()
    inside_out = out_resolved != archive.resolve()
    found = find_records([archive])
    records = [p for p in found.records if not (inside_out and out_resolved in p.resolve().parents)]
    report = ExportReport(out_dir=out_dir, template_notes=template_notes)
    report.misnamed = found.misnamed_warnings()  # "hoi-nghi.yaml.txt" (s3-trial F48)
    with _locked(out_dir):
        _clean_temporaries(out_dir)
        (out_dir / STATE_FOLDER / EXPORT_MARK).touch()  # its folders below are its own
        manifest = Manifest(out_dir)
        if manifest.unreadable:
            report.manifest_unreadable = str(manifest.folder / MANIFEST)
        # One pool for the records and the summaries: its workers start (and import
        # giaoban) once.
        jobs = _workers_for(_jobs(options), len(records))
        pool = Workers(jobs) if jobs > 1 else None
        failed = False
        # Stopped by Ctrl-C: a second one, wherever it lands (the clean-up after the
        # first included), ends the program at once.
        stopping = later_interrupts_end(
            pool, msg("interrupted"), lambda: _clean_temporaries(out_dir)
        )
        with stopping:
            try:
                _run(archive, out_dir, records, options, manifest, report, progress, pool)
                report.not_run = len(records) - len(report.outcomes)
                _check_selected(archive, options, manifest, report)
                if not report.not_run:  # after --fail-fast, what was not read is not gone
                    _forget_gone(out_dir, manifest, report)
                report.duplicates = _duplicates(archive, manifest, options)
                copies = {w.file.relative_to(archive).as_posix() for w in report.duplicates}
                if options.summary:
                    report.extra_written += _summaries(
                        out_dir, manifest, options, report, pool, copies
                    )
                if options.pdf:
                    report.extra_written += _pdfs(out_dir, manifest, options, report)
                if options.bundle:
                    report.extra_written += _bundle(out_dir, manifest, options, report)
            except OSError as error:  # a full disk, a folder made read-only while running
                failed = True
                raise not_writable(out_dir, error) from None
            except BaseException:  # Ctrl-C, an error: the workers are stopped, not awaited
                failed = True
                raise
            finally:
                # The lock is released only once every worker is gone and their temporary
                # files are removed.
                try:
                    if pool is not None:
                        try:
                            pool.finish(failed)
                        except BaseException:  # a Ctrl-C landing as finish began
                            pool.stop()
                            raise
                finally:
                    # If even the manifest cannot be written, the journal still holds the
                    # state.
                    with contextlib.suppress(GiaobanError, OSError):
                        manifest.save()
                    manifest.close()
                    _clean_temporaries(out_dir)
    return report


def _run(
    archive: Path,
    out_dir: Path,
    records: list[Path],
    options: ExportOptions,
    manifest: Manifest,
    report: ExportReport,
    progress: Callable[[int, int, RecordOutcome], None] | None,
    pool: Workers | None,
) -> None:
    total = len(records)
    done = 0

    def finish(outcome: RecordOutcome) -> None:
        nonlocal done
        done += 1
        report.outcomes.append(outcome)
        if progress:
            progress(done, total, outcome)

    tasks: list[_Task] = []
    # (folder, stem) as Windows sees them -> the record writing there, and its own name
    claimed: dict[tuple[str, str], tuple[str, Path]] = {}
    for path in records:
        relative = path.relative_to(archive).as_posix()
        # folders in NFC as documents' names are (commands.render.output_path)
        target_folder = out_dir / unicodedata.normalize(
            "NFC", path.parent.relative_to(archive).as_posix()
        )
        if not inside(target_folder, out_dir):  # a link in OUT to a folder elsewhere
            folder = target_folder.relative_to(out_dir).as_posix()
            detail = msg(
                "export_folder_outside", folder=folder, target=target_folder.resolve(), out=out_dir
            )
            finish(RecordOutcome(relative, FAILED, detail))
            continue
        # "a?.yaml" and "a_.yaml" too: both write a_-bien-ban.docx (files.portable_name)
        stem = portable_name(document_stem(path))
        # "A.yaml" and "a.yaml" too: one file on Windows and macOS, and in a zip unpacked
        # there (s5-trial F123)
        key = (same_file_key(str(target_folder)), same_file_key(stem))
        first, first_name = claimed.setdefault(key, (relative, target_folder / stem))
        if first != relative:  # a.yaml and a.yml: both would write a-bien-ban.docx
            same = first_name == target_folder / stem
            name = "same_output_names" if same else "same_output_names_case"
            detail = msg(name, first=first, second=relative)
            finish(RecordOutcome(relative, FAILED, detail))
            continue
        entry = manifest.records.get(relative)
        if entry is not None and entry.source == _source(path) and entry.year is not None:
            if not _matches(entry.year, entry.cluster, options):
                finish(RecordOutcome(relative, FILTERED))
                continue
            inputs = _inputs(entry.source, entry.templates, options)
            if not options.force and manifest.unchanged(relative, inputs):
                finish(_unchanged(path, relative, options))
                continue
        tasks.append(_Task(path, relative, target_folder, out_dir, options))

    def accept(result: _Result, task: _Task) -> RecordOutcome:
        outcome = RecordOutcome(result.relative, result.status, result.detail)
        outcome.located = result.located
        outcome.warnings = result.warnings
        source = _source(task.path)
        if result.status == FILTERED:  # remember its year and cluster, render nothing
            previous = manifest.records.get(result.relative)
            manifest.record_done(
                result.relative,
                RecordEntry(
                    source=source,
                    inputs=previous.inputs if previous and previous.source == source else "",
                    outputs=previous.outputs if previous else [],
                    templates=previous.templates if previous else [],
                    year=result.year,
                    cluster=result.cluster,
                    summary=result.summary,
                ),
            )
            return outcome
        if result.status != EXPORTED:
            return outcome
        inputs = _inputs(source, result.templates, options)
        in_use: list[str] = []
        for output, (temporary, sha256) in result.temps.items():
            known = manifest.outputs.get(output)
            if _already_there(out_dir / output, known, sha256, options.force):
                Path(temporary).unlink(missing_ok=True)
                manifest.written(output, sha256, inputs, result.relative)  # made from these
                outcome.same.append(output)
                continue
            try:
                placed = _commit(
                    out_dir,
                    manifest,
                    output,
                    Path(temporary),
                    sha256,
                    inputs,
                    result.relative,
                    options.force,
                )
            except FileInUse as error:  # open in Word: the record's other documents go on
                outcome.in_use.append(output)
                in_use.append(error.message)
                continue
            (outcome.written if placed else outcome.kept).append(output)
            if not placed and known is None:
                outcome.foreign.append(output)
            elif not placed and known is not None and known.sha256 != sha256:
                outcome.stale.append(output)
        if outcome.kept:
            outcome.status = KEPT
        if in_use:
            outcome.status = FAILED
            outcome.detail = "; ".join(in_use)
        # A kept document (or one open in Word) stays out of date on purpose: the record
        # is not marked done with these inputs, so the next run asks again.
        manifest.record_done(
            result.relative,
            RecordEntry(
                source=source,
                inputs=inputs if not (outcome.kept or outcome.in_use) else "",
                outputs=sorted(result.temps),
                templates=result.templates,
                year=result.year,
                cluster=result.cluster,
                summary=result.summary,
            ),
        )
        return outcome

    jobs = _jobs(options)
    if pool is None or len(tasks) <= 1:
        for task in tasks:
            outcome = accept(_render_one(task), task)
            finish(outcome)
            if outcome.status == FAILED and options.fail_fast:
                return
        return
    # What is still pending when this returns early is cancelled by the pool's shutdown
    # (Workers.finish): cancelling a future here too would make a stopping pool fail.
    for task, result in pool.each(_render_one, tasks, window=jobs * 4):
        outcome = accept(result, task)
        finish(outcome)
        if outcome.status == FAILED and options.fail_fast:
            return


def inside(folder: Path, out_dir: Path) -> bool:
    """Whether ``folder`` (existing or not) is ``out_dir`` or below it once every symbolic
    link on the way is followed: giaoban writes nothing outside the output folder."""
    root = out_dir.resolve()
    resolved = folder.resolve()
    return resolved == root or root in resolved.parents


def _check_selected(
    archive: Path, options: ExportOptions, manifest: Manifest, report: ExportReport
) -> None:
    """UsageError when ``--cluster`` / ``--year`` selected none of the records (a typo in
    the cluster's name, a year the archive does not hold), saying what there is."""
    if (options.cluster is None and options.year is None) or not report.outcomes:
        return
    report.other_work_year = _held_that_year(options, manifest, report)
    if any(outcome.status != FILTERED for outcome in report.outcomes):
        return
    from giaoban.record.discover import nothing_selected

    found = [
        (entry.cluster, entry.year)
        for outcome in report.outcomes
        if (entry := manifest.records.get(outcome.record)) is not None
    ]
    said = nothing_selected(archive, options.cluster, options.year, found)
    raise UsageError(" ".join([said, *report.other_work_year]))


def _held_that_year(options: ExportOptions, manifest: Manifest, report: ExportReport) -> list[str]:
    """A line for each record left out by ``--year`` that was held in that calendar year
    but is of another work year (``cluster.year``: a review of 2023 held in January 2024),
    naming the ``--year`` that selects it. ``--year`` is the work year, as the year summary
    files the meeting; a secretary asking for the meetings held in 2024 is told where that
    one went (s5-trial F125)."""
    if options.year is None:
        return []
    from giaoban import gazetteer as gz

    lines = []
    for outcome in report.outcomes:
        entry = manifest.records.get(outcome.record)
        if outcome.status != FILTERED or entry is None or entry.year in (None, options.year):
            continue
        held = str((entry.summary or {}).get("date") or "")
        if held[:4] != str(options.year):
            continue
        if not _matches(entry.year or 0, entry.cluster, replace(options, year=None)):
            continue  # not of the cluster asked for either
        day = dt.date.fromisoformat(held)
        when = (
            vn.press_date(vn.MonthDate(day.year, day.month, 1), with_year=True)
            if entry.summary.get("month_only")
            else f"ngày {gz.numeric_date(day)}"
        )
        lines.append(
            msg(
                "export_other_work_year",
                record=outcome.record,
                when=when,
                held=options.year,
                year=entry.year,
            )
        )
    return lines


def _forget_gone(out_dir: Path, manifest: Manifest, report: ExportReport) -> None:
    """Forget the records the manifest knows and the archive no longer holds (s3-trial F53:
    a renamed record's meeting was listed twice in the summary, a deleted one's documents
    went on into the zip), and name the documents of theirs still in ``out_dir``: each
    run, as long as they are there. Nothing is deleted. Their documents stay known as
    giaoban's, so a record renamed back finds them its own."""
    found = {outcome.record for outcome in report.outcomes}
    for relative in sorted(set(manifest.records) - found):
        manifest.forget(relative)
    documents: dict[str, list[str]] = {}
    for output, entry in sorted(manifest.outputs.items()):
        if entry.record and entry.record not in found and (out_dir / output).is_file():
            documents.setdefault(entry.record, []).append(output)
            pdf = (out_dir / output).with_suffix(".pdf")
            if output.endswith(".docx") and pdf.is_file():
                documents[entry.record].append(pdf.relative_to(out_dir).as_posix())
    report.gone = sorted(documents.items())
    years = {entry.year for entry in manifest.records.values() if entry.summary}
    for output in _summary_files(out_dir, ExportOptions()):
        year = re.match(r"tong-hop-(\d+)\.", output)
        if year and int(year.group(1)) not in years and output in manifest.outputs:
            report.gone_summaries.append(output)


def _duplicates(archive: Path, manifest: Manifest, options: ExportOptions) -> list[RecordWarning]:
    """A warning at each record of the selection that writes a meeting another writes."""
    from giaoban.record.discover import ClusterIdentity
    from giaoban.record.warnings import duplicate_meetings

    meetings = [
        (
            archive / relative,
            ClusterIdentity(
                entry.summary.get("cluster"),
                entry.summary.get("full_name"),
                tuple(entry.summary.get("members") or ()),
            ),
            dt.date.fromisoformat(entry.summary["date"]),
        )
        for relative, entry in manifest.records.items()
        if entry.summary and entry.year is not None and _matches(entry.year, entry.cluster, options)
    ]
    return duplicate_meetings(meetings)


def _unchanged(path: Path, relative: str, options: ExportOptions) -> RecordOutcome:
    """A record whose documents are up to date; under ``--strict`` its warnings still
    fail it, as they would have the run that wrote them."""
    if not options.strict:
        return RecordOutcome(relative, UNCHANGED)
    from giaoban.record import load_record

    try:
        load_record(path, strict=True)
    except RecordInvalid as error:
        return RecordOutcome(relative, FAILED, _first_problem(error), located=bool(error.problems))
    return RecordOutcome(relative, UNCHANGED)


def _first_problem(error: RecordInvalid) -> str:
    first = error.problems[0].format().splitlines()[0] if error.problems else error.message
    more = len(error.problems) - 1
    return first + (f" (+{more})" if more > 0 else "")


def _already_there(target: Path, known: Any, sha256: str, force: bool) -> bool:
    """Whether ``target`` holds, as giaoban wrote it, the very bytes (``sha256``) just
    rendered: a record re-rendered because another of its documents was edited by hand
    leaves this one as it is, unless ``--force``."""
    return not force and known is not None and known.sha256 == sha256 == file_hash(target)


def _commit(
    out_dir: Path,
    manifest: Manifest,
    output: str,
    temporary: Path,
    sha256: str,
    inputs: str,
    record: str,
    force: bool,
) -> bool:
    """Rename a finished temporary file into place, unless someone edited the document.

    Returns False (and drops the temporary file) when the document is kept; FileInUse
    (the temporary file dropped, the document as it was) when another program holds it.
    """
    target = out_dir / output
    if not force and not manifest.ours(output, file_hash(target), sha256):
        with contextlib.suppress(OSError):
            temporary.unlink()
        return False
    manifest.announce(output, sha256)
    try:
        replace_file(temporary, target)
    except FileInUse:
        manifest.withdraw(output)
        raise FileInUse(Path(output)) from None
    manifest.written(output, sha256, inputs, record)
    return True


def place_output(
    out_dir: Path,
    manifest: Manifest,
    output: str,
    data: bytes,
    inputs: str,
    record: str,
    force: bool,
) -> bool:
    """Write ``data`` as ``output`` the same safe way; False when an edited file is kept."""
    target = out_dir / output
    target.parent.mkdir(parents=True, exist_ok=True)
    temporary = target.with_name(f".{target.name}{TEMP_MARK}{os.getpid()}.tmp")
    try:
        with temporary.open("wb") as stream:
            stream.write(data)
            stream.flush()
            os.fsync(stream.fileno())
    except BaseException:  # a full disk, Ctrl-C: no temporary file is left behind
        with contextlib.suppress(OSError):
            temporary.unlink()
        raise
    return _commit(out_dir, manifest, output, temporary, bytes_hash(data), inputs, record, force)


def kept_message(path: Path, shown: Path | str) -> str:
    """Why the document at ``path`` (named ``shown``) was kept rather than replaced: edited
    since giaoban wrote it, or, for a PDF that carries a signature (a ``/ByteRange``, as
    every PAdES signature has), signed since: replacing it would throw the signatures
    away, and a signed document is the original (Nghị định 30/2020, Điều 5)."""
    if path.suffix.lower() == ".pdf":
        try:
            signed = b"/ByteRange" in path.read_bytes()
        except OSError:
            signed = False
        if signed:
            return msg("output_kept_signed", path=shown)
    return msg("output_kept", path=shown) + stale_pdf_note(path)


def pdf_predates(path: Path) -> bool:
    """Whether the .docx at ``path`` has no PDF beside it, or one older than the .docx
    (made before a hand edit of it)."""
    if path.suffix.lower() != ".docx" or not path.is_file():
        return False
    pdf = path.with_suffix(".pdf")
    try:
        return pdf.stat().st_mtime < path.stat().st_mtime
    except FileNotFoundError:
        return True


def stale_pdf_note(path: Path) -> str:
    """For a kept .docx edited by hand: a line naming the PDF beside it when that PDF is
    older than the edit and so lacks it (remade from the .docx only with --pdf; s4-trial
    F83); else ""."""
    pdf = path.with_suffix(".pdf")
    stale = pdf.is_file() and pdf_predates(path)
    return "\n" + msg("output_kept_pdf_stale", pdf=pdf.name, path=path.name) if stale else ""


def write_tracked(path: Path, data: bytes, force: bool = False) -> bool:
    """Write one document outside a batch as an export writes its own: to a temporary
    file renamed into place, announced in the folder's manifest (``.giaoban/``) so that
    the next run knows it; False (nothing written) when ``path`` exists with content
    giaoban did not write there (edited since, or never written by giaoban), unless
    ``force``. GiaobanError when the folder cannot be written or another export holds
    it; FileInUse when the file is open in Word.

    The manifest is the one of the nearest folder above ``path`` that has one (an
    export's OUT, when ``path`` is one of its documents in a sub-folder), else the
    file's own folder's."""
    placed = write_tracked_all({path: data}, force)[path]
    if isinstance(placed, FileInUse):
        raise placed
    return placed


def write_tracked_all(
    documents: dict[Path, bytes], force: bool = False
) -> dict[Path, bool | FileInUse]:
    """:func:`write_tracked` for several documents of one folder at once (one lock, one
    manifest read and saved): for each path, True (written), False (kept: edited) or
    the FileInUse error of a document open in Word, the others written all the same.
    GiaobanError when the folder cannot be written or another export holds it."""
    results: dict[Path, bool | FileInUse] = {}
    groups: dict[Path, list[tuple[Path, str]]] = {}
    for path in documents:
        out_dir, output = _tracking_folder(path)
        groups.setdefault(out_dir, []).append((path, output))
    for out_dir, members in groups.items():
        try:
            out_dir.mkdir(parents=True, exist_ok=True)
            with _locked(out_dir, RENDER_WAITS):
                manifest = Manifest(out_dir)
                try:
                    for path, output in members:
                        try:
                            results[path] = place_output(
                                out_dir, manifest, output, documents[path], "", "", force
                            )
                        except FileInUse:
                            results[path] = FileInUse(path)  # named as the user named it
                finally:
                    with contextlib.suppress(GiaobanError, OSError):
                        manifest.save()
                    manifest.close()
        except OSError as error:
            raise not_writable(out_dir, error) from None
    return results


def _tracking_folder(path: Path) -> tuple[Path, str]:
    """The folder whose manifest tracks ``path``, and ``path``'s name in it: its own
    folder when that has a manifest, else the nearest export's folder above it (a
    document of an export is judged as the export judges it), else its own. A folder a
    render wrote into does not take the folders below it (s3-trial F38: renders into
    sub-folders were remembered, and locked, in the records' folder, refused while another
    ran, and forgotten when a sub-folder was moved)."""
    folder = path.parent.resolve()
    for candidate in [folder, *folder.parents]:
        state = candidate / STATE_FOLDER
        if (state / MANIFEST).is_file() or (state / JOURNAL).is_file():
            if candidate == folder:
                break
            if _export_folder(state):
                return candidate, (folder / path.name).relative_to(candidate).as_posix()
    return path.parent, path.name


def _export_folder(state: Path) -> bool:
    """Whether the state folder ``state`` is an export's: marked so since F38, or, for
    one written before, a manifest that knows records (a render's knows only files)."""
    if (state / EXPORT_MARK).is_file():
        return True
    import json

    try:
        data = json.loads((state / MANIFEST).read_text(encoding="utf-8"))
        return bool(data.get("records"))
    except (OSError, ValueError, AttributeError):
        return False


# --- what comes after the documents -----------------------------------------------------


def _jobs(options: ExportOptions) -> int:
    return max(1, options.jobs or os.cpu_count() or 1)


def _workers_for(jobs: int, records: int) -> int:
    """How many worker processes to start for ``records`` records when ``jobs`` are asked
    for: never more than the records (and the year summaries after them, which one worker
    per record covers), nor more than twice the processors (each worker is a Python with
    giaoban imported, ~28 MB; `--jobs 60` started 61 for 5 records, s5-trial F117)."""
    return max(1, min(jobs, records, 2 * (os.cpu_count() or 1)))


def _summaries(
    out_dir: Path,
    manifest: Manifest,
    options: ExportOptions,
    report: ExportReport,
    pool: Workers | None,
    copies: set[str],
) -> list[str]:
    """The year summaries; ``copies``: records of a meeting another record already
    writes, left out (F51)."""
    from giaoban.summary import year_summaries

    meetings = [
        entry.summary
        for relative, entry in manifest.records.items()
        if entry.summary
        and entry.year is not None
        and _matches(entry.year, entry.cluster, options)
        and relative not in copies
    ]
    return year_summaries(out_dir, meetings, manifest, options.force, report, pool, copies)


def _pdfs(
    out_dir: Path, manifest: Manifest, options: ExportOptions, report: ExportReport
) -> list[str]:
    """PDFs of the Word documents written now, and of those unchanged whose PDF is missing:
    the records' documents and the year summaries (tong-hop-<year>.docx). Each is written
    as the documents are, through the manifest: a PDF replaced by hand or signed since
    giaoban wrote it is kept (``report.pdf_kept``) unless ``--force``."""
    from giaoban.pdf import PdfsMissing, pdf_documents

    wanted = [
        output
        for outcome in report.outcomes
        for output in outcome.written
        if output.endswith(".docx")
    ]
    wanted += [output for output in report.extra_written if output.endswith(".docx")]
    # a .docx edited by hand and kept: its PDF made from it, the document she means to
    # send or sign, when the PDF beside it predates the edit (s4-trial F83)
    edited = [
        output
        for outcome in report.outcomes
        for output in outcome.kept
        if output not in outcome.foreign and pdf_predates(out_dir / output)
    ]
    wanted += edited
    unchanged = [
        output
        for outcome in report.outcomes
        if outcome.status == UNCHANGED and outcome.record in manifest.records
        for output in manifest.records[outcome.record].outputs
    ]
    unchanged += [output for outcome in report.outcomes for output in outcome.same]
    unchanged += [f for f in _summary_files(out_dir, options) if f not in report.gone_summaries]
    wanted += [
        output
        for output in unchanged
        if output.endswith(".docx") and not (out_dir / output).with_suffix(".pdf").exists()
    ]
    documents = [out_dir / output for output in dict.fromkeys(wanted)]
    missing = None
    try:
        made = pdf_documents(documents, options.pdf_timeout, pdfa=options.pdfa)
    except PdfsMissing as error:  # the PDFs that were made are written all the same
        missing, made = error, error.made
    written = []
    for target, data in made.items():
        output = target.relative_to(out_dir).as_posix()
        try:
            placed = place_output(out_dir, manifest, output, data, "", "", options.force)
        except FileInUse as error:
            report.summary_in_use.append(error.message)
            continue
        if placed and output.removesuffix(".pdf") + ".docx" in edited:
            docx = output.removesuffix(".pdf") + ".docx"
            report.pdf_from_edited.append(msg("pdf_from_edited", pdf=output, path=docx))
        elif placed:
            written.append(output)
        else:
            report.pdf_kept.append(kept_message(target, output))
    if missing is not None:
        raise missing
    return written


def _summary_files(out_dir: Path, options: ExportOptions) -> list[str]:
    """The year summaries in ``out_dir`` (of the selected year only, with ``--year``)."""
    return sorted(
        p.relative_to(out_dir).as_posix()
        for p in out_dir.glob("tong-hop-*.*")
        if options.year is None or p.name.startswith(f"tong-hop-{options.year}.")
    )


def _bundle(
    out_dir: Path, manifest: Manifest, options: ExportOptions, report: ExportReport
) -> list[str]:
    """One zip of the selected year's documents (or all), to send in one piece: those
    of the records the archive holds now, with the summaries of their years."""
    import io
    import zipfile

    chosen = [
        output
        for record, entry in sorted(manifest.records.items())
        if entry.year is not None and _matches(entry.year, entry.cluster, options)
        for output in entry.outputs
    ]
    chosen += [f for f in _summary_files(out_dir, options) if f not in report.gone_summaries]
    extra = []
    for output in list(chosen):
        pdf = (out_dir / output).with_suffix(".pdf")
        if output.endswith(".docx") and pdf.exists():
            extra.append(pdf.relative_to(out_dir).as_posix())
    name = f"giaoban-{options.year or 'tat-ca'}.zip"
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED) as bundle:
        for output in dict.fromkeys(chosen + extra):
            if (out_dir / output).is_file():
                bundle.write(out_dir / output, output)
    # Written as the documents are: a zip changed since giaoban wrote it (a file added,
    # another zip put in its place) is kept, unless --force; one an earlier giaoban wrote
    # before zips were in the manifest holds only documents the manifest knows.
    force = options.force or _earlier_bundle(out_dir / name, manifest)
    try:
        placed = place_output(out_dir, manifest, name, buffer.getvalue(), "", "", force)
    except FileInUse as error:
        report.summary_in_use.append(error.message)
        return []
    if not placed:
        report.bundle_kept.append(msg("export_bundle_kept", path=name))
        return []
    return [name]


def _earlier_bundle(path: Path, manifest: Manifest) -> bool:
    """Whether ``path`` is a zip the manifest does not know whose every member is a
    document the manifest knows (or a PDF beside one): what export wrote before it
    recorded its zips."""
    import zipfile

    if path.name in manifest.outputs or not path.is_file():
        return False
    try:
        with zipfile.ZipFile(path) as bundle:
            names = bundle.namelist()
    except (OSError, zipfile.BadZipFile):
        return False
    known = set(manifest.outputs)
    return bool(names) and all(
        name in known or (name.endswith(".pdf") and name[:-4] + ".docx" in known) for name in names
    )
