"""giaoban schema: a JSON Schema the examples validate against, kept in docs/."""

from __future__ import annotations

import json
import re

import jsonschema
import yaml

from tests.conftest import EXAMPLES, ROOT, run


class _Yaml12Loader(yaml.SafeLoader):
    """YAML 1.2 core schema, as editors' language servers read it: 8:00 and dates stay text."""


_Yaml12Loader.yaml_implicit_resolvers = {}
for tag, pattern, first in [
    ("bool", r"^(?:true|True|TRUE|false|False|FALSE)$", "tTfF"),
    ("int", r"^[-+]?[0-9]+$", "-+0123456789"),
    ("float", r"^[-+]?(\.[0-9]+|[0-9]+(\.[0-9]*)?)([eE][-+]?[0-9]+)?$", "-+.0123456789"),
    ("null", r"^(?:~|null|Null|NULL|)$", ["~", "n", "N", ""]),
]:
    _Yaml12Loader.add_implicit_resolver(
        f"tag:yaml.org,2002:{tag}", re.compile(pattern), list(first)
    )


def _as_editor_sees_it(path):
    return yaml.load(path.read_text(encoding="utf-8"), Loader=_Yaml12Loader)


def test_schema_is_draft_2020_12_and_examples_validate():
    result = run("schema")
    assert result.exit_code == 0
    schema = json.loads(result.output)
    assert schema["$schema"] == "https://json-schema.org/draft/2020-12/schema"
    jsonschema.Draft202012Validator.check_schema(schema)
    validator = jsonschema.Draft202012Validator(schema)
    for record in sorted(EXAMPLES.glob("nam-song-hau-*.yaml")):
        errors = [e.message for e in validator.iter_errors(_as_editor_sees_it(record))]
        assert errors == [], (record.name, errors)
    defaults = json.loads(run("schema", "--defaults").output)
    errors = list(
        jsonschema.Draft202012Validator(defaults).iter_errors(
            _as_editor_sees_it(EXAMPLES / "giaoban.yaml")
        )
    )
    assert errors == []


def test_schema_refuses_what_validation_refuses():
    schema = json.loads(run("schema").output)
    validator = jsonschema.Draft202012Validator(schema)
    record = _as_editor_sees_it(EXAMPLES / "nam-song-hau-2022.yaml")
    record["directivs"] = record.pop("directives")
    assert any("directivs" in e.message for e in validator.iter_errors(record))
    record = _as_editor_sees_it(EXAMPLES / "nam-song-hau-2022.yaml")
    del record["meeting"]["date"]
    assert any("'date' is a required property" in e.message for e in validator.iter_errors(record))


def test_schema_files_in_docs_are_current():
    assert (ROOT / "docs" / "record.schema.json").read_text(encoding="utf-8") == run(
        "schema"
    ).output
    assert (ROOT / "docs" / "defaults.schema.json").read_text(encoding="utf-8") == run(
        "schema", "--defaults"
    ).output


def test_examples_point_editors_at_the_schema():
    for record in EXAMPLES.glob("*.yaml"):
        first = record.read_text(encoding="utf-8").splitlines()[0]
        assert first.startswith("# yaml-language-server: $schema=../docs/"), record.name
        assert (EXAMPLES / first.split("$schema=")[1]).resolve().is_file()


def test_record_format_doc_names_every_field():
    """docs/record-format.md documents every key the model accepts."""
    doc = (ROOT / "docs" / "record-format.md").read_text(encoding="utf-8")
    schema = json.loads(run("schema").output)
    missing = []
    for definition in [schema, *schema["$defs"].values()]:
        for variant in definition.get("anyOf", [definition]):
            for key in variant.get("properties", {}):
                forms = (f"`{key}`", f".{key}`", f"`{key}.")
                if key != "$schema" and not any(form in doc for form in forms):
                    missing.append(key)
    assert missing == []


def test_guarantees_name_tests_that_exist():
    """docs/guarantees.md cites tests by name; each must exist, or the promise is unproved."""
    import ast
    import re

    doc = (ROOT / "docs" / "guarantees.md").read_text(encoding="utf-8")
    cited = set(re.findall(r"`(tests/[\w/]+\.py)::(\w+)", doc))
    assert len(cited) >= 20
    for file, name in cited:
        tree = ast.parse((ROOT / file).read_text(encoding="utf-8"))
        names = {node.name for node in ast.walk(tree) if isinstance(node, ast.FunctionDef)}
        assert name in names, f"{file}::{name}"
