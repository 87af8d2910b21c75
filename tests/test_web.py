"""giaoban serve without a browser: the YAML it writes, its checks, its refusals."""

from __future__ import annotations

import copy
import json
from pathlib import Path

import pytest
from starlette.testclient import TestClient

from giaoban.record import load_record
from giaoban.record.source import load_source
from giaoban.web.app import MAX_BODY_BYTES, create_app
from giaoban.web.workspace import Refused, Workspace, key_order
from giaoban.web.yamltext import merged_text
from tests.conftest import EXAMPLE_2022, run

HOST = "http://127.0.0.1:8765"
SAME_ORIGIN = {"Origin": HOST}


def _data(path: Path) -> dict:
    return load_source(path).data


def test_an_unchanged_record_is_written_back_byte_for_byte(examples):
    path = examples / EXAMPLE_2022
    text = path.read_text(encoding="utf-8")
    data = _data(path)
    assert merged_text(text, data, copy.deepcopy(data)) == text


def test_values_yaml_would_retype_read_back_as_typed(examples, tmp_path):
    """8:30 (sexagesimal 510 in YAML 1.1), No (false), 2022 (an integer): giaoban's reader
    gives back exactly the text typed, and a plain YAML reader no boolean."""
    import yaml

    path = examples / EXAMPLE_2022
    data = _data(path)
    edited = copy.deepcopy(data)
    edited["meeting"]["start"] = "8:30"
    edited["meeting"]["place"]["venue"] = "No"
    edited["meeting"]["place"]["province"] = "2022"
    edited["attendees"][0]["name"] = "null"
    out = tmp_path / "out.yaml"
    text = merged_text(path.read_text(encoding="utf-8"), data, edited, key_order)
    out.write_text(text, encoding="utf-8")
    assert load_source(out).data == edited
    plain = yaml.safe_load(out.read_text(encoding="utf-8"))
    assert plain["meeting"]["place"]["venue"] == "No"
    assert plain["attendees"][0]["name"] == "null"
    # a new key goes where the model puts it: start right after date
    keys = list(plain["meeting"])
    assert keys.index("start") == keys.index("date") + 1


def test_reordering_keeps_comments_and_untouched_formatting(examples, tmp_path):
    path = examples / EXAMPLE_2022
    text = path.read_text(encoding="utf-8")
    data = _data(path)
    edited = copy.deepcopy(data)
    edited["attendees"].reverse()
    edited["meeting"]["date"] = "2022-12-16"
    result = merged_text(text, data, edited)
    assert result.count("\n# ") == text.count("\n# ")  # every comment kept
    assert "# Bài báo không nêu Cụm trưởng năm 2022" in result
    assert "    roles: [dự, phát biểu]\n" in result  # flow lists stay flow
    assert "  date: 2022-12-16\n" in result
    assert "      bên cạnh kết quả đạt được, hoạt động của Cụm thi đua Nam Sông Hậu còn một\n" in (
        result
    )  # a folded text keeps its line breaks
    out = tmp_path / EXAMPLE_2022
    out.write_text(result, encoding="utf-8")
    (tmp_path / "giaoban.yaml").write_text((examples / "giaoban.yaml").read_text("utf-8"), "utf-8")
    ids = [a.id for a in load_record(out).record.attendees]
    assert ids == ["lu-van-hung", "ngoc-anh"]


def test_problems_are_those_of_validate_with_their_field(examples):
    workspace = Workspace(examples)
    opened = workspace.open(EXAMPLE_2022)
    data = opened["data"]
    data["meeting"]["date"] = "2022-02-30"
    data["speeches"][0]["speaker"] = "ngoc-anhh"
    checked = workspace.check(EXAMPLE_2022, opened["version"], data)
    by_field = {p.field_path: p.message for p in checked.problems}
    assert "không có thật" in by_field[("meeting", "date")]
    # the cross-check (ids) runs once the types are right: fix the date, see it
    data["meeting"]["date"] = "2022-12-15"
    checked = workspace.check(EXAMPLE_2022, opened["version"], data)
    (problem,) = checked.problems
    assert problem.field_path == ("speeches", 0, "speaker")
    (examples / "draft.yaml").write_text(checked.text, encoding="utf-8")
    result = run("validate", "draft.yaml")
    assert result.exit_code == 1
    assert problem.message in result.output  # the same words as giaoban validate


