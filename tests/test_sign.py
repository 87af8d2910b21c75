"""giaoban sign / verify (issue 14): PAdES signatures where Nghị định 30/2020 puts them.

Every certificate is made here (tests/pki.py); the minutes are the 2023 example rendered
to PDF by LibreOffice, once for the module (default template) and once with a secretary's
own template.
"""

from __future__ import annotations

import re
import shutil
import subprocess
from pathlib import Path

import pytest
from pyhanko.pdf_utils.reader import PdfFileReader

from giaoban.sign.blocks import Box, find_blocks
from tests import pki
from tests.conftest import EXAMPLES, run

RECORD = "nam-song-hau-2023.yaml"  # has a secretary and a presiding signer (names printed)
MINUTES = "nam-song-hau-2023-bien-ban.pdf"
ENV = {"GIAOBAN_PASSWORD": pki.PASSWORD}


@pytest.fixture(scope="module")
def material(tmp_path_factory) -> dict[str, Path]:
    """Keys, images and the rendered minutes (default and own template), made once."""
    folder = tmp_path_factory.mktemp("sign")
    root = pki.make_root()
    made = {"root": pki.write_pem(folder / "root.pem", root)}
    for name, common in [
        ("secretary", "Phạm Ngọc Ân"),
        ("chair", "Trần Văn Phước"),
        ("organisation", "Ủy ban MTTQ Việt Nam tỉnh Cà Mau"),
    ]:
        made[name] = pki.write_p12(folder / f"{name}.p12", pki.issue(root, common), root)
    made["expired"] = pki.write_p12(
        folder / "expired.p12", pki.issue(root, "Hết Hạn", expired=True), root
    )
    other_root = pki.make_root("another root")
    made["other_root"] = pki.write_pem(folder / "other-root.pem", other_root)
    made["image"] = pki.signature_png(folder / "chu-ky.png")
    made["seal"] = pki.seal_png(folder / "con-dau.png")
    out = folder / "out"
    result = run("render", str(EXAMPLES / RECORD), "-o", str(out), "--pdf", "--only", "minutes")
    assert result.exit_code == 0, result.output
    made["minutes"] = out / MINUTES
    # a secretary's own template: two more lines before the signatures, smaller titles
    mine = folder / "mine"
    assert run("templates", "copy", str(mine)).exit_code == 0
    _edit_own_template(mine / "bien-ban.docx")
    own = folder / "own"
    result = run(
        "render", str(EXAMPLES / RECORD), "-o", str(own), "--pdf", "--only", "minutes",
        "--templates", str(mine),
    )  # fmt: skip
    assert result.exit_code == 0, result.output
    made["own"] = own / MINUTES
    return made


def _edit_own_template(path: Path) -> None:
    from docx import Document
    from docx.shared import Pt

    document = Document(str(path))
    table = document.tables[-1]
    anchor = table._tbl
    for text in ("Biên bản lập thành 02 bản, có giá trị như nhau.", "(Đã được thông qua)"):
        paragraph = document.add_paragraph(text)
        anchor.addprevious(paragraph._p)
    for cell in table.rows[0].cells:
        for run_ in cell.paragraphs[0].runs:
            run_.font.size = Pt(13)
    document.save(str(path))


@pytest.fixture
def minutes(material, tmp_path: Path) -> Path:
    target = tmp_path / "bien-ban.pdf"
    shutil.copyfile(material["minutes"], target)
    return target


def sign(pdf: Path, cert: Path, *extra: str, env: dict[str, str] | None = None):
    return run("sign", str(pdf), "--cert", str(cert), *extra, env=ENV if env is None else env)


def _poppler_lines(pdf: Path, page: int) -> tuple[float, list[tuple[str, Box]]]:
    """Text lines of ``page`` (1-based) as poppler sees them, in PDF coordinates."""
    xhtml = subprocess.run(
        ["pdftotext", "-bbox-layout", "-f", str(page), "-l", str(page), str(pdf), "-"],
        capture_output=True, text=True, check=True,
    ).stdout  # fmt: skip
    height = float(re.search(r'<page width="[\d.]+" height="([\d.]+)"', xhtml).group(1))
    lines = []
    for match in re.finditer(r'<line xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)" '
                             r'yMax="([\d.]+)">(.*?)</line>', xhtml, re.S):  # fmt: skip
        x0, top, x1, bottom = (float(v) for v in match.groups()[:4])
        words = " ".join(re.findall(r">([^<]+)</word>", match.group(5)))
        lines.append((words, Box(x0, height - bottom, x1, height - top)))
    return height, lines


