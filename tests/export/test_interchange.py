"""The interchange JSON: lossless round trips, and bad input refused whole with its JSON path."""

import base64
import copy
import json
import tempfile
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from app.demo import demo_workshop
from export.interchange import (
    VERSION,
    InterchangeError,
    dump,
    load,
    parse_text,
    read_file,
    to_text,
    validate,
)
from storage.workshop import Workshop
from tests.storage.version2 import BUILT_IN_NOTE_TYPES, upgraded


def roundtrip(data: Any, folder: Path, name: str = "w.journey") -> dict[str, Any]:
    path = folder / name
    load(data, path)
    with Workshop.open(path, readonly=True) as workshop:
        return dump(workshop)


# -- round trips -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "de"])
def test_demo_loads_and_dumps_to_exactly_the_demo(tmp_path, lang):
    demo = demo_workshop(lang)
    assert roundtrip(demo, tmp_path) == demo
    assert to_text(roundtrip(demo, tmp_path, "again.journey")) == to_text(demo)


def test_demo_card_order_is_board_order():
    for m in demo_workshop("en")["maps"]:
        phases = [p["id"] for p in m["phases"]]
        lanes = [lane["id"] for lane in m["lanes"]]
        keys = [(phases.index(c["phase"]), lanes.index(c["lane"])) for c in m["cards"]]
        assert keys == sorted(keys)


def test_export_import_export_gives_identical_text(tmp_path, workshop_path):
    with Workshop.open(workshop_path) as workshop:
        workshop.update("persona", "pe1", picture=b"\x89PNG\r\n\x1a\n\x00binary")
        workshop.duplicate_map("m1", "Copy")
        workshop.move("card", "c1", 1, lane_id="l2", phase_id="ph3")
        first = to_text(dump(workshop))
    exported = tmp_path / "first.json"
    exported.write_text(first, encoding="utf-8")
    second = to_text(roundtrip(read_file(exported), tmp_path, "imported.journey"))
    assert second == first


def test_cards_given_out_of_board_order_come_back_in_board_order(tmp_path):
    data = demo_workshop("en")
    cards = data["maps"][0]["cards"]
    cards.reverse()
    out = roundtrip(data, tmp_path)
    phases = [p["id"] for p in out["maps"][0]["phases"]]
    lanes = [lane["id"] for lane in out["maps"][0]["lanes"]]
    keys = [(phases.index(c["phase"]), lanes.index(c["lane"])) for c in out["maps"][0]["cards"]]
    assert keys == sorted(keys)
    # Within one cell the given order is kept (top to bottom).
    assert [
        c["id"] for c in out["maps"][0]["cards"] if c["lane"] == "l1" and c["phase"] == "ph1"
    ] == ["c2", "c1"]


def test_a_one_megabyte_title_round_trips_exactly(tmp_path):
    data = demo_workshop("en")
    data["title"] = ("Journey " * 131072)[:1_000_000] + "!"
    assert len(data["title"]) == 1_000_001
    out = roundtrip(data, tmp_path)
    assert out["title"] == data["title"]
    assert parse_text(to_text(out)) == data


UNUSUAL = [
    "nul\x00inside",
    "emoji 🧁🥐👩‍👩‍👧 and ✨",
    "RTL: مخبز الشمس — עוגה \u202eevil\u202c",
    "combining e\u0301 and zero\u200bwidth",
    "\ttabs\r\nand lines\n",
    "",
    " ",
    "'quotes\" and \\backslashes",
]


@pytest.mark.parametrize("text", UNUSUAL)
def test_unusual_text_round_trips_exactly(tmp_path, text):
    data = demo_workshop("de")
    data["title"] = text
    data["participants"][0]["name"] = text
    data["personas"][0]["quote"] = text
    data["channels"][0]["name"] = text
    data["maps"][0]["name"] = text
    data["maps"][0]["phases"][0]["description"] = text
    data["maps"][0]["cards"][0]["kpi"] = text
    data["maps"][0]["cards"][0]["title"] = text
    out = roundtrip(data, tmp_path)
    assert out == data
    assert parse_text(to_text(out)) == data


def test_import_keeps_given_ids_and_new_items_get_new_ones(tmp_path):
    data = demo_workshop("en")
    path = tmp_path / "w.journey"
    load(data, path)
    with Workshop.open(path) as workshop:
        new = workshop.add("phase", map_id="m1", name="New")
        out = dump(workshop)
    ids = [p["id"] for p in out["maps"][0]["phases"]]
    assert ids[:-1] == [p["id"] for p in data["maps"][0]["phases"]]
    assert ids[-1] == new and new not in json.dumps(data)


