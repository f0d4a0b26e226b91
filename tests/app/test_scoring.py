"""Tests for app.scoring: worked examples by hand, then hypothesis properties."""

from __future__ import annotations

import math
from fractions import Fraction
from itertools import pairwise

import pytest
from hypothesis import given
from hypothesis import strategies as st

from app.scoring import RULES, Moment, Score, emotion_curve, moments_of_truth, score

# --------------------------------------------------------------------------- #
# score: worked examples
# --------------------------------------------------------------------------- #


def test_score_unrated_is_none_never_zero() -> None:
    s = score([])
    assert s == Score(votes=0, experience=None, importance=None, spread=None, disagreement=False)
    assert s.experience is None and s.experience != 0
    assert s.importance is None
    assert not s.rated


def test_score_means_and_spread() -> None:
    # experiences 2, 1, 0 -> mean 3/3 = 1.0; importances 4, 2, 3 -> mean 9/3 = 3.0
    # deviations 1, 0, -1 -> variance (1 + 0 + 1) / 3 = 2/3 -> spread sqrt(2/3) ~ 0.8165 < 1
    s = score([(2, 4), (1, 2), (0, 3)])
    assert s.votes == 3
    assert s.experience == 1.0
    assert s.importance == 3.0
    assert s.spread == pytest.approx(math.sqrt(2 / 3))
    assert s.disagreement is False
    assert s.rated


def test_score_spread_exactly_one_is_disagreement() -> None:
    # experiences -1, +1 -> mean 0; deviations -1, +1 -> variance 1 -> spread exactly 1.0
    # importances 3, 5 -> mean 4.0
    s = score([(-1, 3), (1, 5)])
    assert s.experience == 0.0
    assert s.importance == 4.0
    assert s.spread == 1.0
    assert s.disagreement is True


def test_score_spread_one_with_four_votes() -> None:
    # experiences 2, 2, 0, 0 -> mean 1; deviations +1, +1, -1, -1 -> variance 1 -> spread 1.0
    s = score([(2, 1), (2, 1), (0, 1), (0, 1)])
    assert s.experience == 1.0
    assert s.spread == 1.0
    assert s.disagreement is True


def test_score_spread_just_below_one_is_not_disagreement() -> None:
    # experiences 1, 1, -1 -> mean 1/3; deviations 2/3, 2/3, -4/3
    # variance (4/9 + 4/9 + 16/9) / 3 = 24/27 = 8/9 -> spread ~ 0.943 < 1
    s = score([(1, 2), (1, 2), (-1, 2)])
    assert s.spread == pytest.approx(math.sqrt(8 / 9))
    assert s.disagreement is False


def test_score_single_vote_never_disagrees() -> None:
    s = score([(-2, 5)])
    assert s == Score(votes=1, experience=-2.0, importance=5.0, spread=0.0, disagreement=False)


def test_score_extreme_disagreement() -> None:
    # -2 and +2 -> mean 0, spread 2
    s = score([(-2, 1), (2, 1)])
    assert s.experience == 0.0
    assert s.spread == 2.0
    assert s.disagreement is True


def test_score_accepts_generators() -> None:
    assert score(r for r in [(1, 1), (1, 3)]).importance == 2.0


@pytest.mark.parametrize(
    "bad",
    [(-3, 1), (3, 1), (0, 0), (0, 6), (0.5, 1), (0, 2.0), (True, 1), (1,), "ab", None],
)
def test_score_rejects_invalid_ratings(bad: object) -> None:
    with pytest.raises(ValueError):
        score([bad])  # type: ignore[list-item]


# --------------------------------------------------------------------------- #
# emotion_curve: worked example
# --------------------------------------------------------------------------- #


def test_emotion_curve_weighted_with_gaps() -> None:
    phases = ["p1", "p2", "p3", "p4"]
    touchpoints = [
        # p1: A mean exp -2, mean imp 5; B mean exp (1+2)/2 = 1.5, mean imp 1
        #     -> (5 * -2 + 1 * 1.5) / (5 + 1) = -8.5 / 6 = -17/12 ~ -1.4167
        ("p1", [(-2, 5)]),
        ("p1", [(1, 1), (2, 1)]),
        # p2: only an unrated touchpoint -> gap (None), not 0
        ("p2", []),
        # p3: C mean exp 1, mean imp (2+4)/2 = 3; D mean exp -1, mean imp 3
        #     -> (3 * 1 + 3 * -1) / 6 = 0.0 (a real point, not a gap)
        ("p3", [(1, 2), (1, 4)]),
        ("p3", [(-1, 3)]),
        # p4: no touchpoints -> gap
        # unknown phase: ignored
        ("elsewhere", [(2, 5)]),
    ]
    curve = emotion_curve(phases, touchpoints)
    assert len(curve) == 4
    assert curve[0] == pytest.approx(-17 / 12)
    assert curve[1] is None
    assert curve[2] == 0.0
    assert curve[3] is None


