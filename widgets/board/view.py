"""GUI: the board view: scroll, zoom, pan, palette drops, inline editing, the legend.

Zoom with Ctrl+wheel (or the View menu's Ctrl+plus/minus, Ctrl+0 to fit); pan with the
middle button or Space+drag; plain wheel scrolls. Palette entries dropped on a cell
become cards (one undo step) at the insertion line, and their title editor opens.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QPoint, QPointF, QRect, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (
    QDragEnterEvent,
    QDragLeaveEvent,
    QDragMoveEvent,
    QDropEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QResizeEvent,
    QWheelEvent,
)
from PySide6.QtWidgets import QGraphicsView, QWidget

from render.paint import legend_height, paint_legend
from widgets.board.clipboard import palette_entry
from widgets.board.inline_editor import InlineEditor
from widgets.board.interactions import card_drop_target, show_card_marker
from widgets.board.presenting import PresentingView
from widgets.board.scene import BoardScene
from widgets.board.selection import step

MIN_ZOOM, MAX_ZOOM = 0.1, 4.0
EDGE = 28  # pixels from the viewport's edge where a drag scrolls the board


class LegendBar(QWidget):
    """The colour legend: a strip under the board (outside the viewport, so it never
    covers a card), as wide as the board's viewport; its entries wrap when narrow."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        paint_legend(painter, QRectF(self.rect()))
        painter.end()


