"""Export: QtGui painting of a map's parts (cards, headers, grid, curves, legend).

The board's items and the PNG export call the same functions, so the screen and the
image look the same. Everything here is QtGui only (no widgets) and takes plain "look"
values built from the model, never database rows that could change under the painter.
Coordinates are board points (``app.layout``); the caller's transform does the zoom.
"""

from __future__ import annotations

import math
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QPointF, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPainter,
    QPainterPath,
    QPen,
    QPixmap,
    QPolygonF,
    QTextLayout,
)
from PySide6.QtSvg import QSvgRenderer

import resources
from app import colors
from app.layout import (
    MapLayout,
    Metrics,
    Rect,
    card_regions,
    curve_y,
    experience_x,
    strip_regions,
)
from app.mapdata import MapData
from app.scoring import Score
from storage.rows import Card, Channel, Lane, Persona

FONT_FAMILY = "DejaVu Sans"
ICONS = Path(resources.__file__).parent / "icons"
FONTS = Path(resources.__file__).parent / "fonts"

INK = "#263238"
MUTED = "#607D8B"
BOARD_BG = "#F4F5F7"
GRID_LINE = "#D3D8DE"
LANE_LINE = "#B8C0C8"
PHASE_BG = "#2F3B45"
PHASE_HIGHLIGHT_BG = "#455A64"
ACCENT = "#F9A825"
LANE_HEADER_BG = "#ECEFF1"
CARD_BORDER = "#37474F"
NOTE_FOLD = "#EBD977"
HATCH_COLOR = "#D9D9D9"
SCALE_OUTLINE = "#78909C"

def tr(text: str) -> str:
    # lupdate files the texts of a module-level tr() under the empty context.
    return QCoreApplication.translate("", text)


def note_label(note_type: str | None) -> str:
    """The translated name of a note type ("Pain point", ...)."""
    labels = {"pain": tr("Pain point"), "idea": tr("Idea"), "thought": tr("Thought"),
              "question": tr("Question"), "quote": tr("Quote")}
    return labels.get(note_type or "", tr("Note"))


def experience_label(value: float) -> str:
    """The translated legend label of a point of the experience scale (-2..+2)."""
    labels = {-2: tr("very negative"), -1: tr("negative"), 0: tr("neutral"),
              1: tr("positive"), 2: tr("very positive")}
    return labels.get(round(value), "")


# -- looks: what a part shows, built from the model -------------------------------------


@dataclass(frozen=True)
class CardLook:
    """What a card shows; equal looks paint identically (the board skips repaints)."""

    kind: str
    title: str
    icon: str | None
    note_type: str | None = None
    direct: bool = True
    votes: int = 0
    experience: float | None = None
    importance: float | None = None
    disagreement: bool = False

    @classmethod
    def of(cls, card: Card, score: Score | None, channel_icon: str | None) -> CardLook:
        """The look of a card with its score and its channel's icon name."""
        if card.kind == "note":
            return cls(kind="note", title=card.title, icon=f"note-{card.note_type}",
                       note_type=card.note_type)
        score = score or Score(0, None, None, None, False)
        return cls(kind="touchpoint", title=card.title, icon=channel_icon or "custom",
                   direct=bool(card.direct), votes=score.votes, experience=score.experience,
                   importance=score.importance, disagreement=score.disagreement)

    @property
    def fill(self) -> str:
        if self.kind == "note":
            return colors.NOTE_COLOR
        return colors.experience_color(self.experience)


@dataclass(frozen=True)
class PhaseLook:
    name: str
    description: str
    number: int
    highlighted: bool = False


@dataclass(frozen=True)
class LaneLook:
    name: str
    kind: str  # persona, channel, notes
    color: str | None = None  # persona colour
    picture: bytes | None = None
    icon: str | None = None  # channel icon
    subtitle: str = ""


# -- fonts, icons, pictures --------------------------------------------------------------

