"""Certificates and images the signing tests make for themselves (no key leaves tmp_path).

A root CA, and under it the people and the organisation who sign the minutes, each in a
PKCS#12 file with a password; an expired one for the error path. Images: a blue signature
on a transparent background and a red round seal, as Nghị định 30/2020 (Phụ lục I, II.7-8)
describes them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta, timezone
from pathlib import Path

from cryptography import x509
from cryptography.hazmat.primitives import hashes, serialization
from cryptography.hazmat.primitives.asymmetric import ec
from cryptography.hazmat.primitives.serialization import pkcs12
from cryptography.x509.oid import ExtendedKeyUsageOID, NameOID

PASSWORD = "mật-khẩu-thử"


def _name(common: str, organisation: str = "Ủy ban MTTQ Việt Nam tỉnh Cà Mau") -> x509.Name:
    return x509.Name(
        [
            x509.NameAttribute(NameOID.COUNTRY_NAME, "VN"),
            x509.NameAttribute(NameOID.ORGANIZATION_NAME, organisation),
            x509.NameAttribute(NameOID.COMMON_NAME, common),
        ]
    )


@dataclass
class Issued:
    key: ec.EllipticCurvePrivateKey
    certificate: x509.Certificate


def _usage(certifies: bool) -> x509.KeyUsage:
    """A CA signs certificates; a person or an organisation signs documents (non-repudiation,
    which pyHanko requires of a signer by default)."""
    return x509.KeyUsage(
        digital_signature=not certifies,
        content_commitment=not certifies,
        key_encipherment=False,
        data_encipherment=False,
        key_agreement=False,
        key_cert_sign=certifies,
        crl_sign=certifies,
        encipher_only=False,
        decipher_only=False,
    )


def make_root(common: str = "giaoban test root CA") -> Issued:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(timezone.utc)
    name = _name(common, "giaoban tests")
    certificate = (
        x509.CertificateBuilder()
        .subject_name(name)
        .issuer_name(name)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(now - timedelta(days=1))
        .not_valid_after(now + timedelta(days=3650))
        .add_extension(x509.BasicConstraints(ca=True, path_length=None), critical=True)
        .add_extension(_usage(certifies=True), critical=True)
        .add_extension(x509.SubjectKeyIdentifier.from_public_key(key.public_key()), False)
        .sign(key, hashes.SHA256())
    )
    return Issued(key, certificate)


def issue(root: Issued, common: str, *, days: int = 365, expired: bool = False) -> Issued:
    key = ec.generate_private_key(ec.SECP256R1())
    now = datetime.now(timezone.utc)
    start = now - timedelta(days=400 if expired else 1)
    end = now - timedelta(days=2) if expired else now + timedelta(days=days)
    certificate = (
        x509.CertificateBuilder()
        .subject_name(_name(common))
        .issuer_name(root.certificate.subject)
        .public_key(key.public_key())
        .serial_number(x509.random_serial_number())
        .not_valid_before(start)
        .not_valid_after(end)
        .add_extension(x509.BasicConstraints(ca=False, path_length=None), critical=True)
        .add_extension(_usage(certifies=False), critical=True)
        .add_extension(
            x509.ExtendedKeyUsage([ExtendedKeyUsageOID.EMAIL_PROTECTION]), critical=False
        )
        .add_extension(
            x509.AuthorityKeyIdentifier.from_issuer_public_key(root.key.public_key()), False
        )
        .sign(root.key, hashes.SHA256())
    )
    return Issued(key, certificate)


def write_p12(path: Path, issued: Issued, root: Issued, password: str = PASSWORD) -> Path:
    data = pkcs12.serialize_key_and_certificates(
        name=b"giaoban",
        key=issued.key,
        cert=issued.certificate,
        cas=[root.certificate],
        encryption_algorithm=serialization.BestAvailableEncryption(password.encode()),
    )
    path.write_bytes(data)
    return path


def write_pem(path: Path, issued: Issued) -> Path:
    path.write_bytes(issued.certificate.public_bytes(serialization.Encoding.PEM))
    return path


def signature_png(path: Path) -> Path:
    """A blue handwritten-like signature on a transparent background, 600x240 px."""
    import math

    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (600, 240), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    blue = (20, 50, 160, 255)
    # loops of a cursive name, then an underline flourish
    loops = [
        (
            70 + 460 * t + 28 * math.cos(2 * math.pi * 6 * t),
            120 - 55 * math.sin(2 * math.pi * 6 * t) * (1 - 0.6 * t) - 30 * t,
        )
        for t in (i / 400 for i in range(401))
    ]
    draw.line(loops, fill=blue, width=7, joint="curve")
    flourish = [
        (40 + 540 * t, 190 - 40 * t + 25 * math.sin(math.pi * t))
        for t in (i / 100 for i in range(101))
    ]
    draw.line(flourish, fill=blue, width=5, joint="curve")
    image.save(path)
    return path


def seal_png(path: Path) -> Path:
    """A red round seal, 400x400 px at 290 dpi (35 mm across)."""
    from PIL import Image, ImageDraw

    image = Image.new("RGBA", (400, 400), (0, 0, 0, 0))
    draw = ImageDraw.Draw(image)
    red = (210, 20, 30, 230)
    draw.ellipse((8, 8, 392, 392), outline=red, width=14)
    draw.ellipse((60, 60, 340, 340), outline=red, width=6)
    draw.regular_polygon((200, 200, 70), 5, fill=red)
    image.save(path, dpi=(290, 290))
    return path
