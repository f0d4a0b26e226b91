"""App: compare a to-be map with the as-is map it was based on (pure, no Qt).

Cards are matched by lineage: a to-be card whose ``based_on`` is a card of the as-is map
is "carried" over; other to-be cards are "new"; as-is cards no to-be card is based on
are "dropped". Means are exact (fractions of the ratings) before they become floats, so
a delta of zero is zero.
"""

from __future__ import annotations

from dataclasses import dataclass
from fractions import Fraction

from app.mapdata import MapData
from app.scoring import emotion_curve
from storage.rows import Card

__all__ = ["CARRIED", "DOWN", "DROPPED", "ENTERED", "LEFT", "NEW", "SAME", "UP", "CardDelta",
           "CompareSummary", "PhaseDelta", "compare_maps", "compare_phases", "moment_change",
           "moment_ranks", "summarize"]

CARRIED, NEW, DROPPED = "carried", "new", "dropped"
# How a touchpoint's place among the moments of truth changed from as-is to to-be.
ENTERED, LEFT, UP, DOWN, SAME = "entered", "left", "up", "down", "same"


@dataclass(frozen=True)
class CardDelta:
    """One row of the comparison. "old" is the as-is side, "new" the to-be side.

    Means are None when that side is unrated (or absent); deltas (new - old) are None
    when either side is unrated.
    """

    status: str  # CARRIED, NEW or DROPPED
    kind: str  # "touchpoint" or "note"
    as_is_card_id: str | None
    to_be_card_id: str | None
    old_title: str | None
    new_title: str | None
    old_phase: str | None
    new_phase: str | None
    old_lane: str | None
    new_lane: str | None
    old_experience: float | None
    new_experience: float | None
    old_importance: float | None
    new_importance: float | None
    experience_delta: float | None
    importance_delta: float | None
    old_votes: int = 0
    new_votes: int = 0

    @property
    def card_id(self) -> str:
        """The to-be card's id, or the as-is card's for a dropped card."""
        return self.to_be_card_id or self.as_is_card_id or ""

    @property
    def title(self) -> str:
        """The to-be title, or the as-is title for a dropped card."""
        return self.new_title if self.new_title is not None else (self.old_title or "")


@dataclass(frozen=True)
class CompareSummary:
    """Counts for a one-line summary under the comparison table."""

    carried: int
    better: int
    worse: int
    unchanged: int
    not_comparable: int  # carried, but one side unrated
    new: int
    dropped: int


def _means(data: MapData, card_id: str) -> tuple[Fraction | None, Fraction | None, int]:
    pairs = data.rating_pairs(card_id)
    if not pairs:
        return None, None, 0
    n = len(pairs)
    return (Fraction(sum(e for e, _ in pairs), n), Fraction(sum(i for _, i in pairs), n), n)


def _float(value: Fraction | None) -> float | None:
    return None if value is None else float(value)


def _delta(old: Fraction | None, new: Fraction | None) -> float | None:
    return None if old is None or new is None else float(new - old)


def _side(data: MapData, card: Card) -> dict:
    phases = {p.id: p.name for p in data.phases}
    lanes = {lane.id: lane.name for lane in data.lanes}
    experience, importance, votes = (_means(data, card.id) if card.kind == "touchpoint"
                                     else (None, None, 0))
    return {"title": card.title, "phase": phases.get(card.phase_id),
            "lane": lanes.get(card.lane_id), "experience": experience,
            "importance": importance, "votes": votes}


def _row(status: str, kind: str, old_card: Card | None, old: dict | None,
         new_card: Card | None, new: dict | None) -> CardDelta:
    old = old or {}
    new = new or {}
    return CardDelta(
        status=status, kind=kind,
        as_is_card_id=old_card.id if old_card else None,
        to_be_card_id=new_card.id if new_card else None,
        old_title=old.get("title"), new_title=new.get("title"),
        old_phase=old.get("phase"), new_phase=new.get("phase"),
        old_lane=old.get("lane"), new_lane=new.get("lane"),
        old_experience=_float(old.get("experience")),
        new_experience=_float(new.get("experience")),
        old_importance=_float(old.get("importance")),
        new_importance=_float(new.get("importance")),
        experience_delta=_delta(old.get("experience"), new.get("experience")),
        importance_delta=_delta(old.get("importance"), new.get("importance")),
        old_votes=old.get("votes", 0), new_votes=new.get("votes", 0),
    )