_fonts_loaded = False


def ensure_fonts() -> str:
    """Register the bundled DejaVu fonts once (needs a QGuiApplication); returns the family."""
    global _fonts_loaded
    if not _fonts_loaded:
        for path in sorted(FONTS.glob("DejaVuSans*.ttf")):
            QFontDatabase.addApplicationFont(str(path))
        _fonts_loaded = True
    return FONT_FAMILY


def font(pixels: int, *, bold: bool = False, italic: bool = False) -> QFont:
    """The board font at a size in board points."""
    f = QFont(FONT_FAMILY)
    f.setPixelSize(pixels)
    f.setBold(bold)
    f.setItalic(italic)
    return f


_icons: dict[tuple[str, int], QPixmap] = {}
_renderers: dict[str, QSvgRenderer | None] = {}
_pictures: dict[bytes, QImage] = {}


def icon_pixmap(name: str, pixels: int) -> QPixmap:
    """The SVG icon ``name`` rendered once per size and cached (no SVG parsing per paint)."""
    key = (name, pixels)
    pixmap = _icons.get(key)
    if pixmap is None:
        if name not in _renderers:
            path = ICONS / f"{name}.svg"
            renderer = QSvgRenderer(str(path)) if path.exists() else None
            _renderers[name] = renderer if renderer and renderer.isValid() else None
        renderer = _renderers[name] or _renderers.get("custom")
        image = QImage(QSize(pixels, pixels), QImage.Format.Format_ARGB32_Premultiplied)
        image.fill(Qt.GlobalColor.transparent)
        if renderer is not None:
            p = QPainter(image)
            p.setRenderHint(QPainter.RenderHint.Antialiasing)
            renderer.render(p)
            p.end()
        pixmap = QPixmap.fromImage(image)
        _icons[key] = pixmap
    return pixmap


def draw_icon(painter: QPainter, rect: QRectF, name: str) -> None:
    """Draw a cached icon into ``rect`` at the device's resolution."""
    t = painter.deviceTransform()
    scale = math.hypot(t.m11(), t.m12()) or 1.0
    pixels = max(8, min(512, 4 * math.ceil(rect.width() * scale / 4)))
    painter.drawPixmap(rect, icon_pixmap(name, pixels), QRectF(0, 0, pixels, pixels))


def picture_image(data: bytes) -> QImage | None:
    """A persona picture (PNG/JPEG bytes) decoded once; None if it cannot be read."""
    image = _pictures.get(data)
    if image is None:
        image = QImage.fromData(data)
        if len(_pictures) > 64:
            _pictures.clear()
        _pictures[data] = image
    return None if image.isNull() else image


# -- text ------------------------------------------------------------------------------


