"""s4-trial F101: messages written to a stream Python would encode in another code page
(Windows writes a redirected ``giaoban validate . > loi.txt`` in cp1252) are UTF-8, not
question marks. Simulated as the tester did, with PYTHONIOENCODING."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.conftest import edited


@pytest.mark.parametrize("encoding", ["cp1252", "ascii", "latin-1"])
def test_messages_are_utf8_whatever_the_output_encoding(examples: Path, encoding: str):
    record = edited(
        examples / "nam-song-hau-2023.yaml",
        examples / "sai.yaml",
        "    value: 7.1",
        '    value: "9,6%"',
    )
    environment = {**os.environ, "PYTHONIOENCODING": encoding, "GIAOBAN_RESIDENT": "0"}
    done = subprocess.run(
        [sys.executable, "-m", "giaoban", "validate", str(record)],
        capture_output=True,
        env=environment,
        cwd=examples,
        timeout=120,
    )
    assert done.returncode == 1
    said = done.stderr.decode("utf-8")  # strict: UTF-8 through and through
    assert "không phải số" in said and "1 lỗi trong 1 tệp" in said, said
    assert not done.stderr.startswith(b"\xef\xbb\xbf")  # no BOM on a stream
    shown = subprocess.run(
        [sys.executable, "-m", "giaoban", "show", str(examples / "nam-song-hau-2022.yaml")],
        capture_output=True,
        env=environment,
        cwd=examples,
        timeout=120,
    )
    assert shown.returncode == 0, shown.stderr
    assert "Hội nghị giao ban" in shown.stdout.decode("utf-8")