def test_save_refuses_a_file_changed_on_disk(examples):
    workspace = Workspace(examples)
    opened = workspace.open(EXAMPLE_2022)
    path = examples / EXAMPLE_2022
    path.write_text(path.read_text(encoding="utf-8") + "# sửa tay\n", encoding="utf-8")
    data = opened["data"]
    data["meeting"]["title"] = "Tên mới"
    from giaoban.web.workspace import Conflict

    with pytest.raises(Conflict):
        workspace.save(EXAMPLE_2022, opened["version"], data)
    assert path.read_text(encoding="utf-8").endswith("# sửa tay\n")
    workspace.save(EXAMPLE_2022, opened["version"], data, force=True)
    assert "title: Tên mới" in path.read_text(encoding="utf-8")


@pytest.mark.parametrize(
    "name", ["../outside.yaml", "/etc/passwd", "sub/../../x.yaml", "giaoban.py", "a\x00.yaml"]
)
def test_paths_outside_the_folder_are_refused(examples, name):
    with pytest.raises(Refused):
        Workspace(examples).path(name, must_exist=False)


def test_a_symlink_out_of_the_folder_is_refused(examples, tmp_path):
    secret = tmp_path / "secret.yaml"
    secret.write_text("meeting: {}\n", encoding="utf-8")
    (examples / "link.yaml").symlink_to(secret)
    with pytest.raises(Refused):
        Workspace(examples).path("link.yaml")


def test_a_symlinked_record_does_not_empty_the_folder_page(examples, tmp_path):
    """s4-trial F82: one record that links to a file elsewhere made /api/folder a 500 and
    the page listed nothing; now the link is listed as refused and the others as usual."""
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    (elsewhere / "nsh.yaml").write_text((examples / EXAMPLE_2022).read_text("utf-8"), "utf-8")
    (examples / "nsh-link.yaml").symlink_to(elsewhere / "nsh.yaml")
    (examples / "host-link.yaml").symlink_to("/etc/hostname")
    client = TestClient(create_app(examples), base_url=HOST)
    response = client.get("/api/folder")
    assert response.status_code == 200
    body = response.json()
    rows = body["records"] if isinstance(body, dict) and "records" in body else body
    paths = {row["path"]: row for row in rows}
    assert EXAMPLE_2022 in paths and paths[EXAMPLE_2022]["problems"] == 0
    assert "giaoban.yaml" in paths
    for link in ("nsh-link.yaml", "host-link.yaml"):
        assert paths[link]["problems"] == 1
        assert "không thuộc thư mục đang mở" in paths[link]["first_problem"]
        assert link in paths[link]["first_problem"]


def test_the_api_refuses_other_hosts_origins_and_sizes(examples):
    client = TestClient(create_app(examples), base_url=HOST)
    assert client.get("/api/folder").status_code == 200
    # DNS rebinding: a name that resolves to 127.0.0.1 but is not this machine's
    assert client.get("/api/folder", headers={"Host": "evil.example"}).status_code == 421
    body = {"path": EXAMPLE_2022, "version": "x", "data": {}}
    cross = client.post("/api/save", json=body, headers={"Origin": "http://evil.example"})
    assert cross.status_code == 403
    form = client.post(
        "/api/save", data={"path": EXAMPLE_2022}, headers=SAME_ORIGIN
    )  # a form post cannot send JSON
    assert form.status_code == 415
    outside = client.post("/api/save", json={**body, "path": "../x.yaml"}, headers=SAME_ORIGIN)
    assert outside.status_code == 403
    assert "không thuộc thư mục" in outside.json()["error"]
    big = client.post(
        "/api/check",
        content=json.dumps({"pad": "x" * (MAX_BODY_BYTES + 1)}),
        headers={**SAME_ORIGIN, "Content-Type": "application/json"},
    )
    assert big.status_code == 413


