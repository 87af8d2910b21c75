"""giaoban serve's own pages and answers, as a secretary meets them (s5-trial's web findings),
driven through Starlette's TestClient: the same API the page calls."""

from __future__ import annotations

import re
from pathlib import Path

from starlette.testclient import TestClient

from giaoban.record.source import load_source
from giaoban.web.app import create_app
from tests.conftest import run

HOST = "http://127.0.0.1:8765"


def _client(folder: Path) -> TestClient:
    return TestClient(create_app(folder), base_url=HOST)


def test_a_follow_up_with_a_broken_record_is_a_page_naming_it_and_its_lines(examples):
    """s5-trial F115: one record of the cluster in error made the follow-up tab show raw
    JSON with the server's paths, in a monospace font. It is now a page in Vietnamese that
    names the record (inside the folder), each line to fix with the message validate
    prints, and links to open it in the form; the CLI refuses the same folder."""
    broken = examples / "nam-song-hau-2023.yaml"
    text = broken.read_text(encoding="utf-8")
    broken.write_text(text.replace("date: 2023-12-14", "date: 2023-02-30", 1), encoding="utf-8")
    assert "2023-02-30" in broken.read_text(encoding="utf-8")
    cli = run("followup", ".", "--cluster", "Nam Sông Hậu")
    assert cli.exit_code == 1
    assert "nam-song-hau-2023.yaml:" in cli.output

    answer = _client(examples).get("/api/followup", params={"cluster": "Nam Sông Hậu"})
    assert answer.status_code == 422
    assert answer.headers["content-type"].startswith("text/html")
    page = answer.text
    assert "<h1>Chưa theo dõi được chỉ đạo của Cụm Nam Sông Hậu</h1>" in page
    assert "1 hồ sơ dưới đây có lỗi" in page
    assert "“Theo dõi thực hiện chỉ đạo”" in page  # the button she clicks again
    assert '<a class="button" href="/#/edit/nam-song-hau-2023.yaml">Mở để sửa</a>' in page
    line = next(i for i, t in enumerate(text.splitlines(), 1) if "date: 2023-12-14" in t)
    assert re.search(rf"dòng {line}, cột \d+:</span> <span class=\"fix\">meeting.date: ", page)
    assert "2023-02-30" in page
    assert str(examples) not in page  # the folder's names, not the server's paths
    assert '"problems"' not in page and "monospace" not in page


def test_a_follow_up_of_an_unknown_cluster_is_a_page_with_the_closest_name(examples):
    answer = _client(examples).get("/api/followup", params={"cluster": "Nam Song Hau 2"})
    assert answer.status_code == 400
    assert answer.headers["content-type"].startswith("text/html")
    assert "<h1>Chưa theo dõi được chỉ đạo của Cụm Nam Song Hau 2</h1>" in answer.text
    assert "Nam Sông Hậu" in answer.text
    assert str(examples) not in answer.text


def test_a_comparison_with_a_record_outside_the_folder_is_a_page(examples):
    answer = _client(examples).get("/api/diff", params={"old": "../x.yaml", "new": "a.yaml"})
    assert answer.status_code == 403
    assert "<h1>Chưa so sánh được chỉ đạo</h1>" in answer.text
    assert "không thuộc thư mục đang mở" in answer.text


