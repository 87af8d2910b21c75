"""Opening a signing key: a PKCS#12 file (.p12/.pfx) or a PKCS#11 token (USB token, HSM).

Official signing keys in Vietnam mostly live on USB tokens issued by the government's
certification service (Nghị định 68/2024/NĐ-CP); a token is used through its PKCS#11
library. The password (or PIN) is passed in as bytes: where it comes from (a prompt, a file,
an environment variable) is the command line's business, never an argument.
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timezone
from pathlib import Path

from giaoban.errors import GiaobanError
from giaoban.messages import msg


def _check_validity(certificate: object, source: object) -> None:
    """GiaobanError when the certificate is expired or not valid yet (RFC 5280, 4.1.2.5)."""
    validity = certificate["tbs_certificate"]["validity"]  # type: ignore[index]
    not_before = validity["not_before"].native
    not_after = validity["not_after"].native
    now = datetime.now(timezone.utc)
    subject = certificate.subject.human_friendly  # type: ignore[attr-defined]
    if now > not_after:
        day = not_after.strftime("%d/%m/%Y")
        raise GiaobanError(msg("sign_cert_expired", source=source, subject=subject, day=day))
    if now < not_before:
        day = not_before.strftime("%d/%m/%Y")
        raise GiaobanError(msg("sign_cert_not_yet", source=source, subject=subject, day=day))


def _der(certificate: object) -> bytes:
    from cryptography.hazmat.primitives.serialization import Encoding

    return certificate.public_bytes(Encoding.DER)  # type: ignore[attr-defined]


def read_pkcs12(path: Path) -> bytes:
    """The bytes of the PKCS#12 file ``path`` (.p12, .pfx), checked to be PKCS#12 without
    its password, so that a wrong file is refused before anybody is asked for one (s3-trial
    F37). GiaobanError when it is missing, unreadable or not PKCS#12."""
    from asn1crypto import pkcs12

    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise GiaobanError(msg("sign_cert_missing", path=path)) from None
    except OSError as error:
        raise GiaobanError(msg("file_unreadable", error=error)) from None
    try:
        pkcs12.Pfx.load(data)["auth_safe"].native  # noqa: B018 - parses, or raises
    except Exception:
        raise GiaobanError(msg("sign_cert_not_p12", path=path)) from None
    return data


def open_pkcs12(path: Path, password: bytes | None) -> object:
    """A pyHanko signer from the PKCS#12 file ``path`` opened with ``password``.

    Raises GiaobanError, one message each, when the file is missing, is not PKCS#12, the
    password is wrong, it holds no private key, or its certificate is expired.
    """
    from asn1crypto import keys as asn1_keys
    from asn1crypto import x509
    from cryptography.hazmat.primitives.serialization import (
        Encoding,
        NoEncryption,
        PrivateFormat,
    )
    from cryptography.hazmat.primitives.serialization import pkcs12 as pyca_pkcs12
    from pyhanko.sign.signers import SimpleSigner
    from pyhanko_certvalidator.registry import SimpleCertificateStore

    data = read_pkcs12(path)
    try:
        key, certificate, chain = pyca_pkcs12.load_key_and_certificates(data, password or None)
    except ValueError:
        raise GiaobanError(msg("sign_wrong_password", path=path)) from None
    if key is None or certificate is None:
        raise GiaobanError(msg("sign_cert_no_key", path=path))
    # opened once (the key derivation is the slow part), handed to pyHanko as DER
    registry = SimpleCertificateStore()
    registry.register_multiple([x509.Certificate.load(_der(c)) for c in chain])
    signer = SimpleSigner(
        signing_key=asn1_keys.PrivateKeyInfo.load(
            key.private_bytes(Encoding.DER, PrivateFormat.PKCS8, NoEncryption())
        ),
        signing_cert=x509.Certificate.load(_der(certificate)),
        cert_registry=registry,
    )
    _check_validity(signer.signing_cert, path)
    return signer


@contextmanager
def open_token(library: Path, token: str, key: str, pin: bytes) -> Iterator[object]:
    """A pyHanko signer for the key labelled ``key`` (and its certificate, same label) on the
    PKCS#11 token labelled ``token``, through the module ``library``; the session is closed
    on leaving. GiaobanError for a missing library, token or key, or a wrong PIN."""
    from pkcs11 import exceptions as p11
    from pyhanko.config.pkcs11 import TokenCriteria
    from pyhanko.sign.general import SigningError
    from pyhanko.sign.pkcs11 import PKCS11Error, PKCS11Signer, open_pkcs11_session

    if not library.is_file():
        raise GiaobanError(msg("sign_token_library", path=library))
    try:
        session = open_pkcs11_session(
            str(library), token_criteria=TokenCriteria(label=token), user_pin=pin.decode()
        )
    except (p11.PinIncorrect, p11.PinInvalid, p11.PinLenRange):
        raise GiaobanError(msg("sign_wrong_pin", token=token)) from None
    except p11.PinLocked:
        raise GiaobanError(msg("sign_pin_locked", token=token)) from None
    except PKCS11Error:
        raise GiaobanError(msg("sign_no_token", token=token, library=library)) from None
    except (OSError, RuntimeError, p11.PKCS11Error) as error:
        raise GiaobanError(msg("sign_token_error", library=library, error=error)) from None
    try:
        # hashing here and signing the digest with the plain mechanism (CKM_ECDSA,
        # CKM_RSA_PKCS) works on every token; the combined ones are often missing
        signer = PKCS11Signer(session, cert_label=key, key_label=key, use_raw_mechanism=True)
        try:
            certificate = signer.signing_cert
        except (PKCS11Error, SigningError, p11.PKCS11Error):
            raise GiaobanError(msg("sign_no_key", key=key, token=token)) from None
        _check_validity(certificate, token)
        try:
            yield signer
        except p11.PKCS11Error as error:
            detail = f"{type(error).__name__} {error}".strip()
            raise GiaobanError(msg("sign_token_error", library=library, error=detail)) from None
    finally:
        session.close()