@pytest.mark.parametrize(
    "body", ["[" * 100_000 + "]" * 100_000, "{bad json", "[]", "\ufeff{}".encode("utf-16")]
)
def test_a_body_that_is_no_json_object_is_one_message(examples, body):
    """200 KB of nested brackets (under the size limit) was a 500 and a traceback on the
    server's terminal (s3-trial F69); every unreadable body is one message, 400."""
    client = TestClient(create_app(examples), base_url=HOST, raise_server_exceptions=False)
    answer = client.post(
        "/api/check",
        content=body,
        headers={**SAME_ORIGIN, "Content-Type": "application/json"},
    )
    assert answer.status_code == 400
    assert answer.json() == {"error": "yêu cầu không đọc được: cần một đối tượng JSON"}


def test_another_address_needs_the_token(examples):
    client = TestClient(create_app(examples, token="secret-token"), base_url=HOST)
    assert client.get("/api/folder").status_code == 401
    # the address printed at start sets a cookie, then the page works
    assert client.get("/?token=secret-token").status_code == 200
    assert client.get("/api/folder").status_code == 200


def test_text_typed_decomposed_is_saved_in_nfc(examples):
    import unicodedata

    workspace = Workspace(examples)
    opened = workspace.open(EXAMPLE_2022)
    data = opened["data"]
    typed = unicodedata.normalize("NFD", "Hội trường Ủy ban Mặt trận tỉnh")  # Unikey, VNI
    data["meeting"]["place"]["venue"] = typed
    workspace.save(EXAMPLE_2022, opened["version"], data)
    text = (examples / EXAMPLE_2022).read_text(encoding="utf-8")
    assert unicodedata.normalize("NFC", typed) in text
    assert typed not in text


def test_warnings_are_shown_beside_their_field(examples):
    """Suspicious but valid: 19,455 documents (a thousands separator typed as a comma)."""
    workspace = Workspace(examples)
    opened = workspace.open(EXAMPLE_2022)
    data = opened["data"]
    data["figures"][0]["value"] = "19,455"
    checked = workspace.check(EXAMPLE_2022, opened["version"], data)
    assert checked.ok
    assert [w.field_path for w in checked.warnings] == [("figures", 0, "value")]


def test_the_defaults_file_opens_in_the_same_form(examples):
    workspace = Workspace(examples)
    opened = workspace.open("giaoban.yaml")
    data = opened["data"]
    data["minutes"]["chair_label"] = "CHU TRI"
    checked = workspace.check("giaoban.yaml", opened["version"], data)
    (problem,) = checked.problems
    assert problem.field_path == ("minutes", "chair_label")
    del data["minutes"]["chair_label"]
    assert workspace.check("giaoban.yaml", opened["version"], data).ok


def test_the_page_speaks_english_with_lang_en(examples):
    from giaoban.messages import set_language

    set_language("en")
    client = TestClient(create_app(examples), base_url=HOST)
    strings = client.get("/api/init").json()["strings"]
    assert strings["ui_save"] == "Save"
    assert strings["field_attendees"].startswith("Attendees")


def test_the_minutes_pages_come_from_libreoffice(examples, tmp_path, monkeypatch):
    """A resident LibreOffice lays out each change; it stops with the server."""
    monkeypatch.setenv("GIAOBAN_CACHE_DIR", str(tmp_path / "cache"))  # not the user's
    with TestClient(create_app(examples), base_url=HOST) as client:
        opened = client.get("/api/record", params={"path": EXAMPLE_2022}).json()
        pages = []
        for title in ("Hội nghị giao ban", "Hội nghị giao ban Cụm thi đua năm 2022"):
            opened["data"]["meeting"]["title"] = title
            answer = client.post(
                "/api/pages",
                json={"path": EXAMPLE_2022, "version": opened["version"], "data": opened["data"]},
                headers=SAME_ORIGIN,
            ).json()
            assert len(answer["pages"]) >= 2  # the example's minutes run over two pages
            assert all(page.startswith("data:image/png;base64,") for page in answer["pages"])
            pages.append(answer["pages"][0])
        assert pages[0] != pages[1]  # the first page shows the title
        converter = client.app.app.state.pages.converter  # type: ignore[attr-defined]
        assert converter is not None and converter.process.poll() is None
    assert converter.process.poll() is not None  # stopped with the server


