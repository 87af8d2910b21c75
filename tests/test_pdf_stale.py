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


def _fake_pdfs(monkeypatch):
    """LibreOffice stood in for: each PDF names the .docx bytes it was made from, and the
    moment (as LibreOffice's CreationDate differs each run). The calls are kept."""
    import hashlib
    import time

    import giaoban.pdf

    calls: list[list[str]] = []

    def pdf_documents(documents, timeout=None, *, pdfa=False):
        calls.append([d.name for d in documents])
        return {
            d.with_suffix(".pdf"): b"%PDF-1.4 "
            + hashlib.sha256(d.read_bytes()).hexdigest().encode()
            + f" {time.time_ns()}\n".encode()
            for d in documents
        }

    monkeypatch.setattr(giaoban.pdf, "pdf_documents", pdf_documents)
    return calls


def _made_from(pdf, docx) -> bool:
    import hashlib

    return hashlib.sha256(docx.read_bytes()).hexdigest().encode() in pdf.read_bytes()


def _edit_by_hand(docx) -> None:
    document = Document(str(docx))
    document.add_paragraph("GHI CHÚ TAY CỦA THƯ KÝ")
    document.save(str(docx))
    earlier = docx.stat().st_mtime - 60  # the PDF was made a minute before the edit
    os.utime(docx.with_suffix(".pdf"), (earlier, earlier))


def test_export_pdf_remakes_the_pdf_of_a_hand_edited_docx_and_nothing_else(tmp_path, monkeypatch):
    """F83's rest: the PDF of the kept biên bản is made from her edited .docx (the
    document she means to send or sign); the press report's PDF, whose .docx is the
    same, is not rewritten, on that run nor on the next ones (docs/guarantees.md: a
    re-run with nothing changed writes nothing)."""
    calls = _fake_pdfs(monkeypatch)
    folder = tmp_path / "ep2"
    folder.mkdir()
    shutil.copy(EXAMPLES / "giaoban.yaml", folder)
    shutil.copy(EXAMPLES / EXAMPLE_2022, folder / "r.yaml")
    out = tmp_path / "out"
    assert run("export", str(folder), "-o", str(out), "--pdf").exit_code == 0
    assert {"r-bien-ban.docx", "r-tin-bai.docx"} <= set(calls[-1])
    press_pdf = (out / "r-tin-bai.pdf").read_bytes()
    docx, pdf = out / "r-bien-ban.docx", out / "r-bien-ban.pdf"
    _edit_by_hand(docx)
    result = run("export", str(folder), "-o", str(out), "--pdf")
    assert "giữ nguyên r-bien-ban.docx" in result.output
    assert calls[-1] == ["r-bien-ban.docx"]
    assert _made_from(pdf, docx)
    assert "r-bien-ban.pdf từ r-bien-ban.docx đã sửa tay" in result.output
    assert "không có phần sửa đó" not in result.output  # not stale any more
    assert (out / "r-tin-bai.pdf").read_bytes() == press_pdf
    assert "đã ghi r-tin-bai.pdf" not in result.output
    made = len(calls)
    again = run("export", str(folder), "-o", str(out), "--pdf")
    assert "đã ghi" not in again.output, again.output
    assert all(not call for call in calls[made:])
    assert (out / "r-tin-bai.pdf").read_bytes() == press_pdf and _made_from(pdf, docx)


def test_render_pdf_makes_the_pdf_of_a_kept_docx_from_it(tmp_path, monkeypatch):
    _fake_pdfs(monkeypatch)
    shutil.copy(EXAMPLES / "giaoban.yaml", tmp_path)
    record = shutil.copy(EXAMPLES / EXAMPLE_2022, tmp_path / "r.yaml")
    out = tmp_path / "out"
    assert run("render", str(record), "-o", str(out), "--pdf").exit_code == 0
    docx, pdf = out / "r-bien-ban.docx", out / "r-bien-ban.pdf"
    _edit_by_hand(docx)
    result = run("render", str(record), "-o", str(out), "--pdf")
    assert "giữ nguyên" in result.output and _made_from(pdf, docx)
    assert f"đã ghi {pdf} từ {docx} đã sửa tay" in result.output
    assert "không có phần sửa đó" not in result.output
