"""Core: the built-in demo workshop, a small bakery with online ordering and delivery.

Pure standard library, no Qt. :func:`demo_workshop` returns an interchange-JSON dict;
English and German have the same ids and structure, only the texts differ. The ratings
are chosen so that every view has something to show: an emotional dip around purchase
and delivery, several moments of truth, disagreements, and a few unrated touchpoints.
"""

from __future__ import annotations

from typing import Any

from app.demo_actions import ACTIONS, COMMENTS, EVIDENCE
from app.demo_blueprint import BLUEPRINT_CARDS, CONNECTIONS, TO_BE_LANES
from app.demo_cards import Carried, Note, Rating, Touchpoint
from app.demo_cards_late import AS_IS, TO_BE
from app.demo_texts import (
    BACKSTAGE,
    MAP_NAMES,
    MEASUREMENTS,
    OWNERS,
    PARTICIPANTS,
    PERSONAS,
    PROFILE,
    TITLE,
)
from app.templates import (
    FORMAT,
    FORMAT_VERSION,
    default_channels,
    default_note_types,
    fixed_text,
    require_language,
    workshop_from_template,
)

__all__ = ["demo_workshop"]


def _ratings(ratings: tuple[Rating, ...]) -> list[dict]:
    return [
        {"participant": participant, "experience": rating[0], "importance": rating[1]}
        for (participant, _name), rating in zip(PARTICIPANTS, ratings, strict=False)
        if rating is not None
    ]


def _card(spec: Touchpoint | Note, lang: str) -> dict:
    card: dict[str, Any] = {"id": spec.id}
    if isinstance(spec, Touchpoint):
        texts = spec.en if lang == "en" else spec.de
        card.update(
            {
                "kind": "touchpoint",
                "lane": spec.lane,
                "phase": spec.phase,
                "title": texts[0],
                "description": texts[1],
                "channel": spec.channel,
                "direct": spec.direct,
                "expectation": texts[2],
                "owner": OWNERS[spec.owner][0 if lang == "en" else 1],
                "kpi": texts[3],
                "ratings": _ratings(spec.ratings),
            }
        )
    else:
        texts = spec.en if lang == "en" else spec.de
        card.update(
            {
                "kind": "note",
                "note_type": spec.note_type,
                "lane": spec.lane,
                "phase": spec.phase,
                "title": texts[0],
                "description": texts[1],
            }
        )
    evidence, source_en, source_de = EVIDENCE.get(spec.id, ("assumption", "", ""))
    card["evidence"] = evidence
    card["source"] = source_en if lang == "en" else source_de
    names = dict(PARTICIPANTS)
    card["comments"] = [
        {
            "id": comment_id,
            "author": names[author],
            "time": time,
            "text": en if lang == "en" else de,
            "resolved": resolved,
        }
        for comment_id, card_id, author, time, resolved, en, de in COMMENTS
        if card_id == spec.id
    ]
    return card


def _actions(lang: str) -> list[dict]:
    """The as-is map's actions (the to-be map shows their result and has none)."""
    return [
        {
            "id": action.id,
            "title": action.en if lang == "en" else action.de,
            "cards": list(action.cards),
            "owner": OWNERS[action.owner][0 if lang == "en" else 1],
            "status": action.status,
            "due": action.due,
            "value": action.value,
            "effort": action.effort,
        }
        for action in ACTIONS
    ]


def _carry(spec: Carried, lang: str, originals: dict[str, dict]) -> dict:
    card: dict[str, Any] = dict(
        originals[spec.based_on],
        id=spec.id,
        lane=spec.lane,
        phase=spec.phase,
        based_on=spec.based_on,
    )
    texts = spec.en if lang == "en" else spec.de
    if texts is not None:
        card["title"], card["description"] = texts
    if card["kind"] == "touchpoint":
        card["ratings"] = _ratings(spec.ratings)
    card["comments"] = []  # the discussion stays with the as-is card
    return card


def _map(
    map_id: str, lang: str, ids: tuple[int, int], personas: list[dict], based_on: str = ""
) -> dict:
    """An empty 7-phase map, to-be if ``based_on``; ``ids``: number of its first phase and
    (as-is) lane.

    The as-is map has a lane per persona, the team's backstage lane and the notes lanes;
    the to-be map is a service blueprint (its lanes in app.demo_blueprint).
    """
    template = workshop_from_template("7-phases", lang)["maps"][0]
    result: dict[str, Any] = {
        "id": map_id,
        "name": MAP_NAMES[map_id][lang],
        "kind": "to-be" if based_on else "as-is",
    }
    if based_on:
        result["based_on"] = based_on
    result["phases"] = [
        dict(phase, id=f"ph{ids[0] + i}") for i, phase in enumerate(template["phases"])
    ]
    if based_on:
        result["lanes"] = _blueprint_lanes(lang, personas)
    else:
        result["lanes"] = [
            {"id": f"l{ids[1] + i}", **lane, "hidden": False}
            for i, lane in enumerate(_lanes(lang, personas))
        ]
    result["cards"] = []
    result["connections"] = []
    result["actions"] = []
    return result


