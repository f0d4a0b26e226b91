"""The demo's moments-of-truth list, computed by hand from the raw ratings."""

from __future__ import annotations

from fractions import Fraction
from pathlib import Path

from app.demo import demo_workshop
from app.mapdata import read_map
from storage.workshop import Workshop


def expected_moments(board: dict) -> list[str]:
    """The scoring rules of app/scoring.py restated in plain Python: touchpoints with a negative mean experience,
    by mean importance x (-mean experience) descending, then importance, then board order."""
    ranked = []
    for order, card in enumerate(c for c in board["cards"] if c["kind"] == "touchpoint"):
        ratings = card["ratings"]
        if not ratings:
            continue  # unrated is never a moment of truth
        experience = Fraction(sum(r["experience"] for r in ratings), len(ratings))
        importance = Fraction(sum(r["importance"] for r in ratings), len(ratings))
        if experience < 0:
            ranked.append((-importance * -experience, -importance, order, card["id"]))
    return [card_id for *_keys, card_id in sorted(ranked)]


def test_demo_moments_match_the_hand_calculation(workshop_path: Path) -> None:
    board = demo_workshop("en")["maps"][0]
    expected = expected_moments(board)
    with Workshop.open(workshop_path, readonly=True) as workshop:
        moments = read_map(workshop, "m1").moments
    assert [m.card_id for m in moments] == expected
    assert len(expected) == 16


def test_demo_top_three_by_hand(workshop_path: Path) -> None:
    # Checked by hand against app/demo.py:
    #  c23 "Delivery arrives": (-2,5) (-2,5) (-1,5) -> -5/3, 5    -> priority 25/3 = 8.33
    #  c9  "Quote requested by e-mail": (-2,5) (-2,4) (-1,5) -> -5/3, 14/3 -> 70/9 = 7.78
    #  c17 "Checkout and payment": (-2,5) (-1,5) (-2,4) -> -5/3, 14/3 -> 70/9 = 7.78
    #  c19 and c26 tie with c9 and c17 too (same experience and importance): board order
    #  decides, and c9 (Interest) comes before c17 (Purchase), c19 (Purchase, Tom's lane
    #  below Lena's) and c26 (Post-purchase).
    with Workshop.open(workshop_path, readonly=True) as workshop:
        data = read_map(workshop, "m1")
    top = data.moments[:3]
    assert [data.card_by_id[m.card_id].title for m in top] == [
        "Delivery arrives",
        "Quote requested by e-mail",
        "Checkout and payment",
    ]
    assert [m.card_id for m in data.moments[:5]] == ["c23", "c9", "c17", "c19", "c26"]
    assert top[0].priority == float(Fraction(25, 3))
    assert top[1].priority == top[2].priority == float(Fraction(70, 9))
    assert top[0].experience == float(Fraction(-5, 3))
