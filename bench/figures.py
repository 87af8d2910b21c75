"""The figures of a ``make bench`` run, each beside its yardstick and its goal.

A benchmark calls ``figure(...)`` once it has measured giaoban and its yardstick side by
side (alternating runs, medians): the line is printed at once, and ``bench/run.py``
prints them all again at the end as one table and writes them, with the machine's state,
to ``bench/results/latest.json`` (and a copy named by the run's time). Absolute times
depend on the machine and its load; the ratios are what the goals are about.
"""

from __future__ import annotations

import json
import os
import platform
import time
from dataclasses import asdict, dataclass
from pathlib import Path

RESULTS = Path(__file__).resolve().parent / "results"


@dataclass
class Figure:
    key: str  # a stable name: "render_warm"
    what: str  # what giaoban does: "giaoban render of the example, template cache warm"
    ours: float  # seconds
    yardstick: str  # what it is measured against: "bare docxtpl script"
    theirs: float  # seconds
    goal: float | None = None  # the ratio ours / theirs must be at most this
    higher_is_better: bool = False  # a rate ("documents a second") rather than a time
    limit: float | None = None  # a goal in seconds, for ours itself ("at most 6 ms")

    @property
    def ratio(self) -> float:
        return self.ours / self.theirs

    @property
    def met(self) -> bool | None:
        met = []
        if self.goal is not None:
            better = self.ratio >= self.goal if self.higher_is_better else self.ratio <= self.goal
            met.append(better)
        if self.limit is not None:
            met.append(self.ours <= self.limit)
        return all(met) if met else None

    def goal_text(self) -> str:
        """ "<= 0.9x", ">= 2x", "<= 6 ms", or "" when the figure has no goal."""
        goals = []
        if self.goal is not None:
            goals.append(f"{'>=' if self.higher_is_better else '<='} {self.goal:g}x")
        if self.limit is not None:
            goals.append(f"<= {shown(self.limit, False)}")
        return ", ".join(goals)

    def line(self) -> str:
        goal = ""
        if self.met is not None:
            goal = f"  goal {self.goal_text()}: {'met' if self.met else 'NOT MET'}"
        return (
            f"{self.what}: {shown(self.ours, self.higher_is_better)} against "
            f"{self.yardstick} {shown(self.theirs, self.higher_is_better)} = "
            f"{self.ratio:.2f}x{goal}"
        )


def shown(value: float, rate: bool) -> str:
    """A measured figure as the bench and the README show it: a rate per second, or
    seconds in ms or s."""
    if rate:
        return f"{value:.1f}/s"
    if value < 0.02:
        return f"{value * 1000:.1f} ms"
    return f"{value * 1000:.0f} ms" if value < 10 else f"{value:.1f} s"


FIGURES: list[Figure] = []


def figure(
    key: str,
    what: str,
    ours: float,
    yardstick: str,
    theirs: float,
    goal: float | None = None,
    higher_is_better: bool = False,
    limit: float | None = None,
) -> Figure:
    """Keep one figure of this run and print it (times in seconds, or rates per second)."""
    found = Figure(key, what, ours, yardstick, theirs, goal, higher_is_better, limit)
    FIGURES[:] = [f for f in FIGURES if f.key != key] + [found]
    print(f"  => {found.line()}")
    return found


def summary() -> str:
    """Every figure of the run, one line each."""
    return "\n".join(f.line() for f in FIGURES)


def write(mode: str, started: float, sections: dict[str, float]) -> Path:
    """The run's figures as JSON in ``bench/results/``; returns ``latest.json``'s path."""
    RESULTS.mkdir(exist_ok=True)
    stamp = time.strftime("%Y-%m-%dT%H%M%SZ", time.gmtime(started))
    data = {
        "date": time.strftime("%Y-%m-%d %H:%M UTC", time.gmtime(started)),
        "mode": mode,
        "machine": {
            "cpus": os.cpu_count(),
            "load_average_at_end": [round(x, 2) for x in os.getloadavg()],
            "python": platform.python_version(),
            "system": f"{platform.system()} {platform.machine()}",
        },
        "section_seconds": {name: round(s, 1) for name, s in sections.items()},
        "figures": {
            f.key: {
                **{k: v for k, v in asdict(f).items() if k != "key"},
                "ratio": round(f.ratio, 3),
                "goal_text": f.goal_text(),
                "met": f.met,
            }
            for f in FIGURES
        },
    }
    text = json.dumps(data, ensure_ascii=False, indent=1) + "\n"
    (RESULTS / f"{stamp}.json").write_text(text, encoding="utf-8")
    latest = RESULTS / "latest.json"
    latest.write_text(text, encoding="utf-8")
    return latest
