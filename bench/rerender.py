"""Copying the template's unchanged parts, measured side by side in one process.

Since issue 16, a Word template's parts that no render changes (styles, fonts, theme,
pictures: ~790 KB uncompressed) are compressed once per template and copied into every
document as they are. The yardstick here is the same code compressing those parts again
on every save, as giaoban did before (``WordTemplate._unchanged`` emptied before each
render), so both run in the same process, alternating:

1. a re-render after a one-field change of the example (load and validate the record,
   minutes, press report .docx and .md: what ``serve``'s preview does); goal <= 6 ms;
2. an export of N records with ``--jobs 1`` in process (``giaoban.export.export``),
   time per record (each record: minutes .docx, press .docx and .md).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import figure
from generate import generate

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "nam-song-hau-2022.yaml"


@contextmanager
def recompressing() -> Iterator[None]:
    """Every save compresses the unchanged parts again (giaoban before issue 16)."""
    from giaoban.render.word import WordTemplate

    copying = WordTemplate._unchanged_zip

    def again(self: WordTemplate, replaced: frozenset[str]) -> bytes:
        self._unchanged.clear()
        return copying(self, replaced)

    WordTemplate._unchanged_zip = again  # type: ignore[method-assign]
    try:
        yield
    finally:
        WordTemplate._unchanged_zip = copying  # type: ignore[method-assign]


def _alternate(work: Callable[[int], None], runs: int) -> dict[str, float]:
    times: dict[str, list[float]] = {"before": [], "after": []}
    for index in range(runs):
        for name in ("before", "after"):
            start = time.perf_counter()
            if name == "before":
                with recompressing():
                    work(index)
            else:
                work(index)
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(values) for name, values in times.items()}


def rerender(runs: int = 60) -> dict[str, float]:
    from giaoban.commands.render import render_documents
    from giaoban.record import load_record

    text = EXAMPLE.read_text(encoding="utf-8")
    line = "    locality: thành phố Bạc Liêu"
    assert line in text

    def work(index: int) -> None:
        changed = text.replace(line, f"{line} {index}", 1)  # one field, new each time
        render_documents(load_record(EXAMPLE, text=changed))

    work(-1)  # templates compiled once per process, as in serve
    medians = _alternate(work, runs)
    ratio = medians["after"] / medians["before"]
    print(f"re-render after a one-field change, in process, median of {runs} alternating")
    print(f"  recompressing every part (before) {medians['before'] * 1000:6.2f} ms")
    print(f"  copying unchanged parts  (after)  {medians['after'] * 1000:6.2f} ms  (goal <= 6 ms)")
    print(f"  after / before                    {ratio:6.2f}x")
    figure(
        "rerender",
        "re-render after a one-field change, in process (what serve's preview does)",
        medians["after"],
        "the same compressing every part again (before issue 16)",
        medians["before"],
        limit=0.006,
    )
    return {"rerender_ms": medians["after"] * 1000, "rerender_vs_recompressing": ratio}


def export_per_record(count: int = 100, runs: int = 3) -> dict[str, float]:
    from giaoban.export import ExportOptions, export

    with tempfile.TemporaryDirectory() as folder:
        work_dir = Path(folder)
        generate(count, work_dir / "archive")

        def work(index: int) -> None:
            out = work_dir / f"out-{index}-{time.perf_counter_ns()}"
            report = export(work_dir / "archive", out, ExportOptions(jobs=1, summary=False))
            assert not report.failed, report.failed

        work(-1)
        medians = _alternate(work, runs)
    before, after = (medians[name] / count * 1000 for name in ("before", "after"))
    print(f"export of {count} records, --jobs 1 in process, median of {runs} alternating")
    print(f"  recompressing every part (before) {before:6.2f} ms/record")
    print(f"  copying unchanged parts  (after)  {after:6.2f} ms/record")
    print(f"  after / before                    {after / before:6.2f}x")
    figure(
        "export_per_record",
        f"export of {count} records, --jobs 1 in process, per record",
        after / 1000,
        "the same compressing every part again",
        before / 1000,
    )
    return {"export_ms_per_record": after, "export_vs_recompressing": after / before}


def main() -> dict[str, float]:
    return rerender() | export_per_record()


if __name__ == "__main__":
    main()
