"""App: where an arrow between two cards runs (pure geometry, no Qt).

Board, PNG and PDF draw connections along the same curve. An arrow leaves its card at
the middle of an edge and enters the other card at the middle of the facing edge, on a
cubic curve whose ends are square to the edges, so it runs in the gaps between cells
rather than across a card's text. A loop back (the target lies left of the source)
arches over the top of both cards, no higher than a ceiling (the phase headers).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from app.layout import Rect

Point = tuple[float, float]
HEAD = 10.0  # length of an arrowhead, board points


@dataclass(frozen=True)
class Curve:
    """A cubic curve from ``start`` to ``end`` with two control points."""

    start: Point
    c1: Point
    c2: Point
    end: Point

    def point(self, t: float) -> Point:
        """The point at parameter ``t`` (0 = start, 1 = end)."""
        u = 1 - t
        weights = (u * u * u, 3 * u * u * t, 3 * u * t * t, t * t * t)
        points = (self.start, self.c1, self.c2, self.end)
        return (
            sum(w * p[0] for w, p in zip(weights, points, strict=True)),
            sum(w * p[1] for w, p in zip(weights, points, strict=True)),
        )

    @property
    def middle(self) -> Point:
        """Where the label sits."""
        return self.point(0.5)

    @property
    def angle(self) -> float:
        """The direction the arrow points at its end, in radians (y down)."""
        dx, dy = self.end[0] - self.c2[0], self.end[1] - self.c2[1]
        if abs(dx) + abs(dy) < 0.1:
            dx, dy = self.end[0] - self.start[0], self.end[1] - self.start[1]
        return math.atan2(dy, dx)

    def head(self, length: float = HEAD) -> tuple[Point, Point, Point]:
        """The three corners of the arrowhead: the tip, then the two barbs."""
        tip, angle, spread = self.end, self.angle, math.radians(24)
        return (
            tip,
            (
                tip[0] - length * math.cos(angle - spread),
                tip[1] - length * math.sin(angle - spread),
            ),
            (
                tip[0] - length * math.cos(angle + spread),
                tip[1] - length * math.sin(angle + spread),
            ),
        )


def arrow_curve(source: Rect, target: Rect, ceiling: float | None = None) -> Curve:
    """The curve from the card ``source`` to the card ``target`` (board rectangles)."""
    sx, sy = source.center
    tx, ty = target.center
    if target.x >= source.right:  # forward: right edge to left edge
        start, end = (source.right, sy), (target.x, ty)
        reach = max(24.0, (end[0] - start[0]) / 2)
        return Curve(start, (start[0] + reach, sy), (end[0] - reach, ty), end)
    if target.right <= source.x:  # backward, a loop: over the top of both
        start, end = (sx, source.y), (tx, target.y)
        top = min(start[1], end[1]) - (28.0 + 0.12 * abs(start[0] - end[0]))
        if ceiling is not None:
            top = max(top, ceiling)
        return Curve(start, (sx, top), (tx, top), end)
    if target.y >= source.bottom:  # the same column, below
        start, end = (sx, source.bottom), (tx, target.y)
        reach = max(16.0, (end[1] - start[1]) / 2)
        return Curve(start, (sx, start[1] + reach), (tx, end[1] - reach), end)
    if target.bottom <= source.y:  # the same column, above
        start, end = (sx, source.y), (tx, target.bottom)
        reach = max(16.0, (start[1] - end[1]) / 2)
        return Curve(start, (sx, start[1] - reach), (tx, end[1] + reach), end)
    # Overlapping (a card in the middle of a drag): out of the right edge and back in.
    start, end = (source.right, sy), (target.right, ty)
    bulge = max(start[0], end[0]) + 36.0
    return Curve(start, (bulge, sy), (bulge, ty), end)
