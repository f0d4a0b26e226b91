"""Export: how a board too large for one page is cut into tiles.

Pure geometry over ``app.layout``: the board is scaled down as long as its card titles
stay legible (6 pt); beyond that it is cut into the fewest tiles, each showing whole
phases and lanes where they fit and reaching a little into its neighbours, so
neighbouring pages share a strip.
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.layout import MapLayout, Rect

TITLE_PT = 9.0  # card title size at scale 1
MIN_TITLE_PT = 6.0  # smallest card title after scaling before the board is tiled
MIN_SCALE = MIN_TITLE_PT / TITLE_PT
MAX_SCALE = 1.5
OVERLAP = 0.05  # of a tile's width/height, shared with the neighbouring tile


Span = tuple[float, float]  # start, end along one axis


@dataclass(frozen=True)
class Tile:
    index: int  # 1-based, row by row
    row: int
    column: int
    view: Rect  # the window onto the board's body, board points


@dataclass(frozen=True)
class TilePlan:
    scale: float
    rows: int
    columns: int
    tiles: tuple[Tile, ...]

    @property
    def tiled(self) -> bool:
        return len(self.tiles) > 1


def body_rect(layout: MapLayout) -> Rect:
    """The board without its phase-header row and lane-header column."""
    m = layout.metrics
    return Rect(
        m.lane_header_width,
        m.phase_header_height,
        max(1.0, layout.width - m.lane_header_width),
        max(1.0, layout.height - m.phase_header_height),
    )


def _geometric(start: float, end: float, vmax: float, overlap: float) -> list[Span]:
    """Evenly spaced windows no larger than ``vmax`` that overlap by ``overlap``."""
    total = end - start
    n = max(2, math.ceil((total - overlap * vmax) / (vmax * (1 - overlap))))
    view = total / (n - overlap * (n - 1))
    return [
        (start + i * (total - view) / (n - 1), start + i * (total - view) / (n - 1) + view)
        for i in range(n)
    ]


def _grouped(segments: list[Span], cap: float, margin: float) -> list[Span] | None:
    """Whole segments (phases or lanes) packed greedily into windows of at most ``cap``."""
    groups: list[Span] = []
    for a, b in segments:
        if b - a + 2 * margin > cap:
            return None
        if groups and b - groups[-1][0] + 2 * margin <= cap:
            groups[-1] = (groups[-1][0], b)
        else:
            groups.append((a, b))
    return groups


def _axis(
    start: float, end: float, segments: list[Span], vmax: float, overlap: float
) -> list[Span]:
    """The windows along one axis: whole phases (lanes) per tile where they fit.

    Windows reach ``overlap / 2`` of a page into each neighbour, so neighbouring tiles
    share a strip; a lane too tall for any page is cut evenly instead.
    """
    if end - start <= vmax:
        return [(start, end)]
    margin = overlap * vmax / 2
    groups = _grouped(segments, vmax, margin)
    if groups is None:
        return _geometric(start, end, vmax, overlap)
    low, high = max(b - a for a, b in segments) + 2 * margin, vmax
    for _ in range(40):  # the narrowest windows that need no more tiles: balanced pages
        mid = (low + high) / 2
        trial = _grouped(segments, mid, margin)
        if trial is not None and len(trial) <= len(groups):
            high = mid
        else:
            low = mid
    groups = _grouped(segments, high, margin) or groups
    last = len(groups) - 1
    return [
        (max(start, a - (margin if i else 0)), min(end, b + (margin if i < last else 0)))
        for i, (a, b) in enumerate(groups)
    ]


def plan_tiles(
    layout: MapLayout,
    width: float,
    height: float,
    *,
    min_scale: float = MIN_SCALE,
    max_scale: float = MAX_SCALE,
    overlap: float = OVERLAP,
) -> TilePlan:
    """Split a board over pages of ``width`` x ``height`` points (the drawing area).

    The whole board is scaled to fit if its card titles stay at least ``min_scale``
    times their size; otherwise it is cut into the fewest tiles that are legible at
    ``min_scale``, each showing whole phases and lanes where they fit, and the scale
    is raised as far as the largest tile allows.
    """
    body = body_rect(layout)
    hx, hy = layout.metrics.lane_header_width, layout.metrics.phase_header_height
    fit = min(width / (hx + body.w), height / (hy + body.h), max_scale)
    if fit >= min_scale:
        return TilePlan(fit, 1, 1, (Tile(1, 1, 1, body),))
    xs = _axis(
        body.x,
        body.right,
        [(p.column.x, p.column.right) for p in layout.phases],
        width / min_scale - hx,
        overlap,
    )
    ys = _axis(
        body.y,
        body.bottom,
        [(lane.row.y, lane.row.bottom) for lane in layout.lanes],
        height / min_scale - hy,
        overlap,
    )
    need_w, need_h = max(b - a for a, b in xs), max(b - a for a, b in ys)
    scale = max(min_scale, min(width / (hx + need_w), height / (hy + need_h), max_scale))
    tiles = [
        Tile(r * len(xs) + c + 1, r + 1, c + 1, Rect(x0, y0, x1 - x0, y1 - y0))
        for r, (y0, y1) in enumerate(ys)
        for c, (x0, x1) in enumerate(xs)
    ]
    return TilePlan(scale, len(ys), len(xs), tuple(tiles))
