"""giaoban serve in a real browser: Debian's chromium driven by Playwright.

`make test` installs chromium (apt-get) when it is missing; Playwright's own browser
downloads are not used.
"""

from __future__ import annotations

import shutil
import socket
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import pytest
import uvicorn

from giaoban.web.app import create_app
from tests.conftest import EXAMPLE_2022, EXAMPLES, run

CHROMIUM = "/usr/bin/chromium"
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--no-first-run",
]
PORTS = range(8700, 8800)


def _free_port(pairs: bool = False) -> int:
    """A free port of 127.0.0.1 in 8700-8799 (``pairs``: and the one below it too), drawn
    at random: the lowest free one was the one every run on the machine picked at once."""
    import random

    candidates = list(PORTS[1:] if pairs else PORTS)
    random.shuffle(candidates)
    for port in candidates:
        if all(_free(p) for p in ((port - 1, port) if pairs else (port,))):
            return port
    raise RuntimeError("no free port in 8700-8799")


def _free(port: int) -> bool:
    with socket.socket() as probe:
        try:
            probe.bind(("127.0.0.1", port))
        except OSError:
            return False
        return True


class Server:
    def __init__(self, folder: Path) -> None:
        self.folder = folder
        self.port = _free_port()
        self.url = f"http://127.0.0.1:{self.port}"
        config = uvicorn.Config(
            create_app(folder), host="127.0.0.1", port=self.port, log_level="warning"
        )
        self.server = uvicorn.Server(config)
        self.thread = threading.Thread(target=self.server.run, daemon=True)

    def __enter__(self) -> Server:
        self.thread.start()
        deadline = time.monotonic() + 20
        while not self.server.started:
            assert time.monotonic() < deadline, "the server did not start"
            time.sleep(0.05)
        return self

    def __exit__(self, *_exc: object) -> None:
        self.server.should_exit = True
        self.thread.join(10)


@pytest.fixture(scope="module")
def browser() -> Iterator[object]:
    from playwright.sync_api import sync_playwright

    assert Path(CHROMIUM).exists(), "chromium is missing: `make test` installs it"
    with sync_playwright() as playwright:
        launched = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        yield launched
        launched.close()


@pytest.fixture
def page(browser):
    context = browser.new_context(viewport={"width": 1400, "height": 1000}, accept_downloads=True)
    page = context.new_page()
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    page.set_default_timeout(15_000)
    yield page
    context.close()
    assert not errors, errors


def field(page, path: str):
    return page.locator(f'[data-path="{path}"]')


