"""What an export wrote, so that the next run skips what has not changed and never
overwrites a document that someone edited.

The manifest is ``OUT/.giaoban/manifest.json`` plus an append-only journal beside it.
Before a finished document is renamed into place, a line naming its file and the
hash of its new content is appended to the journal; so after any interruption (Ctrl-C,
kill -9, a full disk) every document in OUT is either the one the manifest knows or the
one the journal announced, and a file with any other content was changed by someone
else. At the end of a run the journal is folded into the manifest.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from giaoban.files import write_atomic

STATE_FOLDER = ".giaoban"
MANIFEST = "manifest.json"
JOURNAL = "journal.jsonl"
FORMAT_VERSION = 1


def file_hash(path: Path) -> str | None:
    """sha256 of a file's content, or None when it does not exist."""
    digest = hashlib.sha256()
    try:
        with path.open("rb") as stream:
            for block in iter(lambda: stream.read(1 << 16), b""):
                digest.update(block)
    except (FileNotFoundError, IsADirectoryError):
        return None
    return digest.hexdigest()


def bytes_hash(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass
class OutputEntry:
    sha256: str
    inputs: str
    record: str
    # size and modification time when written: while both are the same the content is
    # trusted without reading it again (as git and rsync do); any edit changes them.
    stat: list[int] = field(default_factory=list)


@dataclass
class RecordEntry:
    """What the manifest remembers of a record.

    ``source`` fingerprints the record and its defaults files (so that its year and
    cluster can be trusted without reading it again); ``inputs`` adds the templates
    and is set only once its documents are written and current.
    """

    source: str
    inputs: str
    outputs: list[str]
    templates: list[str] = field(default_factory=list)
    year: int | None = None
    cluster: str | None = None
    summary: dict[str, Any] = field(default_factory=dict)


class Manifest:
    """The state of one output folder."""

    def __init__(self, out_dir: Path) -> None:
        self.out_dir = out_dir
        self.folder = out_dir / STATE_FOLDER
        self.outputs: dict[str, OutputEntry] = {}
        self.records: dict[str, RecordEntry] = {}
        self.pending: dict[str, str] = {}  # output -> hash announced in the journal
        self.changed = False  # whether this run wrote anything to the journal
        # why an existing manifest could not be read ("" when it was, or there was none):
        # every document then looks foreign, so the run says so once (s3-trial F35)
        self.unreadable = ""
        self._journal: Any = None
        self._load()

    # --- reading ------------------------------------------------------------------

    def _load(self) -> None:
        try:
            data = json.loads((self.folder / MANIFEST).read_text(encoding="utf-8"))
            if data.get("format") == FORMAT_VERSION:
                self.outputs = {k: OutputEntry(**v) for k, v in data["outputs"].items()}
                self.records = {k: RecordEntry(**v) for k, v in data["records"].items()}
        except FileNotFoundError:
            pass
        except (ValueError, KeyError, TypeError, AttributeError, OSError) as error:
            self.unreadable = type(error).__name__
        with contextlib.suppress(FileNotFoundError):
            for line in (self.folder / JOURNAL).read_text(encoding="utf-8").splitlines():
                try:
                    self._replay(json.loads(line))
                except (ValueError, KeyError, TypeError):
                    continue  # a line cut short by an interruption

    def _replay(self, event: dict[str, Any]) -> None:
        if event["kind"] == "intent":
            self.pending[event["output"]] = event["sha256"]
        elif event["kind"] == "written":
            self.outputs[event["output"]] = OutputEntry(
                event["sha256"], event["inputs"], event["record"], event.get("stat", [])
            )
            self.pending.pop(event["output"], None)
        elif event["kind"] == "record":
            self.records[event["record"]] = RecordEntry(**event["entry"])
        elif event["kind"] == "forget":
            self.records.pop(event["record"], None)

    def ours(self, output: str, current: str | None, new: str | None = None) -> bool:
        """Whether the file's current content is one giaoban wrote (or was about to), or
        is byte for byte the ``new`` content about to replace it (nothing to lose: a
        folder whose manifest was lost or copied without it is not "edited" throughout)."""
        if current is None or (new is not None and current == new):
            return True
        known = self.outputs.get(output)
        return (known is not None and known.sha256 == current) or self.pending.get(
            output
        ) == current

    def unchanged(self, record: str, inputs: str) -> bool:
        """Whether ``record``'s outputs were made from these inputs and are still intact."""
        entry = self.records.get(record)
        if entry is None or entry.inputs != inputs:
            return False
        for output in entry.outputs:
            known = self.outputs.get(output)
            if known is None or known.inputs != inputs:
                return False
            if not self.intact(output, known):
                return False
        return True

    def intact(self, output: str, known: OutputEntry) -> bool:
        path = self.out_dir / output
        try:
            status = path.stat()
        except OSError:
            return False
        if known.stat and known.stat == [status.st_size, status.st_mtime_ns]:
            return True
        return file_hash(path) == known.sha256

    # --- writing -------------------------------------------------------------------

    def _append(self, event: dict[str, Any]) -> None:
        self.changed = True
        if self._journal is None:
            self.folder.mkdir(parents=True, exist_ok=True)
            self._journal = (self.folder / JOURNAL).open("a", encoding="utf-8")
        self._journal.write(json.dumps(event, ensure_ascii=False) + "\n")
        self._journal.flush()

    def announce(self, output: str, sha256: str) -> None:
        """Before a document is renamed into place: this content is ours."""
        self.pending[output] = sha256
        self._append({"kind": "intent", "output": output, "sha256": sha256})

    def withdraw(self, output: str) -> None:
        """An announced document that could not be put in place (open in Word)."""
        self.pending.pop(output, None)

    def written(self, output: str, sha256: str, inputs: str, record: str) -> None:
        try:
            status = (self.out_dir / output).stat()
            stat = [status.st_size, status.st_mtime_ns]
        except OSError:
            stat = []
        self.outputs[output] = OutputEntry(sha256, inputs, record, stat)
        self.pending.pop(output, None)
        self._append(
            {
                "kind": "written",
                "output": output,
                "sha256": sha256,
                "stat": stat,
                "inputs": inputs,
                "record": record,
            }
        )

    def record_done(self, record: str, entry: RecordEntry) -> None:
        self.records[record] = entry
        self._append({"kind": "record", "record": record, "entry": entry.__dict__})

    def forget(self, record: str) -> None:
        """``record`` is no longer in the archive: its entry goes (the summary and the
        zip leave it out); what it wrote stays known as giaoban's (``outputs``)."""
        if self.records.pop(record, None) is not None:
            self._append({"kind": "forget", "record": record})

    def save(self) -> None:
        """Fold the journal into the manifest (atomically), then start a new journal.

        A run that changed nothing leaves both as they are.
        """
        if not self.changed and (self.folder / MANIFEST).exists():
            return
        data = {
            "format": FORMAT_VERSION,
            "outputs": {k: v.__dict__ for k, v in sorted(self.outputs.items())},
            "records": {k: v.__dict__ for k, v in sorted(self.records.items())},
        }
        self.folder.mkdir(parents=True, exist_ok=True)
        write_atomic(
            self.folder / MANIFEST,
            json.dumps(data, ensure_ascii=False, indent=1).encode("utf-8"),
        )
        self.close()
        with contextlib.suppress(FileNotFoundError):
            os.unlink(self.folder / JOURNAL)
        for output, sha256 in self.pending.items():  # announced, not yet confirmed
            self._append({"kind": "intent", "output": output, "sha256": sha256})
        self.close()

    def close(self) -> None:
        if self._journal is not None:
            self._journal.close()
            self._journal = None
