"""The meeting record: model, safe YAML loading, validation with file:line messages.

Names are loaded on first use, so that code needing only ``discover`` does not pay
for pydantic.
"""

from __future__ import annotations

from importlib import import_module
from typing import Any

_HOMES = {
    "DEFAULTS_NAME": "giaoban.record.discover",
    "find_records": "giaoban.record.discover",
    "defaults_chain": "giaoban.record.discover",
    "LoadedRecord": "giaoban.record.load",
    "check_defaults": "giaoban.record.load",
    "load_record": "giaoban.record.load",
}

__all__ = sorted(_HOMES)


def __getattr__(name: str) -> Any:
    if name in _HOMES:
        return getattr(import_module(_HOMES[name]), name)
    raise AttributeError(name)
