"""PDF through LibreOffice: each PDF from its own document, a hung LibreOffice stopped whole."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from docx import Document

from giaoban.errors import GiaobanError
from giaoban.pdf import find_soffice
from tests.conftest import EXAMPLES, run


def pdf_text(path: Path) -> str:
    """The PDF's text without the page numbers that break paragraphs across pages."""
    done = subprocess.run(["pdftotext", str(path), "-"], capture_output=True, text=True, check=True)
    return re.sub(r"^\f?\d+\n", "", done.stdout, flags=re.MULTILINE)


def words(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def body_paragraphs(path: Path) -> list[str]:
    """The .docx's paragraphs outside tables (tables' columns interleave in PDF text)."""
    return [words(p.text) for p in Document(str(path)).paragraphs if words(p.text)]


@pytest.fixture(autouse=True)
def _cache(tmp_path_factory, monkeypatch) -> Path:
    """One cache folder (and so one LibreOffice profile) for this module's tests, not the
    user's."""
    folder = tmp_path_factory.getbasetemp() / "cache"
    monkeypatch.setenv("GIAOBAN_CACHE_DIR", str(folder))
    return folder


@pytest.fixture
def same_names(tmp_path: Path) -> Path:
    """archive/2022/hoi-nghi.yaml and archive/2023/hoi-nghi.yaml: two records of one name."""
    archive = tmp_path / "archive"
    archive.mkdir()
    shutil.copy(EXAMPLES / "giaoban.yaml", archive / "giaoban.yaml")
    for year in ("2022", "2023"):
        (archive / year).mkdir()
        shutil.copy(EXAMPLES / f"nam-song-hau-{year}.yaml", archive / year / "hoi-nghi.yaml")
    return archive


def test_each_pdf_is_made_from_its_own_document(same_names: Path, tmp_path: Path):
    out = tmp_path / "out"
    result = run("export", str(same_names), "-o", str(out), "--pdf", "--jobs", "1")
    assert result.exit_code == 0, result.output
    documents = sorted(out.rglob("*.docx"))
    assert [d.relative_to(out).as_posix() for d in documents] == [
        "2022/hoi-nghi-bien-ban.docx",
        "2022/hoi-nghi-tin-bai.docx",
        "2023/hoi-nghi-bien-ban.docx",
        "2023/hoi-nghi-tin-bai.docx",
        "tong-hop-2022.docx",  # the year summaries are converted too
        "tong-hop-2023.docx",
    ]
    for document in documents:
        text = words(pdf_text(document.with_suffix(".pdf")))
        paragraphs = body_paragraphs(document)
        assert len(paragraphs) >= 3, document
        missing = [p for p in paragraphs if p not in text]
        assert not missing, (document, missing[:3])
    minutes_2022 = words(pdf_text(out / "2022" / "hoi-nghi-bien-ban.pdf"))
    minutes_2023 = words(pdf_text(out / "2023" / "hoi-nghi-bien-ban.pdf"))
    assert "ngày 15 tháng 12 năm 2022" in minutes_2022
    assert "năm 2023" not in minutes_2022.split("Cụm trưởng")[0]
    assert "ngày 15 tháng 12 năm 2022" not in minutes_2023


def test_a_pdf_missing_beside_an_unchanged_document_is_made_again(same_names, tmp_path):
    out = tmp_path / "out"
    assert run("export", str(same_names), "-o", str(out), "--pdf").exit_code == 0
    (out / "2023" / "hoi-nghi-tin-bai.pdf").unlink()
    (out / "tong-hop-2022.pdf").unlink()
    again = run("export", str(same_names), "-o", str(out), "--pdf")
    assert again.exit_code == 0, again.output
    assert (out / "2023" / "hoi-nghi-tin-bai.pdf").is_file()
    assert (out / "tong-hop-2022.pdf").is_file()


def _alive_in_group(group: int) -> list[int]:
    """Processes (zombies aside) whose process group is ``group``, from /proc."""
    alive = []
    for stat in Path("/proc").glob("[0-9]*/stat"):
        try:
            fields = stat.read_text().rsplit(")", 1)[1].split()
        except OSError:
            continue
        if fields[0] != "Z" and int(fields[2]) == group:
            alive.append(int(stat.parent.name))
    return alive


@pytest.mark.skipif(sys.platform != "linux", reason="reads process groups from /proc")
def test_a_hung_libreoffice_is_stopped_with_everything_it_started(examples, tmp_path, monkeypatch):
    # The launcher starts a worker that never answers, as a hung soffice.bin does.
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "soffice").write_text(
        f"#!/bin/sh\necho $$ > {tmp_path}/group\nsleep 300 &\necho $! > {tmp_path}/worker\nwait\n"
    )
    (fake / "soffice").chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake}:/usr/bin:/bin")
    monkeypatch.setenv("GIAOBAN_CACHE_DIR", str(tmp_path / "cache"))
    kept = tmp_path / "cache" / "libreoffice" / "profile" / "user" / "registrymodifications.xcu"
    kept.parent.mkdir(parents=True)
    kept.write_text("<items/>")
    result = run("render", "nam-song-hau-2022.yaml", "-o", "out", "--pdf", "--pdf-timeout", "1")
    assert result.exit_code == 1
    message = result.stderr.strip()
    assert "\n" not in message  # one message, not a traceback
    assert "LibreOffice chưa xong sau 1 giây khi chuyển 2 tài liệu sang PDF" in message
    assert "--pdf-timeout" in message
    group = int((tmp_path / "group").read_text())
    worker = int((tmp_path / "worker").read_text())
    assert worker != group
    assert _alive_in_group(group) == []
    assert (examples / "out" / "nam-song-hau-2022-bien-ban.docx").is_file()  # kept
    assert not list((examples / "out").glob("*.pdf"))
    assert not kept.exists()  # the profile a hung LibreOffice used may be what hangs it


