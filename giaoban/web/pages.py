"""The minutes' printed pages for the form's preview, through LibreOffice.

A resident LibreOffice (``resident_office.py``, run by the Python that has LibreOffice's
UNO bridge) converts a changed document in a fraction of a second; where there is no
such Python, each preview is one ``convert_to_pdf`` call (LibreOffice's start-up each
time, seconds). Downloads always go through ``convert_to_pdf``: the same PDF as
``giaoban render --pdf``.
"""

from __future__ import annotations

import atexit
import base64
import contextlib
import hashlib
import os
import select
import shutil
import signal
import subprocess
import sys
import tempfile
import threading
from collections import OrderedDict
from pathlib import Path

from giaoban.errors import GiaobanError
from giaoban.messages import msg

RESIDENT = Path(__file__).with_name("resident_office.py")
START_SECONDS = 90.0  # LibreOffice's first start on a busy machine
CONVERT_SECONDS = 60.0


class Pages:
    """PDF and page images of .docx documents, one conversion at a time, the last few
    kept by content."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pdfs: OrderedDict[tuple[str, bytes], bytes] = OrderedDict()
        self._resident: subprocess.Popen[str] | None = None
        self._resident_failed = False
        self._scratch: tempfile.TemporaryDirectory[str] | None = None

    def available(self) -> bool:
        """Whether LibreOffice is installed (else the preview shows the text only)."""
        return bool(shutil.which("soffice") or shutil.which("libreoffice"))

    def pdf(self, docx: bytes) -> bytes:
        """The PDF ``giaoban render --pdf`` makes of ``docx`` (for downloads)."""
        return self._cached("render", docx, self._converted)

    def images(self, docx: bytes) -> list[str]:
        """Each page as a data: URL (PNG, 60 dpi); the PDF itself when pdftoppm is missing."""
        pdf = self._cached("preview", docx, self._preview)
        pdftoppm = shutil.which("pdftoppm")
        if pdftoppm is None:
            return ["data:application/pdf;base64," + base64.b64encode(pdf).decode()]
        with tempfile.TemporaryDirectory(prefix="giaoban-pages-") as scratch:
            source = Path(scratch) / "bien-ban.pdf"
            source.write_bytes(pdf)
            subprocess.run(
                [pdftoppm, "-png", "-r", "60", str(source), str(Path(scratch) / "trang")],
                check=True,
                capture_output=True,
                timeout=60,
            )
            return [
                "data:image/png;base64," + base64.b64encode(png.read_bytes()).decode()
                for png in sorted(Path(scratch).glob("trang*.png"))
            ]

    def close(self) -> None:
        """Stop the resident LibreOffice, if one was started."""
        with self._lock:
            process, self._resident = self._resident, None
            if process is not None:
                with contextlib.suppress(OSError):
                    process.stdin.close()  # type: ignore[union-attr]
                try:
                    process.wait(timeout=20)
                except subprocess.TimeoutExpired:
                    with contextlib.suppress(ProcessLookupError, PermissionError):
                        os.killpg(process.pid, signal.SIGKILL)
                    process.wait()
            if self._scratch is not None:
                self._scratch.cleanup()
                self._scratch = None

    # --- internals ------------------------------------------------------------------------

    def _cached(self, kind: str, docx: bytes, make: object) -> bytes:
        key = (kind, hashlib.sha256(docx).digest())
        with self._lock:
            if key not in self._pdfs:
                self._pdfs[key] = make(docx)  # type: ignore[operator]
                while len(self._pdfs) > 8:
                    self._pdfs.popitem(last=False)
            self._pdfs.move_to_end(key)
            return self._pdfs[key]

    def _converted(self, docx: bytes) -> bytes:
        from giaoban.pdf import convert_to_pdf

        with tempfile.TemporaryDirectory(prefix="giaoban-serve-") as scratch:
            document = Path(scratch) / "bien-ban.docx"
            document.write_bytes(docx)
            (converted,) = convert_to_pdf([document], timeout=120)
            return converted.read_bytes()

    def _preview(self, docx: bytes) -> bytes:
        process = self._resident_office()
        if process is None:
            return self._converted(docx)
        assert self._scratch is not None
        folder = Path(self._scratch.name)
        source, target = folder / "preview.docx", folder / "preview.pdf"
        source.write_bytes(docx)
        target.unlink(missing_ok=True)
        try:
            process.stdin.write(f"{source}\t{target}\n")  # type: ignore[union-attr]
            process.stdin.flush()  # type: ignore[union-attr]
            answer = _read_line(process, CONVERT_SECONDS)
        except (OSError, TimeoutError, GiaobanError):
            answer = None
        if answer != "ok" or not target.is_file():
            self._stop_resident()  # a hung or broken LibreOffice: start afresh next time
            return self._converted(docx)
        return target.read_bytes()

    def _resident_office(self) -> subprocess.Popen[str] | None:
        """The resident LibreOffice, started now if needed; None where it cannot run."""
        if self._resident is not None and self._resident.poll() is None:
            return self._resident
        if self._resident_failed or sys.platform == "win32" or not self.available():
            return None
        python = _python_with_uno()
        if python is None:
            self._resident_failed = True
            return None
        self._scratch = self._scratch or tempfile.TemporaryDirectory(prefix="giaoban-office-")
        profile = Path(self._scratch.name) / "profile"
        process = subprocess.Popen(
            [python, str(RESIDENT), str(profile)],
            stdin=subprocess.PIPE,
            stdout=subprocess.PIPE,
            stderr=subprocess.DEVNULL,
            text=True,
            start_new_session=True,  # its LibreOffice is killed with it, never left behind
        )
        try:
            ready = _read_line(process, START_SECONDS) == "ready"
        except TimeoutError:
            ready = False
        if not ready:
            self._resident = process
            self._stop_resident()
            self._resident_failed = True
            return None
        self._resident = process
        atexit.register(self.close)  # also when the server is not stopped by its lifespan
        return process

    def _stop_resident(self) -> None:
        process, self._resident = self._resident, None
        if process is not None:
            with contextlib.suppress(ProcessLookupError, PermissionError):
                os.killpg(process.pid, signal.SIGKILL)
            process.wait()


def _read_line(process: subprocess.Popen[str], seconds: float) -> str:
    """One line of the resident's answer; TimeoutError after ``seconds``."""
    stream = process.stdout
    assert stream is not None
    ready, _, _ = select.select([stream], [], [], seconds)
    if not ready:
        raise TimeoutError
    line = stream.readline()
    if not line:
        raise GiaobanError(msg("pdf_failed", error="LibreOffice"))
    return line.strip()


def _python_with_uno() -> str | None:
    """A Python that imports ``uno`` (Debian's python3-uno lives in the system Python)."""
    candidates = [sys.executable, getattr(sys, "_base_executable", ""), "/usr/bin/python3"]
    for candidate in dict.fromkeys(c for c in candidates if c and Path(c).exists()):
        try:
            done = subprocess.run(
                [candidate, "-c", "import uno"], capture_output=True, timeout=30, check=False
            )
        except (OSError, subprocess.TimeoutExpired):
            continue
        if done.returncode == 0:
            return candidate
    return None
