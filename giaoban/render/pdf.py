"""PDF through LibreOffice: every document of a run in one ``soffice`` call."""

from __future__ import annotations

import os
import shutil
import subprocess
import tempfile
from pathlib import Path

from giaoban.errors import GiaobanError
from giaoban.messages import msg


def find_soffice() -> str:
    """The LibreOffice executable; GiaobanError saying how to install it when missing."""
    for name in ("soffice", "libreoffice"):
        found = shutil.which(name)
        if found:
            return found
    raise GiaobanError(msg("no_soffice"))


def convert_to_pdf(documents: list[Path], timeout: float = 600) -> list[Path]:
    """Convert ``documents`` to PDF beside them, atomically, in one LibreOffice run."""
    if not documents:
        return []
    soffice = find_soffice()
    converted: list[Path] = []
    with tempfile.TemporaryDirectory(prefix="giaoban-pdf-") as scratch:
        work = Path(scratch)
        profile = work / "profile"  # a private profile: no clash with an open LibreOffice
        command = [
            soffice,
            f"-env:UserInstallation=file://{profile}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(work),
            *[str(d) for d in documents],
        ]
        try:
            done = subprocess.run(command, capture_output=True, text=True, timeout=timeout)
        except subprocess.TimeoutExpired:
            raise GiaobanError(msg("pdf_failed", error=f"timeout {timeout:.0f} s")) from None
        for document in documents:
            produced = work / (document.stem + ".pdf")
            if not produced.is_file():
                detail = (done.stderr or done.stdout).strip().splitlines()[-1:] or ["?"]
                raise GiaobanError(msg("pdf_failed", error=f"{document.name}: {detail[0]}"))
            target = document.with_suffix(".pdf")
            temporary = target.with_name(f".{target.name}.tmp")
            shutil.copyfile(produced, temporary)
            os.replace(temporary, target)
            converted.append(target)
    return converted
