"""s4-trial F83: after the secretary edited the biên bản in Word, `export --pdf` kept her
.docx (good) but left the PDF beside it, made before her edit, without a word: the PDF
sent to e-office or signed would lack her corrections. Now the kept-.docx line says so."""

from __future__ import annotations

import os
import shutil

from docx import Document

from tests.conftest import EXAMPLE_2022, EXAMPLES, run


def test_a_kept_docx_names_the_older_pdf_beside_it(tmp_path):
    folder = tmp_path / "ep2"
    folder.mkdir()
    shutil.copy(EXAMPLES / "giaoban.yaml", folder)
    shutil.copy(EXAMPLES / EXAMPLE_2022, folder / "r.yaml")
    out = tmp_path / "out"
    assert run("export", str(folder), "-o", str(out)).exit_code == 0
    docx = out / "r-bien-ban.docx"
    pdf = out / "r-bien-ban.pdf"
    pdf.write_bytes(b"%PDF-1.4 made from the .docx as giaoban wrote it\n")
    os.utime(pdf, (docx.stat().st_mtime - 60,) * 2)
    document = Document(str(docx))
    document.add_paragraph("GHI CHÚ TAY CỦA THƯ KÝ")
    document.save(str(docx))
    result = run("export", str(folder), "-o", str(out))
    assert "giữ nguyên r-bien-ban.docx" in result.output
    assert "r-bien-ban.pdf" in result.output and "sửa tay" in result.output
    rendered = run("render", str(folder / "r.yaml"), "-o", str(out))
    assert "r-bien-ban.pdf" in rendered.output
    # a PDF made after the edit (saved from Word) is not called stale
    os.utime(pdf, (docx.stat().st_mtime + 60,) * 2)
    assert "r-bien-ban.pdf" not in run("export", str(folder), "-o", str(out)).output