def test_one_profile_is_reused_and_a_second_run_meanwhile_gets_its_own(examples, tmp_path):
    from filelock import FileLock

    from giaoban.pdf import convert_to_pdf
    from giaoban.pdf.libreoffice import shared_profile

    assert run("render", "nam-song-hau-2022.yaml", "-o", "out").exit_code == 0
    minutes = examples / "out" / "nam-song-hau-2022-bien-ban.docx"
    press = examples / "out" / "nam-song-hau-2022-tin-bai.docx"
    profile = shared_profile()
    assert profile is not None and profile.parent.parent == _cache_folder()
    with FileLock(profile.parent / "profile.lock"):  # another run holds the shared profile
        shutil.rmtree(profile, ignore_errors=True)
        convert_to_pdf([minutes])
        assert not profile.exists()
    assert "Lữ Văn Hùng" in pdf_text(minutes.with_suffix(".pdf"))
    convert_to_pdf([press])
    assert (profile / "user" / "registrymodifications.xcu").is_file()  # made by LibreOffice
    marker = profile / "user" / "giaoban-marker"
    marker.write_text("reused")
    (profile / ".lock").write_text("left by a LibreOffice that was killed")
    convert_to_pdf([press])
    assert marker.read_text() == "reused"
    assert "Nam Sông Hậu" in pdf_text(press.with_suffix(".pdf"))


def _cache_folder() -> Path:
    import os

    return Path(os.environ["GIAOBAN_CACHE_DIR"])


@pytest.mark.skipif(sys.platform != "linux", reason="reads process groups from /proc")
def test_export_takes_the_time_limit_too(same_names, tmp_path, monkeypatch):
    fake = tmp_path / "bin"
    fake.mkdir()
    (fake / "soffice").write_text(f"#!/bin/sh\necho $$ > {tmp_path}/group\nexec sleep 300\n")
    (fake / "soffice").chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake}:/usr/bin:/bin")
    out = tmp_path / "out"
    result = run("export", str(same_names), "-o", str(out), "--pdf", "--pdf-timeout", "1")
    assert result.exit_code == 1
    assert "LibreOffice chưa xong sau 1 giây khi chuyển 6 tài liệu sang PDF" in result.stderr
    assert _alive_in_group(int((tmp_path / "group").read_text())) == []
    assert (out / "2023" / "hoi-nghi-bien-ban.docx").is_file()  # the documents are kept


