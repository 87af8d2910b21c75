"""Checking every signature of a signed PDF, offline.

For each signature: who signed (the certificate's subject), when (the time the signer's
machine wrote, in Vietnam time), whether the bytes it covers are unchanged and whether what
was added after it is only further signatures (PAdES, ETSI EN 319 142-1), and whether the
certificate chains to a trust root given by the user. What cannot be checked offline,
revocation (CRL/OCSP) and a timestamp authority's time, is reported as not checked.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path

from giaoban.errors import GiaobanError
from giaoban.messages import msg
from giaoban.sign import not_a_pdf
from giaoban.sign.signing import VIETNAM, quiet_pyhanko


@dataclass(frozen=True)
class SignatureCheck:
    """One signature's findings. ``unchanged``: the signed bytes match and later revisions
    only add signatures; ``trusted``: the chain reaches a given root; ``problems``: why
    not, in words; ``not_checked``: what an offline check leaves open."""

    field: str
    signer: str
    signed_at: datetime | None
    intact: bool
    unchanged: bool
    trusted: bool
    problems: list[str] = field(default_factory=list)
    not_checked: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return self.intact and self.unchanged and self.trusted and not self.problems


@dataclass(frozen=True)
class VerifyReport:
    """All signatures of ``path``; ``ok`` only when there is at least one and all hold."""

    path: Path
    signatures: list[SignatureCheck]

    @property
    def ok(self) -> bool:
        return bool(self.signatures) and all(s.ok for s in self.signatures)


def _load_roots(paths: list[Path]) -> list[object]:
    from asn1crypto import pem, x509

    roots = []
    for path in paths:
        try:
            data = path.read_bytes()
        except FileNotFoundError:
            raise GiaobanError(msg("verify_trust_missing", path=path)) from None
        try:
            if pem.detect(data):
                roots += [x509.Certificate.load(der) for _, _, der in pem.unarmor(data, True)]
            else:
                roots.append(x509.Certificate.load(data))
            for root in roots:
                root.subject  # noqa: B018 - parses the certificate, or raises
        except Exception:
            raise GiaobanError(msg("verify_trust_bad", path=path)) from None
    return roots


def signer_name(certificate: object) -> str:
    """``Common name (organisation)`` from a certificate's subject."""
    subject = certificate.subject.native  # type: ignore[attr-defined]
    common = subject.get("common_name") or certificate.subject.human_friendly  # type: ignore[attr-defined]
    organisation = subject.get("organization_name")
    return f"{common} ({organisation})" if organisation and organisation != common else common


def _check(embedded: object, context: object, has_roots: bool) -> SignatureCheck:
    from pyhanko.sign.validation import validate_pdf_signature
    from pyhanko.sign.validation.status import ModificationLevel, SignatureCoverageLevel

    name = embedded.field_name  # type: ignore[attr-defined]
    try:
        status = validate_pdf_signature(embedded, context)  # type: ignore[arg-type]
    except Exception as error:  # a damaged signature value: not a crash, a finding
        return SignatureCheck(
            name, "?", None, False, False, False, [msg("verify_broken", error=error)]
        )
    signer = signer_name(status.signing_cert)
    signed_at = status.signer_reported_dt
    signed_at = signed_at.astimezone(VIETNAM) if signed_at else None
    problems, not_checked = [], []
    intact = bool(status.intact and status.valid)
    if not intact:
        problems.append(msg("verify_changed"))
    whole = status.coverage == SignatureCoverageLevel.ENTIRE_FILE
    only_signatures = status.coverage == SignatureCoverageLevel.ENTIRE_REVISION and (
        status.modification_level
        in (ModificationLevel.NONE, ModificationLevel.LTA_UPDATES, ModificationLevel.FORM_FILLING)
    )
    unchanged = intact and (whole or only_signatures) and status.docmdp_ok is not False
    if intact and not unchanged:
        problems.append(msg("verify_modified_after"))
    if intact and not status.trusted:
        indication = status.trust_problem_indic
        reason = indication.name if indication else "?"
        problems.append(msg("verify_untrusted" if has_roots else "verify_no_trust", reason=reason))
    if status.timestamp_validity is None:
        not_checked.append(msg("verify_no_tsa"))
    not_checked.append(msg("verify_no_revocation"))
    return SignatureCheck(
        name, signer, signed_at, intact, unchanged, bool(status.trusted), problems, not_checked
    )


def verify_pdf(path: Path, trust: list[Path] | None = None) -> VerifyReport:
    """Check every signature of ``path`` against the roots in the PEM/DER files ``trust``
    (none given: nothing is trusted, and the report says so). GiaobanError when the file
    is missing or not a PDF; a PDF without signatures gives a report whose ``ok`` is False."""
    from pyhanko.pdf_utils.misc import PdfError
    from pyhanko.pdf_utils.reader import PdfFileReader
    from pyhanko_certvalidator import ValidationContext

    quiet_pyhanko()
    roots = _load_roots(trust or [])
    # no root given: nothing is trusted (the system's store lacks Vietnam's roots anyway)
    context = ValidationContext(
        trust_roots=roots, allow_fetching=False, revocation_mode="soft-fail"
    )
    try:
        with path.open("rb") as stream:
            reader = PdfFileReader(stream, strict=False)
            checks = [
                _check(embedded, context, bool(roots)) for embedded in reader.embedded_signatures
            ]
    except FileNotFoundError:
        raise GiaobanError(msg("sign_file_missing", path=path)) from None
    except (PdfError, ValueError, KeyError, TypeError):
        raise not_a_pdf(path) from None
    return VerifyReport(path, checks)
