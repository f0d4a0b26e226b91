"""Export: a validated interchange document as the rows of each table, for
``storage.bulk`` to write (columns named once per table, rows as tuples)."""

from __future__ import annotations

import base64
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

from export import interchange_actions as extras
from export import measurements_json, pictures
from export.interchange_connections import (
    CONNECTION_COLUMNS,
    NOTE_TYPE_COLUMNS,
    connection_rows,
    default_note_types,
    note_type_rows,
)
from storage import bulk
from storage.vocabulary import channel_color

if TYPE_CHECKING:
    from export.interchange import WorkshopIn


def tables(w: WorkshopIn) -> Iterator[bulk.TableRows]:
    """The rows of each table, in an order where a row comes after what it refers to
    (except lineage between cards, checked at commit)."""
    yield (
        "participant",
        ("id", "name", "position"),
        [(p.id, p.name, i) for i, p in enumerate(w.participants)],
    )
    persona_columns = (*PERSONA_TEXT, "picture", "position")
    yield (
        "persona",
        persona_columns,
        [
            (
                *(getattr(p, name) for name in PERSONA_TEXT),
                pictures.scaled(base64.b64decode(p.picture)) if p.picture is not None else None,
                i,
            )
            for i, p in enumerate(w.personas)
        ],
    )
    yield (
        "channel",
        ("id", "name", "icon", "position", "color"),
        [
            (c.id, c.name, c.icon, i, channel_color(i) if c.color is None else c.color)
            for i, c in enumerate(w.channels)
        ],
    )
    yield ("note_type", NOTE_TYPE_COLUMNS, note_type_rows(w.note_types or default_note_types()))
    yield (
        "map",
        ("id", "name", "kind", "based_on", "position"),
        [(m.id, m.name, m.kind, m.based_on, i) for i, m in enumerate(w.maps)],
    )
    yield (
        "phase",
        ("id", "map_id", "name", "description", "position"),
        [(p.id, m.id, p.name, p.description, i) for m in w.maps for i, p in enumerate(m.phases)],
    )
    yield (
        "lane",
        ("id", "map_id", "name", "kind", "persona_id", "channel_id", "position", "hidden"),
        [
            (lane.id, m.id, lane.name, lane.kind, lane.persona, lane.channel, i, lane.hidden)
            for m in w.maps
            for i, lane in enumerate(m.lanes)
        ],
    )
    yield ("card", CARD_COLUMNS, _card_rows(w))
    yield (
        "rating",
        ("card_id", "participant_id", "experience", "importance"),
        (
            (card.id, r.participant, r.experience, r.importance)
            for m in w.maps
            for card in m.cards
            for r in card.ratings
        ),
    )
    yield (
        "connection",
        CONNECTION_COLUMNS,
        [row for m in w.maps for row in connection_rows(m.id, m.connections)],
    )
    yield (
        "comment",
        extras.COMMENT_COLUMNS,
        [
            row
            for m in w.maps
            for card in m.cards
            for row in extras.comment_rows(card.id, card.comments)
        ],
    )
    yield (
        "measurement",
        measurements_json.COLUMNS,
        [row for m in w.maps for row in measurements_json.rows(m.measurements)],
    )
    yield (
        "action",
        extras.ACTION_COLUMNS,
        [row for m in w.maps for row in extras.action_rows(m.id, m.actions)],
    )
    yield (
        "action_card",
        extras.ACTION_CARD_COLUMNS,
        [row for m in w.maps for row in extras.action_card_rows(m.actions)],
    )


PERSONA_TEXT = ("id", "name", "role", "description", "goals", "needs", "pains", "quote", "color")
CARD_COLUMNS = (
    "id",
    "map_id",
    "lane_id",
    "phase_id",
    "position",
    "kind",
    "note_type",
    "title",
    "description",
    "channel_id",
    "direct",
    "expectation",
    "owner",
    "kpi",
    "based_on",
    "evidence",
    "source",
)


def _card_rows(w: WorkshopIn) -> Iterator[tuple[Any, ...]]:
    for m in w.maps:
        cell_sizes: dict[tuple[str, str], int] = {}  # position: the order within its cell
        for card in m.cards:
            cell = (card.lane, card.phase)
            position = cell_sizes.get(cell, 0)
            cell_sizes[cell] = position + 1
            yield (
                card.id,
                m.id,
                card.lane,
                card.phase,
                position,
                card.kind,
                card.note_type,
                card.title,
                card.description,
                card.channel,
                card.direct,
                card.expectation,
                card.owner,
                card.kpi,
                card.based_on,
                card.evidence,
                card.source,
            )