def test_libreoffice_is_found_where_windows_installs_it(tmp_path, monkeypatch):
    monkeypatch.setenv("PATH", str(tmp_path / "empty"))
    program_files = tmp_path / "Program Files"
    monkeypatch.setenv("ProgramFiles", str(program_files))
    monkeypatch.delenv("ProgramW6432", raising=False)
    monkeypatch.delenv("ProgramFiles(x86)", raising=False)
    with pytest.raises(GiaobanError, match="libreoffice-writer-nogui"):
        find_soffice()
    soffice = program_files / "LibreOffice" / "program" / "soffice.exe"
    soffice.parent.mkdir(parents=True)
    soffice.write_bytes(b"")
    assert find_soffice() == str(soffice)


def test_documents_carry_the_records_properties_into_the_pdf(examples):
    import pikepdf

    result = run("render", "nam-song-hau-2022.yaml", "-o", "out", "--pdf")
    assert result.exit_code == 0, result.stderr
    subject = "Hội nghị giao ban Cụm thi đua Nam Sông Hậu năm 2022"
    issuer = "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Bạc Liêu"
    expected = {
        "bien-ban": (f"Biên bản h{subject[1:]}", issuer, "biên bản"),
        "tin-bai": (None, "TTXVN", "tin bài"),  # the headline, checked below
    }
    for kind, (title, author, first_keyword) in expected.items():
        document = examples / "out" / f"nam-song-hau-2022-{kind}.docx"
        core = Document(str(document)).core_properties
        assert core.subject == subject
        assert core.author == author
        assert core.created.isoformat() == "2022-12-14T17:00:00+00:00"  # 15/12/2022 00:00, UTC+7
        keywords = core.keywords.split("; ")
        assert keywords[:5] == [
            first_keyword,
            "hội nghị giao ban",
            "Cụm thi đua Mặt trận các tỉnh Nam Sông Hậu",
            "Bạc Liêu",
            "2022",
        ]
        assert keywords[5:] == [  # then the directives' tags, once each (the record's topics)
            "thi đua",
            "lãnh đạo",
            "phối hợp",
            "nắm tình hình nhân dân",
            "thông tin báo cáo",
            "giám sát",
            "phản biện xã hội",
            "cán bộ",
        ]
        assert len(set(keywords)) == len(keywords)
        if title:
            assert core.title == title
        else:
            assert core.title and core.title != "Tin bài hội nghị (mẫu giaoban)"
            assert core.title in words(pdf_text(document.with_suffix(".pdf")))
        with pikepdf.open(document.with_suffix(".pdf")) as pdf:
            info = pdf.docinfo
            assert str(info["/Title"]) == core.title
            assert str(info["/Subject"]) == subject
            assert str(info["/Author"]) == author
            assert str(info["/Keywords"]) == core.keywords  # not split at every space
            # the meeting's date, as README promises, not the conversion's (s3-trial F9)
            assert str(info["/CreationDate"]) == "D:20221214170000+00'00'"


def test_pdfa_identifies_itself_and_check_says_what_holds(examples):
    import pikepdf

    result = run("render", "nam-song-hau-2022.yaml", "-o", "out", "--only", "minutes", "--pdfa")
    assert result.exit_code == 0, result.stderr
    pdf_path = examples / "out" / "nam-song-hau-2022-bien-ban.pdf"
    with pikepdf.open(pdf_path) as pdf:
        metadata = pdf.open_metadata()
        assert metadata["pdfaid:part"] == "2" and metadata["pdfaid:conformance"] == "B"
        # the meeting's date in the XMP and the information dictionary alike (s3-trial F9)
        assert metadata["xmp:CreateDate"].startswith("2022-12-14T17:00:00")
        assert str(pdf.docinfo["/CreationDate"]).startswith("D:20221214170000")
        assert metadata["pdf:Keywords"] == str(pdf.docinfo["/Keywords"])
        intent = pdf.Root.OutputIntents[0]
        assert intent.S == "/GTS_PDFA1" and "/DestOutputProfile" in intent
    checked = run("check", str(pdf_path))
    assert checked.exit_code == 0, checked.output
    assert "khai báo PDF/A-2B, có output intent «sRGB IEC61966-2.1»" in checked.stdout
    assert "phông chữ đều được nhúng" in checked.stdout
    assert re.search(r"cả \d+ trang khổ A4", checked.stdout)
    assert "không mã hóa" in checked.stdout
    assert "không phải trình kiểm tra PDF/A đầy đủ" in checked.stderr
    plain = run("render", "nam-song-hau-2022.yaml", "-o", "plain", "--only", "minutes", "--pdf")
    assert plain.exit_code == 0
    checked = run("check", "plain/nam-song-hau-2022-bien-ban.pdf")
    assert checked.exit_code == 0 and "không khai báo PDF/A" in checked.stdout


