"""``giaoban schema``: the JSON Schema of a record, from the model that validates it."""

from __future__ import annotations

import json
from typing import Any


def record_schema(defaults: bool = False) -> dict[str, Any]:
    """JSON Schema (draft 2020-12) of a meeting record.

    With ``defaults``, the schema of a defaults file (``giaoban.yaml``): the same
    keys, none of them required.
    """
    from giaoban.record.model import Record

    schema = Record.model_json_schema(by_alias=True, mode="validation")
    schema["$schema"] = "https://json-schema.org/draft/2020-12/schema"
    if defaults:
        schema["title"] = "giaoban defaults file (giaoban.yaml)"
        _drop_required(schema)
    return schema


def _drop_required(node: Any) -> None:
    if isinstance(node, dict):
        node.pop("required", None)
        for value in node.values():
            _drop_required(value)
    elif isinstance(node, list):
        for value in node:
            _drop_required(value)


def schema_text(defaults: bool = False) -> str:
    return json.dumps(record_schema(defaults), ensure_ascii=False, indent=2) + "\n"
