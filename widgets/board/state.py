"""GUI: the rows of the map on the board, kept in step with the document change by change.

The scene is a projection of this state. ``apply(change)`` re-reads only the rows an
edit touched (in one read transaction) and says which cards, phases and lanes changed,
so the scene updates only their items; the layout is recomputed from the rows (pure,
cheap) and items are moved to it.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from app.document import JourneyDocument
from app.layout import MapLayout, Metrics, compute_frame, compute_layout, fullest_cells
from app.measurements import trend
from app.rows import (
    Card,
    Change,
    Channel,
    Connection,
    JourneyMap,
    Lane,
    Participant,
    Persona,
    Phase,
)
from app.scoring import Score, emotion_curve, score

# Beyond this many touched cards one bulk read of the map is faster than row by row.
BULK_READ_THRESHOLD = 150


@dataclass
class Delta:
    """What an applied change means for the board's items."""

    cards: set[str] = field(default_factory=set)  # added, changed or removed card ids
    cells: set[tuple[str, str]] = field(default_factory=set)  # cells whose cards changed
    phases: set[str] = field(default_factory=set)
    lanes: set[str] = field(default_factory=set)
    curves: set[str] = field(default_factory=set)  # lanes whose emotion curve may differ
    personas: bool = False
    channels: bool = False
    connections: bool = False  # the map's connections changed (or their cards went)
    map_removed: bool = False
    map_changed: bool = False
    maps: bool = False  # the list of maps changed (names, order, added, removed)
    workshop: bool = False

    @property
    def structure(self) -> bool:
        """Whether places changed (cells, phases or lanes): the frame must be recomputed."""
        return bool(self.cells or self.phases or self.lanes)

    def __bool__(self) -> bool:
        return bool(
            self.cards
            or self.phases
            or self.lanes
            or self.curves
            or self.personas
            or self.channels
            or self.connections
            or self.map_removed
            or self.map_changed
            or self.maps
            or self.workshop
        )