def _signature_widgets(pdf: Path) -> list[tuple[int, object]]:
    """Each signature's widget annotation, with its page (0-based), read back from the file."""
    import io

    found = []
    reader = PdfFileReader(io.BytesIO(pdf.read_bytes()))  # in memory: read lazily later
    for number in range(int(reader.root["/Pages"]["/Count"])):
        page = reader.find_page_for_modification(number)[0].get_object()
        for annot in page.get("/Annots", []):
            annot = annot.get_object()
            if annot.get("/FT") == "/Sig":
                found.append((number, annot))
    return found


def _appearance_fonts(pdf: Path) -> tuple[int, list[str]]:
    """How many signature appearances, and the fonts they use (none: nothing to embed)."""
    fonts = []
    widgets = _signature_widgets(pdf)
    for _, annot in widgets:
        resources = annot["/AP"]["/N"].get_object().get("/Resources", {})
        fonts += list(resources.get("/Font", {}))
    return len(widgets), fonts


def _widgets(pdf: Path) -> dict[str, tuple[int, Box]]:
    """Each signature field's page (0-based) and /Rect."""
    return {
        str(annot["/T"]): (number, Box(*(float(v) for v in annot["/Rect"])))
        for number, annot in _signature_widgets(pdf)
    }


def _block_from_poppler(pdf: Path, title: str, name: str) -> tuple[int, Box, float]:
    """The blank space between ``title`` and ``name`` in the title's column, by poppler;
    returns the page (0-based), that box and the title's centre."""
    for page in range(4, 0, -1):
        _, lines = _poppler_lines(pdf, page)
        titles = {text: box for text, box in lines if text in ("THƯ KÝ", "CHỦ TRÌ")}
        if title in titles:
            box = titles[title]
            centres = sorted((b.x0 + b.x1) / 2 for b in titles.values())
            middle = sum(centres) / 2
            below = [b for text, b in lines if text == name]
            assert below, f"{name} not under {title}"
            left = min(b.x0 for _, b in lines)  # the text's left margin
            column = (
                (left, middle) if (box.x0 + box.x1) / 2 < middle else (middle, 2 * middle - left)
            )
            return page - 1, Box(column[0], below[0].y1, column[1], box.y0), (box.x0 + box.x1) / 2
    raise AssertionError(f"{title} not found")


def test_blocks_found_in_the_rendered_minutes(material):
    blocks = find_blocks(material["minutes"])
    assert [b.role for b in blocks] == ["thu-ky", "chu-tri"]
    assert {b.page for b in blocks} == {3}  # the last of four pages
    secretary, chair = blocks
    assert secretary.area.x1 <= chair.area.x0 + 0.01  # two columns side by side
    assert 40 < secretary.area.height < 80  # four blank lines of 13 pt


def test_two_signers_then_verify(material, minutes):
    first = sign(minutes, material["secretary"], "--image", str(material["image"]))
    assert first.exit_code == 0, first.output
    assert "giaoban-thu-ky" in first.output
    second = sign(minutes, material["chair"], "--image", str(material["image"]))
    assert second.exit_code == 0, second.output
    assert "giaoban-chu-tri" in second.output
    result = run("verify", str(minutes), "--trust", str(material["root"]))
    assert result.exit_code == 0, result.output
    assert "Phạm Ngọc Ân" in result.output and "Trần Văn Phước" in result.output
    assert result.output.count("nguyên vẹn từ khi ký") == 2
    assert result.output.count("dẫn tới gốc tin cậy") == 2
    assert re.search(r"thời điểm ký: \d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\+07:00", result.output)
    assert "CRL/OCSP" in result.output and "TSA" in result.output  # said, not passed over
    assert "2 chữ ký hợp lệ" in result.output
    # the first revision is still there, byte for byte, under the two updates
    original = material["minutes"].read_bytes()
    assert minutes.read_bytes().startswith(original)


