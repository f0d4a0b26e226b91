"""Malformed interchange JSON: refused whole, with the JSON path, and nothing written.

Hand-written cases cover each kind of problem (wrong types, missing and duplicate ids,
dangling references, out-of-range ratings, huge strings and numbers, deep nesting, a newer
version, a BOM, invalid UTF-8, lone surrogates); a sample goes through ``main.py import``
in a child process, all through ``export.interchange.load``. Hypothesis then mutates the
demo JSON (delete a key, change a type, duplicate an id, break a reference, push a number
out of range, add a key, reorder a list): every mutation is refused with a path message
that points into the document, or imported, in which case it round-trips.
"""

from __future__ import annotations

import copy
import json
import random
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
import rel_support as rs
from hypothesis import given
from hypothesis import strategies as st

from export.interchange import InterchangeError, dump, load, read_file, to_text, validate
from storage.workshop import Workshop
from tests.storage.version2 import upgraded

Doc = dict[str, Any]


def _demo() -> Doc:
    from app.demo import demo_workshop

    return demo_workshop("en")


DEMO = _demo()


def _card(doc: Doc, kind: str = "touchpoint", map_index: int = 0) -> dict:
    return next(c for c in doc["maps"][map_index]["cards"] if c["kind"] == kind)


def _card_index(doc: Doc, kind: str = "touchpoint") -> int:
    return next(i for i, c in enumerate(doc["maps"][0]["cards"]) if c["kind"] == kind)


def _set(path: str, value: Any) -> Callable[[Doc], Any]:
    """A mutation setting the value at a dotted path such as maps[0].cards[1].title."""

    def mutate(doc: Doc) -> Doc:
        *parents, last = _parse(path)
        target = doc
        for part in parents:
            target = target[part]
        target[last] = value
        return doc

    return mutate


def _delete(path: str) -> Callable[[Doc], Any]:
    def mutate(doc: Doc) -> Doc:
        *parents, last = _parse(path)
        target = doc
        for part in parents:
            target = target[part]
        del target[last]
        return doc

    return mutate


def _parse(path: str) -> list[str | int]:
    parts: list[str | int] = []
    for name, index in re.findall(r"([^.\[\]]+)|\[(\d+)\]", path):
        parts.append(int(index) if index else name)
    return parts


TP = _card_index(DEMO, "touchpoint")
NOTE = _card_index(DEMO, "note")
OTHER_MAP_LANE = DEMO["maps"][1]["lanes"][0]["id"]
FIRST_PHASE = DEMO["maps"][0]["phases"][0]["id"]
BIG = "x" * 2_000_000

