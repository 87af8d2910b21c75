"""The metadata an electronic document carries into the records system (Nghị định 30/2020,
Phụ lục VI: thông tin đầu vào của văn bản), filled from the record and the PDF.

Only what the record or the PDF says is written; a field giaoban cannot know (the
organisation's identifier code, the file code of the dossier, the urgency) is left out
rather than guessed: the records system fills it. The names follow the e-office exchange
format (edXML, QCVN 102:2016/BTTTT: CodeNumber, CodeNotation, ...); docs/metadata.md
gives each field's Vietnamese name, its source and an example. The JSON file validates
against docs/metadata.schema.json, generated from the model below.
"""

from __future__ import annotations

import hashlib
import json
from datetime import date, datetime
from pathlib import Path
from typing import Annotated, Any
from xml.etree import ElementTree

from pydantic import BaseModel, ConfigDict, Field, PlainSerializer, WithJsonSchema

from giaoban.errors import GiaobanError
from giaoban.files import write_atomic
from giaoban.messages import msg

TYPE_CODE = "BB"  # Biên bản (Nghị định 30/2020, Phụ lục III, I.15)
TYPE_NAME = "Biên bản"


def _issued(day: date) -> str:
    from giaoban.vietnamese import iso_date

    return iso_date(day)


class _Part(BaseModel):
    model_config = ConfigDict(extra="forbid")


class Signer(_Part):
    """One person who signs the document (Phụ lục VI: chức vụ, họ tên người ký)."""

    Role: str = Field(description="Khối chữ ký in trên văn bản: THƯ KÝ, CHỦ TRÌ, CHỦ TỌA")
    Position: str | None = Field(None, description="Chức vụ của người ký (chức vụ đầu tiên)")
    FullName: str = Field(description="Họ và tên người ký")


class Signature(_Part):
    """A digital signature found in the PDF (self-reported; `giaoban verify` checks it)."""

    Field_: str = Field(alias="Field", description="Tên trường chữ ký trong tệp PDF")
    Signer: str = Field(description="Chủ thể của chứng thư số (tên, cơ quan)")
    SigningTime: datetime | None = Field(
        None, description="Thời điểm ký do người ký ghi, ISO 8601 giờ Việt Nam"
    )


class DocumentMetadata(_Part):
    """Metadata of one electronic document (Nghị định 30/2020/NĐ-CP, Phụ lục VI)."""

    model_config = ConfigDict(
        extra="forbid",
        populate_by_name=True,
        title="giaoban document metadata (Nghị định 30/2020, Phụ lục VI)",
    )

    OrganName: str = Field(description="Tên cơ quan, tổ chức ban hành văn bản (như tiêu đề)")
    CodeNumber: str | None = Field(
        None, description="Số của văn bản, hai chữ số trở lên: '12'; không có khi chưa cấp số"
    )
    CodeNotation: str = Field(description="Ký hiệu của văn bản: 'BB-MTTQ-BTT'")
    # a meeting known to the month is issued "2024-12" (ISO 8601's reduced precision), not
    # on an invented 1st (s4-trial F98)
    IssuedDate: Annotated[
        date,
        PlainSerializer(_issued, return_type=str),
        WithJsonSchema({"type": "string", "pattern": r"^\d{4}-\d{2}(-\d{2})?$"}),
    ] = Field(description="Ngày, tháng, năm văn bản (ngày hội nghị); 'NNNN-TT' khi chỉ biết tháng")
    TypeCode: str = Field(TYPE_CODE, description="Viết tắt tên loại văn bản (Phụ lục III)")
    TypeName: str = Field(TYPE_NAME, description="Tên loại văn bản")
    Subject: str = Field(description="Trích yếu nội dung văn bản")
    Language: str = Field("vi", description="Ngôn ngữ (mã ISO 639-1): vi = tiếng Việt")
    PageAmount: int = Field(ge=1, description="Số lượng trang của văn bản, đếm trong tệp PDF")
    SignerInfo: list[Signer] = Field(
        default_factory=list, description="Người ký: chức vụ, họ tên (THƯ KÝ rồi CHỦ TRÌ)"
    )
    ToPlaces: list[str] = Field(default_factory=list, description="Nơi nhận, kể cả dòng Lưu")
    Signatures: list[Signature] = Field(
        default_factory=list, description="Chữ ký số có trong tệp PDF (giaoban bổ sung)"
    )
    FileName: str = Field(description="Tên tệp PDF (giaoban bổ sung)")
    FileSha256: str = Field(
        pattern="^[0-9a-f]{64}$", description="Mã băm SHA-256 của tệp PDF (giaoban bổ sung)"
    )


