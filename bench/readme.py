"""README's speed table, written from a ``make bench`` run: ``make bench-readme``.

``make bench`` (or ``make bench-quick``) writes ``bench/results/latest.json``, not kept
in git. This copies it to ``bench/results.json``, which is kept: the run the README
shows, with its date, machine and load, every figure beside its yardstick. Then it
rewrites the table between the two ``speed`` markers of README.md from that file.
``tests/test_bench_readme.py`` checks that the README's table is that file's.
"""

from __future__ import annotations

import json
import shutil
import sys
from pathlib import Path
from typing import Any

from bench.figures import shown

ROOT = Path(__file__).resolve().parent.parent
KEPT = ROOT / "bench" / "results.json"
LATEST = ROOT / "bench" / "results" / "latest.json"
README = ROOT / "README.md"
START = "<!-- speed: written by `make bench-readme` from bench/results.json; do not edit -->"
END = "<!-- speed: end -->"


def table(results: dict[str, Any]) -> str:
    """The Markdown table of ``results`` (as ``bench/figures.py`` writes them), with the
    line that says when and where they were measured."""
    lines = [
        "| what giaoban does | giaoban | yardstick, measured alongside | ratio | goal |",
        "|---|---:|---|---:|---|",
    ]
    for figure in results["figures"].values():
        rate = figure["higher_is_better"]
        goal = figure["goal_text"] or "–"
        if figure["met"] is not None:
            goal += " ✓" if figure["met"] else " ✗ not met"
        lines.append(
            f"| {figure['what']} | {shown(figure['ours'], rate)} | {figure['yardstick']}: "
            f"{shown(figure['theirs'], rate)} | {figure['ratio']:.2f}x | {goal} |"
        )
    machine = results["machine"]
    load = ", ".join(f"{x:g}" for x in machine["load_average_at_end"])
    lines += [
        "",
        f"Measured by `make bench{'-quick' if results['mode'] == 'quick' else ''}` on "
        f"{results['date']}: {machine['cpus']} cores shared with other work (load average "
        f"{load} at the end), Python {machine['python']}, {machine['system']}. Medians of "
        "alternating runs; the ratios, not the absolute times, are what carries from one "
        "machine to another.",
    ]
    return "\n".join(lines)


def rewritten(readme: str, results: dict[str, Any]) -> str:
    """``readme`` with the text between the markers replaced by ``table(results)``."""
    before, found, rest = readme.partition(START)
    if not found or END not in rest:
        raise SystemExit(f"README.md lacks the markers {START} … {END}")
    after = rest.split(END, 1)[1]
    return f"{before}{START}\n{table(results)}\n{END}{after}"


def main() -> None:
    source = Path(sys.argv[1]) if len(sys.argv) > 1 else LATEST
    if not source.is_file():
        raise SystemExit(f"{source} does not exist: run `make bench` (or `make bench-quick`)")
    if source.resolve() != KEPT.resolve():
        shutil.copyfile(source, KEPT)
    results = json.loads(KEPT.read_text(encoding="utf-8"))
    README.write_text(rewritten(README.read_text(encoding="utf-8"), results), encoding="utf-8")
    print(f"README.md's speed table now shows {source.relative_to(ROOT)} ({results['date']})")


if __name__ == "__main__":
    main()
