"""The interchange JSON's connections, note types and blueprint lanes (version 2)."""

from __future__ import annotations

import copy
from pathlib import Path
from typing import Any

import pytest

from app.demo import demo_workshop
from export.interchange import InterchangeError, dump, load
from storage.workshop import Workshop


def _with_connections() -> dict[str, Any]:
    data = demo_workshop("de")
    data["note_types"].append(
        {"id": "risk", "name": "Risiko", "color": "#CC0000", "icon": "custom"}
    )
    as_is = data["maps"][0]
    as_is["lanes"].append({"id": "l99", "name": "Küche", "kind": "backstage", "hidden": True})
    as_is["cards"][4]["note_type"] = "risk"
    as_is["connections"] = [
        {"id": "x1", "from": "c1", "to": "c6", "kind": "flow", "label": ""},
        {"id": "x2", "from": "c6", "to": "c8", "kind": "alternative", "label": "Zahlung scheitert"},
        {"id": "x3", "from": "c8", "to": "c1", "kind": "return", "label": "kommt zurück"},
        {"id": "x4", "from": "c3", "to": "c1", "kind": "flow", "label": ""},
    ]
    return data


def test_connections_and_own_note_types_round_trip_exactly(tmp_path: Path) -> None:
    data = _with_connections()
    load(copy.deepcopy(data), tmp_path / "w.journey")
    with Workshop.open(tmp_path / "w.journey", readonly=True) as workshop:
        assert dump(workshop) == data


@pytest.mark.parametrize(
    ("end", "value", "message"),
    [
        ("to", "c43", "maps[0].connections[3].to: card 'c43' belongs to another map"),
        ("to", "c999", "maps[0].connections[3].to: no card with id 'c999'"),
        ("from", "c1", "maps[0].connections[3].to: a card cannot be connected to itself"),
        ("kind", "loop", "maps[0].connections[3].kind: input should be 'flow', 'alternative'"),
    ],
)
def test_a_bad_connection_is_refused_with_its_path_and_nothing_is_written(
    tmp_path: Path, end: str, value: str, message: str
) -> None:
    data = _with_connections()
    data["maps"][0]["connections"][3][end] = value
    with pytest.raises(InterchangeError) as refused:
        load(data, tmp_path / "w.journey")
    assert str(refused.value).startswith(message)
    assert list(tmp_path.iterdir()) == []


def test_a_note_of_an_unknown_type_is_refused_with_its_path(tmp_path: Path) -> None:
    data = _with_connections()
    data["maps"][0]["cards"][4]["note_type"] = "gossip"
    with pytest.raises(InterchangeError, match=r"^maps\[0\]\.cards\[4\]\.note_type: no note type"):
        load(data, tmp_path / "w.journey")


def test_a_document_without_note_types_gets_the_built_in_five(tmp_path: Path) -> None:
    data = demo_workshop("en")
    del data["note_types"]
    load(data, tmp_path / "w.journey")
    with Workshop.open(tmp_path / "w.journey", readonly=True) as workshop:
        assert [t.id for t in workshop.note_types()] == [
            "pain",
            "idea",
            "thought",
            "question",
            "quote",
        ]
