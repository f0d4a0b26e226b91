"""App: board filters as pure predicates over one map's data (no Qt).

``card_filter`` turns the filter bar's choices into a ``Callable[[card_id], bool]``
that the board uses to dim the cards that do not match. All criteria must hold.
"""

from __future__ import annotations

from collections.abc import Callable

from app.mapdata import MapData

__all__ = ["card_filter"]


def card_filter(
    map_data: MapData,
    persona_id: str | None = None,
    channel_id: str | None = None,
    direct: bool | None = None,
    moments_only: bool = False,
    disagreements_only: bool = False,
    assumptions_only: bool = False,
) -> Callable[[str], bool] | None:
    """A predicate over the card ids of ``map_data``, or None when no criterion is set.

    - ``persona_id``: cards in the persona lanes of that persona;
    - ``channel_id``: cards of that channel;
    - ``direct``: touchpoints that are direct (True) or indirect (False); notes never match;
    - ``moments_only``: moments of truth (negative mean experience);
    - ``disagreements_only``: touchpoints whose ratings disagree;
    - ``assumptions_only``: cards whose evidence is an assumption (nobody checked them).

    The predicate is computed from ``map_data`` once (a snapshot): build a new one after
    an edit. Ids that are not cards of the map never match.
    """
    if (
        persona_id is None
        and channel_id is None
        and direct is None
        and not moments_only
        and not disagreements_only
        and not assumptions_only
    ):
        return None
    matching = {card.id for card in map_data.cards}
    if persona_id is not None:
        lanes = {
            lane.id
            for lane in map_data.lanes
            if lane.kind == "persona" and lane.persona_id == persona_id
        }
        matching = {c for c in matching if map_data.card_by_id[c].lane_id in lanes}
    if channel_id is not None:
        matching = {c for c in matching if map_data.card_by_id[c].channel_id == channel_id}
    if direct is not None:
        matching = {
            c
            for c in matching
            if map_data.card_by_id[c].kind == "touchpoint"
            and bool(map_data.card_by_id[c].direct) == direct
        }
    if moments_only:
        matching &= {moment.card_id for moment in map_data.moments}
    if disagreements_only:
        matching &= {card_id for card_id, score in map_data.scores.items() if score.disagreement}
    if assumptions_only:
        matching = {c for c in matching if map_data.card_by_id[c].evidence == "assumption"}
    frozen = frozenset(matching)

    def predicate(card_id: str) -> bool:
        return card_id in frozen

    return predicate