def test_a_secretary_writes_a_new_record_in_the_form(page, tmp_path):
    folder = tmp_path / "ho-so"
    folder.mkdir()
    shutil.copy(EXAMPLES / "giaoban.yaml", folder / "giaoban.yaml")
    with Server(folder) as server:
        page.goto(server.url + "/")
        page.fill("#new-name", "giao-ban-2024")
        page.fill("#new-date", "2024-12-19")
        page.click("#new-create")
        page.wait_for_selector("#form")

        # a date that does not exist: the message of `giaoban validate`, next to the field
        date = field(page, "meeting.date").locator("input[type=text]")
        date.fill("2024-02-30")
        problem = field(page, "meeting.date").locator(".problem")
        problem.wait_for()
        assert "không có thật" in problem.inner_text()
        date.fill("2024-12-20")
        problem.wait_for(state="detached")

        # two attendees, typed as she would, then the second moved first
        attendees = field(page, "attendees")
        for index, (ident, name, honorific) in enumerate(
            [("chu-tich", "Nguyễn Văn An", "Ông"), ("pho-chu-tich", "Lê Thị Bình", "Bà")]
        ):
            attendees.locator(":scope > button.add").click()
            field(page, f"attendees.{index}.id").locator("input").fill(ident)
            field(page, f"attendees.{index}.name").locator("input").fill(name)
            field(page, f"attendees.{index}.honorific").locator("select").select_option(honorific)
        # the second dragged above the first by its handle (the ↑ ↓ buttons do the same)
        items = attendees.locator(".item")
        first = items.nth(0).bounding_box()  # dropped on the first card's lower edge
        items.nth(1).locator(".handle").drag_to(
            items.nth(0), target_position={"x": 40, "y": first["height"] - 8}
        )
        assert "Lê Thị Bình" in items.nth(0).locator(".summary").inner_text()
        # the live preview shows what was typed (the press report, rendered by giaoban)
        frame = page.frame_locator("#press-frame")
        frame.locator("text=Lê Thị Bình").first.wait_for()
        assert page.locator("#problem-count").inner_text().startswith("hợp lệ")

        page.click("#save")
        page.wait_for_selector("#save-status.saved")

        saved = folder / "giao-ban-2024.yaml"
        text = saved.read_text(encoding="utf-8")
        assert text.startswith("# ")  # the comments `giaoban new` wrote are kept
        assert text.index("pho-chu-tich") < text.index("chu-tich\n")  # the order chosen
        assert run("validate", str(saved)).exit_code == 0

        # the documents downloaded are, byte for byte, those of `giaoban render`
        out = tmp_path / "out"
        assert run("render", str(saved), "-o", str(out)).exit_code == 0
        for document, fmt, name in [
            ("minutes", "docx", "giao-ban-2024-bien-ban.docx"),
            ("press", "md", "giao-ban-2024-tin-bai.md"),
        ]:
            with page.expect_download() as download:
                page.click(f'a[data-format="{document}.{fmt}"]')
            assert Path(download.value.path()).read_bytes() == (out / name).read_bytes()


def test_a_file_changed_on_disk_is_never_overwritten_in_silence(page, tmp_path):
    folder = tmp_path / "ho-so"
    shutil.copytree(EXAMPLES, folder)
    record = folder / EXAMPLE_2022
    with Server(folder) as server:
        page.goto(f"{server.url}/#/edit/{EXAMPLE_2022}")
        title = field(page, "meeting.title").locator("input")
        title.fill("Hội nghị giao ban Cụm thi đua Nam Sông Hậu (sửa trong biểu mẫu)")
        # someone edits the file meanwhile
        record.write_text(record.read_text(encoding="utf-8") + "# sửa bằng tay\n", encoding="utf-8")
        page.wait_for_selector("#conflict:not([hidden])")
        page.click("#save")
        page.wait_for_selector("#conflict:not([hidden])")
        assert record.read_text(encoding="utf-8").endswith("# sửa bằng tay\n")
        assert "sửa trong biểu mẫu" not in record.read_text(encoding="utf-8")


def test_cross_site_posts_and_paths_outside_are_refused(page, tmp_path):
    folder = tmp_path / "ho-so"
    shutil.copytree(EXAMPLES, folder)
    record = folder / EXAMPLE_2022
    before = record.read_bytes()
    outside = tmp_path / "ngoai.yaml"
    with Server(folder) as server:
        # a page of another site posts a form to the server
        page.set_content(
            f'<form method="post" action="{server.url}/api/save" enctype="text/plain">'
            f'<input name=\'{{"path": "{EXAMPLE_2022}", "data": {{}}, "force": true, "x": "\' '
            "value='\"}'><button>go</button></form>"
        )
        with page.expect_response(f"{server.url}/api/save") as response:
            page.click("button")
        assert response.value.status == 403
        assert record.read_bytes() == before
        # from the page itself, a path outside the folder
        page.goto(server.url + "/")
        answer = page.evaluate(
            """async () => {
                const r = await fetch('/api/new', {method: 'POST',
                    headers: {'Content-Type': 'application/json'},
                    body: JSON.stringify({name: '../ngoai.yaml'})});
                return [r.status, (await r.json()).error];
            }"""
        )
        assert answer[0] == 403 and "không thuộc thư mục" in answer[1]
        assert not outside.exists()


