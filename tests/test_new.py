"""giaoban new: a record to fill in, valid as written."""

from __future__ import annotations

from giaoban.record import load_record
from tests.conftest import EXAMPLE_2022, run


def test_new_from_defaults_is_valid_and_names_the_cluster(examples):
    result = run("new", "moi.yaml", "--date", "2024-12-12")
    assert result.exit_code == 0, result.stderr
    record = load_record(examples / "moi.yaml").record
    assert record.meeting.title == "Hội nghị giao ban Cụm thi đua Nam Sông Hậu"
    assert record.meeting.date.isoformat() == "2024-12-12"
    assert run("validate", "moi.yaml").exit_code == 0


def test_new_from_last_year_makes_the_handover_target_the_chair_and_host(examples):
    result = run("new", "2023.yaml", "--from", EXAMPLE_2022)
    assert result.exit_code == 0, result.stderr
    record = load_record(examples / "2023.yaml").record
    cluster = record.meeting.cluster
    assert cluster.year == 2023
    assert cluster.chair == "Cà Mau"
    assert cluster.members[:2] == ["Bạc Liêu", "Cà Mau"]
    assert record.meeting.place.province == "Cà Mau"
    assert record.meeting.host == ["Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Cà Mau"]
    assert record.meeting.date.isoformat() == "2023-12-15"
    text = (examples / "2023.yaml").read_text(encoding="utf-8")
    assert "khac-phuc-kho-khan" in text  # last year's directive ids, offered for 'continues'


def test_new_never_overwrites_without_force(examples):
    before = (examples / EXAMPLE_2022).read_bytes()
    result = run("new", EXAMPLE_2022)
    assert result.exit_code == 2
    assert "đã có; dùng --force" in result.stderr
    assert (examples / EXAMPLE_2022).read_bytes() == before
    assert run("new", EXAMPLE_2022, "--force").exit_code == 0
    assert (examples / EXAMPLE_2022).read_bytes() != before


def test_new_from_a_broken_record_says_where(examples):
    (examples / "bad.yaml").write_text("meeting: [\n", encoding="utf-8")
    result = run("new", "x.yaml", "--from", "bad.yaml")
    assert result.exit_code == 1
    assert "bad.yaml:2:1:" in result.stderr
    assert not (examples / "x.yaml").exists()
