"""Export: the interchange JSON (format "journeyboard", version 2; 1 still reads), both directions.

``dump`` (export.interchange_dump) writes a workshop as a dict; ``load`` validates a dict whole (pydantic, then
references) and writes a new workshop file from it. Bad input is refused with the JSON
path of the first problem and nothing is written. ``dump(load(x)) == x`` for valid x.
"""

from __future__ import annotations

import base64
import binascii
import gc
import json
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

from pydantic import AfterValidator, BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr
from pydantic import ValidationError as PydanticError
from pydantic_core import ErrorDetails, PydanticCustomError

from export import interchange_actions as extras
from export import interchange_rows, measurements_json, pictures
from export.interchange_connections import (
    ConnectionIn,
    NoteTypeIn,
    check_connections,
    default_note_types,
)
from export.interchange_dump import FORMAT, VERSION
from export.interchange_dump import dump as dump
from export.interchange_dump import to_text as to_text
from storage import bulk, db, paths
from storage.errors import FileProblem, JourneyError, shown
from storage.tables import TABLES
from storage.vocabulary import (
    CARD_KINDS,
    EXPERIENCE_RANGE,
    IMPORTANCE_RANGE,
    LANE_KINDS,
    MAP_KINDS,
    NOTE_TYPES,
)

if TYPE_CHECKING:
    pass

# Versions this Journeyboard reads: an older document imports unchanged (what it lacks
# takes its default).
READ_VERSIONS = (1, 2)


class InterchangeError(JourneyError):
    """Refused interchange input; the message starts with the JSON path of the problem."""


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid")


Id = Annotated[StrictStr, Field(min_length=1)]
T = TypeVar("T")
# A list stops at its first bad item: only the first problem is reported, and a list of
# millions of bad items would otherwise collect millions of errors (gigabytes).
Items = Annotated[list[T], Field(fail_fast=True)]
# Objects and lists in one document: each costs a hundred bytes or more once parsed and
# checked, whatever its text. A 2,000-card workshop has about 25,000; one of 100,000
# cards rated by five participants has 700,000 (about 100 MB of JSON).
MAX_CONTAINERS = 1_500_000


# Where a field mirrors a column, its default, its choices, its range and its pattern are
# the column's, as storage.models declares them (the field names and which fields the
# JSON requires are the interchange contract's own).


def _default(table: str, column: str) -> Any:
    """The column's default: what a field left out of the document gets."""
    return TABLES[table].column[column].default


def _one_of(values: tuple[str, ...]) -> Any:
    """A check that a text is one of ``values``, refused as pydantic refuses a Literal."""
    quoted = [repr(value) for value in values]
    expected = f"{', '.join(quoted[:-1])} or {quoted[-1]}" if len(quoted) > 1 else quoted[0]

    def check(value: str) -> str:
        if value not in values:
            raise PydanticCustomError(
                "literal_error", "Input should be {expected}", {"expected": expected}
            )
        return value

    return check


def _pattern(table: str, column: str) -> str:
    return f"^{TABLES[table].patterns[column][0]}$"


LaneKind = Annotated[StrictStr, AfterValidator(_one_of(LANE_KINDS))]
CardKind = Annotated[StrictStr, AfterValidator(_one_of(CARD_KINDS))]
NoteType = Annotated[StrictStr, AfterValidator(_one_of(NOTE_TYPES))]
MapKind = Annotated[StrictStr, AfterValidator(_one_of(MAP_KINDS))]
Color = Annotated[StrictStr, Field(pattern=_pattern("persona", "color"))]
Experience = Annotated[StrictInt, Field(ge=EXPERIENCE_RANGE[0], le=EXPERIENCE_RANGE[1])]
Importance = Annotated[StrictInt, Field(ge=IMPORTANCE_RANGE[0], le=IMPORTANCE_RANGE[1])]


class ParticipantIn(_Model):
    id: Id
    name: StrictStr