def test_every_example_and_corpus_record_is_saved_back_unchanged(page, tmp_path):
    """Opened in the form (shorthands shown in full: a title as a list, a paragraph as
    text, one handover) and saved without a change: the same bytes, comments and all."""
    folder = tmp_path / "ho-so"
    shutil.copytree(EXAMPLES, folder / "examples")
    shutil.copytree(EXAMPLES.parent / "tests" / "data" / "corpus", folder / "corpus")
    records = sorted(folder.rglob("*.yaml"))
    assert len(records) > 10
    with Server(folder) as server:
        for record in records:
            before = record.read_bytes()
            relative = record.relative_to(folder).as_posix()
            page.goto(f"{server.url}/?{relative}#/edit/{relative.replace('/', '%2F')}")
            page.wait_for_selector("#problem-count:not(:empty)")
            assert page.locator("#problem-count").inner_text().startswith("hợp lệ"), relative
            page.click("#save")
            page.wait_for_selector("#save-status.saved")
            assert record.read_bytes() == before, relative


def test_the_form_and_the_folder_list_show_warnings(page, tmp_path):
    # s3-trial F10: "Không có lỗi." and "hợp lệ" where validate prints a warning
    folder = tmp_path / "ho-so"
    shutil.copytree(EXAMPLES, folder)
    defaults = folder / "giaoban.yaml"
    text = defaults.read_text(encoding="utf-8")
    defaults.write_text(text.replace("part_of_day: false", "part_of_day: true"), encoding="utf-8")
    line = text[: text.index("part_of_day: false")].count("\n") + 1
    with Server(folder) as server:
        page.goto(f"{server.url}/#/edit/{EXAMPLE_2022}")
        warning = page.locator("#problems li.warning")
        warning.wait_for()
        said = warning.inner_text()
        assert said.startswith(f"Cảnh báo: giaoban.yaml:{line}: press.part_of_day: ")
        assert page.locator("#problem-count").inner_text() == "hợp lệ, 1 cảnh báo"
        assert "Không có lỗi." not in page.locator("#problems").inner_text()
        page.goto(f"{server.url}/")
        page.reload()
        cell = page.locator("td.warning").first
        cell.wait_for()
        assert cell.inner_text() == "hợp lệ, 1 cảnh báo"


def test_the_pickers_name_whom_an_id_means_and_the_cluster_speaks_vietnamese(page, tmp_path):
    """A speaker was picked among bare ids ("chu-tich-ca-mau"), and the cluster's name was
    labelled "Họ và tên / tên", its history "membership" (s3-trial F42)."""
    folder = tmp_path / "ho-so"
    shutil.copytree(EXAMPLES, folder)
    record = "nam-song-hau-2023.yaml"
    with Server(folder) as server:
        page.goto(f"{server.url}/#/edit/{record}")
        speaker = field(page, "speeches.0.speaker")
        option = speaker.locator('datalist option[value="chu-tich-ca-mau"]')
        assert option.get_attribute("label") == "Trần Văn Phước"
        cluster = field(page, "meeting.cluster.name")
        assert cluster.locator("label").first.inner_text().startswith("Tên Cụm thi đua")


def test_a_record_with_a_yaml_error_is_fixed_in_the_page(page, tmp_path):
    """s3-trial F31: the broken record opened as a read-only dump. Now its text is in a box
    with the error's line selected; saved once it reads, the form opens."""
    folder = tmp_path / "ho-so"
    shutil.copytree(EXAMPLES, folder)
    good = (folder / EXAMPLE_2022).read_text(encoding="utf-8")
    lines = good.split("\n")
    bad_line = lines.index("  kind: giao ban")
    lines[bad_line] = "   kind: giao ban"
    (folder / "hong.yaml").write_text("\n".join(lines), encoding="utf-8")
    with Server(folder) as server:
        page.goto(f"{server.url}/#/edit/hong.yaml")
        box = page.locator("#record-text")
        box.wait_for()
        said = page.locator("#text-problems li").first.inner_text()
        assert said.startswith(f"dòng {bad_line + 1}, cột "), said
        selected = page.evaluate(
            "() => { const b = document.getElementById('record-text');"
            " return b.value.slice(b.selectionStart, b.selectionEnd); }"
        )
        assert selected == "   kind: giao ban"
        box.fill(good)
        page.click("#save-text")
        page.wait_for_selector("#form")
        assert (folder / "hong.yaml").read_text(encoding="utf-8") == good


