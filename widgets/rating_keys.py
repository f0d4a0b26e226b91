"""GUI: rating helpers and the rating keyboard shortcuts (1-5, Shift/Alt+1-5, 0, N, P).

``rate_cards`` writes the current participant's rating through ``RateCommand`` (for the
shortcuts and for widgets.rating.RatingPanel). A rating is a pair; setting only one half
fills the other with the neutral default (importance 3 when the experience is set first,
experience 0 when the importance is set first), or keeps the participant's existing value.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QWidget

from app.commands import RateCommand, execute, macro
from app.document import JourneyDocument
from app.errors import InvalidEdit
from widgets.insight_common import MINUS, fill
from widgets.messages import error_text

DEFAULT_IMPORTANCE = 3  # when the experience is set first
DEFAULT_EXPERIENCE = 0  # when the importance is set first
EXPERIENCES = (-2, -1, 0, 1, 2)
IMPORTANCES = (1, 2, 3, 4, 5)


def rated_value(
    old: tuple[int, int] | None, experience: int | None = None, importance: int | None = None
) -> tuple[int, int]:
    """The new (experience, importance) when one or both halves are set over ``old``."""
    old_e, old_i = old if old is not None else (DEFAULT_EXPERIENCE, DEFAULT_IMPORTANCE)
    return (
        old_e if experience is None else experience,
        old_i if importance is None else importance,
    )


def rate_cards(
    document: JourneyDocument,
    card_ids: list[str],
    participant_id: str,
    experience: int | None = None,
    importance: int | None = None,
    clear: bool = False,
) -> int:
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
        text = (
            QCoreApplication.translate("RatingPanel", "Clear ratings")
            if clear
            else QCoreApplication.translate("RatingPanel", "Rate cards")
        )
        with macro(document, text):
            for command in commands:
                execute(document, command)
    return len(commands)


def experience_text(value: int) -> str:
    """ "−2" .. "+2": the experience value as shown on buttons and in tables."""
    return (MINUS + str(-value)) if value < 0 else (f"+{value}" if value > 0 else "0")


def reading_order(document: JourneyDocument, map_id: str) -> list:
    """The map's cards as a room reads the board: along a lane from left to right, top to
    bottom within a cell, then the next lane down."""
    lane_index = {lane.id: i for i, lane in enumerate(document.lanes(map_id))}
    phase_index = {phase.id: i for i, phase in enumerate(document.phases(map_id))}
    cards = document.cards(map_id)  # phase, lane, place in the cell: sorting keeps the last
    return sorted(
        cards, key=lambda card: (lane_index.get(card.lane_id, 0), phase_index.get(card.phase_id, 0))
    )


# -- keyboard shortcuts ---------------------------------------------------------------------

_DIGITS = (Qt.Key.Key_1, Qt.Key.Key_2, Qt.Key.Key_3, Qt.Key.Key_4, Qt.Key.Key_5)


def _experience_keys(value: int) -> list[QKeySequence]:
    return [QKeySequence(_DIGITS[value + 2])]


def _importance_keys(value: int) -> list[QKeySequence]:
    digit = _DIGITS[value - 1]
    # Shift+digit is "!" or "%" on many layouts; Qt matches it by the key's unshifted
    # symbol on X11, Wayland, Windows and macOS, and Alt+digit is the fallback that no
    # layout turns into another character before Qt sees it.
    return [
        QKeySequence(Qt.KeyboardModifier.ShiftModifier | digit),
        QKeySequence(Qt.KeyboardModifier.AltModifier | digit),
    ]


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
    experience_keys = " … ".join(
        k.toString(QKeySequence.SequenceFormat.NativeText)
        for k in (_experience_keys(-2)[0], _experience_keys(2)[0])
    )
    rows.append(
        (
            experience_keys,
            QCoreApplication.translate(
                "RatingShortcuts",
                "Set my experience: 1 very negative, 2 negative, 3 neutral, 4 positive, "
                "5 very positive",
            ),
        )
    )
    shift = _importance_keys(1)[0], _importance_keys(5)[0]
    alt = _importance_keys(1)[1], _importance_keys(5)[1]
    importance_keys = fill(
        QCoreApplication.translate("RatingShortcuts", "%1 … %2 or %3 … %4"),
        *(k.toString(QKeySequence.SequenceFormat.NativeText) for k in (*shift, *alt)),
    )
    rows.append(
        (
            importance_keys,
            QCoreApplication.translate(
                "RatingShortcuts", "Set my importance: 1 minor … 5 critical"
            ),
        )
    )
    rows.append(
        (
            _keys_text(_clear_keys()),
            QCoreApplication.translate("RatingShortcuts", "Clear my rating"),
        )
    )
    rows.append(
        (
            _keys_text([NEXT_KEY]),
            QCoreApplication.translate(
                "RatingShortcuts", "Select the next touchpoint: along the lane, then the next lane"
            ),
        )
    )
    rows.append(
        (
            _keys_text([PREVIOUS_KEY]),
            QCoreApplication.translate(
                "RatingShortcuts", "Select the previous touchpoint: back along the lane"
            ),
        )
    )
    rows.append(
        (
            "R, Shift+R",
            QCoreApplication.translate(
                "RatingShortcuts", "Next / previous participant: who the rating keys rate as"
            ),
        )
    )
    rows.append(
        (
            "",
            QCoreApplication.translate(
                "RatingShortcuts",
                "Ratings are set for the current participant (toolbar) on the selected touchpoints; "
                "setting the experience first sets importance 3, setting the importance first sets "
                "experience 0.",
            ),
        )
    )
    return rows


class RatingShortcuts(QObject):
    """Rating keys on the board view (see ``shortcut_help``), for the current participant.

    The keys work while the board view (or a child) has the focus. ``go_to_card`` is
    called with the card that N/P move to: the main window selects it and scrolls to it.
    ``message`` carries short status-bar texts (what was rated, or why nothing was).
    """

    message = Signal(str)

    def __init__(
        self,
        widget: QWidget,
        document: JourneyDocument,
        *,
        current_map: Callable[[], str | None],
        current_participant: Callable[[], str | None],
        selected_cards: Callable[[], list[str]],
        go_to_card: Callable[[str], None],
        parent: QObject | None = None,
    ) -> None:
        super().__init__(parent or widget)
        self.widget = widget
        self.document = document
        self.current_map = current_map
        self.current_participant = current_participant
        self.selected_cards = selected_cards
        self.go_to_card = go_to_card
        self.actions: dict[str, QAction] = {}
        for value in EXPERIENCES:
            self._add(
                f"experience{value:+d}",
                fill(self.tr("Experience %1"), experience_text(value)),
                _experience_keys(value),
                lambda v=value: self.set_experience(v),
            )
        for value in IMPORTANCES:
            self._add(
                f"importance{value}",
                fill(self.tr("Importance %1"), value),
                _importance_keys(value),
                lambda v=value: self.set_importance(v),
            )
        self._add("clear", self.tr("Clear my rating"), _clear_keys(), self.clear)
        self._add("next", self.tr("Next touchpoint"), [NEXT_KEY], self.next_touchpoint)
        self._add(
            "previous", self.tr("Previous touchpoint"), [PREVIOUS_KEY], self.previous_touchpoint
        )

    def _add(
        self, name: str, text: str, keys: list[QKeySequence], slot: Callable[[], object]
    ) -> None:
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

    def _rate(
        self, experience: int | None = None, importance: int | None = None, clear: bool = False
    ) -> bool:
        targets = self._targets()
        if targets is None:
            return False
        card_ids, participant_id = targets
        old = self.document.rating(card_ids[0], participant_id) if len(card_ids) == 1 else None
        try:
            rate_cards(self.document, card_ids, participant_id, experience, importance, clear)
        except InvalidEdit as error:
            self.message.emit(error_text(error))
            return False
        self._report(card_ids, participant_id, old)
        return True

    def _report(
        self, card_ids: list[str], participant_id: str, old: tuple[int, int] | None = None
    ) -> None:
        participant = self.document.get("participant", participant_id)
        if len(card_ids) > 1:
            self.message.emit(
                fill(self.tr("%1 rated %2 touchpoints."), participant.name, len(card_ids))
            )
            return
        card = self.document.get("card", card_ids[0])
        rating = self.document.rating(card_ids[0], participant_id)
        undo = QKeySequence(QKeySequence.StandardKey.Undo).toString(
            QKeySequence.SequenceFormat.NativeText
        )
        if rating is None:
            self.message.emit(
                fill(
                    self.tr("%1's rating of “%2” cleared (%3 brings it back)."),
                    participant.name,
                    card.title,
                    undo,
                )
            )
        elif old is not None and old != rating:
            # Never silent: the earlier rating (experience/importance) is named, and how to
            # get it back, before the title, which a narrow status bar may cut.
            self.message.emit(
                fill(
                    self.tr("%1: %3/%4 → %5/%6 overwritten (%7 undoes it) – “%2”"),
                    participant.name,
                    card.title,
                    experience_text(old[0]),
                    old[1],
                    experience_text(rating[0]),
                    rating[1],
                    undo,
                )
            )
        else:
            self.message.emit(
                fill(
                    self.tr("%1 rated “%2”: experience %3, importance %4."),
                    participant.name,
                    card.title,
                    experience_text(rating[0]),
                    rating[1],
                )
            )

    def set_experience(self, value: int) -> bool:
        return self._rate(experience=value)

    def set_importance(self, value: int) -> bool:
        return self._rate(importance=value)

    def clear(self) -> bool:
        return self._rate(clear=True)

    # -- moving -------------------------------------------------------------------------

    def _step(self, step: int) -> str | None:
        map_id = self.current_map()
        cards = reading_order(self.document, map_id) if map_id else []
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
                self.message.emit(
                    self.tr("Last touchpoint.") if step > 0 else self.tr("First touchpoint.")
                )
                target = touchpoints[-1] if step > 0 else touchpoints[0]
        self.go_to_card(cards[target].id)
        return cards[target].id

    def next_touchpoint(self) -> str | None:
        """Select the touchpoint after the selection in reading order (the first if none)."""
        return self._step(1)

    def previous_touchpoint(self) -> str | None:
        """Select the touchpoint before the selection in reading order (the last if none)."""
        return self._step(-1)
