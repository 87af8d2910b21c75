"""Whole-process start-up: ``giaoban --help`` against ``python -c "import click"``.

Runs alternate so that both see the same machine load; reports the median of each
and their ratio (goal: at most 1.3x). Also times ``giaoban validate`` on the example
and on a broken copy of it (goal: under a second each).
"""

from __future__ import annotations

import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from figures import figure

ROOT = Path(__file__).resolve().parent.parent
GIAOBAN = str(Path(sys.executable).with_name("giaoban"))


def _time(command: list[str], cwd: Path = ROOT) -> float:
    start = time.perf_counter()
    subprocess.run(command, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    return time.perf_counter() - start


def alternate(a: list[str], b: list[str], runs: int, cwd: Path = ROOT) -> tuple[float, float]:
    times_a, times_b = [], []
    for _ in range(2):  # warm the file cache
        _time(a, cwd), _time(b, cwd)
    for _ in range(runs):
        times_a.append(_time(a, cwd))
        times_b.append(_time(b, cwd))
    return statistics.median(times_a), statistics.median(times_b)


def main(runs: int = 21) -> dict[str, float]:
    results: dict[str, float] = {}
    helped, click_only = alternate(
        [GIAOBAN, "--help"], [sys.executable, "-c", "import click"], runs
    )
    results["help_s"] = helped
    results["import_click_s"] = click_only
    results["help_ratio"] = helped / click_only
    print(f"giaoban --help        {helped * 1000:7.1f} ms (median of {runs})")
    print(f"python -c import click {click_only * 1000:6.1f} ms")
    print(f"ratio                 {helped / click_only:7.2f}x   (goal <= 1.3x)")
    figure("help", "giaoban --help", helped, 'python -c "import click"', click_only, goal=1.3)

    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        shutil.copytree(ROOT / "examples", work, dirs_exist_ok=True)
        text = (work / "nam-song-hau-2022.yaml").read_text(encoding="utf-8")
        (work / "broken.yaml").write_text(text.replace("\ndirectives:", "\ndirectivs:"))
        lines = ['a: &a ["x","x","x","x","x","x","x","x","x"]']
        for previous, name in zip("abcdefgh", "bcdefghi", strict=True):
            lines.append(f"{name}: &{name} [" + ",".join([f"*{previous}"] * 9) + "]")
        (work / "bomb.yaml").write_text("\n".join(lines) + "\n")
        for label, target in (
            ("valid", "nam-song-hau-2022.yaml"),
            ("typo", "broken.yaml"),
            ("alias bomb", "bomb.yaml"),
        ):
            seconds = statistics.median(
                _time([GIAOBAN, "validate", target], work) for _ in range(max(5, runs // 3))
            )
            results[f"validate_{label}_s"] = seconds
            print(f"giaoban validate ({label}) {seconds * 1000:7.1f} ms   (goal < 1000 ms)")
        results |= _pydantic_plugins(work, runs)
    return results


def _pydantic_plugins(work: Path, runs: int) -> dict[str, float]:
    """``giaoban validate`` with pydantic's plugin search skipped (the default since
    issue 16) against the search done (PYDANTIC_DISABLE_PLUGINS set empty), alternating."""
    import os

    times: dict[str, list[float]] = {"skipped": [], "searched": []}
    command = [GIAOBAN, "validate", "nam-song-hau-2022.yaml"]
    for _ in range(runs):
        for name, value in (("skipped", "__all__"), ("searched", "")):
            env = os.environ | {"PYDANTIC_DISABLE_PLUGINS": value}
            start = time.perf_counter()
            subprocess.run(command, cwd=work, env=env, stdout=subprocess.DEVNULL, check=True)
            times[name].append(time.perf_counter() - start)
    skipped, searched = (statistics.median(times[name]) for name in ("skipped", "searched"))
    print(
        f"giaoban validate, pydantic plugins not searched {skipped * 1000:6.1f} ms, searched "
        f"{searched * 1000:6.1f} ms: {skipped / searched:.2f}x"
    )
    return {"validate_plugins_skipped_vs_searched": skipped / searched}


if __name__ == "__main__":
    from run import installed_like  # as make bench: byte-code cached, as installed

    installed_like()
    main()
