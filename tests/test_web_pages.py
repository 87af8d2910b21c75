"""giaoban serve's own pages and answers, as a secretary meets them (s5-trial's web findings),
driven through Starlette's TestClient: the same API the page calls."""

from __future__ import annotations

import re
from pathlib import Path

from starlette.testclient import TestClient

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