# name -> (mutation of a demo copy, or the document itself, expected start of the message)
CASES: dict[str, tuple[Any, str]] = {
    "top-level-list": ([DEMO], "(top level)"),
    "top-level-string": ("journeyboard", "(top level)"),
    "top-level-null": (None, "(top level)"),
    "format-missing": (_delete("format"), "format"),
    "format-other": (_set("format", "miro"), "format"),
    "version-newer": (_set("version", 3), "version"),
    "version-much-newer": (_set("version", 10**30), "version"),
    "version-string": (_set("version", "1"), "version"),
    "version-true": (_set("version", True), "version"),
    "version-float": (_set("version", 1.0), "version"),
    "version-zero": (_set("version", 0), "version"),
    "version-missing": (_delete("version"), "version"),
    "title-missing": (_delete("title"), "title"),
    "title-number": (_set("title", 5), "title"),
    "title-nested-deep": (_set("title", json.loads("[" * 500 + "]" * 500)), "title"),
    "language-other": (_set("language", "fr"), "language"),
    "unknown-top-field": (_set("colour", "red"), "colour"),
    "participants-object": (_set("participants", {"id": "p1"}), "participants"),
    "participant-id-missing": (_delete("participants[0].id"), "participants[0].id"),
    "participant-id-empty": (_set("participants[0].id", ""), "participants[0].id"),
    "participant-id-number": (_set("participants[0].id", 7), "participants[0].id"),
    "participant-name-null": (_set("participants[0].name", None), "participants[0].name"),
    "participant-duplicate-id": (
        _set("participants[1].id", DEMO["participants"][0]["id"]),
        "participants[1].id",
    ),
    "persona-color": (_set("personas[0].color", "red"), "personas[0].color"),
    "persona-picture": (_set("personas[0].picture", "not base64!"), "personas[0].picture"),
    "persona-picture-number": (_set("personas[0].picture", 12), "personas[0].picture"),
    "channel-icon-list": (_set("channels[0].icon", ["web"]), "channels[0].icon"),
    "maps-string": (_set("maps", "As-is"), "maps"),
    "map-kind": (_set("maps[0].kind", "future"), "maps[0].kind"),
    "map-based-on-self": (_set("maps[0].based_on", DEMO["maps"][0]["id"]), "maps[0].based_on"),
    "map-based-on-missing": (_set("maps[1].based_on", "nowhere"), "maps[1].based_on"),
    "map-duplicate-id": (_set("maps[1].id", DEMO["maps"][0]["id"]), "maps[1].id"),
    "phase-duplicate-of-card-id": (
        _set("maps[0].phases[1].id", DEMO["maps"][0]["cards"][0]["id"]),
        "maps[0].cards[0].id",
    ),
    "lane-kind": (_set("maps[0].lanes[0].kind", "swimlane"), "maps[0].lanes[0].kind"),
    "lane-persona-missing": (
        _set("maps[0].lanes[0].persona", "nobody"),
        "maps[0].lanes[0].persona",
    ),
    "lane-channel-missing": (
        _set("maps[0].lanes[0].channel", "nowhere"),
        "maps[0].lanes[0].channel",
    ),
    "card-lane-missing": (
        _set(f"maps[0].cards[{TP}].lane", "nowhere"),
        f"maps[0].cards[{TP}].lane",
    ),
    "card-lane-other-map": (
        _set(f"maps[0].cards[{TP}].lane", OTHER_MAP_LANE),
        f"maps[0].cards[{TP}].lane",
    ),
    "card-phase-missing": (
        _set(f"maps[0].cards[{TP}].phase", "nowhere"),
        f"maps[0].cards[{TP}].phase",
    ),
    "card-channel-missing": (
        _set(f"maps[0].cards[{TP}].channel", "nowhere"),
        f"maps[0].cards[{TP}].channel",
    ),
    "card-based-on-missing": (
        _set(f"maps[0].cards[{TP}].based_on", "nowhere"),
        f"maps[0].cards[{TP}].based_on",
    ),
    "card-kind": (_set(f"maps[0].cards[{TP}].kind", "sticky"), f"maps[0].cards[{TP}].kind"),
    "card-id-missing": (_delete(f"maps[0].cards[{TP}].id"), f"maps[0].cards[{TP}].id"),
    "card-title-missing": (_delete(f"maps[0].cards[{TP}].title"), f"maps[0].cards[{TP}].title"),
    "card-direct-string": (
        _set(f"maps[0].cards[{TP}].direct", "yes"),
        f"maps[0].cards[{TP}].direct",
    ),
    "card-unknown-field": (
        _set(f"maps[0].cards[{TP}].colour", "red"),
        f"maps[0].cards[{TP}].colour",
    ),
    "touchpoint-with-note-type": (
        _set(f"maps[0].cards[{TP}].note_type", "pain"),
        f"maps[0].cards[{TP}].note_type",
    ),
    "note-without-type": (
        _delete(f"maps[0].cards[{NOTE}].note_type"),
        f"maps[0].cards[{NOTE}].note_type",
    ),
    "note-type-other": (
        _set(f"maps[0].cards[{NOTE}].note_type", "rant"),
        f"maps[0].cards[{NOTE}].note_type",
    ),
    "note-with-ratings": (
        _set(f"maps[0].cards[{NOTE}].ratings", []),
        f"maps[0].cards[{NOTE}].ratings",
    ),
    "rating-participant-missing": (
        _set(f"maps[0].cards[{TP}].ratings[0].participant", "nobody"),
        f"maps[0].cards[{TP}].ratings[0].participant",
    ),
    "rating-twice": (
        _set(
            f"maps[0].cards[{TP}].ratings[1].participant", _card(DEMO)["ratings"][0]["participant"]
        ),
        f"maps[0].cards[{TP}].ratings[1].participant",
    ),
}
for _name, _value in (
    ("3", 3),
    ("minus-3", -3),
    ("1.5", 1.5),
    ("string", "2"),
    ("true", True),
    ("null", None),
    ("huge", 10**40),
    ("nan", float("nan")),
):
    CASES[f"experience-{_name}"] = (
        _set(f"maps[0].cards[{TP}].ratings[0].experience", _value),
        f"maps[0].cards[{TP}].ratings[0].experience",
    )