def test_visible_signatures_lie_in_their_blocks(material, minutes):
    assert sign(minutes, material["secretary"], "--image", str(material["image"])).exit_code == 0
    assert sign(minutes, material["chair"], "--image", str(material["image"])).exit_code == 0
    widgets = _widgets(minutes)
    for field, title, name in [
        ("giaoban-thu-ky", "THƯ KÝ", "Phạm Ngọc Ân"),
        ("giaoban-chu-tri", "CHỦ TRÌ", "Trần Văn Phước"),
    ]:
        page, block, centre = _block_from_poppler(material["minutes"], title, name)
        widget_page, rect = widgets[field]
        assert widget_page == page
        assert block.contains(rect), (field, rect, block)
        assert abs((rect.x0 + rect.x1) / 2 - centre) < 1.0  # centred under the title
        assert rect.height > 30  # room for a signature, not a sliver
    assert _appearance_fonts(minutes) == (2, [])  # the time is a picture: PDF/A needs no font


def test_own_template_is_found_too(material, tmp_path):
    pdf = tmp_path / "own.pdf"
    shutil.copyfile(material["own"], pdf)
    default_blocks = find_blocks(material["minutes"])
    own_blocks = find_blocks(pdf)
    assert [b.role for b in own_blocks] == ["thu-ky", "chu-tri"]
    assert own_blocks[0].area != default_blocks[0].area  # the page moved: found, not assumed
    chair = ("--image", str(material["image"]), "--role", "chu-tri")
    assert sign(pdf, material["chair"], *chair).exit_code == 0
    page, block, _ = _block_from_poppler(material["own"], "CHỦ TRÌ", "Trần Văn Phước")
    widget_page, rect = _widgets(pdf)["giaoban-chu-tri"]
    assert widget_page == page and block.contains(rect)


def test_seal_covers_the_left_third_of_the_signature(material, minutes):
    chair = ("--image", str(material["image"]), "--role", "chu-tri")
    assert sign(minutes, material["chair"], *chair).exit_code == 0
    result = sign(minutes, material["organisation"], "--seal", str(material["seal"]))
    assert result.exit_code == 0, result.output  # the seal goes with CHỦ TRÌ by itself
    widgets = _widgets(minutes)
    _, signature = widgets["giaoban-chu-tri"]
    _, seal = widgets["giaoban-chu-tri-con-dau"]
    assert abs(seal.width - 35 * 72 / 25.4) < 0.5  # real size: 400 px at 290 dpi
    assert seal.x0 < signature.x0 + signature.width / 2  # on the left
    middle_signature = (signature.y0 + signature.y1) / 2
    assert seal.y0 < middle_signature < seal.y1
    verified = run("verify", str(minutes), "--trust", str(material["root"]))
    assert verified.exit_code == 0, verified.output
    assert "Ủy ban MTTQ Việt Nam tỉnh Cà Mau" in verified.output


def test_changed_byte_fails_verification(material, minutes):
    assert sign(minutes, material["secretary"], "--image", str(material["image"])).exit_code == 0
    data = bytearray(minutes.read_bytes())
    where = data.index(b"/Producer")  # in the signed revision, outside any stream
    data[where + 1] = ord("p")
    minutes.write_bytes(bytes(data))
    result = run("verify", str(minutes), "--trust", str(material["root"]))
    assert result.exit_code == 1
    assert "nội dung đã bị thay đổi sau khi ký" in result.output
    assert "không đạt" in result.output


def test_content_added_after_signing_fails(material, minutes):
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.stamp import TextStamp, TextStampStyle

    assert sign(minutes, material["secretary"], "--image", str(material["image"])).exit_code == 0
    with minutes.open("r+b") as stream:
        writer = IncrementalPdfFileWriter(stream)
        TextStamp(writer, TextStampStyle(stamp_text="them chu")).apply(0, 100, 100)
        writer.write_in_place()
    result = run("verify", str(minutes), "--trust", str(material["root"]))
    assert result.exit_code == 1
    assert "thêm thay đổi khác ngoài các chữ ký sau" in result.output


def test_untrusted_root_fails(material, minutes):
    assert sign(minutes, material["secretary"], "--invisible").exit_code == 0
    assert not _widgets(minutes) or all(r.width == 0 for _, r in _widgets(minutes).values())
    result = run("verify", str(minutes), "--trust", str(material["other_root"]))
    assert result.exit_code == 1
    assert "không dẫn tới gốc tin cậy" in result.output
    trusted = run("verify", str(minutes), "--trust", str(material["root"]))
    assert trusted.exit_code == 0, trusted.output
    no_root = run("verify", str(minutes))
    assert no_root.exit_code == 1
    assert "--trust GỐC.pem" in no_root.output


