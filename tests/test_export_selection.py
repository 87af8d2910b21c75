"""``giaoban export`` whose --cluster or --year selects no record (F30 of the s2 trial):
a misspelt cluster is not a success; the message names what the archive holds."""

from __future__ import annotations

from tests.conftest import run


def test_a_misspelt_cluster_gets_the_closest_name(examples):
    result = run("export", ".", "-o", "out", "--cluster", "Nam Sông")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Không có hồ sơ nào của Cụm 'Nam Sông' trong thư mục '.'. Có phải ý bạn là 'Nam Sông Hậu'?"
    )
    assert not list((examples / "out").glob("*.docx"))
    other = run("export", ".", "-o", "out", "--cluster", "Tây Nguyên")  # read from the manifest
    assert other.exit_code == 2
    assert "Các Cụm có hồ sơ: Nam Sông Hậu." in other.stderr


def test_a_year_without_records_lists_the_years(examples):
    result = run("export", ".", "-o", "out", "--year", "2019", "--cluster", "nam song hau")
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1] == (
        "Không có hồ sơ nào năm 2019 của Cụm 'nam song hau' trong thư mục '.'. "
        "Các năm có hồ sơ: 2022, 2023, 2026."
    )
    english = run("--lang", "en", "export", ".", "-o", "out", "--year", "2019")
    assert "No record of 2019 in the folder '.'. Years with records: 2022, 2023, 2026." in (
        english.stderr
    )
    chosen = run("export", ".", "-o", "out", "--year", "2022")
    assert chosen.exit_code == 0, chosen.output
    assert (examples / "out" / "nam-song-hau-2022-bien-ban.docx").is_file()
