"""Adding a PAdES signature to the minutes, visible where Nghị định 30/2020 puts it.

Phụ lục I, II.7: the signer's signature image (PNG, transparent background) is centred
between the title line and the name. II.8: the organisation's seal image, at its real size,
covers about a third of the signer's image, on its left. The signing time is written under
the image in ISO 8601, Vietnam time (UTC+07:00). Each signature is an incremental update:
a second signer (THƯ KÝ, then CHỦ TRÌ) leaves the first signature valid.
"""

from __future__ import annotations

import io
import unicodedata
from dataclasses import dataclass, field, replace
from datetime import datetime, timedelta, timezone
from pathlib import Path

from pyhanko.pdf_utils import layout
from pyhanko.pdf_utils.writer import BasePdfFileWriter
from pyhanko.stamp import TextStampStyle
from pyhanko.stamp.base import BaseStamp

from giaoban.errors import GiaobanError
from giaoban.files import write_atomic
from giaoban.messages import msg
from giaoban.sign import not_a_pdf
from giaoban.sign.blocks import ROLES, Box, SignatureBlock, find_blocks

VIETNAM = timezone(timedelta(hours=7), "+07:00")  # no daylight saving time
POINTS_PER_MM = 72 / 25.4
SEAL_MM = 35.0  # a seal's usual diameter when the PNG does not say its resolution
TIME_PT = 7.0  # the signing time's font size, in points
_TS_FORMAT = "%Y-%m-%dT%H:%M:%S%z"  # what pyHanko hands the stamp; turned into Vietnam time
# room kept for the signature (CMS with the certificate chain); fixed, so that pyHanko need
# not sign a first time only to measure it. RSA-4096 with a chain of three is about 8 KB.
SIGNATURE_BYTES = 16384
_IMAGE_SHARE = 0.8  # the signer's image takes at most this share of the block's width


@dataclass(frozen=True)
class Placement:
    """Where one signature is drawn: ``field`` name, ``page`` (0-based), ``rect`` of the
    widget on the page, and inside it (page coordinates) ``image`` and ``seal`` boxes."""

    field: str
    page: int
    rect: Box | None
    image: Box | None = None
    seal: Box | None = None
    time: Box | None = None
    notes: tuple[str, ...] = ()  # warnings for the signer, in words


def field_name(role: str, seal: bool, number: int = 1) -> str:
    """The signature field's name: ``giaoban-thu-ky``, ``giaoban-chu-tri`` (a second
    co-chair's block: ``giaoban-chu-tri-2``) or, for the organisation's seal,
    ``giaoban-chu-tri-con-dau``."""
    return f"giaoban-{role}" + (f"-{number}" if number > 1 else "") + ("-con-dau" if seal else "")


