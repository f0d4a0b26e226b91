"""app.filters.card_filter on the demo's as-is map."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from app.filters import card_filter
from app.mapdata import MapData, read_map
from storage.workshop import Workshop


@pytest.fixture(scope="module")
def as_is(tmp_path_factory: pytest.TempPathFactory) -> Iterator[MapData]:
    from app.demo import demo_workshop
    from export.interchange import load

    path = Path(tmp_path_factory.mktemp("filters")) / "demo.journey"
    load(demo_workshop("en"), path)
    with Workshop.open(path, readonly=True) as workshop:
        yield read_map(workshop, "m1")


def matching(data: MapData, predicate) -> set[str]:
    return {card.id for card in data.cards if predicate(card.id)}


def test_nothing_set_is_none(as_is: MapData) -> None:
    assert card_filter(as_is) is None
    assert card_filter(as_is, direct=None, moments_only=False) is None


def test_persona_matches_its_lanes_only(as_is: MapData) -> None:
    # Lena's lane l1 in the as-is map; Tom is l2.
    expected = {c.id for c in as_is.cards if c.lane_id == "l1"}
    assert matching(as_is, card_filter(as_is, persona_id="pe1")) == expected
    assert {"c1", "c2", "c6", "c23"} <= expected
    assert "c8" not in expected  # Tom's
    assert card_filter(as_is, persona_id="nobody")("c1") is False


def test_channel(as_is: MapData) -> None:
    assert matching(as_is, card_filter(as_is, channel_id="email")) == {"c9", "c18", "c31"}


def test_direct_and_indirect(as_is: MapData) -> None:
    indirect = matching(as_is, card_filter(as_is, direct=False))
    assert indirect == {"c2", "c3", "c7", "c34", "c37"}
    direct = matching(as_is, card_filter(as_is, direct=True))
    notes = {c.id for c in as_is.cards if c.kind == "note"}
    assert direct.isdisjoint(indirect) and direct.isdisjoint(notes)
    assert len(direct) + len(indirect) == 30  # every touchpoint is one or the other


def test_moments_and_disagreements(as_is: MapData) -> None:
    moments = matching(as_is, card_filter(as_is, moments_only=True))
    assert moments == {m.card_id for m in as_is.moments}
    disagreements = matching(as_is, card_filter(as_is, disagreements_only=True))
    # c7: experiences -2, 1, 2 -> spread 1.70; c14: -1, -2, 1 -> 1.25; c33: -2, 1, 0 -> 1.25
    assert {"c7", "c14", "c33"} <= disagreements
    assert "c23" not in disagreements  # -2, -2, -1: they agree
    both = matching(as_is, card_filter(as_is, moments_only=True, disagreements_only=True))
    assert both == moments & disagreements
    assert both == {"c14", "c33"}


def test_criteria_combine_with_and(as_is: MapData) -> None:
    lena_web = matching(as_is, card_filter(as_is, persona_id="pe1", channel_id="web"))
    assert lena_web == {"c6", "c12", "c17"}


def test_unknown_ids_never_match(as_is: MapData) -> None:
    assert card_filter(as_is, direct=True)("c43") is False  # a card of the to-be map


@settings(max_examples=60, deadline=None)
@given(
    persona=st.sampled_from([None, "pe1", "pe2"]),
    channel=st.sampled_from([None, "web", "email", "reviews", "ads"]),
    direct=st.sampled_from([None, True, False]),
    moments=st.booleans(),
    disagreements=st.booleans(),
)
def test_predicate_is_the_conjunction_of_the_criteria(
    as_is: MapData, persona, channel, direct, moments, disagreements
) -> None:
    predicate = card_filter(as_is, persona, channel, direct, moments, disagreements)
    if predicate is None:
        assert (persona, channel, direct, moments, disagreements) == (
            None,
            None,
            None,
            False,
            False,
        )
        return
    lanes = {lane.id: lane for lane in as_is.lanes}
    moment_ids = {m.card_id for m in as_is.moments}
    for card in as_is.cards:
        lane = lanes[card.lane_id]
        expected = (
            (persona is None or (lane.kind == "persona" and lane.persona_id == persona))
            and (channel is None or card.channel_id == channel)
            and (direct is None or (card.kind == "touchpoint" and card.direct == direct))
            and (not moments or card.id in moment_ids)
            and (
                not disagreements
                or (card.kind == "touchpoint" and as_is.scores[card.id].disagreement)
            )
        )
        assert predicate(card.id) == expected, card.id