class MapState:
    """The current map's rows and scores, read from a JourneyDocument."""

    def __init__(self, document: JourneyDocument, map_id: str) -> None:
        self.document = document
        self.map_id = map_id
        self.map: JourneyMap | None = None
        self.phases: list[Phase] = []
        self.lanes: list[Lane] = []
        self.cards: dict[str, Card] = {}
        self.ratings: dict[str, list[tuple[int, int]]] = {}
        self.cells: dict[tuple[str, str], list[str]] = {}  # card ids top to bottom
        self._scores: dict[str, Score] = {}
        self.personas: dict[str, Persona] = {}
        self.channels: dict[str, Channel] = {}
        self.participants: list[Participant] = []
        self.connections: dict[str, Connection] = {}  # in the order drawn
        self.open_comments: dict[str, int] = {}  # card id -> unresolved comments
        self.trends: dict[str, tuple[float, ...]] = {}  # measured values of a card's metric
        self.load()

    # -- reading ------------------------------------------------------------------------

    def load(self) -> None:
        """Read the whole map (opening, switching maps, or a very large change)."""
        data = self.document.map_data(self.map_id)
        self.map = data.map
        self.phases = list(data.phases)
        self.lanes = list(data.lanes)
        self.cards = {c.id: c for c in data.cards}
        self.ratings = dict(data.ratings)
        self.personas = dict(data.personas)
        self.channels = dict(data.channels)
        self.participants = list(data.participants)
        self.connections = {c.id: c for c in data.connections}
        self.trends = {
            card_id: trend(rows)
            for card_id, rows in self.document.measurements(self.map_id).items()
        }
        self._scores = {}
        self.cells = {}
        for card in sorted(self.cards.values(), key=lambda c: c.position):
            self.cells.setdefault((card.lane_id, card.phase_id), []).append(card.id)
        self.open_comments = self._count_comments()

    def _count_comments(self) -> dict[str, int]:
        found = self.document.comments_of_map(self.map_id)
        return {
            card_id: open_count
            for card_id, comments in found.items()
            if (open_count := sum(not c.resolved for c in comments))
        }

    def score(self, card_id: str) -> Score | None:
        """The score of a touchpoint (computed when first asked for); None for notes."""
        cached = self._scores.get(card_id)
        if cached is None:
            card = self.cards.get(card_id)
            if card is None or card.kind != "touchpoint":
                return None
            cached = self._scores[card_id] = score(self.ratings.get(card_id, []))
        return cached

    def apply(self, change: Change) -> Delta:
        """Bring the rows up to date with a committed change; returns what it touched."""
        delta = Delta()
        kinds = change.kinds()
        if "map" in kinds:
            delta.maps = True
            if self.map_id in change.ids("map"):
                row = self.document.get("map", self.map_id)
                if row is None:
                    delta.map_removed = True
                    return delta
                self.map = row
                delta.map_changed = True
        delta.workshop = "workshop" in kinds
        touched_cards = change.ids("card") | change.ids("rating")
        if len(touched_cards) > BULK_READ_THRESHOLD:
            return self._reload(delta)
        with self.document.reading():
            if "persona" in kinds:
                self.personas = {p.id: p for p in self.document.personas()}
                delta.personas = True
            if "channel" in kinds:
                self.channels = {c.id: c for c in self.document.channels()}
                delta.channels = True
            if "participant" in kinds:
                self.participants = self.document.participants()
            if "connection" in kinds:  # a handful per map: read them all again
                self.connections = {c.id: c for c in self.document.connections(self.map_id)}
                delta.connections = True
            for kind, rows in (("phase", self.phases), ("lane", self.lanes)):
                ids = change.ids(kind)
                if ids:
                    self._refresh_list(kind, rows, ids, change)
                    (delta.phases if kind == "phase" else delta.lanes).update(ids)
            fresh: set[str] = set()
            for card_id in change.ids("card"):
                old = self.cards.get(card_id)
                row = self._reread("card", card_id, change)
                if old is not None:
                    delta.curves.add(old.lane_id)
                    self._leave_cell(old, delta)
                self._scores.pop(card_id, None)
                if row is None:
                    if self.cards.pop(card_id, None) is not None:
                        delta.cards.add(card_id)
                    self.ratings.pop(card_id, None)
                    continue
                if old is None:
                    fresh.add(card_id)
                self.cards[card_id] = row
                self.cells.setdefault((row.lane_id, row.phase_id), []).append(card_id)
                delta.cells.add((row.lane_id, row.phase_id))
                delta.cards.add(card_id)
                delta.curves.add(row.lane_id)
            for card_id in change.ids("card") | change.ids("measurement"):
                if card_id in self.cards:  # measurements report their card's id
                    self.trends[card_id] = trend(self.document.card_measurements(card_id))
                    delta.cards.add(card_id)
            for cell in delta.cells:
                ids = self.cells.get(cell)
                if ids is not None:
                    ids.sort(key=lambda c: self.cards[c].position)
                    if not ids:
                        del self.cells[cell]
            for card_id in change.ids("rating") | fresh:
                card = self.cards.get(card_id)
                if card is None:
                    continue
                self.ratings[card_id] = [
                    value
                    for p in self.participants
                    if (value := self.document.rating(card_id, p.id)) is not None
                ]
                self._scores.pop(card_id, None)
                delta.cards.add(card_id)
                delta.curves.add(card.lane_id)
            if "comment" in kinds:  # the count badges: a comment's change names no card
                counts = self._count_comments()
                delta.cards.update(
                    card_id
                    for card_id in set(counts) | set(self.open_comments)
                    if counts.get(card_id) != self.open_comments.get(card_id)
                )
                self.open_comments = counts
        return delta

    def _reload(self, delta: Delta) -> Delta:
        before = set(self.cards)
        self.load()
        delta.cards = before | set(self.cards)
        delta.phases = {p.id for p in self.phases}
        delta.lanes = {lane.id for lane in self.lanes}
        delta.curves = set(delta.lanes)
        delta.cells = set(self.cells)
        delta.personas = delta.channels = delta.connections = True
        return delta

    def _leave_cell(self, card: Card, delta: Delta) -> None:
        cell = (card.lane_id, card.phase_id)
        ids = self.cells.get(cell)
        if ids is not None and card.id in ids:
            ids.remove(card.id)
        delta.cells.add(cell)

    def _reread(self, kind: str, row_id: str, change: Change) -> Any:
        """The row now, or None when it is gone or belongs to another map."""
        if (kind, row_id) in change.removed and (kind, row_id) not in (
            change.added | change.updated
        ):
            return None
        row = self.document.get(kind, row_id)
        if row is None or row.map_id != self.map_id:
            return None
        return row

    def _refresh_list(self, kind: str, rows: list, ids: set[str], change: Change) -> None:
        by_id = {r.id: r for r in rows}
        for row_id in ids:
            row = self._reread(kind, row_id, change)
            if row is None:
                by_id.pop(row_id, None)
            else:
                by_id[row_id] = row
        rows[:] = sorted(by_id.values(), key=lambda r: r.position)

    # -- derived ------------------------------------------------------------------------

    def frame(self, metrics: Metrics = Metrics()) -> MapLayout:
        """Phase and lane boxes only: cheap, recomputed after every edit of places."""
        lanes = [(lane.id, lane.kind == "persona") for lane in self.lanes]
        phase_ids = [p.id for p in self.phases]
        tallest, widest = fullest_cells(self.cells, phase_ids)
        return compute_frame(phase_ids, lanes, tallest, metrics, widest)

    def layout(self, metrics: Metrics = Metrics()) -> MapLayout:
        """The full layout with every card's box (for hit testing and drops)."""
        lanes = [(lane.id, lane.kind == "persona") for lane in self.lanes]
        return compute_layout([p.id for p in self.phases], lanes, self.cells, metrics)

    def curve(self, lane_id: str) -> list[float | None]:
        """The emotion curve of a lane (one value per phase, None = gap)."""
        touchpoints = []
        for phase in self.phases:
            for card_id in self.cells.get((lane_id, phase.id), []):
                card = self.cards[card_id]
                if card.kind == "touchpoint":
                    touchpoints.append((phase.id, self.ratings.get(card_id, [])))
        return emotion_curve([p.id for p in self.phases], touchpoints)

    def board_order(self, card_ids: set[str] | list[str]) -> list[str]:
        """``card_ids`` sorted as on the board: phase, lane, top to bottom."""
        phase_index = {p.id: i for i, p in enumerate(self.phases)}
        lane_index = {lane.id: i for i, lane in enumerate(self.lanes)}

        def key(card_id: str) -> tuple[int, int, int]:
            card = self.cards[card_id]
            return (
                phase_index.get(card.phase_id, 0),
                lane_index.get(card.lane_id, 0),
                card.position,
            )

        return sorted((c for c in card_ids if c in self.cards), key=key)

    def phase(self, phase_id: str) -> Phase | None:
        return next((p for p in self.phases if p.id == phase_id), None)

    def lane(self, lane_id: str) -> Lane | None:
        return next((lane for lane in self.lanes if lane.id == lane_id), None)

    def channel_icon(self, channel_id: str | None) -> str | None:
        channel = self.channels.get(channel_id or "")
        return channel.icon if channel else None