class PersonaIn(_Model):
    id: Id
    name: StrictStr
    role: StrictStr = _default("persona", "role")
    description: StrictStr = _default("persona", "description")
    goals: StrictStr = _default("persona", "goals")
    needs: StrictStr = _default("persona", "needs")
    pains: StrictStr = _default("persona", "pains")
    quote: StrictStr = _default("persona", "quote")
    color: Color = _default("persona", "color")
    picture: StrictStr | None = None  # base64 of the column's bytes


class ChannelIn(_Model):
    id: Id
    name: StrictStr
    icon: StrictStr = _default("channel", "icon")
    # Version 2; a channel without one gets a colour by its place in the list.
    color: Annotated[StrictStr, Field(pattern=r"^#[0-9A-Fa-f]{6}$")] | None = None


class PhaseIn(_Model):
    id: Id
    name: StrictStr
    description: StrictStr = _default("phase", "description")


class LaneIn(_Model):
    id: Id
    name: StrictStr
    kind: LaneKind
    persona: Id | None = _default("lane", "persona_id")
    channel: Id | None = _default("lane", "channel_id")
    hidden: StrictBool = _default("lane", "hidden")


class RatingIn(_Model):
    participant: Id
    experience: Experience
    importance: Importance


class CardIn(_Model):
    id: Id
    kind: CardKind
    note_type: Id | None = None  # a note type's id: built-in or the workshop's own
    lane: Id
    phase: Id
    title: StrictStr
    description: StrictStr = _default("card", "description")
    channel: Id | None = _default("card", "channel_id")
    direct: StrictBool = _default("card", "direct")
    expectation: StrictStr = _default("card", "expectation")
    owner: StrictStr = _default("card", "owner")
    kpi: StrictStr = _default("card", "kpi")
    ratings: Items[RatingIn] = []
    based_on: Id | None = _default("card", "based_on")
    evidence: extras.Evidence = _default("card", "evidence")
    source: StrictStr = _default("card", "source")
    comments: Items[extras.CommentIn] = []


class MapIn(_Model):
    id: Id
    name: StrictStr
    kind: MapKind
    based_on: Id | None = _default("map", "based_on")
    phases: Items[PhaseIn] = []
    lanes: Items[LaneIn] = []
    cards: Items[CardIn] = []
    connections: Items[ConnectionIn] = []
    actions: Items[extras.ActionIn] = []
    measurements: Items[measurements_json.MeasurementIn] = []


class WorkshopIn(_Model):
    format: Literal["journeyboard"]
    version: Literal[1, 2]
    title: StrictStr
    language: Literal["en", "de"] = "en"
    participants: Items[ParticipantIn] = []
    personas: Items[PersonaIn] = []
    channels: Items[ChannelIn] = []
    note_types: Items[NoteTypeIn] | None = None  # absent (version 1): the built-in five
    maps: Items[MapIn] = []


TOUCHPOINT_ONLY = ("channel", "direct", "expectation", "owner", "kpi", "ratings")
RANGES = {
    "experience": "between {} and {}".format(*EXPERIENCE_RANGE),
    "importance": "between {} and {}".format(*IMPORTANCE_RANGE),
    **extras.RANGES,
}


def _path(loc: tuple[Any, ...]) -> str:
    text = ""
    for part in loc:
        if isinstance(part, int):
            text += f"[{part}]"
            continue
        if not part.isprintable():  # newlines, terminal escapes: shown escaped and quoted
            part = f"[{_short(part, 42)}]"
        elif len(part) > 40:  # an unknown key may be megabytes long
            part = f"{part[:40]}..."
        text += part if part.startswith("[") or not text else f".{part}"
    return text or "(top level)"


def _message(error: ErrorDetails) -> str:
    field = error["loc"][-1] if error["loc"] else None
    kind = error["type"]
    if field in RANGES and kind in ("greater_than_equal", "less_than_equal"):
        return f"must be {RANGES[field]}"
    if kind == "missing":
        return "is required"
    if kind in ("model_type", "dict_type"):  # pydantic would name our internal class
        return "must be a JSON object"
    if kind == "extra_forbidden":
        return "is not a field of the interchange format"
    if kind == "literal_error" and field == "note_type":
        return "must be the id of a note type"
    if kind == "string_pattern_mismatch" and field == "color":
        return "must be a colour like #3366CC"
    return error["msg"][0].lower() + error["msg"][1:]