def _bad_pdf(path: Path, *, pdfa_claim: bool = False, encrypt: bool = False) -> Path:
    """One US Letter page in Helvetica, a font the PDF leaves to the reader."""
    import pikepdf

    pdf = pikepdf.new()
    font = pdf.make_indirect(
        pikepdf.Dictionary(
            Type=pikepdf.Name.Font, Subtype=pikepdf.Name.Type1, BaseFont=pikepdf.Name.Helvetica
        )
    )
    content = pdf.make_stream(b"BT /F1 12 Tf 72 720 Td (Bien ban) Tj ET")
    page = pikepdf.Dictionary(
        Type=pikepdf.Name.Page,
        MediaBox=[0, 0, 612, 792],
        Resources=pikepdf.Dictionary(Font=pikepdf.Dictionary(F1=font)),
        Contents=content,
    )
    pdf.pages.append(pikepdf.Page(page))
    if pdfa_claim:
        with pdf.open_metadata() as metadata:
            metadata["pdfaid:part"] = "2"
            metadata["pdfaid:conformance"] = "B"
    encryption = pikepdf.Encryption(owner="chu", user="") if encrypt else False
    pdf.save(path, encryption=encryption)
    return path


def test_check_names_what_a_pdf_lacks(tmp_path):
    bad = _bad_pdf(tmp_path / "xau.pdf", pdfa_claim=True)
    result = run("check", str(bad))
    assert result.exit_code == 1
    assert "Phông chữ: phông «Helvetica» không được nhúng (trang 1)" in result.stdout
    assert "trang 1 khổ 216 x 279 mm, không phải A4" in result.stdout
    assert "khai báo PDF/A nhưng thiếu output intent" in result.stdout
    locked = _bad_pdf(tmp_path / "khoa.pdf", encrypt=True)
    result = run("check", str(locked))
    assert result.exit_code == 1
    assert "Mã hóa: tệp bị mã hóa; hệ thống lưu trữ cần tệp không mã hóa" in result.stdout
    (tmp_path / "rong.pdf").write_bytes(b"not a pdf")
    result = run("check", str(tmp_path / "rong.pdf"))
    assert result.exit_code == 1
    assert "không đọc được tệp PDF" in result.stderr and "Traceback" not in result.stderr


def test_a_resident_converter_is_used_while_it_runs_and_soffice_after(
    examples, tmp_path, monkeypatch
):
    import pikepdf

    from giaoban.pdf import convert_to_pdf
    from giaoban.pdf.resident import running, start_converter

    monkeypatch.setenv("GIAOBAN_CACHE_DIR", str(tmp_path / "cache"))
    assert run("render", "nam-song-hau-2022.yaml", "-o", "out", "--format", "docx").exit_code == 0
    minutes = examples / "out" / "nam-song-hau-2022-bien-ban.docx"
    press = examples / "out" / "nam-song-hau-2022-tin-bai.docx"
    converter = start_converter()
    try:
        assert running().pid == converter.process.pid
        # From now on a one-off soffice would fail: only the converter can make the PDFs.
        broken = tmp_path / "bin"
        broken.mkdir()
        (broken / "soffice").write_text("#!/bin/sh\necho 'not this one' >&2\nexit 1\n")
        (broken / "soffice").chmod(0o755)
        monkeypatch.setenv("PATH", f"{broken}:/usr/bin:/bin")
        assert convert_to_pdf([minutes, press], pdfa=True) == [
            minutes.with_suffix(".pdf"),
            press.with_suffix(".pdf"),
        ]
        for document in (minutes, press):
            text = words(pdf_text(document.with_suffix(".pdf")))
            assert all(p in text for p in body_paragraphs(document))
            with pikepdf.open(document.with_suffix(".pdf")) as pdf:
                assert pdf.open_metadata()["pdfaid:part"] == "2"
                assert "; " in str(pdf.docinfo["/Keywords"])
    finally:
        converter.stop()
    assert running() is None  # its note is gone with it
    with pytest.raises(GiaobanError, match="not this one"):
        convert_to_pdf([minutes])  # back to one soffice call (here the broken one)


