"""A software PKCS#11 token (Debian softhsm2) made by the tests, in a folder of their own.

SOFTHSM2_CONF points SoftHSM at a private configuration and token folder, so the tests
neither need nor touch the machine's tokens. The key is imported with softhsm2-util (PKCS#8)
and its certificate written as a token object with python-pkcs11, both labelled alike, as a
USB token issued by a certification service holds them.
"""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

from cryptography.hazmat.primitives import serialization

from tests.pki import Issued

LIBRARIES = ("/usr/lib/softhsm/libsofthsm2.so", "/usr/lib/x86_64-linux-gnu/softhsm/libsofthsm2.so")
TOKEN = "giaoban-token"
KEY = "chu-tri"
PIN = "246810"
SO_PIN = "13579"


def library() -> Path:
    for candidate in LIBRARIES:
        if Path(candidate).is_file():
            return Path(candidate)
    raise AssertionError("softhsm2 is not installed: run `make test` (its system-deps installs it)")


def make_token(folder: Path, issued: Issued, monkeypatch) -> Path:
    """A token labelled TOKEN holding ``issued``'s key and certificate as KEY; PIN opens it."""
    import pkcs11
    from pkcs11 import Attribute, CertificateType, ObjectClass

    tokens = folder / "tokens"
    tokens.mkdir(parents=True)
    config = folder / "softhsm2.conf"
    config.write_text(
        f"directories.tokendir = {tokens}\nobjectstore.backend = file\nlog.level = ERROR\n",
        encoding="utf-8",
    )
    monkeypatch.setenv("SOFTHSM2_CONF", str(config))
    util = shutil.which("softhsm2-util")
    assert util, "softhsm2-util missing: run `make test` (its system-deps installs softhsm2)"
    common = {"check": True, "capture_output": True, "env": {"SOFTHSM2_CONF": str(config)}}
    subprocess.run(
        [util, "--init-token", "--free", "--label", TOKEN, "--pin", PIN, "--so-pin", SO_PIN],
        **common,
    )
    key_file = folder / "key.pem"
    key_file.write_bytes(
        issued.key.private_bytes(
            serialization.Encoding.PEM,
            serialization.PrivateFormat.PKCS8,
            serialization.NoEncryption(),
        )
    )
    subprocess.run(
        [util, "--import", str(key_file), "--token", TOKEN, "--label", KEY, "--id", "01",
         "--pin", PIN],
        **common,
    )  # fmt: skip
    key_file.unlink()
    lib = pkcs11.lib(str(library()))
    token = lib.get_token(token_label=TOKEN)
    with token.open(user_pin=PIN, rw=True) as session:
        session.create_object(
            {
                Attribute.CLASS: ObjectClass.CERTIFICATE,
                Attribute.CERTIFICATE_TYPE: CertificateType.X_509,
                Attribute.TOKEN: True,
                Attribute.LABEL: KEY,
                Attribute.ID: b"\x01",
                Attribute.SUBJECT: issued.certificate.subject.public_bytes(),
                Attribute.VALUE: issued.certificate.public_bytes(serialization.Encoding.DER),
            }
        )
    return library()
