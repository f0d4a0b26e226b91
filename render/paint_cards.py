"""Export: QtGui painting of a card (touchpoint or note), its rating strip and the legend.

The legend shows card swatches, so it is painted with the card bodies here.
"""

from __future__ import annotations

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QFontMetricsF, QPainter, QPainterPath, QPen, QPolygonF

from app import colors
from app.layout import CardRegions, Metrics, Rect, card_regions, experience_x, strip_regions
from render.paint_base import (
    CARD_BORDER,
    HATCH_COLOR,
    INK,
    MUTED,
    SCALE_OUTLINE,
    CardLook,
    draw_icon,
    draw_text,
    experience_label,
    font,
    note_label,
    qrect,
    tr,
)


def paint_card(
    painter: QPainter, rect: QRectF, look: CardLook, metrics: Metrics = Metrics()
) -> None:
    """Paint one card into ``rect``: fill, border, icon, title, rating strip, markers."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    regions = card_regions(Rect(rect.x(), rect.y(), rect.width(), rect.height()), metrics)
    body = rect.adjusted(0.75, 0.75, -0.75, -0.75)
    if look.kind == "note":
        _paint_note_body(painter, body, look.note_type)
    else:
        _paint_touchpoint_body(painter, body, look)
    if look.icon:
        draw_icon(painter, qrect(regions.icon), look.icon)
    ink = colors.text_color_for(look.fill)
    title = qrect(regions.title)
    if look.disagreement:
        title.setRight(title.right() - 15)
    if look.kind == "note":
        title.setBottom(regions.strip.y + 2)
    draw_text(painter, title, look.title, title_font(metrics), ink)
    strip = regions.strip
    if look.kind == "note":
        draw_text(
            painter,
            QRectF(strip.x, strip.y + 3, strip.w - 14, strip.h - 3),
            note_label(look.note_type),
            font(9, italic=True),
            MUTED,
            max_lines=1,
        )
    else:
        paint_strip(painter, qrect(strip), look)
    if look.disagreement:
        paint_disagreement_marker(painter, QRectF(rect.right() - 6 - 13, rect.y() + 6, 13, 13))
    paint_badges(painter, rect, regions, look)
    if len(look.trend) >= 2:
        # Above the rating strip at the right, where a title of two lines leaves room.
        paint_trend(painter, QRectF(strip.right - 44, strip.y - 17, 44, 13), look.trend, ink)
    painter.restore()


def paint_trend(painter: QPainter, box: QRectF, values: tuple[float, ...], ink: str) -> None:
    """A small line of measured values, oldest at the left, with a dot on the latest."""
    low, high = min(values), max(values)
    span = (high - low) or 1.0
    step = box.width() / (len(values) - 1)
    points = [
        QPointF(box.left() + i * step, box.bottom() - (v - low) / span * box.height())
        for i, v in enumerate(values)
    ]
    painter.save()
    painter.setPen(QPen(QColor(ink), 1.4))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawPolyline(QPolygonF(points))
    painter.setBrush(QColor(ink))
    painter.drawEllipse(points[-1], 2.2, 2.2)
    painter.restore()


# What a card rests on, as a symbol every language reads: ? assumption, a quote mark for
# reported (someone said so), a tick for observed (seen in data or research).
EVIDENCE_BADGES = {
    "assumption": ("?", "#FFF8E1", "#B26A00"),
    "reported": ("”", "#E3F2FD", "#1F5FAF"),
    "observed": ("✓", "#E8F5E9", "#2E7D32"),
}


def paint_badges(painter: QPainter, rect: QRectF, regions: CardRegions, look: CardLook) -> None:
    """The evidence badge under the icon and the count of open comments above the strip's
    right end, each in free space of the card (nothing else is drawn there)."""
    if regions.icon.bottom > regions.strip.y:  # compact cards: the icon sits in the strip
        return
    size = min(14.0, regions.strip.y - regions.icon.bottom - 2)
    if size < 9:
        return
    if look.evidence in EVIDENCE_BADGES:
        symbol, fill, ink = EVIDENCE_BADGES[look.evidence]
        box = QRectF(
            regions.icon.x + (regions.icon.w - size) / 2, regions.icon.bottom + 2, size, size
        )
        painter.setPen(QPen(QColor(ink), 1.0))
        painter.setBrush(QColor(fill))
        painter.drawEllipse(box)
        painter.setPen(QColor(ink))
        painter.setFont(font(max(6, round(size * 0.6)), bold=True))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), symbol)
    if look.comments:
        text = str(look.comments) if look.comments < 100 else "99+"
        width = size + 6 * (len(text) - 1)
        box = QRectF(rect.right() - 6 - width, regions.strip.y - size - 1, width, size)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#455A64"))
        painter.drawRoundedRect(box, size / 2, size / 2)
        painter.setPen(QColor("#FFFFFF"))
        painter.setFont(font(max(6, round(size * 0.6)), bold=True))
        painter.drawText(box, int(Qt.AlignmentFlag.AlignCenter), text)


def title_font(metrics: Metrics = Metrics()) -> QFont:
    """The font of a card's title (its size in board points comes from the metrics)."""
    return font(round(metrics.title_size))


