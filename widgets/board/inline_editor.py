"""GUI: the inline editor for a card's title or a header's name, over the board.

Enter commits, Escape cancels, losing the focus commits; either way the editor
closes once. The commit is one UpdateCommand (made by the caller's callback).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QRect, Qt, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent
from PySide6.QtWidgets import QLineEdit, QWidget


class InlineEditor(QLineEdit):
    """A one-line editor placed over a part of the board."""

    finished = Signal(bool)  # True: committed, False: cancelled

    def __init__(
        self, parent: QWidget, rect: QRect, text: str, commit: Callable[[str], None]
    ) -> None:
        super().__init__(text, parent)
        self._commit = commit
        self._done = False
        self.setGeometry(rect)
        self.setFrame(True)
        self.setStyleSheet(
            "QLineEdit { border: 2px solid #1E88E5; border-radius: 3px;"
            " padding: 1px 4px; background: white; color: #263238; }"
        )
        self.selectAll()
        self.show()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    @property
    def done(self) -> bool:
        return self._done

    def commit(self) -> None:
        """Apply the text (once) and close."""
        if self._done:
            return
        self._done = True
        text = self.text()
        self._close()
        self._commit(text)
        self.finished.emit(True)

    def cancel(self) -> None:
        """Close without changing anything."""
        if self._done:
            return
        self._done = True
        self._close()
        self.finished.emit(False)

    def _close(self) -> None:
        self.hide()
        self.deleteLater()
        parent = self.parentWidget()
        if parent is not None:
            target = parent.parentWidget() or parent
            target.setFocus(Qt.FocusReason.OtherFocusReason)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.commit()
            return
        if event.key() == Qt.Key.Key_Escape:
            self.cancel()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        super().focusOutEvent(event)
        if not self._done and event.reason() != Qt.FocusReason.PopupFocusReason:
            self.commit()
