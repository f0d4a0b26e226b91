"""Storage: the exact schema of each released file version, and the check against it.

A workshop file may come from anyone (a client sends it by mail), and SQLite runs what
the file's schema says: a trigger fires on an edit, a view or an expression index runs
SQL on a read, a CHECK or a DEFAULT changes what an edit writes. So a file is opened
only when every object in it (type, name, table and SQL text) is one that Journeyboard
itself creates for that version, compared before any other statement reads the file.

The DDL of each released version is frozen here; new files are created from it, and a
test keeps it equal to what the SQLModel classes of ``storage.models`` would create.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache

# Version 1, as SQLAlchemy 2 wrote it for storage/models.py (whitespace aside).
DDL_V1 = """
CREATE TABLE workshop (
	id INTEGER NOT NULL,
	title VARCHAR DEFAULT '' NOT NULL,
	language VARCHAR DEFAULT 'en' NOT NULL,
	created VARCHAR DEFAULT '' NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT single_row CHECK (id = 1)
);
CREATE TABLE participant (
	id VARCHAR NOT NULL,
	name VARCHAR NOT NULL,
	position INTEGER DEFAULT 0 NOT NULL,
	PRIMARY KEY (id)
);
CREATE TABLE persona (
	id VARCHAR NOT NULL,
	name VARCHAR NOT NULL,
	role VARCHAR DEFAULT '' NOT NULL,
	description VARCHAR DEFAULT '' NOT NULL,
	goals VARCHAR DEFAULT '' NOT NULL,
	needs VARCHAR DEFAULT '' NOT NULL,
	pains VARCHAR DEFAULT '' NOT NULL,
	quote VARCHAR DEFAULT '' NOT NULL,
	color VARCHAR DEFAULT '#3366CC' NOT NULL,
	picture BLOB,
	position INTEGER DEFAULT 0 NOT NULL,
	PRIMARY KEY (id)
);
CREATE TABLE channel (
	id VARCHAR NOT NULL,
	name VARCHAR NOT NULL,
	icon VARCHAR DEFAULT 'custom' NOT NULL,
	position INTEGER DEFAULT 0 NOT NULL,
	PRIMARY KEY (id)
);
CREATE TABLE map (
	id VARCHAR NOT NULL,
	name VARCHAR NOT NULL,
	kind VARCHAR DEFAULT 'as-is' NOT NULL,
	based_on VARCHAR,
	position INTEGER DEFAULT 0 NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT map_kind CHECK (kind IN ('as-is', 'to-be')),
	FOREIGN KEY(based_on) REFERENCES map (id) ON DELETE SET NULL
);
CREATE TABLE phase (
	id VARCHAR NOT NULL,
	map_id VARCHAR NOT NULL,
	name VARCHAR NOT NULL,
	description VARCHAR DEFAULT '' NOT NULL,
	position INTEGER DEFAULT 0 NOT NULL,
	PRIMARY KEY (id),
	FOREIGN KEY(map_id) REFERENCES map (id) ON DELETE CASCADE
);
CREATE TABLE lane (
	id VARCHAR NOT NULL,
	map_id VARCHAR NOT NULL,
	name VARCHAR NOT NULL,
	kind VARCHAR DEFAULT 'notes' NOT NULL,
	persona_id VARCHAR,
	channel_id VARCHAR,
	position INTEGER DEFAULT 0 NOT NULL,
	PRIMARY KEY (id),
	CONSTRAINT lane_kind CHECK (kind IN ('persona', 'channel', 'notes')),
	CONSTRAINT persona_lane CHECK (kind != 'persona' OR persona_id IS NOT NULL),
	FOREIGN KEY(map_id) REFERENCES map (id) ON DELETE CASCADE,
	FOREIGN KEY(persona_id) REFERENCES persona (id) ON DELETE CASCADE,
	FOREIGN KEY(channel_id) REFERENCES channel (id) ON DELETE SET NULL
);
CREATE TABLE card (
	id VARCHAR NOT NULL,
	map_id VARCHAR NOT NULL,
	lane_id VARCHAR NOT NULL,
	phase_id VARCHAR NOT NULL,
	position INTEGER DEFAULT 0 NOT NULL,
	kind VARCHAR DEFAULT 'touchpoint' NOT NULL,
	note_type VARCHAR,
	title VARCHAR DEFAULT '' NOT NULL,
	description VARCHAR DEFAULT '' NOT NULL,
	channel_id VARCHAR,
	direct BOOLEAN DEFAULT 1 NOT NULL,
	expectation VARCHAR DEFAULT '' NOT NULL,
	owner VARCHAR DEFAULT '' NOT NULL,
	kpi VARCHAR DEFAULT '' NOT NULL,
	based_on VARCHAR,
	PRIMARY KEY (id),
	CONSTRAINT card_kind CHECK (kind IN ('touchpoint', 'note')),
	CONSTRAINT note_type CHECK ((kind = 'note' AND note_type IS NOT NULL
		AND note_type IN ('pain', 'idea', 'thought', 'question', 'quote'))
		OR (kind = 'touchpoint' AND note_type IS NULL)),
	FOREIGN KEY(map_id) REFERENCES map (id) ON DELETE CASCADE,
	FOREIGN KEY(lane_id) REFERENCES lane (id) ON DELETE CASCADE,
	FOREIGN KEY(phase_id) REFERENCES phase (id) ON DELETE CASCADE,
	FOREIGN KEY(channel_id) REFERENCES channel (id) ON DELETE SET NULL,
	FOREIGN KEY(based_on) REFERENCES card (id) ON DELETE SET NULL
);
CREATE TABLE rating (
	card_id VARCHAR NOT NULL,
	participant_id VARCHAR NOT NULL,
	experience INTEGER NOT NULL,
	importance INTEGER NOT NULL,
	PRIMARY KEY (card_id, participant_id),
	UNIQUE (card_id, participant_id),
	CONSTRAINT experience_range CHECK (experience BETWEEN -2 AND 2),
	CONSTRAINT importance_range CHECK (importance BETWEEN 1 AND 5),
	FOREIGN KEY(card_id) REFERENCES card (id) ON DELETE CASCADE,
	FOREIGN KEY(participant_id) REFERENCES participant (id) ON DELETE CASCADE
);
CREATE INDEX ix_phase_map_id ON phase (map_id);
CREATE INDEX ix_lane_map_id ON lane (map_id);
CREATE INDEX ix_card_map_id ON card (map_id);
CREATE INDEX ix_card_phase_id ON card (phase_id);
CREATE INDEX ix_card_lane_id ON card (lane_id);
CREATE INDEX ix_rating_participant_id ON rating (participant_id);
"""

# The DDL of every released version; a version keeps its entry for ever.
DDL = {1: DDL_V1}

# One token of SQL: a quoted string or identifier (kept byte for byte), a run of
# whitespace, or anything else.
_TOKENS = re.compile(r"""('(?:[^']|'')*'|"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\])"""
                     r"""|(\s+)|([^'"`\[\s]+|.)""")
