"""Reading rendered documents back, for assertions."""

from __future__ import annotations

from pathlib import Path

from docx import Document


def paragraphs(path: Path) -> list[str]:
    """Every paragraph's text, tables included, in document order (body, then tables)."""
    document = Document(str(path))
    texts = [p.text for p in document.paragraphs]
    for table in document.tables:
        for row in table.rows:
            for cell in row.cells:
                texts.extend(p.text for p in cell.paragraphs)
    return texts


def text(path: Path) -> str:
    return "\n".join(paragraphs(path))
