"""Every benchmark, one after the other: ``make bench`` (``make bench-quick``: ``--quick``)."""

from __future__ import annotations

import compileall
import importlib
import os
import sys
import time
from pathlib import Path

HERE = Path(__file__).resolve().parent


def installed_like() -> None:
    """Measure giaoban as installed: pip compiles a wheel's modules to bytecode, so a
    user's commands never compile them at start-up. (Some shells set
    PYTHONDONTWRITEBYTECODE, which would make every run compile giaoban again.)"""
    os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
    sys.dont_write_bytecode = False
    compileall.compile_dir(HERE.parent / "giaoban", quiet=1)


SECTIONS = (
    ("start-up and validation (whole process)", "startup"),
    ("rendering", "render"),
    ("rendering a meeting with many attendees", "attendees"),
    ("re-render and export: unchanged parts copied, not compressed again", "rerender"),
    ("diff", "diff"),
    ("diff: the threshold chosen on real labelled directives", "matching"),
    ("diff: the weight of the fields of the Front's work, chosen on the same", "fields"),
    ("export", "export"),
    ("provinces checked against the gazetteer", "gazetteer_checks"),
    ("PDF through LibreOffice", "pdf"),
    ("signing and verifying", "sign"),
    ("giaoban serve: the live preview", "serve"),
)
# `make bench-quick`: the figures measured against a yardstick of issue 16 (start-up, the
# render's whole process warm and on an empty cache, the re-render, PDF up to 10 documents).
QUICK = ("startup", "render", "rerender", "pdf")


def main() -> None:
    quick = "--quick" in sys.argv
    if quick:
        os.environ["GIAOBAN_BENCH_QUICK"] = "1"  # bench/pdf.py: 1 and 10 documents, not 50
    installed_like()
    # Every figure is of giaoban in its own process unless it says otherwise: a section
    # that measures the resident giaoban turns it on with a runtime folder of its own
    # (bench/render.py), so no server of the user's is used and none is left running.
    os.environ["GIAOBAN_RESIDENT"] = "0"
    sys.path.insert(0, str(HERE))
    from figures import summary, write

    started = time.time()
    sections: dict[str, float] = {}
    for title, name in SECTIONS:
        if quick and name not in QUICK:
            continue
        print(f"\n== {title}", flush=True)
        start = time.perf_counter()
        importlib.import_module(name).main()
        sections[name] = time.perf_counter() - start
        print(f"   ({name}: {sections[name]:.0f} s)", flush=True)
    print("\n== every figure beside its yardstick (ratio = giaoban / yardstick)")
    print(summary())
    print("time per section: " + ", ".join(f"{n} {s:.0f} s" for n, s in sections.items()))
    written = write("quick" if quick else "full", started, sections)
    print(f"written to {written.relative_to(HERE.parent)} (`make bench-readme` puts it in README)")


if __name__ == "__main__":
    main()
