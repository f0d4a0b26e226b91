"""GUI: the find bar (Ctrl+F) that walks through the cards matching a text.

``find_cards`` is pure: case-insensitive, on title and description, in the order the
cards are given (the board order), and lenient with German spelling: "Backerei",
"Bäckerei" and "Baeckerei" all find "Bäckerei". The bar only emits ``found(card_id)``;
the caller selects the card and scrolls to it.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Callable, Iterable, Sequence
from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt, Signal
from PySide6.QtGui import QAction, QColor, QKeyEvent, QKeySequence, QPalette
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

_UMLAUTS = str.maketrans({"ä": "ae", "ö": "oe", "ü": "ue"})


def _strip_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(c for c in decomposed if not unicodedata.combining(c))


def _folds(text: str) -> tuple[str, str]:
    """(without accents, with German umlauts spelled out), both case-folded."""
    lowered = unicodedata.normalize("NFC", text).casefold()  # casefold turns ß into ss
    return _strip_marks(lowered), _strip_marks(lowered.translate(_UMLAUTS))


def _field(card: Any, name: str) -> str:
    value = card.get(name) if isinstance(card, dict) else getattr(card, name, "")
    return value or ""


def find_cards(cards: Iterable[Any], text: str) -> list[str]:
    """Ids of the cards whose title or description contains ``text``, in the given order.

    ``cards`` are Card rows (or dicts) with ``id``, ``title`` and ``description``.
    An empty or blank ``text`` matches nothing.
    """
    needle = text.strip()
    if not needle:
        return []
    plain, spelled = _folds(needle)
    found = []
    for card in cards:
        hay_plain, hay_spelled = _folds(_field(card, "title") + "\n" + _field(card, "description"))
        if plain in hay_plain or spelled in hay_spelled:
            found.append(_field(card, "id"))
    return found


class FindBar(QWidget):
    """A find-as-you-type bar: Enter = next, Shift+Enter = previous, Escape closes.

    ``cards`` returns the current map's cards in board order; it is asked again on
    every search, so edits made while the bar is open are found.
    """

    found = Signal(str)  # the id of the card to select and scroll to
    closed = Signal()  # Escape or the close button: give the focus back to the board

    def __init__(self, cards: Callable[[], Sequence[Any]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._cards = cards
        self._matches: list[str] = []
        self._index = -1

        self.edit = QLineEdit()
        self.edit.setClearButtonEnabled(True)
        self.edit.setMinimumWidth(220)
        self.edit.installEventFilter(self)
        self.count_label = QLabel()
        self.count_label.setMinimumWidth(90)
        self.previous_button = QToolButton()
        self.previous_button.setArrowType(Qt.ArrowType.UpArrow)
        self.next_button = QToolButton()
        self.next_button.setArrowType(Qt.ArrowType.DownArrow)
        self.close_button = QToolButton()
        self.close_button.setText("✕")
        self.close_button.setAutoRaise(True)
        self.label = QLabel()
        self.label.setBuddy(self.edit)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(6, 3, 6, 3)
        layout.addWidget(self.label)
        layout.addWidget(self.edit, 1)
        layout.addWidget(self.previous_button)
        layout.addWidget(self.next_button)
        layout.addWidget(self.count_label)
        layout.addStretch(0)
        layout.addWidget(self.close_button)

        # The main window puts this action in its Edit menu; its shortcut (Ctrl+F) opens the bar.
        self.find_action = QAction(self)
        self.find_action.setShortcut(QKeySequence.StandardKey.Find)
        self.find_action.triggered.connect(self.activate)

        self.edit.textChanged.connect(self._search)
        self.next_button.clicked.connect(self.find_next)
        self.previous_button.clicked.connect(self.find_previous)
        self.close_button.clicked.connect(self.close_bar)
        self.retranslate_ui()
        self._show_count()
        self.hide()  # until Ctrl+F

    def retranslate_ui(self) -> None:
        self.label.setText(self.tr("&Find:"))
        self.edit.setPlaceholderText(self.tr("Find cards by title or description"))
        self.previous_button.setToolTip(self.tr("Previous match (Shift+Enter)"))
        self.next_button.setToolTip(self.tr("Next match (Enter)"))
        self.close_button.setToolTip(self.tr("Close the find bar (Escape)"))
        self.find_action.setText(self.tr("&Find..."))
        self._show_count()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    # -- public ---------------------------------------------------------------------------

    def activate(self) -> None:
        """Show the bar, focus the field and select its text (what Ctrl+F does)."""
        self.show()
        self.edit.setFocus(Qt.FocusReason.ShortcutFocusReason)
        self.edit.selectAll()
        if self.edit.text():
            self._search(self.edit.text())

    def close_bar(self) -> None:
        self.hide()
        self.closed.emit()

    def matches(self) -> list[str]:
        """Ids of the cards matching the current text, in board order."""
        return list(self._matches)

    def current_index(self) -> int:
        """Position of the current match in ``matches()``, -1 when there is none."""
        return self._index

    def find_next(self) -> None:
        self._step(1)

    def find_previous(self) -> None:
        self._step(-1)

    # -- internals ------------------------------------------------------------------------

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.edit and event.type() == QEvent.Type.KeyPress:
            assert isinstance(event, QKeyEvent)
            if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                if event.modifiers() & Qt.KeyboardModifier.ShiftModifier:
                    self.find_previous()
                else:
                    self.find_next()
                return True
            if event.key() == Qt.Key.Key_Escape:
                self.close_bar()
                return True
        return super().eventFilter(watched, event)

    def _refresh(self) -> None:
        """Search again (cards may have changed); keep the current card if it still matches."""
        current = self._matches[self._index] if 0 <= self._index < len(self._matches) else None
        self._matches = find_cards(self._cards(), self.edit.text())
        self._index = self._matches.index(current) if current in self._matches else -1

    def _search(self, _text: str = "") -> None:
        self._matches = find_cards(self._cards(), self.edit.text())
        self._index = 0 if self._matches else -1
        self._show_count()
        if self._matches:
            self.found.emit(self._matches[0])

    def _step(self, delta: int) -> None:
        self._refresh()
        if self._matches:
            if self._index < 0:
                self._index = 0 if delta > 0 else len(self._matches) - 1
            else:
                self._index = (self._index + delta) % len(self._matches)
        self._show_count()
        if self._matches:
            self.found.emit(self._matches[self._index])

    def _show_count(self) -> None:
        no_match = bool(self.edit.text().strip()) and not self._matches
        if no_match:
            self.count_label.setText(self.tr("No match"))
        elif self._matches:
            self.count_label.setText(
                self.tr("{current} of {total}").format(
                    current=self._index + 1, total=len(self._matches)
                )
            )
        else:
            self.count_label.setText("")
        self._mark_no_match(no_match)
        self.next_button.setEnabled(bool(self._matches))
        self.previous_button.setEnabled(bool(self._matches))

    def _mark_no_match(self, no_match: bool) -> None:
        # A red tint mixed into the palette's own base colour: clear in light and dark themes.
        palette = self.palette()
        if no_match:
            base = palette.color(QPalette.ColorRole.Base)
            red = QColor(220, 40, 40)
            palette.setColor(
                QPalette.ColorRole.Base,
                QColor(
                    (base.red() * 3 + red.red() * 2) // 5,
                    (base.green() * 3 + red.green() * 2) // 5,
                    (base.blue() * 3 + red.blue() * 2) // 5,
                ),
            )
        self.edit.setPalette(palette)
        font = self.count_label.font()
        font.setBold(no_match)
        self.count_label.setFont(font)
        self.edit.setProperty("noMatch", no_match)
