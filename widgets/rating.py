"""GUI: rating touchpoints: the inspector's rating panel and the rating keyboard shortcuts.

Both write the current participant's rating through ``RateCommand``. A rating is a pair;
setting only one half fills the other with the neutral default (importance 3 when the
experience is set first, experience 0 when the importance is set first), or keeps the
participant's existing value.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QBrush, QColor, QFont, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app.colors import DISAGREEMENT_COLOR, experience_color
from app.commands import RateCommand, execute, macro
from app.document import Change, JourneyDocument
from storage.errors import InvalidEdit
from widgets.insight_common import (
    MINUS,
    experience_label,
    fill,
    format_number,
    importance_label,
    scale_color,
    unrated_text,
)

DEFAULT_IMPORTANCE = 3  # when the experience is set first
DEFAULT_EXPERIENCE = 0  # when the importance is set first
EXPERIENCES = (-2, -1, 0, 1, 2)
IMPORTANCES = (1, 2, 3, 4, 5)


def rated_value(old: tuple[int, int] | None, experience: int | None = None,
                importance: int | None = None) -> tuple[int, int]:
    """The new (experience, importance) when one or both halves are set over ``old``."""
    old_e, old_i = old if old is not None else (DEFAULT_EXPERIENCE, DEFAULT_IMPORTANCE)
    return (old_e if experience is None else experience,
            old_i if importance is None else importance)


def rate_cards(document: JourneyDocument, card_ids: list[str], participant_id: str,
               experience: int | None = None, importance: int | None = None,
               clear: bool = False) -> int:
    """Set (or clear) ``participant_id``'s rating of each card; one undo step. Cards changed.

    Raises InvalidEdit when refused (nothing is changed then).
    """
    commands = []
    for card_id in card_ids:
        old = document.rating(card_id, participant_id)
        new = None if clear else rated_value(old, experience, importance)
        if new != old:
            commands.append(RateCommand(document, card_id, participant_id, new))
    if len(commands) == 1:
        execute(document, commands[0])
    elif commands:
        text = (QCoreApplication.translate("RatingPanel", "Clear ratings") if clear
                else QCoreApplication.translate("RatingPanel", "Rate cards"))
        with macro(document, text):
            for command in commands:
                execute(document, command)
    return len(commands)


def experience_text(value: int) -> str:
    """"−2" .. "+2": the experience value as shown on buttons and in tables."""
    return (MINUS + str(-value)) if value < 0 else (f"+{value}" if value > 0 else "0")


class RatingPanel(QWidget):
    """Inspector section: the current participant's rating of the selected touchpoint,
    everyone's ratings and the aggregates."""

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.card_id: str | None = None
        self.participant_id: str | None = None
        self._build()
        document.changed.connect(self._on_changed)
        self.refresh()

    # -- building -----------------------------------------------------------------------

    def _build(self) -> None:
        self.title_label = QLabel()
        self.title_label.setWordWrap(True)
        bold = self.title_label.font()
        bold.setBold(True)
        self.title_label.setFont(bold)

        self.mine_box = QGroupBox()
        grid = QGridLayout(self.mine_box)
        grid.setHorizontalSpacing(4)
        grid.setVerticalSpacing(2)
        small = QFont(self.font())
        small.setPointSizeF(max(6.0, small.pointSizeF() * 0.8))
        self.experience_buttons: dict[int, QPushButton] = {}
        grid.addWidget(QLabel(self.tr("Experience")), 0, 0, 1, 5)
        for column, value in enumerate(EXPERIENCES):
            button = self._button(experience_text(value), scale_color(value))
            button.setToolTip(fill(self.tr("Experience %1: %2"), experience_text(value),
                                   experience_label(value)))
            button.clicked.connect(lambda _=False, v=value: self.set_experience(v))
            self.experience_buttons[value] = button
            grid.addWidget(button, 1, column)
            grid.addWidget(self._caption(experience_label(value), small), 2, column)
        self.importance_buttons: dict[int, QPushButton] = {}
        grid.addWidget(QLabel(self.tr("Importance")), 3, 0, 1, 5)
        for column, value in enumerate(IMPORTANCES):
            button = self._button(str(value), "#FFFFFF")
            button.setToolTip(fill(self.tr("Importance %1: %2"), value, importance_label(value)))
            button.clicked.connect(lambda _=False, v=value: self.set_importance(v))
            self.importance_buttons[value] = button
            grid.addWidget(button, 4, column)
            grid.addWidget(self._caption(importance_label(value), small), 5, column)
        self.clear_button = QPushButton(self.tr("Clear my rating"))
        self.clear_button.clicked.connect(self.clear_rating)
        grid.addWidget(self.clear_button, 6, 0, 1, 5)

        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels(
            [self.tr("Participant"), self.tr("Experience"), self.tr("Importance")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.NoSelection)
        self.table.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)

        self.mean_experience_label = QLabel()
        # Only as wide as its text: the background is the scale colour of the mean.
        self.mean_experience_label.setSizePolicy(QSizePolicy.Policy.Maximum,
                                                 QSizePolicy.Policy.Preferred)
        self.mean_importance_label = QLabel()
        self.votes_label = QLabel()
        self.spread_label = QLabel()
        self.disagreement_label = QLabel()
        self.disagreement_label.setWordWrap(True)
        aggregates = QFormLayout()
        aggregates.addRow(self.tr("Mean experience:"), self.mean_experience_label)
        aggregates.addRow(self.tr("Mean importance:"), self.mean_importance_label)
        aggregates.addRow(self.tr("Votes:"), self.votes_label)
        aggregates.addRow(self.tr("Spread:"), self.spread_label)
        aggregates.addRow(self.tr("Disagreement:"), self.disagreement_label)

        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 0, 0, 0)
        details.addWidget(self.mine_box)
        details.addWidget(QLabel(self.tr("All ratings")))
        details.addWidget(self.table)
        details.addLayout(aggregates)

        layout = QVBoxLayout(self)
        layout.setContentsMargins(4, 4, 4, 4)
        layout.addWidget(self.title_label)
        layout.addWidget(self.details)
        layout.addStretch(1)  # keeps the title at the top when there is nothing to rate

    @staticmethod
    def _button(text: str, color: str) -> QPushButton:
        button = QPushButton(text)
        button.setCheckable(True)
        button.setFocusPolicy(Qt.FocusPolicy.TabFocus)
        button.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        button.setMinimumWidth(36)
        # Black text on every scale colour meets WCAG AA. Border plus margin is 3 px in every
        # state, so the thick frame of the chosen value never squeezes the digit.
        button.setStyleSheet(
            f"QPushButton {{ background: {color}; color: #000000; border: 1px solid #8A8A8A;"
            " margin: 2px; border-radius: 4px; padding: 4px 2px; font-weight: bold; }"
            "QPushButton:checked { border: 3px solid #000000; margin: 0px; }"
            "QPushButton:disabled { color: #8A8A8A; background: #EEEEEE; }"
            "QPushButton:focus { border: 2px dotted #1F5FAF; margin: 1px; }"
            "QPushButton:checked:focus { border: 3px solid #1F5FAF; margin: 0px; }")
        return button

    @staticmethod
    def _caption(text: str, font: QFont) -> QLabel:
        # "very negative" as two lines: a word-wrapped label in a grid gets clipped.
        label = QLabel(text.replace(" ", "\n", 1))
        label.setFont(font)
        label.setAlignment(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop)
        return label

    # -- state --------------------------------------------------------------------------

    def set_card(self, card_id: str | None) -> None:
        """Show the ratings of ``card_id`` (None or a note: nothing to rate)."""
        self.card_id = card_id or None
        self.refresh()

    def set_selection(self, card_ids: list[str]) -> None:
        """Follow the board selection: one selected card is shown, otherwise none."""
        self.set_card(card_ids[0] if len(card_ids) == 1 else None)

    def set_participant(self, participant_id: str | None) -> None:
        """Whose rating the buttons set (the toolbar's current participant)."""
        self.participant_id = participant_id or None
        self.refresh()

    def _touchpoint(self) -> object | None:
        card = self.document.get("card", self.card_id) if self.card_id else None
        return card if card is not None and card.kind == "touchpoint" else None

    def _on_changed(self, change: Change) -> None:
        if self.card_id is None:
            return
        if (self.card_id in change.ids("card") or self.card_id in change.ids("rating")
                or change.ids("participant")):
            self.refresh()

    def refresh(self) -> None:
        """Show the document's current state for the card and participant."""
        if self.card_id and self.document.get("card", self.card_id) is None:
            self.card_id = None  # deleted (or its adding undone)
        card = self._touchpoint()
        if card is None:
            self.details.hide()
            self.title_label.setText(self.tr("Select one touchpoint to rate it.")
                                     if self.card_id is None
                                     else self.tr("Notes are not rated."))
            return
        self.details.show()
        self.title_label.setText(card.title or self.tr("(untitled touchpoint)"))
        participants = self.document.participants()
        names = {p.id: p.name for p in participants}
        me = self.participant_id if self.participant_id in names else None
        mine = self.document.rating(card.id, me) if me else None
        self.mine_box.setTitle(fill(self.tr("My rating (%1)"), names[me]) if me
                               else self.tr("My rating: add a participant first"))
        for value, button in self.experience_buttons.items():
            button.setEnabled(me is not None)
            button.setChecked(mine is not None and mine[0] == value)
        for value, button in self.importance_buttons.items():
            button.setEnabled(me is not None)
            button.setChecked(mine is not None and mine[1] == value)
        self.clear_button.setEnabled(mine is not None)
        self._fill_table(card.id, participants, me)
        self._fill_aggregates(card.map_id, card.id, len(participants))

    def _fill_table(self, card_id: str, participants: list, me: str | None) -> None:
        self.table.setRowCount(len(participants))
        for row, participant in enumerate(participants):
            rating = self.document.rating(card_id, participant.id)
            name = QTableWidgetItem(participant.name)
            if participant.id == me:
                font = name.font()
                font.setBold(True)
                name.setFont(font)
                name.setToolTip(self.tr("Current participant"))
            if rating is None:
                experience = QTableWidgetItem(self.tr("not rated"))
                importance = QTableWidgetItem("")
                experience.setForeground(QBrush(QColor("#6A6A6A")))
            else:
                experience = QTableWidgetItem(
                    f"{experience_text(rating[0])} {experience_label(rating[0])}")
                experience.setBackground(QBrush(QColor(scale_color(rating[0]))))
                experience.setForeground(QBrush(QColor("#000000")))
                importance = QTableWidgetItem(str(rating[1]))
                importance.setToolTip(importance_label(rating[1]))
            importance.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
            for column, item in enumerate((name, experience, importance)):
                self.table.setItem(row, column, item)
        self.table.resizeRowsToContents()
        rows_height = sum(self.table.rowHeight(r) for r in range(self.table.rowCount()))
        # As tall as its rows (up to a limit): the aggregates stay right under it.
        self.table.setFixedHeight(min(240, self.table.horizontalHeader().height()
                                      + rows_height + 2 * self.table.frameWidth()))

    def _fill_aggregates(self, map_id: str, card_id: str, participant_count: int) -> None:
        score = self.document.map_data(map_id).scores.get(card_id)
        votes = score.votes if score is not None else 0
        self.votes_label.setText(fill(self.tr("%1 of %2"), votes, participant_count))
        if score is None or not score.rated:
            for label in (self.mean_experience_label, self.mean_importance_label,
                          self.spread_label):
                label.setText(unrated_text())
            self.mean_experience_label.setStyleSheet("")
            self.disagreement_label.setText(self.tr("no"))
            self.disagreement_label.setStyleSheet("")
            return
        color = experience_color(score.experience)
        self.mean_experience_label.setText(format_number(score.experience, signed=True))
        self.mean_experience_label.setStyleSheet(
            f"QLabel {{ background: {color}; color: #000000; padding: 1px 4px; }}")
        self.mean_importance_label.setText(format_number(score.importance))
        self.spread_label.setText(format_number(score.spread))
        if score.disagreement:
            self.disagreement_label.setText(self.tr("yes: the ratings differ widely"))
            self.disagreement_label.setStyleSheet(
                f"QLabel {{ color: {DISAGREEMENT_COLOR}; font-weight: bold; }}")
        else:
            self.disagreement_label.setText(self.tr("no"))
            self.disagreement_label.setStyleSheet("")

    # -- gestures -----------------------------------------------------------------------

    def _rate(self, **kwargs: object) -> bool:
        card = self._touchpoint()
        if card is None or self.participant_id is None:
            self.refresh()
            return False
        try:
            changed = rate_cards(self.document, [card.id], self.participant_id, **kwargs)
        except InvalidEdit:
            changed = 0
        self.refresh()  # also resets a toggle clicked while nothing changed
        return changed > 0

    def set_experience(self, value: int) -> bool:
        """Set my experience (importance defaults to 3 when I had no rating)."""
        return self._rate(experience=value)

    def set_importance(self, value: int) -> bool:
        """Set my importance (experience defaults to 0 when I had no rating)."""
        return self._rate(importance=value)

    def clear_rating(self) -> bool:
        """Remove my rating of the touchpoint."""
        return self._rate(clear=True)


