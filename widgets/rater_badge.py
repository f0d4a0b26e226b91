"""GUI: who is rating, large on the board, and the keys that switch the current participant.

On a projector the room must see whose rating the keys set: a badge in the board's top
right corner names the current participant ("Rating as: Anna"), and R / Shift+R switch to
the next / previous participant from the board (the toolbar's "Rating as" box follows).
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QAction, QFont, QKeySequence
from PySide6.QtWidgets import QAbstractScrollArea, QLabel

NEXT_PARTICIPANT_KEY = QKeySequence(Qt.Key.Key_R)
PREVIOUS_PARTICIPANT_KEY = QKeySequence(Qt.KeyboardModifier.ShiftModifier | Qt.Key.Key_R)
BADGE_STYLE = ("QLabel {{ background: {background}; color: #FFFFFF; border-radius: 6px;"
               " padding: 4px 12px; }}")
CALM = "#263238"
FLASH = "#1F5FAF"  # after a switch, for a moment: the room sees that the rater changed
FLASH_MS = 900
MARGIN = 10


class RaterBadge(QLabel):
    """The current participant's name in large type over the board's top right corner.

    Follows the view's size (an event filter on its viewport); hidden when there is no
    participant to name.
    """

    def __init__(self, view: QAbstractScrollArea) -> None:
        super().__init__(view.viewport())
        self.view = view
        font = QFont(self.font())
        font.setPixelSize(20)  # readable from the back of a room on a 1280 x 720 projector
        font.setBold(True)
        self.setFont(font)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setObjectName("rater-badge")
        self._flash = QTimer(self)
        self._flash.setSingleShot(True)
        self._flash.setInterval(FLASH_MS)
        self._flash.timeout.connect(lambda: self._paint(CALM))
        self._paint(CALM)
        view.viewport().installEventFilter(self)
        self.hide()

    def show_name(self, name: str | None, flash: bool = False) -> None:
        """Name the current participant (None: hide the badge)."""
        if not name:
            self.hide()
            return
        self.setText(self.tr("Rating as: %s") % name)
        self.adjustSize()
        self._place()
        self.show()
        self.raise_()
        if flash:
            self._paint(FLASH)
            self._flash.start()

    def _paint(self, background: str) -> None:
        self.setStyleSheet(BADGE_STYLE.format(background=background))

    def _place(self) -> None:
        area = self.view.viewport().rect()
        self.move(area.right() - self.width() - MARGIN, area.top() + MARGIN)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Resize:
            self._place()
        return False


def participant_switch_actions(widget: QAbstractScrollArea, step: Callable[[int], None]
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
