"""PDF benchmarks (``make bench``): documents per second through LibreOffice.

For 1, 10 and 50 documents (the example's minutes and press report, copied), side by side
in one run:
- one LibreOffice call for all, with the profile reused across runs (what giaoban does);
- the same with a fresh profile each call (what giaoban did before);
- one LibreOffice call per PDF (the yardstick: a script calling soffice per file).
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
COUNTS = (1, 10, 50)


def _documents(folder: Path, count: int) -> list[Path]:
    """``count`` .docx files, alternately the example's minutes and press report."""
    source = folder / "source"
    if not source.is_dir():
        subprocess.run(
            [
                str(Path(sys.executable).with_name("giaoban")),
                "render",
                str(ROOT / "examples" / "nam-song-hau-2022.yaml"),
                "-o",
                str(source),
                "--format",
                "docx",
            ],
            check=True,
            stdout=subprocess.DEVNULL,
        )
    originals = sorted(source.glob("*.docx"))
    batch = folder / f"batch-{count}"
    shutil.rmtree(batch, ignore_errors=True)
    batch.mkdir()
    documents = []
    for index in range(count):
        target = batch / f"{index:03d}-{originals[index % len(originals)].name}"
        shutil.copyfile(originals[index % len(originals)], target)
        documents.append(target)
    return documents


def _seconds(action) -> float:
    start = time.perf_counter()
    action()
    return time.perf_counter() - start


def main() -> None:
    from giaoban.pdf import convert_to_pdf

    with tempfile.TemporaryDirectory(prefix="giaoban-bench-pdf-") as scratch:
        folder = Path(scratch)
        os.environ["GIAOBAN_CACHE_DIR"] = str(folder / "cache")
        convert_to_pdf(_documents(folder, 1))  # builds the shared profile once, as a user's
        # first run does
        print(
            f"{'documents':>9}  {'one call, profile kept':>23}  {'fresh profile':>14}  "
            f"{'one call per PDF':>17}  {'kept / per PDF':>14}"
        )
        for count in COUNTS:
            documents = _documents(folder, count)
            rounds = 3 if count < 50 else 1  # alternating rounds, medians: a shared machine
            kept, fresh, each = [], [], []
            for _ in range(rounds):
                kept.append(_seconds(lambda d=documents: convert_to_pdf(d)))
                os.environ["GIAOBAN_CACHE_DIR"] = "off"
                fresh.append(_seconds(lambda d=documents: convert_to_pdf(d)))
                os.environ["GIAOBAN_CACHE_DIR"] = str(folder / "cache")
                each.append(_seconds(lambda d=documents: [convert_to_pdf([x]) for x in d]))
            k, f, e = (statistics.median(t) for t in (kept, fresh, each))
            print(
                f"{count:>9}  {count / k:>18.1f} doc/s  {count / f:>9.1f} doc/s  "
                f"{count / e:>12.1f} doc/s  {e / k:>13.1f}x"
            )


if __name__ == "__main__":
    main()