# -- keyboard shortcuts ---------------------------------------------------------------------

_DIGITS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5)


def _experience_keys(value: int) -> list[QKeySequence]:
    return [QKeySequence(_DIGITS[value + 2])]


def _importance_keys(value: int) -> list[QKeySequence]:
    digit = _DIGITS[value - 1]
    # Shift+digit is "!" or "%" on many layouts; Qt matches it by the key's unshifted
    # symbol on X11, Wayland, Windows and macOS, and Alt+digit is the fallback that no
    # layout turns into another character before Qt sees it.
    return [QKeySequence(Qt.KeyboardModifier.ShiftModifier | digit),
            QKeySequence(Qt.KeyboardModifier.AltModifier | digit)]


def _clear_keys() -> list[QKeySequence]:
    keys = [QKeySequence(Qt.Key.Key_0)]
    backspace = QKeySequence(Qt.Key.Key_Backspace)
    # On macOS Backspace is the standard Delete key (delete the card): leave it to the board.
    if backspace not in QKeySequence.keyBindings(QKeySequence.StandardKey.Delete):
        keys.append(backspace)
    return keys


NEXT_KEY = QKeySequence(Qt.Key.Key_N)
PREVIOUS_KEY = QKeySequence(Qt.Key.Key_P)


def _keys_text(keys: list[QKeySequence]) -> str:
    return ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in keys)