def test_building_documents_beside_an_edited_biên_bản_says_what_was_and_was_not_written(
    examples,
):
    """s5-trial F109: "Tạo văn bản" on a record whose biên bản was edited in Word answered
    "dùng --force" (a flag a web page cannot pass) with the server's paths, and did not say
    that the tin bài WAS rewritten. Now the answer lists what was written and what was
    kept, and the page can write the new biên bản all the same: the edited one is first
    renamed, so nothing she made is lost, and the two documents agree again."""
    client = _client(examples)
    first = client.post("/api/render", json={"path": "nam-song-hau-2022.yaml"})
    assert first.status_code == 200, first.text
    assert first.json()["written"] == [
        "nam-song-hau-2022-bien-ban.docx",
        "nam-song-hau-2022-tin-bai.docx",
        "nam-song-hau-2022-tin-bai.md",
    ]
    minutes = examples / "nam-song-hau-2022-bien-ban.docx"
    edited = minutes.read_bytes() + b"\n(sua trong Word)"
    minutes.write_bytes(edited)
    record = examples / "nam-song-hau-2022.yaml"
    text = record.read_text(encoding="utf-8")
    changed = text.replace("Nam Sông Hậu\n", "Nam Sông Hậu mở rộng\n", 1)  # the title
    assert changed != text
    record.write_text(changed, encoding="utf-8")
    press_before = (examples / "nam-song-hau-2022-tin-bai.md").read_text(encoding="utf-8")

    second = client.post("/api/render", json={"path": "nam-song-hau-2022.yaml"})
    assert second.status_code == 200, second.text
    answer = second.json()
    assert answer["written"] == ["nam-song-hau-2022-tin-bai.docx", "nam-song-hau-2022-tin-bai.md"]
    assert answer["kept"] == [
        {
            "path": "nam-song-hau-2022-bien-ban.docx",
            "backup": "nam-song-hau-2022-bien-ban-sua-tay.docx",
        }
    ]
    assert "--force" not in second.text and str(examples) not in second.text
    assert minutes.read_bytes() == edited  # kept as she left it
    assert (examples / "nam-song-hau-2022-tin-bai.md").read_text(encoding="utf-8") != press_before

    third = client.post(
        "/api/render", json={"path": "nam-song-hau-2022.yaml", "replace_kept": True}
    )
    assert third.status_code == 200, third.text
    answer = third.json()
    assert answer["renamed"] == [
        {
            "path": "nam-song-hau-2022-bien-ban.docx",
            "backup": "nam-song-hau-2022-bien-ban-sua-tay.docx",
        }
    ]
    assert answer["kept"] == []
    assert "nam-song-hau-2022-bien-ban.docx" in answer["written"]
    assert (examples / "nam-song-hau-2022-bien-ban-sua-tay.docx").read_bytes() == edited
    assert minutes.read_bytes() != edited and minutes.read_bytes()[:2] == b"PK"
    # a second edit, a second copy: the first one is not overwritten
    minutes.write_bytes(b"PK edited again")
    fourth = client.post(
        "/api/render", json={"path": "nam-song-hau-2022.yaml", "replace_kept": True}
    )
    assert fourth.json()["renamed"][0]["backup"] == "nam-song-hau-2022-bien-ban-sua-tay-2.docx"
    assert (examples / "nam-song-hau-2022-bien-ban-sua-tay.docx").read_bytes() == edited


def test_a_new_record_is_refused_in_the_page_s_words(examples):
    """s5-trial F109's family and F123: the web's "Tạo" answered an existing name with
    "dùng --force để ghi đè" and a date before the earlier meeting with "--date: … hội nghị
    /tmp/…/x.yaml"; a name differing only in case from a record made a second file, one
    file on Windows and macOS."""
    client = _client(examples)
    exists = client.post("/api/new", json={"name": "nam-song-hau-2022.yaml"})
    assert exists.status_code == 409
    assert exists.json()["error"] == (
        "thư mục đã có tệp nam-song-hau-2022.yaml: hãy đặt tên khác, hoặc mở tệp đó trong danh sách"
    )
    twin = client.post("/api/new", json={"name": "NAM-SONG-HAU-2022.YAML"})
    assert twin.status_code == 409
    assert twin.json()["error"].startswith(
        "thư mục đã có nam-song-hau-2022.yaml, chỉ khác NAM-SONG-HAU-2022.YAML ở chữ hoa"
    )
    assert not (examples / "NAM-SONG-HAU-2022.YAML").exists()
    early = client.post(
        "/api/new",
        json={"name": "moi", "previous": "nam-song-hau-2023.yaml", "date": "1990-01-01"},
    )
    assert early.status_code == 400
    said = early.json()["error"]
    assert said.startswith("Ngày: ngày 01/01/1990 không sau hội nghị nam-song-hau-2023.yaml")
    assert "--" not in said and str(examples) not in said


