"""Rendering: record -> context -> Jinja templates (Word and text) -> files."""

PRESS_FORMATS = ("docx", "md", "txt", "html")
DEFAULT_PRESS_FORMATS = ("docx", "md")