def test_emotion_curve_weights_by_touchpoint_not_by_vote() -> None:
    # A: three votes of +2 with importance 1 -> mean exp 2, mean imp 1
    # B: one vote of -2 with importance 1    -> mean exp -2, mean imp 1
    # per-touchpoint weighting: (1 * 2 + 1 * -2) / 2 = 0  (per-vote would give (6-2)/4 = 1)
    curve = emotion_curve(["p"], [("p", [(2, 1)] * 3), ("p", [(-2, 1)])])
    assert curve == [0.0]


def test_emotion_curve_importance_weighting() -> None:
    # A: exp +2, imp 1; B: exp -1, imp 5 -> (2 - 5) / 6 = -0.5
    assert emotion_curve(["p"], [("p", [(2, 1)]), ("p", [(-1, 5)])]) == [-0.5]


def test_emotion_curve_follows_phase_order() -> None:
    tps = [("a", [(2, 3)]), ("b", [(-2, 3)])]
    assert emotion_curve(["b", "a"], tps) == [-2.0, 2.0]
    assert emotion_curve([], tps) == []


# --------------------------------------------------------------------------- #
# moments_of_truth: worked example
# --------------------------------------------------------------------------- #


def test_moments_of_truth_ranking() -> None:
    board = [
        ("a", [(-1, 4)]),  # exp -1, imp 4 -> priority 4
        ("b", [(-2, 2)]),  # exp -2, imp 2 -> priority 4 (ties a; lower importance -> after a)
        ("c", [(1, 5)]),  # positive -> excluded
        ("d", []),  # unrated -> excluded (never treated as 0 or as negative)
        ("e", [(0, 3)]),  # exp 0 -> excluded (not < 0)
        ("f", [(-1, 4), (-1, 4)]),  # priority 4, imp 4: ties a fully -> board order, after a
        ("g", [(-2, 5), (-1, 5), (0, 5)]),  # exp -1, imp 5 -> priority 5, first
        ("h", [(2, 1), (-2, 5)]),  # exp 0 (spread 2) -> excluded
        ("i", [(1, 1), (-2, 3)]),  # exp -1/2, imp 2 -> priority 1, last
    ]
    moments = moments_of_truth(board)
    assert [m.card_id for m in moments] == ["g", "a", "f", "b", "i"]
    assert moments[0] == Moment(
        card_id="g", experience=-1.0, importance=5.0, priority=5.0, votes=3, disagreement=False
    )
    assert moments[-1].priority == 1.0
    assert moments[-1].experience == -0.5
    assert moments[-1].disagreement is True  # experiences 1, -2: mean -1/2, spread 1.5


def test_moments_of_truth_exact_ties_from_different_ratings() -> None:
    # "x": exp (-2-2-2)/3 = -2, imp (3+3+4)/3 = 10/3 -> priority 20/3
    # "y": exp (-2-2+0)/3 = -4/3, imp 5          -> priority 20/3 (exact tie)
    # Naive floats give 6.666666666666667 for x and 6.666666666666666 for y, which
    # would wrongly put x first; exactly, they tie and y's higher importance wins.
    board = [
        ("x", [(-2, 3), (-2, 3), (-2, 4)]),
        ("y", [(-2, 5), (-2, 5), (0, 5)]),
    ]
    moments = moments_of_truth(board)
    assert [m.card_id for m in moments] == ["y", "x"]
    assert moments[0].priority == moments[1].priority == pytest.approx(20 / 3)


def test_moments_of_truth_empty() -> None:
    assert moments_of_truth([]) == []
    assert moments_of_truth([("a", []), ("b", [(0, 5)])]) == []


def test_rules_are_plain_strings() -> None:
    assert RULES and all(isinstance(rule, str) and rule for rule in RULES)
    text = " ".join(RULES)
    for word in ("-2", "+2", "importance", "spread", "1.0", "Moments of truth", "never as 0"):
        assert word in text


# --------------------------------------------------------------------------- #
# hypothesis properties
# --------------------------------------------------------------------------- #

ratings_st = st.lists(st.tuples(st.integers(-2, 2), st.integers(1, 5)), max_size=8)
phases_st = st.lists(st.sampled_from(["p1", "p2", "p3", "p4", "p5"]), unique=True, max_size=5)
lane_phases_st = st.sampled_from(["p1", "p2", "p3", "p4", "zz"])
lane_st = st.lists(st.tuples(lane_phases_st, ratings_st), max_size=10)