def test_unsigned_pdf_is_not_valid(material):
    result = run("verify", str(material["minutes"]), "--trust", str(material["root"]))
    assert result.exit_code == 1
    assert "không có chữ ký số nào" in result.output


def _foreign_pdf(path: Path) -> Path:
    from PIL import Image

    Image.new("RGB", (200, 280), "white").save(path)  # a PDF with no text at all
    return path


@pytest.mark.parametrize(
    ("case", "vietnamese", "english"),
    [
        ("wrong password", "sai mật khẩu của tệp chứng thư số", "wrong password"),
        ("missing certificate", "không tìm thấy tệp chứng thư số", "(.p12) not found"),
        ("expired certificate", "đã hết hạn ngày", "expired on"),
        ("not giaoban's", "không tìm thấy khối chữ ký", "no signature block"),
        ("not a certificate", "không phải tệp chứng thư số PKCS#12", "not a PKCS#12"),
        ("no password", "chưa có mật khẩu", "no password"),
    ],
)  # fmt: skip
def test_user_errors_end_in_one_message(material, minutes, tmp_path, case, vietnamese, english):
    image = ["--image", str(material["image"])]
    cert, env, pdf = material["secretary"], ENV, minutes
    if case == "wrong password":
        env = {"GIAOBAN_PASSWORD": "sai-mật-khẩu"}
    elif case == "missing certificate":
        cert = tmp_path / "khong-co.p12"
    elif case == "expired certificate":
        cert = material["expired"]
    elif case == "not giaoban's":
        pdf = _foreign_pdf(tmp_path / "khac.pdf")
    elif case == "not a certificate":
        cert = material["root"]
    elif case == "no password":
        env = {}
    before = pdf.read_bytes()
    for language, expected in (("vi", vietnamese), ("en", english)):
        result = run("--lang", language, "sign", str(pdf), "--cert", str(cert), *image, env=env)
        assert result.exit_code in (1, 2), result.output
        lines = [line for line in result.output.splitlines() if line.strip()]
        assert expected in lines[-1], result.output
        assert "Traceback" not in result.output
    assert pdf.read_bytes() == before  # nothing half-written


def test_password_file_and_prompt(material, minutes, tmp_path):
    secret = tmp_path / "mat-khau.txt"
    secret.write_text(pki.PASSWORD + "\n", encoding="utf-8")
    by_file = sign(minutes, material["secretary"], "--image", str(material["image"]),
                   "--password-file", str(secret), env={})  # fmt: skip
    assert by_file.exit_code == 0, by_file.output
    from click.testing import CliRunner

    from giaoban.cli import cli

    prompted = CliRunner().invoke(
        cli,
        ["sign", str(minutes), "--cert", str(material["chair"]), "--image", str(material["image"])],
        input=pki.PASSWORD + "\n",
        env={"GIAOBAN_PASSWORD": None},
    )
    assert prompted.exit_code == 0, prompted.output
    assert "Mật khẩu của" in prompted.output
    assert pki.PASSWORD not in prompted.output  # hidden input


def test_second_signature_on_a_signed_block_is_refused(material, minutes):
    assert sign(minutes, material["secretary"], "--image", str(material["image"])).exit_code == 0
    again = sign(minutes, material["secretary"], "--image", str(material["image"]),
                 "--role", "thu-ky")  # fmt: skip
    assert again.exit_code == 1
    assert "đã được ký" in again.output


