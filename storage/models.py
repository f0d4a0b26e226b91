"""Storage: the SQLModel tables of a workshop file: the one statement of its schema.

Every row has a string id unique within the file (the interchange JSON keeps them),
and every ordered thing has an explicit ``position`` (0..n-1 among its siblings).

Besides what SQL says (columns, types, defaults, checks, references and what a delete
does to the rows that refer to it), a few facts only the program needs are declared
here too, in SQLAlchemy's ``info`` dictionaries, so that nothing restates the tables:
a table's ``siblings`` (the columns whose values make one ordered group), its
``id_prefix`` (new ids), the ``message`` of each CHECK (the refusal the user reads), a
reference that must stay ``within`` the same map, and a text column's ``pattern``.
``storage.catalog`` derives everything else storage uses from these classes.
"""

from __future__ import annotations

from typing import Any, Literal

from sqlalchemy import CheckConstraint, Column, LargeBinary, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from storage.vocabulary import (
    ACTION_SCALE,
    ACTION_STATUSES,
    CARD_KINDS,
    CHANNEL_COLOR,
    CONNECTION_KINDS,
    EVIDENCE_KINDS,
    EXPERIENCE_RANGE,
    IMPORTANCE_RANGE,
    LANE_KINDS,
    MAP_KINDS,
    NOTE_TYPE_COLOR,
)


def _default(value: str | int | bool, **info: Any) -> Any:
    """A column default that lives in the schema too, so plain INSERTs can omit the column."""
    if isinstance(value, bool):
        server = text("1" if value else "0")
    elif isinstance(value, int):
        server = text(str(value))
    else:
        server = value
    kwargs: dict[str, Any] = {"server_default": server}
    if info:
        kwargs["info"] = info
    return Field(default=value, sa_column_kwargs=kwargs)


def _check(sql: str, name: str, message: str) -> CheckConstraint:
    """A CHECK with the message a refused edit shows (``field: why``)."""
    return CheckConstraint(sql, name=name, info={"message": message})


def _table(*constraints: Any, siblings: tuple[str, ...] | None = None, prefix: str = "") -> Any:
    """``__table_args__``: the constraints, then what storage needs to know of the table.

    ``siblings``: rows are ordered by ``position`` among those with equal values of
    these columns (``()``: one group for the whole table; None: not ordered).
    ``prefix``: the start of a new row's id (a kind the program adds rows of).
    """
    info: dict[str, Any] = {}
    if siblings is not None:
        info["siblings"] = siblings
    if prefix:
        info["id_prefix"] = prefix
    return (*constraints, {"info": info})


def _within(target: str, ondelete: Literal["CASCADE", "SET NULL"]) -> Any:
    """A reference to a row of the same map (a card's lane and phase)."""
    return Field(
        foreign_key=target,
        ondelete=ondelete,
        index=True,
        sa_column_kwargs={"info": {"within": "map_id"}},
    )


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class WorkshopInfo(SQLModel, table=True):
    """The single row describing the workshop itself."""

    __tablename__ = "workshop"  # pyright: ignore[reportAssignmentType] (SQLModel types it as declared_attr)
    __table_args__ = _table(
        _check("id = 1", "single_row", "workshop: a file describes one workshop")
    )

    id: int = Field(default=1, primary_key=True)
    title: str = _default("")
    language: str = _default("en")
    created: str = _default("")


class Participant(SQLModel, table=True):
    """A workshop participant who rates touchpoints."""

    __table_args__ = _table(siblings=(), prefix="p-")

    id: str = Field(primary_key=True)
    name: str
    position: int = _default(0)


class Persona(SQLModel, table=True):
    """A customer profile; persona lanes point at one."""

    __table_args__ = _table(siblings=(), prefix="pe-")

    id: str = Field(primary_key=True)
    name: str
    role: str = _default("")
    description: str = _default("")
    goals: str = _default("")
    needs: str = _default("")
    pains: str = _default("")
    quote: str = _default("")
    color: str = _default(
        "#3366CC", pattern="#[0-9A-Fa-f]{6}", message="must be a colour like #3366CC"
    )
    picture: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    position: int = _default(0)


