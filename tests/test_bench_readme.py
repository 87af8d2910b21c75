"""README's speed table is the committed bench run's (bench/readme.py), figure for figure."""

from __future__ import annotations

import json

from bench.readme import END, KEPT, README, START, rewritten, table


def test_the_readme_shows_the_committed_bench_results():
    results = json.loads(KEPT.read_text(encoding="utf-8"))
    readme = README.read_text(encoding="utf-8")
    shown = readme.split(START, 1)[1].split(END, 1)[0].strip()
    assert shown == table(results), "run `make bench-readme` (or edit nothing by hand there)"
    for figure in results["figures"].values():  # every figure, with its yardstick and ratio
        assert f"| {figure['what']} |" in shown
        assert f"| {figure['ratio']:.2f}x |" in shown


def test_a_figure_changed_in_the_results_changes_the_table():
    results = json.loads(KEPT.read_text(encoding="utf-8"))
    readme = README.read_text(encoding="utf-8")
    key = next(iter(results["figures"]))
    results["figures"][key]["ratio"] = 123.456
    changed = rewritten(readme, results)
    assert "| 123.46x |" in changed and "| 123.46x |" not in readme
    assert changed.count(START) == 1 and changed.count(END) == 1
    assert changed.split(START)[0] == readme.split(START)[0]  # the rest of README untouched
    assert changed.split(END)[1] == readme.split(END)[1]