def quiet_pyhanko() -> None:
    """pyHanko logs what it finds as warnings with tracebacks; giaoban reports them itself."""
    import logging

    for name in ("pyhanko", "pyhanko_certvalidator"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def _fit(box: Box, width: float, height: float) -> Box:
    """The largest ``width:height`` rectangle centred in ``box``."""
    scale = min(box.width / width, box.height / height)
    w, h = width * scale, height * scale
    x = box.x0 + (box.width - w) / 2
    y = box.y0 + (box.height - h) / 2
    return Box(x, y, x + w, y + h)


def _image_room(area: Box) -> Box:
    """The part of a block's area left for the signer's image, above the signing time."""
    time_height = TIME_PT * 1.4
    height = area.height - time_height - 2
    width = min(area.width * _IMAGE_SHARE, 2.5 * height)
    x = area.x0 + (area.width - width) / 2
    return Box(x, area.y0 + time_height, x + width, area.y0 + time_height + height)


def _seal_size(image: object) -> tuple[float, float]:
    """The seal's real size in points: from the PNG's resolution, else SEAL_MM across."""
    width, height = image.size  # type: ignore[attr-defined]
    dpi = image.info.get("dpi")  # type: ignore[attr-defined]
    if dpi and dpi[0] > 1 and dpi[1] > 1:
        return width * 72 / dpi[0], height * 72 / dpi[1]
    scale = SEAL_MM * POINTS_PER_MM / max(width, height)
    return width * scale, height * scale


def place(block: SignatureBlock, image: object | None, seal: object | None) -> Placement:
    """Where the signer's ``image`` and the ``seal`` (PIL images, either may be None) go in
    ``block`` (Phụ lục I, II.7 and II.8). The widget is the block's area for a signer's
    signature; for the seal alone, the seal's own square over the image's left third."""
    area = block.signing_room()
    room = _image_room(area)
    time = Box(area.x0, area.y0, area.x1, room.y0)
    image_box = _fit(room, *image.size) if image is not None else None  # type: ignore[attr-defined]
    seal_box = None
    if seal is not None:
        width, height = _seal_size(seal)
        target = image_box or room  # the image's left third, or where it would be
        right = target.x0 + target.width / 3
        middle = (target.y0 + target.y1) / 2
        seal_box = Box(right - width, middle - height / 2, right, middle + height / 2)
    if image is None and seal_box is not None:
        seal_field = field_name(block.role, True, block.number)
        return Placement(seal_field, block.page, seal_box, seal=seal_box)
    rect = area
    if seal_box is not None:
        rect = Box(
            min(rect.x0, seal_box.x0),
            min(rect.y0, seal_box.y0),
            max(rect.x1, seal_box.x1),
            max(rect.y1, seal_box.y1),
        )
    field = field_name(block.role, False, block.number)
    return Placement(field, block.page, rect, image_box, seal_box, time)


@dataclass(frozen=True, eq=False)
class _BlockStyle(TextStampStyle):
    """The appearance of a giaoban signature: images and the signing time, no border."""

    placement: Placement | None = None
    images: tuple = field(default_factory=tuple)  # (PIL image, Box) pairs, in drawing order
    border_width: int = 0
    timestamp_format: str = _TS_FORMAT

    def create_stamp(
        self, writer: BasePdfFileWriter, box: layout.BoxConstraints, text_params: dict
    ) -> BaseStamp:
        return _BlockStamp(writer, self, box, text_params)


class _BlockStamp(BaseStamp):
    def __init__(
        self, writer: BasePdfFileWriter, style: _BlockStyle, box: object, params: dict
    ) -> None:
        super().__init__(writer=writer, style=style, box=box)  # type: ignore[arg-type]
        self.params = params

    def _render_inner_content(self) -> list[bytes]:
        from pyhanko.pdf_utils.images import PdfImage

        style: _BlockStyle = self.style
        placement = style.placement
        assert placement is not None and placement.rect is not None
        origin = placement.rect
        commands = []
        for number, (picture, where) in enumerate(style.images):
            content = PdfImage(picture, writer=self.writer, name=f"giaoban{number}")
            content.box = layout.BoxConstraints(where.width, where.height)
            drawn = content.render()
            self.import_resources(content.resources)
            x, y = where.x0 - origin.x0, where.y0 - origin.y0
            commands.append(b"q 1 0 0 1 %.2f %.2f cm %s Q" % (x, y, drawn))
        if placement.time is not None and "ts" in self.params:
            commands.append(self._time_text(placement.time, origin))
        return commands

    def _time_text(self, where: Box, origin: Box) -> bytes:
        """The signing time, drawn as a picture: no font to embed, so a PDF/A file stays
        PDF/A once signed."""
        from pyhanko.pdf_utils.images import PdfImage

        signed = datetime.strptime(self.params["ts"], _TS_FORMAT)
        picture = time_picture(signing_time_text(signed))
        height = TIME_PT
        width = height * picture.width / picture.height
        content = PdfImage(picture, writer=self.writer, name="giaobanTime")
        content.box = layout.BoxConstraints(width, height)
        drawn = content.render()
        self.import_resources(content.resources)
        x = where.x0 - origin.x0 + (where.width - width) / 2
        y = where.y0 - origin.y0 + (where.height - height) / 2
        return b"q 1 0 0 1 %.2f %.2f cm %s Q" % (x, y, drawn)


def signing_time_text(signed: datetime) -> str:
    """The signing time printed under the signature image, in Vietnam time, day first as a
    Vietnamese reader reads a date and as Vietnamese signing tools print it:
    "30/11/2026 19:45:11 +07:00" (s3-trial F33: it was ISO 8601, "2026-11-30T19:45:11
    +07:00"). The time zone stays written: Nghị định 30/2020, Phụ lục I, II.8 gives the
    signing time with Vietnam's time zone; the signature itself carries the exact time."""
    local = signed.astimezone(VIETNAM)
    return local.strftime("%d/%m/%Y %H:%M:%S ") + "+07:00"


def time_picture(text: str) -> object:
    """``text`` in black on a transparent background, at 300 dpi for TIME_PT points."""
    from PIL import Image, ImageDraw, ImageFont

    size = round(TIME_PT * 300 / 72)
    font = ImageFont.load_default(size=size)  # Pillow's own font: the same everywhere
    left, _, right, _ = font.getbbox(text)
    picture = Image.new("LA", (right - left + 2, size + 2), (0, 0))
    ImageDraw.Draw(picture).text((1 - left, 1), text, font=font, fill=(0, 255))
    return picture


def _load_png(path: Path | None) -> object | None:
    if path is None:
        return None
    from PIL import Image, UnidentifiedImageError

    try:
        with Image.open(path) as opened:
            opened.load()
            picture = opened if opened.mode in ("RGBA", "LA", "RGB", "L") else None
            return picture or opened.convert("RGBA")
    except FileNotFoundError:
        raise GiaobanError(msg("sign_image_missing", path=path)) from None
    except (UnidentifiedImageError, OSError) as error:
        raise GiaobanError(msg("sign_image_bad", path=path, error=error)) from None


def existing_fields(pdf: Path) -> set[str]:
    """The names of the signature fields already signed in ``pdf``."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader

    try:
        with pdf.open("rb") as stream:
            reader = PdfFileReader(stream, strict=False)
            return {signature.field_name for signature in reader.embedded_signatures}
    except (PdfError, ValueError, KeyError, TypeError):
        raise not_a_pdf(pdf) from None


def choose_block(
    blocks: list[SignatureBlock], role: str | None, signed: set[str], seal_only: bool = False
) -> SignatureBlock:
    """The block to sign: ``role``'s first not signed yet (co-chairs sign their CHỦ TRÌ
    blocks in turn); else, for the organisation's seal alone, the first CHỦ TRÌ's (the
    head's signature the seal goes with); else the first of THƯ KÝ, CHỦ TRÌ not signed."""
    ordered = sorted(blocks, key=lambda b: (ROLES.index(b.role), b.number))

    def unsigned(of_role: str) -> SignatureBlock | None:
        return next(
            (
                b
                for b in ordered
                if b.role == of_role and field_name(b.role, False, b.number) not in signed
            ),
            None,
        )

    first = {b.role: b for b in reversed(ordered)}
    if role is not None:
        if role not in first:
            raise GiaobanError(msg("sign_role_missing", title=role))
        return unsigned(role) or first[role]
    if seal_only:
        return first.get("chu-tri") or blocks[-1]
    for candidate in ROLES:
        found = unsigned(candidate)
        if found is not None:
            return found
    return first.get("chu-tri") or blocks[-1]


@dataclass(frozen=True)
class SignOptions:
    """What one ``giaoban sign`` call adds: images (PNG paths), the block's ``role``
    (``thu-ky``, ``chu-tri`` or None for the next unsigned), or ``invisible``."""

    image: Path | None = None
    seal: Path | None = None
    role: str | None = None
    invisible: bool = False
    reason: str | None = None


@dataclass(frozen=True)
class Prepared:
    """What one signature needs besides the key: where it goes (``placement``), the block
    it fills (None for an invisible signature) and the images (PIL) with their boxes."""

    placement: Placement
    block: SignatureBlock | None
    pictures: tuple[tuple[object, Box], ...]
    image: object | None
    seal: object | None


def prepare(pdf: Path, options: SignOptions) -> Prepared:
    """Every check of a signature that needs no key: the PDF is giaoban's minutes with a
    free block of the role asked, the images can be read. Run before anybody is asked for
    a password (s3-trial F37). GiaobanError, one message, otherwise."""
    quiet_pyhanko()
    image, seal = _load_png(options.image), _load_png(options.seal)
    signed = existing_fields(pdf) if pdf.is_file() else set()
    block = None
    if options.invisible:
        name = "giaoban-" + (options.role or "an")
        number = 1
        while f"{name}-{number}" in signed:
            number += 1
        placement = Placement(f"{name}-{number}", 0, None)
    else:
        seal_only = image is None and seal is not None
        block = choose_block(find_blocks(pdf), options.role, signed, seal_only)
        if image is None and seal is None:
            raise GiaobanError(msg("sign_needs_image"))
        placement = place(block, image, seal)
        if placement.field in signed:
            raise GiaobanError(msg("sign_already", title=block.title, path=pdf))
    pictures = tuple(
        (picture, where)
        for picture, where in ((image, placement.image), (seal, placement.seal))
        if picture is not None and where is not None
    )
    return Prepared(placement, block, pictures, image, seal)


def sign_pdf(
    pdf: Path,
    signer: object,
    options: SignOptions,
    output: Path | None = None,
    prepared: Prepared | None = None,
) -> Placement:
    """Sign ``pdf`` with ``signer`` (a pyHanko signer, see ``keys``), writing ``output``
    (default: ``pdf`` itself) atomically as an incremental update. Returns where the
    signature was put, with notes for the signer (an opaque image, a certificate whose
    holder is not the name under the block). GiaobanError when the PDF is not giaoban's
    minutes (no signature block), the block is already signed, or an image cannot be read
    (see :func:`prepare`, whose result may be passed in)."""
    from pyhanko.pdf_utils.incremental_writer import IncrementalPdfFileWriter
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.sign import fields, signers
    from pyhanko.sign.fields import SigSeedSubFilter

    prepared = prepared or prepare(pdf, options)
    placement, pictures = prepared.placement, prepared.pictures
    rect = placement.rect
    spec = fields.SigFieldSpec(
        sig_field_name=placement.field,
        on_page=placement.page,
        box=(rect.x0, rect.y0, rect.x1, rect.y1) if rect else None,  # type: ignore[arg-type]
    )
    metadata = signers.PdfSignatureMetadata(
        field_name=placement.field,
        md_algorithm="sha256",
        subfilter=SigSeedSubFilter.PADES,
        reason=options.reason,
    )
    style = _BlockStyle(placement=placement, images=pictures)
    pdf_signer = signers.PdfSigner(metadata, signer, stamp_style=style, new_field_spec=spec)  # type: ignore[arg-type]
    target = output or pdf
    buffer = io.BytesIO()
    try:
        with pdf.open("rb") as stream:
            writer = IncrementalPdfFileWriter(stream, strict=False)
            pdf_signer.sign_pdf(writer, output=buffer, bytes_reserved=SIGNATURE_BYTES)
    except PdfError:
        raise not_a_pdf(pdf) from None
    write_atomic(target, buffer.getvalue())
    notes = opaque_notes(options, prepared.image, prepared.seal)
    notes += holder_notes(prepared.block, signer, seal_only=prepared.image is None)
    return replace(placement, notes=tuple(notes))


def _comparable(name: str) -> str:
    """A person's name without case, accents or extra spaces: certificates of Vietnamese
    CAs often carry it in capitals without accents ("NGUYEN VAN A")."""
    plain = unicodedata.normalize("NFD", name.replace("Đ", "D").replace("đ", "d"))
    plain = "".join(char for char in plain if not unicodedata.combining(char))
    return " ".join(plain.casefold().split())


def holder_notes(block: SignatureBlock | None, signer: object, seal_only: bool) -> list[str]:
    """A warning when the certificate's holder (its subject's common name) is not the
    person named under the block just signed: the secretary's certificate on the CHỦ TRÌ
    block is the commonest slip (s3-trial F33). None for an invisible signature, a seal
    alone (the organisation's certificate) or a block without a name line."""
    if block is None or block.name is None or seal_only:
        return []
    certificate = getattr(signer, "signing_cert", None)
    if certificate is None:
        return []
    holder = certificate.subject.native.get("common_name")  # type: ignore[attr-defined]
    if not isinstance(holder, str) or not holder.strip():
        return []
    mine, printed = _comparable(holder), _comparable(block.name)
    if mine in printed or printed in mine:
        return []
    return [msg("sign_other_holder", holder=holder, title=block.title, name=block.name)]


def _opaque(picture: object) -> bool:
    """True when no pixel of ``picture`` (a PIL image) is transparent."""
    if picture.mode not in ("RGBA", "LA"):  # type: ignore[attr-defined]
        return True
    lowest_alpha = picture.getchannel("A").getextrema()[0]  # type: ignore[attr-defined]
    return lowest_alpha == 255


def opaque_notes(options: SignOptions, image: object | None, seal: object | None) -> list[str]:
    """A warning for each image without transparency (Phụ lục I, II.7-8 asks for a transparent
    background): its white box would hide the text or the signature under it."""
    notes = []
    for path, picture in ((options.image, image), (options.seal, seal)):
        if picture is not None and _opaque(picture):
            notes.append(msg("sign_image_opaque", path=path))
    return notes