def test_pkcs11_token_signs(material, minutes, tmp_path, monkeypatch):
    from tests import softhsm

    root = pki.make_root("token root")
    root_pem = pki.write_pem(tmp_path / "token-root.pem", root)
    library = softhsm.make_token(tmp_path / "hsm", pki.issue(root, "Trần Văn Phước"), monkeypatch)
    token_args = ["--pkcs11-lib", str(library), "--token", softhsm.TOKEN, "--key", softhsm.KEY]
    from click.testing import CliRunner

    from giaoban.cli import cli

    result = CliRunner().invoke(
        cli,
        ["sign", str(minutes), *token_args, "--image", str(material["image"])],
        input=softhsm.PIN + "\n",
        env={"GIAOBAN_PASSWORD": None},
    )
    assert result.exit_code == 0, result.output
    assert "Mã PIN của token" in result.output and softhsm.PIN not in result.output
    verified = run("verify", str(minutes), "--trust", str(root_pem))
    assert verified.exit_code == 0, verified.output
    assert "Trần Văn Phước" in verified.output and "nguyên vẹn từ khi ký" in verified.output
    wrong = run("sign", str(minutes), *token_args, "--image", str(material["image"]),
                "--role", "chu-tri", env={"GIAOBAN_PASSWORD": "000000"})  # fmt: skip
    assert wrong.exit_code == 1
    assert "sai mã PIN" in wrong.output.splitlines()[-1]
    pin = {"GIAOBAN_PASSWORD": softhsm.PIN}
    missing = run("sign", str(minutes), "--pkcs11-lib", str(library), "--token", "khong-co",
                  "--key", softhsm.KEY, "--invisible", env=pin)  # fmt: skip
    assert missing.exit_code == 1
    assert "không thấy token 'khong-co'" in missing.output


def test_metadata_matches_the_record_and_its_schema(material, minutes):
    import json
    from xml.etree import ElementTree

    import jsonschema

    from giaoban.metadata import metadata_schema
    from tests.conftest import ROOT

    assert sign(minutes, material["secretary"], "--image", str(material["image"])).exit_code == 0
    assert sign(minutes, material["chair"], "--image", str(material["image"])).exit_code == 0
    result = run("metadata", str(EXAMPLES / RECORD), str(minutes))
    assert result.exit_code == 0, result.output
    json_path = minutes.with_name("bien-ban.metadata.json")
    xml_path = minutes.with_name("bien-ban.metadata.xml")
    documented = json.loads((ROOT / "docs" / "metadata.schema.json").read_text(encoding="utf-8"))
    assert documented == metadata_schema()  # docs/ kept in step with the model
    data = json.loads(json_path.read_text(encoding="utf-8"))
    jsonschema.Draft202012Validator(documented, format_checker=jsonschema.FormatChecker()).validate(
        data
    )
    # the 2023 example: minutes number 12, 14/12/2023, Cà Mau's standing committee
    assert data["CodeNumber"] == "12" and data["CodeNotation"] == "BB-MTTQ-BTT"
    assert data["IssuedDate"] == "2023-12-14"
    assert data["OrganName"] == "Ban Thường trực Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau"
    assert data["Subject"] == "Hội nghị giao ban Cụm thi đua Nam Sông Hậu năm 2023"
    assert [(s["Role"], s["FullName"]) for s in data["SignerInfo"]] == [
        ("THƯ KÝ", "Phạm Ngọc Ân"),
        ("CHỦ TRÌ", "Trần Văn Phước"),
    ]
    assert data["SignerInfo"][1]["Position"].startswith("Chủ tịch Ủy ban Mặt trận")
    pages = subprocess.run(["pdfinfo", str(minutes)], capture_output=True, text=True).stdout
    assert data["PageAmount"] == int(re.search(r"Pages:\s+(\d+)", pages).group(1))
    assert data["ToPlaces"][-1] == "Lưu: VT, Hồ sơ"
    assert [s["Field"] for s in data["Signatures"]] == ["giaoban-thu-ky", "giaoban-chu-tri"]
    import hashlib

    assert data["FileSha256"] == hashlib.sha256(minutes.read_bytes()).hexdigest()
    root = ElementTree.parse(xml_path).getroot()
    assert root.findtext("CodeNumber") == "12"
    assert root.findtext("PageAmount") == str(data["PageAmount"])
    assert [e.findtext("FullName") for e in root.findall("SignerInfo/Signer")] == [
        "Phạm Ngọc Ân",
        "Trần Văn Phước",
    ]


def test_metadata_of_a_missing_pdf_is_one_message(tmp_path):
    result = run("metadata", str(EXAMPLES / RECORD), str(tmp_path / "khong-co.pdf"))
    assert result.exit_code == 1
    assert "không tìm thấy tệp" in result.output
    assert not list(tmp_path.iterdir())


