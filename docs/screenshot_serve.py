"""The README's picture of ``giaoban serve``, taken from the real application (`make pictures`).

Serves a copy of examples/ on 127.0.0.1, opens the 2022 record in Debian's chromium
(Playwright), types a date that does not exist so that the picture shows a message
beside its field, and saves docs/images/giaoban-serve.png.
"""

from __future__ import annotations

import shutil
import sys
import tempfile
import threading
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
TARGET = ROOT / "docs" / "images" / "giaoban-serve.png"
PORT = 8790


def main() -> None:
    import uvicorn
    from playwright.sync_api import sync_playwright

    sys.path.insert(0, str(ROOT))
    from giaoban.web.app import create_app
    from tests.test_web_browser import CHROMIUM, CHROMIUM_ARGS

    with tempfile.TemporaryDirectory(prefix="giaoban-picture-") as scratch:
        folder = Path(scratch) / "examples"
        shutil.copytree(ROOT / "examples", folder)
        server = uvicorn.Server(
            uvicorn.Config(create_app(folder), host="127.0.0.1", port=PORT, log_level="warning")
        )
        thread = threading.Thread(target=server.run, daemon=True)
        thread.start()
        while not server.started:
            time.sleep(0.05)
        try:
            with sync_playwright() as playwright:
                browser = playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
                page = browser.new_page(viewport={"width": 1360, "height": 820})
                page.goto(f"http://127.0.0.1:{PORT}/#/edit/nam-song-hau-2022.yaml")
                page.frame_locator("#press-frame").locator("h1").wait_for()
                date = page.locator('[data-path="meeting.date"] input[type=text]')
                date.fill("2022-12-32")
                page.locator('[data-path="meeting.date"] .problem').wait_for()
                page.evaluate("window.scrollTo(0, 0)")
                page.screenshot(path=str(TARGET))
                browser.close()
        finally:
            server.should_exit = True
            thread.join(10)
    print(f"written {TARGET.relative_to(ROOT)}")


if __name__ == "__main__":
    main()
