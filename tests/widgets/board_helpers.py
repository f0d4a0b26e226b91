"""Helpers for the board tests: synthesised gestures and look-ups in scene coordinates.

Gestures are real events sent to the view's viewport (mouse presses, moves and
releases; drag-enter/move/drop with the palette's MIME data), as a user makes them.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QMimeData, QPoint, QPointF, Qt
from PySide6.QtGui import QDragEnterEvent, QDragMoveEvent, QDropEvent, QMouseEvent
from PySide6.QtWidgets import QApplication


class Gestures:
    """Mouse and drag-and-drop events on a board view, in scene coordinates."""

    def __init__(self, view: Any) -> None:
        self.view = view

    def to_view(self, scene_pos: QPointF) -> QPoint:
        return self.view.mapFromScene(scene_pos)

    def mouse(
        self,
        kind: QEvent.Type,
        scene_pos: QPointF,
        button: Qt.MouseButton,
        buttons: Qt.MouseButton,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        viewport = self.view.viewport()
        pos = QPointF(self.to_view(scene_pos))
        event = QMouseEvent(
            kind, pos, QPointF(viewport.mapToGlobal(pos)), button, buttons, modifiers
        )
        QApplication.sendEvent(viewport, event)

    def press(
        self,
        scene_pos: QPointF,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        button: Qt.MouseButton = Qt.MouseButton.LeftButton,
    ) -> None:
        self.mouse(QEvent.Type.MouseButtonPress, scene_pos, button, button, modifiers)

    def move(self, scene_pos: QPointF, button: Qt.MouseButton = Qt.MouseButton.LeftButton) -> None:
        self.mouse(QEvent.Type.MouseMove, scene_pos, Qt.MouseButton.NoButton, button)

    def release(
        self,
        scene_pos: QPointF,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
        button: Qt.MouseButton = Qt.MouseButton.LeftButton,
    ) -> None:
        self.mouse(
            QEvent.Type.MouseButtonRelease, scene_pos, button, Qt.MouseButton.NoButton, modifiers
        )

    def click(
        self, scene_pos: QPointF, modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier
    ) -> None:
        self.press(scene_pos, modifiers)
        self.release(scene_pos, modifiers)

    def double_click(self, scene_pos: QPointF) -> None:
        self.click(scene_pos)
        self.mouse(
            QEvent.Type.MouseButtonDblClick,
            scene_pos,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
        )
        self.release(scene_pos)

    def drag(
        self,
        start: QPointF,
        end: QPointF,
        steps: int = 4,
        modifiers: Qt.KeyboardModifier = Qt.KeyboardModifier.NoModifier,
    ) -> None:
        """Press at ``start``, move in steps to ``end``, release there."""
        self.press(start, modifiers)
        for step in range(1, steps + 1):
            t = step / steps
            self.move(
                QPointF(
                    start.x() + (end.x() - start.x()) * t, start.y() + (end.y() - start.y()) * t
                )
            )
        self.release(end)

    def drop(self, mime: QMimeData, scene_pos: QPointF) -> bool:
        """Drag-enter, drag-move and drop ``mime`` at ``scene_pos``; True if accepted."""
        viewport = self.view.viewport()
        pos = self.to_view(scene_pos)
        actions = Qt.DropAction.CopyAction | Qt.DropAction.MoveAction
        enter = QDragEnterEvent(
            QPointF(pos).toPoint(),
            actions,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, enter)
        if not enter.isAccepted():
            return False
        move = QDragMoveEvent(
            QPointF(pos).toPoint(),
            actions,
            mime,
            Qt.MouseButton.LeftButton,
            Qt.KeyboardModifier.NoModifier,
        )
        QApplication.sendEvent(viewport, move)
        if not move.isAccepted():
            return False
        drop = QDropEvent(
            QPointF(pos), actions, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier
        )
        QApplication.sendEvent(viewport, drop)
        return drop.isAccepted()


def cell_point(window: Any, lane_id: str, phase_id: str, where: str = "bottom") -> QPointF:
    """A scene point in a cell: its empty bottom part, or its top (above the first card)."""
    frame = window.board_scene.frame
    rect = frame.cell_rect(lane_id, phase_id)
    y = rect.bottom - 6 if where == "bottom" else rect.y + 3
    return QPointF(rect.x + rect.w / 2, y)


def card_center(window: Any, card_id: str) -> QPointF:
    return window.board_scene.card_item(card_id).sceneBoundingRect().center()


def cell_of(document: Any, map_id: str, card_id: str) -> tuple[str, str, int]:
    """(lane_id, phase_id, index in its cell) of a card, read from the file."""
    card = document.get("card", card_id)
    return card.lane_id, card.phase_id, document.index_of("card", card_id)


def when_dialog_opens(handler: Any, timeout_ms: int = 5000, kind: type | None = None) -> None:
    """Call ``handler(dialog)`` on the next modal dialog (of ``kind``) once it is shown.

    The dialog's ``exec()`` blocks the test until the handler closes it (by clicking its
    buttons, as a user would); a dialog that never opens fails the test when the timer
    gives up, and the dialog open then is closed so that nothing hangs.
    """
    from PySide6.QtCore import QElapsedTimer, QTimer

    clock = QElapsedTimer()
    clock.start()

    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is not None and dialog.isVisible() and (kind is None or isinstance(dialog, kind)):
            handler(dialog)
        elif clock.elapsed() < timeout_ms:
            QTimer.singleShot(10, poll)
        else:
            if dialog is not None:
                dialog.close()
            raise AssertionError("the expected dialog did not open")

    QTimer.singleShot(0, poll)


def click_button(dialog: Any, text: str) -> None:
    """Click the dialog's push button whose text (without "&") is ``text``."""
    from PySide6.QtTest import QTest
    from PySide6.QtWidgets import QAbstractButton

    for button in dialog.findChildren(QAbstractButton):
        if button.text().replace("&", "") == text and button.isVisible():
            QTest.mouseClick(button, Qt.MouseButton.LeftButton)
            return
    names = [b.text() for b in dialog.findChildren(QAbstractButton)]
    raise AssertionError(f"no button {text!r} in {names}")


def type_text(widget: Any, text: str) -> None:
    """Type ``text`` into ``widget`` key by key, umlauts too (QTest.keyClicks is ASCII only)."""
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtTest import QTest

    for char in text:
        if char.isascii():
            QTest.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(
                widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char)
            )