def test_a_pdfa_stays_pdfa_once_signed_twice(material, tmp_path):
    result = run("render", str(EXAMPLES / RECORD), "-o", str(tmp_path), "--pdf", "--pdfa",
                 "--only", "minutes")  # fmt: skip
    assert result.exit_code == 0, result.output
    pdf = tmp_path / MINUTES
    assert sign(pdf, material["secretary"], "--image", str(material["image"])).exit_code == 0
    assert sign(pdf, material["chair"], "--image", str(material["image"])).exit_code == 0
    checked = run("check", str(pdf))
    assert checked.exit_code == 0, checked.output  # fonts embedded, PDF/A-2B declared, A4
    assert "PDF/A-2B" in checked.output
    assert run("verify", str(pdf), "--trust", str(material["root"])).exit_code == 0


def test_metadata_refuses_another_records_pdf(material, minutes):
    result = run("metadata", str(EXAMPLES / "nam-song-hau-2022.yaml"), str(minutes))
    assert result.exit_code == 1
    assert "không phải biên bản của hồ sơ" in result.output
    assert "năm 2023" in result.output and "năm 2022" in result.output
    assert sorted(p.name for p in minutes.parent.iterdir()) == ["bien-ban.pdf"]


def test_an_opaque_image_is_signed_with_a_warning(material, minutes, tmp_path):
    from PIL import Image

    opaque = tmp_path / "chu-ky-nen-trang.png"
    with Image.open(material["image"]) as picture:
        background = Image.new("RGB", picture.size, "white")
        background.paste(picture, mask=picture.getchannel("A"))
        background.save(opaque)
    result = sign(minutes, material["secretary"], "--image", str(opaque))
    assert result.exit_code == 0, result.output
    assert "không có nền trong suốt" in result.output
    clean = sign(minutes, material["chair"], "--image", str(material["image"]))
    assert "nền trong suốt" not in clean.output


def test_each_co_chair_signs_a_block_of_their_own(material, tmp_path: Path):
    # the record names no single signer: both who presided get a CHỦ TRÌ block
    record = tmp_path / RECORD
    text = (EXAMPLES / RECORD).read_text(encoding="utf-8")
    assert "  presiding: chu-tich-ca-mau\n" in text
    record.write_text(text.replace("  presiding: chu-tich-ca-mau\n", ""), encoding="utf-8")
    shutil.copyfile(EXAMPLES / "giaoban.yaml", tmp_path / "giaoban.yaml")
    out = tmp_path / "out"
    result = run("render", str(record), "-o", str(out), "--pdf", "--only", "minutes")
    assert result.exit_code == 0, result.output
    pdf = out / MINUTES
    blocks = find_blocks(pdf)
    assert sorted((b.role, b.number) for b in blocks) == [
        ("chu-tri", 1), ("chu-tri", 2), ("thu-ky", 1),
    ]  # fmt: skip
    first, second = sorted((b for b in blocks if b.role == "chu-tri"), key=lambda b: b.number)
    assert first.area.y0 >= second.area.y1  # one under the other, neither overlapping
    chair = ("--image", str(material["image"]), "--role", "chu-tri")
    signed = [sign(pdf, material["chair"], *chair), sign(pdf, material["secretary"], *chair)]
    assert [r.exit_code for r in signed] == [0, 0], [r.output for r in signed]
    assert "giaoban-chu-tri" in signed[0].output and "giaoban-chu-tri-2" in signed[1].output
    widgets = _widgets(pdf)
    assert first.area.contains(widgets["giaoban-chu-tri"][1], tolerance=2)
    assert second.area.contains(widgets["giaoban-chu-tri-2"][1], tolerance=2)
    result = run("verify", str(pdf), "--trust", str(material["root"]))
    assert result.exit_code == 0 and "2 chữ ký hợp lệ" in result.output, result.output


# --- s3-trial F33, F37: the wrong block, the wrong file, no terminal ----------------------


def test_the_names_under_the_blocks_are_read(material):
    assert [b.name for b in find_blocks(material["minutes"])] == ["Phạm Ngọc Ân", "Trần Văn Phước"]


