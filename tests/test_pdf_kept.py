"""A PDF replaced by hand or signed since giaoban wrote it is kept, as a .docx is: by
``render --pdf`` and ``export --pdf``, unless ``--force`` (a signed PDF is the original,
Nghị định 30/2020 Điều 5; replacing it would lose the signatures). LibreOffice is stood
in for by a small program that writes one blank PDF page per document: what is tested
is where the PDFs go, not how they look (tests/test_pdf.py converts for real)."""

from __future__ import annotations

import shutil
import sys
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, run

FAKE_SOFFICE = """#!{python}
import sys
from pathlib import Path

import pikepdf

arguments = sys.argv[1:]
out = Path(arguments[arguments.index("--outdir") + 1])
out.mkdir(parents=True, exist_ok=True)
for name in arguments:
    if name.endswith(".docx"):
        pdf = pikepdf.new()
        pdf.add_blank_page(page_size=(595, 842))
        pdf.save(out / (Path(name).stem + ".pdf"))
"""
# what `giaoban sign` appends: an incremental update with a signature dictionary
SIGNATURE = b"\n% a signature\n1000 0 obj << /Type /Sig /ByteRange [0 1 2 3] >> endobj\n"


@pytest.fixture
def records(tmp_path: Path, monkeypatch) -> Path:
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "soffice").write_text(FAKE_SOFFICE.format(python=sys.executable), encoding="utf-8")
    (fake / "soffice").chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake}:/usr/bin:/bin")
    monkeypatch.setenv("GIAOBAN_CACHE_DIR", str(tmp_path / "cache"))
    folder = tmp_path / "hoso"
    folder.mkdir()
    for name in ("giaoban.yaml", "nam-song-hau-2022.yaml"):
        shutil.copy(EXAMPLES / name, folder / name)
    monkeypatch.chdir(folder)
    return folder


def test_render_keeps_a_signed_pdf_and_a_replaced_one_unless_forced(records: Path):
    args = ("render", "nam-song-hau-2022.yaml", "-o", "out", "--pdf", "--only", "minutes")
    assert run(*args).exit_code == 0
    pdf = records / "out" / "nam-song-hau-2022-bien-ban.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    assert run(*args).exit_code == 0  # its own PDF: replaced without a word
    signed = pdf.read_bytes() + SIGNATURE
    pdf.write_bytes(signed)
    result = run(*args)
    assert result.exit_code == 1
    assert (
        "giữ nguyên out/nam-song-hau-2022-bien-ban.pdf: tệp PDF đã được ký số sau khi giaoban "
        "ghi, ghi đè sẽ làm mất chữ ký"
    ) in result.stderr
    assert pdf.read_bytes() == signed  # untouched
    assert (records / "out" / "nam-song-hau-2022-bien-ban.docx").is_file()
    # a PDF put there by hand (not signed): the message for an edited document
    pdf.write_bytes(b"%PDF-1.7 scanned copy")
    result = run(*args)
    assert result.exit_code == 1
    assert "giữ nguyên out/nam-song-hau-2022-bien-ban.pdf: tệp đã có và không phải" in (
        result.stderr
    )
    assert pdf.read_bytes() == b"%PDF-1.7 scanned copy"
    result = run(*args, "--force")
    assert result.exit_code == 0, result.output
    assert pdf.read_bytes() != b"%PDF-1.7 scanned copy"


def test_export_keeps_a_signed_pdf_unless_forced(records: Path):
    args = ("export", ".", "-o", "out", "--pdf", "--jobs", "1")
    assert run(*args).exit_code == 0
    pdf = records / "out" / "nam-song-hau-2022-bien-ban.pdf"
    signed = pdf.read_bytes() + SIGNATURE
    pdf.write_bytes(signed)
    # the record changes: its documents are made again, their PDFs too, but not this one
    # (a change the documents show: documents rendered to the same bytes are not rewritten)
    record = records / "nam-song-hau-2022.yaml"
    title = "title: Hội nghị giao ban Cụm thi đua Nam Sông Hậu\n"
    text = record.read_text(encoding="utf-8")
    assert title in text
    record.write_text(text.replace(title, title[:-1] + " mở rộng\n", 1), encoding="utf-8")
    result = run(*args)
    assert "giữ nguyên nam-song-hau-2022-bien-ban.pdf: tệp PDF đã được ký số" in result.stderr
    # a PDF is a document, not a record: counted apart from the records (s3-trial F26)
    assert "Ngoài ra 1 tệp khác (bản tổng hợp năm, PDF) được giữ nguyên" in result.stdout
    assert pdf.read_bytes() == signed
    assert (records / "out" / "nam-song-hau-2022-tin-bai.pdf").read_bytes() != signed
    result = run(*args, "--force")
    assert "giữ nguyên" not in result.stderr
    assert pdf.read_bytes() != signed


def test_a_pdf_signed_with_giaoban_sign_is_kept(records: Path):
    from tests import pki

    args = ("render", "nam-song-hau-2022.yaml", "-o", "out", "--pdf", "--only", "minutes")
    assert run(*args).exit_code == 0
    root = pki.make_root()
    cert = pki.write_p12(records / "thu-ky.p12", pki.issue(root, "Thư ký"), root)
    pdf = records / "out" / "nam-song-hau-2022-bien-ban.pdf"
    signing = ("sign", str(pdf), "--cert", str(cert), "--invisible")
    assert run(*signing, env={"GIAOBAN_PASSWORD": pki.PASSWORD}).exit_code == 0
    signed = pdf.read_bytes()
    result = run(*args)
    assert result.exit_code == 1
    assert "tệp PDF đã được ký số sau khi giaoban ghi" in result.stderr
    assert pdf.read_bytes() == signed