for _name, _value in (("0", 0), ("6", 6), ("inf", float("inf"))):
    CASES[f"importance-{_name}"] = (
        _set(f"maps[0].cards[{TP}].ratings[0].importance", _value),
        f"maps[0].cards[{TP}].ratings[0].importance",
    )
CASES["huge-dangling-id"] = (_set(f"maps[0].cards[{TP}].lane", BIG), f"maps[0].cards[{TP}].lane")
CASES["huge-duplicate-id"] = (
    lambda d: _set("participants[1].id", BIG)(_set("participants[0].id", BIG)(d)),
    "participants[1].id",
)
CASES["huge-unknown-key"] = (_set("x" * 100_000, 1), "x" * 40 + "...")
CASES["huge-unknown-key-in-card"] = (
    _set(f"maps[0].cards[{TP}].{'y' * 100_000}", 1),
    f"maps[0].cards[{TP}].{'y' * 40}...",
)
CASES["lone-surrogate-title"] = (_set("title", "Work\ud800shop"), "title")
CASES["lone-surrogate-card"] = (
    _set(f"maps[0].cards[{TP}].kpi", "\udfff"),
    f"maps[0].cards[{TP}].kpi",
)

# Raw file contents for read_file / main.py import: name -> (bytes, words in the message)
RAW: dict[str, tuple[bytes, str]] = {
    "empty-file": (b"", "not valid JSON"),
    "not-json": (b"Journey: As-is\n", "not valid JSON"),
    "truncated-json": (to_text(DEMO).encode()[:5000], "not valid JSON"),
    "trailing-garbage": (to_text(DEMO).encode() + b"}", "not valid JSON"),
    "deep-nesting": (b"[" * 200_000 + b"]" * 200_000, "not valid JSON"),
    "deep-nesting-objects": (b'{"a":' * 100_000 + b"1" + b"}" * 100_000, "not valid JSON"),
    "invalid-utf8": (to_text(DEMO).encode().replace(b"Anna", b"An\xffna", 1), "not UTF-8"),
    "utf16": (to_text(DEMO).encode("utf-16"), "not UTF-8"),
    "bom-and-invalid": (b"\xef\xbb\xbf{", "not valid JSON"),
    "huge-number": (
        to_text(DEMO).encode().replace(b'"version": 2', b'"version": 2' + b"0" * 5000, 1),
        "a number is too long",
    ),
    "newer-version": (to_text(DEMO | {"version": 3}).encode(), "version"),
    "lone-surrogate-escape": (
        to_text(DEMO).encode().replace(b'"Anna"', b'"An\\ud800na"', 1),
        "participants[0].name",
    ),
}


def _apply(case: Any) -> Any:
    if callable(case):
        return case(copy.deepcopy(DEMO))
    return copy.deepcopy(case)


def _assert_refused_with_path(data: Any, folder: Path, expected: str) -> str:
    folder.mkdir(exist_ok=True)
    before = rs.folder_state(folder)
    target = folder / "out.journey"
    with pytest.raises(InterchangeError) as caught:
        load(data, target)
    message = str(caught.value)
    assert message.startswith(f"{expected}: ") or message.startswith(f"{expected}."), message
    assert "\n" not in message and len(message) < 400, message[:500]
    assert rs.folder_state(folder) == before  # no target, no temporary file
    return message


@pytest.mark.parametrize("name", list(CASES))
def test_hand_written_bad_json_is_refused_with_its_path(name: str, tmp_path: Path) -> None:
    case, expected = CASES[name]
    _assert_refused_with_path(_apply(case), tmp_path, expected)
    rs.tally("json: hand-written cases", "refused with path")