_PUNCTUATION = set("(),;")

Entry = tuple[str, str, str, str]  # type, name, table, normalised SQL


def normalise(sql: str | None) -> str:
    """``sql`` with whitespace outside quotes made canonical: one space between words,
    none next to a parenthesis or comma. Nothing that changes meaning is touched, so two
    statements that normalise alike do the same."""
    if sql is None:  # the automatic index of a PRIMARY KEY or UNIQUE has no SQL
        return ""
    parts: list[str] = []
    space = False
    for quoted, blank, other in _TOKENS.findall(sql):
        if blank:
            space = True
            continue
        token = quoted or other
        if space and parts and parts[-1][-1] not in _PUNCTUATION and token[0] not in _PUNCTUATION:
            parts.append(" ")
        space = False
        parts.append(token)
    return "".join(parts)


@cache
def expected(version: int) -> frozenset[Entry]:
    """Every schema object the app creates for ``version``, as SQLite stores it."""
    connection = sqlite3.connect(":memory:")
    try:
        connection.executescript(DDL[version])
        return read(connection)
    finally:
        connection.close()


def read(connection: sqlite3.Connection) -> frozenset[Entry]:
    """The schema objects of the database behind ``connection``."""
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
    return frozenset((kind, name, table, normalise(sql)) for kind, name, table, sql in rows)


def difference(connection: sqlite3.Connection, version: int) -> str | None:
    """None when the file's schema is exactly that of ``version``; else what differs first.

    The answer names the object (its type and name, cut short): an unexpected trigger or
    view, an altered table, a missing table or index.
    """
    found = read(connection)
    wanted = expected(version)
    if found == wanted:
        return None
    known = {(kind, name) for kind, name, _table, _sql in wanted}
    extra = sorted(found - wanted)
    if extra:
        kind, name = extra[0][:2]
        if (kind, name) in known:
            return f"the {kind} {_short(name)} is not as Journeyboard creates it"
        return f"unexpected {kind} {_short(name)}"
    kind, name, _table, _sql = sorted(wanted - found)[0]
    return f"missing {kind} {_short(name)}"


def _short(name: str, limit: int = 40) -> str:
    """``repr(name)`` on one line, cut: a name in a crafted file may be anything."""
    text = repr(name)
    return text if len(text) <= limit else f"{text[: limit - 4]}...{text[-1]}"
