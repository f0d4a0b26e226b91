"""Tests for app.demo: the built-in Sonnenkorn Bakery workshop."""

from __future__ import annotations

import json
from statistics import fmean, pstdev

import pytest

from app.blueprint import blueprint_lines
from app.demo import demo_workshop
from app.templates import FORMAT_VERSION, LANGUAGES, default_channels, workshop_from_template

TOUCHPOINT_KEYS = [
    "id",
    "kind",
    "lane",
    "phase",
    "title",
    "description",
    "channel",
    "direct",
    "expectation",
    "owner",
    "kpi",
    "ratings",
    "evidence",
    "source",
    "comments",
]
NOTE_KEYS = [
    "id",
    "kind",
    "note_type",
    "lane",
    "phase",
    "title",
    "description",
    "evidence",
    "source",
    "comments",
]
PROFILE_FIELDS = ["role", "description", "goals", "needs", "pains", "quote"]
# Keys whose values are user-visible text, so they differ between languages.
TEXT_KEYS = {
    "title",
    "name",
    "description",
    "role",
    "goals",
    "needs",
    "pains",
    "quote",
    "expectation",
    "owner",
    "kpi",
    "metric",
    "language",
    "source",
    "text",
    "label",
}


@pytest.fixture(params=LANGUAGES)
def doc(request: pytest.FixtureRequest) -> dict:
    return demo_workshop(request.param)


def touchpoints(board: dict) -> list[dict]:
    return [card for card in board["cards"] if card["kind"] == "touchpoint"]


def experiences(card: dict) -> list[int]:
    return [rating["experience"] for rating in card["ratings"]]


def all_ids(doc: dict) -> list[str]:
    ids = [item["id"] for key in ("participants", "personas", "channels") for item in doc[key]]
    for board in doc["maps"]:
        ids.append(board["id"])
        ids += [
            item["id"]
            for key in ("phases", "lanes", "cards", "actions", "connections")
            for item in board[key]
        ]
        ids += [comment["id"] for card in board["cards"] for comment in card["comments"]]
    return ids


def skeleton(value: object) -> object:
    """``value`` with every user-visible text replaced, to compare languages."""
    if isinstance(value, dict):
        return {
            key: "<text>" if key in TEXT_KEYS else skeleton(item) for key, item in value.items()
        }
    if isinstance(value, list):
        return [skeleton(item) for item in value]
    return value


# --------------------------------------------------------------------------- #
# shape and counts
# --------------------------------------------------------------------------- #


def test_demo_is_a_complete_interchange_document(doc: dict) -> None:
    assert list(doc) == [
        "format",
        "version",
        "title",
        "language",
        "participants",
        "personas",
        "channels",
        "note_types",
        "maps",
    ]
    assert (doc["format"], doc["version"]) == ("journeyboard", FORMAT_VERSION)
    assert "Sonnenkorn" in doc["title"]
    assert doc["channels"] == default_channels(doc["language"])
    assert json.loads(json.dumps(doc, ensure_ascii=False)) == doc


def test_three_participants_and_two_full_personas(doc: dict) -> None:
    assert [participant["name"] for participant in doc["participants"]] == [
        "Anna",
        "Ben",
        "Clara",
    ]
    assert len(doc["personas"]) == 2
    for persona in doc["personas"]:
        assert list(persona) == ["id", "name", *PROFILE_FIELDS, "color"]
        assert all(persona[field].strip() for field in PROFILE_FIELDS), persona["name"]
    colors = [persona["color"] for persona in doc["personas"]]
    assert len(set(colors)) == 2
    assert all(len(color) == 7 and color.startswith("#") for color in colors)


def test_as_is_map_has_the_seven_phases_and_its_lanes(doc: dict) -> None:
    as_is = doc["maps"][0]
    template = workshop_from_template("7-phases", doc["language"])["maps"][0]
    assert (as_is["id"], as_is["kind"]) == ("m1", "as-is")
    assert as_is["phases"] == template["phases"]
    kinds = [lane["kind"] for lane in as_is["lanes"]]
    assert kinds == ["persona", "persona", "channel", "notes", "notes"]
    persona_lanes = [lane["persona"] for lane in as_is["lanes"] if lane["kind"] == "persona"]
    assert persona_lanes == [persona["id"] for persona in doc["personas"]]