def test_a_long_speech_does_not_widen_the_form(page, tmp_path):
    """s4-trial F72: the 2022 example's long paragraphs made the page 6003 px wide at
    1280 px: the inputs ran under the preview and the ✕ buttons were half hidden."""
    folder = tmp_path / "ho-so"
    shutil.copytree(EXAMPLES, folder)
    page.set_viewport_size({"width": 1280, "height": 900})
    with Server(folder) as server:
        page.goto(f"{server.url}/#/edit/{EXAMPLE_2022}")
        page.locator("[data-path]").first.wait_for()
        page.locator(".form textarea:visible, .form input:visible").first.wait_for()
        assert page.evaluate("document.documentElement.scrollWidth") <= 1280
        form = page.evaluate(
            "(() => { const f = document.querySelector('.form');"
            " return [f.scrollWidth, f.clientWidth]; })()"
        )
        assert form[0] <= form[1] + 1, form


def test_a_record_made_from_last_years_shows_what_changed(page, tmp_path):
    """What `giaoban new --from` prints (the provinces merged since) is shown above the
    form of the record just made, once (s3-trial F42)."""
    folder = tmp_path / "ho-so"
    shutil.copytree(EXAMPLES, folder)
    with Server(folder) as server:
        page.goto(server.url + "/")
        page.fill("#new-name", "giao-ban-2025")
        page.select_option("#new-previous", "nam-song-hau-2023.yaml")
        page.fill("#new-date", "2025-12-10")
        page.click("#new-create")
        page.wait_for_selector("#form")
        told = page.locator("#told")
        assert told.is_visible()
        text = told.inner_text()
        assert "Bạc Liêu → Cà Mau: từ 01/7/2025 thuộc tỉnh Cà Mau" in text
        assert "đã ghi giao-ban-2025.yaml" in text
        page.screenshot(path=str(tmp_path / "told.png"))
        page.reload()  # said once: not again when the record is opened later
        page.wait_for_selector("#form")
        assert not page.locator("#told").is_visible()


def test_a_list_entry_with_a_message_stays_as_wide_as_the_others(page, tmp_path):
    """s5-trial F106: a list entry with a message (a title naming a province merged away)
    shrank to 14 px beside the message, so what she had to correct could not be seen.
    The message now goes under the entry, which keeps the width of the others."""
    folder = tmp_path / "ho-so"
    shutil.copytree(EXAMPLES, folder)
    record = folder / "nam-song-hau-2026.yaml"
    text = record.read_text(encoding="utf-8")
    wrong = "titles: [Chủ tịch Ủy ban Mặt trận Tổ quốc Việt Nam tỉnh Kiên Giang]"
    record.write_text(text.replace(wrong.replace("Kiên", "An"), wrong, 1), encoding="utf-8")
    assert wrong in record.read_text(encoding="utf-8")
    with Server(folder) as server:
        page.goto(f"{server.url}/#/edit/nam-song-hau-2026.yaml")
        entry = field(page, "attendees.1.titles.0")
        entry.locator(".problem").wait_for()
        assert "Kiên Giang được sáp nhập" in entry.locator(".problem").inner_text()
        typed = entry.locator("input, textarea").first
        assert typed.input_value().endswith("tỉnh Kiên Giang")
        name = field(page, "attendees.1.name").locator("input").bounding_box()["width"]
        width = typed.bounding_box()["width"]  # the row's ↑ ✕ buttons take the rest
        assert width > 0.85 * name and width > 300, (width, name)
        message = entry.locator(".problem").bounding_box()
        assert message["y"] >= typed.bounding_box()["y"] + typed.bounding_box()["height"] - 1