def _fail(path: str, message: str) -> InterchangeError:
    return InterchangeError(f"{path}: {message}")


def _short(value: str, limit: int = 60) -> str:
    """``repr(value)`` for a message, cut short: an id may be megabytes long."""
    text = repr(value)
    return text if len(text) <= limit else f"{text[: limit - 5]}...{text[-1]}"


@contextmanager
def _no_collection() -> Iterator[None]:
    """Python's cycle collector paused while a document is parsed, checked and written.

    Parsing and checking allocate millions of objects and free none; each collection
    walks all of them, so with the collector on the time grew with the square of the
    size (100,000 cards: pydantic's check 8.4 s instead of 1.3 s). None of these
    objects form cycles; the collector runs again afterwards.
    """
    was_enabled = gc.isenabled()
    gc.disable()
    try:
        yield
    finally:
        if was_enabled:
            gc.enable()


def validate(data: Any) -> WorkshopIn:
    """Validate an interchange document whole; raise InterchangeError at the first problem."""
    if not isinstance(data, dict):
        raise _fail("(top level)", "must be a JSON object")
    if data.get("format") != FORMAT:
        raise _fail("format", 'must be "journeyboard": this is not a Journeyboard file')
    version = data.get("version")
    if isinstance(version, int) and not isinstance(version, bool) and version > VERSION:
        raise _fail(
            "version",
            f"format version {version} is newer than this Journeyboard reads ({VERSION}); "
            "please update Journeyboard",
        )
    if isinstance(version, bool | float):  # pydantic would take true or 1.0 for 1
        raise _fail("version", f"input should be one of {', '.join(map(str, READ_VERSIONS))}")
    _check_text(data)
    try:
        with _no_collection():
            workshop = WorkshopIn.model_validate(data)
    except PydanticError as error:
        first = error.errors()[0]
        raise _fail(_path(first["loc"]), _message(first)) from None
    _check_references(workshop)
    return workshop


def _check_text(data: Any) -> None:
    """Refuse text that cannot be stored as UTF-8 (a lone surrogate such as "\\ud800")."""
    try:  # one pass in C over the whole document when all is well (100,000 cards: 0.2 s)
        json.dumps(data, ensure_ascii=False, check_circular=False).encode("utf-8")
        return
    except (TypeError, ValueError, RecursionError):  # UnicodeEncodeError: find where
        pass
    pending: list[tuple[Any, tuple[Any, ...]]] = [(data, ())]
    while pending:  # iterative: nesting depth does not matter
        value, loc = pending.pop()
        if isinstance(value, str):
            try:
                value.encode("utf-8")
            except UnicodeEncodeError as error:
                raise _fail(
                    _path(loc), f"invalid text (a lone surrogate at character {error.start})"
                ) from None
        elif isinstance(value, dict):
            pending += [(item, (*loc, str(key))) for key, item in reversed(value.items())]
        elif isinstance(value, list):
            pending += [(item, (*loc, i)) for i, item in reversed(list(enumerate(value)))]


