"""What a version-1 workshop holds once upgraded to version 2, as the interchange writes it."""

from __future__ import annotations

import copy
from typing import Any

# Okabe-Ito, by the channel's place in the list: what an upgraded channel is coloured.
CHANNEL_COLOURS = [
    *("#0072B2", "#E69F00", "#009E73", "#CC79A7"),
    *("#56B4E9", "#D55E00", "#F0E442", "#999999"),
]
BUILT_IN_NOTE_TYPES = [
    {"id": "pain", "name": "", "color": "#F9CDB8", "icon": "note-pain"},
    {"id": "idea", "name": "", "color": "#C9E6F8", "icon": "note-idea"},
    {"id": "thought", "name": "", "color": "#FFF4A8", "icon": "note-thought"},
    {"id": "question", "name": "", "color": "#FFF4A8", "icon": "note-question"},
    {"id": "quote", "name": "", "color": "#FFF4A8", "icon": "note-quote"},
]


def upgraded(data: dict[str, Any]) -> dict[str, Any]:
    """``data`` (a version-1 document) with what version 2 adds: a colour for each
    channel, the built-in note types (the cards' types), lanes that can be hidden (none
    is), connections and actions (none yet), and evidence and comments on every card
    (an assumption without a source, no comments). A key there as None counts as absent."""
    data = copy.deepcopy(data)
    for position, channel in enumerate(data["channels"]):
        if channel.get("color") is None:
            channel["color"] = CHANNEL_COLOURS[position % len(CHANNEL_COLOURS)]
    if not data.get("note_types"):
        data["note_types"] = copy.deepcopy(BUILT_IN_NOTE_TYPES)
    for journey_map in data["maps"]:
        for lane in journey_map.get("lanes", []):
            lane.setdefault("hidden", False)
        journey_map.setdefault("connections", [])
        # Actions, evidence and comments: none yet, every card an assumption.
        journey_map.setdefault("actions", [])
        journey_map.setdefault("measurements", [])
        for card in journey_map.get("cards", []):
            card.setdefault("evidence", "assumption")
            card.setdefault("source", "")
            card.setdefault("comments", [])
    return data | {"version": 2}
