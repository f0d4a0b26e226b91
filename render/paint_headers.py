"""Export: QtGui painting of the board's headers: phases, lanes (with the curve scale), corner."""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPen

from app import colors
from app.layout import Rect, curve_y
from render.paint_base import (
    ACCENT,
    INK,
    LANE_HEADER_BG,
    LANE_LINE,
    MUTED,
    PHASE_BG,
    PHASE_HIGHLIGHT_BG,
    LaneLook,
    PhaseLook,
    blend,
    draw_icon,
    draw_text,
    font,
    picture_image,
    tr,
)

COMPACT_HEADER = 50.0  # a phase header lower than this shows its name only


def phase_name_font() -> QFont:
    """The font of a phase's name in its header."""
    return font(13, bold=True)


def paint_phase_header(painter: QPainter, rect: QRectF, look: PhaseLook) -> None:
    """A phase column's header: number, name and the start of its description.

    A low header (presentation mode) shows the name only, on up to two lines, so a
    narrow phase still shows its whole name.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor(PHASE_HIGHLIGHT_BG if look.highlighted else PHASE_BG))
    painter.setPen(QPen(QColor("#55646F"), 1.0))
    painter.drawLine(rect.topRight() + QPointF(-0.5, 6), rect.bottomRight() + QPointF(-0.5, -6))
    if look.highlighted:
        painter.fillRect(QRectF(rect.x(), rect.bottom() - 4, rect.width(), 4), QColor(ACCENT))
    if rect.height() < COMPACT_HEADER:
        draw_text(
            painter,
            rect.adjusted(8, 5, -8, -5),
            look.name,
            phase_name_font(),
            "#FFFFFF",
            max_lines=2,
        )
        painter.restore()
        return
    badge = QRectF(rect.x() + 8, rect.y() + 8, 18, 18)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#546E7A"))
    painter.drawEllipse(badge)
    painter.setFont(font(10, bold=True))
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), str(look.number))
    name_rect = QRectF(badge.right() + 7, rect.y() + 7, rect.right() - badge.right() - 15, 20)
    draw_text(painter, name_rect, look.name, phase_name_font(), "#FFFFFF", max_lines=1)
    if look.description:
        draw_text(
            painter,
            QRectF(rect.x() + 10, rect.y() + 29, rect.width() - 18, rect.height() - 32),
            look.description,
            font(9),
            "#CFD8DC",
            max_lines=2,
        )
    painter.restore()


def paint_lane_header(
    painter: QPainter, rect: QRectF, look: LaneLook, curve_band: QRectF | None = None
) -> None:
    """A lane's header: persona colour, picture and name (or channel icon, or notes).

    ``curve_band`` is the emotion-curve band of a persona lane (same coordinates as
    ``rect``); its scale (+2, 0, -2) is drawn at the header's right edge.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    accent = look.color if look.kind == "persona" and look.color else None
    painter.fillRect(
        rect, blend(accent, 0.16, LANE_HEADER_BG) if accent else QColor(LANE_HEADER_BG)
    )
    if accent:
        painter.fillRect(QRectF(rect.x(), rect.y(), 6, rect.height()), QColor(accent))
    painter.setPen(QPen(QColor(LANE_LINE), 1.0))
    painter.drawLine(rect.bottomLeft(), rect.bottomRight())
    painter.drawLine(rect.topRight(), rect.bottomRight())
    left = rect.x() + 14
    top = rect.y() + 10
    text_x = left
    if look.kind == "persona":
        circle = QRectF(left, top, 38, 38)
        _paint_avatar(painter, circle, look)
        text_x = circle.right() + 9
    elif look.icon:
        draw_icon(painter, QRectF(left, top + 2, 22, 22), look.icon)
        text_x = left + 30
    width = rect.right() - text_x - 8
    height = draw_text(
        painter, QRectF(text_x, top, width, 34), look.name, font(12, bold=True), INK, max_lines=2
    )
    if look.subtitle:
        draw_text(
            painter,
            QRectF(text_x, top + height + 1, width, 28),
            look.subtitle,
            font(9),
            MUTED,
            max_lines=2,
        )
    if curve_band is not None and curve_band.height() > 20:
        _paint_curve_scale(painter, rect, curve_band, look)
    painter.restore()


def _paint_avatar(painter: QPainter, circle: QRectF, look: LaneLook) -> None:
    color = look.color or "#3366CC"
    image = picture_image(look.picture) if look.picture else None
    if image is not None:
        painter.save()
        clip = QPainterPath()
        clip.addEllipse(circle)
        painter.setClipPath(clip)
        side = min(image.width(), image.height())
        source = QRectF((image.width() - side) / 2, (image.height() - side) / 2, side, side)
        painter.drawImage(circle, image, source)
        painter.restore()
        painter.setPen(QPen(QColor(color), 2.5))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawEllipse(circle)
        return
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(color))
    painter.drawEllipse(circle)
    painter.setFont(font(17, bold=True))
    painter.setPen(QColor(colors.text_color_for(QColor(color).name().upper())))
    initial = look.name.strip()[:1].upper() or "?"
    painter.drawText(circle, int(Qt.AlignmentFlag.AlignCenter), initial)


def _paint_curve_scale(painter: QPainter, rect: QRectF, band: QRectF, look: LaneLook) -> None:
    painter.setPen(QPen(QColor(LANE_LINE), 0.8, Qt.PenStyle.DashLine))
    painter.drawLine(
        QPointF(rect.x() + (8 if look.color else 0), band.top()), QPointF(rect.right(), band.top())
    )
    band_rect = Rect(band.x(), band.y(), band.width(), band.height())
    painter.setFont(font(9))
    painter.setPen(QColor(MUTED))
    for value, label in ((2, "+2"), (0, "0"), (-2, "\u22122")):
        y = curve_y(band_rect, value)
        painter.drawText(
            QRectF(rect.right() - 30, y - 7, 24, 14),
            int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
            label,
        )
    draw_text(
        painter,
        QRectF(rect.x() + 14, band.center().y() - 8, rect.width() - 50, 16),
        tr("Emotion"),
        font(10, italic=True),
        MUTED,
        max_lines=1,
    )


def paint_corner(painter: QPainter, rect: QRectF, title: str, subtitle: str) -> None:
    """The top-left corner: the map's name and kind."""
    painter.save()
    painter.fillRect(rect, QColor(PHASE_BG))
    painter.setPen(QPen(QColor("#55646F"), 1.0))
    painter.drawLine(rect.topRight() + QPointF(-0.5, 6), rect.bottomRight() + QPointF(-0.5, -6))
    draw_text(
        painter,
        QRectF(rect.x() + 12, rect.y() + 8, rect.width() - 20, 20),
        title,
        font(13, bold=True),
        "#FFFFFF",
        max_lines=1,
    )
    draw_text(
        painter,
        QRectF(rect.x() + 12, rect.y() + 29, rect.width() - 20, 16),
        subtitle,
        font(9),
        "#CFD8DC",
        max_lines=1,
    )
    painter.restore()
