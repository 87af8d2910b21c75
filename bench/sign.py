"""Signing and verifying one document in process (issue 14: goal <= 0.2 s each).

The minutes of the 2023 example are rendered to PDF once (LibreOffice); keys are made
on the spot (tests/pki.py). Measured side by side, alternating, medians reported:

1. ``giaoban.sign``: open the .p12, find the signature block on the page, sign with the
   signature image (what ``giaoban sign`` does, without the process start);
2. bare pyHanko: open the same .p12 and sign invisibly, nothing found, nothing drawn
   (the floor giaoban's own work sits on);
3. ``giaoban.sign.verify.verify_pdf`` of a document signed twice, against pyHanko's
   ``validate_pdf_signature`` of the same two signatures.
"""

from __future__ import annotations

import io
import shutil
import statistics
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

ROUNDS = 15


def _median(samples: list[float]) -> float:
    return statistics.median(samples)


def _bare_sign(pdf: Path, p12: Path, password: bytes) -> bytes:
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.sign import signers

    signer = signers.SimpleSigner.load_pkcs12_data(p12.read_bytes(), [], password)
    out = io.BytesIO()
    with pdf.open("rb") as stream:
        writer = IncrementalPdfFileWriter(stream)
        meta = signers.PdfSignatureMetadata(field_name="bare", md_algorithm="sha256")
        signers.PdfSigner(meta, signer).sign_pdf(writer, output=out)
    return out.getvalue()


def _bare_verify(pdf: Path, root: Path) -> bool:
    from asn1crypto import pem, x509
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko_certvalidator import ValidationContext

    _, _, der = pem.unarmor(root.read_bytes())
    context = ValidationContext(trust_roots=[x509.Certificate.load(der)], allow_fetching=False)
    with pdf.open("rb") as stream:
        reader = PdfFileReader(stream)
        return all(
            validate_pdf_signature(s, context).bottom_line for s in reader.embedded_signatures
        )


def main() -> None:
    from giaoban.cli import main as giaoban_main
    from giaoban.sign import keys
    from giaoban.sign.signing import SignOptions, quiet_pyhanko, sign_pdf
    from giaoban.sign.verify import verify_pdf
    from tests import pki

    quiet_pyhanko()
    with tempfile.TemporaryDirectory(prefix="giaoban-bench-sign-") as scratch:
        work = Path(scratch)
        try:
            giaoban_main(
                [
                    "render", str(ROOT / "examples" / "nam-song-hau-2023.yaml"), "-o",
                    str(work), "--pdf", "--only", "minutes",
                ]
            )  # fmt: skip
        except SystemExit as done:
            if done.code:
                raise
        minutes = work / "nam-song-hau-2023-bien-ban.pdf"
        root = pki.make_root()
        root_pem = pki.write_pem(work / "root.pem", root)
        secretary = pki.write_p12(work / "thu-ky.p12", pki.issue(root, "Thư Ký"), root)
        chair = pki.write_p12(work / "chu-tri.p12", pki.issue(root, "Chủ Trì"), root)
        image = pki.signature_png(work / "chu-ky.png")
        password = pki.PASSWORD.encode()

        ours, bare = [], []
        for round_ in range(ROUNDS):
            target = work / f"signed-{round_}.pdf"
            shutil.copyfile(minutes, target)
            start = time.perf_counter()
            sign_pdf(target, keys.open_pkcs12(secretary, password), SignOptions(image=image))
            ours.append(time.perf_counter() - start)
            start = time.perf_counter()
            _bare_sign(minutes, secretary, password)
            bare.append(time.perf_counter() - start)
        twice = work / "twice.pdf"
        shutil.copyfile(work / "signed-0.pdf", twice)
        sign_pdf(twice, keys.open_pkcs12(chair, password), SignOptions(image=image))

        checked, bare_checked = [], []
        for _ in range(ROUNDS):
            start = time.perf_counter()
            report = verify_pdf(twice, [root_pem])
            checked.append(time.perf_counter() - start)
            assert report.ok
            start = time.perf_counter()
            assert _bare_verify(twice, root_pem)
            bare_checked.append(time.perf_counter() - start)

    sign_s, bare_s = _median(ours), _median(bare)
    verify_s, bare_verify_s = _median(checked), _median(bare_checked)
    print(f"sign one document (visible, block found):  {sign_s:.3f} s   goal <= 0.2 s")
    print(
        f"  bare pyHanko, invisible:                  {bare_s:.3f} s   ratio {sign_s / bare_s:.2f}x"
    )
    print(f"verify two signatures:                      {verify_s:.3f} s   goal <= 0.2 s")
    print(f"  bare pyHanko validation:                  {bare_verify_s:.3f} s   ratio "
          f"{verify_s / bare_verify_s:.2f}x")  # fmt: skip
    print(f"({ROUNDS} rounds each, alternating; medians)")


if __name__ == "__main__":
    main()
