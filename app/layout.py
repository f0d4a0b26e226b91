"""App: the pure geometry of a map, shared by the board (canvas) and the PDF export.

Units are board points (1 pt = 1 scene unit = 1/72 inch in the PDF). Phases are
columns, lanes are rows; a persona lane has an emotion curve band under its cards.
A cell stacks its cards top to bottom up to ``Metrics.cell_rows``; further cards wrap
into the next column of the cell (board order runs down a column, then on to the next
one), and the phase widens by a card for each such column, so a crowded cell makes its
phase wider instead of its lane ever taller. Nothing here knows Qt or the database:
only ids.
"""

from __future__ import annotations

import math
from bisect import bisect_right
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

EXPERIENCE_MIN, EXPERIENCE_MAX = -2, 2


@dataclass(frozen=True)
class Rect:
    """An axis-aligned rectangle: top-left corner, width and height."""

    x: float
    y: float
    w: float
    h: float

    @property
    def right(self) -> float:
        return self.x + self.w

    @property
    def bottom(self) -> float:
        return self.y + self.h

    @property
    def center(self) -> tuple[float, float]:
        return self.x + self.w / 2, self.y + self.h / 2

    def contains(self, x: float, y: float) -> bool:
        return self.x <= x < self.right and self.y <= y < self.bottom

    def adjusted(self, dx1: float, dy1: float, dx2: float, dy2: float) -> Rect:
        return Rect(self.x + dx1, self.y + dy1, self.w - dx1 + dx2, self.h - dy1 + dy2)


@dataclass(frozen=True)
class Metrics:
    """Sizes of the board's parts, in points."""

    lane_header_width: float = 170.0
    phase_header_height: float = 54.0
    phase_width: float = 210.0
    card_height: float = 74.0
    card_gap: float = 8.0
    cell_padding: float = 9.0
    min_cells_height: float = 92.0
    curve_height: float = 78.0
    # Inside a card: the icon column on the left, the rating strip along the bottom.
    card_icon_size: float = 18.0
    card_strip_height: float = 18.0
    card_inset: float = 6.0
    # Cards per column in a cell: more wrap into further columns (the phase widens).
    cell_rows: int = 4
    # The card title's text size (board points); the board, PNG and presentation use it.
    title_size: float = 11.0
    # Narrow cards (presentation mode) put the icon in the rating strip's row, so the
    # title gets the card's whole width.
    icon_in_strip: bool = False

    @property
    def card_width(self) -> float:
        return self.phase_width - 2 * self.cell_padding

    @property
    def column_stride(self) -> float:
        """From one column of cards in a cell to the next."""
        return self.card_width + self.card_gap

    def columns_for(self, count: int) -> int:
        """How many columns of cards a cell of ``count`` cards needs (at least one)."""
        return max(1, math.ceil(count / max(1, self.cell_rows)))


@dataclass(frozen=True)
class PhaseBox:
    phase_id: str
    index: int
    header: Rect
    column: Rect  # the whole column below the header, all lanes


@dataclass(frozen=True)
class LaneBox:
    lane_id: str
    index: int
    header: Rect
    cells: Rect  # the band holding the cards, all phases
    curve: Rect | None  # the emotion-curve band (persona lanes), all phases

    @property
    def row(self) -> Rect:
        """The lane's full height: cards and curve band."""
        bottom = self.curve.bottom if self.curve else self.cells.bottom
        return Rect(
            self.header.x, self.header.y, self.cells.right - self.header.x, bottom - self.header.y
        )


@dataclass(frozen=True)
class CardBox:
    card_id: str
    lane_id: str
    phase_id: str
    index: int
    rect: Rect


@dataclass(frozen=True)
class CardRegions:
    """Where a card's parts go; both renderers draw the same anatomy."""

    icon: Rect
    title: Rect
    strip: Rect  # rating strip: experience marks, importance marks, votes