def test_touchpoints_cover_every_phase_and_all_nine_channels(doc: dict) -> None:
    as_is = doc["maps"][0]
    cards = touchpoints(as_is)
    assert 28 <= len(cards) <= 32
    assert {card["phase"] for card in cards} == {phase["id"] for phase in as_is["phases"]}
    assert {card["channel"] for card in cards} == {channel["id"] for channel in doc["channels"]}
    assert {card["direct"] for card in cards} == {True, False}
    filled = [card for card in cards if card["expectation"] and card["owner"] and card["kpi"]]
    assert len(filled) >= 10


def test_notes_of_every_type_sit_in_the_notes_lanes(doc: dict) -> None:
    as_is = doc["maps"][0]
    notes_lanes = {lane["id"] for lane in as_is["lanes"] if lane["kind"] == "notes"}
    notes = [card for card in as_is["cards"] if card["kind"] == "note"]
    assert len(notes) >= 8
    assert {note["note_type"] for note in notes} == {"pain", "idea", "thought", "question", "quote"}
    assert all(note["lane"] in notes_lanes for note in notes)


def test_cards_have_exactly_the_interchange_keys(doc: dict) -> None:
    for board in doc["maps"]:
        for card in board["cards"]:
            keys = TOUCHPOINT_KEYS if card["kind"] == "touchpoint" else NOTE_KEYS
            extra = ["based_on"] if "based_on" in card else []
            assert list(card) == keys + extra, card["id"]


# --------------------------------------------------------------------------- #
# ids and references
# --------------------------------------------------------------------------- #


def test_ids_are_unique_across_the_file(doc: dict) -> None:
    ids = all_ids(doc)
    assert len(ids) == len(set(ids))
    assert all(isinstance(item_id, str) and item_id for item_id in ids)


def test_every_reference_resolves(doc: dict) -> None:
    participants = {participant["id"] for participant in doc["participants"]}
    personas = {persona["id"] for persona in doc["personas"]}
    channels = {channel["id"] for channel in doc["channels"]}
    maps = {board["id"]: board for board in doc["maps"]}
    for board in doc["maps"]:
        phases = {phase["id"] for phase in board["phases"]}
        lanes = {lane["id"] for lane in board["lanes"]}
        if "based_on" in board:
            assert board["based_on"] in maps and board["based_on"] != board["id"]
        for lane in board["lanes"]:
            if lane["kind"] == "persona":
                assert lane["persona"] in personas
            if "channel" in lane:
                assert lane["kind"] == "channel" and lane["channel"] in channels
        originals = {card["id"] for card in maps[board.get("based_on", board["id"])]["cards"]}
        for card in board["cards"]:
            assert card["lane"] in lanes and card["phase"] in phases, card["id"]
            if card["kind"] == "touchpoint":
                assert card["channel"] in channels, card["id"]
                raters = [rating["participant"] for rating in card["ratings"]]
                assert set(raters) <= participants and len(raters) == len(set(raters))
            if "based_on" in card:
                assert board.get("based_on") and card["based_on"] in originals, card["id"]


def test_cards_are_listed_in_board_order(doc: dict) -> None:
    for board in doc["maps"]:
        phase_index = {phase["id"]: index for index, phase in enumerate(board["phases"])}
        lane_index = {lane["id"]: index for index, lane in enumerate(board["lanes"])}
        keys = [(phase_index[card["phase"]], lane_index[card["lane"]]) for card in board["cards"]]
        assert keys == sorted(keys)


def test_both_languages_have_the_same_ids_and_structure() -> None:
    english, german = demo_workshop("en"), demo_workshop("de")
    assert all_ids(english) == all_ids(german)
    assert skeleton(english) == skeleton(german)
    assert english["title"] != german["title"]
    english_titles = [card["title"] for card in english["maps"][0]["cards"]]
    german_titles = [card["title"] for card in german["maps"][0]["cards"]]
    assert sum(en != de for en, de in zip(english_titles, german_titles, strict=True)) >= 35


# --------------------------------------------------------------------------- #
# ratings: something for every view to show
# --------------------------------------------------------------------------- #


def test_ratings_are_in_range(doc: dict) -> None:
    for board in doc["maps"]:
        for card in touchpoints(board):
            for rating in card["ratings"]:
                assert list(rating) == ["participant", "experience", "importance"]
                assert type(rating["experience"]) is int and -2 <= rating["experience"] <= 2
                assert type(rating["importance"]) is int and 1 <= rating["importance"] <= 5