class Channel(SQLModel, table=True):
    """A touchpoint channel (Website, E-mail, ...)."""

    __table_args__ = _table(siblings=(), prefix="ch-")

    id: str = Field(primary_key=True)
    name: str
    icon: str = _default("custom")
    position: int = _default(0)
    color: str = _default(  # version 2: channels of your own
        CHANNEL_COLOR, pattern="#[0-9A-Fa-f]{6}", message="must be a colour like #3366CC"
    )


class JourneyMap(SQLModel, table=True):
    """One board: an as-is or a to-be map."""

    __tablename__ = "map"  # pyright: ignore[reportAssignmentType] (SQLModel types it as declared_attr)
    __table_args__ = _table(
        _check(_in("kind", MAP_KINDS), "map_kind", "map.kind: must be as-is or to-be"),
        siblings=(),
        prefix="m-",
    )

    id: str = Field(primary_key=True)
    name: str
    kind: str = _default("as-is")
    based_on: str | None = Field(
        default=None, foreign_key="map.id", ondelete="SET NULL", index=True
    )
    position: int = _default(0)


class Phase(SQLModel, table=True):
    """A column of a map."""

    __table_args__ = _table(siblings=("map_id",), prefix="ph-")

    id: str = Field(primary_key=True)
    map_id: str = Field(foreign_key="map.id", ondelete="CASCADE", index=True)
    name: str
    description: str = _default("")
    position: int = _default(0)


class Lane(SQLModel, table=True):
    """A row of a map: a persona, a channel or free notes."""

    __table_args__ = _table(
        _check(
            _in("kind", LANE_KINDS),
            "lane_kind",
            f"lane.kind: must be {', '.join(LANE_KINDS[:-1])} or {LANE_KINDS[-1]}",
        ),
        _check(
            "kind != 'persona' OR persona_id IS NOT NULL",
            "persona_lane",
            "lane.persona: a persona lane needs a persona",
        ),
        siblings=("map_id",),
        prefix="l-",
    )

    id: str = Field(primary_key=True)
    map_id: str = Field(foreign_key="map.id", ondelete="CASCADE", index=True)
    name: str
    kind: str = _default("notes")
    persona_id: str | None = Field(
        default=None, foreign_key="persona.id", ondelete="CASCADE", index=True
    )
    channel_id: str | None = Field(
        default=None, foreign_key="channel.id", ondelete="SET NULL", index=True
    )
    position: int = _default(0)
    hidden: bool = _default(False)  # version 2: a lane hidden from this map's views


class Card(SQLModel, table=True):
    """A touchpoint or a note in one cell (lane x phase) of a map."""

    __table_args__ = _table(
        _check(_in("kind", CARD_KINDS), "card_kind", "card.kind: must be touchpoint or note"),
        _check(
            # "IS NOT NULL": a CHECK passes when it is NULL. Which types exist is the
            # note_type table's (version 2: a workshop adds its own).
            "(kind = 'note' AND note_type IS NOT NULL) "
            "OR (kind = 'touchpoint' AND note_type IS NULL)",
            "note_type",
            "card.note_type: a note needs a type and a touchpoint has none",
        ),
        _check(
            _in("evidence", EVIDENCE_KINDS),
            "card_evidence",
            f"card.evidence: must be {', '.join(EVIDENCE_KINDS[:-1])} or {EVIDENCE_KINDS[-1]}",
        ),
        siblings=("lane_id", "phase_id"),
        prefix="c-",
    )

    id: str = Field(primary_key=True)
    map_id: str = Field(foreign_key="map.id", ondelete="CASCADE", index=True)
    lane_id: str = _within("lane.id", "CASCADE")
    phase_id: str = _within("phase.id", "CASCADE")
    position: int = _default(0)
    kind: str = _default("touchpoint")
    note_type: str | None = Field(default=None, foreign_key="note_type.id", index=True)
    title: str = _default("")
    description: str = _default("")
    channel_id: str | None = Field(
        default=None, foreign_key="channel.id", ondelete="SET NULL", index=True
    )
    direct: bool = _default(True)
    expectation: str = _default("")
    owner: str = _default("")
    kpi: str = _default("")
    based_on: str | None = Field(
        default=None, foreign_key="card.id", ondelete="SET NULL", index=True
    )
    # Evidence (version 2): assumption, reported (someone said so) or observed (in data
    # or research), and where it comes from.
    evidence: str = _default("assumption")
    source: str = _default("")