def test_read_file_accepts_a_byte_order_mark(tmp_path):
    path = tmp_path / "bom.json"
    path.write_bytes(b"\xef\xbb\xbf" + to_text(demo_workshop("en")).encode())
    assert read_file(path) == demo_workshop("en")


# -- refused input ---------------------------------------------------------------------------

Mutation = Callable[[dict[str, Any]], Any]


def _set(path: str, value: Any) -> Mutation:
    """A mutation setting the value at a dotted path like ``maps.0.cards.3.title``."""

    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        target[int(last) if last.isdigit() else last] = value

    return mutate


def _del(path: str) -> Mutation:
    def mutate(data: dict[str, Any]) -> None:
        *parents, last = path.split(".")
        target: Any = data
        for part in parents:
            target = target[int(part)] if part.isdigit() else target[part]
        del target[last]

    return mutate


# (mutation, the whole message or its start ending in ": ")
REFUSED: dict[str, tuple[Mutation, str]] = {
    "title not text": (_set("title", 5), "title: input should be a valid string"),
    "phase name null": (
        _set("maps.0.phases.0.name", None),
        "maps[0].phases[0].name: input should be a valid string",
    ),
    "direct not bool": (
        _set("maps.0.cards.0.direct", "yes"),
        "maps[0].cards[0].direct: input should be a valid boolean",
    ),
    "experience as text": (
        _set("maps.0.cards.0.ratings.0.experience", "1"),
        "maps[0].cards[0].ratings[0].experience: input should be a valid integer",
    ),
    "experience float": (
        _set("maps.0.cards.0.ratings.0.experience", 1.0),
        "maps[0].cards[0].ratings[0].experience: ",
    ),
    "participants not a list": (_set("participants", {"p1": "Anna"}), "participants: "),
    "participant not an object": (
        _set("participants.0", "Anna"),
        "participants[0]: must be a JSON object",
    ),
    "card not an object": (_set("maps.0.cards.0", [1]), "maps[0].cards[0]: must be a JSON object"),
    "lane persona not text": (_set("maps.0.lanes.0.persona", 5), "maps[0].lanes[0].persona: "),
    "missing id": (_del("maps.0.lanes.2.id"), "maps[0].lanes[2].id: is required"),
    "missing card title": (_del("maps.1.cards.2.title"), "maps[1].cards[2].title: is required"),
    "empty id": (_set("maps.0.id", ""), "maps[0].id: "),
    "duplicate id phase/participant": (
        _set("maps.0.phases.1.id", "p1"),
        "maps[0].phases[1].id: duplicate id 'p1' (also used at participants[0])",
    ),
    "duplicate id channel/persona": (
        _set("channels.2.id", "pe2"),
        "channels[2].id: duplicate id 'pe2' (also used at personas[1])",
    ),
    "duplicate id card/lane of another map": (
        _set("maps.1.cards.0.id", "l1"),
        "maps[1].cards[0].id: duplicate id 'l1' (also used at maps[0].lanes[0])",
    ),
    "duplicate map id": (_set("maps.1.id", "m1"), "maps[1].id: duplicate id 'm1'"),
    "dangling card lane": (
        _set("maps.0.cards.0.lane", "nowhere"),
        "maps[0].cards[0].lane: no lane with id 'nowhere' in this map",
    ),
    "card lane of another map": (
        _set("maps.0.cards.0.lane", "l6"),
        "maps[0].cards[0].lane: no lane with id 'l6' in this map",
    ),
    "dangling card phase": (
        _set("maps.0.cards.1.phase", "ph99"),
        "maps[0].cards[1].phase: no phase with id 'ph99' in this map",
    ),
    "dangling card channel": (
        _set("maps.0.cards.2.channel", "fax"),
        "maps[0].cards[2].channel: no channel with id 'fax'",
    ),
    "dangling lane persona": (
        _set("maps.0.lanes.1.persona", "pe9"),
        "maps[0].lanes[1].persona: no persona with id 'pe9'",
    ),
    "dangling lane channel": (
        _set("maps.0.lanes.2.channel", "fax"),
        "maps[0].lanes[2].channel: no channel with id 'fax'",
    ),
    "dangling rating participant": (
        _set("maps.0.cards.3.ratings.2.participant", "p9"),
        "maps[0].cards[3].ratings[2].participant: no participant with id 'p9'",
    ),
    "rated twice": (
        _set("maps.0.cards.3.ratings.2.participant", "p1"),
        "maps[0].cards[3].ratings[2].participant: participant 'p1' already rated",
    ),
    "dangling map based_on": (
        _set("maps.1.based_on", "m9"),
        "maps[1].based_on: no other map with id 'm9'",
    ),
    "map based on itself": (
        _set("maps.1.based_on", "m2"),
        "maps[1].based_on: no other map with id 'm2'",
    ),
    "dangling card based_on": (
        _set("maps.1.cards.0.based_on", "c99"),
        "maps[1].cards[0].based_on: no other card with id 'c99'",
    ),
    "experience 3": (
        _set("maps.0.cards.3.ratings.1.experience", 3),
        "maps[0].cards[3].ratings[1].experience: must be between -2 and 2",
    ),
    "experience -3": (
        _set("maps.0.cards.3.ratings.1.experience", -3),
        "maps[0].cards[3].ratings[1].experience: must be between -2 and 2",
    ),
    "importance 0": (
        _set("maps.0.cards.3.ratings.1.importance", 0),
        "maps[0].cards[3].ratings[1].importance: must be between 1 and 5",
    ),
    "importance 6": (
        _set("maps.0.cards.3.ratings.0.importance", 6),
        "maps[0].cards[3].ratings[0].importance: must be between 1 and 5",
    ),
    "unknown card field": (
        _set("maps.0.cards.0.colour", "red"),
        "maps[0].cards[0].colour: is not a field of the interchange format",
    ),
    "unknown top-level field": (
        _set("author", "me"),
        "author: is not a field of the interchange format",
    ),
    "note with ratings": (
        _set("maps.0.cards.4.ratings", []),
        "maps[0].cards[4].ratings: only touchpoints have this field",
    ),
    "note with channel": (
        _set("maps.0.cards.4.channel", "web"),
        "maps[0].cards[4].channel: only touchpoints have this field",
    ),
    "note without note_type": (
        _del("maps.0.cards.4.note_type"),
        "maps[0].cards[4].note_type: a note needs a type",
    ),
    "touchpoint with note_type": (
        _set("maps.0.cards.0.note_type", "pain"),
        "maps[0].cards[0].note_type: only notes have a note type",
    ),
    "touchpoint with null note_type": (
        _set("maps.0.cards.0.note_type", None),
        "maps[0].cards[0].note_type: only notes have a note type",
    ),
    "unknown note type": (_set("maps.0.cards.4.note_type", "rant"), "maps[0].cards[4].note_type: "),
    "card kind": (_set("maps.0.cards.0.kind", "sticker"), "maps[0].cards[0].kind: "),
    "map kind": (_set("maps.0.kind", "dream"), "maps[0].kind: "),
    "lane kind": (_set("maps.0.lanes.3.kind", "river"), "maps[0].lanes[3].kind: "),
    "persona lane without persona": (
        _del("maps.0.lanes.0.persona"),
        "maps[0].lanes[0].persona: a persona lane needs a persona",
    ),
    "persona colour": (
        _set("personas.0.color", "orange"),
        "personas[0].color: must be a colour like #3366CC",
    ),
    "persona picture": (
        _set("personas.0.picture", "not base64!"),
        "personas[0].picture: must be base64-encoded image data",
    ),
    "language": (_set("language", "fr"), "language: "),
    "version 3": (
        _set("version", 3),
        "version: format version 3 is newer than this Journeyboard reads (2); "
        "please update Journeyboard",
    ),
    "version text": (_set("version", "1"), "version: "),
    "version true": (_set("version", True), "version: "),
    "version missing": (_del("version"), "version: is required"),
    "format missing": (
        _del("format"),
        'format: must be "journeyboard": this is not a Journeyboard file',
    ),
    "format other": (_set("format", "miro"), 'format: must be "journeyboard"'),
    "action card of another map": (
        _set("maps.0.actions.0.cards.1", "c43"),
        "maps[0].actions[0].cards[1]: no card with id 'c43' in this map",
    ),
    "action card twice": (
        _set("maps.0.actions.0.cards.1", "c23"),
        "maps[0].actions[0].cards[1]: card 'c23' is named twice",
    ),
    "action status unknown": (
        _set("maps.0.actions.1.status", "later"),
        "maps[0].actions[1].status: input should be 'open', 'in-progress', 'done' or 'dropped'",
    ),
    "action value too high": (
        _set("maps.0.actions.0.value", 6),
        "maps[0].actions[0].value: must be between 1 and 5",
    ),
    "action due not a date": (
        _set("maps.0.actions.0.due", "31.03.2026"),
        "maps[0].actions[0].due: must be a date like 2026-03-31",
    ),
    "action id taken by a card": (
        _set("maps.0.actions.0.id", "c1"),
        "maps[0].actions[0].id: duplicate id 'c1' (also used at maps[0].cards[0])",
    ),
    "evidence unknown": (
        _set("maps.0.cards.0.evidence", "rumour"),
        "maps[0].cards[0].evidence: input should be 'assumption', 'reported' or 'observed'",
    ),
    "comment time not a time": (
        _set("maps.0.cards.22.comments.0.time", "yesterday"),
        "maps[0].cards[22].comments[0].time: must be a time like",
    ),
    "lone surrogate": (
        _set("maps.0.cards.2.title", "bad \ud800 text"),
        "maps[0].cards[2].title: invalid text",
    ),
}