def _paint_note_body(
    painter: QPainter, body: QRectF, note_type: str | None = None, fold: float = 12.0
) -> None:
    fill, border, fold_color = colors.note_style(note_type)
    path = QPainterPath()
    path.moveTo(body.topLeft())
    path.lineTo(body.topRight())
    path.lineTo(body.right(), body.bottom() - fold)
    path.lineTo(body.right() - fold, body.bottom())
    path.lineTo(body.bottomLeft())
    path.closeSubpath()
    painter.setPen(QPen(QColor(border), 1.0))
    painter.setBrush(QColor(fill))
    painter.drawPath(path)
    corner = QPolygonF(
        [
            QPointF(body.right(), body.bottom() - fold),
            QPointF(body.right() - fold, body.bottom() - fold),
            QPointF(body.right() - fold, body.bottom()),
        ]
    )
    painter.setBrush(QColor(fold_color))
    painter.drawPolygon(corner)


def _paint_touchpoint_body(painter: QPainter, body: QRectF, look: CardLook) -> None:
    radius = 5.0
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor(look.fill))
    painter.drawRoundedRect(body, radius, radius)
    if look.experience is None:  # unrated: a light hatch so it never reads as neutral
        painter.save()
        clip = QPainterPath()
        clip.addRoundedRect(body, radius, radius)
        painter.setClipPath(clip, Qt.ClipOperation.IntersectClip)
        painter.setPen(QPen(QColor(HATCH_COLOR), 1.2))
        step = 7.0
        x = body.left() - body.height()
        while x < body.right():
            painter.drawLine(QPointF(x, body.bottom()), QPointF(x + body.height(), body.top()))
            x += step
        painter.restore()
    pen = QPen(QColor(CARD_BORDER), 1.5)
    if not look.direct:
        pen.setStyle(Qt.PenStyle.CustomDashLine)
        pen.setDashPattern([4.0, 3.0])
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRoundedRect(body, radius, radius)


def paint_strip(painter: QPainter, strip: QRectF, look: CardLook) -> None:
    """The rating strip: experience scale with the mean, importance marks, votes."""
    parts = strip_regions(Rect(strip.x(), strip.y(), strip.width(), strip.height()))
    scale = parts.scale
    seg_w = scale.w / 5
    seg_y, seg_h = scale.y + 7, 7.0
    rated = look.experience is not None
    painter.setPen(QPen(QColor(SCALE_OUTLINE), 0.8))
    for i, (_value, color, _label) in enumerate(colors.legend_stops()):
        painter.setBrush(QColor(color if rated else "#FFFFFF"))
        painter.drawRect(QRectF(scale.x + i * seg_w, seg_y, seg_w, seg_h))
    if rated:
        x = experience_x(scale, look.experience or 0.0)
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor(INK))
        painter.drawPolygon(
            QPolygonF(
                [QPointF(x - 4, scale.y + 1), QPointF(x + 4, scale.y + 1), QPointF(x, seg_y - 0.5)]
            )
        )
        painter.setPen(QPen(QColor(INK), 1.6))
        painter.drawLine(QPointF(x, seg_y - 0.5), QPointF(x, seg_y + seg_h + 1.5))
    imp = parts.importance
    level = 0 if look.importance is None else round(look.importance)
    bar_w = (imp.w - 4 * 2) / 5
    painter.setPen(Qt.PenStyle.NoPen)
    for i in range(5):
        h = 4 + i * 2.2
        painter.setBrush(QColor(INK if i < level else "#B0BEC5"))
        painter.drawRect(QRectF(imp.x + i * (bar_w + 2), imp.bottom - 2 - h, bar_w, h))
    votes = parts.votes
    if not rated:
        text = tr("unrated")
    else:
        text = tr("1 vote") if look.votes == 1 else tr("%d votes") % look.votes
    label_font = font(9, italic=not rated)
    if QFontMetricsF(label_font).horizontalAdvance(text) > votes.w + 4:
        # A narrow card (presentation mode) keeps the count; unrated shows as its hatch.
        text = str(look.votes) if rated else ""
    painter.setFont(label_font)
    painter.setPen(QColor(INK))
    painter.drawText(
        QRectF(votes.x, votes.y + 2, votes.w, votes.h - 2),
        int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter),
        text,
    )