def test_most_touchpoints_rated_by_everyone_and_some_unrated(doc: dict) -> None:
    cards = touchpoints(doc["maps"][0])
    counts = [len(card["ratings"]) for card in cards]
    assert counts.count(3) >= len(cards) * 3 // 4
    assert 1 <= counts.count(0) <= 3
    for participant in doc["participants"]:
        rated = [
            card
            for card in cards
            if any(r["participant"] == participant["id"] for r in card["ratings"])
        ]
        assert len(rated) >= len(cards) * 3 // 4, participant["name"]


def test_there_is_disagreement_and_several_moments_of_truth(doc: dict) -> None:
    cards = [card for card in touchpoints(doc["maps"][0]) if card["ratings"]]
    disagreements = [
        card for card in cards if len(card["ratings"]) >= 2 and pstdev(experiences(card)) >= 1
    ]
    assert disagreements
    negative = [card for card in cards if fmean(experiences(card)) < 0]
    assert len(negative) >= 5
    decisive = [card for card in negative if fmean(r["importance"] for r in card["ratings"]) >= 4]
    assert len(decisive) >= 3


def test_emotion_curves_dip_at_purchase_or_delivery(doc: dict) -> None:
    as_is = doc["maps"][0]
    phases = [phase["id"] for phase in as_is["phases"]]
    dip_phases = {phases[3], phases[4]}  # Purchase, Post-purchase
    for lane in (lane for lane in as_is["lanes"] if lane["kind"] == "persona"):
        curve = {}
        for phase in phases:
            cards = [
                card
                for card in touchpoints(as_is)
                if card["lane"] == lane["id"] and card["phase"] == phase and card["ratings"]
            ]
            weights = [fmean(r["importance"] for r in card["ratings"]) for card in cards]
            if cards:
                weighted = sum(
                    w * fmean(experiences(c)) for w, c in zip(weights, cards, strict=True)
                )
                curve[phase] = weighted / sum(weights)
        assert min(curve, key=curve.get) in dip_phases, lane["name"]
        assert curve[phases[0]] > 0, lane["name"]


# --------------------------------------------------------------------------- #
# the to-be map
# --------------------------------------------------------------------------- #


def test_to_be_map_improves_cards_of_the_as_is_map(doc: dict) -> None:
    as_is, to_be = doc["maps"]
    assert (to_be["id"], to_be["kind"], to_be["based_on"]) == ("m2", "to-be", "m1")
    assert [phase["name"] for phase in to_be["phases"]] == [p["name"] for p in as_is["phases"]]
    originals = {card["id"]: card for card in as_is["cards"]}
    carried = [card for card in to_be["cards"] if "based_on" in card]
    assert 8 <= len(carried) <= 14
    for card in carried:
        original = originals[card["based_on"]]
        assert card["kind"] == original["kind"]
        if card["kind"] == "touchpoint":
            assert card["channel"] == original["channel"]
            assert fmean(experiences(card)) > fmean(experiences(original)), card["id"]


def test_to_be_map_is_a_service_blueprint(doc: dict) -> None:
    as_is, to_be = doc["maps"]
    blueprint = workshop_from_template("blueprint", doc["language"])["maps"][0]["lanes"]
    names = {lane["kind"]: lane["name"] for lane in blueprint}
    lanes = [(lane["name"], lane["kind"], lane.get("persona")) for lane in to_be["lanes"]]
    personas = [(p["name"], "persona", p["id"]) for p in doc["personas"]]
    notes = [(lane["name"], "notes", None) for lane in as_is["lanes"] if lane["kind"] == "notes"]
    assert lanes == [
        (names["evidence"], "evidence", None),
        *personas,
        (names["frontstage"], "frontstage", None),
        (names["backstage"], "backstage", None),
        (names["support"], "support", None),
        *notes,
    ]
    # The board draws the three lines between the customers and the staff and systems.
    kinds = [lane["kind"] for lane in to_be["lanes"]]
    lines = [(index, label) for index, label in blueprint_lines(kinds, doc["language"])]
    assert [kinds[index] for index, _label in lines] == ["frontstage", "backstage", "support"]
    assert len({label for _index, label in lines}) == 3
    # A few cards in each blueprint lane, each one rated by the team.
    lane_kind = {lane["id"]: lane["kind"] for lane in to_be["lanes"]}
    for kind in ("evidence", "frontstage", "backstage", "support"):
        cards = [card for card in to_be["cards"] if lane_kind[card["lane"]] == kind]
        assert len(cards) >= 2, kind
        assert all(card["kind"] == "touchpoint" and card["ratings"] for card in cards), kind
    # The as-is map keeps its one backstage lane; it has no arrows.
    assert as_is["connections"] == []


