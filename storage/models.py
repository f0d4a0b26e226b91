"""Storage: the SQLModel tables of a workshop file.

Every row has a string id unique within the file (the interchange JSON keeps them),
and every ordered thing has an explicit ``position`` (0..n-1 among its siblings).
"""

from __future__ import annotations

from sqlalchemy import CheckConstraint, Column, LargeBinary, UniqueConstraint
from sqlmodel import Field, SQLModel

MAP_KINDS = ("as-is", "to-be")
LANE_KINDS = ("persona", "channel", "notes")
CARD_KINDS = ("touchpoint", "note")
NOTE_TYPES = ("pain", "idea", "thought", "question", "quote")
EXPERIENCE_RANGE = (-2, 2)
IMPORTANCE_RANGE = (1, 5)


def _in(column: str, values: tuple[str, ...]) -> str:
    return f"{column} IN ({', '.join(repr(v) for v in values)})"


class WorkshopInfo(SQLModel, table=True):
    """The single row describing the workshop itself."""

    __tablename__ = "workshop"
    __table_args__ = (CheckConstraint("id = 1", name="single_row"),)

    id: int = Field(default=1, primary_key=True)
    title: str = ""
    language: str = "en"
    created: str = ""


class Participant(SQLModel, table=True):
    """A workshop participant who rates touchpoints."""

    id: str = Field(primary_key=True)
    name: str
    position: int = 0


class Persona(SQLModel, table=True):
    """A customer profile; persona lanes point at one."""

    id: str = Field(primary_key=True)
    name: str
    role: str = ""
    description: str = ""
    goals: str = ""
    needs: str = ""
    pains: str = ""
    quote: str = ""
    color: str = "#3366CC"
    picture: bytes | None = Field(default=None, sa_column=Column(LargeBinary, nullable=True))
    position: int = 0


class Channel(SQLModel, table=True):
    """A touchpoint channel (Website, E-mail, ...)."""

    id: str = Field(primary_key=True)
    name: str
    icon: str = "custom"
    position: int = 0


class JourneyMap(SQLModel, table=True):
    """One board: an as-is or a to-be map."""

    __tablename__ = "map"
    __table_args__ = (CheckConstraint(_in("kind", MAP_KINDS), name="map_kind"),)

    id: str = Field(primary_key=True)
    name: str
    kind: str = "as-is"
    based_on: str | None = Field(default=None, foreign_key="map.id", ondelete="SET NULL")
    position: int = 0


class Phase(SQLModel, table=True):
    """A column of a map."""

    id: str = Field(primary_key=True)
    map_id: str = Field(foreign_key="map.id", ondelete="CASCADE", index=True)
    name: str
    description: str = ""
    position: int = 0


class Lane(SQLModel, table=True):
    """A row of a map: a persona, a channel or free notes."""

    __table_args__ = (
        CheckConstraint(_in("kind", LANE_KINDS), name="lane_kind"),
        CheckConstraint("kind != 'persona' OR persona_id IS NOT NULL", name="persona_lane"),
    )

    id: str = Field(primary_key=True)
    map_id: str = Field(foreign_key="map.id", ondelete="CASCADE", index=True)
    name: str
    kind: str = "notes"
    persona_id: str | None = Field(default=None, foreign_key="persona.id", ondelete="CASCADE")
    channel_id: str | None = Field(default=None, foreign_key="channel.id", ondelete="SET NULL")
    position: int = 0


class Card(SQLModel, table=True):
    """A touchpoint or a note in one cell (lane x phase) of a map."""

    __table_args__ = (
        CheckConstraint(_in("kind", CARD_KINDS), name="card_kind"),
        CheckConstraint(
            f"(kind = 'note' AND {_in('note_type', NOTE_TYPES)}) "
            "OR (kind = 'touchpoint' AND note_type IS NULL)",
            name="note_type",
        ),
    )

    id: str = Field(primary_key=True)
    map_id: str = Field(foreign_key="map.id", ondelete="CASCADE", index=True)
    lane_id: str = Field(foreign_key="lane.id", ondelete="CASCADE", index=True)
    phase_id: str = Field(foreign_key="phase.id", ondelete="CASCADE", index=True)
    position: int = 0
    kind: str = "touchpoint"
    note_type: str | None = None
    title: str = ""
    description: str = ""
    channel_id: str | None = Field(default=None, foreign_key="channel.id", ondelete="SET NULL")
    direct: bool = True
    expectation: str = ""
    owner: str = ""
    kpi: str = ""
    based_on: str | None = Field(default=None, foreign_key="card.id", ondelete="SET NULL")


class Rating(SQLModel, table=True):
    """One participant's rating of one touchpoint."""

    __table_args__ = (
        UniqueConstraint("card_id", "participant_id"),
        CheckConstraint("experience BETWEEN -2 AND 2", name="experience_range"),
        CheckConstraint("importance BETWEEN 1 AND 5", name="importance_range"),
    )

    card_id: str = Field(foreign_key="card.id", ondelete="CASCADE", primary_key=True)
    participant_id: str = Field(
        foreign_key="participant.id", ondelete="CASCADE", primary_key=True, index=True
    )
    experience: int
    importance: int


# Table name per entity kind, in parent-before-child order (restores insert in this order).
TABLES: dict[str, type[SQLModel]] = {
    "participant": Participant,
    "persona": Persona,
    "channel": Channel,
    "map": JourneyMap,
    "phase": Phase,
    "lane": Lane,
    "card": Card,
    "rating": Rating,
}
