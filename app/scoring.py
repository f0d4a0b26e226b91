"""Scoring rules for Journeyboard touchpoints (pure, standard library and no Qt).

A *rating* is a pair ``(experience, importance)`` given by one workshop
participant to one touchpoint card:

* ``experience`` is an int from -2 (very negative) to +2 (very positive);
* ``importance`` is an int from 1 (minor) to 5 (critical).

All aggregation is done with exact rational arithmetic (:class:`fractions.Fraction`)
and only converted to ``float`` at the end, so results do not depend on the
order of the ratings and boundaries such as "spread >= 1.0" or equal
priorities are decided exactly.

The rules are also exported as plain English sentences in :data:`RULES`, for
the legend shown in the GUI and the PDF export; their other languages are in the
catalogue (:mod:`app.words`).
"""

from __future__ import annotations

import math
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from fractions import Fraction

from app.words import QT_TRANSLATE_NOOP

__all__ = [
    "EXPERIENCE_MAX",
    "EXPERIENCE_MIN",
    "IMPORTANCE_MAX",
    "IMPORTANCE_MIN",
    "RULES",
    "Moment",
    "Score",
    "emotion_curve",
    "moments_of_truth",
    "score",
    "validate_rating",
]

EXPERIENCE_MIN = -2
EXPERIENCE_MAX = 2
IMPORTANCE_MIN = 1
IMPORTANCE_MAX = 5

#: Population standard deviation of experience from which ratings are flagged
#: as a disagreement (inclusive).
DISAGREEMENT_SPREAD = 1
#: Minimum number of votes for a disagreement to be possible.
DISAGREEMENT_MIN_VOTES = 2

# Marked for the catalogue (context "scoring"); the PDF prints them in the workshop's language.
RULES: list[str] = [
    QT_TRANSLATE_NOOP(
        "scoring",
        "Each participant rates a touchpoint with an experience from -2 "
        "(very negative) to +2 (very positive) and an importance from 1 "
        "(minor) to 5 (critical).",
    ),
    QT_TRANSLATE_NOOP(
        "scoring", "A touchpoint's experience and importance are the means of its ratings."
    ),
    QT_TRANSLATE_NOOP(
        "scoring",
        "A touchpoint without ratings is unrated: it is shown grey and hatched, never as 0.",
    ),
    QT_TRANSLATE_NOOP("scoring", "Spread is the standard deviation of the experience ratings."),
    QT_TRANSLATE_NOOP(
        "scoring",
        "Disagreement is flagged when a touchpoint has at least 2 "
        "votes and a spread of 1.0 or more.",
    ),
    QT_TRANSLATE_NOOP(
        "scoring",
        "The emotion curve shows, for each phase, the mean experience "
        "of the lane's rated touchpoints, each weighted by its mean importance; "
        "phases without rated touchpoints leave a gap.",
    ),
    QT_TRANSLATE_NOOP(
        "scoring",
        "Moments of truth are the touchpoints with a negative mean "
        "experience, ranked by priority = importance x (-experience), highest "
        "first; ties go to the higher importance, then to board order.",
    ),
]


@dataclass(frozen=True)
class Score:
    """Aggregate of the ratings of one touchpoint.

    Attributes:
        votes: Number of ratings.
        experience: Mean experience (-2..2), or ``None`` when unrated.
        importance: Mean importance (1..5), or ``None`` when unrated.
        spread: Population standard deviation of experience, or ``None`` when unrated.
        disagreement: ``True`` when ``votes >= 2`` and ``spread >= 1.0``.
    """

    votes: int
    experience: float | None
    importance: float | None
    spread: float | None
    disagreement: bool

    @property
    def rated(self) -> bool:
        """Whether the touchpoint has at least one rating."""
        return self.votes > 0


@dataclass(frozen=True)
class Moment:
    """A moment of truth: a touchpoint with a negative mean experience.

    Attributes:
        card_id: Identifier of the touchpoint card.
        experience: Mean experience (< 0).
        importance: Mean importance.
        priority: ``importance * (-experience)``; higher means more urgent.
        votes: Number of ratings.
        disagreement: Whether the ratings disagree (see :class:`Score`).
    """

    card_id: str
    experience: float
    importance: float
    priority: float
    votes: int
    disagreement: bool


@dataclass(frozen=True)
class _Exact:
    """Exact (rational) aggregate of a non-empty list of ratings."""

    votes: int
    experience: Fraction
    importance: Fraction
    variance: Fraction


def validate_rating(rating: tuple[int, int]) -> tuple[int, int]:
    """Check that ``rating`` is a valid ``(experience, importance)`` pair.

    Args:
        rating: The pair to check.

    Returns:
        The same pair.

    Raises:
        ValueError: If it is not a pair of ints within the allowed ranges.
    """
    try:
        experience, importance = rating
    except (TypeError, ValueError):
        raise ValueError(
            f"a rating must be an (experience, importance) pair, got {rating!r}"
        ) from None
    for name, value, low, high in (
        ("experience", experience, EXPERIENCE_MIN, EXPERIENCE_MAX),
        ("importance", importance, IMPORTANCE_MIN, IMPORTANCE_MAX),
    ):
        if isinstance(value, bool) or not isinstance(value, int):
            raise ValueError(f"{name} must be an int, got {value!r}")
        if not low <= value <= high:
            raise ValueError(f"{name} must be between {low} and {high}, got {value}")
    return experience, importance


