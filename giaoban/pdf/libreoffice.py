"""PDF through LibreOffice: finding it, running it with a time limit, killing it when hung.

Every document of a run is converted in one ``soffice`` call (LibreOffice starts once, at
about a second, then converts about ten documents a second). LibreOffice names each PDF
after its document and writes them all into one folder, so two documents of the same name
(``2022/hoi-nghi-bien-ban.docx`` and ``2023/hoi-nghi-bien-ban.docx``) would overwrite each
other: each document is staged under a name of its own first.
"""

from __future__ import annotations

import contextlib
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from pathlib import Path

from giaoban.errors import GiaobanError
from giaoban.files import write_atomic
from giaoban.messages import msg

# LibreOffice takes about a second to start (several on a busy machine), then a tenth of a
# second or so per document; the default limit leaves a wide margin on both.
START_SECONDS = 60.0
SECONDS_PER_DOCUMENT = 5.0


def default_timeout(count: int) -> float:
    """Seconds to wait for one LibreOffice call converting ``count`` documents."""
    return START_SECONDS + SECONDS_PER_DOCUMENT * max(count, 1)


def _installed_places() -> list[Path]:
    """Where the LibreOffice installers put ``soffice`` when it is not on PATH."""
    places = []
    # Windows: the installer never adds LibreOffice to PATH.
    for variable in ("ProgramFiles", "ProgramW6432", "ProgramFiles(x86)"):
        root = os.environ.get(variable)
        if root:
            places.append(Path(root) / "LibreOffice" / "program" / "soffice.exe")
    places.append(Path("/Applications/LibreOffice.app/Contents/MacOS/soffice"))  # macOS
    return places


def find_soffice() -> str:
    """The LibreOffice executable: on PATH, else where Windows or macOS installs it.

    Raises GiaobanError saying how to install LibreOffice when it is nowhere.
    """
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    for place in _installed_places():
        if place.is_file():
            return str(place)
    raise GiaobanError(msg("no_soffice"))


def _kill_group(process: subprocess.Popen[str]) -> None:
    """Kill ``process`` and everything it started: the ``soffice`` launcher leaves the
    real worker (``soffice.bin``) running when only the launcher is killed."""
    if sys.platform == "win32":
        subprocess.run(
            ["taskkill", "/F", "/T", "/PID", str(process.pid)], capture_output=True, check=False
        )
    else:
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(process.pid, signal.SIGKILL)
    process.kill()


def run_soffice(
    arguments: list[str], timeout: float, count: int
) -> subprocess.CompletedProcess[str]:
    """Run LibreOffice with ``arguments`` in a process group of its own.

    After ``timeout`` seconds the whole group is killed (no ``soffice.bin`` is left) and
    GiaobanError says so, naming ``--pdf-timeout``; ``count`` documents were asked for.
    """
    command = [find_soffice(), *arguments]
    if sys.platform == "win32":
        group = {"creationflags": subprocess.CREATE_NEW_PROCESS_GROUP}  # type: ignore[attr-defined]
    else:
        group = {"start_new_session": True}
    process = subprocess.Popen(
        command,
        stdin=subprocess.DEVNULL,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **group,  # type: ignore[call-overload]
    )
    try:
        stdout, stderr = process.communicate(timeout=timeout)
    except subprocess.TimeoutExpired:
        _kill_group(process)
        process.communicate()
        raise GiaobanError(msg("pdf_timeout", seconds=f"{timeout:g}", count=count)) from None
    except BaseException:  # Ctrl-C: LibreOffice must not outlive giaoban
        _kill_group(process)
        process.communicate()
        raise
    return subprocess.CompletedProcess(command, process.returncode, stdout, stderr)


def _last_line(done: subprocess.CompletedProcess[str]) -> str:
    lines = (done.stderr or done.stdout or "").strip().splitlines()
    return lines[-1] if lines else f"exit {done.returncode}"


def convert_to_pdf(documents: list[Path], timeout: float | None = None) -> list[Path]:
    """Convert ``documents`` (.docx) to PDF beside them, atomically, in one LibreOffice run.

    Each PDF is made from its own document, also when two share a name in different
    folders. ``timeout`` is in seconds for the whole call (default: ``default_timeout``).
    Returns the PDFs' paths in the order of ``documents``; GiaobanError when LibreOffice is
    missing, hangs, or fails on a document (then no PDF of this call is written).
    """
    if not documents:
        return []
    limit = default_timeout(len(documents)) if timeout is None else timeout
    with tempfile.TemporaryDirectory(prefix="giaoban-pdf-") as scratch:
        work = Path(scratch)
        staged = work / "in"
        staged.mkdir()
        names = []
        for index, document in enumerate(documents):
            name = staged / f"{index}{document.suffix}"
            shutil.copyfile(document, name)
            names.append(name)
        done = run_soffice(
            [
                f"-env:UserInstallation={(work / 'profile').as_uri()}",  # no clash with a user's
                "--headless",
                "--norestore",
                "--convert-to",
                "pdf",
                "--outdir",
                str(work / "out"),
                *[str(n) for n in names],
            ],
            limit,
            len(documents),
        )
        produced = [work / "out" / f"{index}.pdf" for index in range(len(documents))]
        for document, pdf in zip(documents, produced, strict=True):
            if not pdf.is_file():
                detail = f"{document}: {_last_line(done)}"
                raise GiaobanError(msg("pdf_failed", error=detail))
        targets = []
        for document, pdf in zip(documents, produced, strict=True):
            target = document.with_suffix(".pdf")
            write_atomic(target, pdf.read_bytes())
            targets.append(target)
    return targets
