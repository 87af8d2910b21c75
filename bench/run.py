"""Every benchmark, one after the other: ``make bench``."""

from __future__ import annotations

import compileall
import importlib
import os
import sys
from pathlib import Path

HERE = Path(__file__).resolve().parent


def installed_like() -> None:
    """Measure giaoban as installed: pip compiles a wheel's modules to bytecode, so a
    user's commands never compile them at start-up. (Some shells set
    PYTHONDONTWRITEBYTECODE, which would make every run compile giaoban again.)"""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    sys.dont_write_bytecode = False
    compileall.compile_dir(HERE.parent / "giaoban", quiet=1)


def main() -> None:
    installed_like()
    sys.path.insert(0, str(HERE))
    for title, name in (
        ("start-up and validation (whole process)", "startup"),
        ("rendering", "render"),
        ("re-render and export: unchanged parts copied, not compressed again", "rerender"),
        ("diff", "diff"),
        ("diff: the threshold chosen on real labelled directives", "matching"),
        ("export", "export"),
        ("provinces checked against the gazetteer", "gazetteer_checks"),
        ("PDF through LibreOffice", "pdf"),
        ("signing and verifying", "sign"),
        ("giaoban serve: the live preview", "serve"),
    ):
        print(f"\n== {title}")
        importlib.import_module(name).main()


if __name__ == "__main__":
    main()