def draw_text(painter: QPainter, rect: QRectF, text: str, qfont: QFont, color: str,
              *, max_lines: int = 0, center: bool = False) -> float:
    """Draw ``text`` wrapped into ``rect``, eliding the last line that fits; returns its height."""
    painter.setFont(qfont)
    painter.setPen(QColor(color))
    metrics = QFontMetricsF(qfont)
    leading = metrics.leading()
    line_h = metrics.height()
    fit = max(1, int((rect.height() + leading) // (line_h + leading)))
    if max_lines:
        fit = min(fit, max_lines)
    text = " ".join(text.split())
    layout = QTextLayout(text, qfont)
    layout.beginLayout()
    lines: list[tuple[int, int]] = []
    while len(lines) < fit:
        line = layout.createLine()
        if not line.isValid():
            break
        line.setLineWidth(rect.width())
        lines.append((line.textStart(), line.textLength()))
    layout.endLayout()
    y = rect.y()
    for index, (start, length) in enumerate(lines):
        piece = text[start:start + length].rstrip()
        if index == len(lines) - 1 and start + length < len(text):
            piece = metrics.elidedText(text[start:].rstrip(), Qt.TextElideMode.ElideRight,
                                       rect.width())
        flags = Qt.AlignmentFlag.AlignHCenter if center else Qt.AlignmentFlag.AlignLeft
        painter.drawText(QRectF(rect.x(), y, rect.width(), line_h), int(flags), piece)
        y += line_h + leading
    return y - rect.y()


def qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


# -- cards -----------------------------------------------------------------------------


def paint_card(painter: QPainter, rect: QRectF, look: CardLook,
               metrics: Metrics = Metrics()) -> None:
    """Paint one card into ``rect``: fill, border, icon, title, rating strip, markers."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    regions = card_regions(Rect(rect.x(), rect.y(), rect.width(), rect.height()), metrics)
    body = rect.adjusted(0.75, 0.75, -0.75, -0.75)
    if look.kind == "note":
        _paint_note_body(painter, body)
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
    draw_text(painter, title, look.title, font(11), ink)
    strip = regions.strip
    if look.kind == "note":
        draw_text(painter, QRectF(strip.x, strip.y + 3, strip.w - 14, strip.h - 3),
                  note_label(look.note_type), font(9, italic=True), MUTED, max_lines=1)
    else:
        paint_strip(painter, qrect(strip), look)
    if look.disagreement:
        paint_disagreement_marker(painter, QRectF(rect.right() - 6 - 13, rect.y() + 6, 13, 13))
    painter.restore()


def _paint_note_body(painter: QPainter, body: QRectF) -> None:
    fold = 12.0
    path = QPainterPath()
    path.moveTo(body.topLeft())
    path.lineTo(body.topRight())
    path.lineTo(body.right(), body.bottom() - fold)
    path.lineTo(body.right() - fold, body.bottom())
    path.lineTo(body.bottomLeft())
    path.closeSubpath()
    painter.setPen(QPen(QColor(colors.NOTE_BORDER), 1.0))
    painter.setBrush(QColor(colors.NOTE_COLOR))
    painter.drawPath(path)
    corner = QPolygonF([QPointF(body.right(), body.bottom() - fold),
                        QPointF(body.right() - fold, body.bottom() - fold),
                        QPointF(body.right() - fold, body.bottom())])
    painter.setBrush(QColor(NOTE_FOLD))
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
        painter.drawPolygon(QPolygonF([QPointF(x - 4, scale.y + 1), QPointF(x + 4, scale.y + 1),
                                       QPointF(x, seg_y - 0.5)]))
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
    painter.setFont(font(9, italic=not rated))
    painter.setPen(QColor(INK))
    painter.drawText(QRectF(votes.x, votes.y + 2, votes.w, votes.h - 2),
                     int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), text)


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


# -- headers -----------------------------------------------------------------------------


def blend(color: str, amount: float, base: str = "#FFFFFF") -> QColor:
    """``color`` mixed into ``base``: 0 gives base, 1 gives color."""
    a, b = QColor(color), QColor(base)
    if not a.isValid():
        return b
    return QColor(round(b.red() + (a.red() - b.red()) * amount),
                  round(b.green() + (a.green() - b.green()) * amount),
                  round(b.blue() + (a.blue() - b.blue()) * amount))


def paint_phase_header(painter: QPainter, rect: QRectF, look: PhaseLook) -> None:
    """A phase column's header: number, name and the start of its description."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.fillRect(rect, QColor(PHASE_HIGHLIGHT_BG if look.highlighted else PHASE_BG))
    painter.setPen(QPen(QColor("#55646F"), 1.0))
    painter.drawLine(rect.topRight() + QPointF(-0.5, 6), rect.bottomRight() + QPointF(-0.5, -6))
    if look.highlighted:
        painter.fillRect(QRectF(rect.x(), rect.bottom() - 4, rect.width(), 4), QColor(ACCENT))
    badge = QRectF(rect.x() + 8, rect.y() + 8, 18, 18)
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(QColor("#546E7A"))
    painter.drawEllipse(badge)
    painter.setFont(font(10, bold=True))
    painter.setPen(QColor("#FFFFFF"))
    painter.drawText(badge, int(Qt.AlignmentFlag.AlignCenter), str(look.number))
    name_rect = QRectF(badge.right() + 7, rect.y() + 7, rect.right() - badge.right() - 15, 20)
    draw_text(painter, name_rect, look.name, font(13, bold=True), "#FFFFFF", max_lines=1)
    if look.description:
        draw_text(painter, QRectF(rect.x() + 10, rect.y() + 29, rect.width() - 18,
                                  rect.height() - 32),
                  look.description, font(9), "#CFD8DC", max_lines=2)
    painter.restore()


def paint_lane_header(painter: QPainter, rect: QRectF, look: LaneLook,
                      curve_band: QRectF | None = None) -> None:
    """A lane's header: persona colour, picture and name (or channel icon, or notes).

    ``curve_band`` is the emotion-curve band of a persona lane (same coordinates as
    ``rect``); its scale (+2, 0, -2) is drawn at the header's right edge.
    """
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    accent = look.color if look.kind == "persona" and look.color else None
    painter.fillRect(rect, blend(accent, 0.16, LANE_HEADER_BG) if accent
                     else QColor(LANE_HEADER_BG))
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
    height = draw_text(painter, QRectF(text_x, top, width, 34), look.name,
                       font(12, bold=True), INK, max_lines=2)
    if look.subtitle:
        draw_text(painter, QRectF(text_x, top + height + 1, width, 28), look.subtitle,
                  font(9), MUTED, max_lines=2)
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
    painter.drawLine(QPointF(rect.x() + (8 if look.color else 0), band.top()),
                     QPointF(rect.right(), band.top()))
    band_rect = Rect(band.x(), band.y(), band.width(), band.height())
    painter.setFont(font(9))
    painter.setPen(QColor(MUTED))
    for value, label in ((2, "+2"), (0, "0"), (-2, "\u22122")):
        y = curve_y(band_rect, value)
        painter.drawText(QRectF(rect.right() - 30, y - 7, 24, 14),
                         int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), label)
    draw_text(painter, QRectF(rect.x() + 14, band.center().y() - 8, rect.width() - 50, 16),
              tr("Emotion"), font(10, italic=True), MUTED, max_lines=1)


def paint_corner(painter: QPainter, rect: QRectF, title: str, subtitle: str) -> None:
    """The top-left corner: the map's name and kind."""
    painter.save()
    painter.fillRect(rect, QColor(PHASE_BG))
    painter.setPen(QPen(QColor("#55646F"), 1.0))
    painter.drawLine(rect.topRight() + QPointF(-0.5, 6), rect.bottomRight() + QPointF(-0.5, -6))
    draw_text(painter, QRectF(rect.x() + 12, rect.y() + 8, rect.width() - 20, 20), title,
              font(13, bold=True), "#FFFFFF", max_lines=1)
    draw_text(painter, QRectF(rect.x() + 12, rect.y() + 29, rect.width() - 20, 16), subtitle,
              font(9), "#CFD8DC", max_lines=1)
    painter.restore()


# -- the grid behind the cards, and the emotion curves -----------------------------------


def paint_grid(painter: QPainter, layout: MapLayout, lane_colors: Mapping[str, str | None],
               exposed: QRectF | None = None, highlight_phase: str | None = None) -> None:
    """Lane bands (persona lanes tinted), curve bands and phase separators."""
    painter.save()
    left = layout.metrics.lane_header_width
    for lane in layout.lanes:
        row = qrect(lane.row)
        row.setLeft(left)
        if exposed is not None and not row.intersects(exposed):
            continue
        color = lane_colors.get(lane.lane_id)
        base = "#FFFFFF" if lane.index % 2 == 0 else "#F7F8FA"
        painter.fillRect(row, blend(color, 0.05, base) if color else QColor(base))
        if lane.curve is not None:
            band = qrect(lane.curve)
            painter.fillRect(band, blend(color, 0.10, "#FAFBFC") if color else QColor("#FAFBFC"))
            painter.setPen(QPen(QColor(LANE_LINE), 0.8, Qt.PenStyle.DashLine))
            painter.drawLine(band.topLeft(), band.topRight())
        painter.setPen(QPen(QColor(LANE_LINE), 1.0))
        painter.drawLine(row.bottomLeft(), row.bottomRight())
    painter.setPen(QPen(QColor(GRID_LINE), 1.0))
    for phase in layout.phases:
        column = qrect(phase.column)
        if highlight_phase == phase.phase_id:
            painter.fillRect(column, QColor(249, 168, 37, 40))
        painter.drawLine(column.topRight(), column.bottomRight())
    painter.restore()


def paint_curve(painter: QPainter, band: QRectF, points: Sequence[tuple[float, float] | None],
                values: Sequence[float | None], color: str) -> None:
    """An emotion curve in its band: a thin zero line, the line with gaps, and its points."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    zero = curve_y(Rect(band.x(), band.y(), band.width(), band.height()), 0)
    painter.setPen(QPen(QColor("#90A4AE"), 0.8, Qt.PenStyle.DashLine))
    painter.drawLine(QPointF(band.left() + 4, zero), QPointF(band.right() - 4, zero))
    pen = QPen(QColor(color), 2.5)
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    previous: tuple[float, float] | None = None
    for point in points:
        if point is not None and previous is not None:
            painter.drawLine(QPointF(*previous), QPointF(*point))
        previous = point
    painter.setPen(QPen(QColor(color), 2.0))
    for point, value in zip(points, values, strict=False):
        if point is None or value is None:
            continue
        painter.setBrush(QColor(colors.experience_color(value)))
        painter.drawEllipse(QPointF(*point), 4.5, 4.5)
    painter.restore()


# -- legend -----------------------------------------------------------------------------

LEGEND_ROW = 15.0
LEGEND_WIDTH = 150.0


def legend_size() -> tuple[float, float]:
    """Width and height of the legend in board points."""
    return LEGEND_WIDTH, 22 + 9 * LEGEND_ROW + 6


def paint_legend(painter: QPainter, rect: QRectF) -> None:
    """The colour legend: the experience scale, unrated, disagreement, direct/indirect."""
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setPen(QPen(QColor("#CFD8DC"), 1.0))
    painter.setBrush(QColor(255, 255, 255, 235))
    painter.drawRoundedRect(rect.adjusted(0.5, 0.5, -0.5, -0.5), 6, 6)
    x, y = rect.x() + 10, rect.y() + 6
    draw_text(painter, QRectF(x, y, rect.width() - 20, 16), tr("Experience"),
              font(11, bold=True), INK, max_lines=1)
    y += 20
    swatch = (22.0, 11.0)
    rows: list[tuple[str, CardLook | None]] = []
    for value, _color, _label in reversed(colors.legend_stops()):
        rows.append((experience_label(value), CardLook("touchpoint", "", None,
                                                       experience=value)))
    rows.append((tr("unrated"), CardLook("touchpoint", "", None)))
    for label, look in rows:
        box = QRectF(x, y + 2, swatch[0], swatch[1])
        assert look is not None
        _paint_touchpoint_body(painter, box, look)
        _legend_label(painter, QRectF(x + 30, y, rect.width() - 44, LEGEND_ROW), label)
        y += LEGEND_ROW
    paint_disagreement_marker(painter, QRectF(x + 4.5, y + 1, 12, 12))
    _legend_label(painter, QRectF(x + 30, y, rect.width() - 44, LEGEND_ROW), tr("disagreement"))
    y += LEGEND_ROW
    for direct, label in ((True, tr("direct")), (False, tr("indirect"))):
        box = QRectF(x, y + 2, swatch[0], swatch[1])
        _paint_touchpoint_body(painter, box, CardLook("touchpoint", "", None, direct=direct,
                                                      experience=0.0))
        _legend_label(painter, QRectF(x + 30, y, rect.width() - 44, LEGEND_ROW), label)
        y += LEGEND_ROW
    painter.restore()


def _legend_label(painter: QPainter, rect: QRectF, text: str) -> None:
    painter.setFont(font(10))
    painter.setPen(QColor(INK))
    painter.drawText(rect, int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), text)


# -- a whole map (the PNG export) --------------------------------------------------------


def lane_look(lane: Lane, personas: Mapping[str, Persona],
              channels: Mapping[str, Channel]) -> LaneLook:
    """The header look of a lane, with its persona or channel."""
    if lane.kind == "persona":
        persona = personas.get(lane.persona_id or "")
        return LaneLook(name=lane.name, kind=lane.kind,
                        color=persona.color if persona else None,
                        picture=persona.picture if persona else None,
                        subtitle=(persona.role if persona and persona.role else tr("Persona")))
    if lane.kind == "channel":
        channel = channels.get(lane.channel_id or "")
        return LaneLook(name=lane.name, kind=lane.kind,
                        icon=channel.icon if channel else "custom",
                        subtitle=tr("Channel: %s") % channel.name if channel else tr("Channel"))
    return LaneLook(name=lane.name, kind=lane.kind, subtitle=tr("Notes"))


def lane_color(lane: Lane, personas: Mapping[str, Persona]) -> str | None:
    """The persona colour of a persona lane (None for other lanes)."""
    if lane.kind != "persona":
        return None
    persona = personas.get(lane.persona_id or "")
    return persona.color if persona else None


def map_subtitle(kind: str) -> str:
    return tr("To-be map") if kind == "to-be" else tr("As-is map")


def paint_map(painter: QPainter, data: MapData, layout: MapLayout) -> None:
    """Paint a whole map with its layout, as the board shows it."""
    ensure_fonts()
    painter.save()
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
    painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
    lanes = {lane.id: lane for lane in data.lanes}
    lane_colors = {lane.id: lane_color(lane, data.personas) for lane in data.lanes}
    paint_grid(painter, layout, lane_colors)
    phases = {p.id: p for p in data.phases}
    for box in layout.phases:
        phase = phases[box.phase_id]
        paint_phase_header(painter, qrect(box.header),
                           PhaseLook(phase.name, phase.description, box.index + 1))
    for box in layout.lanes:
        lane = lanes[box.lane_id]
        paint_lane_header(painter, qrect(box.header),
                          lane_look(lane, data.personas, data.channels),
                          qrect(box.curve) if box.curve else None)
        if box.curve is not None:
            values = data.curve(lane.id)
            paint_curve(painter, qrect(box.curve), layout.curve_points(lane.id, values), values,
                        lane_colors[lane.id] or "#3366CC")
    paint_corner(painter, qrect(layout.corner), data.map.name, map_subtitle(data.map.kind))
    scores = data.scores
    for card in data.cards:
        card_box = layout.cards.get(card.id)
        if card_box is None:
            continue
        channel = data.channels.get(card.channel_id) if card.channel_id else None
        look = CardLook.of(card, scores.get(card.id), channel.icon if channel else None)
        paint_card(painter, qrect(card_box.rect), look, layout.metrics)
    painter.restore()


__all__ = [
    "CardLook", "LaneLook", "PhaseLook", "draw_icon", "draw_text", "ensure_fonts",
    "experience_label", "font", "note_label",
    "icon_pixmap", "lane_color", "lane_look", "legend_size",
    "map_subtitle", "paint_card", "paint_corner", "paint_curve", "paint_grid",
    "paint_lane_header", "paint_legend", "paint_map", "paint_phase_header", "paint_strip",
]
