"""giaoban diff: directives compared as directives, across reordering and rewording."""

from __future__ import annotations

import json
import subprocess
import unicodedata
from pathlib import Path

import pytest
import yaml

from giaoban.diff import COSMETIC, MATCH, compare, items, pair_similarity
from giaoban.vietnamese import capitalize_first
from tests.conftest import EXAMPLES, ROOT, run
from tests.tracked import resolve

PAIRS = yaml.safe_load((ROOT / "tests" / "data" / "directive-pairs.yaml").read_text())["pairs"]
CORPUS = [p["old"] for p in PAIRS] + [p["new"] for p in PAIRS]


def _new_text(pair: dict) -> str:
    return unicodedata.normalize("NFD", pair["new"]) if pair.get("new_nfd") else pair["new"]


def precision_recall(threshold: float = MATCH) -> tuple[float, float]:
    predicted = [pair_similarity(p["old"], _new_text(p), CORPUS) >= threshold for p in PAIRS]
    truth = [p["same"] for p in PAIRS]
    hits = sum(a and b for a, b in zip(predicted, truth, strict=True))
    return hits / sum(predicted), hits / sum(truth)


def test_labelled_set_is_large_and_varied():
    assert len(PAIRS) >= 60
    kinds = {p["kind"] for p in PAIRS}
    assert kinds >= {"reworded", "extended", "narrowed", "cosmetic", "reordered", "different"}
    assert any(p.get("new_nfd") for p in PAIRS)


def test_matcher_precision_and_recall_on_the_labelled_set():
    precision, recall = precision_recall()
    assert precision >= 0.95, precision
    assert recall >= 0.95, recall


@pytest.mark.parametrize(
    "pair", [p for p in PAIRS if p["kind"] == "cosmetic"], ids=lambda p: p["new"][:30]
)
def test_cosmetic_variants_are_cosmetic(pair):
    (change,) = compare(items([pair["old"]]), items([_new_text(pair)]))
    assert change.status == COSMETIC


def write(
    folder: Path, name: str, year: int, directives: list, cluster: str = "Nam Sông Hậu"
) -> Path:
    record = {
        "meeting": {
            "title": "Hội nghị giao ban",
            "date": f"{year}-12-15",
            "cluster": {"name": cluster},
        },
        "directives": [d if isinstance(d, dict) else {"text": d} for d in directives],
    }
    path = folder / name
    path.write_text(json.dumps(record, ensure_ascii=False), encoding="utf-8")
    return path


LIST = [
    "nâng cao chất lượng giám sát, phản biện xã hội",
    "quan tâm kiện toàn, củng cố đội ngũ cán bộ Mặt trận các cấp, nhất là cấp cơ sở",
    "đẩy mạnh chuyển đổi số trong hoạt động của Mặt trận",
    "làm tốt công tác vận động Quỹ Vì người nghèo, hỗ trợ xây dựng nhà Đại đoàn kết",
]


def diff_json(*paths: Path) -> tuple[int, dict]:
    result = run("diff", *map(str, paths), "--format", "json")
    return result.exit_code, json.loads(result.stdout)


def test_reordering_only_is_no_change(tmp_path):
    old = write(tmp_path, "a.yaml", 2022, LIST)
    new = write(tmp_path, "b.yaml", 2023, LIST[::-1])
    code, data = diff_json(old, new)
    assert code == 0
    assert data["summary"]["unchanged"] == 4
    assert sum(data["summary"].values()) == 4