def _exact(ratings: Iterable[tuple[int, int]]) -> _Exact | None:
    """Aggregate ``ratings`` exactly; ``None`` when there are none."""
    pairs = [validate_rating(r) for r in ratings]
    n = len(pairs)
    if n == 0:
        return None
    sum_e = sum(e for e, _ in pairs)
    sum_e2 = sum(e * e for e, _ in pairs)
    sum_i = sum(i for _, i in pairs)
    mean_e = Fraction(sum_e, n)
    # Population variance: E[x^2] - E[x]^2, exact.
    variance = Fraction(sum_e2, n) - mean_e * mean_e
    return _Exact(votes=n, experience=mean_e, importance=Fraction(sum_i, n), variance=variance)


def _sqrt(value: Fraction) -> float:
    """Square root of a non-negative fraction, exact for perfect squares."""
    num, den = value.numerator, value.denominator
    rn, rd = math.isqrt(num), math.isqrt(den)
    if rn * rn == num and rd * rd == den:
        return rn / rd
    return math.sqrt(num / den)


def _disagreement(agg: _Exact) -> bool:
    # spread >= 1  <=>  variance >= 1 (both non-negative): decided exactly.
    return agg.votes >= DISAGREEMENT_MIN_VOTES and agg.variance >= DISAGREEMENT_SPREAD**2


def score(ratings: Iterable[tuple[int, int]]) -> Score:
    """Aggregate the ratings of one touchpoint.

    Args:
        ratings: ``(experience, importance)`` pairs, experience -2..2, importance 1..5.

    Returns:
        The :class:`Score`. With no ratings, ``experience``, ``importance`` and
        ``spread`` are ``None`` (unrated is never 0) and there is no disagreement.

    Raises:
        ValueError: If a rating is out of range.
    """
    agg = _exact(ratings)
    if agg is None:
        return Score(votes=0, experience=None, importance=None, spread=None, disagreement=False)
    return Score(
        votes=agg.votes,
        experience=float(agg.experience),
        importance=float(agg.importance),
        spread=_sqrt(agg.variance),
        disagreement=_disagreement(agg),
    )


def emotion_curve(
    phase_ids: Sequence[str],
    touchpoints: Iterable[tuple[str, Sequence[tuple[int, int]]]],
) -> list[float | None]:
    """Compute one lane's emotion curve, one point per phase.

    For each phase, the point is the importance-weighted mean experience of the
    lane's *rated* touchpoints in that phase: each touchpoint contributes its
    mean experience, weighted by its mean importance.

    Args:
        phase_ids: The phases, in display order.
        touchpoints: ``(phase_id, ratings)`` for each touchpoint of the lane.
            Touchpoints whose phase is not in ``phase_ids`` are ignored.

    Returns:
        One value per phase in ``phase_ids`` order, within -2..2, or ``None``
        (a gap) for a phase without any rated touchpoint.

    Raises:
        ValueError: If a rating is out of range.
    """
    weighted: dict[str, Fraction] = {}
    weights: dict[str, Fraction] = {}
    wanted = set(phase_ids)
    for phase_id, ratings in touchpoints:
        agg = _exact(ratings)
        if agg is None or phase_id not in wanted:
            continue
        weighted[phase_id] = weighted.get(phase_id, Fraction(0)) + agg.importance * agg.experience
        weights[phase_id] = weights.get(phase_id, Fraction(0)) + agg.importance
    curve: list[float | None] = []
    for phase_id in phase_ids:
        total = weights.get(phase_id)
        # Mean importance is >= 1 for a rated touchpoint, so total > 0 here.
        curve.append(None if total is None else float(weighted[phase_id] / total))
    return curve


def moments_of_truth(
    touchpoints: Sequence[tuple[str, Sequence[tuple[int, int]]]],
) -> list[Moment]:
    """Rank the touchpoints with a negative mean experience ("moments of truth").

    Priority is ``mean importance * (-mean experience)``. The ranking is by
    priority descending, then mean importance descending, then board order.
    Comparisons are exact, so equal priorities from different ratings tie.
    Unrated touchpoints are never included.

    Args:
        touchpoints: ``(card_id, ratings)`` in board order.

    Returns:
        The moments, most urgent first.

    Raises:
        ValueError: If a rating is out of range.
    """
    ranked: list[tuple[Fraction, Fraction, int, Moment]] = []
    for index, (card_id, ratings) in enumerate(touchpoints):
        agg = _exact(ratings)
        if agg is None or agg.experience >= 0:
            continue
        priority = agg.importance * -agg.experience
        moment = Moment(
            card_id=card_id,
            experience=float(agg.experience),
            importance=float(agg.importance),
            priority=float(priority),
            votes=agg.votes,
            disagreement=_disagreement(agg),
        )
        ranked.append((-priority, -agg.importance, index, moment))
    ranked.sort(key=lambda item: item[:3])
    return [item[3] for item in ranked]