def test_a_record_filled_in_the_form_loses_the_examples_it_filled(tmp_path, monkeypatch):
    """s5-trial F111: a new record filled in the form kept `giaoban new`'s example lines
    (``# locality: phường ...``, ``# - id: ma-ngan``) under the real values, and put
    ``member_kind`` after the blank line that closed ``cluster``. Examples of a field
    filled now go; the others, and the blank lines between sections, stay."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "giaoban.yaml").write_text("meeting: {}\n", encoding="utf-8")
    assert run("new", "cum8-2025.yaml", "--date", "2025-12-14").exit_code == 0
    written = (tmp_path / "cum8-2025.yaml").read_text(encoding="utf-8")
    assert "    # locality: phường ... (hoặc xã ...)\n" in written
    assert "# - id: ma-ngan\n" in written and "  # start: 8:00\n" in written
    client = _client(tmp_path)
    opened = client.get("/api/record", params={"path": "cum8-2025.yaml"}).json()
    data = opened["data"]
    data["meeting"]["start"] = "8:00"
    data["meeting"]["place"] = {"locality": "xã Kim Tân", "province": "Thanh Hóa"}
    data["meeting"]["cluster"]["member_kind"] = "xã"
    data["attendees"] = [{"id": "bi-thu", "name": "Lê Văn An", "honorific": "Ông"}]
    saved = client.post(
        "/api/save",
        json={"path": "cum8-2025.yaml", "version": opened["version"], "data": data},
        headers={"Origin": HOST},
    )
    assert saved.status_code == 200, saved.text
    text = (tmp_path / "cum8-2025.yaml").read_text(encoding="utf-8")
    assert "# locality:" not in text and "# province:" not in text and "# start:" not in text
    assert "# - id: ma-ngan" not in text and "#   name: Họ và tên" not in text
    assert "    # venue: Hội trường ...\n" in text and "  # end: 11:30\n" in text  # not filled
    assert "    year: 2025\n    member_kind: xã\n\nattendees:\n" in text
    assert "  - id: bi-thu\n    name: Lê Văn An\n    honorific: Ông\n\nspeeches: []\n" in text
    assert "  start: 8:00\n  # end: 11:30\n  place:\n    locality: xã Kim Tân\n" in text
    assert load_source(tmp_path / "cum8-2025.yaml").data["meeting"]["cluster"] == {
        "year": "2025",
        "member_kind": "xã",
    }


def test_a_commune_cluster_without_a_host_is_told_to_name_a_commune_s_committee(
    tmp_path, monkeypatch
):
    """s5-trial F111: a cluster of communes with no ``host`` was told to write "host: Ủy
    ban Mặt trận Tổ quốc Việt Nam tỉnh …": its host is a xã's committee."""
    monkeypatch.chdir(tmp_path)
    (tmp_path / "giaoban.yaml").write_text("meeting: {}\n", encoding="utf-8")
    assert run("new", "cum8.yaml", "--date", "2025-12-14").exit_code == 0
    record = tmp_path / "cum8.yaml"
    text = record.read_text(encoding="utf-8")
    for kind, unit in (("xã", "xã"), ("xã, phường", "xã"), ("tỉnh", "tỉnh")):
        cluster = f"  cluster:\n    name: số 8\n    member_kind: {kind}\n    year: 2025\n"
        record.write_text(text.replace("  cluster:\n    year: 2025\n", cluster), "utf-8")
        said = run("validate", "cum8.yaml").output
        assert f"hãy ghi host: Ủy ban Mặt trận Tổ quốc Việt Nam {unit} … (hoặc" in said, said


def test_the_pickers_offer_the_members_of_the_meeting_s_date(examples):
    """s5-trial F105: the "Đoàn" picker of a meeting of 10/12/2025 offered Bạc Liêu, Hậu
    Giang, Kiên Giang and Sóc Trăng (abolished on 1/7/2025), an error a second after
    being picked. The form now offers what the server says are the members on the
    meeting's date: the record's membership when it validates, else every member listed
    that the gazetteer knows as a unit on that date."""
    from giaoban.record.source import load_source as source

    client = _client(examples)

    def offered(name: str, data: dict) -> list[str]:
        answer = client.post(
            "/api/check", json={"path": name, "version": "", "data": data}, headers={"Origin": HOST}
        )
        assert answer.status_code == 200, answer.text
        return answer.json()["members"]

    data_2026 = source(examples / "nam-song-hau-2026.yaml").data
    assert offered("nam-song-hau-2026.yaml", data_2026) == ["Cà Mau", "An Giang", "Cần Thơ"]
    data_2022 = source(examples / "nam-song-hau-2022.yaml").data
    assert offered("nam-song-hau-2022.yaml", data_2022) == [
        "Bạc Liêu",
        "Cà Mau",
        "An Giang",
        "Hậu Giang",
        "Kiên Giang",
        "Sóc Trăng",
    ]
    data_2026["attendees"][1]["delegation"] = "Kiên Giang"  # an error: not a member then
    answer = client.post(
        "/api/check",
        json={"path": "nam-song-hau-2026.yaml", "version": "", "data": data_2026},
        headers={"Origin": HOST},
    ).json()
    assert any("Kiên Giang được sáp nhập" in p["message"] for p in answer["problems"])
    assert answer["members"] == ["Cà Mau", "An Giang", "Cần Thơ"]


def test_the_form_s_hints_name_provinces_true_before_and_after_the_mergers():
    """s5-trial F105: the form's hints (the model's descriptions, which `giaoban schema`
    gives an editor too) taught pre-merger names ('Bí thư Tỉnh ủy Bạc Liêu', 'thành phố
    Bạc Liêu') to secretaries writing after 1/7/2025. Every province or city a hint
    names is one on both sides of the reorganisation."""
    import datetime as dt
    import json

    from giaoban import gazetteer as gz
    from giaoban.commands.schema import record_schema

    texts = json.dumps(record_schema(False), ensure_ascii=False)
    texts += json.dumps(record_schema(True), ensure_ascii=False)
    named = {u.name for u in gz.gazetteer().units if u.name in texts}
    assert {"Cà Mau", "An Giang"} <= named
    for day in (dt.date(2024, 12, 1), dt.date(2026, 1, 1)):
        gone = [name for name in named if gz.find(name, day) is None]
        assert not gone, (day, gone)
