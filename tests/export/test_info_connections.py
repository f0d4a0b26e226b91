"""Export: ``journeyboard info`` counts each map's connections."""

from __future__ import annotations

from pathlib import Path

from export.summary import summary, summary_text
from storage.workshop import Workshop


def test_info_counts_the_connections_of_each_map(workshop_path: Path) -> None:
    with Workshop.open(workshop_path) as workshop:
        workshop.add("connection", map_id="m1", from_card="c1", to_card="c6")
        workshop.add("connection", map_id="m1", from_card="c6", to_card="c1", kind="return")
        data = summary(workshop)
    assert [m["connections"] for m in data["maps"]] == [2, 18]  # the to-be blueprint's 18
    text = summary_text(data)
    assert ", 2 connections" in text
    assert ", 18 connections" in text
