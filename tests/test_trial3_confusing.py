"""What confused a new user in the third trial (s3-trial, "Confusing"), each fixed with a
message that names file, line and fix; the finding's number beside each test."""

from __future__ import annotations

from pathlib import Path

from tests.conftest import run


def test_a_glob_over_a_folder_skips_its_defaults_file(examples: Path):
    # F1: "giaoban render DIR/*.yaml" names giaoban.yaml too
    records = sorted(str(p.name) for p in examples.glob("*.yaml"))
    assert "giaoban.yaml" in records
    result = run("render", *records, "-o", "out", "--format", "md")
    assert result.exit_code == 0, result.stderr
    assert (
        "bỏ qua giaoban.yaml: đây là tệp thiết lập chung của thư mục, không phải hồ sơ hội nghị"
        in result.stderr
    )
    assert "thiếu 'title'" not in result.stderr
    assert (examples / "out" / "nam-song-hau-2022-tin-bai.md").is_file()
    assert not list((examples / "out").glob("giaoban-*"))


def test_the_defaults_file_alone_is_not_a_record(examples: Path):
    result = run("render", "giaoban.yaml", "-o", "out")
    assert result.exit_code == 2
    assert result.stderr.strip().endswith(
        "giaoban.yaml là tệp thiết lập chung của thư mục, không phải hồ sơ hội nghị; hãy chỉ "
        "tên hồ sơ, ví dụ: giaoban render hoi-nghi-2024.yaml (cả thư mục thì dùng: giaoban "
        "export THƯ-MỤC -o THƯ-MỤC-RA)"
    )
