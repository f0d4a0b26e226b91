"""Export: the interchange JSON (format "journeyboard", version 2; 1 still reads), both directions.

``dump`` writes a workshop as a dict; ``load`` validates a dict whole (pydantic, then
references) and writes a new workshop file from it. Bad input is refused with the JSON
path of the first problem and nothing is written. ``dump(load(x)) == x`` for valid x.
"""

from __future__ import annotations

import base64
import binascii
import json
from pathlib import Path
from typing import TYPE_CHECKING, Annotated, Any, Literal, TypeVar

from pydantic import BaseModel, ConfigDict, Field, StrictBool, StrictInt, StrictStr
from pydantic import ValidationError as PydanticError

from export import measurements_json, pictures
from storage import db, paths
from storage.errors import FileProblem, JourneyError, shown
from storage.workshop import Workshop

if TYPE_CHECKING:
    from storage.models import Card, JourneyMap, Persona, Rating

FORMAT = "journeyboard"
VERSION = 2
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
# checked, whatever its text. A 2,000-card workshop has about 25,000.
MAX_CONTAINERS = 500_000


class ParticipantIn(_Model):
    id: Id
    name: StrictStr


class PersonaIn(_Model):
    id: Id
    name: StrictStr
    role: StrictStr = ""
    description: StrictStr = ""
    goals: StrictStr = ""
    needs: StrictStr = ""
    pains: StrictStr = ""
    quote: StrictStr = ""
    color: Annotated[StrictStr, Field(pattern=r"^#[0-9A-Fa-f]{6}$")] = "#3366CC"
    picture: StrictStr | None = None


class ChannelIn(_Model):
    id: Id
    name: StrictStr
    icon: StrictStr = "custom"


class PhaseIn(_Model):
    id: Id
    name: StrictStr
    description: StrictStr = ""


class LaneIn(_Model):
    id: Id
    name: StrictStr
    kind: Literal["persona", "channel", "notes"]
    persona: Id | None = None
    channel: Id | None = None


class RatingIn(_Model):
    participant: Id
    experience: Annotated[StrictInt, Field(ge=-2, le=2)]
    importance: Annotated[StrictInt, Field(ge=1, le=5)]


class CardIn(_Model):
    id: Id
    kind: Literal["touchpoint", "note"]
    note_type: Literal["pain", "idea", "thought", "question", "quote"] | None = None
    lane: Id
    phase: Id
    title: StrictStr
    description: StrictStr = ""
    channel: Id | None = None
    direct: StrictBool = True
    expectation: StrictStr = ""
    owner: StrictStr = ""
    kpi: StrictStr = ""
    ratings: Items[RatingIn] = []
    based_on: Id | None = None


class MapIn(_Model):
    id: Id
    name: StrictStr
    kind: Literal["as-is", "to-be"]
    based_on: Id | None = None
    phases: Items[PhaseIn] = []
    lanes: Items[LaneIn] = []
    cards: Items[CardIn] = []
    measurements: Items[measurements_json.MeasurementIn] = []


class WorkshopIn(_Model):
    format: Literal["journeyboard"]
    version: Literal[1, 2]
    title: StrictStr
    language: Literal["en", "de"] = "en"
    participants: Items[ParticipantIn] = []
    personas: Items[PersonaIn] = []
    channels: Items[ChannelIn] = []
    maps: Items[MapIn] = []


TOUCHPOINT_ONLY = ("channel", "direct", "expectation", "owner", "kpi", "ratings")
RANGES = {"experience": "between -2 and 2", "importance": "between 1 and 5"}


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


def _message(error: dict[str, Any]) -> str:
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
    if kind == "string_pattern_mismatch" and field == "color":
        return "must be a colour like #3366CC"
    return error["msg"][0].lower() + error["msg"][1:]


def _fail(path: str, message: str) -> InterchangeError:
    return InterchangeError(f"{path}: {message}")


def _short(value: str, limit: int = 60) -> str:
    """``repr(value)`` for a message, cut short: an id may be megabytes long."""
    text = repr(value)
    return text if len(text) <= limit else f"{text[: limit - 5]}...{text[-1]}"


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
        workshop = WorkshopIn.model_validate(data)
    except PydanticError as error:
        first = error.errors()[0]
        raise _fail(_path(first["loc"]), _message(first)) from None
    _check_references(workshop)
    return workshop