def shortcut_help() -> list[tuple[str, str]]:
    """(keys, what they do) of the rating shortcuts, for the Help menu."""
    rows = []
    experience_keys = " … ".join(k.toString(QKeySequence.SequenceFormat.NativeText)
                                 for k in (_experience_keys(-2)[0], _experience_keys(2)[0]))
    rows.append((experience_keys, QCoreApplication.translate(
        "RatingShortcuts",
        "Set my experience: 1 very negative, 2 negative, 3 neutral, 4 positive, "
        "5 very positive")))
    shift = _importance_keys(1)[0], _importance_keys(5)[0]
    alt = _importance_keys(1)[1], _importance_keys(5)[1]
    importance_keys = fill(QCoreApplication.translate("RatingShortcuts", "%1 … %2 or %3 … %4"),
                           *(k.toString(QKeySequence.SequenceFormat.NativeText)
                             for k in (*shift, *alt)))
    rows.append((importance_keys, QCoreApplication.translate(
        "RatingShortcuts", "Set my importance: 1 minor … 5 critical")))
    rows.append((_keys_text(_clear_keys()), QCoreApplication.translate(
        "RatingShortcuts", "Clear my rating")))
    rows.append((_keys_text([NEXT_KEY]), QCoreApplication.translate(
        "RatingShortcuts", "Select the next touchpoint in board order")))
    rows.append((_keys_text([PREVIOUS_KEY]), QCoreApplication.translate(
        "RatingShortcuts", "Select the previous touchpoint in board order")))
    rows.append(("", QCoreApplication.translate(
        "RatingShortcuts",
        "Ratings are set for the current participant (toolbar) on the selected touchpoints; "
        "setting the experience first sets importance 3, setting the importance first sets "
        "experience 0.")))
    return rows


