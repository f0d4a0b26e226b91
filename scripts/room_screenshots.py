"""Make the room's screenshots for the docs: the phone page in chromium, the Room panel.

    python scripts/room_screenshots.py [--out docs/screenshots]

Writes room-phone-join-en.png, room-phone-en.png and room-phone-de.png (Debian's
chromium at a phone's size, driven by Playwright) and room-panel-en.png and
room-panel-de.png (the window at 1280 x 720, a projector's size, with three phones that
joined). Without a display it re-runs itself under ``xvfb-run``.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import threading
from pathlib import Path
from types import SimpleNamespace
from urllib.parse import urlsplit

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
ARGS = ["--headless", "--no-sandbox", "--disable-gpu", "--disable-background-networking"]


def phone_screenshots(out: Path) -> None:
    from playwright.sync_api import sync_playwright

    from app.demo import demo_workshop
    from export.interchange import load
    from tests.room.room_support import Room

    with tempfile.TemporaryDirectory() as temp, sync_playwright() as playwright:
        browser = playwright.chromium.launch(executable_path="/usr/bin/chromium", args=ARGS)
        for lang, name in (("en", "Dana"), ("de", "Jonas")):
            path = Path(temp) / f"{lang}.journey"
            load(demo_workshop(lang), path)
            room = Room(path)
            context = browser.new_context(
                viewport={"width": 390, "height": 844},
                device_scale_factor=2,
                is_mobile=True,
                has_touch=True,
                locale=lang,
            )
            page = context.new_page()
            page.goto(room.url)
            page.locator("#name").wait_for()
            if lang == "en":
                page.locator("#name").fill("Dana")
                page.screenshot(path=str(out / "room-phone-join-en.png"))
            page.locator("#name").fill(name)
            page.locator("#join-button").tap()
            page.locator("#who").wait_for()
            page.locator("#exp button[data-v='-1']").tap()
            page.locator("#imp button[data-v='4']").tap()
            page.wait_for_timeout(800)  # the page moves on to the next touchpoint
            page.locator("#prev").tap()
            page.wait_for_timeout(300)
            page.screenshot(path=str(out / f"room-phone-{lang}.png"))
            context.close()
            room.stop()
        browser.close()


def panel_screenshots(out: Path) -> None:
    from PySide6.QtCore import QSettings

    from app.demo import demo_workshop
    from export.interchange import load
    from tests.room.room_support import Phone
    from widgets.application import create_application
    from widgets.i18n import install_translator
    from widgets.settings import Settings
    from widgets.window.main_window import MainWindow

    app = create_application()
    with tempfile.TemporaryDirectory() as temp:
        for lang, names in (("en", ["Dana", "Emil", "Farah"]), ("de", ["Dana", "Emil", "Farah"])):
            settings = Settings(
                QSettings(str(Path(temp) / f"{lang}.ini"), QSettings.Format.IniFormat)
            )
            settings.set_language(lang)
            install_translator(app, lang)
            path = Path(temp) / f"{lang}.journey"
            load(demo_workshop(lang), path)
            window = MainWindow(settings)
            window.resize(1280, 720)
            window.show()
            window.open_file(path)
            window.panels.room_dock.show()
            window.panels.rating_dock.hide()
            window.panels.participant_dock.hide()
            window.panels.persona_dock.hide()
            window.inspector_dock.hide()
            window.palette_dock.hide()
            window.resizeDocks(
                [window.panels.room_dock],
                [420],
                __import__("PySide6.QtCore").QtCore.Qt.Orientation.Horizontal,
            )
            panel = window.panels.room
            panel.start()
            parts = urlsplit(panel.url)
            room = SimpleNamespace(host=parts.hostname, port=parts.port, base=parts.path)

            def rate(name: str, count: int, room: object = room) -> None:
                phone = Phone(room)  # type: ignore[arg-type]
                phone.join(name)
                for n, card in enumerate(["c1", "c2", "c3", "c4", "c6", "c7"][:count]):
                    phone.rate(card, n % 5 - 2, 4)

            threads = [
                threading.Thread(target=rate, args=(n, c))
                for n, c in zip(names, (6, 3, 1), strict=True)
            ]
            for thread in threads:
                thread.start()
            while any(t.is_alive() for t in threads):
                app.processEvents()
            for _ in range(40):
                app.processEvents()
                threading.Event().wait(0.01)
            window.grab().save(str(out / f"room-panel-{lang}.png"))
            print(out / f"room-panel-{lang}.png")
            panel.stop()
            window.close()
        install_translator(app, "en")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    args = parser.parse_args()
    if not (os.environ.get("DISPLAY") or os.environ.get("QT_QPA_PLATFORM")):
        xvfb = shutil.which("xvfb-run")
        if xvfb:
            return subprocess.run(
                [
                    xvfb,
                    "-a",
                    "-s",
                    "-screen 0 1280x720x24",
                    sys.executable,
                    __file__,
                    "--out",
                    str(args.out),
                ],
                check=False,
            ).returncode
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    args.out.mkdir(parents=True, exist_ok=True)
    phone_screenshots(args.out)
    panel_screenshots(args.out)
    return 0


if __name__ == "__main__":
    sys.exit(main())
