"""Render every SVG icon of this folder into one PNG contact sheet, for a visual check.

Usage: python resources/icons/make_contact_sheet.py [OUT.png] [--size PX]

Each icon is drawn at PX (default 48) and at 16 px, the size used in the palette and on
cards, over a light card background, with its file name underneath. The sheet is a
development aid: do not commit its output.
"""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QFont, QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

HERE = Path(__file__).resolve().parent
COLUMNS = 5
LABEL_HEIGHT = 18
SMALL = 16


def make_sheet(out: Path, size: int = 48) -> int:
    """Write the contact sheet to ``out``; return the number of icons that failed to load."""
    icons = sorted(HERE.glob("*.svg"))
    cell_w = max(size + SMALL + 36, 130)
    cell_h = size + LABEL_HEIGHT + 20
    rows = (len(icons) + COLUMNS - 1) // COLUMNS
    image = QImage(cell_w * COLUMNS, max(rows, 1) * cell_h, QImage.Format.Format_ARGB32)
    image.fill(QColor("#FFFFFF"))
    failures = 0
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setFont(QFont("DejaVu Sans", 7))
    for index, path in enumerate(icons):
        x = (index % COLUMNS) * cell_w
        y = (index // COLUMNS) * cell_h
        painter.fillRect(QRectF(x + 4, y + 4, cell_w - 8, size + 12), QColor("#F5F7F8"))
        renderer = QSvgRenderer(str(path))
        if not renderer.isValid():
            failures += 1
            painter.fillRect(QRectF(x + 10, y + 10, size, size), QColor("#E53935"))
        else:
            renderer.render(painter, QRectF(x + 10, y + 10, size, size))
            renderer.render(painter, QRectF(x + size + 24, y + 10 + size - SMALL, SMALL, SMALL))
        painter.setPen(QColor("#263238"))
        painter.drawText(
            QRectF(x, y + size + 18, cell_w, LABEL_HEIGHT), Qt.AlignmentFlag.AlignHCenter, path.name
        )
    painter.end()
    if not image.save(str(out)):
        raise OSError(f"cannot write {out}")
    return failures


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("out", nargs="?", default="icons-contact-sheet.png", type=Path)
    parser.add_argument("--size", type=int, default=48)
    args = parser.parse_args(argv)
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    failures = make_sheet(args.out, args.size)
    print(f"{args.out}: {len(list(HERE.glob('*.svg')))} icons, {failures} failed")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