class BoardView(PresentingView):  # the QGraphicsView (see BoardScene on naming it twice)
    """Shows a BoardScene; forwards the scene's hooks for the other panels."""

    selectionChangedIds = Signal(list)
    cardActivated = Signal(str)
    stripClicked = Signal(str, int)
    zoomChanged = Signal(float)

    def __init__(self, scene: BoardScene, parent: QWidget | None = None) -> None:
        super().__init__(scene, parent)
        self.board_scene = scene
        self.setRenderHints(
            QPainter.RenderHint.Antialiasing
            | QPainter.RenderHint.TextAntialiasing
            | QPainter.RenderHint.SmoothPixmapTransform
        )
        self.setDragMode(QGraphicsView.DragMode.RubberBandDrag)
        self.setRubberBandSelectionMode(Qt.ItemSelectionMode.IntersectsItemShape)
        self.setTransformationAnchor(QGraphicsView.ViewportAnchor.AnchorUnderMouse)
        self.setResizeAnchor(QGraphicsView.ViewportAnchor.AnchorViewCenter)
        self.setViewportUpdateMode(QGraphicsView.ViewportUpdateMode.MinimalViewportUpdate)
        self.setOptimizationFlag(QGraphicsView.OptimizationFlag.DontSavePainterState)
        self.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.setAcceptDrops(True)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self._presenting = False
        self._bottom_margin = 0
        self._pan_from: QPoint | None = None
        self._space = False
        self._editor: InlineEditor | None = None
        self._drop_entry: dict | None = None
        self._last_drag_pos: QPoint | None = None
        self._scroll_timer = QTimer(self)
        self._scroll_timer.setInterval(30)
        self._scroll_timer.timeout.connect(self._auto_scroll)
        self.legend = LegendBar(self)
        self._legend_wanted = True
        scene.selectionChangedIds.connect(self.selectionChangedIds)
        scene.cardActivated.connect(self.cardActivated)
        scene.stripClicked.connect(self.stripClicked)
        scene.editRequested.connect(self.start_inline_edit)
        scene.mapSwitched.connect(lambda _map_id: self.finish_inline_edit())
        for bar in (self.horizontalScrollBar(), self.verticalScrollBar()):
            bar.valueChanged.connect(lambda _v: self.finish_inline_edit())
            bar.valueChanged.connect(lambda _v: self.update_sticky_headers())
        scene.boardChanged.connect(self.update_sticky_headers)
        # While presenting, a phase that widens or a map switched to is fitted again.
        scene.boardChanged.connect(self.fit_presentation)
        scene.mapSwitched.connect(lambda _map_id: self.fit_presentation())
        scene.mapSwitched.connect(lambda _map_id: self.update_sticky_headers())

    def update_sticky_headers(self) -> None:
        """Keep phase and lane headers at the visible top and left edges."""
        top_left = self.mapToScene(0, 0)
        self.board_scene.set_sticky_offset(top_left.x(), top_left.y())

    # -- hooks (delegated to the scene) --------------------------------------------------

    def select_cards(self, ids: Iterable[str]) -> None:
        self.board_scene.select_cards(ids)

    def selected_card_ids(self) -> list[str]:
        return self.board_scene.selected_card_ids()

    def set_highlight(self, predicate: Callable[[str], bool] | None) -> None:
        self.board_scene.set_highlight(predicate)

    def highlight_phase(self, phase_id: str | None) -> None:
        self.board_scene.highlight_phase(phase_id)

    def ensure_visible(self, card_id: str) -> None:
        """Scroll so that the card is visible (not under the headers kept in view)."""
        item = self.board_scene.card_item(card_id)
        if item is not None:
            self.reveal(item.sceneBoundingRect())

    def reveal(self, rect: QRectF, margin: float = 16.0) -> None:
        """Scroll the least so that the scene ``rect`` lies in the part of the viewport
        the frozen headers leave free.

        QGraphicsView.ensureVisible knows nothing of the lane headers kept along the left
        edge and the phase headers along the top: a card it scrolled "into view" could
        sit right under them.
        """
        m, zoom = self.board_scene.metrics, self.zoom
        area = QRectF(self.viewport().rect())
        free = area.adjusted(m.lane_header_width * zoom, m.phase_header_height * zoom, 0, 0)
        target = QRectF(self.mapFromScene(rect).boundingRect()).adjusted(
            -margin, -margin, margin, margin
        )
        for bar, low, high, size, start, end in (
            (
                self.horizontalScrollBar(),
                target.left(),
                target.right(),
                free.width(),
                free.left(),
                free.right(),
            ),
            (
                self.verticalScrollBar(),
                target.top(),
                target.bottom(),
                free.height(),
                free.top(),
                free.bottom(),
            ),
        ):
            if low < start or high - low > size:
                shift = low - start  # too large to fit: its start comes first
            elif high > end:
                shift = high - end
            else:
                continue
            bar.setValue(bar.value() + round(shift))

    # -- zoom -----------------------------------------------------------------------------

    @property
    def zoom(self) -> float:
        return self.transform().m11()

    def set_zoom(self, factor: float, anchor: QGraphicsView.ViewportAnchor | None = None) -> None:
        factor = max(MIN_ZOOM, min(MAX_ZOOM, factor))
        if abs(factor - self.zoom) < 1e-6:
            return
        self.finish_inline_edit()
        old = self.transformationAnchor()
        if anchor is not None:
            self.setTransformationAnchor(anchor)
        self.scale(factor / self.zoom, factor / self.zoom)
        self.setTransformationAnchor(old)
        self.update_sticky_headers()
        self.zoomChanged.emit(self.zoom)

    def zoom_in(self) -> None:
        self.set_zoom(self.zoom * 1.25, QGraphicsView.ViewportAnchor.AnchorViewCenter)

    def zoom_out(self) -> None:
        self.set_zoom(self.zoom / 1.25, QGraphicsView.ViewportAnchor.AnchorViewCenter)

    def zoom_reset(self) -> None:
        self.set_zoom(1.0, QGraphicsView.ViewportAnchor.AnchorViewCenter)

    def zoom_fit(self) -> None:
        """Fit the whole board into the view."""
        rect = self.board_scene.sceneRect()
        if rect.isEmpty():
            return
        self.finish_inline_edit()
        self.fitInView(rect.adjusted(-10, -10, 10, 10), Qt.AspectRatioMode.KeepAspectRatio)
        if self.zoom > 1.0:
            self.set_zoom(1.0)
        elif self.zoom < MIN_ZOOM:
            self.set_zoom(MIN_ZOOM)
        self.update_sticky_headers()
        self.zoomChanged.emit(self.zoom)

    def wheelEvent(self, event: QWheelEvent) -> None:
        if event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            steps = event.angleDelta().y() / 120.0
            if steps:
                self.set_zoom(self.zoom * (1.15**steps))
            event.accept()
            return
        super().wheelEvent(event)

    # -- panning --------------------------------------------------------------------------

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self.finish_inline_edit()
        if event.button() == Qt.MouseButton.MiddleButton or (
            self._space and event.button() == Qt.MouseButton.LeftButton
        ):
            self._pan_from = event.position().toPoint()
            self.viewport().setCursor(Qt.CursorShape.ClosedHandCursor)
            event.accept()
            return
        super().mousePressEvent(event)

    def mouseMoveEvent(self, event: QMouseEvent) -> None:
        if self._pan_from is not None:
            pos = event.position().toPoint()
            delta = pos - self._pan_from
            self._pan_from = pos
            self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() - delta.x())
            self.verticalScrollBar().setValue(self.verticalScrollBar().value() - delta.y())
            event.accept()
            return
        super().mouseMoveEvent(event)
        if self.board_scene.interactions.dragging:
            self._last_drag_pos = event.position().toPoint()
            if self._near_edge(self._last_drag_pos) and not self._scroll_timer.isActive():
                self._scroll_timer.start()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:
        self._scroll_timer.stop()
        if self._pan_from is not None and event.button() in (
            Qt.MouseButton.MiddleButton,
            Qt.MouseButton.LeftButton,
        ):
            self._pan_from = None
            self.viewport().setCursor(
                Qt.CursorShape.OpenHandCursor if self._space else Qt.CursorShape.ArrowCursor
            )
            event.accept()
            return
        super().mouseReleaseEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        key = event.key()
        if key == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = True
            self.viewport().setCursor(Qt.CursorShape.OpenHandCursor)
            event.accept()
            return
        if key == Qt.Key.Key_Escape and self.board_scene.interactions.dragging:
            self.board_scene.interactions.cancel()
            event.accept()
            return
        arrows: dict[int, str] = {
            Qt.Key.Key_Up: "up",
            Qt.Key.Key_Down: "down",
            Qt.Key.Key_Left: "left",
            Qt.Key.Key_Right: "right",
        }
        if key in arrows and not event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier:
            step(self.board_scene, arrows[key])
            event.accept()
            return
        if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not event.modifiers():
            self.edit_selected()
            event.accept()
            return
        if key == Qt.Key.Key_F2 and not event.modifiers():
            self.edit_selected()
            event.accept()
            return
        super().keyPressEvent(event)

    def keyReleaseEvent(self, event: QKeyEvent) -> None:
        if event.key() == Qt.Key.Key_Space and not event.isAutoRepeat():
            self._space = False
            if self._pan_from is None:
                self.viewport().setCursor(Qt.CursorShape.ArrowCursor)
            event.accept()
            return
        super().keyReleaseEvent(event)

    def _near_edge(self, pos: QPoint) -> bool:
        rect = self.viewport().rect()
        return (
            pos.x() < EDGE
            or pos.y() < EDGE
            or pos.x() > rect.width() - EDGE
            or pos.y() > rect.height() - EDGE
        )

    def _auto_scroll(self) -> None:
        pos = self._last_drag_pos
        if pos is None or not self.board_scene.interactions.dragging or not self._near_edge(pos):
            self._scroll_timer.stop()
            return
        rect = self.viewport().rect()
        dx = -20 if pos.x() < EDGE else 20 if pos.x() > rect.width() - EDGE else 0
        dy = -20 if pos.y() < EDGE else 20 if pos.y() > rect.height() - EDGE else 0
        self.horizontalScrollBar().setValue(self.horizontalScrollBar().value() + dx)
        self.verticalScrollBar().setValue(self.verticalScrollBar().value() + dy)
        self.board_scene.interactions.drag_to(self.mapToScene(pos))

    # -- palette drops ----------------------------------------------------------------------

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:
        entry = palette_entry(event.mimeData())
        if entry is None or self.board_scene.state is None:
            event.ignore()
            return
        self._drop_entry = entry
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dragMoveEvent(self, event: QDragMoveEvent) -> None:
        if self._drop_entry is None:
            event.ignore()
            return
        target = card_drop_target(self.board_scene, self.mapToScene(event.position().toPoint()))
        refused = (
            target is not None
            and self.board_scene.edits.refusal(target[0], [self._drop_entry.get("kind", "")])
            is not None
        )
        show_card_marker(self.board_scene, target, refused=refused)
        if target is None:
            event.ignore()
            return
        # A refused cell still takes the drop, so the status bar can say why it is refused.
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()

    def dragLeaveEvent(self, event: QDragLeaveEvent) -> None:
        self._drop_entry = None
        self.board_scene.marker.hide()
        event.accept()

    def dropEvent(self, event: QDropEvent) -> None:
        entry = palette_entry(event.mimeData())
        self._drop_entry = None
        self.board_scene.marker.hide()
        target = card_drop_target(self.board_scene, self.mapToScene(event.position().toPoint()))
        if entry is None or target is None:
            event.ignore()
            return
        event.setDropAction(Qt.DropAction.CopyAction)
        event.accept()
        card_id = self.board_scene.edits.add_from_palette(entry, *target)
        if card_id is not None:
            self.setFocus()
            self.start_inline_edit("card", card_id)

    # -- inline editing -------------------------------------------------------------------

    @property
    def inline_editor(self) -> InlineEditor | None:
        """The open inline editor, if any."""
        editor = self._editor
        return editor if editor is not None and not editor.done else None

    def edit_selected(self) -> None:
        """F2: edit the selected card's title, or the current header's name."""
        ids = self.board_scene.selected_card_ids()
        if len(ids) == 1:
            self.start_inline_edit("card", ids[0])
        elif not ids and self.board_scene.current_header is not None:
            self.start_inline_edit(*self.board_scene.current_header)

    def start_inline_edit(self, kind: str, row_id: str) -> InlineEditor | None:
        """Open the editor on a card's title or a phase's or lane's name."""
        self.finish_inline_edit()
        scene = self.board_scene
        if kind == "card":
            item = scene.card_item(row_id)
            row = scene.state.cards.get(row_id) if scene.state else None
            text = row.title if row is not None else ""
            local = item.title_rect() if item is not None else QRectF()
        else:
            item = scene.phase_item(row_id) if kind == "phase" else scene.lane_item(row_id)
            row = (
                (scene.state.phase(row_id) if kind == "phase" else scene.state.lane(row_id))
                if scene.state
                else None
            )
            text = row.name if row is not None else ""
            local = QRectF(30, 5, 170, 24) if kind == "phase" else QRectF(8, 8, 156, 26)
        if item is None or row is None:
            return None
        if kind == "card":
            self.reveal(item.sceneBoundingRect())
        else:
            self.ensureVisible(item, 20, 20)
        rect = self.mapFromScene(item.mapRectToScene(local)).boundingRect()
        rect = QRect(
            rect.x() - 3,
            rect.y() - 2,
            max(rect.width() + 6, 140),
            max(28, min(rect.height() + 4, 34)),
        )

        def commit(value: str) -> None:
            scene.edits.rename(kind, row_id, value)

        self._editor = InlineEditor(self.viewport(), rect, text, commit)
        return self._editor

    def finish_inline_edit(self) -> None:
        """Commit an open inline editor (before zooming, scrolling, closing)."""
        editor = self.inline_editor
        if editor is not None:
            editor.commit()

    # -- the legend ---------------------------------------------------------------------------

    def set_legend_visible(self, visible: bool) -> None:
        self._legend_wanted = visible
        self._place_legend()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._place_legend()
        if self._presenting:
            self.fit_presentation()  # full screen arrives after the mode is switched on
        self.update_sticky_headers()

    def _place_legend(self) -> None:
        """Keep a strip under the viewport for the legend (none while it is hidden)."""
        visible = self._legend_wanted and not self._presenting
        height = (
            int(legend_height(self.viewport().width()))
            if visible
            else self._bottom_margin
            if self._presenting
            else 0
        )
        if self.viewportMargins().bottom() != height:
            self.setViewportMargins(0, 0, 0, height)
        self.legend.setVisible(visible)
        if visible:
            area = self.viewport().geometry()
            self.legend.setGeometry(area.x(), area.bottom() + 1, area.width(), height)

    def scene_pos_of(self, card_id: str) -> QPointF | None:
        """The scene centre of a card (tests and hooks)."""
        item = self.board_scene.card_item(card_id)
        return item.sceneBoundingRect().center() if item is not None else None