def test_example_years(tmp_path):
    result = run(
        "diff",
        str(EXAMPLES / "nam-song-hau-2022.yaml"),
        str(EXAMPLES / "nam-song-hau-2023.yaml"),
        "--format",
        "json",
    )
    assert result.exit_code == 1
    data = json.loads(result.stdout)
    assert data["old"]["year"] == 2022 and data["new"]["year"] == 2023
    statuses = [d["status"] for d in data["directives"]]
    assert statuses.count("split") == 1 and statuses.count("new") == 2
    assert statuses.count("dropped") == 1 and "cosmetic" in statuses
    split = next(d for d in data["directives"] if d["status"] == "split")
    assert split["old"]["id"] == "giam-sat-chat-luong"
    assert [n["id"] for n in split["new"]] == ["giam-sat-chuyen-de", "phan-bien-du-thao"]
    dropped = next(d for d in data["directives"] if d["status"] == "dropped")
    assert dropped["old"]["id"] == "khac-phuc-kho-khan" and dropped["new"] is None


def test_split_and_merge_found_without_ids(tmp_path):
    old = write(
        tmp_path,
        "a.yaml",
        2022,
        [
            "nâng cao chất lượng giám sát, phản biện xã hội và tổ chức tốt các hội nghị đối thoại "
            "với nhân dân",
            "quan tâm kiện toàn đội ngũ cán bộ Mặt trận cơ sở",
            "bồi dưỡng nghiệp vụ cho cán bộ Mặt trận cơ sở",
        ],
    )
    new = write(
        tmp_path,
        "b.yaml",
        2023,
        [
            "nâng cao chất lượng giám sát, phản biện xã hội",
            "tổ chức tốt các hội nghị đối thoại với nhân dân",
            "quan tâm kiện toàn và bồi dưỡng nghiệp vụ cho đội ngũ cán bộ Mặt trận cơ sở",
        ],
    )
    code, data = diff_json(old, new)
    assert code == 1
    statuses = sorted(d["status"] for d in data["directives"])
    assert statuses == ["merged", "split"]


def test_tracked_changes_accept_all_is_new_reject_all_is_old(tmp_path):
    old_list = [*LIST, "phối hợp chặt chẽ với các tổ chức thành viên"]
    new_list = [
        LIST[2],
        LIST[0].replace("nâng cao", "tiếp tục nâng cao"),
        "chuẩn bị chu đáo Đại hội Mặt trận Tổ quốc Việt Nam các cấp",
        LIST[1].replace("cấp ủy", "cấp uỷ"),
        LIST[3],
    ]
    old = write(tmp_path, "a.yaml", 2022, old_list)
    new = write(tmp_path, "b.yaml", 2023, new_list)
    target = tmp_path / "so-sanh.docx"
    result = run("diff", str(old), str(new), "--format", "docx", "-o", str(target))
    assert result.exit_code == 1, result.stderr
    accepted, rejected = resolve(target, accept=True), resolve(target, accept=False)
    # each directive capitalised, as the minutes begin it (s2-trial F35)
    assert accepted[-len(new_list) :] == [capitalize_first(t) for t in new_list]
    assert rejected[-len(old_list) :] == [capitalize_first(t) for t in old_list]
    xml = __import__("zipfile").ZipFile(target).read("word/document.xml").decode()
    assert 'w:author="giaoban"' in xml and 'w:date="2023-12-15T00:00:00Z"' in xml
    assert "moveFrom" not in xml and "moveTo" not in xml
    # numbered by the list itself: after Accept All or Reject All in LibreOffice the list
    # left is numbered 1) … n) without a gap
    for action, texts in (("accept", new_list), ("reject", old_list)):
        expected = [f"{n}) {capitalize_first(t)}" for n, t in enumerate(texts, start=1)]
        done = subprocess.run(
            ["/usr/bin/python3", str(ROOT / "tests" / "lo_tracked.py"), str(target), action],
            capture_output=True,
            text=True,
            timeout=240,
        )
        assert done.returncode == 0, done.stderr
        lines = [line.strip() for line in done.stdout.splitlines() if line.strip()]
        assert lines[-len(expected) :] == expected, (action, lines)


