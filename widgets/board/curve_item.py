"""GUI: the emotion curve of a persona lane, drawn in the band under its cards.

Its values are asked from the scene when it is painted (or read), so an edit only
marks the curves of the lanes it touched as stale.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from app.layout import MapLayout
from render.paint import paint_curve

CURVE_Z = 5.0


class CurveItem(QGraphicsItem):
    """A lane's emotion curve: one value per phase (None = gap), drawn in its band."""

    def __init__(self, lane_id: str, provider: Callable[[str], list[float | None]]) -> None:
        super().__init__()
        self.lane_id = lane_id
        self._provider = provider
        self._values: list[float | None] | None = None
        self._band = QRectF()  # scene coordinates
        self._frame: MapLayout | None = None
        self._color = "#3366CC"
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(CURVE_Z)

    @property
    def values(self) -> list[float | None]:
        """The curve's values, one per phase (computed when first needed)."""
        if self._values is None:
            self._values = list(self._provider(self.lane_id))
        return list(self._values)

    def invalidate(self) -> None:
        """The lane's ratings or cards changed."""
        self._values = None
        self.update()

    def set_color(self, color: str) -> None:
        if color != self._color:
            self._color = color
            self.update()

    def set_frame(self, band: QRectF, frame: MapLayout) -> None:
        """Place the curve in ``band`` (scene coordinates) of the map's ``frame``."""
        if band != self._band:
            self.prepareGeometryChange()
            self._band = QRectF(band)
            self.update()
        if frame is not self._frame:
            self._frame = frame
            self.update()

    def boundingRect(self) -> QRectF:
        return self._band

    def points(self) -> list[tuple[float, float] | None]:
        """The curve's points in scene coordinates (None for gaps)."""
        if self._frame is None:
            return []
        return self._frame.curve_points(self.lane_id, self.values)

    def paint(
        self, painter: QPainter, option: QStyleOptionGraphicsItem, widget: QWidget | None = None
    ) -> None:
        paint_curve(painter, self._band, self.points(), self.values, self._color)
