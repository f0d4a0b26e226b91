"""GUI: the board's edits, each turned into commands on the document's undo stack.

Every method is one user gesture and one undo step (several commands go into one
macro). A refused edit (InvalidEdit) is reported through ``scene.message`` and changes
nothing. Items never call this; the interactions, menus, palette and window do.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication

from app.commands import (
    AddCommand,
    DeleteCommand,
    DuplicateMapCommand,
    MoveCommand,
    RateCommand,
    UpdateCommand,
    execute,
    macro,
)
from app.document import JourneyDocument
from app.errors import JourneyError
from render.paint import note_label
from widgets import dialogs
from widgets.messages import error_text

if TYPE_CHECKING:
    from widgets.board.scene import BoardScene

PERSONA_COLORS = (
    "#E67E22",
    "#3366CC",
    "#2E9D5B",
    "#8E44AD",
    "#C0392B",
    "#16A085",
    "#D35400",
    "#7F8C8D",
)


def tr(text: str) -> str:
    # lupdate files the texts of a module-level tr() under the empty context.
    return QCoreApplication.translate("", text)


class BoardEdits:
    """The edits of the board shown by ``scene``; see the module docstring."""

    def __init__(self, scene: BoardScene) -> None:
        self.scene = scene
        # Questions to the user; tests replace them.
        self.confirm: Callable[[str, str], bool] = lambda title, text: dialogs.confirm(
            _parent(scene), title, text
        )
        self.ask_text: Callable[[str, str, str], str | None] = lambda title, label, text="": (
            dialogs.ask_text(_parent(scene), title, label, text)
        )

    @property
    def document(self) -> JourneyDocument:
        assert self.scene.document is not None
        return self.scene.document

    @property
    def map_id(self) -> str:
        assert self.scene.map_id is not None
        return self.scene.map_id

    @contextmanager
    def _guard(self) -> Iterator[None]:
        """Report a refused edit instead of raising (nothing was changed)."""
        try:
            yield
        except JourneyError as error:
            self.scene.message.emit(tr("Not possible: %s") % error_text(error))

    def refusal(self, lane_id: str, kinds: set[str] | list[str]) -> str | None:
        """Why cards of ``kinds`` cannot go into a lane, or None when they can.

        A notes lane holds notes only: a touchpoint there would have no persona or
        channel and would still be rated. Refusing it (rather than turning it into a
        note) keeps the touchpoint's ratings and channel as they are.
        """
        state = self.scene.state
        lane = state.lane(lane_id) if state is not None else None
        if lane is None or lane.kind != "notes" or "touchpoint" not in kinds:
            return None
        return (
            tr(
                "A touchpoint cannot go into the notes lane \u201c%s\u201d: put it in a "
                "persona or channel lane, or add a note here."
            )
            % lane.name
        )

    def _refused(self, lane_id: str, kinds: set[str] | list[str]) -> bool:
        """Report a refusal in the status bar; True when refused."""
        reason = self.refusal(lane_id, kinds)
        if reason is not None:
            self.scene.message.emit(reason)
        return reason is not None

    def _reveal(self, card_id: str) -> None:
        """Scroll every view of the board to a new card (clear of the frozen headers)."""
        for view in self.scene.views():
            ensure_visible = getattr(view, "ensure_visible", None)
            if ensure_visible is not None:
                ensure_visible(card_id)

    def _ready(self) -> bool:
        return self.scene.document is not None and self.scene.map_id is not None

    # -- cards ----------------------------------------------------------------------------

    def add_card(
        self,
        lane_id: str,
        phase_id: str,
        index: int | None = None,
        *,
        kind: str = "touchpoint",
        channel_id: str | None = None,
        note_type: str | None = None,
        title: str | None = None,
    ) -> str | None:
        """Create a card in a cell at ``index`` (default: last); returns its id."""
        if not self._ready() or self._refused(lane_id, [kind]):
            return None
        if title is None:
            title = note_label(note_type) if kind == "note" else tr("New touchpoint")
        fields: dict[str, Any] = {
            "map_id": self.map_id,
            "lane_id": lane_id,
            "phase_id": phase_id,
            "kind": kind,
            "note_type": note_type if kind == "note" else None,
            "title": title,
        }
        if kind == "touchpoint":
            fields["channel_id"] = channel_id
        text = tr("Add note") if kind == "note" else tr("Add touchpoint")
        with self._guard():
            command = execute(
                self.document, AddCommand(self.document, "card", fields, index, text=text)
            )
            self.scene.select_cards([command.row_id])
            self._reveal(command.row_id)
            return command.row_id
        return None

    def add_from_palette(
        self, entry: dict[str, Any], lane_id: str, phase_id: str, index: int | None = None
    ) -> str | None:
        """Create the card a palette entry describes."""
        return self.add_card(
            lane_id,
            phase_id,
            index,
            kind=entry["kind"],
            channel_id=entry.get("channel_id"),
            note_type=entry.get("note_type"),
        )

    def move_cards(self, card_ids: list[str], lane_id: str, phase_id: str, index: int) -> bool:
        """Move cards (in board order) to ``index`` of a cell, as one undo step.

        ``index`` counts the cell's cards that are not moved. Returns False when nothing
        changed (the cards were already there).
        """
        state = self.scene.state
        if not self._ready() or state is None or not card_ids:
            return False
        ids = state.board_order(card_ids)
        if self._refused(lane_id, {state.cards[c].kind for c in ids}):
            return False
        cell = list(state.cells.get((lane_id, phase_id), []))
        remaining = [c for c in cell if c not in ids]
        index = max(0, min(index, len(remaining)))
        wanted = remaining[:index] + ids + remaining[index:]
        if wanted == cell:
            return False
        moves: list[tuple[str, int]] = []
        simulated = list(cell)
        for k, card_id in enumerate(ids):
            if card_id in simulated:
                simulated.remove(card_id)
            anchor = ids[k - 1] if k else (remaining[index - 1] if index else None)
            position = simulated.index(anchor) + 1 if anchor is not None else 0
            simulated.insert(position, card_id)
            moves.append((card_id, position))
        parent = {"lane_id": lane_id, "phase_id": phase_id}
        text = tr("Move card") if len(ids) == 1 else tr("Move %d cards") % len(ids)
        with self._guard():
            with macro(self.document, text):
                for card_id, position in moves:
                    execute(
                        self.document, MoveCommand(self.document, "card", card_id, position, parent)
                    )
            return True
        return False

    def delete_cards(self, card_ids: list[str]) -> bool:
        """Delete cards (with their ratings) as one undo step."""
        if not self._ready() or not card_ids:
            return False
        text = tr("Delete card") if len(card_ids) == 1 else tr("Delete %d cards") % len(card_ids)
        with self._guard():
            with macro(self.document, text):
                for card_id in card_ids:
                    execute(self.document, DeleteCommand(self.document, "card", card_id))
            return True
        return False

    def update(
        self, kind: str, row_id: str, fields: dict[str, Any], text: str | None = None
    ) -> bool:
        """Set fields of a card, phase or lane (one UpdateCommand); unchanged fields are skipped."""
        if not self._ready():
            return False
        row = self.document.get(kind, row_id)
        if row is None:
            return False
        fields = {k: v for k, v in fields.items() if getattr(row, k) != v}
        if not fields:
            return False
        if text is None:
            text = {
                "card": tr("Edit card"),
                "phase": tr("Edit phase"),
                "lane": tr("Edit lane"),
            }.get(kind, tr("Edit"))
        with self._guard():
            execute(self.document, UpdateCommand(self.document, kind, row_id, fields, text=text))
            return True
        return False

    def rename(self, kind: str, row_id: str, name: str) -> bool:
        """Rename a phase or lane, or retitle a card."""
        name = name.strip()
        if kind == "card":
            return self.update("card", row_id, {"title": name}, tr("Edit title"))
        if not name:
            return False
        text = tr("Rename phase") if kind == "phase" else tr("Rename lane")
        return self.update(kind, row_id, {"name": name}, text)

    def insert_cards(
        self, cards: list[dict[str, Any]], lane_id: str, phase_id: str, index: int | None, text: str
    ) -> list[str]:
        """Create cards from fields (paste, duplicate) in one undo step; selects them."""
        if not self._ready() or not cards:
            return []
        if self._refused(lane_id, {fields.get("kind", "") for fields in cards}):
            return []
        channels = {c.id for c in self.document.channels()}
        created: list[str] = []
        with self._guard(), macro(self.document, text):
            for k, fields in enumerate(cards):
                fields = dict(fields)
                if fields.get("channel_id") not in channels:
                    fields["channel_id"] = None
                fields.update(map_id=self.map_id, lane_id=lane_id, phase_id=phase_id)
                at = None if index is None else index + k
                command = execute(self.document, AddCommand(self.document, "card", fields, at))
                created.append(command.row_id)
        if created:
            self.scene.select_cards(created)
            self._reveal(created[-1])
        return created

    def duplicate_cards(self, card_ids: list[str]) -> list[str]:
        """Copy each card right under itself, as one undo step; selects the copies."""
        state = self.scene.state
        if not self._ready() or state is None or not card_ids:
            return []
        from widgets.board.clipboard import CARD_FIELDS

        created: list[str] = []
        text = (
            tr("Duplicate card") if len(card_ids) == 1 else tr("Duplicate %d cards") % len(card_ids)
        )
        with self._guard(), macro(self.document, text):
            for card_id in reversed(state.board_order(card_ids)):
                card = state.cards[card_id]
                fields = {name: getattr(card, name) for name in CARD_FIELDS}
                fields.update(map_id=self.map_id, lane_id=card.lane_id, phase_id=card.phase_id)
                index = self.document.index_of("card", card_id) + 1
                command = execute(self.document, AddCommand(self.document, "card", fields, index))
                created.append(command.row_id)
        if created:
            self.scene.select_cards(created)
            self._reveal(created[-1])
        return created

    def rate(
        self, card_id: str, participant_id: str, experience: int, importance: int | None = None
    ) -> bool:
        """Set a participant's experience for a touchpoint (keeping their importance)."""
        if not self._ready():
            return False
        old = self.document.rating(card_id, participant_id)
        value = (experience, importance or (old[1] if old else 3))
        if old == value:
            return False
        with self._guard():
            execute(self.document, RateCommand(self.document, card_id, participant_id, value))
            return True
        return False

    # -- phases and lanes ---------------------------------------------------------------

    def add_phase(self, index: int | None = None, name: str | None = None) -> str | None:
        """Add a phase column at ``index`` (default: last); returns its id."""
        if not self._ready():
            return None
        fields = {"map_id": self.map_id, "name": name or tr("New phase")}
        with self._guard():
            command = execute(
                self.document,
                AddCommand(self.document, "phase", fields, index, text=tr("Add phase")),
            )
            self.scene.set_current_header(("phase", command.row_id))
            return command.row_id
        return None

    def add_lane(
        self,
        index: int | None = None,
        kind: str = "notes",
        *,
        persona_id: str | None = None,
        channel_id: str | None = None,
        name: str | None = None,
    ) -> str | None:
        """Add a lane at ``index`` (default: last); the name defaults to its persona/channel."""
        if not self._ready():
            return None
        if name is None:
            row = None
            if kind == "persona" and persona_id:
                row = self.document.get("persona", persona_id)
            elif kind == "channel" and channel_id:
                row = self.document.get("channel", channel_id)
            name = (
                row.name
                if row is not None
                else (tr("Notes") if kind == "notes" else tr("New lane"))
            )
        fields = {
            "map_id": self.map_id,
            "name": name,
            "kind": kind,
            "persona_id": persona_id if kind == "persona" else None,
            "channel_id": channel_id if kind == "channel" else None,
        }
        with self._guard():
            command = execute(
                self.document, AddCommand(self.document, "lane", fields, index, text=tr("Add lane"))
            )
            self.scene.set_current_header(("lane", command.row_id))
            return command.row_id
        return None

    def add_persona_lane(self, name: str, index: int | None = None) -> str | None:
        """Create a persona and its lane, as one undo step; returns the lane id."""
        if not self._ready() or not name.strip():
            return None
        used = {p.color.upper() for p in self.document.personas()}
        color = next(
            (c for c in PERSONA_COLORS if c not in used),
            PERSONA_COLORS[len(used) % len(PERSONA_COLORS)],
        )
        lane_id = None
        with self._guard(), macro(self.document, tr("Add persona lane")):
            persona = execute(
                self.document,
                AddCommand(self.document, "persona", {"name": name.strip(), "color": color}),
            )
            lane = execute(
                self.document,
                AddCommand(
                    self.document,
                    "lane",
                    {
                        "map_id": self.map_id,
                        "name": name.strip(),
                        "kind": "persona",
                        "persona_id": persona.row_id,
                    },
                    index,
                ),
            )
            lane_id = lane.row_id
        if lane_id is not None:
            self.scene.set_current_header(("lane", lane_id))
        return lane_id

    def delete_row(self, kind: str, row_id: str) -> bool:
        """Delete a phase or lane with its cards; asks first when it holds cards."""
        state = self.scene.state
        if not self._ready() or state is None:
            return False
        key = "phase_id" if kind == "phase" else "lane_id"
        count = sum(1 for card in state.cards.values() if getattr(card, key) == row_id)
        row = state.phase(row_id) if kind == "phase" else state.lane(row_id)
        if row is None:
            return False
        if count:
            if kind == "phase":
                title = tr("Delete phase")
                question = (
                    tr("Delete the phase “%s” and its card?") % row.name
                    if count == 1
                    else tr("Delete the phase “%s” and its %d cards?") % (row.name, count)
                )
            else:
                title = tr("Delete lane")
                question = (
                    tr("Delete the lane “%s” and its card?") % row.name
                    if count == 1
                    else tr("Delete the lane “%s” and its %d cards?") % (row.name, count)
                )
            if not self.confirm(title, question):
                return False
        text = tr("Delete phase") if kind == "phase" else tr("Delete lane")
        with self._guard():
            execute(self.document, DeleteCommand(self.document, kind, row_id, text=text))
            if self.scene.current_header == (kind, row_id):
                self.scene.set_current_header(None)
            return True
        return False

    def move_row(self, kind: str, row_id: str, index: int) -> bool:
        """Move a phase or lane to ``index``; False when it is already there."""
        if not self._ready():
            return False
        if self.document.index_of(kind, row_id) == index:
            return False
        text = tr("Move phase") if kind == "phase" else tr("Move lane")
        with self._guard():
            execute(self.document, MoveCommand(self.document, kind, row_id, index, text=text))
            return True
        return False

    # -- maps --------------------------------------------------------------------------------

    def new_to_be_map(self, name: str, copy_ratings: bool = False) -> str | None:
        """Duplicate the current map as a to-be map; returns the new map's id."""
        if not self._ready():
            return None
        with self._guard():
            command = execute(
                self.document,
                DuplicateMapCommand(self.document, self.map_id, name, copy_ratings=copy_ratings),
            )
            return command.new_map_id
        return None


def _parent(scene: BoardScene) -> Any:
    views = scene.views()
    return views[0].window() if views else None