def test_an_empty_folder_gets_its_shared_settings_from_the_form(tmp_path):
    workspace = Workspace(tmp_path)
    path = workspace.create_defaults()
    opened = workspace.open(path)
    data = opened["data"]
    data["meeting"]["cluster"] = {"name": "Nam Sông Hậu", "members": ["Bạc Liêu", "Cà Mau"]}
    data["minutes"] = {"recipients": ["Như trên"]}
    assert workspace.check(path, opened["version"], data).ok
    workspace.save(path, opened["version"], data)
    text = (tmp_path / "giaoban.yaml").read_text(encoding="utf-8")
    assert text.startswith("# ")
    assert "meeting:\n  cluster:\n    name: Nam Sông Hậu\n" in text  # a block, not {…}
    assert load_source(tmp_path / "giaoban.yaml").data == data
    with pytest.raises(Refused):
        workspace.create_defaults()  # never replaced


def test_every_key_of_the_form_has_a_vietnamese_label():
    """The form labels a field by its section's key first ("cluster.name"), then by the
    key; "membership" and "member_kind" were shown as raw YAML keys (s3-trial F42)."""
    from giaoban.messages import CATALOGUE
    from giaoban.record.load import _model_in
    from giaoban.record.model import Record

    missing, seen = [], set()

    def walk(model: type, section: str) -> None:
        if (model, section) in seen:
            return
        seen.add((model, section))
        for name, field in model.model_fields.items():
            key = field.alias or name
            if key.startswith("$"):
                continue
            labels = (f"web_field_{section}.{key}", f"web_field_{key}")
            if not any(label in CATALOGUE for label in labels):
                missing.append(f"{section}.{key}")
            inner = _model_in(field.annotation)
            if inner is not None:
                walk(inner, key)

    walk(Record, "")
    assert missing == []


def _free_port() -> int:
    import socket

    with socket.socket() as probe:
        probe.bind(("0.0.0.0", 0))
        return probe.getsockname()[1]


def test_serving_every_address_says_the_ones_other_computers_use(examples, monkeypatch, capsys):
    """`serve --host 0.0.0.0` printed only http://127.0.0.1…, the one address another
    computer cannot use (s3-trial F42)."""
    import uvicorn

    from giaoban.web import server

    monkeypatch.setattr(server, "_own_addresses", lambda: ["192.168.1.5"])
    monkeypatch.setattr(server, "_check_port", lambda host, port: None)  # nothing is bound
    monkeypatch.setattr(uvicorn.Server, "run", lambda self: None)
    port = _free_port()  # a fixed one may be taken by another server on a shared machine
    server.serve(examples, host="0.0.0.0", port=port)
    said = capsys.readouterr().err.splitlines()
    token = said[1].rsplit(": ", 1)[1]
    assert said[2] == f"Từ máy khác trong mạng: http://192.168.1.5:{port}/?token={token}"