@pytest.mark.parametrize("case", REFUSED.values(), ids=REFUSED.keys())
def test_bad_input_is_refused_with_its_json_path_and_writes_nothing(tmp_path, case):
    mutate, expected = case
    data = demo_workshop("en")
    mutate(data)
    target = tmp_path / "out.journey"
    with pytest.raises(InterchangeError) as caught:
        load(data, target)
    message = str(caught.value)
    if expected.endswith(": "):
        assert message.startswith(expected)
    else:
        assert message.startswith(expected), message
    assert "\n" not in message
    assert list(tmp_path.iterdir()) == []  # no file, no temp file
    with pytest.raises(InterchangeError):
        validate(data)


def test_the_documented_example_message():
    data = demo_workshop("en")
    data["maps"][0]["cards"][3]["ratings"][1]["experience"] = 3
    with pytest.raises(InterchangeError) as caught:
        validate(data)
    assert str(caught.value) == "maps[0].cards[3].ratings[1].experience: must be between -2 and 2"


@pytest.mark.parametrize("value", [[], "journeyboard", 1, None, [demo_workshop("en")]])
def test_not_an_object_is_refused(tmp_path, value):
    with pytest.raises(InterchangeError, match=r"^\(top level\): must be a JSON object"):
        load(value, tmp_path / "out.journey")
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize(
    ("text", "where"),
    [
        ('{"format": "journeyboard",', "line 1, column 27"),
        ("{'format': 'journeyboard'}", "line 1, column 2"),
        ("", "line 1, column 1"),
        ('{\n  "title": "x"\n  "version": 1\n}', "line 3, column 3"),
    ],
)
def test_invalid_json_text_says_where(text, where):
    with pytest.raises(InterchangeError) as caught:
        parse_text(text, "in.json")
    assert str(caught.value).startswith(f"in.json: not valid JSON ({where}")


