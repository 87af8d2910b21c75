"""``giaoban followup`` with a broken record in the folder (F14 of the s2 trial): the
record is reported once, file:line first; a report of another cluster goes on."""

from __future__ import annotations

from tests.conftest import edited, run


def _broken_other_cluster(examples):
    other = examples / "khac"
    other.mkdir()
    (other / "giaoban.yaml").write_text("meeting:\n  cluster:\n    name: Tây Nguyên\n", "utf-8")
    return edited(
        examples / "nam-song-hau-2023.yaml",
        other / "tay-nguyen-2023.yaml",
        "  date: 2023-12-14",
        "  date: 2023-02-30",
    )


def test_a_broken_record_of_another_cluster_does_not_block_the_report(examples):
    broken = _broken_other_cluster(examples)
    result = run("followup", ".", "--cluster", "Nam Sông Hậu")
    assert result.exit_code == 0, result.stderr
    assert "# Theo dõi thực hiện các nội dung chỉ đạo, Cụm thi đua Nam Sông Hậu" in result.stdout
    mentions = [line for line in result.stderr.splitlines() if "tay-nguyen-2023.yaml" in line]
    assert len(mentions) == 1, result.stderr
    assert mentions[0].startswith("khac/tay-nguyen-2023.yaml:")
    assert "2023-02-30" in mentions[0] and "Cụm khác, đã bỏ qua" in mentions[0]
    # the cluster it belongs to depends on it: refused, the problem said once
    own = run("followup", ".", "--cluster", "Tây Nguyên")
    assert own.exit_code == 1
    assert own.stderr.count(f"{broken.relative_to(examples)}:") == 1, own.stderr


def test_an_unknown_earlier_directive_lists_the_ids(examples):
    path = examples / "nam-song-hau-2023.yaml"
    edited(path, path, "  - directive: khac-phuc-kho-khan", "  - directive: zzz-khong-co")
    result = run("validate", path.name)
    assert result.exit_code == 1
    assert "chỉ đạo 'zzz-khong-co' không có trong directives của nam-song-hau-2022.yaml" in (
        result.stderr
    )
    assert "Các mã hiện có:" in result.stderr