def test_to_be_journey_branches_and_loops_back(doc: dict) -> None:
    to_be = doc["maps"][1]
    cards = {card["id"]: card for card in to_be["cards"]}
    lane_kind = {lane["id"]: lane["kind"] for lane in to_be["lanes"]}
    arrows = to_be["connections"]
    assert all(list(arrow) == ["id", "from", "to", "kind", "label"] for arrow in arrows)
    assert all(arrow["from"] in cards and arrow["to"] in cards for arrow in arrows)
    assert len({(a["from"], a["to"]) for a in arrows}) == len(arrows)
    by_kind = {kind: [a for a in arrows if a["kind"] == kind] for kind in ("alternative", "return")}
    assert by_kind["alternative"] and len(by_kind["return"]) >= 1
    phase = {p["id"]: i for i, p in enumerate(to_be["phases"])}
    for arrow in by_kind["return"]:  # a loop back goes to an earlier phase, with a label
        assert phase[cards[arrow["to"]]["phase"]] < phase[cards[arrow["from"]]["phase"]]
        assert arrow["label"]
    assert all(arrow["label"] for arrow in by_kind["alternative"])
    # Touchpoints of both personas point down to the staff and systems behind them.
    down = [
        (lane_kind[cards[a["from"]]["lane"]], lane_kind[cards[a["to"]]["lane"]]) for a in arrows
    ]
    personas = {lane["id"] for lane in to_be["lanes"] if lane["kind"] == "persona"}
    for lane in personas:
        from_lane = [a for a in arrows if cards[a["from"]]["lane"] == lane]
        assert any(
            lane_kind[cards[a["to"]]["lane"]] in ("frontstage", "backstage", "support")
            for a in from_lane
        ), lane
    assert {below for above, below in down if above == "persona"} >= {
        "frontstage",
        "backstage",
        "support",
    }
    # The failed payment sends Lena back to the shop, in her words.
    payment = next(a for a in by_kind["return"] if a["from"] == "c47")
    assert (payment["to"], payment["label"]) == (
        "c43",
        "payment fails" if doc["language"] == "en" else "Zahlung scheitert",
    )


def test_to_be_arrows_are_labelled_in_both_languages() -> None:
    english, german = (demo_workshop(lang)["maps"][1]["connections"] for lang in LANGUAGES)
    labelled = [(en["label"], de["label"]) for en, de in zip(english, german, strict=True)]
    assert sum(1 for en, de in labelled if en and de and en != de) >= 8
    assert all(bool(en) == bool(de) for en, de in labelled)


def test_unknown_language_is_refused() -> None:
    with pytest.raises(ValueError, match="en, de"):
        demo_workshop("fr")


def test_each_call_returns_a_fresh_document() -> None:
    first = demo_workshop("en")
    first["maps"][0]["cards"][0]["ratings"].clear()
    first["personas"][0]["name"] = "Changed"
    second = demo_workshop("en")
    assert second["maps"][0]["cards"][0]["ratings"]
    assert second["personas"][0]["name"] == "Lena"


def test_the_demo_has_actions_with_owners_and_every_status(doc: dict) -> None:
    as_is, to_be = doc["maps"]
    actions = as_is["actions"]
    assert len(actions) >= 5 and to_be["actions"] == []
    assert {a["status"] for a in actions} == {"open", "in-progress", "done", "dropped"}
    assert all(a["owner"] and a["title"] and a["cards"] for a in actions)
    cards = {card["id"]: card for card in as_is["cards"]}
    # Each action starts from a moment of truth or a pain note.
    assert all(
        any(cards[c]["kind"] == "touchpoint" or cards[c]["note_type"] == "pain" for c in a["cards"])
        for a in actions
    )
    evidence = [card["evidence"] for card in as_is["cards"]]
    assert {"assumption", "reported", "observed"} <= set(evidence)
    assert sum(len(card["comments"]) for card in as_is["cards"]) >= 3
