"""PDF benchmarks (``make bench``): documents per second through LibreOffice.

For 1, 10 and 50 documents (the example's minutes and press report, copied), side by side
in one run:
- one LibreOffice call for all, with the profile reused across runs (what giaoban does);
- the same with a fresh profile each call (what giaoban did before);
- one LibreOffice call per PDF (the yardstick: a script calling soffice per file);
- the resident converter (``giaoban pdf-server``), already running.

Then one document in process, the resident converter against one soffice call (goal:
at most 0.3 s with the converter), medians of alternating runs.
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

from figures import figure

ROOT = Path(__file__).resolve().parent.parent
# `make bench-quick` (bench/run.py --quick) stops at 10: 50 one-call-per-PDF conversions
# alone take about a minute on two shared cores.
COUNTS = (1, 10) if os.environ.get("GIAOBAN_BENCH_QUICK") else (1, 10, 50)


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
    from giaoban.pdf.resident import start_converter

    with tempfile.TemporaryDirectory(prefix="giaoban-bench-pdf-") as scratch:
        folder = Path(scratch)
        cache = str(folder / "cache")
        os.environ["GIAOBAN_CACHE_DIR"] = cache
        os.environ["GIAOBAN_CONVERTER"] = "off"
        convert_to_pdf(_documents(folder, 1))  # builds the shared profile, as a first run does
        converter = start_converter()
        resident = "on"  # GIAOBAN_CONVERTER: anything but "off" uses the one noted
        try:
            convert_to_pdf(_documents(folder, 1))  # the converter's LibreOffice warms up
            if "--single" not in sys.argv:  # `python bench/pdf.py --single`: the last line only
                _table(folder, cache, resident)
            _single(folder, resident)
        finally:
            converter.stop()


def _with(variable: str, value: str, action) -> float:
    before = os.environ.get(variable)
    os.environ[variable] = value
    try:
        return _seconds(action)
    finally:
        if before is None:
            os.environ.pop(variable, None)
        else:
            os.environ[variable] = before


def _table(folder: Path, cache: str, resident: str) -> None:
    from giaoban.pdf import convert_to_pdf

    print(
        f"{'documents':>9}  {'one call, profile kept':>23}  {'fresh profile':>14}  "
        f"{'one call per PDF':>17}  {'resident':>12}  {'kept / per PDF':>14}"
    )
    for count in COUNTS:
        documents = _documents(folder, count)
        rounds = 3 if count < 50 else 1  # alternating rounds, medians: a shared machine
        kept, fresh, each, warm = [], [], [], []
        for _ in range(rounds):
            kept.append(_seconds(lambda d=documents: convert_to_pdf(d)))
            fresh.append(_with("GIAOBAN_CACHE_DIR", "off", lambda d=documents: convert_to_pdf(d)))
            each.append(_seconds(lambda d=documents: [convert_to_pdf([x]) for x in d]))
            warm.append(_with("GIAOBAN_CONVERTER", resident, lambda d=documents: convert_to_pdf(d)))
        k, f, e, r = (statistics.median(t) for t in (kept, fresh, each, warm))
        print(
            f"{count:>9}  {count / k:>18.1f} doc/s  {count / f:>9.1f} doc/s  "
            f"{count / e:>12.1f} doc/s  {count / r:>7.1f} doc/s  {e / k:>13.1f}x"
        )
        if count > 1:
            figure(
                f"pdf_{count}",
                f"PDF of {count} documents, one LibreOffice call (documents a second)",
                count / k,
                "one LibreOffice call per PDF",
                count / e,
                higher_is_better=True,
            )


def _single(folder: Path, resident: str) -> None:
    """One document, in process (what serve and a one-record render --pdf need)."""
    from giaoban.pdf import convert_to_pdf

    document = _documents(folder, 1)
    alone, served = [], []
    for _ in range(5):
        alone.append(_seconds(lambda: convert_to_pdf(document)))
        served.append(_with("GIAOBAN_CONVERTER", resident, lambda: convert_to_pdf(document)))
    a, s = statistics.median(alone), statistics.median(served)
    verdict = "ok" if s <= 0.3 else "over the goal"
    figure(
        "pdf_one_resident",
        "PDF of one document through the resident converter (giaoban pdf-server)",
        s,
        "one LibreOffice call",
        a,
        limit=0.3,
    )
    print(
        f"one document: {s:.3f} s with the resident converter (goal <= 0.3 s: {verdict}), "
        f"{a:.3f} s with one soffice call: {a / s:.1f}x faster"
    )


if __name__ == "__main__":
    main()