@pytest.mark.parametrize("name", list(RAW))
def test_bad_json_files_are_refused_by_read_file(name: str, tmp_path: Path) -> None:
    content, words = RAW[name]
    source = tmp_path / "in.json"
    source.write_bytes(content)
    target = tmp_path / "out.journey"
    with pytest.raises(InterchangeError) as caught:
        load(read_file(source), target)
    message = str(caught.value)
    assert words in message and "\n" not in message and len(message) < 400, message[:500]
    assert sorted(p.name for p in tmp_path.iterdir()) == ["in.json"]
    rs.tally("json: bad files", "refused")


CLI_SAMPLE = (
    sorted(CASES) + sorted(RAW)
    if rs.FULL
    else [
        "version-newer",
        "card-lane-missing",
        "experience-3",
        "lone-surrogate-title",
        "deep-nesting",
        "invalid-utf8",
        "huge-number",
    ]
)


@pytest.mark.timeout(rs.count(120, 900))
def test_main_import_refuses_bad_json_in_one_line(tmp_path: Path) -> None:
    """main.py import IN.json FILE: exit 1, one stderr line with the path, no file."""
    running = []
    for name in CLI_SAMPLE:
        folder = tmp_path / name
        folder.mkdir()
        source = folder / "in.json"
        if name in RAW:
            source.write_bytes(RAW[name][0])
            words = RAW[name][1]
        else:
            data = _apply(CASES[name][0])
            text = json.dumps(data, ensure_ascii=True)  # lone surrogates as \\u escapes
            source.write_text(text, encoding="utf-8")
            words = CASES[name][1]
        proc = rs.start_cli(["import", source, folder / "w.journey"])
        running.append((name, folder, words, proc))
        if len(running) >= 3 or name == CLI_SAMPLE[-1]:
            for item_name, item_folder, item_words, proc in running:
                stdout, stderr = proc.communicate(timeout=120)
                result = rs.subprocess.CompletedProcess(["import"], proc.returncode, stdout, stderr)
                line = rs.assert_refused_cleanly(result, item_words)
                assert len(line) < 500, line[:600]
                assert sorted(p.name for p in item_folder.iterdir()) == ["in.json"], item_name
                rs.tally("json: main.py import", "refused in one line")
            running = []


def test_bom_before_valid_json_is_read(tmp_path: Path) -> None:
    source = tmp_path / "in.json"
    source.write_bytes(b"\xef\xbb\xbf" + to_text(DEMO).encode())
    load(read_file(source), tmp_path / "w.journey")
    with Workshop.open(tmp_path / "w.journey", readonly=True) as workshop:
        assert dump(workshop) == DEMO


# -- hypothesis: mutations of the demo -------------------------------------------------------

REFERENCE_FIELDS = ("lane", "phase", "channel", "persona", "participant", "based_on")


def _locations(value: Any, path: tuple = ()) -> list[tuple]:
    """Every path (tuple of keys and indexes) in a JSON value."""
    out = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            out += _locations(item, (*path, key))
    elif isinstance(value, list):
        for i, item in enumerate(value):
            out += _locations(item, (*path, i))
    return out


def _get(doc: Any, path: tuple) -> Any:
    for part in path:
        doc = doc[part]
    return doc


def _all_ids(doc: Doc) -> list[str]:
    return [
        _get(doc, p)
        for p in _locations(doc)
        if p and p[-1] == "id" and isinstance(_get(doc, p), str)
    ]


OTHER_VALUES = [None, 0, -1, 7, 1.5, "", "x", True, False, [], {}, [1], {"id": "p1"}]


