"""``giaoban validate``: every problem in every record, then a one-line summary."""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable
from dataclasses import dataclass, field
from pathlib import Path

from giaoban.errors import Problem, RecordInvalid, UsageError
from giaoban.messages import msg
from giaoban.record import check_defaults, find_records, load_record
from giaoban.record.warnings import RecordWarning, cluster_identity, duplicate_meetings


@dataclass
class ValidationReport:
    """Problems per file; files without problems are listed with an empty list."""

    files: dict[Path, list[Problem]] = field(default_factory=dict)
    warnings: list[RecordWarning] = field(default_factory=list)
    # defaults files outside the paths checked that apply to some of their records, with
    # how many (s3-trial F44: a giaoban.yaml above the folder changed its records unseen)
    from_above: dict[Path, int] = field(default_factory=dict)
    # the defaults files each valid record took (another cluster's left out: F41)
    applied: dict[Path, list[Path]] = field(default_factory=dict)
    checked: list[Path] = field(default_factory=list)

    def notes(self) -> list[str]:
        """One line per defaults file from outside the paths checked that applies."""
        paths = ", ".join(str(p) for p in self.checked)
        return [
            msg("defaults_from_above", file=file, paths=paths, count=count)
            for file, count in self.from_above.items()
        ]

    @property
    def problems(self) -> list[Problem]:
        return [p for problems in self.files.values() for p in problems]

    @property
    def ok(self) -> bool:
        return not self.problems

    def details(self) -> list[str]:
        """``validate -v``: each file, valid or not, with the defaults files that apply."""
        from giaoban.record import DEFAULTS_NAME, defaults_chain

        lines = []
        for path, problems in self.files.items():
            state = msg("valid_file" if not problems else "invalid_file", path=path)
            if path.name != DEFAULTS_NAME:
                applied = self.applied.get(path)
                chain = ", ".join(
                    str(p) for p in (applied if applied is not None else defaults_chain(path))
                )
                state += "; " + msg("defaults_applied", files=chain or msg("label_defaults_none"))
            lines.append(state)
        return lines

    def summary(self) -> str:
        """One line: "3 tệp hợp lệ.", "3 hồ sơ và 1 tệp thiết lập chung (giaoban.yaml) hợp
        lệ.", "2 lỗi trong 1 tệp.", "2 lỗi ở 1 tệp, trong 3 tệp
        đã kiểm tra." (English: "2 problems in 1 of 3 files checked.")."""
        from giaoban.record import DEFAULTS_NAME

        bad = sum(1 for problems in self.files.values() if problems)
        files = len(self.files)
        defaults = sum(1 for path in self.files if path.name == DEFAULTS_NAME)
        if not bad and defaults and files > defaults:  # "4 tệp" read as four meetings (F8)
            counted = {"records": files - defaults, "defaults": defaults, "name": DEFAULTS_NAME}
            if self.warnings:
                return msg("summary_ok_defaults_warnings", **counted, warnings=len(self.warnings))
            return msg("summary_ok_defaults", **counted)
        if not bad and self.warnings:
            return msg("summary_ok_warnings", files=files, warnings=len(self.warnings))
        if not bad:
            return msg("summary_ok", files=files)
        count = len(self.problems)
        key = "summary_problems_all" if bad == files else "summary_problems"
        return msg(
            key,
            problems=count,
            bad=bad,
            files=files,
            s="" if count == 1 else "s",
            bs="" if bad == 1 else "s",
        )


def validate_paths(paths: Iterable[Path], strict: bool = False) -> ValidationReport:
    """Validate the records and defaults files under ``paths``.

    A problem in a defaults file is reported once, under that file, not again
    under every record it applies to; so is a warning about a value of a defaults
    file. With ``strict``, warnings are problems (``--strict``).
    """
    paths = list(paths)
    found = find_records(paths)
    if not found.records and not found.defaults:
        raise UsageError(msg("no_records", path=", ".join(str(p) for p in paths)))
    report = ValidationReport(checked=paths)
    report.warnings += found.misnamed_warnings()  # "hoi-nghi.yaml.txt" (s3-trial F48)
    meetings: list[tuple[Path, str | None, dt.date]] = []
    broken_defaults: set[Path] = set()
    for defaults in found.defaults:
        problems = check_defaults(defaults)
        report.files[defaults] = problems
        if problems:
            broken_defaults.add(defaults.resolve())
    for record in found.records:
        try:
            loaded = load_record(record, strict)
            report.files[record] = []
            report.warnings.extend(loaded.warnings)
            _count_from_above(report, record, loaded.defaults, paths)
            report.applied[record] = loaded.defaults
            meetings.append((record, cluster_identity(loaded.record), loaded.record.meeting.date))
        except RecordInvalid as error:
            report.files[record] = [
                p for p in error.problems if p.file.resolve() not in broken_defaults
            ]
    # two records of one meeting (a copy beside it): said once, at the copy (F51)
    for warning in duplicate_meetings(meetings):
        if strict:
            report.files[warning.file].append(warning.as_problem())
        else:
            report.warnings.append(warning)
    for path in list(report.files):
        report.files[path] = _unique(report.files[path])
    # a defaults file's warning once, naming every record it was found for
    merged: dict[RecordWarning, RecordWarning] = {}
    for warning in report.warnings:
        merged[warning] = merged[warning].merged(warning) if warning in merged else warning
    report.warnings = list(merged.values())
    return report


def _count_from_above(
    report: ValidationReport, record: Path, defaults: list[Path], paths: list[Path]
) -> None:
    """Count the defaults files of ``record`` that lie above every path checked that holds
    it (a file named alone: above its own folder)."""
    itself = record.resolve()
    held_by = []
    for given in (p.resolve() for p in paths):
        if given == itself:
            held_by.append(given.parent)
        elif given.is_dir() and itself.is_relative_to(given):
            held_by.append(given)
    for file in defaults:
        folder = file.resolve().parent
        if not any(folder == root or folder.is_relative_to(root) for root in held_by):
            report.from_above[file] = report.from_above.get(file, 0) + 1


def _unique(problems: list[Problem]) -> list[Problem]:
    seen: set[str] = set()
    unique: list[Problem] = []
    for problem in problems:
        key = problem.format()
        if key not in seen:
            seen.add(key)
            unique.append(problem)
    return unique