class RatingShortcuts(QObject):
    """Rating keys on the board view (see ``shortcut_help``), for the current participant.

    The keys work while the board view (or a child) has the focus. ``go_to_card`` is
    called with the card that N/P move to: the main window selects it and scrolls to it.
    ``message`` carries short status-bar texts (what was rated, or why nothing was).
    """

    message = Signal(str)

    def __init__(self, widget: QWidget, document: JourneyDocument, *,
                 current_map: Callable[[], str | None],
                 current_participant: Callable[[], str | None],
                 selected_cards: Callable[[], list[str]],
                 go_to_card: Callable[[str], None],
                 parent: QObject | None = None) -> None:
        super().__init__(parent or widget)
        self.widget = widget
        self.document = document
        self.current_map = current_map
        self.current_participant = current_participant
        self.selected_cards = selected_cards
        self.go_to_card = go_to_card
        self.actions: dict[str, QAction] = {}
        for value in EXPERIENCES:
            self._add(f"experience{value:+d}", fill(self.tr("Experience %1"),
                                                     experience_text(value)),
                      _experience_keys(value), lambda v=value: self.set_experience(v))
        for value in IMPORTANCES:
            self._add(f"importance{value}", fill(self.tr("Importance %1"), value),
                      _importance_keys(value), lambda v=value: self.set_importance(v))
        self._add("clear", self.tr("Clear my rating"), _clear_keys(), self.clear)
        self._add("next", self.tr("Next touchpoint"), [NEXT_KEY], self.next_touchpoint)
        self._add("previous", self.tr("Previous touchpoint"), [PREVIOUS_KEY],
                  self.previous_touchpoint)

    def _add(self, name: str, text: str, keys: list[QKeySequence],
             slot: Callable[[], object]) -> None:
        action = QAction(text, self.widget)
        action.setShortcuts(keys)
        action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        action.triggered.connect(lambda _checked=False: slot())
        self.widget.addAction(action)
        self.actions[name] = action

    def set_enabled(self, enabled: bool) -> None:
        """Turn the keys off (e.g. in presentation mode) or on again."""
        for action in self.actions.values():
            action.setEnabled(enabled)

    # -- rating -------------------------------------------------------------------------

    def _targets(self) -> tuple[list[str], str] | None:
        participant_id = self.current_participant()
        if not participant_id or self.document.get("participant", participant_id) is None:
            self.message.emit(self.tr("Add a participant before rating touchpoints."))
            return None
        cards = [self.document.get("card", card_id) for card_id in self.selected_cards()]
        touchpoints = [c.id for c in cards if c is not None and c.kind == "touchpoint"]
        if not touchpoints:
            self.message.emit(self.tr("Select a touchpoint to rate it."))
            return None
        return touchpoints, participant_id

    def _rate(self, **kwargs: object) -> bool:
        targets = self._targets()
        if targets is None:
            return False
        card_ids, participant_id = targets
        try:
            rate_cards(self.document, card_ids, participant_id, **kwargs)
        except InvalidEdit as error:
            self.message.emit(str(error))
            return False
        self._report(card_ids, participant_id)
        return True

    def _report(self, card_ids: list[str], participant_id: str) -> None:
        participant = self.document.get("participant", participant_id)
        if len(card_ids) > 1:
            self.message.emit(fill(self.tr("%1 rated %2 touchpoints."), participant.name,
                                   len(card_ids)))
            return
        card = self.document.get("card", card_ids[0])
        rating = self.document.rating(card_ids[0], participant_id)
        if rating is None:
            self.message.emit(fill(self.tr("%1's rating of “%2” cleared."),
                                   participant.name, card.title))
        else:
            self.message.emit(fill(self.tr("%1 rated “%2”: experience %3, importance %4."),
                                   participant.name, card.title,
                                   experience_text(rating[0]), rating[1]))

    def set_experience(self, value: int) -> bool:
        return self._rate(experience=value)

    def set_importance(self, value: int) -> bool:
        return self._rate(importance=value)

    def clear(self) -> bool:
        return self._rate(clear=True)

    # -- moving -------------------------------------------------------------------------

    def _step(self, step: int) -> str | None:
        map_id = self.current_map()
        cards = self.document.cards(map_id) if map_id else []  # board order
        touchpoints = [i for i, card in enumerate(cards) if card.kind == "touchpoint"]
        if not touchpoints:
            self.message.emit(self.tr("This map has no touchpoints."))
            return None
        position = {card.id: i for i, card in enumerate(cards)}
        selected = [position[c] for c in self.selected_cards() if c in position]
        if not selected:
            target = touchpoints[0] if step > 0 else touchpoints[-1]
        else:
            # From the selection (a note too) to the nearest touchpoint in that direction.
            edge = max(selected) if step > 0 else min(selected)
            after = [i for i in touchpoints if (i > edge if step > 0 else i < edge)]
            if after:
                target = after[0] if step > 0 else after[-1]
            else:
                self.message.emit(self.tr("Last touchpoint.") if step > 0
                                  else self.tr("First touchpoint."))
                target = touchpoints[-1] if step > 0 else touchpoints[0]
        self.go_to_card(cards[target].id)
        return cards[target].id

    def next_touchpoint(self) -> str | None:
        """Select the touchpoint after the selection in board order (the first if none)."""
        return self._step(1)

    def previous_touchpoint(self) -> str | None:
        """Select the touchpoint before the selection in board order (the last if none)."""
        return self._step(-1)