@st.composite
def mutated(draw: st.DrawFn) -> tuple[Doc, list[str]]:
    doc = copy.deepcopy(DEMO)
    done: list[str] = []

    def pick(items: list) -> Any:
        return draw(st.sampled_from(items)) if items else None

    for _ in range(draw(st.integers(1, 3))):
        locations = [p for p in _locations(doc) if p]
        path = pick(locations)
        if path is None:
            break
        parent = _get(doc, path[:-1])
        last = path[-1]
        kind = draw(
            st.sampled_from(
                [
                    "delete",
                    "type",
                    "duplicate-id",
                    "reference",
                    "range",
                    "add-key",
                    "reorder",
                    "swap-reference",
                ]
            )
        )
        target = None
        if kind == "delete":
            del parent[last]
            target = path
        elif kind == "type":
            parent[last] = draw(st.sampled_from(OTHER_VALUES))
            target = path
        elif kind == "duplicate-id":
            target, ids = pick([p for p in locations if p[-1] == "id"]), _all_ids(doc)
            if target is not None and ids:
                _get(doc, target[:-1])["id"] = draw(st.sampled_from(ids))
        elif kind == "reference":
            target = pick([p for p in locations if p[-1] in REFERENCE_FIELDS])
            if target is not None:
                _get(doc, target[:-1])[target[-1]] = draw(
                    st.sampled_from(["nowhere", *_all_ids(doc)[:40]])
                )
        elif kind == "swap-reference":  # another id of the right kind: often still valid
            target = pick([p for p in locations if p[-1] in ("lane", "phase", "channel")])
            if target is not None:
                same = [p for p in locations if p[-1] == target[-1]]
                _get(doc, target[:-1])[target[-1]] = _get(doc, draw(st.sampled_from(same)))
        elif kind == "range":
            target = pick(
                [p for p in locations if p[-1] in ("experience", "importance", "version")]
            )
            if target is not None:
                _get(doc, target[:-1])[target[-1]] = draw(st.integers(-10, 10))
        elif kind == "add-key":
            if isinstance(parent, dict):
                parent[draw(st.sampled_from(["extra", "Id", "ids", "name "]))] = "x"
                target = path[:-1]
        elif kind == "reorder":
            target = pick(
                [p for p in locations if isinstance(_get(doc, p), list) and len(_get(doc, p)) > 1]
            )
            if target is not None:
                random.Random(draw(st.integers(0, 2**16))).shuffle(_get(doc, target))
        if target is not None:
            done.append(f"{kind} at {target}")
    return doc, done


def _resolves(doc: Any, message: str) -> bool:
    """The message's path points into the document (its parent exists)."""
    path = message.split(": ", 1)[0]
    if path == "(top level)":
        return True
    parts = _parse(path)
    try:
        _get(doc, tuple(parts[:-1]))
    except (KeyError, IndexError, TypeError):
        return False
    return True


def _canonical(data: Doc) -> Doc:
    """A validated document with cards in board order and ratings in participant order."""
    model = validate(data).model_dump()
    # A version-1 document imports as version 2, with what version 2 adds filled in.
    model = upgraded(model)
    people = {p["id"]: i for i, p in enumerate(model["participants"])}
    for m in model["maps"]:
        phases = {p["id"]: i for i, p in enumerate(m["phases"])}
        lanes = {lane["id"]: i for i, lane in enumerate(m["lanes"])}
        m["cards"] = sorted(m["cards"], key=lambda c: (phases[c["phase"]], lanes[c["lane"]]))
        for card in m["cards"]:
            card["ratings"].sort(key=lambda r: people[r["participant"]])
    return model


@rs.hsettings(40, 1500)
@given(case=mutated())
def test_mutated_demo_is_refused_with_a_path_or_round_trips(
    case: tuple[Doc, list[str]], tmp_path_factory: pytest.TempPathFactory
) -> None:
    doc, done = case
    folder = tmp_path_factory.mktemp("mutation")
    target = folder / "w.journey"
    try:
        load(copy.deepcopy(doc), target)
    except InterchangeError as error:
        message = str(error)
        assert re.match(r"^(\(top level\)|[A-Za-z_][\w ]*)(\.[^.\[\]:]+|\[\d+\])*: ", message), (
            message,
            done,
        )
        assert _resolves(doc, message), (message, done)
        assert "\n" not in message
        assert [p.name for p in folder.iterdir()] == [], done
        rs.tally("json: mutations", "refused with a path")
        return
    with Workshop.open(target, readonly=True) as workshop:
        exported = dump(workshop)
    assert _canonical(exported) == _canonical(doc), done
    again = folder / "again.journey"
    load(json.loads(to_text(exported)), again)
    with Workshop.open(again, readonly=True) as workshop:
        assert dump(workshop) == exported, done
    rs.tally("json: mutations", "valid: imported and round-tripped")
