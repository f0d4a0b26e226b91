"""GUI: the board view in presentation mode: the whole journey across the screen.

Mixed into BoardView. Presenting lays the board out with compact sizes
(``app.layout.presentation_metrics``) and scales it so that every phase fits across the
viewport while card titles and phase names stay at least 14 pixels high; the scroll
bars, the legend and the "add" buttons go. The current phase is highlighted by the
scene, never zoomed into: the room keeps the whole journey in view.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QTransform
from PySide6.QtWidgets import QGraphicsView

from app.layout import Metrics, fullest_cells, presentation_metrics


class PresentingView(QGraphicsView):
    """Presentation mode of a BoardView (uses its scene, scroll bars and transform)."""

    board_scene: Any
    zoomChanged: Any
    _presenting: bool
    _bottom_margin: int

    if TYPE_CHECKING:  # BoardView has these

        @property
        def zoom(self) -> float: ...
        def _place_legend(self) -> None: ...
        def update_sticky_headers(self) -> None: ...
        def reveal(self, rect: QRectF, margin: float = 16.0) -> None: ...

    @property
    def presenting(self) -> bool:
        return self._presenting

    def set_large_text(self, large: bool) -> None:
        """Presentation mode: the whole journey across the screen, text large enough for
        the room (``presentation_metrics``); no scroll bars, legend or "add" buttons.
        Off: the board as it was, at the zoom and scroll position it had."""
        if large == self._presenting:
            return
        self._presenting = large
        bars = (self.horizontalScrollBar(), self.verticalScrollBar())
        if large:
            self._before_presenting = (self.zoom, *(bar.value() for bar in bars))
        policy = (
            Qt.ScrollBarPolicy.ScrollBarAlwaysOff if large else Qt.ScrollBarPolicy.ScrollBarAsNeeded
        )
        self.setHorizontalScrollBarPolicy(policy)
        self.setVerticalScrollBarPolicy(policy)
        if large:
            self._place_legend()
            self.fit_presentation()
            return
        self._bottom_margin = 0
        self.board_scene.set_metrics(Metrics())
        self._place_legend()
        zoom, *values = getattr(self, "_before_presenting", (1.0, 0, 0))
        self.setTransform(QTransform.fromScale(zoom, zoom))
        for bar, value in zip(bars, values, strict=True):
            bar.setValue(value)
        self.update_sticky_headers()
        self.zoomChanged.emit(self.zoom)

    def set_bottom_margin(self, pixels: int) -> None:
        """Keep ``pixels`` at the bottom free of the board (presentation mode's bar)."""
        self._bottom_margin = pixels
        self._place_legend()
        if self._presenting:
            self.fit_presentation()

    def fit_presentation(self) -> None:
        """Size the board so all its phases fit across the viewport, text >= 14 pixels."""
        if not self._presenting:
            return
        scene, state = self.board_scene, self.board_scene.state
        if state is None:
            return
        phase_ids = [p.id for p in state.phases]
        widest = fullest_cells(state.cells, phase_ids)[1]
        base = Metrics()
        columns = sum(base.columns_for(widest.get(phase_id, 0)) for phase_id in phase_ids)
        metrics, scale = presentation_metrics(columns, self.viewport().width())
        scene.set_metrics(metrics, buttons=False)
        if abs(self.zoom - scale) > 1e-9:
            self.setTransform(QTransform.fromScale(scale, scale))
            self.zoomChanged.emit(self.zoom)
        self.update_sticky_headers()

    def ensure_phase_visible(self, phase_id: str) -> None:
        """Scroll sideways (only if needed) so the whole phase column is in view.

        Presentation mode highlights the current phase and keeps the scale: the room
        keeps the whole journey in view, and nothing jumps when the phase changes.
        """
        layout = self.board_scene.frame
        if layout is None or not any(p.phase_id == phase_id for p in layout.phases):
            return
        column = layout.phase(phase_id).column
        middle = self.mapToScene(0, self.viewport().height() // 2).y()
        self.reveal(QRectF(column.x, middle, column.w, 1), margin=0)
        self.update_sticky_headers()

    def scroll_lanes(self, step: int) -> None:
        """Scroll by whole lanes: the next (``step`` > 0) or previous lane comes to the top."""
        layout = self.board_scene.frame
        if layout is None or not layout.lanes:
            return
        header = layout.metrics.phase_header_height
        top = self.mapToScene(0, 0).y() + header + 1
        current = next(
            (lane.index for lane in layout.lanes if lane.row.bottom > top), len(layout.lanes) - 1
        )
        index = max(0, min(len(layout.lanes) - 1, current + step))
        bar = self.verticalScrollBar()
        bar.setValue(round((layout.lanes[index].row.y - header) * self.zoom))
