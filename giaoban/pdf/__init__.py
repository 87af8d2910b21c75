"""Everything giaoban does with LibreOffice and PDF files lives in this package.

``convert_to_pdf`` turns .docx files into PDF (``libreoffice``), ``pdf_documents`` makes
the PDFs without writing them; the rest of giaoban calls only those and ``find_soffice``.
"""

from __future__ import annotations

from giaoban.pdf.libreoffice import PdfsMissing, convert_to_pdf, find_soffice, pdf_documents

__all__ = ["PdfsMissing", "convert_to_pdf", "find_soffice", "pdf_documents"]