def test_a_record_with_a_yaml_error_is_fixed_and_saved_as_text(examples):
    """s3-trial F31: a record YAML cannot read opened as a read-only dump, so a secretary
    without a text editor could not fix it. Its text is sent with the error's line; the
    fixed text is saved atomically, after the same checks (the file unchanged since it
    was opened; a text that still does not parse is not written, its error said)."""
    good = (examples / EXAMPLE_2022).read_text(encoding="utf-8")
    broken = good.replace("\n  kind: giao ban", "\n   kind: giao ban", 1)
    (examples / "hong.yaml").write_text(broken, encoding="utf-8")
    client = TestClient(create_app(examples), base_url=HOST)
    opened = client.get("/api/record", params={"path": "hong.yaml"}).json()
    assert opened["data"] is None and opened["text"] == broken
    (problem,) = opened["problems"]
    assert problem["line"] == broken.split("\n").index("   kind: giao ban") + 1
    still = client.post(
        "/api/save-text",
        json={"path": "hong.yaml", "version": opened["version"], "text": broken + "\n  x: [\n"},
        headers=SAME_ORIGIN,
    )
    assert still.status_code == 422 and still.json()["problems"][0]["line"]
    assert (examples / "hong.yaml").read_text(encoding="utf-8") == broken  # not written
    saved = client.post(
        "/api/save-text",
        json={"path": "hong.yaml", "version": opened["version"], "text": good},
        headers=SAME_ORIGIN,
    )
    assert saved.status_code == 200, saved.json()
    assert (examples / "hong.yaml").read_text(encoding="utf-8") == good
    assert not list(examples.glob(".hong.yaml*"))  # no temporary left
    again = client.get("/api/record", params={"path": "hong.yaml"}).json()
    assert again["data"]["meeting"]["kind"] == "giao ban"  # the form can open it now
    stale = client.post(
        "/api/save-text",
        json={"path": "hong.yaml", "version": opened["version"], "text": good + "\n"},
        headers=SAME_ORIGIN,
    )
    assert stale.status_code == 409  # changed since that version: not overwritten


def test_the_folder_list_names_a_notepad_txt_record_with_the_fix(examples):
    """s3-trial F48: serve's list left "hoi-nghi.yaml.txt" out without a word."""
    (examples / "hoi-nghi.yaml.txt").write_bytes((examples / EXAMPLE_2022).read_bytes())
    listed = Workspace(examples).listing()
    (row,) = [r for r in listed if r["path"] == "hoi-nghi.yaml.txt"]
    assert row["problems"] == 1
    assert "đổi tên thành hoi-nghi.yaml" in row["first_problem"]


def test_a_new_record_from_last_years_says_what_giaoban_new_says(examples, tmp_path):
    """The form's "Tạo" from last year's record answered only the path; the merged
    provinces `giaoban new` prints were nowhere to be seen (s3-trial F42). A name left
    empty was refused as "'.yaml' không phải tệp hồ sơ" and "a\\b.yaml" made one file
    with a backslash in its name (F34)."""
    client = TestClient(create_app(examples), base_url=HOST)
    made = client.post(
        "/api/new",
        json={"name": "x", "previous": "nam-song-hau-2023.yaml", "date": "2025-12-10"},
    )
    assert made.status_code == 200, made.text
    answer = made.json()
    assert answer["path"] == "x.yaml"
    told = answer["told"]
    assert "Bạc Liêu → Cà Mau: từ 01/7/2025 thuộc tỉnh Cà Mau (sắp xếp đơn vị hành chính)" in told
    assert "đã ghi x.yaml" in told
    assert not any(str(examples) in line for line in told)  # the folder's paths, not the server's
    for empty in ("", "  ", ".yaml", "/"):
        refused = client.post("/api/new", json={"name": empty})
        assert refused.status_code == 400, empty
        assert refused.json()["error"].startswith("hãy nhập tên tệp hồ sơ mới"), empty
    (examples / "nam").mkdir()
    windows = client.post("/api/new", json={"name": "nam\\giao-ban-2026"})
    assert windows.status_code == 200, windows.text
    assert windows.json()["path"] == "nam/giao-ban-2026.yaml"
    assert (examples / "nam" / "giao-ban-2026.yaml").is_file()
    assert not list(examples.glob("*\\*"))


def test_the_folder_list_shows_dates_as_the_documents_write_them(examples):
    """s4-trial F78: the folder page listed "2025-12-13" (ISO) while every document writes
    13/12/2025; the list keeps the ISO date to sort by and gives the date as shown."""
    client = TestClient(create_app(examples), base_url=HOST)
    body = client.get("/api/folder").json()
    rows = {row["path"]: row for row in body["records"]}
    assert rows[EXAMPLE_2022]["date"] == "2022-12-15"
    assert rows[EXAMPLE_2022]["date_shown"] == "15/12/2022"
    script = (Path(__file__).parents[1] / "giaoban" / "web" / "static" / "app.js").read_text(
        encoding="utf-8"
    )
    assert "r.date_shown" in script  # what the page prints in the list and the pickers