def _check_text(data: Any) -> None:
    """Refuse text that cannot be stored as UTF-8 (a lone surrogate such as "\\ud800")."""
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
    for name, items in (
        ("participants", w.participants),
        ("personas", w.personas),
        ("channels", w.channels),
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
            raise _fail(
                f"{path}.note_type", "a note needs a type: pain, idea, thought, question or quote"
            )
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


def load(data: Any, target: Path | str) -> None:
    """Validate ``data`` and write it as a new workshop file ``target`` (complete or absent)."""
    workshop = validate(data)
    target = Path(target)
    db.refuse_existing(target)
    paths.check_workshop_path(target)
    # SQLModel (SQLAlchemy) only here, where a file is created: importing it costs more
    # than the rest of the start-up, and the start screen imports this module.
    from storage import orm

    with paths.atomic_output(target, new=True) as temp:
        orm.create_file(
            temp, title=workshop.title, language=workshop.language, rows=_rows(workshop)
        )


def _rows(w: WorkshopIn) -> list[Any]:
    from storage.models import (
        Card,
        Channel,
        JourneyMap,
        Lane,
        Participant,
        Persona,
        Phase,
        Rating,
    )

    rows: list[Any] = []
    rows += [Participant(id=p.id, name=p.name, position=i) for i, p in enumerate(w.participants)]
    for i, p in enumerate(w.personas):
        fields = p.model_dump(exclude={"picture"})
        picture = pictures.scaled(base64.b64decode(p.picture)) if p.picture is not None else None
        rows.append(Persona(**fields, picture=picture, position=i))
    rows += [
        Channel(id=c.id, name=c.name, icon=c.icon, position=i) for i, c in enumerate(w.channels)
    ]
    for m_i, m in enumerate(w.maps):
        rows.append(
            JourneyMap(id=m.id, name=m.name, kind=m.kind, based_on=m.based_on, position=m_i)
        )
        rows += [
            Phase(id=p.id, map_id=m.id, name=p.name, description=p.description, position=i)
            for i, p in enumerate(m.phases)
        ]
        rows += [
            Lane(
                id=lane.id,
                map_id=m.id,
                name=lane.name,
                kind=lane.kind,
                persona_id=lane.persona,
                channel_id=lane.channel,
                position=i,
            )
            for i, lane in enumerate(m.lanes)
        ]
        cell_sizes: dict[tuple[str, str], int] = {}
        for card in m.cards:
            cell = (card.lane, card.phase)
            position = cell_sizes.get(cell, 0)
            cell_sizes[cell] = position + 1
            rows.append(
                Card(
                    id=card.id,
                    map_id=m.id,
                    lane_id=card.lane,
                    phase_id=card.phase,
                    position=position,
                    kind=card.kind,
                    note_type=card.note_type,
                    title=card.title,
                    description=card.description,
                    channel_id=card.channel,
                    direct=card.direct,
                    expectation=card.expectation,
                    owner=card.owner,
                    kpi=card.kpi,
                    based_on=card.based_on,
                )
            )
            rows += [
                Rating(
                    card_id=card.id,
                    participant_id=r.participant,
                    experience=r.experience,
                    importance=r.importance,
                )
                for r in card.ratings
            ]
        rows += measurements_json.rows(m.measurements)
    return rows


# -- writing rows as a document -------------------------------------------------------------


def dump(workshop: Workshop) -> dict[str, Any]:
    """The whole workshop as an interchange dict, in board order."""
    with workshop.reading():
        info = workshop.info()
        return {
            "format": FORMAT,
            "version": VERSION,
            "title": info.title,
            "language": info.language,
            "participants": [{"id": p.id, "name": p.name} for p in workshop.participants()],
            "personas": [_persona(p) for p in workshop.personas()],
            "channels": [{"id": c.id, "name": c.name, "icon": c.icon} for c in workshop.channels()],
            "maps": [_map(workshop, m) for m in workshop.maps()],
        }


def _persona(p: Persona) -> dict[str, Any]:
    out = {
        name: getattr(p, name)
        for name in (
            "id",
            "name",
            "role",
            "description",
            "goals",
            "needs",
            "pains",
            "quote",
            "color",
        )
    }
    if p.picture is not None:
        out["picture"] = base64.b64encode(p.picture).decode("ascii")
    return out


def _map(workshop: Workshop, m: JourneyMap) -> dict[str, Any]:
    out: dict[str, Any] = {"id": m.id, "name": m.name, "kind": m.kind}
    if m.based_on is not None:
        out["based_on"] = m.based_on
    out["phases"] = [
        {"id": p.id, "name": p.name, "description": p.description} for p in workshop.phases(m.id)
    ]
    lanes = []
    for lane in workshop.lanes(m.id):
        item: dict[str, Any] = {"id": lane.id, "name": lane.name, "kind": lane.kind}
        if lane.persona_id is not None:
            item["persona"] = lane.persona_id
        if lane.channel_id is not None:
            item["channel"] = lane.channel_id
        lanes.append(item)
    out["lanes"] = lanes
    ratings = workshop.ratings(m.id)
    cards = workshop.cards(m.id)
    out["cards"] = [_card(card, ratings.get(card.id, [])) for card in cards]
    out["measurements"] = measurements_json.dump(
        workshop.measurements(m.id), [card.id for card in cards]
    )
    return out


def _card(card: Card, ratings: list[Rating]) -> dict[str, Any]:
    out: dict[str, Any] = {"id": card.id, "kind": card.kind}
    if card.kind == "note":
        out |= {
            "note_type": card.note_type,
            "lane": card.lane_id,
            "phase": card.phase_id,
            "title": card.title,
            "description": card.description,
        }
    else:
        out |= {
            "lane": card.lane_id,
            "phase": card.phase_id,
            "title": card.title,
            "description": card.description,
            "channel": card.channel_id,
            "direct": card.direct,
            "expectation": card.expectation,
            "owner": card.owner,
            "kpi": card.kpi,
            "ratings": [
                {
                    "participant": r.participant_id,
                    "experience": r.experience,
                    "importance": r.importance,
                }
                for r in ratings
            ],
        }
    if card.based_on is not None:
        out["based_on"] = card.based_on
    return out


def to_text(data: dict[str, Any]) -> str:
    """The canonical text of an interchange dict (UTF-8, indented, stable key order)."""
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"