def test_formats_and_errors(tmp_path):
    old = write(tmp_path, "a.yaml", 2022, LIST)
    new = write(tmp_path, "b.yaml", 2023, [LIST[0].replace("nâng cao", "tiếp tục nâng cao")])
    markdown = run("diff", str(old), str(new), "--format", "md").stdout
    assert "**tiếp tục**" in markdown and "~~" in markdown
    page = run("diff", str(old), str(new), "--format", "html").stdout
    assert "<ins>tiếp tục</ins>" in page and "<del>" in page
    text = run("diff", str(old), str(new)).stdout
    assert "{+tiếp tục+}" in text and "bỏ 3" in text
    broken = tmp_path / "c.yaml"
    broken.write_text("meeting: [", encoding="utf-8")
    failed = run("diff", str(old), str(broken))
    assert failed.exit_code == 2 and "c.yaml:" in failed.stderr
    assert run("diff", str(old)).exit_code == 2
    assert run("diff", str(old), str(tmp_path / "missing.yaml")).exit_code == 2


def test_years_of_a_cluster_and_their_threads(tmp_path):
    write(tmp_path, "2021.yaml", 2021, LIST[:3])
    write(
        tmp_path, "2022.yaml", 2022, [LIST[0], LIST[1].replace("nhất là", "trước hết là"), LIST[3]]
    )
    write(tmp_path, "2023.yaml", 2023, [LIST[0], LIST[3]])
    write(tmp_path, "other.yaml", 2023, ["khác hẳn"], cluster="Tây Nguyên")
    result = run("diff", str(tmp_path), "--cluster", "nam song hau", "--format", "json")
    assert result.exit_code == 1, result.stderr
    data = json.loads(result.stdout)
    assert len(data["comparisons"]) == 2
    threads = {t["text"][:20]: t["years"] for t in data["threads"]}
    assert threads[LIST[0][:20]] == {"2021": "new", "2022": "unchanged", "2023": "unchanged"}
    assert threads[LIST[1][:20]] == {"2021": "new", "2022": "reworded", "2023": "dropped"}
    assert threads[LIST[2][:20]] == {"2021": "new", "2022": "dropped"}
    assert threads[LIST[3][:20]] == {"2022": "new", "2023": "unchanged"}
    table = run("diff", str(tmp_path), "--cluster", "Nam Sông Hậu", "--from", "2022").stdout
    assert "2021" not in table.split("Chỉ đạo qua các năm")[0]
    assert run("diff", str(tmp_path), "--cluster", "Tây Nguyên").exit_code == 2


def test_two_records_given_newest_first_are_compared_in_time_order(tmp_path):
    """`diff 2023.yaml 2022.yaml` called the 2022 directive new (s3-trial F43)."""
    old = write(tmp_path, "a.yaml", 2022, LIST)
    new = write(tmp_path, "b.yaml", 2023, LIST[:3])
    given = run("diff", str(old), str(new), "--format", "json")
    swapped = run("diff", str(new), str(old), "--format", "json")
    assert swapped.stdout == given.stdout  # the same comparison: one directive dropped
    assert json.loads(swapped.stdout)["summary"]["dropped"] == 1
    assert "lưu ý" not in given.stderr
    assert swapped.stderr.splitlines() == [
        f"lưu ý: {new} là hội nghị sau {old}; so sánh theo thứ tự thời gian: "
        "năm 2022 (15/12/2022) → năm 2023 (15/12/2023)"
    ]


def test_two_records_of_two_clusters_are_said_to_be_so(tmp_path):
    old = write(tmp_path, "a.yaml", 2022, LIST, cluster="Nam Sông Hậu")
    new = write(tmp_path, "b.yaml", 2023, LIST, cluster="số 8")
    result = run("diff", str(old), str(new))
    assert result.exit_code == 0
    assert "hai hồ sơ của hai Cụm khác nhau (Nam Sông Hậu; số 8)" in result.stderr
    same = write(tmp_path, "c.yaml", 2023, LIST, cluster="nam song hau")
    assert "Cụm khác nhau" not in run("diff", str(old), str(same)).stderr