def _check_references(w: WorkshopIn) -> None:
    seen: dict[str, str] = {}

    def unique(item_id: str, path: str) -> None:
        if item_id in seen:
            raise _fail(
                f"{path}.id", f"duplicate id {_short(item_id)} (also used at {seen[item_id]})"
            )
        seen[item_id] = path

    participants = {p.id for p in w.participants}
    personas = {p.id for p in w.personas}
    channels = {c.id for c in w.channels}
    maps = {m.id for m in w.maps}
    all_cards = {c.id for m in w.maps for c in m.cards}
    note_types = {t.id for t in (w.note_types or default_note_types())}
    for name, items in (
        ("participants", w.participants),
        ("personas", w.personas),
        ("channels", w.channels),
        ("note_types", w.note_types or []),
    ):
        for i, item in enumerate(items):
            unique(item.id, f"{name}[{i}]")
    for i, persona in enumerate(w.personas):
        if persona.picture is not None:
            try:
                raw = base64.b64decode(persona.picture, validate=True)
            except (binascii.Error, ValueError):
                raise _fail(f"personas[{i}].picture", "must be base64-encoded image data") from None
            refused = pictures.problem(raw)
            if refused:
                raise _fail(f"personas[{i}].picture", refused)
    for m_i, m in enumerate(w.maps):
        where = f"maps[{m_i}]"
        unique(m.id, where)
        if m.based_on is not None and (m.based_on not in maps or m.based_on == m.id):
            raise _fail(f"{where}.based_on", f"no other map with id {_short(m.based_on)}")
        for i, phase in enumerate(m.phases):
            unique(phase.id, f"{where}.phases[{i}]")
        for i, lane in enumerate(m.lanes):
            path = f"{where}.lanes[{i}]"
            unique(lane.id, path)
            if lane.kind == "persona" and lane.persona is None:
                raise _fail(f"{path}.persona", "a persona lane needs a persona")
            if lane.persona is not None and lane.persona not in personas:
                raise _fail(f"{path}.persona", f"no persona with id {_short(lane.persona)}")
            if lane.channel is not None and lane.channel not in channels:
                raise _fail(f"{path}.channel", f"no channel with id {_short(lane.channel)}")
        phases = {p.id for p in m.phases}
        lanes = {lane.id for lane in m.lanes}
        for i, card in enumerate(m.cards):
            path = f"{where}.cards[{i}]"
            unique(card.id, path)
            _check_card(card, path, phases, lanes, channels, participants, all_cards)
            extras.check_comments(card.comments, path, unique, _fail)
            if card.note_type is not None and card.note_type not in note_types:
                raise _fail(f"{path}.note_type", f"no note type with id {_short(card.note_type)}")
        cards = {c.id for c in m.cards}
        check_connections(m.connections, where, cards, all_cards - cards, unique, _fail, _short)
        extras.check_actions(m.actions, where, cards, unique, _fail, _short)
        touchpoints = {c.id for c in m.cards if c.kind == "touchpoint"}
        measurements_json.check(m.measurements, where, touchpoints, unique, _fail)


def _check_card(
    card: CardIn,
    path: str,
    phases: set[str],
    lanes: set[str],
    channels: set[str],
    participants: set[str],
    all_cards: set[str],
) -> None:
    if card.lane not in lanes:
        raise _fail(f"{path}.lane", f"no lane with id {_short(card.lane)} in this map")
    if card.phase not in phases:
        raise _fail(f"{path}.phase", f"no phase with id {_short(card.phase)} in this map")
    if card.kind == "note":
        if card.note_type is None:
            raise _fail(f"{path}.note_type", "a note needs a type, e.g. pain or idea")
        for name in TOUCHPOINT_ONLY:
            if name in card.model_fields_set:
                raise _fail(f"{path}.{name}", "only touchpoints have this field")
    elif "note_type" in card.model_fields_set:
        raise _fail(f"{path}.note_type", "only notes have a note type")
    if card.channel is not None and card.channel not in channels:
        raise _fail(f"{path}.channel", f"no channel with id {_short(card.channel)}")
    if card.based_on is not None and (card.based_on not in all_cards or card.based_on == card.id):
        raise _fail(f"{path}.based_on", f"no other card with id {_short(card.based_on)}")
    rated: set[str] = set()
    for r_i, rating in enumerate(card.ratings):
        if rating.participant not in participants:
            raise _fail(
                f"{path}.ratings[{r_i}].participant",
                f"no participant with id {_short(rating.participant)}",
            )
        if rating.participant in rated:
            raise _fail(
                f"{path}.ratings[{r_i}].participant",
                f"participant {_short(rating.participant)} already rated this card",
            )
        rated.add(rating.participant)


# -- reading a file into rows -------------------------------------------------------------