def test_deeply_nested_json_is_refused_cleanly(tmp_path):
    path = tmp_path / "deep.json"
    path.write_text("[" * 100_000 + "]" * 100_000)
    with pytest.raises(InterchangeError, match="nested too deeply"):
        read_file(path)
    deep = '{"format": "journeyboard", "version": 1, "title": ' + "[" * 100_000 + "]" * 100_000
    with pytest.raises(InterchangeError, match="not valid JSON"):
        parse_text(deep + "}")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["deep.json"]


def test_read_file_refusals(tmp_path):
    with pytest.raises(InterchangeError, match="missing.json: no such file"):
        read_file(tmp_path / "missing.json")
    latin = tmp_path / "latin.json"
    latin.write_bytes('{"title": "Bäckerei"}'.encode("latin-1"))
    with pytest.raises(InterchangeError, match=r"latin.json: not UTF-8 text \(byte 12\)"):
        read_file(latin)


def test_load_refuses_an_existing_target(tmp_path):
    from storage.errors import AlreadyExists

    target = tmp_path / "there.journey"
    target.write_text("precious")
    with pytest.raises(AlreadyExists, match="there.journey"):
        load(demo_workshop("en"), target)
    assert target.read_text() == "precious"
    assert [p.name for p in tmp_path.iterdir()] == ["there.journey"]


def test_validation_does_not_change_the_input():
    data = demo_workshop("en")
    kept = copy.deepcopy(data)
    validate(data)
    assert data == kept


# -- property: any valid document round-trips ------------------------------------------------

