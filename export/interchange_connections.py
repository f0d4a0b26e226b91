"""Export: the interchange JSON's connections and note types (format version 2).

A map's ``connections`` link two of its cards (``from``, ``to``, ``kind``, ``label``);
the workshop's ``note_types`` are the kinds of note its cards may have. Both are optional
on input: a version-1 document has neither and gets the five built-in note types. The
checks name the JSON path of the first problem, e.g. ``maps[0].connections[3].to``.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING, Annotated, Any, Literal

from pydantic import BaseModel, ConfigDict, Field, StrictStr

from storage.vocabulary import DEFAULT_NOTE_TYPES, NOTE_TYPE_COLOR

if TYPE_CHECKING:
    from storage.workshop import Workshop

Id = Annotated[StrictStr, Field(min_length=1)]
Color = Annotated[StrictStr, Field(pattern=r"^#[0-9A-Fa-f]{6}$")]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", populate_by_name=False)


class NoteTypeIn(_Model):
    id: Id
    name: StrictStr = ""
    color: Color = NOTE_TYPE_COLOR
    icon: StrictStr = "custom"


class ConnectionIn(_Model):
    id: Id
    from_card: Id = Field(alias="from")
    to_card: Id = Field(alias="to")
    kind: Literal["flow", "alternative", "return"] = "flow"
    label: StrictStr = ""


def default_note_types() -> list[NoteTypeIn]:
    """The five built-in note types, for a document that names none (version 1)."""
    return [
        NoteTypeIn(id=ident, name="", color=color, icon=icon)
        for ident, color, icon in DEFAULT_NOTE_TYPES
    ]


def check_connections(
    connections: list[ConnectionIn],
    where: str,
    cards: set[str],
    other_cards: set[str],
    unique: Callable[[str, str], None],
    fail: Callable[[str, str], Exception],
    short: Callable[[str], str],
) -> None:
    """Refuse a connection whose end is missing, in another map, or its own other end."""
    for i, connection in enumerate(connections):
        path = f"{where}.connections[{i}]"
        unique(connection.id, path)
        for name, value in (("from", connection.from_card), ("to", connection.to_card)):
            if value in cards:
                continue
            if value in other_cards:
                raise fail(f"{path}.{name}", f"card {short(value)} belongs to another map")
            raise fail(f"{path}.{name}", f"no card with id {short(value)}")
        if connection.from_card == connection.to_card:
            raise fail(f"{path}.to", "a card cannot be connected to itself")


NOTE_TYPE_COLUMNS = ("id", "name", "color", "icon", "position")
CONNECTION_COLUMNS = ("id", "map_id", "from_card", "to_card", "kind", "label", "position")


def note_type_rows(note_types: list[NoteTypeIn]) -> list[tuple[Any, ...]]:
    """The note_type table's rows (NOTE_TYPE_COLUMNS) of a validated document."""
    return [(t.id, t.name, t.color, t.icon, i) for i, t in enumerate(note_types)]


def connection_rows(map_id: str, connections: list[ConnectionIn]) -> list[tuple[Any, ...]]:
    """The connection table's rows (CONNECTION_COLUMNS) of one map."""
    return [
        (c.id, map_id, c.from_card, c.to_card, c.kind, c.label, i)
        for i, c in enumerate(connections)
    ]


def dump_note_types(workshop: Workshop) -> list[dict[str, Any]]:
    return [
        {"id": t.id, "name": t.name, "color": t.color, "icon": t.icon}
        for t in workshop.note_types()
    ]


def dump_connections(workshop: Workshop, map_id: str) -> list[dict[str, Any]]:
    return [
        {"id": c.id, "from": c.from_card, "to": c.to_card, "kind": c.kind, "label": c.label}
        for c in workshop.connections(map_id)
    ]
