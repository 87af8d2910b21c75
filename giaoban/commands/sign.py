"""``giaoban sign`` and ``giaoban verify``: where the secret comes from, and the report."""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import AbstractContextManager, nullcontext
from pathlib import Path

from giaoban.errors import GiaobanError, UsageError
from giaoban.messages import msg
from giaoban.sign.signing import Placement, SignOptions
from giaoban.sign.verify import VerifyReport

PASSWORD_ENV = "GIAOBAN_PASSWORD"


def read_secret(password_file: Path | None, prompt: Callable[[], str] | None) -> bytes:
    """The password or PIN: first line of ``password_file``, else the environment variable
    GIAOBAN_PASSWORD, else ``prompt()`` (hidden input). Never a command-line argument: those
    are visible to every user of the machine (``ps``) and stay in the shell's history."""
    if password_file is not None:
        try:
            lines = password_file.read_text(encoding="utf-8-sig").splitlines()
        except FileNotFoundError:
            raise GiaobanError(msg("sign_file_missing", path=password_file)) from None
        except (OSError, UnicodeDecodeError) as error:
            raise GiaobanError(msg("file_unreadable", error=error)) from None
        return (lines[0] if lines else "").encode("utf-8")
    if PASSWORD_ENV in os.environ:
        return os.environ[PASSWORD_ENV].encode("utf-8")
    if prompt is None:
        raise UsageError(msg("sign_no_password", env=PASSWORD_ENV))
    return prompt().encode("utf-8")


def run_sign(
    pdf: Path,
    options: SignOptions,
    *,
    cert: Path | None,
    token: tuple[Path, str, str] | None,
    password_file: Path | None,
    prompt: Callable[[str], str] | None,
    output: Path | None,
) -> Placement:
    """Open the key (``cert`` file, or ``token`` = (library, token label, key label)) and
    sign ``pdf``; ``prompt(text)`` asks for the secret when no file or variable gives it."""
    from giaoban.sign import keys
    from giaoban.sign.signing import prepare, sign_pdf

    if (cert is None) == (token is None):
        raise UsageError(msg("sign_cert_or_token"))
    if not pdf.is_file():
        raise GiaobanError(msg("sign_file_missing", path=pdf))
    # everything that needs no key is checked before anybody is asked for a password
    prepared = prepare(pdf, options)
    if cert is not None:
        keys.read_pkcs12(cert)
    source = str(cert) if cert is not None else token[1]  # type: ignore[index]
    question = msg("sign_password_prompt" if cert is not None else "sign_pin_prompt", source=source)
    ask = (lambda: prompt(question)) if prompt is not None else None
    secret = read_secret(password_file, ask)
    opened: AbstractContextManager[object]
    if cert is not None:
        opened = nullcontext(keys.open_pkcs12(cert, secret))
    else:
        library, token_label, key_label = token  # type: ignore[misc]
        opened = keys.open_token(library, token_label, key_label, secret)
    with opened as signer:
        return sign_pdf(pdf, signer, options, output, prepared)


def verify_lines(report: VerifyReport) -> list[str]:
    """What ``giaoban verify`` prints for ``report``, one line each."""
    lines = []
    count = len(report.signatures)
    for number, check in enumerate(report.signatures, 1):
        lines.append(
            msg(
                "verify_signature",
                number=number,
                count=count,
                field=check.field,
                signer=check.signer,
            )
        )
        if check.signed_at is not None:
            lines.append(msg("verify_time", time=check.signed_at.isoformat()))
        if check.unchanged:
            lines.append(msg("verify_intact"))
        if check.trusted:
            lines.append(msg("verify_trusted"))
        lines += [msg("verify_problem", problem=problem) for problem in check.problems]
        lines += [msg("verify_not_checked", item=item) for item in check.not_checked]
    if not count:
        lines.append(msg("verify_none", path=report.path))
    elif report.ok:
        lines.append(msg("verify_ok", path=report.path, count=count))
    else:
        bad = sum(not check.ok for check in report.signatures)
        lines.append(msg("verify_failed", path=report.path, bad=bad, count=count))
    return lines