def test_the_year_summary_is_dated_by_its_meetings_not_2013(same_names, tmp_path):
    out = tmp_path / "out"
    assert run("export", str(same_names), "-o", str(out), "--year", "2023").exit_code == 0
    core = Document(str(out / "tong-hop-2023.docx")).core_properties
    assert core.title == "Tổng hợp hội nghị năm 2023"
    assert core.created.date().isoformat() == "2023-12-14"
    assert core.keywords == "tổng hợp; hội nghị giao ban; 2023"
    assert core.comments == ""


# A LibreOffice as seen by s3-trial F12: it converts only the files among its first 255
# arguments, says "failed to launch javaldx" on stderr every time, and exits 0; it also
# makes no PDF of a file whose name holds "broken".
_LIMITED_SOFFICE = """#!{python}
import shutil, sys
from pathlib import Path
arguments = sys.argv[1:255]
out = Path(arguments[arguments.index("--outdir") + 1])
out.mkdir(parents=True, exist_ok=True)
for name in arguments[arguments.index("--outdir") + 2:]:
    document = Path(name)
    if "broken" not in document.read_bytes().decode("latin-1"):
        shutil.copyfile("{pdf}", out / (document.stem + ".pdf"))
print("Warning: failed to launch javaldx - java may not function correctly", file=sys.stderr)
"""


@pytest.fixture
def limited_soffice(tmp_path: Path, monkeypatch) -> Path:
    import pikepdf

    fake = tmp_path / "bin"
    fake.mkdir()
    pdf = tmp_path / "one.pdf"
    with pikepdf.new() as document:
        document.add_blank_page()
        document.save(pdf)
    script = fake / "soffice"
    script.write_text(_LIMITED_SOFFICE.format(python=sys.executable, pdf=pdf))
    script.chmod(0o755)
    monkeypatch.setenv("PATH", f"{fake}:/usr/bin:/bin")
    return script


def test_an_archive_of_hundreds_of_documents_gets_every_pdf(limited_soffice, tmp_path):
    from giaoban.pdf import convert_to_pdf

    folder = tmp_path / "docs"
    folder.mkdir()
    documents = []
    for index in range(300):  # 150 records: more than one LibreOffice call converts
        document = folder / f"r{index}-bien-ban.docx"
        document.write_bytes(b"not read by the stand-in")
        documents.append(document)
    converted = convert_to_pdf(documents)
    assert converted == [d.with_suffix(".pdf") for d in documents]
    assert all(p.is_file() for p in converted)


def test_a_document_without_pdf_is_named_and_the_others_written(limited_soffice, tmp_path):
    from giaoban.pdf import convert_to_pdf

    documents = []
    for index in range(5):
        document = tmp_path / f"r{index}.docx"
        document.write_bytes(b"broken" if index == 3 else b"fine")
        documents.append(document)
    with pytest.raises(GiaobanError) as raised:
        convert_to_pdf(documents)
    message = raised.value.message
    assert f"LibreOffice không tạo được PDF cho {documents[3]}" in message
    assert "1 trên 5 tài liệu không có PDF, 4 PDF khác đã được ghi" in message
    assert "javaldx" not in message  # a warning LibreOffice prints every time is no reason
    assert "không nói lý do, mã thoát 0" in message
    assert [d.with_suffix(".pdf").is_file() for d in documents] == [True] * 3 + [False, True]
