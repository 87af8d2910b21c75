"""Rendering: record -> context -> Jinja templates (Word and text) -> files."""
