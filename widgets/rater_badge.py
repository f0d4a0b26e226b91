"""GUI: who is rating, in large type, and the keys that switch the current participant.

On a projector the room must see whose rating the keys set: a badge in the status bar,
next to the timer, names the current participant ("Rating as: Anna") in large type without
covering any of the board, and R / Shift+R switch to the next / previous participant from
the board (the toolbar's "Rating as" box follows).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QLabel, QWidget

NEXT_PARTICIPANT_KEY = QKeySequence(Qt.Key.Key_R)
PREVIOUS_PARTICIPANT_KEY = QKeySequence(Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_R)
BADGE_STYLE = (
    "QLabel {{ background: {background}; color: #FFFFFF; border-radius: 6px; padding: 2px 12px; }}"
)
CALM = "#263238"
FLASH = "#1F5FAF"  # after a switch, for a moment: the room sees that the rater changed
FLASH_MS = 900


class RaterBadge(QLabel):
    """The current participant's name in large type; hidden when there is nobody to name."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        font = QFont(self.font())
        font.setPixelSize(20)  # readable from the back of a room on a 1280 x 720 projector
        font.setBold(True)
        self.setFont(font)
        self.setObjectName("rater-badge")
        self.setTextFormat(Qt.TextFormat.PlainText)
        self._flash = QTimer(self)
        self._flash.setSingleShot(True)
        self._flash.setInterval(FLASH_MS)
        self._flash.timeout.connect(lambda: self._paint(CALM))
        self._paint(CALM)
        self.hide()

    def show_name(self, name: str | None, flash: bool = False) -> None:
        """Name the current participant (None: hide the badge)."""
        if not name:
            self.hide()
            return
        self.setText(self.tr("Rating as: %s") % name)
        self.show()
        if flash:
            self._paint(FLASH)
            self._flash.start()

    def _paint(self, background: str) -> None:
        self.setStyleSheet(BADGE_STYLE.format(background=background))


def participant_switch_actions(
    widget: QAbstractScrollArea, step: Callable[[int], None]
) -> list[QAction]:
    """R and Shift+R on the board: ``step(+1)`` / ``step(-1)`` through the participants."""
    actions = []
    for keys, direction in ((NEXT_PARTICIPANT_KEY, 1), (PREVIOUS_PARTICIPANT_KEY, -1)):
        action = QAction(widget)
        action.setShortcut(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False, d=direction: step(d))
        widget.addAction(action)
        actions.append(action)
    return actions