def compare_maps(as_is: MapData, to_be: MapData, include_notes: bool = False) -> list[CardDelta]:
    """Compare ``to_be`` with ``as_is``, card by card.

    Rows: the to-be cards in board order (carried over or new), then the dropped as-is
    cards in board order. Notes are left out unless ``include_notes``.
    """
    def wanted(card: Card) -> bool:
        return include_notes or card.kind == "touchpoint"

    old_cards = as_is.card_by_id
    rows: list[CardDelta] = []
    # Every as-is card some to-be card (shown or not) is based on is not dropped.
    carried_from = {c.based_on for c in to_be.cards if c.based_on in old_cards}
    for card in to_be.cards:
        if not wanted(card):
            continue
        new = _side(to_be, card)
        original = old_cards.get(card.based_on) if card.based_on else None
        if original is not None and original.id != card.id:
            rows.append(_row(CARRIED, card.kind, original, _side(as_is, original), card, new))
        else:
            rows.append(_row(NEW, card.kind, None, None, card, new))
    for card in as_is.cards:
        if wanted(card) and card.id not in carried_from:
            rows.append(_row(DROPPED, card.kind, card, _side(as_is, card), None, None))
    return rows


def summarize(rows: list[CardDelta]) -> CompareSummary:
    """How many carried cards got better, worse or stayed; how many are new or dropped."""
    carried = [r for r in rows if r.status == CARRIED]
    deltas = [r.experience_delta for r in carried]
    return CompareSummary(
        carried=len(carried),
        better=sum(1 for d in deltas if d is not None and d > 0),
        worse=sum(1 for d in deltas if d is not None and d < 0),
        unchanged=sum(1 for d in deltas if d == 0),
        not_comparable=sum(1 for d in deltas if d is None),
        new=sum(1 for r in rows if r.status == NEW),
        dropped=sum(1 for r in rows if r.status == DROPPED),
    )


@dataclass(frozen=True)
class PhaseDelta:
    """One phase on both sides, matched by name (a to-be map copies its phases' names).

    A phase's experience is the importance-weighted mean experience of its rated
    touchpoints over all lanes (the emotion-curve rule), its importance their mean
    importance; None when it has no rated touchpoint or is missing on that side.
    """

    name: str
    in_as_is: bool
    in_to_be: bool
    old_experience: float | None
    new_experience: float | None
    old_importance: float | None
    new_importance: float | None
    experience_delta: float | None
    importance_delta: float | None


def _phase_scores(data: MapData) -> dict[str, tuple[float | None, Fraction | None]]:
    """Per phase name (the first phase of that name): (experience, importance)."""
    touchpoints = [c for c in data.cards if c.kind == "touchpoint"]
    curve = emotion_curve([p.id for p in data.phases],
                          [(c.phase_id, data.rating_pairs(c.id)) for c in touchpoints])
    out: dict[str, tuple[float | None, Fraction | None]] = {}
    for phase, experience in zip(data.phases, curve, strict=True):
        importances = [_means(data, c.id)[1] for c in touchpoints if c.phase_id == phase.id]
        rated = [i for i in importances if i is not None]
        importance = sum(rated, Fraction(0)) / len(rated) if rated else None
        out.setdefault(phase.name, (experience, importance))
    return out


def compare_phases(as_is: MapData, to_be: MapData) -> list[PhaseDelta]:
    """Phase by phase: the to-be phases in board order, then as-is phases it lacks."""
    old, new = _phase_scores(as_is), _phase_scores(to_be)
    rows: list[PhaseDelta] = []
    for name in [*new, *(n for n in old if n not in new)]:
        old_experience, old_importance = old.get(name, (None, None))
        new_experience, new_importance = new.get(name, (None, None))
        rows.append(PhaseDelta(
            name=name, in_as_is=name in old, in_to_be=name in new,
            old_experience=old_experience, new_experience=new_experience,
            old_importance=_float(old_importance), new_importance=_float(new_importance),
            experience_delta=(None if old_experience is None or new_experience is None
                              else new_experience - old_experience),
            importance_delta=_delta(old_importance, new_importance),
        ))
    return rows


def moment_ranks(data: MapData) -> dict[str, int]:
    """Each moment of truth's rank (1 = fix first), by card id."""
    return {moment.card_id: rank for rank, moment in enumerate(data.moments, start=1)}


def moment_change(old_rank: int | None, new_rank: int | None) -> str | None:
    """How a card moved among the moments of truth (None: a moment on neither side)."""
    if old_rank is None and new_rank is None:
        return None
    if old_rank is None:
        return ENTERED
    if new_rank is None:
        return LEFT
    return UP if new_rank < old_rank else DOWN if new_rank > old_rank else SAME
