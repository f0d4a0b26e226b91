"""App: which connections a to-be map adds or drops against its as-is map (no Qt).

Cards are matched by lineage (a to-be card's ``based_on`` names its as-is card), as the
touchpoint comparison does; a connection is the same in both maps when it joins the same
two cards, in the same direction. Its kind or label may have changed: then it is listed
as changed.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from app.mapdata import MapData
from storage.rows import Connection


@dataclass(frozen=True)
class Arrow:
    """One connection as a comparison shows it: the titles of its cards."""

    source: str
    target: str
    kind: str
    label: str


@dataclass
class ConnectionChanges:
    """Connections only in the to-be map, only in the as-is map, and changed."""

    added: list[Arrow] = field(default_factory=list)
    removed: list[Arrow] = field(default_factory=list)
    changed: list[tuple[Arrow, Arrow]] = field(default_factory=list)  # (as-is, to-be)


def _arrow(data: MapData, connection: Connection) -> Arrow:
    cards = data.card_by_id
    return Arrow(
        cards[connection.from_card].title,
        cards[connection.to_card].title,
        connection.kind,
        connection.label,
    )


def compare_connections(as_is: MapData, to_be: MapData) -> ConnectionChanges:
    """The connections ``to_be`` adds, drops and changes against ``as_is``."""
    origin = {card.id: card.based_on for card in to_be.cards}
    before = {(c.from_card, c.to_card): c for c in as_is.connections}
    changes = ConnectionChanges()
    kept: set[tuple[str, str]] = set()
    for connection in to_be.connections:
        source, target = origin.get(connection.from_card), origin.get(connection.to_card)
        old = before.get((source, target)) if source and target else None
        if old is None or source is None or target is None:
            changes.added.append(_arrow(to_be, connection))
            continue
        kept.add((source, target))
        if (old.kind, old.label) != (connection.kind, connection.label):
            changes.changed.append((_arrow(as_is, old), _arrow(to_be, connection)))
    changes.removed = [_arrow(as_is, c) for key, c in before.items() if key not in kept]
    return changes