def parse_text(text: str, source: str = "input") -> Any:
    """Parse JSON text, refusing what is not JSON with where the problem is.

    A key given twice in one object is refused with the key and the object's path: JSON
    parsers disagree on which of the two counts, so the file means different things to
    different tools.
    """
    # Counted before parsing: every object or list starts with a bracket (brackets
    # inside strings count too, so this is an upper bound).
    if text.count("{") + text.count("[") > MAX_CONTAINERS:
        raise InterchangeError(
            f"{source}: more than {MAX_CONTAINERS:,} JSON objects and "
            "lists; a workshop has far fewer"
        )
    repeated: list[tuple[dict[str, Any], str]] = []

    def pairs(items: list[tuple[str, Any]]) -> dict[str, Any]:
        result = dict(items)
        if len(result) != len(items) and not repeated:
            seen: set[str] = set()
            for key, _value in items:
                if key in seen:
                    repeated.append((result, key))
                    break
                seen.add(key)
        return result

    try:
        with _no_collection():
            data = json.loads(text, object_pairs_hook=pairs)
    except json.JSONDecodeError as error:
        raise InterchangeError(
            f"{source}: not valid JSON (line {error.lineno}, column {error.colno}: {error.msg})"
        ) from None
    except RecursionError:
        raise InterchangeError(f"{source}: not valid JSON (nested too deeply)") from None
    except ValueError:  # an integer of thousands of digits (Python's int_max_str_digits)
        raise InterchangeError(f"{source}: not valid JSON (a number is too long)") from None
    if repeated:
        where, key = repeated[0]
        raise _fail(
            _path(_location(data, where)), f"the key {_short(key, 42)} appears more than once"
        )
    return data


def _location(data: Any, target: dict[str, Any]) -> tuple[Any, ...]:
    """The path of the object ``target`` (by identity) inside ``data``."""
    pending: list[tuple[Any, tuple[Any, ...]]] = [(data, ())]
    while pending:  # iterative: nesting depth does not matter
        value, loc = pending.pop()
        if value is target:
            return loc
        if isinstance(value, dict):
            pending += [(item, (*loc, str(key))) for key, item in value.items()]
        elif isinstance(value, list):
            pending += [(item, (*loc, i)) for i, item in enumerate(value)]
    return ()


def read_file(path: Path | str) -> Any:
    """Read and parse an interchange file (a regular file of at most MAX_INPUT_BYTES)."""
    path = Path(path)
    try:
        text = paths.read_limited(path).decode("utf-8-sig")
    except FileProblem as error:  # missing, not a regular file, too large
        raise InterchangeError(str(error)) from None
    except FileNotFoundError:
        raise InterchangeError(f"{shown(path)}: no such file") from None
    except UnicodeDecodeError as error:
        raise InterchangeError(f"{shown(path)}: not UTF-8 text (byte {error.start})") from None
    except OSError as error:
        raise InterchangeError(f"{shown(path)}: cannot be read ({error.strerror})") from None
    return parse_text(text, shown(path))


def load(data: Any, target: Path | str, cancelled: Callable[[], bool] | None = None) -> None:
    """Validate ``data`` and write it as a new workshop file ``target`` (complete or absent).

    ``cancelled`` (optional) is asked now and then while the file is written; when it
    answers True, ``storage.bulk.Cancelled`` is raised and nothing is left at ``target``.
    """
    with _no_collection():
        write_validated(validate(data), target, cancelled)


def write_validated(
    workshop: WorkshopIn, target: Path | str, cancelled: Callable[[], bool] | None = None
) -> None:
    """Write what ``validate`` returned as a new workshop file ``target`` (see ``load``)."""
    target = Path(target)
    db.refuse_existing(target)
    paths.check_workshop_path(target)
    with _no_collection(), paths.atomic_output(target, new=True) as temp:
        bulk.create_file(
            temp,
            title=workshop.title,
            language=workshop.language,
            tables=interchange_rows.tables(workshop),
            cancelled=cancelled,
        )
