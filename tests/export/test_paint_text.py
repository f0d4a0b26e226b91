"""Painted text stays inside its box: a word longer than the line breaks inside itself."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from typing import Any


def test_a_long_german_compound_stays_inside_a_narrow_card(qapp: Any) -> None:
    from PySide6.QtCore import QRectF, Qt
    from PySide6.QtGui import QFontMetricsF, QImage, QPainter

    from render.paint import draw_text, ensure_fonts, title_font

    ensure_fonts()
    image = QImage(300, 80, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    box = QRectF(10, 5, 90, 60)
    draw_text(
        painter, box, "Radiowerbung für Weihnachtsstollenbestellungen", title_font(), "#000000"
    )
    painter.end()
    inked = [
        (x, y)
        for x in range(image.width())
        for y in range(image.height())
        if image.pixelColor(x, y).lightness() < 128
    ]
    assert max(x for x, _ in inked) <= box.right() + 1  # nothing runs out of the box
    # "Radiowerbung / für / Weihnachtsstoll- / enbestellungen": the word is not cut off
    # at the box's edge, its end comes on a fourth line.
    line = QFontMetricsF(title_font()).height()
    assert any(y > box.y() + 3 * line + 2 for _, y in inked)