TEXT = st.text(max_size=8)
IDS = st.text(min_size=1, max_size=6).filter(
    lambda i: i not in {t["id"] for t in BUILT_IN_NOTE_TYPES}
)
COLORS = st.from_regex(r"\A#[0-9A-Fa-f]{6}\Z")


@st.composite
def documents(draw: Any) -> dict[str, Any]:
    """A valid interchange document in the canonical shape ``dump`` writes."""
    counts = {
        name: draw(st.integers(0, top))
        for name, top in (("participants", 3), ("personas", 2), ("channels", 3), ("maps", 2))
    }
    shapes = [
        (draw(st.integers(0, 3)), draw(st.integers(0, 3)), draw(st.integers(0, 5)))
        for _ in range(counts["maps"])
    ]
    measured = [draw(st.integers(0, 4)) for _ in range(counts["maps"])]
    # Ids for everything, up to two note types of the team's own and four connections a map,
    # two comments a card and two actions a map.
    total = sum(counts.values()) + sum(sum(shape) for shape in shapes) + 2 + 4 * len(shapes)
    total += sum(2 * shape[2] + 2 for shape in shapes)
    total += sum(measured)
    ids = iter(draw(st.lists(IDS, min_size=total, max_size=total, unique=True)))

    participants = [{"id": next(ids), "name": draw(TEXT)} for _ in range(counts["participants"])]
    personas = []
    for _ in range(counts["personas"]):
        persona = {"id": next(ids), "name": draw(TEXT)}
        for name in ("role", "description", "goals", "needs", "pains", "quote"):
            persona[name] = draw(TEXT)
        persona["color"] = draw(COLORS)
        picture = draw(st.none() | st.binary(max_size=16))
        if picture is not None:
            persona["picture"] = base64.b64encode(picture).decode("ascii")
        personas.append(persona)
    channels = [
        {"id": next(ids), "name": draw(TEXT), "icon": draw(TEXT), "color": draw(COLORS)}
        for _ in range(counts["channels"])
    ]
    # The built-in note types, maybe renamed, and maybe some of the team's own.
    note_types = [t | {"name": draw(TEXT), "color": draw(COLORS)} for t in BUILT_IN_NOTE_TYPES]
    note_types += [
        {"id": next(ids), "name": draw(TEXT), "color": draw(COLORS), "icon": draw(TEXT)}
        for _ in range(draw(st.integers(0, 2)))
    ]
    channel_ids = [c["id"] for c in channels]
    maps = [
        {"id": next(ids), "name": draw(TEXT), "kind": draw(st.sampled_from(["as-is", "to-be"]))}
        for _ in range(counts["maps"])
    ]
    all_cards: list[dict[str, Any]] = []
    for m, (n_phases, n_lanes, n_cards) in zip(maps, shapes, strict=True):
        others = [x["id"] for x in maps if x is not m]
        if others and draw(st.booleans()):
            m["based_on"] = draw(st.sampled_from(others))
        m["phases"] = [
            {"id": next(ids), "name": draw(TEXT), "description": draw(TEXT)}
            for _ in range(n_phases)
        ]
        lanes = []
        for _ in range(n_lanes):
            kinds = ["channel", "notes", "evidence", "frontstage", "backstage", "support"]
            kinds += ["persona"] if personas else []
            lane = {"id": next(ids), "name": draw(TEXT), "kind": draw(st.sampled_from(kinds))}
            if lane["kind"] == "persona":
                lane["persona"] = draw(st.sampled_from([p["id"] for p in personas]))
            if channel_ids and draw(st.booleans()):
                lane["channel"] = draw(st.sampled_from(channel_ids))
            lane["hidden"] = draw(st.booleans())
            lanes.append(lane)
        m["lanes"] = lanes
        cards = []
        if m["phases"] and lanes:
            for _ in range(n_cards):
                card: dict[str, Any] = {"id": next(ids)}
                lane_id = draw(st.sampled_from([lane["id"] for lane in lanes]))
                phase_id = draw(st.sampled_from([p["id"] for p in m["phases"]]))
                if draw(st.booleans()):
                    rated = [p for p in participants if draw(st.booleans())]
                    card |= {
                        "kind": "touchpoint",
                        "lane": lane_id,
                        "phase": phase_id,
                        "title": draw(TEXT),
                        "description": draw(TEXT),
                        "channel": draw(st.none() | st.sampled_from(channel_ids))
                        if channel_ids
                        else None,
                        "direct": draw(st.booleans()),
                        "expectation": draw(TEXT),
                        "owner": draw(TEXT),
                        "kpi": draw(TEXT),
                        "ratings": [
                            {
                                "participant": p["id"],
                                "experience": draw(st.integers(-2, 2)),
                                "importance": draw(st.integers(1, 5)),
                            }
                            for p in rated
                        ],
                    }
                else:
                    card |= {
                        "kind": "note",
                        "note_type": draw(st.sampled_from([t["id"] for t in note_types])),
                        "lane": lane_id,
                        "phase": phase_id,
                        "title": draw(TEXT),
                        "description": draw(TEXT),
                    }
                card["evidence"] = draw(st.sampled_from(["assumption", "reported", "observed"]))
                card["source"] = draw(TEXT)
                card["comments"] = [
                    {
                        "id": next(ids),
                        "author": draw(TEXT),
                        "time": draw(st.sampled_from(["", "2026-01-20T10:12:00+00:00"])),
                        "text": draw(TEXT),
                        "resolved": draw(st.booleans()),
                    }
                    for _ in range(draw(st.integers(0, 2)))
                ]
                cards.append(card)
        phase_order = [p["id"] for p in m["phases"]]
        lane_order = [lane["id"] for lane in lanes]
        m["cards"] = sorted(
            cards, key=lambda c: (phase_order.index(c["phase"]), lane_order.index(c["lane"]))
        )
        all_cards += m["cards"]
        m["connections"] = []
        if len(cards) >= 2:
            for _ in range(draw(st.integers(0, 4))):
                ends = draw(st.permutations([c["id"] for c in cards]))[:2]
                m["connections"].append(
                    {
                        "id": next(ids),
                        "from": ends[0],
                        "to": ends[1],
                        "kind": draw(st.sampled_from(["flow", "alternative", "return"])),
                        "label": draw(TEXT),
                    }
                )
        card_ids = [c["id"] for c in m["cards"]]
        m["actions"] = [
            {
                "id": next(ids),
                "title": draw(TEXT),
                "cards": draw(st.lists(st.sampled_from(card_ids), unique=True, max_size=3))
                if card_ids
                else [],
                "owner": draw(TEXT),
                "status": draw(st.sampled_from(["open", "in-progress", "done", "dropped"])),
                "due": draw(st.sampled_from(["", "2026-03-31"])),
                "value": draw(st.integers(1, 5)),
                "effort": draw(st.integers(1, 5)),
            }
            for _ in range(draw(st.integers(0, 2)))
        ]
    for card in all_cards:
        others = [c["id"] for c in all_cards if c is not card]
        if others and draw(st.integers(0, 3)) == 0:
            card["based_on"] = draw(st.sampled_from(others))
    for m, count in zip(maps, measured, strict=True):  # in the order a file gives back
        order = [c["id"] for c in m["cards"] if c["kind"] == "touchpoint"]
        measurements = []
        for _ in range(count if order else 0):
            item = {
                "id": next(ids),
                "card": draw(st.sampled_from(order)),
                "metric": draw(TEXT.filter(bool)),
                "date": draw(st.dates()).isoformat(),
                "value": draw(st.floats(allow_nan=False, allow_infinity=False)),
                "unit": draw(TEXT),
            }
            if draw(st.booleans()):
                item["target"] = draw(st.floats(allow_nan=False, allow_infinity=False))
            measurements.append(item)
        m["measurements"] = sorted(
            measurements, key=lambda x: (order.index(x["card"]), x["metric"], x["date"], x["id"])
        )
    return {
        "format": "journeyboard",
        "version": VERSION,
        "title": draw(TEXT),
        "language": draw(st.sampled_from(["en", "de"])),
        "participants": participants,
        "personas": personas,
        "channels": channels,
        "note_types": note_types,
        "maps": maps,
    }


@settings(max_examples=20, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(documents())
def test_any_valid_document_round_trips(data):
    validate(data)
    with tempfile.TemporaryDirectory() as folder:
        out = roundtrip(data, Path(folder))
    assert out == data
    assert parse_text(to_text(out)) == data  # so export -> import -> export is identical too


def test_a_version_1_document_imports_unchanged(tmp_path: Path) -> None:
    # The released version-1 fixture: what it holds comes back whole, as version 2.
    fixture = Path(__file__).resolve().parents[1] / "_files" / "workshop-v1.json"
    old = json.loads(fixture.read_text(encoding="utf-8"))
    assert old["version"] == 1
    assert roundtrip(old, tmp_path) == upgraded(old) | {"version": VERSION}
