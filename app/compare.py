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
from storage.rows import Card

__all__ = [
    "CARRIED",
    "DROPPED",
    "NEW",
    "CardDelta",
    "CompareSummary",
    "MomentMove",
    "PhaseDelta",
    "compare_maps",
    "moved_moments",
    "phase_deltas",
    "summarize",
]

CARRIED, NEW, DROPPED = "carried", "new", "dropped"


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
    experience, importance, votes = (
        _means(data, card.id) if card.kind == "touchpoint" else (None, None, 0)
    )
    return {
        "title": card.title,
        "phase": phases.get(card.phase_id),
        "lane": lanes.get(card.lane_id),
        "experience": experience,
        "importance": importance,
        "votes": votes,
    }


def _row(
    status: str,
    kind: str,
    old_card: Card | None,
    old: dict | None,
    new_card: Card | None,
    new: dict | None,
) -> CardDelta:
    old = old or {}
    new = new or {}
    return CardDelta(
        status=status,
        kind=kind,
        as_is_card_id=old_card.id if old_card else None,
        to_be_card_id=new_card.id if new_card else None,
        old_title=old.get("title"),
        new_title=new.get("title"),
        old_phase=old.get("phase"),
        new_phase=new.get("phase"),
        old_lane=old.get("lane"),
        new_lane=new.get("lane"),
        old_experience=_float(old.get("experience")),
        new_experience=_float(new.get("experience")),
        old_importance=_float(old.get("importance")),
        new_importance=_float(new.get("importance")),
        experience_delta=_delta(old.get("experience"), new.get("experience")),
        importance_delta=_delta(old.get("importance"), new.get("importance")),
        old_votes=old.get("votes", 0),
        new_votes=new.get("votes", 0),
    )


def compare_maps(
    as_is: MapData, to_be: MapData, include_notes: bool = False, same_map: bool = False
) -> list[CardDelta]:
    """Compare ``to_be`` with ``as_is``, card by card.

    Rows: the to-be cards in board order (carried over or new), then the dropped as-is
    cards in board order. Notes are left out unless ``include_notes``. ``same_map``: the
    two are one map at two times (a snapshot and now), so a card matches its own id.
    """

    def wanted(card: Card) -> bool:
        return include_notes or card.kind == "touchpoint"

    def origin(card: Card) -> str | None:
        return card.id if same_map else card.based_on

    old_cards = as_is.card_by_id
    rows: list[CardDelta] = []
    # Every as-is card some to-be card (shown or not) is based on is not dropped.
    carried_from = {origin(c) for c in to_be.cards if origin(c) in old_cards}
    for card in to_be.cards:
        if not wanted(card):
            continue
        new = _side(to_be, card)
        source = origin(card)
        original = old_cards.get(source) if source else None
        if original is not None and (same_map or original.id != card.id):
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
    """One phase's means over its rated touchpoints on each side, and their change.

    Phases are matched by name (a to-be map starts as a copy of the as-is phases). A
    mean is None when that side has no rated touchpoint in the phase; a delta is None
    when either mean is.
    """

    phase: str
    old_experience: float | None
    new_experience: float | None
    experience_delta: float | None
    old_importance: float | None
    new_importance: float | None
    importance_delta: float | None


def _mean(values: list[float]) -> float | None:
    return sum(values) / len(values) if values else None


def _minus(new: float | None, old: float | None) -> float | None:
    return None if new is None or old is None else new - old


def phase_deltas(rows: list[CardDelta], phases: list[str]) -> list[PhaseDelta]:
    """Per phase (``phases`` in order, then any other phase a row names), the mean
    experience and importance of the as-is and the to-be touchpoints in it."""
    names = list(
        dict.fromkeys(
            [
                *phases,
                *(r.new_phase for r in rows if r.new_phase),
                *(r.old_phase for r in rows if r.old_phase),
            ]
        )
    )
    out = []
    for name in names:
        old = [
            r
            for r in rows
            if r.kind == "touchpoint" and r.old_phase == name and r.old_experience is not None
        ]
        new = [
            r
            for r in rows
            if r.kind == "touchpoint" and r.new_phase == name and r.new_experience is not None
        ]
        old_e = _mean([r.old_experience for r in old])  # type: ignore[misc]
        new_e = _mean([r.new_experience for r in new])  # type: ignore[misc]
        old_i = _mean([r.old_importance for r in old])  # type: ignore[misc]
        new_i = _mean([r.new_importance for r in new])  # type: ignore[misc]
        out.append(
            PhaseDelta(name, old_e, new_e, _minus(new_e, old_e), old_i, new_i, _minus(new_i, old_i))
        )
    return out


@dataclass(frozen=True)
class MomentMove:
    """A touchpoint whose rank among the moments of truth differs between the maps
    (None: not a moment of truth on that side)."""

    row: CardDelta
    old_rank: int | None
    new_rank: int | None


def moved_moments(as_is: MapData, to_be: MapData, rows: list[CardDelta]) -> list[MomentMove]:
    """The moments of truth that moved: left the list, joined it or changed rank.

    In order of the as-is rank, then the new ones in order of their to-be rank.
    """
    old_rank = {m.card_id: i for i, m in enumerate(as_is.moments, start=1)}
    new_rank = {m.card_id: i for i, m in enumerate(to_be.moments, start=1)}
    moves = []
    for row in rows:
        old = old_rank.get(row.as_is_card_id or "")
        new = new_rank.get(row.to_be_card_id or "")
        if old != new:
            moves.append(MomentMove(row, old, new))
    return sorted(moves, key=lambda m: (m.old_rank is None, m.old_rank or 0, m.new_rank or 0))
