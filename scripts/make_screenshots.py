"""Make the board screenshot for the docs: the real app on the demo workshop.

    python scripts/make_screenshots.py [--out docs/screenshots/board.png] [--lang en]

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
        window = MainWindow()
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


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--out", type=Path, default=ROOT / "docs" / "screenshots" / "board.png")
    parser.add_argument("--lang", choices=("en", "de"), default="en")
    args = parser.parse_args(argv)
    code = _relaunch_under_xvfb(argv)
    if code is not None:
        return code
    print(make_board_screenshot(args.out, args.lang))
    return 0


if __name__ == "__main__":
    sys.exit(main())