class Rating(SQLModel, table=True):
    """One participant's rating of one touchpoint."""

    __table_args__ = _table(
        UniqueConstraint("card_id", "participant_id"),
        _check(
            "experience BETWEEN {} AND {}".format(*EXPERIENCE_RANGE),
            "experience_range",
            "rating.experience: must be between {} and {}".format(*EXPERIENCE_RANGE),
        ),
        _check(
            "importance BETWEEN {} AND {}".format(*IMPORTANCE_RANGE),
            "importance_range",
            "rating.importance: must be between {} and {}".format(*IMPORTANCE_RANGE),
        ),
    )

    card_id: str = Field(foreign_key="card.id", ondelete="CASCADE", primary_key=True)
    participant_id: str = Field(
        foreign_key="participant.id", ondelete="CASCADE", primary_key=True, index=True
    )
    experience: int
    importance: int


# -- The team library: what a copy was pulled or merged from ---------------------------
# Not workshop content (``info["sync"]``): never pushed, pulled or merged themselves. They
# record the common base a later merge compares both sides with.


class SyncOrigin(SQLModel, table=True):
    """The base this copy was taken from: a library workshop at a revision (one row)."""

    __tablename__ = "sync_origin"  # pyright: ignore[reportAssignmentType] (SQLModel types it as declared_attr)
    __table_args__ = (
        _check("id = 1", "single_origin", "sync_origin: a copy has one origin"),
        {"info": {"sync": True}},
    )

    id: int = Field(default=1, primary_key=True)
    library: str  # the library's id, made by ``server init``; "" for a base made by merge
    workshop: str  # the workshop's name in the library
    revision: int  # the library's revision of the workshop at pull or push
    source: str  # where the library is (its URL without password), for messages
    token: str  # two copies with the same token share this base


class SyncRow(SQLModel, table=True):
    """One row of the base: a digest of each of its fields, to tell what changed since."""

    __tablename__ = "sync_row"  # pyright: ignore[reportAssignmentType] (SQLModel types it as declared_attr)
    __table_args__ = ({"info": {"sync": True}},)

    table_name: str = Field(primary_key=True)
    row_key: str = Field(primary_key=True)  # the row's primary key as a JSON list
    digests: str  # a JSON object: column name -> digest of the value


# -- version 2: non-linear journeys and service blueprints ----------------------------


class NoteType(SQLModel, table=True):
    """A kind of note (pain point, idea, ... or the team's own); cards refer to it.

    The built-in types keep their ids ("pain", "idea", ...); an empty name shows the
    built-in type's name in the reader's language.
    """

    __tablename__ = "note_type"  # pyright: ignore[reportAssignmentType] (SQLModel types it as declared_attr)
    __table_args__ = _table(siblings=(), prefix="nt-")

    id: str = Field(primary_key=True)
    name: str = _default("")
    color: str = _default(
        NOTE_TYPE_COLOR, pattern="#[0-9A-Fa-f]{6}", message="must be a colour like #3366CC"
    )
    icon: str = _default("custom")
    position: int = _default(0)


class Connection(SQLModel, table=True):
    """An arrow from one card to another card of the same map: the next step, a branch
    some customers take, or a loop back."""

    __table_args__ = _table(
        _check(
            _in("kind", CONNECTION_KINDS),
            "connection_kind",
            "connection.kind: must be flow, alternative or return",
        ),
        _check(
            "from_card != to_card",
            "connection_ends",
            "connection: a card cannot be connected to itself",
        ),
        siblings=("map_id",),
        prefix="cn-",
    )

    id: str = Field(primary_key=True)
    map_id: str = Field(foreign_key="map.id", ondelete="CASCADE", index=True)
    from_card: str = _within("card.id", "CASCADE")
    to_card: str = _within("card.id", "CASCADE")
    kind: str = _default("flow")
    label: str = _default("")
    position: int = _default(0)


