"""Make the screenshots for the docs: the real app on the demo workshop.

    python scripts/make_screenshots.py [--out docs/screenshots/board.png] [--lang en] [--all]

``--all`` also writes, next to ``--out``: the start screen, the rating panel in use,
presentation mode, the PDF export dialog and the board with the German interface.

Without a display it re-runs itself under ``xvfb-run`` (or, without Xvfb, on Qt's
offscreen platform). The window is grabbed with ``QWidget.grab()`` at 1600 x 1000.
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


def _relaunch_under_xvfb(argv: list[str]) -> int | None:
    """Run this script again under xvfb-run when there is no display; None: run here."""
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY") or os.environ.get(CHILD):
        return None
    if os.environ.get("QT_QPA_PLATFORM"):
        return None  # the caller chose a platform (e.g. offscreen)
    xvfb = shutil.which("xvfb-run")
    if xvfb is None:
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
        return None
    env = dict(os.environ, **{CHILD: "1"})
    command = [xvfb, "-a", "-s", "-screen 0 1920x1200x24", sys.executable, __file__, *argv]
    return subprocess.run(command, env=env, check=False).returncode


def make_board_screenshot(out: Path, lang: str = "en", size: tuple[int, int] = (1600, 1000)
                          ) -> Path:
    """Open the demo workshop in the main window and save a grab of the window to ``out``."""
    sys.path.insert(0, str(ROOT))
    from app.demo import demo_workshop
    from export.interchange import load
    from widgets.application import create_application
    from widgets.main_window import MainWindow

    app = create_application()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "demo.journey"
        load(demo_workshop(lang), path)
        from PySide6.QtCore import QSettings

        from widgets.settings import Settings

        window = MainWindow(Settings(QSettings(str(Path(folder) / "s.ini"),
                                               QSettings.Format.IniFormat)))
        window.resize(*size)
        if not window.open_file(path):
            raise SystemExit(f"cannot open {path}")
        window.show()
        for _ in range(10):
            app.processEvents()
        view = window.board_view
        # The whole board across the width (with its "Add phase" button).
        width = window.board_scene.sceneRect().width()
        view.set_zoom(min(1.0, (view.viewport().width() - 4) / width))
        view.horizontalScrollBar().setValue(0)
        view.verticalScrollBar().setValue(0)
        window.board_scene.select_cards(["c9"])  # the inspector shows a touchpoint
        window.board_scene.highlight_phase(None)
        for _ in range(10):
            app.processEvents()
        image = window.grab()
        out.parent.mkdir(parents=True, exist_ok=True)
        if not image.save(str(out)):
            raise SystemExit(f"cannot write {out}")
        window.close()
    return out


def _settle(app: object, rounds: int = 15) -> None:
    for _ in range(rounds):
        app.processEvents()  # type: ignore[attr-defined]


def _save(widget: object, out: Path) -> Path:
    out.parent.mkdir(parents=True, exist_ok=True)
    if not widget.grab().save(str(out)):  # type: ignore[attr-defined]
        raise SystemExit(f"cannot write {out}")
    print(out)
    return out


def make_shell_screenshots(folder: Path, size: tuple[int, int] = (1600, 1000)) -> None:
    """Start screen, rating, presentation mode, PDF dialog and German UI into ``folder``."""
    sys.path.insert(0, str(ROOT))
    from PySide6.QtCore import QSettings

    from app.demo import demo_workshop
    from export.interchange import load
    from widgets.application import create_application
    from widgets.export_dialog import PdfExportDialog
    from widgets.i18n import install_translator
    from widgets.main_window import MainWindow
    from widgets.settings import Settings

    app = create_application()
    with tempfile.TemporaryDirectory() as temp:
        settings = Settings(QSettings(str(Path(temp) / "s.ini"), QSettings.Format.IniFormat))
        settings.set_language("en")
        install_translator(app, "en")
        paths = {}
        for lang, name in (("en", "Bakery workshop"), ("de", "Baeckerei-Workshop")):
            paths[lang] = Path(temp) / f"{name}.journey"
            load(demo_workshop(lang), paths[lang])
        settings.add_recent_file(paths["de"])
        settings.add_recent_file(paths["en"])
        window = MainWindow(settings)
        window.resize(*size)
        window.show()
        _settle(app)
        _save(window, folder / "start-screen.png")

        window.open_file(paths["en"])
        window.panels.moments_dock.show()
        _settle(app)
        view = window.board_view
        view.set_zoom(0.8)
        view.horizontalScrollBar().setValue(0)
        view.verticalScrollBar().setValue(0)
        window.board_scene.select_cards(["c9"])
        view.ensure_visible("c9")
        _settle(app)
        _save(window, folder / "rating.png")
        window.panels.moments_dock.hide()

        window.presentation.enter()
        _settle(app, 30)
        window.presentation.next_phase()
        window.presentation.next_phase()
        _settle(app, 30)
        _save(window, folder / "presentation.png")
        window.presentation.exit()
        _settle(app, 30)

        dialog = PdfExportDialog(window.document, settings, window.current_map_id, window)
        dialog.show()
        _settle(app)
        _save(dialog, folder / "export-dialog.png")
        dialog.close()

        settings.set_language("de")
        install_translator(app, "de")
        window.open_file(paths["de"])
        _settle(app)
        width = window.board_scene.sceneRect().width()
        view.set_zoom(min(1.0, (view.viewport().width() - 4) / width))
        view.horizontalScrollBar().setValue(0)
        view.verticalScrollBar().setValue(0)
        window.board_scene.select_cards(["c9"])
        _settle(app)
        _save(window, folder / "board-de.png")
        window.close()
        install_translator(app, "en")


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "board.png")
    parser.add_argument("--lang", choices=("en", "de"), default="en")
    parser.add_argument("--all", action="store_true", help="also the shell screenshots")
    args = parser.parse_args(argv)
    code = _relaunch_under_xvfb(argv)
    if code is not None:
        return code
    print(make_board_screenshot(args.out, args.lang))
    if args.all:
        make_shell_screenshots(args.out.parent)
    return 0


if __name__ == "__main__":
    sys.exit(main())
