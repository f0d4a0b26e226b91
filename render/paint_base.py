"""Render: the shared parts of the QtGui painting (palette, looks, fonts, icons, text).

render.paint_cards, render.paint_headers and render.paint paint with these; callers
import everything through render.paint. QtGui only (no widgets).
"""

from __future__ import annotations

import math
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QRectF, QSize, Qt
from PySide6.QtGui import (
    QColor,
    QFont,
    QFontDatabase,
    QFontMetricsF,
    QImage,
    QPainter,
    QPixmap,
    QTextLayout,
    QTextOption,
)
from PySide6.QtSvg import QSvgRenderer

import resources
from app import colors
from app.layout import Rect
from app.rows import Card
from app.scoring import Score
from app.words import translate

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
NOTE_FOLD = colors.NOTE_FOLD
HATCH_COLOR = "#D9D9D9"
SCALE_OUTLINE = "#78909C"


# The language an export paints in, per thread (a PNG may be painted on a worker thread
# while the board paints in the interface's language on the GUI thread).
_painting = threading.local()


def tr(text: str) -> str:
    # lupdate files the texts of a module-level tr() under the empty context.
    lang: str | None = getattr(_painting, "lang", None)
    if lang is not None:
        return translate("", text, lang)
    return QCoreApplication.translate("", text)


@contextmanager
def painted_in(lang: str) -> Iterator[None]:
    """Paint the board's words in ``lang`` (an export: the workshop's language) instead of
    the interface's, on this thread, until the block ends."""
    before = getattr(_painting, "lang", None)
    _painting.lang = lang
    try:
        yield
    finally:
        _painting.lang = before


def note_label(note_type: str | None) -> str:
    """The translated name of a note type ("Pain point", ...)."""
    labels = {
        "pain": tr("Pain point"),
        "idea": tr("Idea"),
        "thought": tr("Thought"),
        "question": tr("Question"),
        "quote": tr("Quote"),
    }
    return labels.get(note_type or "", tr("Note"))


def experience_label(value: float) -> str:
    """The translated legend label of a point of the experience scale (-2..+2)."""
    labels = {
        -2: tr("very negative"),
        -1: tr("negative"),
        0: tr("neutral"),
        1: tr("positive"),
        2: tr("very positive"),
    }
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
    evidence: str = ""  # assumption, reported, observed; "" shows no badge
    comments: int = 0  # unresolved comments, shown as a count badge
    trend: tuple[float, ...] = ()  # a measured metric's values in date order (the board)

    @classmethod
    def of(
        cls, card: Card, score: Score | None, channel_icon: str | None, comments: int = 0
    ) -> CardLook:
        """The look of a card with its score, its channel's icon name and its number of
        unresolved comments."""
        evidence = getattr(card, "evidence", "")
        if card.kind == "note":
            return cls(
                kind="note",
                title=card.title,
                icon=f"note-{card.note_type}",
                note_type=card.note_type,
                evidence=evidence,
                comments=comments,
            )
        score = score or Score(0, None, None, None, False)
        return cls(
            kind="touchpoint",
            title=card.title,
            icon=channel_icon or "custom",
            direct=bool(card.direct),
            votes=score.votes,
            experience=score.experience,
            importance=score.importance,
            disagreement=score.disagreement,
            evidence=evidence,
            comments=comments,
        )

    @property
    def fill(self) -> str:
        if self.kind == "note":
            return colors.note_style(self.note_type)[0]
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


def draw_text(
    painter: QPainter,
    rect: QRectF,
    text: str,
    qfont: QFont,
    color: str,
    *,
    max_lines: int = 0,
    center: bool = False,
) -> float:
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
    # A word longer than the line (a German compound on a narrow card) breaks inside
    # itself rather than running out of the card.
    option = QTextOption()
    option.setWrapMode(QTextOption.WrapMode.WrapAtWordBoundaryOrAnywhere)
    layout.setTextOption(option)
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
        piece = text[start : start + length].rstrip()
        if index == len(lines) - 1 and start + length < len(text):
            piece = metrics.elidedText(
                text[start:].rstrip(), Qt.TextElideMode.ElideRight, rect.width()
            )
        flags = Qt.AlignmentFlag.AlignHCenter if center else Qt.AlignmentFlag.AlignLeft
        painter.drawText(QRectF(rect.x(), y, rect.width(), line_h), int(flags), piece)
        y += line_h + leading
    return y - rect.y()


def qrect(r: Rect) -> QRectF:
    return QRectF(r.x, r.y, r.w, r.h)


def blend(color: str, amount: float, base: str = "#FFFFFF") -> QColor:
    """``color`` mixed into ``base``: 0 gives base, 1 gives color."""
    a, b = QColor(color), QColor(base)
    if not a.isValid():
        return b
    return QColor(
        round(b.red() + (a.red() - b.red()) * amount),
        round(b.green() + (a.green() - b.green()) * amount),
        round(b.blue() + (a.blue() - b.blue()) * amount),
    )
