"""GUI: the inspector's rating panel: my rating of the selected touchpoint, everyone's
ratings and the aggregates.

It writes through ``widgets.rating_keys.rate_cards`` (a rating is a pair; setting only one
half fills the other with the neutral default or keeps my existing value). The rating
keyboard shortcuts live in widgets.rating_keys and are re-exported here.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor, QFont
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
from app.document import Change, JourneyDocument
from app.errors import InvalidEdit
from app.rows import Card
from app.scoring import score as aggregate
from widgets.insight_common import (
    breakable,
    experience_label,
    fill,
    format_number,
    importance_label,
    scale_color,
    unrated_text,
)
from widgets.rating_keys import (  # noqa: F401 (re-exported: callers import from here)
    DEFAULT_EXPERIENCE,
    DEFAULT_IMPORTANCE,
    EXPERIENCES,
    IMPORTANCES,
    NEXT_KEY,
    PREVIOUS_KEY,
    RatingShortcuts,
    experience_text,
    rate_cards,
    rated_value,
    shortcut_help,
)


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
        self.title_label.setTextFormat(Qt.TextFormat.PlainText)  # a title is never markup
        bold = self.title_label.font()
        bold.setBold(True)
        self.title_label.setFont(bold)
        self.details: QWidget | None = None  # built when a touchpoint is first shown
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(4, 4, 4, 4)
        self._layout.addWidget(self.title_label)
        self._layout.addStretch(1)  # keeps the title at the top when there is nothing to rate

    def _details(self) -> QWidget:
        """The buttons, the table and the aggregates (built on first use)."""
        if self.details is not None:
            return self.details
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
            button.setToolTip(
                fill(self.tr("Experience %1: %2"), experience_text(value), experience_label(value))
            )
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
            [self.tr("Participant"), self.tr("Experience"), self.tr("Importance")]
        )
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
        self.mean_experience_label.setSizePolicy(
            QSizePolicy.Policy.Maximum, QSizePolicy.Policy.Preferred
        )
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
        self._layout.insertWidget(1, self.details)
        return self.details

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
            "QPushButton:checked:focus { border: 3px solid #1F5FAF; margin: 0px; }"
        )
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

    def _touchpoint(self) -> Card | None:
        card = self.document.get("card", self.card_id) if self.card_id else None
        return card if card is not None and card.kind == "touchpoint" else None

    def _on_changed(self, change: Change) -> None:
        if self.card_id is None:
            return
        if (
            self.card_id in change.ids("card")
            or self.card_id in change.ids("rating")
            or change.ids("participant")
        ):
            self.refresh()

    def refresh(self) -> None:
        """Show the document's current state for the card and participant."""
        if self.card_id and self.document.get("card", self.card_id) is None:
            self.card_id = None  # deleted (or its adding undone)
        card = self._touchpoint()
        if card is None:
            if self.details is not None:
                self.details.hide()
            self.title_label.setText(
                self.tr("Select one touchpoint to rate it.")
                if self.card_id is None
                else self.tr("Notes are not rated.")
            )
            return
        self._details().show()
        self.title_label.setText(breakable(card.title) or self.tr("(untitled touchpoint)"))
        self.title_label.setToolTip(card.title)
        participants = self.document.participants()
        names = {p.id: p.name for p in participants}
        me = self.participant_id if self.participant_id in names else None
        mine = self.document.rating(card.id, me) if me else None
        self.mine_box.setTitle(
            fill(self.tr("My rating (%1)"), names[me])
            if me
            else self.tr("My rating: add a participant first")
        )
        for value, button in self.experience_buttons.items():
            button.setEnabled(me is not None)
            button.setChecked(mine is not None and mine[0] == value)
        for value, button in self.importance_buttons.items():
            button.setEnabled(me is not None)
            button.setChecked(mine is not None and mine[1] == value)
        self.clear_button.setEnabled(mine is not None)
        ratings = [self.document.rating(card.id, p.id) for p in participants]
        self._fill_table(participants, ratings, me)
        self._fill_aggregates([r for r in ratings if r is not None], len(participants))

    def _fill_table(
        self, participants: list, ratings: list[tuple[int, int] | None], me: str | None
    ) -> None:
        self.table.setRowCount(len(participants))
        for row, (participant, rating) in enumerate(zip(participants, ratings, strict=True)):
            name = QTableWidgetItem(breakable(participant.name, limit=60))
            name.setToolTip(participant.name)
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
                    f"{experience_text(rating[0])} {experience_label(rating[0])}"
                )
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
        self.table.setFixedHeight(
            min(
                240,
                self.table.horizontalHeader().height() + rows_height + 2 * self.table.frameWidth(),
            )
        )

    def _fill_aggregates(self, ratings: list[tuple[int, int]], participant_count: int) -> None:
        # From this card's own ratings: reading the whole map would take a noticeable
        # moment on every click in a large workshop.
        score = aggregate(ratings)
        votes = score.votes
        self.votes_label.setText(fill(self.tr("%1 of %2"), votes, participant_count))
        if not score.rated:
            for label in (
                self.mean_experience_label,
                self.mean_importance_label,
                self.spread_label,
            ):
                label.setText(unrated_text())
            self.mean_experience_label.setStyleSheet("")
            self.disagreement_label.setText(self.tr("no"))
            self.disagreement_label.setStyleSheet("")
            return
        color = experience_color(score.experience)
        self.mean_experience_label.setText(format_number(score.experience, signed=True))
        self.mean_experience_label.setStyleSheet(
            f"QLabel {{ background: {color}; color: #000000; padding: 1px 4px; }}"
        )
        self.mean_importance_label.setText(format_number(score.importance))
        self.spread_label.setText(format_number(score.spread))
        if score.disagreement:
            self.disagreement_label.setText(self.tr("yes: the ratings differ widely"))
            self.disagreement_label.setStyleSheet(
                f"QLabel {{ color: {DISAGREEMENT_COLOR}; font-weight: bold; }}"
            )
        else:
            self.disagreement_label.setText(self.tr("no"))
            self.disagreement_label.setStyleSheet("")

    # -- gestures -----------------------------------------------------------------------

    def _rate(
        self, experience: int | None = None, importance: int | None = None, clear: bool = False
    ) -> bool:
        card = self._touchpoint()
        if card is None or self.participant_id is None:
            self.refresh()
            return False
        try:
            changed = rate_cards(
                self.document, [card.id], self.participant_id, experience, importance, clear
            )
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