Ratings = list[tuple[int, int]]
Lane = list[tuple[str, Ratings]]


@st.composite
def boards(draw: st.DrawFn) -> list[tuple[str, list[tuple[int, int]]]]:
    """Touchpoints with unique card ids, in board order."""
    ratings = draw(st.lists(ratings_st, max_size=10))
    return [(f"card{i}", r) for i, r in enumerate(ratings)]


def _exact_mean_experience(ratings: list[tuple[int, int]]) -> Fraction:
    return Fraction(sum(e for e, _ in ratings), len(ratings))


@given(ratings_st, st.data())
def test_score_invariant_under_reordering(ratings: Ratings, data: st.DataObject) -> None:
    shuffled = data.draw(st.permutations(ratings))
    assert score(shuffled) == score(ratings)


@given(ratings_st)
def test_score_ranges(ratings: list[tuple[int, int]]) -> None:
    s = score(ratings)
    assert s.votes == len(ratings)
    if not ratings:
        assert s.experience is s.importance is s.spread is None
        assert not s.disagreement
        return
    assert s.experience is not None and s.importance is not None and s.spread is not None
    assert -2 <= s.experience <= 2
    assert 1 <= s.importance <= 5
    assert 0 <= s.spread <= 2
    m = _exact_mean_experience(ratings)
    exact_variance = sum((e - m) ** 2 for e, _ in ratings) / len(ratings)
    assert s.disagreement == (len(ratings) >= 2 and exact_variance >= 1)


@given(phases_st, lane_st)
def test_curve_points_in_range_or_gap(phases: list[str], lane: Lane) -> None:
    curve = emotion_curve(phases, lane)
    assert len(curve) == len(phases)
    for phase, point in zip(phases, curve, strict=True):
        contributing = [score(r).experience for p, r in lane if p == phase and r]
        if not contributing:
            assert point is None
        else:
            assert point is not None
            assert -2 <= point <= 2
            # a weighted mean lies between the smallest and largest contribution
            assert min(contributing) - 1e-12 <= point <= max(contributing) + 1e-12  # type: ignore[type-var]


@given(phases_st, lane_st, st.data())
def test_curve_invariant_under_reordering(
    phases: list[str], lane: list[tuple[str, list[tuple[int, int]]]], data: st.DataObject
) -> None:
    reordered = [(p, data.draw(st.permutations(r))) for p, r in data.draw(st.permutations(lane))]
    assert emotion_curve(phases, reordered) == emotion_curve(phases, lane)


@given(phases_st, lane_st, lane_phases_st, st.data())
def test_unrated_touchpoint_never_changes_curve(
    phases: list[str],
    lane: list[tuple[str, list[tuple[int, int]]]],
    phase: str,
    data: st.DataObject,
) -> None:
    at = data.draw(st.integers(0, len(lane)))
    with_unrated = [*lane[:at], (phase, []), *lane[at:]]
    assert emotion_curve(phases, with_unrated) == emotion_curve(phases, lane)


@given(boards())
def test_moments_sorted_and_exactly_negative(board: Lane) -> None:
    moments = moments_of_truth(board)
    expected_ids = {cid for cid, r in board if r and _exact_mean_experience(r) < 0}
    assert [m.card_id for m in moments if m.card_id in expected_ids] == [m.card_id for m in moments]
    assert {m.card_id for m in moments} == expected_ids
    assert len(moments) == len(expected_ids)
    position = {cid: i for i, (cid, _) in enumerate(board)}
    for m in moments:
        s = score(dict(board)[m.card_id])
        assert m.experience == s.experience and m.experience < 0
        assert m.importance == s.importance
        assert m.votes == s.votes
        assert m.disagreement == s.disagreement
        assert m.priority == pytest.approx(m.importance * -m.experience)
    for a, b in pairwise(moments):
        assert a.priority >= b.priority
        if a.priority == b.priority:
            assert a.importance >= b.importance
            if a.importance == b.importance:
                assert position[a.card_id] < position[b.card_id]


@given(boards(), st.data())
def test_unrated_touchpoint_never_changes_moments(
    board: list[tuple[str, list[tuple[int, int]]]], data: st.DataObject
) -> None:
    at = data.draw(st.integers(0, len(board)))
    with_unrated = [*board[:at], ("unrated-card", []), *board[at:]]
    assert moments_of_truth(with_unrated) == moments_of_truth(board)


@given(boards(), st.data())
def test_moments_invariant_under_reordering_ratings(
    board: list[tuple[str, list[tuple[int, int]]]], data: st.DataObject
) -> None:
    reordered = [(cid, data.draw(st.permutations(r))) for cid, r in board]
    assert moments_of_truth(reordered) == moments_of_truth(board)
