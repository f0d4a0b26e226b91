"""App: one map read for drawing, with its scores and layout (no Qt).

The board and the PDF both draw from a ``MapData``: the rows of one map read in one
transaction, the scores of every touchpoint, the emotion curve of every persona lane,
the moments of truth, and the geometry of ``app.layout``.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from functools import cached_property

from app.layout import MapLayout, Metrics, compute_layout
from app.scoring import Moment, Score, emotion_curve, moments_of_truth, score
from storage.rows import (
    Card,
    Channel,
    Connection,
    JourneyMap,
    Lane,
    Participant,
    Persona,
    Phase,
)
from storage.workshop import Workshop


@dataclass
class MapData:
    """Everything needed to draw one map, read in one consistent transaction."""

    map: JourneyMap
    phases: list[Phase]
    lanes: list[Lane]
    cards: list[Card]  # board order: phase, lane, top to bottom
    ratings: dict[str, list[tuple[int, int]]]  # (experience, importance) of each card
    personas: dict[str, Persona] = field(default_factory=dict)
    channels: dict[str, Channel] = field(default_factory=dict)
    participants: list[Participant] = field(default_factory=list)
    connections: list[Connection] = field(default_factory=list)  # in the order drawn
    language: str = "en"  # the workshop's: blueprint lines are labelled in it

    @cached_property
    def card_by_id(self) -> dict[str, Card]:
        return {c.id: c for c in self.cards}

    def cell(self, lane_id: str, phase_id: str) -> list[Card]:
        """The cards of one cell, top to bottom."""
        return sorted(
            (c for c in self.cards if c.lane_id == lane_id and c.phase_id == phase_id),
            key=lambda c: c.position,
        )

    def rating_pairs(self, card_id: str) -> list[tuple[int, int]]:
        return self.ratings.get(card_id, [])

    @cached_property
    def scores(self) -> dict[str, Score]:
        """The score of every touchpoint (notes have none)."""
        return {c.id: score(self.rating_pairs(c.id)) for c in self.cards if c.kind == "touchpoint"}

    def curve(self, lane_id: str) -> list[float | None]:
        """The emotion curve of a lane across the phases (None = gap)."""
        touchpoints = [
            (c.phase_id, self.rating_pairs(c.id))
            for c in self.cards
            if c.lane_id == lane_id and c.kind == "touchpoint"
        ]
        return emotion_curve([p.id for p in self.phases], touchpoints)

    @cached_property
    def moments(self) -> list[Moment]:
        """Moments of truth, ranked (the rules in app/scoring.py)."""
        return moments_of_truth(
            [(c.id, self.rating_pairs(c.id)) for c in self.cards if c.kind == "touchpoint"]
        )

    def layout(self, metrics: Metrics = Metrics()) -> MapLayout:
        """The map's geometry; persona lanes get an emotion-curve band."""
        cells: dict[tuple[str, str], list[str]] = {}
        for card in sorted(self.cards, key=lambda c: c.position):
            cells.setdefault((card.lane_id, card.phase_id), []).append(card.id)
        lanes = [(lane.id, lane.kind == "persona") for lane in self.lanes]
        return compute_layout([p.id for p in self.phases], lanes, cells, metrics)


def read_map(workshop: Workshop, map_id: str) -> MapData:
    """A MapData of ``map_id`` read in one transaction."""
    with workshop.reading():
        return MapData(
            map=workshop.get("map", map_id),
            phases=workshop.phases(map_id),
            lanes=workshop.lanes(map_id),
            cards=workshop.cards(map_id),
            ratings=workshop.rating_pairs(map_id),
            personas={p.id: p for p in workshop.personas()},
            channels={c.id: c for c in workshop.channels()},
            participants=workshop.participants(),
            connections=workshop.connections(map_id),
            language=workshop.info().language,
        )
