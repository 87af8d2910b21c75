"""The meeting record: model, safe YAML loading, validation with file:line messages."""

from giaoban.record.discover import find_records
from giaoban.record.load import DEFAULTS_NAME, LoadedRecord, check_defaults, load_record

__all__ = ["DEFAULTS_NAME", "LoadedRecord", "check_defaults", "find_records", "load_record"]
