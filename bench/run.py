"""Every benchmark, one after the other: ``make bench``."""

from __future__ import annotations

import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import diff
import export
import render
import startup

if __name__ == "__main__":
    print("== start-up and validation (whole process)")
    startup.main()
    print("\n== rendering")
    render.main()
    print("\n== diff")
    diff.main()
    print("\n== export")
    export.main()