@dataclass
class MapLayout:
    """The geometry of one map; look-ups for hit testing and drop targets."""

    metrics: Metrics
    phases: list[PhaseBox]
    lanes: list[LaneBox]
    cards: dict[str, CardBox]
    cells: dict[tuple[str, str], list[str]] = field(default_factory=dict)
    width: float = 0.0
    height: float = 0.0

    @property
    def corner(self) -> Rect:
        return Rect(0, 0, self.metrics.lane_header_width, self.metrics.phase_header_height)

    def phase(self, phase_id: str) -> PhaseBox:
        return next(p for p in self.phases if p.phase_id == phase_id)

    def lane(self, lane_id: str) -> LaneBox:
        return next(lane for lane in self.lanes if lane.lane_id == lane_id)

    def cell_rect(self, lane_id: str, phase_id: str) -> Rect:
        phase, lane = self.phase(phase_id), self.lane(lane_id)
        return Rect(phase.column.x, lane.cells.y, phase.column.w, lane.cells.h)

    def phase_at(self, x: float) -> PhaseBox | None:
        for phase in self.phases:
            if phase.column.x <= x < phase.column.right:
                return phase
        return None

    @cached_property
    def _lane_bottoms(self) -> list[float]:
        """Where each lane's row ends, top to bottom (rows follow each other)."""
        return [lane.row.bottom for lane in self.lanes]

    def lane_at(self, y: float) -> LaneBox | None:
        index = bisect_right(self._lane_bottoms, y)
        if index < len(self.lanes) and self.lanes[index].row.y <= y:
            return self.lanes[index]
        return None

    def lanes_between(self, top: float, bottom: float) -> list[LaneBox]:
        """The lanes whose rows reach into the band from ``top`` to ``bottom``.

        Found by bisection: painting or hit-testing a part of a board with many lanes
        looks only at the lanes there.
        """
        first = bisect_right(self._lane_bottoms, top)
        last = first
        while last < len(self.lanes) and self.lanes[last].row.y <= bottom:
            last += 1
        return self.lanes[first:last]

    def cell_at(self, x: float, y: float) -> tuple[str, str] | None:
        """(lane_id, phase_id) of the cell under a point, curve bands included."""
        phase, lane = self.phase_at(x), self.lane_at(y)
        if phase is None or lane is None:
            return None
        return lane.lane_id, phase.phase_id

    def insertion_index(
        self,
        lane_id: str,
        phase_id: str,
        y: float,
        ignore: Sequence[str] = (),
        x: float | None = None,
    ) -> int:
        """Index in the cell at which a card dropped at (``x``, ``y``) goes.

        Cards run down a column and on to the next one: the index counts the cards of
        the columns left of ``x`` and those above ``y`` in its column (without ``x``:
        the first column).
        """
        ids = [c for c in self.cells.get((lane_id, phase_id), []) if c not in ignore]
        if not ids:
            return 0
        m = self.metrics
        left = self.phase(phase_id).column.x + m.cell_padding
        column = 0
        if x is not None:
            column = max(0, int((x - left + m.card_gap / 2) // m.column_stride))
        index = 0
        for card_id in ids:
            rect = self.cards[card_id].rect
            card_column = round((rect.x - left) / m.column_stride)
            if card_column < column or (card_column == column and rect.center[1] < y):
                index += 1
        return index

    def insertion_line(
        self, lane_id: str, phase_id: str, index: int, ignore: Sequence[str] = ()
    ) -> tuple[float, float, float]:
        """Where the insertion marker for ``index`` in a cell goes: (left, right, y)."""
        m = self.metrics
        ids = [c for c in self.cells.get((lane_id, phase_id), []) if c not in ignore]
        left = self.phase(phase_id).column.x + m.cell_padding
        if not ids:
            top = self.lane(lane_id).cells.y + m.cell_padding
            return left, left + m.card_width, top - m.card_gap / 2
        if index >= len(ids):
            rect = self.cards[ids[-1]].rect
            return rect.x, rect.right, rect.bottom + m.card_gap / 2
        rect = self.cards[ids[index]].rect
        return rect.x, rect.right, rect.y - m.card_gap / 2

    def insertion_y(
        self, lane_id: str, phase_id: str, index: int, ignore: Sequence[str] = ()
    ) -> float:
        """Height of the insertion marker for ``index`` in a cell."""
        return self.insertion_line(lane_id, phase_id, index, ignore)[2]

    def curve_points(
        self, lane_id: str, values: Sequence[float | None]
    ) -> list[tuple[float, float] | None]:
        """Points of a lane's emotion curve (one per phase, None for a gap)."""
        curve = self.lane(lane_id).curve
        if curve is None:
            return [None] * len(values)
        return [
            None if v is None else (phase.column.center[0], curve_y(curve, v))
            for phase, v in zip(self.phases, values, strict=False)
        ]


def curve_y(band: Rect, value: float) -> float:
    """Height in a curve band of an experience value (+2 at the top, -2 at the bottom)."""
    margin = band.h * 0.14
    span = EXPERIENCE_MAX - EXPERIENCE_MIN
    fraction = (EXPERIENCE_MAX - max(EXPERIENCE_MIN, min(EXPERIENCE_MAX, value))) / span
    return band.y + margin + fraction * (band.h - 2 * margin)


def card_regions(rect: Rect, metrics: Metrics = Metrics()) -> CardRegions:
    """The parts of a card drawn at ``rect``."""
    inset, icon = metrics.card_inset, metrics.card_icon_size
    strip_h = metrics.card_strip_height
    if metrics.icon_in_strip:
        icon_rect = Rect(
            rect.x + inset, rect.bottom - strip_h - 2 + (strip_h - icon) / 2, icon, icon
        )
        title = Rect(
            rect.x + inset, rect.y + inset - 1, rect.w - 2 * inset, rect.h - strip_h - inset
        )
        strip_x = icon_rect.right + inset
        strip = Rect(strip_x, rect.bottom - strip_h - 2, rect.right - inset - strip_x, strip_h)
        return CardRegions(icon=icon_rect, title=title, strip=strip)
    icon_rect = Rect(rect.x + inset, rect.y + inset, icon, icon)
    title = Rect(
        icon_rect.right + inset,
        rect.y + inset - 1,
        rect.right - inset - (icon_rect.right + inset),
        rect.h - strip_h - inset,
    )
    strip = Rect(rect.x + inset, rect.bottom - strip_h - 2, rect.w - 2 * inset, strip_h)
    return CardRegions(icon=icon_rect, title=title, strip=strip)


@dataclass(frozen=True)
class StripRegions:
    """The parts of a touchpoint's rating strip (see ``strip_regions``)."""

    scale: Rect  # five experience segments, -2 at the left .. +2 at the right
    importance: Rect  # five importance marks
    votes: Rect  # the number of votes


STRIP_SEGMENTS = EXPERIENCE_MAX - EXPERIENCE_MIN + 1


def strip_regions(strip: Rect) -> StripRegions:
    """Split a rating strip: experience scale, importance marks, votes (left to right)."""
    gap = 6.0
    scale_w = min(strip.w * 0.45, 80.0)
    importance_w = min(strip.w * 0.2, 34.0)
    scale = Rect(strip.x, strip.y, scale_w, strip.h)
    importance = Rect(scale.right + gap, strip.y, importance_w, strip.h)
    votes_x = importance.right + gap
    votes = Rect(votes_x, strip.y, max(0.0, strip.right - votes_x), strip.h)
    return StripRegions(scale=scale, importance=importance, votes=votes)


def experience_at(scale: Rect, x: float) -> int | None:
    """The experience (-2..+2) of the scale segment at ``x``, or None outside the scale."""
    if scale.w <= 0 or not scale.x <= x < scale.right:
        return None
    segment = int((x - scale.x) / scale.w * STRIP_SEGMENTS)
    return EXPERIENCE_MIN + min(STRIP_SEGMENTS - 1, max(0, segment))


def experience_x(scale: Rect, value: float) -> float:
    """Horizontal position on the scale of an experience value (segment centres for -2..+2)."""
    value = max(EXPERIENCE_MIN, min(EXPERIENCE_MAX, value))
    return scale.x + (value - EXPERIENCE_MIN + 0.5) * scale.w / STRIP_SEGMENTS


def card_offset(index: int, metrics: Metrics = Metrics()) -> tuple[float, float]:
    """Where the ``index``-th card of a cell sits, relative to the cell's top-left corner.

    Down a column of ``metrics.cell_rows`` cards, then on to the next column.
    """
    column, row = divmod(index, max(1, metrics.cell_rows))
    return (
        metrics.cell_padding + column * metrics.column_stride,
        metrics.cell_padding + row * (metrics.card_height + metrics.card_gap),
    )


def compute_frame(
    phase_ids: Sequence[str],
    lanes: Sequence[tuple[str, bool]],
    tallest: Mapping[str, int],
    metrics: Metrics = Metrics(),
    widest: Mapping[str, int] | None = None,
) -> MapLayout:
    """The phase and lane boxes of a map, without cards (cheap: no per-card work).

    ``tallest`` maps a lane id to the number of cards in its fullest cell, ``widest`` a
    phase id to the number of cards in its fullest cell; a card's place is then its
    cell's corner plus ``card_offset``, exactly as ``compute_layout`` puts it.
    """
    m = metrics
    stride = m.card_height + m.card_gap
    widest = widest or {}
    phase_boxes: list[PhaseBox] = []
    lane_boxes: list[LaneBox] = []
    widths = [
        m.phase_width + (m.columns_for(widest.get(phase_id, 0)) - 1) * m.column_stride
        for phase_id in phase_ids
    ]
    width = m.lane_header_width + sum(widths)
    y = m.phase_header_height
    rows = max(1, m.cell_rows)
    for index, (lane_id, has_curve) in enumerate(lanes):
        count = min(tallest.get(lane_id, 0), rows)
        cells_h = max(m.min_cells_height, 2 * m.cell_padding + count * stride - m.card_gap)
        curve_h = m.curve_height if has_curve else 0.0
        header = Rect(0, y, m.lane_header_width, cells_h + curve_h)
        band = Rect(m.lane_header_width, y, width - m.lane_header_width, cells_h)
        curve = Rect(band.x, band.bottom, band.w, curve_h) if has_curve else None
        lane_boxes.append(LaneBox(lane_id, index, header, band, curve))
        y += cells_h + curve_h
    height = y
    x = m.lane_header_width
    for index, (phase_id, w) in enumerate(zip(phase_ids, widths, strict=True)):
        header = Rect(x, 0, w, m.phase_header_height)
        column = Rect(x, m.phase_header_height, w, height - m.phase_header_height)
        phase_boxes.append(PhaseBox(phase_id, index, header, column))
        x += w
    return MapLayout(m, phase_boxes, lane_boxes, {}, {}, width, height)


def fullest_cells(
    cells: Mapping[tuple[str, str], Sequence[str]], phase_ids: Sequence[str]
) -> tuple[dict[str, int], dict[str, int]]:
    """The number of cards in the fullest cell of each lane and of each phase."""
    known_phases = set(phase_ids)
    tallest: dict[str, int] = {}
    widest: dict[str, int] = {}
    for (lane_id, phase_id), ids in cells.items():
        if phase_id in known_phases and ids:
            tallest[lane_id] = max(tallest.get(lane_id, 0), len(ids))
            widest[phase_id] = max(widest.get(phase_id, 0), len(ids))
    return tallest, widest


def compute_layout(
    phase_ids: Sequence[str],
    lanes: Sequence[tuple[str, bool]],
    cells: Mapping[tuple[str, str], Sequence[str]],
    metrics: Metrics = Metrics(),
) -> MapLayout:
    """Lay out a map.

    ``lanes`` are (lane_id, has_curve) top to bottom; ``cells`` maps (lane_id, phase_id)
    to its card ids in board order. Cells of unknown lanes or phases are ignored.
    """
    m = metrics
    # The fullest cells decide the lanes' heights and the phases' widths.
    tallest, widest = fullest_cells(cells, phase_ids)
    frame = compute_frame(phase_ids, lanes, tallest, m, widest)
    column_x = {p.phase_id: p.column.x for p in frame.phases}
    lane_top = {lane.lane_id: lane.cells.y for lane in frame.lanes}
    cards: dict[str, CardBox] = {}
    kept: dict[tuple[str, str], list[str]] = {}
    for (lane_id, phase_id), ids in cells.items():
        if lane_id not in lane_top or phase_id not in column_x:
            continue
        kept[(lane_id, phase_id)] = list(ids)
        for i, card_id in enumerate(ids):
            dx, dy = card_offset(i, m)
            rect = Rect(
                column_x[phase_id] + dx, lane_top[lane_id] + dy, m.card_width, m.card_height
            )
            cards[card_id] = CardBox(card_id, lane_id, phase_id, i, rect)
    frame.cards = cards
    frame.cells = kept
    return frame


# -- presentation: the whole journey across one screen ------------------------------------

#: Smallest on-screen text size (pixels) of card titles and phase names when presenting.
PRESENTATION_TEXT_PX = 14.0
#: The narrowest phase a presentation packs: below it titles would wrap word by word, so
#: a journey of many phases scrolls sideways instead (the arrow keys follow the phase).
PRESENTATION_MIN_PHASE = 118.0
PRESENTATION_MAX_SCALE = 2.0


def presentation_metrics(
    columns: int, width_px: float, min_text_px: float = PRESENTATION_TEXT_PX
) -> tuple[Metrics, float]:
    """Board sizes and the scale that fit ``columns`` columns of cards across ``width_px``.

    The text keeps its size in board points while the parts around it shrink (narrower
    lane headers and phases, smaller paddings and icons): at the returned scale every
    card title is at least ``min_text_px`` pixels high and, for the journeys a workshop
    projects (up to seven phases on a 1,280-pixel screen), all phases fit across.
    ``columns`` counts a phase whose crowded cell wraps into two columns as two.
    """
    compact = Metrics(
        lane_header_width=130.0,
        phase_header_height=46.0,
        card_height=66.0,
        card_gap=6.0,
        cell_padding=5.0,
        min_cells_height=70.0,
        curve_height=60.0,
        card_icon_size=14.0,
        card_strip_height=16.0,
        card_inset=3.0,
        icon_in_strip=True,
    )
    columns = max(1, columns)
    margin = 4.0  # pixels: the board's right edge stays clear of the screen's
    scale = min_text_px / compact.title_size
    phase = (max(0.0, width_px - margin) / scale - compact.lane_header_width) / columns
    full = Metrics().phase_width
    if phase >= full:  # few phases: full-width phases, and the text grows instead
        phase = full
        scale = (width_px - margin) / (compact.lane_header_width + columns * full)
        scale = max(min_text_px / compact.title_size, min(PRESENTATION_MAX_SCALE, scale))
    metrics = replace(compact, phase_width=max(PRESENTATION_MIN_PHASE, phase))
    return metrics, scale
