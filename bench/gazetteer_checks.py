"""What checking every province against the gazetteer costs a record's loading.

Loads the bundled examples (2022, 2023, 2026) with the province checks, respelling and
district-level warnings, and with the three replaced by no-ops, alternating so both see
the same machine load; reports the best of each and their ratio (goal: at most 1.2x).
"""

from __future__ import annotations

import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent


def _load_all(paths: list[Path], rounds: int) -> float:
    from giaoban.record import load_record

    start = time.perf_counter()
    for _ in range(rounds):
        for path in paths:
            load_record(path)
    return time.perf_counter() - start


def main(rounds: int = 100, repeats: int = 5) -> float:
    import giaoban.record.places as places

    paths = sorted((ROOT / "examples").glob("nam-song-hau-*.yaml"))
    real = (places.check_places, places.respell, places.district_level)
    _load_all(paths, 5)  # warm imports and caches
    checked, unchecked = [], []
    try:
        for _ in range(repeats):
            places.check_places, places.respell, places.district_level = real
            checked.append(_load_all(paths, rounds))
            places.check_places = lambda record, report: None
            places.respell = lambda record: None
            places.district_level = lambda record, warn: None
            unchecked.append(_load_all(paths, rounds))
    finally:
        places.check_places, places.respell, places.district_level = real
    ratio = min(checked) / min(unchecked)
    count = len(paths) * rounds
    print(
        f"{count} records loaded: with the gazetteer's checks {min(checked):.3f} s, "
        f"without {min(unchecked):.3f} s, ratio {ratio:.2f}x (goal: at most 1.2x)"
    )
    return ratio


if __name__ == "__main__":
    main()
