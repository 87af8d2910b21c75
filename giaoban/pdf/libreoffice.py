"""PDF through LibreOffice: finding it, running it with a time limit, killing it when hung.

The documents of a run are converted in as few ``soffice`` calls as LibreOffice takes
(it starts once per call, at about a second, then converts about ten documents a second):
``BATCH`` documents a call, because LibreOffice converts only the first 246 or so files
named on one command line and exits 0 all the same. Every PDF is checked for after each
call; a document that got none is named, with LibreOffice's reason when it gave one.
LibreOffice names each PDF
after its document and writes them all into one folder, so two documents of the same name
(``2022/hoi-nghi-bien-ban.docx`` and ``2023/hoi-nghi-bien-ban.docx``) would overwrite each
other: each document is staged under a name of its own first.

LibreOffice runs with a profile of giaoban's own, never the user's (an open LibreOffice
window would otherwise take the job over, or lock it out). That profile is kept in the
user's cache folder and reused from run to run, which spares LibreOffice building a new
one each time; a lock lets one run use it at a time, and a run that finds it busy uses a
throw-away profile instead of waiting.
"""

from __future__ import annotations

import contextlib
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from giaoban.errors import GiaobanError
from giaoban.files import write_atomic
from giaoban.messages import msg
from giaoban.pdf.check import declares_pdfa
from giaoban.pdf.metadata import document_created, document_keywords, with_keywords

# LibreOffice takes about a second to start (several on a busy machine), then a tenth of a
# second or so per document; the default limit leaves a wide margin on both.
START_SECONDS = 60.0
SECONDS_PER_DOCUMENT = 5.0
# The resident converter takes documents one by one; past a few dozen, one soffice call
# converting them all is as fast (bench/pdf.py), and leaves the converter free.
RESIDENT_AT_MOST = 20
# LibreOffice (7.x to 25.x) converts only the first 246 files of one command line (255
# arguments with its options) and says nothing of the rest (s3-trial F12): a call takes
# at most this many, well under that and under Windows' 32,767-character command line.
BATCH = 100
# What LibreOffice prints on stderr on every run, whatever happens: not a reason.
_NOISE = ("javaldx", "java may not function")


def default_timeout(count: int) -> float:
    """Seconds to wait for one LibreOffice call converting ``count`` documents (at most
    ``BATCH``)."""
    return START_SECONDS + SECONDS_PER_DOCUMENT * max(count, 1)


def export_filter(pdfa: bool = False) -> str:
    """The ``--convert-to`` argument: LibreOffice's PDF export, its options in the JSON
    syntax of LibreOffice 7.4 and later. Fonts are always embedded (subsets); with
    ``pdfa``, SelectPdfVersion 2 is PDF/A-2b, which also tags the PDF and adds an sRGB
    output intent and the XMP identification."""
    if not pdfa:
        return "pdf:writer_pdf_Export"
    options = {"SelectPdfVersion": {"type": "long", "value": "2"}}
    return "pdf:writer_pdf_Export:" + json.dumps(options, separators=(",", ":"))


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
        # umask 077: LibreOffice's own pipe (/tmp/OSL_PIPE_<uid>_SingleOfficeIPC_…, which
        # takes command lines) and what it writes are this user's only (s4-trial F100)
        group = {"start_new_session": True, "umask": 0o077}
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


def shared_profile() -> Path | None:
    """The folder of the LibreOffice profile reused across runs, or None when the cache is
    off (``GIAOBAN_CACHE_DIR=off``): ``<cache>/libreoffice/profile``."""
    from giaoban.render.cache import cache_folder

    folder = cache_folder()
    return None if folder is None else folder / "libreoffice" / "profile"


@contextlib.contextmanager
def profile(scratch: Path) -> Iterator[Path]:
    """A LibreOffice profile for one run: the shared one when no other run holds it (it is
    locked until the run ends), else ``scratch/profile``, a private one made afresh.

    If the run fails, the shared profile is removed, in case it is what is broken; the
    next run builds it again.
    """
    from filelock import FileLock, Timeout

    shared = shared_profile()
    lock = None
    if shared is not None:
        try:
            shared.parent.mkdir(parents=True, exist_ok=True)
            lock = FileLock(shared.parent / "profile.lock")
            lock.acquire(timeout=0)
        except (OSError, Timeout):
            lock = None
    if lock is None or shared is None:
        yield scratch / "profile"
        return
    try:
        # LibreOffice's own lock, left behind when a run was killed; while we hold ours,
        # no LibreOffice uses this profile.
        (shared / ".lock").unlink(missing_ok=True)
        yield shared
    except BaseException:
        shutil.rmtree(shared, ignore_errors=True)
        raise
    finally:
        lock.release()


class PdfsMissing(GiaobanError):
    """Some documents got no PDF; ``made`` holds the PDFs of the others (as
    :func:`pdf_documents` returns them), for the caller to write before it reports this."""

    def __init__(self, message: str, made: dict[Path, bytes]) -> None:
        super().__init__(message)
        self.made = made


def _reason(done: subprocess.CompletedProcess[str]) -> str:
    """What LibreOffice said went wrong: its last line on stderr (or stdout) that is not
    one of the warnings it prints on every run; a sentence saying it gave none."""
    lines = [
        line.strip()
        for line in (done.stderr or done.stdout or "").splitlines()
        if line.strip() and not any(noise in line for noise in _NOISE)
    ]
    return lines[-1] if lines else msg("pdf_no_reason", code=done.returncode)


