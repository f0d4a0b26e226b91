"""Export: a workshop as an interchange document (format "journeyboard", the version
this Journeyboard writes), in board order; ``export.interchange`` reads it back."""

from __future__ import annotations

import base64
import json
from typing import TYPE_CHECKING, Any

from export import interchange_actions as extras
from export import measurements_json
from export.interchange_connections import dump_connections, dump_note_types

if TYPE_CHECKING:
    from storage.models import Card, JourneyMap, Persona, Rating
    from storage.workshop import Workshop

FORMAT = "journeyboard"
VERSION = 2


def dump(workshop: Workshop) -> dict[str, Any]:
    """The whole workshop as an interchange dict, in board order."""
    with workshop.reading():
        info = workshop.info()
        return {
            "format": FORMAT,
            "version": VERSION,
            "title": info.title,
            "language": info.language,
            "participants": [{"id": p.id, "name": p.name} for p in workshop.participants()],
            "personas": [_persona(p) for p in workshop.personas()],
            "channels": [
                {"id": c.id, "name": c.name, "icon": c.icon, "color": c.color}
                for c in workshop.channels()
            ],
            "note_types": dump_note_types(workshop),
            "maps": [_map(workshop, m) for m in workshop.maps()],
        }


def _persona(p: Persona) -> dict[str, Any]:
    out = {
        name: getattr(p, name)
        for name in (
            "id",
            "name",
            "role",
            "description",
            "goals",
            "needs",
            "pains",
            "quote",
            "color",
        )
    }
    if p.picture is not None:
        out["picture"] = base64.b64encode(p.picture).decode("ascii")
    return out


def _map(workshop: Workshop, m: JourneyMap) -> dict[str, Any]:
    out: dict[str, Any] = {"id": m.id, "name": m.name, "kind": m.kind}
    if m.based_on is not None:
        out["based_on"] = m.based_on
    out["phases"] = [
        {"id": p.id, "name": p.name, "description": p.description} for p in workshop.phases(m.id)
    ]
    lanes = []
    for lane in workshop.lanes(m.id):
        item: dict[str, Any] = {"id": lane.id, "name": lane.name, "kind": lane.kind}
        if lane.persona_id is not None:
            item["persona"] = lane.persona_id
        if lane.channel_id is not None:
            item["channel"] = lane.channel_id
        item["hidden"] = lane.hidden
        lanes.append(item)
    out["lanes"] = lanes
    ratings = workshop.ratings(m.id)
    comments = workshop.comments_of_map(m.id)
    out["cards"] = [
        _card(card, ratings.get(card.id, []), comments.get(card.id, []))
        for card in workshop.cards(m.id)
    ]
    out["connections"] = dump_connections(workshop, m.id)
    out["actions"] = extras.dump_actions(workshop.actions(m.id), workshop.action_cards(m.id))
    out["measurements"] = measurements_json.dump(
        workshop.measurements(m.id), [card.id for card in workshop.cards(m.id)]
    )
    return out


def _card(card: Card, ratings: list[Rating], comments: list[Any]) -> dict[str, Any]:
    out: dict[str, Any] = {"id": card.id, "kind": card.kind}
    if card.kind == "note":
        out |= {
            "note_type": card.note_type,
            "lane": card.lane_id,
            "phase": card.phase_id,
            "title": card.title,
            "description": card.description,
        }
    else:
        out |= {
            "lane": card.lane_id,
            "phase": card.phase_id,
            "title": card.title,
            "description": card.description,
            "channel": card.channel_id,
            "direct": card.direct,
            "expectation": card.expectation,
            "owner": card.owner,
            "kpi": card.kpi,
            "ratings": [
                {
                    "participant": r.participant_id,
                    "experience": r.experience,
                    "importance": r.importance,
                }
                for r in ratings
            ],
        }
    out |= extras.dump_card_extras(card, comments)
    if card.based_on is not None:
        out["based_on"] = card.based_on
    return out


def to_text(data: dict[str, Any]) -> str:
    """The canonical text of an interchange dict (UTF-8, indented, stable key order)."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
