"""Storage: the actions of a workshop, the cards they are about, and comments on cards.

A mixin of ``storage.workshop.Workshop``: the generic ``add``/``update``/``delete``
create, edit and remove actions and comments (both have ids and a board position);
what is particular to them is here: reading them per map or card, and setting the
cards an action is about (link rows without an id of their own).
"""

from __future__ import annotations

from contextlib import AbstractContextManager
from typing import Any

from storage.changes import Change
from storage.errors import InvalidEdit
from storage.rows import Rows


class ActionsMixin:
    """Reads and the link edit of actions and comments (see the module docstring)."""

    # Provided by Workshop.
    def _rows(self) -> Rows:
        raise NotImplementedError

    def _edit(self, *, deferred: bool = False) -> AbstractContextManager[tuple[Rows, Change]]:
        raise NotImplementedError

    def actions(self, map_id: str) -> list[Any]:
        """The map's actions in their list order."""
        return self._rows().where("action", map_id=map_id)

    def action_cards(self, map_id: str) -> dict[str, list[str]]:
        """The card ids each action of the map is about, in their order (by action id)."""
        found: dict[str, list[str]] = {}
        cursor = self._rows().c.execute(
            "SELECT action_card.action_id, action_card.card_id FROM action_card "
            "JOIN action ON action.id = action_card.action_id WHERE action.map_id = ? "
            "ORDER BY action_card.position, action_card.card_id",
            (map_id,),
        )
        for action_id, card_id in cursor:
            found.setdefault(action_id, []).append(card_id)
        return found

    def comments(self, card_id: str) -> list[Any]:
        """The comments on a card, oldest first."""
        return self._rows().where("comment", card_id=card_id)

    def comments_of_map(self, map_id: str) -> dict[str, list[Any]]:
        """The comments on the map's cards, by card id, oldest first."""
        reader = self._rows()
        rows = reader._rows(
            "comment",
            reader.c.execute(
                "SELECT comment.* FROM comment JOIN card ON card.id = comment.card_id "
                "WHERE card.map_id = ? ORDER BY comment.position, comment.id",
                (map_id,),
            ),
        )
        found: dict[str, list[Any]] = {}
        for row in rows:
            found.setdefault(row.card_id, []).append(row)
        return found

    def set_action_cards(self, action_id: str, card_ids: list[str]) -> list[str]:
        """Set the cards an action is about (in this order); returns the previous ones.

        Every card must exist and belong to the action's map.
        """
        if len(set(card_ids)) != len(card_ids):
            raise InvalidEdit("action.cards: a card is named more than once")
        with self._edit() as (rows, change):
            action = rows.existing("action", action_id)
            old = [
                card_id
                for (card_id,) in rows.c.execute(
                    "SELECT card_id FROM action_card WHERE action_id = ? "
                    "ORDER BY position, card_id",
                    (action_id,),
                )
            ]
            for card_id in card_ids:
                card = rows.get("card", card_id)
                if card is None:
                    raise InvalidEdit(f"action.cards: no card with id {card_id!r}")
                if card.map_id != action.map_id:
                    raise InvalidEdit(f"action.cards: card {card_id!r} belongs to another map")
            rows.c.execute("DELETE FROM action_card WHERE action_id = ?", (action_id,))
            rows.c.executemany(
                "INSERT INTO action_card (action_id, card_id, position) VALUES (?, ?, ?)",
                [(action_id, card_id, index) for index, card_id in enumerate(card_ids)],
            )
            if old != card_ids:
                change.updated.add(("action_card", action_id))
        return old
