"""The signed page shown in README: ``python -m tests.sign_picture OUT_DIR`` (``make pictures``).

Renders the 2023 example's minutes to PDF, makes throw-away demonstration keys (tests/pki.py),
signs as THƯ KÝ, as CHỦ TRÌ and with the organisation's seal, then writes the last page as
docs/images/bien-ban-ky-so.png (the upper half, where the signatures are).
"""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

from giaoban.cli import main as giaoban
from tests import pki

ROOT = Path(__file__).resolve().parent.parent


def _giaoban(*args: str) -> None:
    try:
        giaoban(list(args))
    except SystemExit as done:
        if done.code:
            raise


def main(out: Path) -> None:
    out.mkdir(parents=True, exist_ok=True)
    _giaoban("render", str(ROOT / "examples" / "nam-song-hau-2023.yaml"), "-o", str(out),
             "--pdf", "--only", "minutes")  # fmt: skip
    pdf = out / "nam-song-hau-2023-bien-ban.pdf"
    from giaoban.sign.blocks import find_blocks

    blocks = find_blocks(pdf)  # where the signatures go, whatever page and height they are on
    top = max(block.title_box.y1 for block in blocks) + 40  # with the last line above them
    bottom = min(block.area.y0 for block in blocks) - 110  # and the names, "Nơi nhận"
    root = pki.make_root("giaoban demo root (not a real CA)")
    os.environ["GIAOBAN_PASSWORD"] = pki.PASSWORD
    image = pki.signature_png(out / "chu-ky.png")
    seal = pki.seal_png(out / "con-dau.png")
    for name, common, extra in [
        ("thu-ky", "Phạm Ngọc Ân", ["--image", str(image)]),
        ("chu-tri", "Trần Văn Phước", ["--image", str(image)]),
        ("co-quan", "Ủy ban MTTQ Việt Nam tỉnh Cà Mau", ["--seal", str(seal), "--role", "chu-tri"]),
    ]:
        p12 = pki.write_p12(out / f"{name}.p12", pki.issue(root, common), root)
        _giaoban("sign", str(pdf), "--cert", str(p12), *extra)
    pki.write_pem(out / "root.pem", root)
    _giaoban("verify", str(pdf), "--trust", str(out / "root.pem"))
    pages = int(subprocess.run(["pdfinfo", str(pdf)], capture_output=True, text=True,
                               check=True).stdout.split("Pages:")[1].split()[0])  # fmt: skip
    page = out / "page"
    subprocess.run(["pdftoppm", "-png", "-r", "90", "-f", str(pages), "-l", str(pages),
                    "-singlefile", str(pdf), str(page)], check=True)  # fmt: skip
    from PIL import Image

    with Image.open(page.with_suffix(".png")) as full:
        width, height = full.size
        scale = height / 841.89  # an A4 page's height in points
        box = (0, max(0, int(height - top * scale)), width, int(height - bottom * scale))
        full.crop(box).save(ROOT / "docs" / "images" / "bien-ban-ky-so.png", optimize=True)


if __name__ == "__main__":
    main(Path(sys.argv[1] if len(sys.argv) > 1 else "out/pictures"))
