"""GUI: the emotion curve of a persona lane, drawn in the band under its cards."""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import QGraphicsItem, QStyleOptionGraphicsItem, QWidget

from export.qtpaint import paint_curve

CURVE_Z = 5.0


class CurveItem(QGraphicsItem):
    """A lane's emotion curve: values per phase, points in band coordinates."""

    def __init__(self, lane_id: str) -> None:
        super().__init__()
        self.lane_id = lane_id
        self._band = QRectF()
        self._points: list[tuple[float, float] | None] = []
        self._values: list[float | None] = []
        self._color = "#3366CC"
        self.setAcceptedMouseButtons(Qt.MouseButton.NoButton)
        self.setZValue(CURVE_Z)

    @property
    def values(self) -> list[float | None]:
        return list(self._values)

    def set_curve(self, band: QRectF, points: list[tuple[float, float] | None],
                  values: list[float | None], color: str) -> None:
        """Show ``values`` at ``points`` (scene coordinates) inside ``band``."""
        self.setPos(band.topLeft())
        local_band = QRectF(0, 0, band.width(), band.height())
        local = [None if p is None else (p[0] - band.x(), p[1] - band.y()) for p in points]
        if (local_band, local, values, color) == (self._band, self._points, self._values,
                                                  self._color):
            return
        if local_band != self._band:
            self.prepareGeometryChange()
        self._band, self._points, self._values, self._color = local_band, local, values, color
        self.update()

    def boundingRect(self) -> QRectF:
        return self._band

    def paint(self, painter: QPainter, option: QStyleOptionGraphicsItem,
              widget: QWidget | None = None) -> None:
        paint_curve(painter, self._band, self._points, self._values, self._color)
