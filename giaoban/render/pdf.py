"""Kept for callers that import it here: LibreOffice and PDF live in ``giaoban.pdf``."""

from __future__ import annotations

from giaoban.pdf import convert_to_pdf, find_soffice

__all__ = ["convert_to_pdf", "find_soffice"]
