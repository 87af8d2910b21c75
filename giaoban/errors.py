"""Errors a user can cause, and the problems validation reports."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path


@dataclass(frozen=True)
class Problem:
    """One thing wrong in one file, where a line is known: ``file:line:column: message``."""

    file: Path
    message: str
    line: int | None = None
    column: int | None = None
    excerpt: str | None = None  # the offending source line, shown under syntax errors
    # the field at fault, e.g. ("attendees", 0, "name"), where known: the web form shows the
    # message next to that field (not part of equality: the place is file:line:column)
    field_path: tuple[str | int, ...] | None = field(default=None, compare=False)

    def location(self) -> str:
        if self.line is None:
            return str(self.file)
        if self.column is None:
            return f"{self.file}:{self.line}"
        return f"{self.file}:{self.line}:{self.column}"

    def format(self) -> str:
        text = f"{self.location()}: {self.message}"
        if self.excerpt is not None and self.line is not None:
            gutter = f"{self.line:>5} | "
            caret = " " * (len(gutter) - 2) + "| " + " " * max(0, (self.column or 1) - 1) + "^"
            text += f"\n{gutter}{self.excerpt}\n{caret}"
        return text


class GiaobanError(Exception):
    """An error the user can cause and fix; the CLI prints it without a traceback.

    ``exit_code`` follows ``diff``'s convention: 1 for a problem in the input,
    2 for a usage error.
    """

    exit_code = 1

    def __init__(self, message: str) -> None:
        super().__init__(message)
        self.message = message


class UsageError(GiaobanError):
    exit_code = 2


@dataclass
class RecordInvalid(GiaobanError):
    """A record (or defaults file) that cannot be used; ``problems`` says why, all at once."""

    problems: list[Problem] = field(default_factory=list)

    def __post_init__(self) -> None:
        GiaobanError.__init__(self, "\n".join(p.format() for p in self.problems))