def paint_disagreement_marker(painter: QPainter, rect: QRectF) -> None:
    """A small dark-blue badge with "≠": the participants disagree."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#FFFFFF"), 1.0))
    painter.setBrush(QColor(colors.DISAGREEMENT_COLOR))
    painter.drawEllipse(rect)
    painter.setFont(font(max(6, int(rect.height() * 0.8)), bold=True))
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(rect.adjusted(0, -0.5, 0, -0.5), int(Qt.AlignmentFlag.AlignCenter), "≠")
    painter.restore()


# -- legend -----------------------------------------------------------------------------

LEGEND_ROW = 20.0
LEGEND_PAD = 8.0
_SWATCH = (22.0, 11.0)


def _legend_entries() -> list[tuple[str, object, str]]:
    """(kind, what, label) of each legend entry, in reading order."""
    entries: list[tuple[str, object, str]] = [
        ("touchpoint", CardLook("touchpoint", "", None, experience=value), experience_label(value))
        for value, _color, _label in colors.legend_stops()
    ]
    entries.append(("touchpoint", CardLook("touchpoint", "", None), tr("unrated")))
    entries.append(("disagreement", None, tr("disagreement")))
    for direct, label in ((True, tr("direct")), (False, tr("indirect"))):
        entries.append(
            ("touchpoint", CardLook("touchpoint", "", None, direct=direct, experience=0.0), label)
        )
    for note_type in ("pain", "idea"):  # the two notes a room looks for
        entries.append(("note", note_type, note_label(note_type)))
    return entries


def _legend_flow(width: float) -> tuple[list[tuple[float, float, str, object, str]], float]:
    """Where each entry goes in a legend strip ``width`` wide (rows wrap); and its height."""
    label_metrics = QFontMetricsF(font(10))
    title_w = QFontMetricsF(font(10, bold=True)).horizontalAdvance(tr("Legend")) + 14
    x, y, placed = LEGEND_PAD + title_w, 0.0, []
    for kind, what, label in _legend_entries():
        w = _SWATCH[0] + 6 + label_metrics.horizontalAdvance(label) + 16
        if x + w > width - LEGEND_PAD and x > LEGEND_PAD + title_w:
            x, y = LEGEND_PAD + title_w, y + LEGEND_ROW
        placed.append((x, y, kind, what, label))
        x += w
    return placed, y + LEGEND_ROW + 4


def legend_height(width: float) -> float:
    """The height of a legend strip ``width`` wide (its entries wrap into rows)."""
    return _legend_flow(width)[1]


def paint_legend(painter: QPainter, rect: QRectF) -> None:
    """The legend as a strip: experience colours, unrated, disagreement, direct/indirect,
    pain points and ideas, left to right (wrapping into rows when narrow)."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor("#FFFFFF"))
    painter.setPen(QPen(QColor("#CFD8DC"), 1.0))
    painter.drawLine(rect.topLeft(), rect.topRight())
    draw_text(
        painter,
        QRectF(rect.x() + LEGEND_PAD, rect.y() + 4, 120, LEGEND_ROW - 4),
        tr("Legend"),
        font(10, bold=True),
        INK,
        max_lines=1,
    )
    swatch_w, swatch_h = _SWATCH
    for x, y, kind, what, label in _legend_flow(rect.width())[0]:
        left, top = rect.x() + x, rect.y() + y + 2
        box = QRectF(left, top + (LEGEND_ROW - swatch_h) / 2 - 1, swatch_w, swatch_h)
        if kind == "touchpoint":
            assert isinstance(what, CardLook)
            _paint_touchpoint_body(painter, box, what)
        elif kind == "note":
            _paint_note_body(painter, box.adjusted(0, -1, 0, 1), str(what), 4.0)
        else:
            side = swatch_h + 1
            paint_disagreement_marker(
                painter, QRectF(left + (swatch_w - side) / 2, box.y() - 0.5, side, side)
            )
        _legend_label(painter, QRectF(left + swatch_w + 6, top, 400, LEGEND_ROW - 4), label)
    painter.restore()


def _legend_label(painter: QPainter, rect: QRectF, text: str) -> None:
    painter.setFont(font(10))
    painter.setPen(QColor(INK))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)
