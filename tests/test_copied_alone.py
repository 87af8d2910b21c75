"""A record copied out of its folder without the folder's giaoban.yaml (s2-trial F9):
``validate`` says so at the line of ``meeting.cluster``, instead of letting the documents
quietly lose the cluster's name, members, organiser and recipients."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import EXAMPLES, ROOT, line_of, run

RECORD = "nam-song-hau-2026.yaml"


def test_a_record_copied_without_its_giaoban_yaml_gets_a_warning(tmp_path: Path):
    alone = tmp_path / "chep-rieng"
    alone.mkdir()
    shutil.copy(EXAMPLES / RECORD, alone / RECORD)
    result = run("validate", str(alone / RECORD))
    assert result.exit_code == 0, result.output  # a warning, not an error
    line = line_of(alone / RECORD, "  cluster:")
    assert f"{RECORD}:{line}:3: cảnh báo: meeting.cluster: Cụm chưa có tên và danh sách " in (
        result.output
    )
    assert "hãy chép cả giaoban.yaml theo" in result.output
    assert result.output.rstrip().endswith("1 tệp hợp lệ, 1 cảnh báo.")
    english = run("--lang", "en", "validate", str(alone / RECORD))
    assert "meeting.cluster: the cluster has neither a name nor members" in english.output
    # with the folder's giaoban.yaml beside it, nothing to say
    shutil.copy(EXAMPLES / "giaoban.yaml", alone / "giaoban.yaml")
    beside = run("validate", str(alone / RECORD))
    assert "cảnh báo" not in beside.output, beside.output


def test_no_false_alarm_on_the_examples_and_the_corpus():
    """The corpus records have no giaoban.yaml and some no members (their article does
    not list them), but each names its cluster."""
    for folder in (EXAMPLES, ROOT / "tests" / "data" / "corpus"):
        result = run("validate", str(folder))
        assert result.exit_code == 0, result.output
        assert "meeting.cluster:" not in result.output
