"""Tool: files the installers need that are made from the sources at build time.

PNG icons at the hicolor sizes (rendered from resources/icons/journeyboard.svg with Qt's
SVG renderer) and the third-party licence file (generated from the installed packages'
metadata by app/about.py). Used by build_bundle.py and build_deb.py.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
ICON_SVG = ROOT / "resources" / "icons" / "journeyboard.svg"
ICON_SIZES = (16, 24, 32, 48, 64, 128, 256, 512)


def render_icons(folder: Path, sizes: tuple[int, ...] = ICON_SIZES) -> dict[int, Path]:
    """Render the application icon as ``folder/<size>.png`` for each size."""
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # no window: any machine will do
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    _app = QGuiApplication.instance() or QGuiApplication([sys.argv[0]])
    renderer = QSvgRenderer(str(ICON_SVG))
    if not renderer.isValid():
        raise SystemExit(f"{ICON_SVG}: not a valid SVG")
    folder.mkdir(parents=True, exist_ok=True)
    written = {}
    for size in sizes:
        image = QImage(size, size, QImage.Format.Format_ARGB32)
        image.fill(Qt.GlobalColor.transparent)
        painter = QPainter(image)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        path = folder / f"{size}.png"
        if not image.save(str(path), "PNG"):
            raise SystemExit(f"{path}: cannot be written")
        written[size] = path
    return written


def write_notice(path: Path) -> Path:
    """Write the third-party licence file (complete or absent)."""
    sys.path.insert(0, str(ROOT))
    from app.about import third_party_notice

    temp = path.with_name(path.name + ".tmp")
    temp.write_text(third_party_notice(), encoding="utf-8")
    os.replace(temp, path)
    return path
