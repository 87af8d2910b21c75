"""Export benchmarks (``make bench``): synthetic archives from bench/generate.py.

- time per record for 52 and 1,000 records (all cores);
- speed-up from --jobs 1 to --jobs 2 (goal >= 1.8x), alternating runs on 200 records;
- peak memory (the largest process) at 100 and 1,000 records (goal: at most 1.2x);
- a re-run with nothing changed against the full run (goal: at most 5%);
- giaoban against docxtpl rendering the same documents in one process (goal <= 0.5x).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import figure
from generate import generate

GIAOBAN = str(Path(sys.executable).with_name("giaoban"))

PEAK = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
print(resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss)
"""


def _export(archive: Path, out: Path, *extra: str) -> float:
    start = time.perf_counter()
    subprocess.run(
        [GIAOBAN, "export", str(archive), "-o", str(out), *extra],
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
        check=True,
    )
    return time.perf_counter() - start


def _peak_kb(archive: Path, out: Path) -> int:
    done = subprocess.run(
        [sys.executable, "-c", PEAK, GIAOBAN, "export", str(archive), "-o", str(out)],
        capture_output=True,
        text=True,
        check=True,
    )
    return int(done.stdout.strip())


def _docxtpl_per_document(archive: Path, count: int) -> tuple[float, float]:
    """Seconds per document in one process: giaoban, and docxtpl with the same templates,
    context and filters."""
    import io

    from docxtpl import DocxTemplate

    from giaoban.commands.render import render_documents
    from giaoban.record import load_record
    from giaoban.render.context import build_context
    from giaoban.render.environment import make_environment
    from giaoban.render.minutes import default_templates
    from giaoban.render.press import build_article

    records = sorted(archive.rglob("*.yaml"))[:count]
    folder = default_templates()
    environment = make_environment([folder], markup=True)
    ours, theirs = [], []
    for path in records:
        loaded = load_record(path)
        start = time.perf_counter()
        render_documents(loaded, None, None, ("docx",))
        ours.append((time.perf_counter() - start) / 2)
        start = time.perf_counter()
        context = build_context(loaded.record)
        article = build_article(context, (folder,))
        for name, values in (
            ("bien-ban.docx", context.as_dict()),
            ("tin-bai.docx", {"article": article}),
        ):
            document = DocxTemplate(str(folder / name))
            document.render(values, jinja_env=environment, autoescape=True)
            document.save(io.BytesIO())
        theirs.append((time.perf_counter() - start) / 2)
    return statistics.median(ours), statistics.median(theirs)


def main() -> dict[str, float]:
    results: dict[str, float] = {}
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        for count in (52, 1000):
            generate(count, work / f"a{count}")
            seconds = _export(work / f"a{count}", work / f"o{count}")
            results[f"per_record_{count}_ms"] = seconds / count * 1000
            print(
                f"export {count:>5} records: {seconds:6.1f} s, "
                f"{seconds / count * 1000:5.1f} ms/record"
            )
            rerun = _export(work / f"a{count}", work / f"o{count}")
            results[f"rerun_share_{count}"] = rerun / seconds
            print(
                f"  re-run, nothing changed: {rerun:5.2f} s = {rerun / seconds:.1%} of the full run"
                " (goal <= 5%)"
            )

        generate(200, work / "a200")
        one, two = [], []
        for _ in range(3):
            for jobs, times in (("1", one), ("2", two)):
                shutil.rmtree(work / "o200", ignore_errors=True)
                times.append(_export(work / "a200", work / "o200", "--jobs", jobs))
        speedup = statistics.median(one) / statistics.median(two)
        results["speedup_1_to_2"] = speedup
        print(
            f"200 records: --jobs 1 {statistics.median(one):.1f} s, --jobs 2 "
            f"{statistics.median(two):.1f} s: speed-up {speedup:.2f}x (goal >= 1.8x)"
        )

        generate(100, work / "a100")
        small = _peak_kb(work / "a100", work / "m100")
        large = _peak_kb(work / "a1000", work / "m1000")
        results["memory_ratio"] = large / small
        print(
            f"peak memory (largest process): 100 records {small / 1024:.0f} MB, 1,000 records "
            f"{large / 1024:.0f} MB: {large / small:.2f}x (goal <= 1.2x)"
        )

        ours, theirs = _docxtpl_per_document(work / "a100", 40)
        results["vs_docxtpl_documents"] = ours / theirs
        print(
            f"per Word document in one process: giaoban {ours * 1000:.1f} ms, docxtpl "
            f"{theirs * 1000:.1f} ms: {ours / theirs:.2f}x (goal <= 0.5x)"
        )
        figure(
            "export_documents_in_process",
            "a Word document of a generated archive, in one process",
            ours,
            "docxtpl rendering the same documents",
            theirs,
            0.5,
        )
    return results


if __name__ == "__main__":
    main()