def test_a_certificate_on_another_persons_block_is_pointed_out(material, minutes):
    """The secretary's certificate on the CHỦ TRÌ block (F33): signed, but said."""
    wrong = sign(minutes, material["secretary"], "--image", str(material["image"]),
                 "--role", "chu-tri")  # fmt: skip
    assert wrong.exit_code == 0, wrong.output
    assert "chứng thư số của Phạm Ngọc Ân đã ký vào khối CHỦ TRÌ" in wrong.stderr
    assert "dưới khối ghi Trần Văn Phước" in wrong.stderr
    right = sign(minutes, material["secretary"], "--image", str(material["image"]))
    assert right.exit_code == 0, right.output
    assert "chứng thư số của" not in right.stderr


def test_a_holder_in_capitals_without_accents_is_the_same_person(material, minutes, tmp_path):
    """Vietnamese CAs often write the holder as NGUYEN VAN A: not a different person."""
    root = pki.make_root()
    plain = pki.write_p12(tmp_path / "plain.p12", pki.issue(root, "PHAM NGOC AN"), root)
    result = sign(minutes, plain, "--image", str(material["image"]))
    assert result.exit_code == 0, result.output
    assert "chứng thư số của" not in result.stderr


@pytest.mark.parametrize("broken", ["pdf", "cert"])
def test_a_wrong_file_is_refused_before_the_password_is_asked(material, minutes, tmp_path, broken):
    """F37: nobody types a password for a file that cannot be signed or a key that is none."""
    fake = tmp_path / "fake.docx"
    fake.write_bytes(b"PK\x03\x04 not a key")
    pdf, cert = (fake, material["chair"]) if broken == "pdf" else (minutes, fake)
    result = run("sign", str(pdf), "--cert", str(cert), "--image", str(material["image"]),
                 env={"GIAOBAN_PASSWORD": None})  # fmt: skip
    assert result.exit_code != 0
    assert "Mật khẩu" not in result.output
    assert str(fake) in result.stderr.splitlines()[-1]


def test_no_password_and_no_terminal_is_one_vietnamese_line(material, minutes):
    """F37: `< /dev/null` got getpass's English warnings about echo before the message."""
    import os
    import sys

    env = {k: v for k, v in os.environ.items() if k != "GIAOBAN_PASSWORD"}
    result = subprocess.run(
        [sys.executable, "-m", "giaoban", "sign", str(minutes), "--cert",
         str(material["chair"]), "--image", str(material["image"])],
        stdin=subprocess.DEVNULL, capture_output=True, text=True,
        env={**env, "GIAOBAN_RESIDENT": "0"},
    )  # fmt: skip
    assert result.returncode == 2, result.stderr
    assert "GetPassWarning" not in result.stderr and "echo" not in result.stderr
    assert result.stderr.splitlines()[-1].startswith("chưa có mật khẩu")


def test_a_file_that_is_no_pdf_is_said_so_in_vietnamese(tmp_path):
    """s4-trial F78: `verify bien-ban.docx` ended "(Illegal PDF header)", the library's
    English; now the reason in the secretary's words: a Word file, or a PDF cut short."""
    docx = tmp_path / "bien-ban.docx"
    shutil.copy(EXAMPLES.parent / "templates" / "bien-ban.docx", docx)
    result = run("verify", str(docx))
    assert result.exit_code != 0
    assert "đây là tệp Word (.docx)" in result.output + result.stderr
    assert "Illegal" not in result.output + result.stderr
    cut = tmp_path / "cut.pdf"
    cut.write_bytes(b"%PDF-1.7\n1 0 obj\n<< /Type /Catalog")
    result = run("verify", str(cut))
    assert "bị hỏng hoặc chưa được ghi hết" in result.output + result.stderr


def test_the_time_under_the_signature_is_written_day_first_in_vietnam_time():
    """s3-trial F33: the time drawn under the signature image was ISO 8601
    ("2026-11-30T19:45:11+07:00"); a Vietnamese reader reads day first."""
    from datetime import datetime, timedelta, timezone

    from giaoban.sign.signing import signing_time_text, time_picture

    utc = datetime(2026, 11, 30, 12, 45, 11, tzinfo=timezone.utc)
    assert signing_time_text(utc) == "30/11/2026 19:45:11 +07:00"
    late = datetime(2026, 1, 5, 23, 5, 1, tzinfo=timezone(timedelta(hours=-5)))
    assert signing_time_text(late) == "06/01/2026 11:05:01 +07:00"  # the next day in Vietnam
    picture = time_picture(signing_time_text(utc))
    assert picture.width > 10 * picture.height  # one line, every character drawn