def convert_to_pdf(
    documents: list[Path], timeout: float | None = None, *, pdfa: bool = False
) -> list[Path]:
    """Convert ``documents`` (.docx) to PDF beside them, atomically.

    The PDFs of :func:`pdf_documents`, each written over whatever is there (``render``
    and ``export`` write them through their manifest instead, which keeps a PDF edited
    or signed since giaoban wrote it). Returns the PDFs' paths in the order of
    ``documents``; GiaobanError when LibreOffice is missing or hangs; PdfsMissing when a
    document got no PDF, after the others' PDFs are written.
    """
    try:
        made = pdf_documents(documents, timeout, pdfa=pdfa)
    except PdfsMissing as missing:
        for target, data in missing.made.items():
            write_atomic(target, data)
        raise
    for target, data in made.items():
        write_atomic(target, data)
    return list(made)


def pdf_documents(
    documents: list[Path], timeout: float | None = None, *, pdfa: bool = False
) -> dict[Path, bytes]:
    """The PDFs of ``documents`` (.docx), made ``BATCH`` documents per LibreOffice call
    and not written: {the PDF's path beside its document: its content}, in the order of
    ``documents``.

    Each PDF is made from its own document, also when two share a name in different
    folders, with its fonts embedded and its properties (title, subject, author,
    keywords) from the document's. ``pdfa``: PDF/A-2b (ISO 19005-2, level B), for
    long-term preservation. ``timeout`` is in seconds for each LibreOffice call (default:
    ``default_timeout`` of the call's documents). GiaobanError when LibreOffice is
    missing or hangs (nothing of that call is made); PdfsMissing, holding the PDFs that
    were made, when a document got none: its message names the first such document,
    LibreOffice's reason, and how many there are.
    """
    if not documents:
        return {}
    made: dict[Path, bytes] = {}
    reason = ""
    with tempfile.TemporaryDirectory(prefix="giaoban-pdf-") as scratch:
        work = Path(scratch)
        limit = default_timeout(len(documents)) if timeout is None else timeout
        produced: list[Path | None] | None = _through_converter(documents, limit, work, pdfa)
        if produced is None:
            with profile(work) as user_installation:
                produced, reason = _convert(documents, timeout, work, user_installation, pdfa)
        for document, pdf in zip(documents, produced, strict=True):
            if pdf is None:
                continue
            data = pdf.read_bytes()
            if pdfa and not declares_pdfa(data):  # LibreOffice before 7.4 ignores the option
                raise GiaobanError(msg("pdfa_unsupported"))
            keywords, created = document_keywords(document), document_created(document)
            if keywords or created:
                data = with_keywords(data, keywords, created)
            made[document.with_suffix(".pdf")] = data
    missing = [d for d, pdf in zip(documents, produced, strict=True) if pdf is None]
    if missing:
        message = msg(
            "pdf_missing",
            document=missing[0],
            reason=reason,
            missing=len(missing),
            total=len(documents),
            written=len(made),
        )
        raise PdfsMissing(message, made)
    return made


def _through_converter(
    documents: list[Path], limit: float, work: Path, pdfa: bool
) -> list[Path] | None:
    """The PDFs made by a resident converter (``giaoban pdf-server``), or None when none
    runs or it does not answer."""
    from giaoban.pdf.resident import convert_resident, running

    converter = running()
    if converter is None or len(documents) > RESIDENT_AT_MOST:
        return None
    (work / "resident").mkdir()
    produced = [work / "resident" / f"{index}.pdf" for index in range(len(documents))]
    if not convert_resident(documents, produced, converter, limit, pdfa):
        return None
    for document, pdf in zip(documents, produced, strict=True):
        if not pdf.is_file():
            raise GiaobanError(msg("pdf_failed", error=str(document)))
    return produced


def _convert(
    documents: list[Path], timeout: float | None, work: Path, user: Path, pdfa: bool
) -> tuple[list[Path | None], str]:
    """The PDFs of ``documents`` (None for a document that got none), made in the scratch
    folder ``work`` with the profile ``user``, ``BATCH`` documents per LibreOffice call,
    and LibreOffice's reason for the first one missing ("" when none is)."""
    staged = work / "in"
    staged.mkdir()
    names = []
    for index, document in enumerate(documents):
        name = staged / f"{index}{document.suffix}"
        shutil.copyfile(document, name)
        names.append(name)
    produced: list[Path | None] = []
    reason = ""
    for start in range(0, len(names), BATCH):
        batch = names[start : start + BATCH]
        arguments = [
            f"-env:UserInstallation={user.as_uri()}",
            "--headless",
            "--norestore",
            "--convert-to",
            export_filter(pdfa),
            "--outdir",
            str(work / "out"),
            *[str(n) for n in batch],
        ]
        limit = default_timeout(len(batch)) if timeout is None else timeout
        done = run_soffice(arguments, limit, len(batch))
        for name in batch:
            pdf = work / "out" / f"{name.stem}.pdf"
            if pdf.is_file():
                produced.append(pdf)
            else:
                produced.append(None)
                reason = reason or _reason(done)
    return produced, reason