def test_documents_built_beside_an_edited_biên_bản_are_listed_and_the_new_one_offered(
    page, tmp_path
):
    """s5-trial F109: the page said "dùng --force" in an alert and not that the tin bài
    was rewritten. It now lists what was written and what was kept, with a button that
    writes the new biên bản after a confirm, the edited one kept under another name."""
    folder = tmp_path / "ho-so"
    shutil.copytree(EXAMPLES, folder)
    record = folder / EXAMPLE_2022
    assert run("render", str(record), "-o", str(folder)).exit_code == 0
    minutes = folder / "nam-song-hau-2022-bien-ban.docx"
    minutes.write_bytes(minutes.read_bytes() + b"x")
    text = record.read_text(encoding="utf-8")
    record.write_text(text.replace("Nam Sông Hậu\n", "Nam Sông Hậu mở rộng\n", 1), "utf-8")
    asked: list[str] = []
    page.on("dialog", lambda dialog: (asked.append(dialog.message), dialog.accept()))
    with Server(folder) as server:
        page.goto(server.url + "/")
        page.locator("tr", has_text=EXAMPLE_2022).locator("button.render").click()
        report = page.locator("#render-report")
        report.locator("button.replace-kept").wait_for()
        said = report.inner_text()
        assert "Đã ghi: nam-song-hau-2022-tin-bai.docx, nam-song-hau-2022-tin-bai.md." in said
        assert "Chưa ghi nam-song-hau-2022-bien-ban.docx: tệp này đã được sửa" in said
        assert "--force" not in said and str(folder) not in said
        report.locator("button.replace-kept").click()
        report.locator("text=được giữ với tên nam-song-hau-2022-bien-ban-sua-tay.docx").wait_for()
        assert asked and "nam-song-hau-2022-bien-ban-sua-tay.docx" in asked[0]
        assert "Đã ghi: nam-song-hau-2022-bien-ban.docx" in report.inner_text()
    assert (folder / "nam-song-hau-2022-bien-ban-sua-tay.docx").read_bytes().endswith(b"x")


def test_an_empty_folder_says_what_to_do_and_takes_a_day_first_date(page, tmp_path):
    """s5-trial F111: an empty folder showed a bare "null" and an empty table without a
    word, and the date box of "Hồ sơ mới" showed mm/dd/yyyy in an English Chromium (03/08
    reads 8 March to a Vietnamese reader). The date is now typed as the records write it."""
    folder = tmp_path / "trong"
    folder.mkdir()
    with Server(folder) as server:
        page.goto(server.url + "/")
        page.locator("#no-records").wait_for()
        shown = page.locator("#app").inner_text()
        assert "null" not in shown
        assert "chưa có hồ sơ nào" in page.locator("#no-records").inner_text()
        assert page.locator("#new-date").get_attribute("placeholder") == "15/12/2025"
        page.fill("#new-name", "cum8-2025")
        page.fill("#new-date", "03/08/2025")
        page.click("#new-create")
        page.wait_for_selector("#form")
    assert "  date: 2025-08-03\n" in (folder / "cum8-2025.yaml").read_text(encoding="utf-8")


def test_a_folder_renamed_away_is_said_not_shown_empty(page, tmp_path):
    """s5-trial F111: with the folder renamed away while the server ran, the page showed
    an empty list and the "Hồ sơ mới" form, as if her records had been deleted."""
    folder = tmp_path / "ho-so"
    shutil.copytree(EXAMPLES, folder)
    with Server(folder) as server:
        page.goto(server.url + "/")
        page.locator("tr", has_text=EXAMPLE_2022).wait_for()
        folder.rename(tmp_path / "ho-so-cu")
        page.reload()
        error = page.locator("#folder-error")
        error.wait_for()
        assert "không tồn tại" in error.inner_text()
        assert not page.locator("#no-records").count()  # not "no record yet"
