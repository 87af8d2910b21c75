"""The documents of the records the project wrote itself, compared with their reviewed text.

These records (``examples/nam-song-hau-2023.yaml``, ``tests/data/tay-nguyen`` and the
corpus of real meetings in ``tests/data/corpus``) are the project's own words, so their
expected documents live in ``tests/data/expected`` and the suite needs nothing outside
the repository (the comparison with the news agency's article,
``tests/test_seed_article.py``, runs where ``../shared`` is beside the clone).

After a deliberate change of wording, look at the new documents, then write them again:
``GIAOBAN_UPDATE_GOLDEN=1 .venv/bin/pytest tests/test_golden.py`` and review the diff.
"""

from __future__ import annotations

import os
import shutil
from pathlib import Path

import pytest

from tests.conftest import EXAMPLES, ROOT, run
from tests.docx_text import paragraphs

EXPECTED = ROOT / "tests" / "data" / "expected"
CORPUS = ROOT / "tests" / "data" / "corpus"
# The corpus of real meetings (issue 10): records written from public reports in the
# project's own words, their documents reviewed sentence by sentence.
RECORDS = {
    "nam-song-hau-2023": EXAMPLES,
    "tay-nguyen-2021": ROOT / "tests" / "data" / "tay-nguyen",
    "toi-thieu": ROOT / "tests" / "data" / "minimal",
    "day-du": ROOT / "tests" / "data" / "full",
    **{path.stem: CORPUS for path in sorted(CORPUS.glob("*.yaml"))},
}


def _rendered(name: str, tmp_path: Path) -> dict[str, str]:
    folder = tmp_path / "records"
    shutil.copytree(RECORDS[name], folder)
    out = tmp_path / "out"
    result = run("render", str(folder / f"{name}.yaml"), "-o", str(out), "--format", "md")
    assert result.exit_code == 0, result.output
    minutes = "\n".join(p for p in paragraphs(out / f"{name}-bien-ban.docx")) + "\n"
    return {
        f"{name}-bien-ban.txt": minutes,
        f"{name}-tin-bai.md": (out / f"{name}-tin-bai.md").read_text(encoding="utf-8"),
    }


@pytest.mark.parametrize("name", sorted(RECORDS))
def test_documents_equal_their_reviewed_text(name: str, tmp_path: Path):
    for file_name, text in _rendered(name, tmp_path).items():
        expected = EXPECTED / file_name
        if os.environ.get("GIAOBAN_UPDATE_GOLDEN") == "1":
            expected.write_text(text, encoding="utf-8")
        assert expected.is_file(), f"{expected} is missing: see this module's docstring"
        assert text == expected.read_text(encoding="utf-8"), (
            f"{file_name} differs from {expected}; if the change is deliberate, see the "
            "docstring of tests/test_golden.py"
        )