def metadata_schema() -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of the JSON metadata file."""
    schema = DocumentMetadata.model_json_schema(by_alias=True, mode="serialization")
    return {"$schema": "https://json-schema.org/draft/2020-12/schema", **schema}


def _signatures(pdf: Path) -> list[Signature]:
    from pyhanko.pdf_utils.reader import PdfFileReader

    from giaoban.sign.signing import VIETNAM
    from giaoban.sign.verify import signer_name

    found = []
    with pdf.open("rb") as stream:
        for embedded in PdfFileReader(stream, strict=False).embedded_signatures:
            when = embedded.self_reported_timestamp
            found.append(
                Signature(
                    Field=embedded.field_name,
                    Signer=signer_name(embedded.signer_cert),
                    SigningTime=when.astimezone(VIETNAM) if when else None,
                )
            )
    return found


def _pdf_subject(pdf: Path) -> str | None:
    """The PDF's own subject (document information), which giaoban sets to the trích yếu."""
    from pyhanko.pdf_utils.reader import PdfFileReader

    with pdf.open("rb") as stream:
        own = PdfFileReader(stream, strict=False).document_meta_view.subject
    return str(own) if own else None


def build_metadata(record_path: Path, pdf: Path) -> DocumentMetadata:
    """The metadata of the minutes rendered from ``record_path`` as ``pdf``.

    Raises GiaobanError (RecordInvalid) for a broken record, when ``pdf`` is missing or
    not a PDF, or when the PDF's subject names another document than the record's.
    """
    from giaoban.record import load_record
    from giaoban.render.context import build_context
    from giaoban.render.filters import doc_number
    from giaoban.render.properties import issuing_body, subject
    from giaoban.sign.blocks import TITLES, page_count

    pages = page_count(pdf)
    context = build_context(load_record(record_path).record)
    own = _pdf_subject(pdf)
    if own is not None and own != subject(context):
        raise GiaobanError(
            msg(
                "metadata_other_document",
                pdf=pdf,
                own=own,
                record=record_path,
                wanted=subject(context),
            )
        )
    record = context.record
    minutes = record.minutes
    signers = []
    chairs = [("chu-tri", person) for person in context.signers]
    for role, person in [("thu-ky", context.secretary), *chairs]:
        if person is not None and person.name:
            label = TITLES[role][0] if role == "thu-ky" else minutes.chair_label
            position = _position(person)
            signers.append(Signer(Role=label, Position=position, FullName=person.name))
    data = pdf.read_bytes()
    return DocumentMetadata(
        OrganName=issuing_body(context),
        CodeNumber=doc_number(context.number) if context.number else None,
        CodeNotation=f"{TYPE_CODE}-{context.letterhead_symbol}",
        IssuedDate=record.meeting.date,
        Subject=subject(context),
        PageAmount=pages,
        SignerInfo=signers,
        ToPlaces=[*minutes.recipients, f"Lưu: {minutes.archive}"],
        Signatures=_signatures(pdf),
        FileName=pdf.name,
        FileSha256=hashlib.sha256(data).hexdigest(),
    )


def _position(person: Any) -> str | None:
    """The signer's position in the Front: the short title, else the first title naming
    the Mặt trận, else the first title."""
    front = [t for t in person.titles if "Mặt trận" in t or "MTTQ" in t]
    return person.short_title or (front or person.titles or [None])[0]


def metadata_json(metadata: DocumentMetadata) -> str:
    data = metadata.model_dump(mode="json", by_alias=True, exclude_none=True)
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def metadata_xml(metadata: DocumentMetadata) -> bytes:
    """The same fields as XML: one element each, lists as repeated child elements."""
    root = ElementTree.Element("DocumentMetadata")
    data = metadata.model_dump(mode="json", by_alias=True, exclude_none=True)
    children = {"SignerInfo": "Signer", "ToPlaces": "Place", "Signatures": "Signature"}
    for key, value in data.items():
        element = ElementTree.SubElement(root, key)
        if isinstance(value, list):
            for item in value:
                child = ElementTree.SubElement(element, children[key])
                if isinstance(item, dict):
                    for name, text in item.items():
                        ElementTree.SubElement(child, name).text = str(text)
                else:
                    child.text = str(item)
        else:
            element.text = str(value)
    ElementTree.indent(root)
    return ElementTree.tostring(root, encoding="utf-8", xml_declaration=True) + b"\n"


def write_metadata(metadata: DocumentMetadata, pdf: Path) -> list[Path]:
    """Write ``<pdf stem>.metadata.json`` and ``.metadata.xml`` beside ``pdf``, atomically."""
    targets = [pdf.with_name(f"{pdf.stem}.metadata.{kind}") for kind in ("json", "xml")]
    write_atomic(targets[0], metadata_json(metadata).encode("utf-8"))
    write_atomic(targets[1], metadata_xml(metadata))
    return targets


if __name__ == "__main__":  # python -m giaoban.metadata > docs/metadata.schema.json
    print(json.dumps(metadata_schema(), ensure_ascii=False, indent=2))
