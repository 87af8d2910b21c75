"""Rendering a meeting with many attendees (a province-wide online meeting lists hundreds).

Each attendee was compared with every earlier one to find a person written twice
(``Record.people``): 250 attendees took 3 s, 500 took 10 s, 1000 took 44 s (s5-trial
F107). Now each is looked up once by its key. Measured side by side in one process,
alternating: the example with 500 attendees against the same with 50, minutes and press
report (.docx, .md) rendered in memory; goal: at most 15x for ten times the attendees
(linear: about 10x, the attendees being most of the work; the quadratic form measured
68x here on 2026-11-30, main b7e23b8).
"""

from __future__ import annotations

import statistics
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from figures import figure

ROOT = Path(__file__).resolve().parent.parent
EXAMPLE = ROOT / "examples" / "nam-song-hau-2023.yaml"


def with_attendees(folder: Path, count: int) -> Path:
    """The 2023 example with ``count`` more attendees (distinct names) of one delegation."""
    extra = "".join(
        f"  - id: dai-bieu-{i}\n    name: Nguyễn Văn Số {i}\n    honorific: Ông\n"
        f"    titles: [Ủy viên Ban Thường trực]\n    delegation: Cà Mau\n"
        for i in range(count)
    )
    text = EXAMPLE.read_text(encoding="utf-8").replace("attendees:\n", "attendees:\n" + extra, 1)
    target = folder / f"n{count}.yaml"
    target.write_text(text, encoding="utf-8")
    (folder / "giaoban.yaml").write_bytes((EXAMPLE.parent / "giaoban.yaml").read_bytes())
    return target


def main() -> None:
    from giaoban.commands.render import render_documents
    from giaoban.record import load_record

    with tempfile.TemporaryDirectory() as folder:
        records = {n: with_attendees(Path(folder), n) for n in (50, 500)}
        times: dict[int, list[float]] = {50: [], 500: []}
        for _ in range(5):
            for count, path in records.items():
                start = time.perf_counter()
                render_documents(load_record(path), formats=("docx", "md"))
                times[count].append(time.perf_counter() - start)
    figure(
        "render_500_attendees",
        "render of a meeting with 500 attendees (in process)",
        statistics.median(times[500]),
        "the same with 50 attendees",
        statistics.median(times[50]),
        goal=15.0,
    )


if __name__ == "__main__":
    main()