# -- Actions and comments (version 2) ------------------------------------------------


class Action(SQLModel, table=True):
    """What the team will change: an owner, a status, a due date, value and effort."""

    __table_args__ = _table(
        _check(
            _in("status", ACTION_STATUSES),
            "action_status",
            f"action.status: must be {', '.join(ACTION_STATUSES[:-1])} or {ACTION_STATUSES[-1]}",
        ),
        _check(
            "value BETWEEN {} AND {}".format(*ACTION_SCALE),
            "action_value",
            "action.value: must be between {} and {}".format(*ACTION_SCALE),
        ),
        _check(
            "effort BETWEEN {} AND {}".format(*ACTION_SCALE),
            "action_effort",
            "action.effort: must be between {} and {}".format(*ACTION_SCALE),
        ),
        siblings=("map_id",),
        prefix="a-",
    )

    id: str = Field(primary_key=True)
    map_id: str = Field(foreign_key="map.id", ondelete="CASCADE", index=True)
    title: str = _default("")
    owner: str = _default("")
    status: str = _default("open")
    due: str = _default("")  # an ISO date (YYYY-MM-DD) or empty
    value: int = _default(3)
    effort: int = _default(3)
    position: int = _default(0)


class ActionCard(SQLModel, table=True):
    """A card (touchpoint or note) an action is about."""

    __tablename__ = "action_card"  # pyright: ignore[reportAssignmentType]

    action_id: str = Field(foreign_key="action.id", ondelete="CASCADE", primary_key=True)
    card_id: str = Field(foreign_key="card.id", ondelete="CASCADE", primary_key=True, index=True)
    position: int = _default(0)


class Comment(SQLModel, table=True):
    """A comment on a card: who wrote it and when, and whether it is resolved."""

    __table_args__ = _table(siblings=("card_id",), prefix="cm-")

    id: str = Field(primary_key=True)
    card_id: str = Field(foreign_key="card.id", ondelete="CASCADE", index=True)
    author: str = _default("")
    created: str = _default("")  # ISO time, UTC
    text: str = _default("")
    resolved: bool = _default(False)
    position: int = _default(0)


# -- Snapshots: named, frozen states of the whole workshop inside the file --------------


class WorkshopSnapshot(SQLModel, table=True):
    """A named state of the whole workshop; its rows live in content-addressed chunks."""

    __tablename__ = "snapshot"  # pyright: ignore[reportAssignmentType] (SQLModel types it loosely)
    __table_args__ = _table(prefix="s-")

    id: str = Field(primary_key=True)
    name: str
    taken: str  # ISO 8601, UTC, to the second
    reason: str = _default("")  # "" (taken by hand), "reveal", "merge", "restore"
    contents: str  # JSON: table name -> the hashes of its chunks, in order
    maps: int = _default(0)
    touchpoints: int = _default(0)
    notes: int = _default(0)
    ratings: int = _default(0)


class SnapshotChunk(SQLModel, table=True):
    """Rows of one table (or one large value), zlib-compressed, named by their hash.

    Snapshots share every chunk that did not change between them, which keeps fifty
    snapshots of a workshop far smaller than fifty copies.
    """

    __tablename__ = "snapshot_chunk"  # pyright: ignore[reportAssignmentType]

    hash: str = Field(primary_key=True)
    data: bytes = Field(sa_column=Column(LargeBinary, nullable=False))


# -- Measurements: measured figures of a touchpoint over time ----------------------------


class Measurement(SQLModel, table=True):
    """One measured value of a touchpoint: a metric on a date, with its unit and target."""

    __table_args__ = _table(prefix="me-")

    id: str = Field(primary_key=True)
    card_id: str = Field(foreign_key="card.id", ondelete="CASCADE", index=True)
    metric: str  # NPS, CSAT, conversion rate, calls per week, ...
    date: str  # ISO 8601 date (YYYY-MM-DD)
    value: float
    unit: str = _default("")
    target: float | None = None
