"""The minutes' printed pages for the form's preview, through LibreOffice.

Every PDF is made by ``convert_to_pdf``, as ``giaoban render --pdf`` makes it. While the
server runs it keeps a resident converter (``giaoban.pdf.resident``: LibreOffice kept
running, a change laid out in a fraction of a second instead of LibreOffice's start-up
each time), started when the pages are first asked for, unless one already runs
(``giaoban pdf-server``); where it cannot start (no ``uno`` bridge), each conversion
starts LibreOffice as before. Only this user's account can reach it (s4-trial F100).
"""

from __future__ import annotations

import base64
import hashlib
import shutil
import subprocess
import tempfile
import threading
from collections import OrderedDict
from pathlib import Path

from giaoban.errors import GiaobanError


class Pages:
    """PDF and page images of .docx documents, one conversion at a time, the last few
    kept by content."""

    def __init__(self) -> None:
        self._lock = threading.Lock()
        self._pdfs: OrderedDict[bytes, bytes] = OrderedDict()
        self._converter: object | None = None
        self._converter_failed = False

    def available(self) -> bool:
        """Whether LibreOffice is installed (else the preview shows the text only)."""
        return bool(shutil.which("soffice") or shutil.which("libreoffice"))

    def pdf(self, docx: bytes) -> bytes:
        """The PDF of ``docx``, as ``giaoban render --pdf`` makes it."""
        key = hashlib.sha256(docx).digest()
        with self._lock:
            if key not in self._pdfs:
                self._pdfs[key] = self._converted(docx)
                while len(self._pdfs) > 8:
                    self._pdfs.popitem(last=False)
            self._pdfs.move_to_end(key)
            return self._pdfs[key]

    def images(self, docx: bytes) -> list[str]:
        """Each page as a data: URL (PNG, 60 dpi); the PDF itself when pdftoppm is missing."""
        with self._lock:
            self._start_converter()
        pdf = self.pdf(docx)
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

    @property
    def converter(self) -> object | None:
        """The resident converter this server started, if any."""
        return self._converter

    def close(self) -> None:
        """Stop the resident converter this server started (and its LibreOffice)."""
        with self._lock:
            converter, self._converter = self._converter, None
        if converter is not None:
            converter.stop()  # type: ignore[attr-defined]

    def _start_converter(self) -> None:
        from giaoban.pdf.resident import running, start_converter

        if self._converter is not None or self._converter_failed or not self.available():
            return
        if running() is not None:  # a `giaoban pdf-server` already serves
            return
        try:
            self._converter = start_converter()
        except GiaobanError:  # no uno bridge: LibreOffice per conversion
            self._converter_failed = True
            return
        import atexit

        atexit.register(self.close)  # also when the server is not stopped by its lifespan

    def _converted(self, docx: bytes) -> bytes:
        from giaoban.pdf import convert_to_pdf

        with tempfile.TemporaryDirectory(prefix="giaoban-serve-") as scratch:
            document = Path(scratch) / "bien-ban.docx"
            document.write_bytes(docx)
            (converted,) = convert_to_pdf([document], timeout=120)
            return converted.read_bytes()
