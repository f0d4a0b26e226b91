"""GUI: the filter bar: highlight the cards of a persona, a channel, direct or indirect
touchpoints, moments of truth or disagreements; the board dims the others.

The bar emits ``predicateChanged`` with an ``app.filters.card_filter`` predicate, or None
when nothing is set; it re-emits after edits that change which cards match.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QTimer, Signal
from PySide6.QtWidgets import QCheckBox, QComboBox, QHBoxLayout, QLabel, QToolButton, QWidget

from app.document import Change, JourneyDocument
from app.filters import card_filter
from widgets.insight_common import fill, swatch_icon

Predicate = Callable[[str], bool]

_WATCHED_EVERYWHERE = ("persona", "channel")
_RECOUNTED_ON = ("card", "rating", "lane", "persona", "channel", "participant", "map")


class FilterBar(QWidget):
    """A row of filter controls for one map; all set criteria must hold."""

    predicateChanged = Signal(object)

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.map_id: str | None = None
        self._predicate: Predicate | None = None
        self._loading = False
        # Edits are counted in the event loop's next turn: the edit is committed first,
        # and the changes of one gesture are counted once.
        self._update_timer = QTimer(self)
        self._update_timer.setSingleShot(True)
        self._update_timer.setInterval(0)
        self._update_timer.timeout.connect(self._update)
        document.closed.connect(self._update_timer.stop)

        self.persona_combo = QComboBox()
        self.persona_combo.setToolTip(self.tr("Highlight the lanes of one persona"))
        self.channel_combo = QComboBox()
        self.channel_combo.setToolTip(self.tr("Highlight the touchpoints of one channel"))
        self.direct_combo = QComboBox()
        self.direct_combo.setToolTip(
            self.tr(
                "Direct touchpoints are controlled by the company; indirect ones only influenced"
            )
        )
        self.direct_combo.addItem(self.tr("Direct and indirect"), None)
        self.direct_combo.addItem(self.tr("Direct only"), True)
        self.direct_combo.addItem(self.tr("Indirect only"), False)
        self.moments_check = QCheckBox(self.tr("&Moments of truth"))
        self.moments_check.setToolTip(self.tr("Touchpoints with a negative mean experience"))
        self.disagreements_check = QCheckBox(self.tr("D&isagreements"))
        self.disagreements_check.setToolTip(self.tr("Touchpoints whose ratings differ widely"))
        self.assumptions_check = QCheckBox(self.tr("&Assumptions"))
        self.assumptions_check.setToolTip(
            self.tr("Show only cards that rest on assumptions (nobody checked them yet)")
        )
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear filters"))
        self.clear_button.clicked.connect(self.clear)
        self.count_label = QLabel()

        self.label = QLabel(self.tr("Highlight:"))
        for combo in (self.persona_combo, self.channel_combo, self.direct_combo):
            # Long channel or persona names must not widen the window past a projector.
            combo.setSizeAdjustPolicy(
                QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
            )
            combo.setMinimumContentsLength(12)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        for widget in self.parts():
            layout.addWidget(widget)
        layout.addStretch(1)

        for combo in (self.persona_combo, self.channel_combo, self.direct_combo):
            combo.currentIndexChanged.connect(lambda _index: self._update())
        for check in (self.moments_check, self.disagreements_check, self.assumptions_check):
            check.toggled.connect(lambda _on: self._update())
        document.changed.connect(self._on_changed)
        self._load_choices()
        self._update(emit=False)

    def parts(self) -> list[QWidget]:
        """The controls, left to right: a toolbar shows them as items of its own, so
        those that do not fit go to its extension menu instead of widening the window."""
        return [
            self.label,
            self.persona_combo,
            self.channel_combo,
            self.direct_combo,
            self.moments_check,
            self.disagreements_check,
            self.assumptions_check,
            self.clear_button,
            self.count_label,
        ]

    # -- reading ------------------------------------------------------------------------

    def criteria(self) -> dict[str, object]:
        """The chosen criteria, as keyword arguments of ``app.filters.card_filter``."""
        return {
            "persona_id": self.persona_combo.currentData(),
            "channel_id": self.channel_combo.currentData(),
            "direct": self.direct_combo.currentData(),
            "moments_only": self.moments_check.isChecked(),
            "disagreements_only": self.disagreements_check.isChecked(),
            "assumptions_only": self.assumptions_check.isChecked(),
        }

    def predicate(self) -> Predicate | None:
        """The current predicate (None when no filter is set)."""
        return self._predicate

    # -- changing -----------------------------------------------------------------------

    def set_map(self, map_id: str | None) -> None:
        """Filter the cards of ``map_id``; the choices are kept and re-applied."""
        self.map_id = map_id or None
        self._update()

    def set_criteria(
        self,
        persona_id: str | None = None,
        channel_id: str | None = None,
        direct: bool | None = None,
        moments_only: bool = False,
        disagreements_only: bool = False,
        assumptions_only: bool = False,
    ) -> None:
        """Set every criterion at once (one emission)."""
        self._loading = True
        try:
            for combo, value in (
                (self.persona_combo, persona_id),
                (self.channel_combo, channel_id),
                (self.direct_combo, direct),
            ):
                index = next((i for i in range(combo.count()) if combo.itemData(i) == value), 0)
                combo.setCurrentIndex(index)
            self.moments_check.setChecked(moments_only)
            self.disagreements_check.setChecked(disagreements_only)
            self.assumptions_check.setChecked(assumptions_only)
        finally:
            self._loading = False
        self._update()

    def clear(self) -> None:
        """Remove every filter: all cards are shown normally."""
        self.set_criteria()

    def _load_choices(self) -> None:
        """Fill the persona and channel combos, keeping the chosen entries."""
        self._loading = True
        try:
            for combo, everything, rows in (
                (
                    self.persona_combo,
                    self.tr("All personas"),
                    [(p.id, p.name, p.color) for p in self.document.personas()],
                ),
                (
                    self.channel_combo,
                    self.tr("All channels"),
                    [(c.id, c.name, None) for c in self.document.channels()],
                ),
            ):
                keep = combo.currentData()
                combo.clear()
                combo.addItem(everything, None)
                for row_id, name, color in rows:
                    if color:
                        combo.addItem(swatch_icon(color, 12), name, row_id)
                    else:
                        combo.addItem(name, row_id)
                index = combo.findData(keep) if keep is not None else 0
                combo.setCurrentIndex(max(0, index))
        finally:
            self._loading = False

    def _on_changed(self, change: Change) -> None:
        kinds = change.kinds()
        if not kinds.isdisjoint(_WATCHED_EVERYWHERE):
            self._load_choices()
        if self.map_id is None:
            return
        # Ratings, cards, lanes and personas all change which cards match; a cheap
        # recomputation is simpler and safer than working out which edits can.
        if not kinds.isdisjoint(_RECOUNTED_ON):
            self._update_timer.start()

    def _update(self, emit: bool = True) -> None:
        if self._loading:
            return
        criteria = self.criteria()
        active = (
            any(criteria[k] is not None for k in ("persona_id", "channel_id", "direct"))
            or bool(criteria["moments_only"])
            or bool(criteria["disagreements_only"])
            or bool(criteria["assumptions_only"])
        )
        journey_map = self.document.get("map", self.map_id) if self.map_id and active else None
        self.clear_button.setEnabled(active)
        predicate = None
        self.count_label.clear()
        if journey_map is not None and active:
            data = self.document.map_data(journey_map.id)
            predicate = card_filter(data, **criteria)  # type: ignore[arg-type]
            if predicate is not None:
                shown = sum(1 for card in data.cards if predicate(card.id))
                self.count_label.setText(fill(self.tr("%1 of %2 cards"), shown, len(data.cards)))
        if predicate is None and self._predicate is None:
            return  # nothing was filtered and nothing is: no need to repaint the board
        self._predicate = predicate
        if emit:
            self.predicateChanged.emit(predicate)
