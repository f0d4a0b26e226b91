"""GUI: the value x effort grid of the actions panel.

Effort runs left to right (1 to 5), expected value bottom to top; each action is a
numbered dot (its number in the action list), coloured by its status. The quadrants are
named as workshops call them: quick wins top left, big bets top right.
"""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen
from PySide6.QtWidgets import QSizePolicy, QToolTip, QWidget

from app.actions import SCALE, ActionView, grid

STATUS_COLORS = {
    "open": "#1F5FAF",
    "in-progress": "#E08A00",
    "done": "#2E7D32",
    "dropped": "#9E9E9E",
}
CELLS = len(SCALE)


class ActionsGrid(QWidget):
    """The grid; a click on a dot asks for that action (``actionRequested(id)``)."""

    actionRequested = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMouseTracking(True)
        self._actions: list[tuple[int, ActionView]] = []  # (number, action)
        self._dots: list[tuple[QPointF, float, ActionView, int]] = []

    def sizeHint(self) -> QSize:
        return QSize(260, 260)

    def minimumSizeHint(self) -> QSize:
        return QSize(180, 180)

    def set_actions(self, numbered: Sequence[tuple[int, ActionView]]) -> None:
        """Show ``numbered`` actions: (the number shown in the list, the action)."""
        self._actions = list(numbered)
        self.update()

    def dot_position(self, action_id: str) -> QPointF | None:
        """The centre of an action's dot (where a click selects it), or None."""
        self._layout_dots()
        for centre, _radius, action, _number in self._dots:
            if action.id == action_id:
                return centre
        return None

    def _plot(self) -> QRectF:
        margin_left, margin_bottom = 34.0, 30.0
        return QRectF(
            margin_left, 22.0, self.width() - margin_left - 8, self.height() - 22 - margin_bottom
        )

    def _cell(self, value: int, effort: int) -> QRectF:
        plot = self._plot()
        width, height = plot.width() / CELLS, plot.height() / CELLS
        return QRectF(
            plot.left() + (effort - SCALE[0]) * width,
            plot.top() + (SCALE[-1] - value) * height,
            width,
            height,
        )

    def _layout_dots(self) -> None:
        self._dots = []
        numbers = {action.id: number for number, action in self._actions}
        for (value, effort), actions in grid(a for _n, a in self._actions).items():
            cell = self._cell(value, effort)
            radius = max(7.0, min(cell.width(), cell.height()) / 5)
            per_row = max(1, int(cell.width() // (2 * radius + 2)))
            for index, action in enumerate(actions):
                row, column = divmod(index, per_row)
                centre = QPointF(
                    cell.left() + radius + 2 + column * (2 * radius + 2),
                    cell.top() + radius + 2 + row * (2 * radius + 2),
                )
                self._dots.append((centre, radius, action, numbers[action.id]))

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        plot = self._plot()
        painter.fillRect(self.rect(), QColor("#FFFFFF"))
        half_w, half_h = plot.width() / 2, plot.height() / 2
        quadrants = (
            (QRectF(plot.left(), plot.top(), half_w, half_h), "#E8F5E9", self.tr("Quick wins")),
            (QRectF(plot.center().x(), plot.top(), half_w, half_h), "#E3F2FD", self.tr("Big bets")),
            (
                QRectF(plot.left(), plot.center().y(), half_w, half_h),
                "#FAFAFA",
                self.tr("Fill-ins"),
            ),
            (
                QRectF(plot.center().x(), plot.center().y(), half_w, half_h),
                "#FFEBEE",
                self.tr("Money pits"),
            ),
        )
        small = QFont(self.font())
        small.setPointSizeF(max(7.0, small.pointSizeF() - 1))
        painter.setFont(small)
        for rect, color, label in quadrants:
            painter.fillRect(rect, QColor(color))
            painter.setPen(QColor("#757575"))
            painter.drawText(
                rect.adjusted(4, 2, -4, -2),
                int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignBottom),
                label,
            )
        painter.setPen(QPen(QColor("#BDBDBD"), 1))
        for i in range(CELLS + 1):
            x = plot.left() + i * plot.width() / CELLS
            y = plot.top() + i * plot.height() / CELLS
            painter.drawLine(QPointF(x, plot.top()), QPointF(x, plot.bottom()))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
        painter.setPen(QColor("#424242"))
        for number in SCALE:
            cell = self._cell(number, number)
            painter.drawText(
                QRectF(cell.left(), plot.bottom() + 1, cell.width(), 14),
                int(Qt.AlignmentFlag.AlignCenter),
                str(number),
            )
            painter.drawText(
                QRectF(plot.left() - 16, cell.top(), 14, cell.height()),
                int(Qt.AlignmentFlag.AlignCenter),
                str(number),
            )
        painter.drawText(
            QRectF(plot.left(), plot.bottom() + 14, plot.width(), 14),
            int(Qt.AlignmentFlag.AlignCenter),
            self.tr("Effort →"),
        )
        painter.save()
        painter.translate(10, plot.center().y())
        painter.rotate(-90)
        painter.drawText(
            QRectF(-plot.height() / 2, -8, plot.height(), 16),
            int(Qt.AlignmentFlag.AlignCenter),
            self.tr("Value →"),
        )
        painter.restore()
        if not self._actions:
            painter.drawText(
                QRectF(0, 0, self.width(), 20),
                int(Qt.AlignmentFlag.AlignCenter),
                self.tr("No actions yet"),
            )
        self._layout_dots()
        bold = QFont(small)
        bold.setBold(True)
        painter.setFont(bold)
        for centre, radius, action, number in self._dots:
            painter.setPen(QPen(QColor("#FFFFFF"), 1.5))
            painter.setBrush(QColor(STATUS_COLORS[action.status]))
            painter.drawEllipse(centre, radius, radius)
            painter.setPen(QColor("#FFFFFF"))
            painter.drawText(
                QRectF(centre.x() - radius, centre.y() - radius, 2 * radius, 2 * radius),
                int(Qt.AlignmentFlag.AlignCenter),
                str(number),
            )
        painter.end()

    def _dot_at(self, pos: QPointF) -> tuple[ActionView, int] | None:
        for centre, radius, action, number in self._dots:
            if (pos - centre).manhattanLength() <= radius * 1.5:
                return action, number
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        found = self._dot_at(event.position())
        if found is not None:
            self.actionRequested.emit(found[0].id)
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        found = self._dot_at(event.position())
        if found is None:
            QToolTip.hideText()
        else:
            action, number = found
            QToolTip.showText(event.globalPosition().toPoint(), f"{number}. {action.title}", self)
        super().mouseMoveEvent(event)
