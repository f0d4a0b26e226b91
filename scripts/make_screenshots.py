"""Make the screenshots for the docs: the real app, on a 1280 x 720 screen, in each language.

    python scripts/make_screenshots.py [--out docs/screenshots] [--lang en de]

For each language it writes ``start-screen-<lang>-1280.png``, ``board-<lang>-1280.png``,
``rating-<lang>-1280.png``, ``presentation-<lang>-1280.png``,
``export-dialog-<lang>-1280.png`` and ``blueprint-<lang>-1280.png`` (the demo's to-be
map, a service blueprint with connections): the whole screen as a projector of 1280 x 720 shows it,
with the window placed by itself (as it opens for a user) on the demo workshop.

Without a display it re-runs itself under ``xvfb-run`` with a 1280 x 720 screen; a display
of another size is refused, as the pictures would not show what a projector shows.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
CHILD = "JOURNEYBOARD_SCREENSHOT_CHILD"
SCREEN = (1280, 720)


def _relaunch_under_xvfb(argv: list[str]) -> int | None:
    """Run this script again under xvfb-run at 1280 x 720 when there is no display."""
    if os.environ.get(CHILD) or os.environ.get("DISPLAY"):
        return None
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        raise SystemExit("make_screenshots: needs a display or xvfb-run (apt install xvfb)")
    env = dict(os.environ, **{CHILD: "1"})
    env.pop("QT_QPA_PLATFORM", None)
    screen = f"-screen 0 {SCREEN[0]}x{SCREEN[1]}x24"
    command = [xvfb, "-a", "-s", screen, sys.executable, __file__, *argv]
    return subprocess.run(command, env=env, check=False).returncode


def _settle(app: object, rounds: int = 20) -> None:
    import time

    for _ in range(rounds):
        app.processEvents()  # type: ignore[attr-defined]
        time.sleep(0.02)


def _shoot(app: object, out: Path) -> None:
    """The whole screen, as the projector shows it."""
    _settle(app)
    screen = app.primaryScreen()  # type: ignore[attr-defined]
    picture = screen.grabWindow(0)
    out.parent.mkdir(parents=True, exist_ok=True)
    if not picture.save(str(out)):
        raise SystemExit(f"cannot write {out}")
    print(out)


# Where the blueprint screenshot looks: the demo's to-be map from its Decision phase on,
# zoomed so that Tom's lane with the loop back above it, the three lines and the support
# lane fit a projector.
BLUEPRINT_ZOOM = 0.7
BLUEPRINT_FROM = ("ph10", "l7")  # the phase at the left, the lane at the top


def make_screenshots(folder: Path, lang: str) -> None:
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings

    from app.demo import demo_workshop
    from export.interchange import load
    from widgets.application import create_application
    from widgets.export_dialog import PdfExportDialog
    from widgets.i18n import install_translator
    from widgets.settings import Settings
    from widgets.window.main_window import MainWindow

    app = create_application()
    size = app.primaryScreen().size()
    if (size.width(), size.height()) != SCREEN:
        raise SystemExit(
            f"make_screenshots: the screen is {size.width()}x{size.height()}, "
            f"not {SCREEN[0]}x{SCREEN[1]}"
        )
    with tempfile.TemporaryDirectory() as temp:
        settings = Settings(QSettings(str(Path(temp) / "s.ini"), QSettings.Format.IniFormat))
        settings.set_language(lang)
        install_translator(app, lang)
        name = "Bäckerei Sonnenkorn" if lang == "de" else "Sonnenkorn bakery"
        path = Path(temp) / f"{name}.journey"
        load(demo_workshop(lang), path)
        settings.add_recent_file(path)
        window = MainWindow(settings)
        window.show()
        _shoot(app, folder / f"start-screen-{lang}-1280.png")

        window.open_file(path)
        _settle(app)
        view = window.board_view
        view.horizontalScrollBar().setValue(0)
        view.verticalScrollBar().setValue(0)
        _shoot(app, folder / f"board-{lang}-1280.png")

        window.panels.rating_dock.raise_()
        window.board_scene.select_cards(["c9"])
        view.ensure_visible("c9")
        _shoot(app, folder / f"rating-{lang}-1280.png")

        window.presentation.enter()
        _settle(app, 40)
        window.presentation.next_phase()
        window.presentation.next_phase()
        _shoot(app, folder / f"presentation-{lang}-1280.png")
        window.presentation.exit()
        _settle(app, 40)

        dialog = PdfExportDialog(window.document, settings, window.current_map_id, window)
        dialog.show()
        _shoot(app, folder / f"export-dialog-{lang}-1280.png")
        dialog.close()

        window.set_current_map("m2")  # the to-be map: the service blueprint
        _settle(app)
        view = window.board_view
        view.set_zoom(BLUEPRINT_ZOOM)
        _settle(app)
        phase, lane = BLUEPRINT_FROM
        layout = window.board_scene.frame
        assert layout is not None
        left = layout.phase(phase).header.x - layout.metrics.lane_header_width
        top = layout.lane(lane).header.y - layout.metrics.phase_header_height - 60
        view.horizontalScrollBar().setValue(int(left * BLUEPRINT_ZOOM))
        view.verticalScrollBar().setValue(int(top * BLUEPRINT_ZOOM))
        _shoot(app, folder / f"blueprint-{lang}-1280.png")
        window.close()


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots")
    parser.add_argument("--lang", nargs="+", choices=("en", "de"), default=["en", "de"])
    args = parser.parse_args(argv)
    code = _relaunch_under_xvfb(argv)
    if code is not None:
        return code
    if len(args.lang) > 1:  # one process per language: a clean window and settings each
        for lang in args.lang:
            code = subprocess.run(
                [sys.executable, __file__, "--out", str(args.out), "--lang", lang], check=False
            ).returncode
            if code:
                return code
        return 0
    make_screenshots(args.out, args.lang[0])
    return 0


if __name__ == "__main__":
    sys.exit(main())