def _notes_lanes(lang: str) -> dict[str, str]:
    """The names of the pain points and ideas lanes of a new workshop in ``lang``."""
    return {"pains": fixed_text("pains", lang), "ideas": fixed_text("ideas", lang)}


def _lanes(lang: str, personas: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The as-is map's lanes (without ids): personas, backstage, pain points, ideas."""
    notes = _notes_lanes(lang)
    lanes: list[dict[str, Any]] = [
        {"name": p["name"], "kind": "persona", "persona": p["id"]} for p in personas
    ]
    lanes.append({"name": BACKSTAGE[lang], "kind": "channel"})
    lanes += [{"name": notes[key], "kind": "notes"} for key in ("pains", "ideas")]
    return lanes


def _blueprint_lanes(lang: str, personas: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """The to-be map's lanes, a service blueprint named as the blueprint template names it."""
    template = workshop_from_template("blueprint", lang)["maps"][0]["lanes"]
    names = {lane["kind"]: lane["name"] for lane in template} | _notes_lanes(lang)
    names |= {persona["id"]: persona["name"] for persona in personas}
    lanes: list[dict[str, Any]] = []
    for lane_id, kind, persona in TO_BE_LANES:
        if kind == "persona":
            lanes.append({"id": lane_id, "name": names[persona], "kind": kind, "persona": persona})
        elif kind in ("pains", "ideas"):
            lanes.append({"id": lane_id, "name": names[kind], "kind": "notes"})
        else:
            lanes.append({"id": lane_id, "name": names[kind], "kind": kind})
        lanes[-1]["hidden"] = False
    return lanes


def _connections(lang: str) -> list[dict[str, str]]:
    """The to-be map's arrows, labelled in ``lang``."""
    return [
        {
            "id": ident,
            "from": source,
            "to": target,
            "kind": kind,
            "label": en if lang == "en" else de,
        }
        for ident, source, target, kind, en, de in CONNECTIONS
    ]


def _board_order(cards: list[dict], board: dict) -> list[dict]:
    """Cards sorted by phase, then lane; the order within a cell is kept (stable sort)."""
    phases = [phase["id"] for phase in board["phases"]]
    lanes = [lane["id"] for lane in board["lanes"]]
    return sorted(cards, key=lambda card: (phases.index(card["phase"]), lanes.index(card["lane"])))


MEASURED_ON = ("2026-01-31", "2026-02-28", "2026-03-31")


def _measurements(lang: str) -> list[dict]:
    column = 0 if lang == "en" else 1
    return [
        {
            "id": f"me{index + 1}-{month + 1}",
            "card": card,
            "metric": metric[column],
            "date": date,
            "value": float(value),
            "unit": unit,
            "target": target,
        }
        for index, (card, metric, unit, target, values) in enumerate(MEASUREMENTS)
        for month, (date, value) in enumerate(zip(MEASURED_ON, values, strict=True))
    ]


def demo_workshop(lang: str = "en") -> dict:
    """The demo workshop of Sonnenkorn Bakery as an interchange-JSON dict, in ``lang``."""
    require_language(lang)
    column = 0 if lang == "en" else 1
    personas = [
        {
            "id": persona_id,
            "name": name,
            **{field: pair[column] for field, pair in zip(PROFILE, profile, strict=True)},
            "color": color,
        }
        for persona_id, name, color, profile in PERSONAS
    ]
    as_is = _map("m1", lang, (1, 1), personas)
    as_is["cards"] = _board_order([_card(spec, lang) for spec in AS_IS], as_is)
    as_is["actions"] = _actions(lang)
    originals = {card["id"]: card for card in as_is["cards"]}
    to_be = _map("m2", lang, (8, 0), personas, based_on="m1")
    to_be["cards"] = _board_order(
        [
            _carry(spec, lang, originals) if isinstance(spec, Carried) else _card(spec, lang)
            for spec in (*TO_BE, *BLUEPRINT_CARDS)
        ],
        to_be,
    )
    # Board order of the cards, then metric and date: the order the file gives back.
    order = [card["id"] for card in as_is["cards"]]
    as_is["measurements"] = sorted(
        _measurements(lang), key=lambda m: (order.index(m["card"]), m["metric"], m["date"])
    )
    to_be["connections"] = _connections(lang)
    to_be["measurements"] = []
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "title": TITLE[lang],
        "language": lang,
        "participants": [{"id": pid, "name": name} for pid, name in PARTICIPANTS],
        "personas": personas,
        "channels": default_channels(lang),
        "note_types": default_note_types(),
        "maps": [as_is, to_be],
    }
