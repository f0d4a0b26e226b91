"""Storage: the SQLModel tables of a workshop file.

Every row has a string id unique within the file (the interchange JSON keeps them),
and every ordered thing has an explicit ``position`` (0..n-1 among its siblings).
"""

from __future__ import annotations

from typing import Any

from sqlalchemy import CheckConstraint, Column, LargeBinary, UniqueConstraint, text
from sqlmodel import Field, SQLModel

from storage.vocabulary import (
    CARD_KINDS,
    EXPERIENCE_RANGE,
    IMPORTANCE_RANGE,
    LANE_KINDS,
    MAP_KINDS,
    NOTE_TYPES,
)


def _default(value: str | int | bool) -> Any:
    """A column default that lives in the schema too, so plain INSERTs can omit the column."""
    if isinstance(value, bool):
        server = text("1" if value else "0")
    elif isinstance(value, int):
        server = text(str(value))
    else:
        server = value
    return Field(default=value, sa_column_kwargs={"server_default": server})


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class WorkshopInfo(SQLModel, table=True):
    """The single row describing the workshop itself."""

    __tablename__ = "workshop"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: int = Field(default=1, primary_key=True)
    title: str = _default("")
    language: str = _default("en")
    created: str = _default("")


class Participant(SQLModel, table=True):
    """A workshop participant who rates touchpoints."""

    id: str = Field(primary_key=True)
    name: str
    position: int = _default(0)


class Persona(SQLModel, table=True):
    """A customer profile; persona lanes point at one."""

    id: str = Field(primary_key=True)
    name: str
    role: str = _default("")
    description: str = _default("")
    goals: str = _default("")
    needs: str = _default("")
    pains: str = _default("")
    quote: str = _default("")
    color: str = _default("#3366CC")
    picture: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    position: int = _default(0)


class Channel(SQLModel, table=True):
    """A touchpoint channel (Website, E-mail, ...)."""

    id: str = Field(primary_key=True)
    name: str
    icon: str = _default("custom")
    position: int = _default(0)


class JourneyMap(SQLModel, table=True):
    """One board: an as-is or a to-be map."""

    __tablename__ = "map"
    __table_args__ = (CheckConstraint(_in("kind", MAP_KINDS), name="map_kind"),)

    id: str = Field(primary_key=True)
    name: str
    kind: str = _default("as-is")
    based_on: str | None = Field(
        default=None, foreign_key="map.id", ondelete="SET NULL", index=True
    )
    position: int = _default(0)


class Phase(SQLModel, table=True):
    """A column of a map."""

    id: str = Field(primary_key=True)
    map_id: str = Field(foreign_key="map.id", ondelete="CASCADE", index=True)
    name: str
    description: str = _default("")
    position: int = _default(0)


class Lane(SQLModel, table=True):
    """A row of a map: a persona, a channel or free notes."""

    __table_args__ = (
        CheckConstraint(_in("kind", LANE_KINDS), name="lane_kind"),
        CheckConstraint("kind != 'persona' OR persona_id IS NOT NULL", name="persona_lane"),
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


class Card(SQLModel, table=True):
    """A touchpoint or a note in one cell (lane x phase) of a map."""

    __table_args__ = (
        CheckConstraint(_in("kind", CARD_KINDS), name="card_kind"),
        CheckConstraint(
            # "IS NOT NULL": a CHECK passes when it is NULL, and NULL IN (...) is NULL.
            f"(kind = 'note' AND note_type IS NOT NULL AND {_in('note_type', NOTE_TYPES)}) "
            "OR (kind = 'touchpoint' AND note_type IS NULL)",
            name="note_type",
        ),
    )

    id: str = Field(primary_key=True)
    map_id: str = Field(foreign_key="map.id", ondelete="CASCADE", index=True)
    lane_id: str = Field(foreign_key="lane.id", ondelete="CASCADE", index=True)
    phase_id: str = Field(foreign_key="phase.id", ondelete="CASCADE", index=True)
    position: int = _default(0)
    kind: str = _default("touchpoint")
    note_type: str | None = None
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


class Rating(SQLModel, table=True):
    """One participant's rating of one touchpoint."""

    __table_args__ = (
        UniqueConstraint("card_id", "participant_id"),
        CheckConstraint(
            "experience BETWEEN {} AND {}".format(*EXPERIENCE_RANGE), name="experience_range"
        ),
        CheckConstraint(
            "importance BETWEEN {} AND {}".format(*IMPORTANCE_RANGE), name="importance_range"
        ),
    )

    card_id: str = Field(foreign_key="card.id", ondelete="CASCADE", primary_key=True)
    participant_id: str = Field(
        foreign_key="participant.id", ondelete="CASCADE", primary_key=True, index=True
    )
    experience: int
    importance: int


# -- Snapshots: named, frozen states of the whole workshop inside the file --------------


class WorkshopSnapshot(SQLModel, table=True):
    """A named state of the whole workshop; its rows live in content-addressed chunks."""

    __tablename__ = "snapshot"  # pyright: ignore[reportAssignmentType] (SQLModel types it loosely)

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

    id: str = Field(primary_key=True)
    card_id: str = Field(foreign_key="card.id", ondelete="CASCADE", index=True)
    metric: str  # NPS, CSAT, conversion rate, calls per week, ...
    date: str  # ISO 8601 date (YYYY-MM-DD)
    value: float
    unit: str = _default("")
    target: float | None = None
