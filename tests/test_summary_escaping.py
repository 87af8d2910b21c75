"""s4-trial F102: the year summary's Markdown escapes what the record says, as the tin
bài's Markdown does (the one escaping, giaoban.render.filters.md_escape): markup in a title
stays text, and a "|" in a figure's label no longer splits its table row, which put the
figure under no year's column."""

from __future__ import annotations

import re
from pathlib import Path

from tests.conftest import edited, run

TITLE = "Hội nghị <b onmouseover=alert(2)>giao ban</b> Cụm thi đua Nam Sông Hậu"
LABEL = "tỷ lệ hộ nghèo <5% | tăng trưởng"


def _cells(row: str) -> list[str]:
    """The cells of a Markdown table row: split at the "|" not escaped by a backslash."""
    return re.split(r"(?<!\\)\|", row.strip())[1:-1]


def test_the_year_summary_escapes_markup_and_pipes_in_its_tables(examples: Path):
    record = examples / "nam-song-hau-2023.yaml"
    edited(
        record, record, "  title: Hội nghị giao ban Cụm thi đua Nam Sông Hậu", f'  title: "{TITLE}"'
    )
    edited(record, record, "    label: tăng trưởng kinh tế", f'    label: "{LABEL}"')
    result = run("export", ".", "-o", "out")
    assert result.exit_code == 0, result.stderr
    summary = (examples / "out" / "tong-hop-2023.md").read_text(encoding="utf-8")
    assert re.search(r"(?<!\\)[<>]", summary) is None  # no markup left unescaped
    assert "\\<b onmouseover=alert(2)\\>giao ban\\</b\\>" in summary
    tables: list[list[str]] = []
    for line in summary.splitlines():
        if line.startswith("|"):
            if not tables or not tables[-1]:
                tables.append([])
            tables[-1].append(line)
        elif tables and tables[-1]:
            tables.append([])
    for table in filter(None, tables):
        width = len(_cells(table[0]))
        for row in table[1:]:
            assert len(_cells(row)) == width, (table[0], row)
    table = next(t for t in tables if any("tỷ lệ hộ nghèo" in row for row in t))
    row = _cells(next(row for row in table if "tỷ lệ hộ nghèo" in row))
    assert row[0].strip().startswith("tỷ lệ hộ nghèo \\<5% \\| tăng trưởng"), row
    column = [cell.strip() for cell in _cells(table[0])].index("2023")
    assert row[column].strip() == "7,1%"  # under 2023, as the record says
