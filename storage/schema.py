"""Storage: the exact schema of each released file version, and the check against it.

A workshop file may come from anyone (a client sends it by mail), and SQLite runs what
the file's schema says: a trigger fires on an edit, a view or an expression index runs
SQL on a read, a CHECK or a DEFAULT changes what an edit writes. So a file is opened
only when every object in it (type, name, table and SQL text) is one that Journeyboard
itself creates for that version, compared before any other statement reads the file.

The DDL of each released version is frozen here, laid out as SQLAlchemy wrote it, so
that a genuine file's schema text is equal byte for byte; other whitespace is accepted
too. New files are created from it, and a test keeps it equal to what the SQLModel
classes of ``storage.models`` would create.
"""

from __future__ import annotations

import re
import sqlite3
from functools import cache


def _table(name: str, *lines: str) -> str:
    """CREATE TABLE laid out as SQLAlchemy 2 writes it (whitespace and all), so the text
    of every genuine file is equal byte for byte and needs no normalising."""
    return f"CREATE TABLE {name} (\n\t" + ", \n\t".join(lines) + "\n)"


def _fk(column: str, table: str, action: str) -> str:
    return f"FOREIGN KEY({column}) REFERENCES {table} (id) ON DELETE {action}"


_NAME = re.compile(r"CREATE (TABLE|INDEX) (\w+)(?: ON (\w+))?")

TEXT = "VARCHAR DEFAULT '' NOT NULL"
POSITION = "position INTEGER DEFAULT 0 NOT NULL"

# Version 1: the tables of storage/models.py (a test keeps the two equal).
V1 = (
    _table(
        "workshop",
        "id INTEGER NOT NULL",
        f"title {TEXT}",
        "language VARCHAR DEFAULT 'en' NOT NULL",
        f"created {TEXT}",
        "PRIMARY KEY (id)",
        "CONSTRAINT single_row CHECK (id = 1)",
    ),
    _table(
        "participant", "id VARCHAR NOT NULL", "name VARCHAR NOT NULL", POSITION, "PRIMARY KEY (id)"
    ),
    _table(
        "persona",
        "id VARCHAR NOT NULL",
        "name VARCHAR NOT NULL",
        f"role {TEXT}",
        f"description {TEXT}",
        f"goals {TEXT}",
        f"needs {TEXT}",
        f"pains {TEXT}",
        f"quote {TEXT}",
        "color VARCHAR DEFAULT '#3366CC' NOT NULL",
        "picture BLOB",
        POSITION,
        "PRIMARY KEY (id)",
    ),
    _table(
        "channel",
        "id VARCHAR NOT NULL",
        "name VARCHAR NOT NULL",
        "icon VARCHAR DEFAULT 'custom' NOT NULL",
        POSITION,
        "PRIMARY KEY (id)",
    ),
    _table(
        "map",
        "id VARCHAR NOT NULL",
        "name VARCHAR NOT NULL",
        "kind VARCHAR DEFAULT 'as-is' NOT NULL",
        "based_on VARCHAR",
        POSITION,
        "PRIMARY KEY (id)",
        "CONSTRAINT map_kind CHECK (kind IN ('as-is', 'to-be'))",
        _fk("based_on", "map", "SET NULL"),
    ),
    _table(
        "phase",
        "id VARCHAR NOT NULL",
        "map_id VARCHAR NOT NULL",
        "name VARCHAR NOT NULL",
        f"description {TEXT}",
        POSITION,
        "PRIMARY KEY (id)",
        _fk("map_id", "map", "CASCADE"),
    ),
    _table(
        "lane",
        "id VARCHAR NOT NULL",
        "map_id VARCHAR NOT NULL",
        "name VARCHAR NOT NULL",
        "kind VARCHAR DEFAULT 'notes' NOT NULL",
        "persona_id VARCHAR",
        "channel_id VARCHAR",
        POSITION,
        "PRIMARY KEY (id)",
        "CONSTRAINT lane_kind CHECK (kind IN ('persona', 'channel', 'notes'))",
        "CONSTRAINT persona_lane CHECK (kind != 'persona' OR persona_id IS NOT NULL)",
        _fk("map_id", "map", "CASCADE"),
        _fk("persona_id", "persona", "CASCADE"),
        _fk("channel_id", "channel", "SET NULL"),
    ),
    _table(
        "card",
        "id VARCHAR NOT NULL",
        "map_id VARCHAR NOT NULL",
        "lane_id VARCHAR NOT NULL",
        "phase_id VARCHAR NOT NULL",
        POSITION,
        "kind VARCHAR DEFAULT 'touchpoint' NOT NULL",
        "note_type VARCHAR",
        f"title {TEXT}",
        f"description {TEXT}",
        "channel_id VARCHAR",
        "direct BOOLEAN DEFAULT 1 NOT NULL",
        f"expectation {TEXT}",
        f"owner {TEXT}",
        f"kpi {TEXT}",
        "based_on VARCHAR",
        "PRIMARY KEY (id)",
        "CONSTRAINT card_kind CHECK (kind IN ('touchpoint', 'note'))",
        "CONSTRAINT note_type CHECK ((kind = 'note' AND note_type IS NOT NULL AND "
        "note_type IN ('pain', 'idea', 'thought', 'question', 'quote')) OR "
        "(kind = 'touchpoint' AND note_type IS NULL))",
        _fk("map_id", "map", "CASCADE"),
        _fk("lane_id", "lane", "CASCADE"),
        _fk("phase_id", "phase", "CASCADE"),
        _fk("channel_id", "channel", "SET NULL"),
        _fk("based_on", "card", "SET NULL"),
    ),
    _table(
        "rating",
        "card_id VARCHAR NOT NULL",
        "participant_id VARCHAR NOT NULL",
        "experience INTEGER NOT NULL",
        "importance INTEGER NOT NULL",
        "PRIMARY KEY (card_id, participant_id)",
        "UNIQUE (card_id, participant_id)",
        "CONSTRAINT experience_range CHECK (experience BETWEEN -2 AND 2)",
        "CONSTRAINT importance_range CHECK (importance BETWEEN 1 AND 5)",
        _fk("card_id", "card", "CASCADE"),
        _fk("participant_id", "participant", "CASCADE"),
    ),
    *(
        f"CREATE INDEX ix_{table}_{column} ON {table} ({column})"
        for table, column in (
            ("phase", "map_id"),
            ("lane", "map_id"),
            ("card", "map_id"),
            ("card", "phase_id"),
            ("card", "lane_id"),
            ("rating", "participant_id"),
        )
    ),
)
# The indexes SQLite makes itself for a PRIMARY KEY that is not an INTEGER (and for the
# UNIQUE of rating, which equals its key): no SQL text.
V1_AUTOMATIC = ("participant", "persona", "channel", "map", "phase", "lane", "card", "rating")


def _next(
    previous: tuple[str, ...], replaced: dict[str, str], added: tuple[str, ...]
) -> tuple[str, ...]:
    """The statements of a version: the previous one's, with some tables replaced by a
    new CREATE TABLE of the same name, then the added tables and indexes."""
    names = {_NAME.match(sql).group(2): sql for sql in replaced.values()}  # type: ignore[union-attr]
    kept = tuple(names.get(_NAME.match(sql).group(2), sql) for sql in previous)  # type: ignore[union-attr]
    return kept + added


def _index(table: str, column: str) -> str:
    return f"CREATE INDEX ix_{table}_{column} ON {table} ({column})"


# Version 2. Each part of the release states its own changes in a block of its own:
# tables whose CREATE TABLE changes (rebuilt by the migration, rows kept), new tables
# and indexes, and new tables that have an automatic index (a non-integer key).
V2_REPLACED: dict[str, str] = {}
V2_ADDED: tuple[str, ...] = (
    # Every foreign key a query or a delete's cascade walks has an index: without them
    # deleting a card scans all cards for its copies, and a large import slows down.
    *(
        _index(table, column)
        for table, column in (
            ("map", "based_on"),
            ("lane", "persona_id"),
            ("lane", "channel_id"),
            ("card", "channel_id"),
            ("card", "based_on"),
        )
    ),
    # The team library: the base a pulled or merged copy was taken from, which a merge
    # compares both copies with (storage.models.SyncOrigin and SyncRow).
    _table(
        "sync_origin",
        "id INTEGER NOT NULL",
        "library VARCHAR NOT NULL",
        "workshop VARCHAR NOT NULL",
        "revision INTEGER NOT NULL",
        "source VARCHAR NOT NULL",
        "token VARCHAR NOT NULL",
        "PRIMARY KEY (id)",
        "CONSTRAINT single_origin CHECK (id = 1)",
    ),
    _table(
        "sync_row",
        "table_name VARCHAR NOT NULL",
        "row_key VARCHAR NOT NULL",
        "digests VARCHAR NOT NULL",
        "PRIMARY KEY (table_name, row_key)",
    ),
)
V2_AUTOMATIC_ADDED: tuple[str, ...] = (
    # The team library's base rows (a key of two text columns).
    "sync_row",
)

# Non-linear journeys and service blueprints: channels get a colour; lanes get the
# blueprint kinds (evidence, frontstage, backstage, support) and can be hidden per map;
# note types become a table of their own that cards refer to (a team adds its own);
# connections link two cards of one map (the next step, a branch, a loop back).
V2_REPLACED |= {
    "channel": _table(
        "channel",
        "id VARCHAR NOT NULL",
        "name VARCHAR NOT NULL",
        "icon VARCHAR DEFAULT 'custom' NOT NULL",
        POSITION,
        "color VARCHAR DEFAULT '#0072B2' NOT NULL",
        "PRIMARY KEY (id)",
    ),
    "lane": _table(
        "lane",
        "id VARCHAR NOT NULL",
        "map_id VARCHAR NOT NULL",
        "name VARCHAR NOT NULL",
        "kind VARCHAR DEFAULT 'notes' NOT NULL",
        "persona_id VARCHAR",
        "channel_id VARCHAR",
        POSITION,
        "hidden BOOLEAN DEFAULT 0 NOT NULL",
        "PRIMARY KEY (id)",
        "CONSTRAINT lane_kind CHECK (kind IN ('persona', 'channel', 'notes', 'evidence', "
        "'frontstage', 'backstage', 'support'))",
        "CONSTRAINT persona_lane CHECK (kind != 'persona' OR persona_id IS NOT NULL)",
        _fk("map_id", "map", "CASCADE"),
        _fk("persona_id", "persona", "CASCADE"),
        _fk("channel_id", "channel", "SET NULL"),
    ),
    "card": _table(
        "card",
        "id VARCHAR NOT NULL",
        "map_id VARCHAR NOT NULL",
        "lane_id VARCHAR NOT NULL",
        "phase_id VARCHAR NOT NULL",
        POSITION,
        "kind VARCHAR DEFAULT 'touchpoint' NOT NULL",
        "note_type VARCHAR",
        f"title {TEXT}",
        f"description {TEXT}",
        "channel_id VARCHAR",
        "direct BOOLEAN DEFAULT 1 NOT NULL",
        f"expectation {TEXT}",
        f"owner {TEXT}",
        f"kpi {TEXT}",
        "based_on VARCHAR",
        # Evidence (actions, evidence and comments): what the card rests on, and its source.
        "evidence VARCHAR DEFAULT 'assumption' NOT NULL",
        f"source {TEXT}",
        "PRIMARY KEY (id)",
        "CONSTRAINT card_kind CHECK (kind IN ('touchpoint', 'note'))",
        "CONSTRAINT note_type CHECK ((kind = 'note' AND note_type IS NOT NULL) OR "
        "(kind = 'touchpoint' AND note_type IS NULL))",
        "CONSTRAINT card_evidence CHECK (evidence IN ('assumption', 'reported', 'observed'))",
        _fk("map_id", "map", "CASCADE"),
        _fk("lane_id", "lane", "CASCADE"),
        _fk("phase_id", "phase", "CASCADE"),
        # No action on delete: a note type in use is not deleted (its cards move first).
        "FOREIGN KEY(note_type) REFERENCES note_type (id)",
        _fk("channel_id", "channel", "SET NULL"),
        _fk("based_on", "card", "SET NULL"),
    ),
}
V2_ADDED += (
    _table(
        "note_type",
        "id VARCHAR NOT NULL",
        f"name {TEXT}",
        "color VARCHAR DEFAULT '#FFF4A8' NOT NULL",
        "icon VARCHAR DEFAULT 'custom' NOT NULL",
        POSITION,
        "PRIMARY KEY (id)",
    ),
    _table(
        "connection",
        "id VARCHAR NOT NULL",
        "map_id VARCHAR NOT NULL",
        "from_card VARCHAR NOT NULL",
        "to_card VARCHAR NOT NULL",
        "kind VARCHAR DEFAULT 'flow' NOT NULL",
        f"label {TEXT}",
        POSITION,
        "PRIMARY KEY (id)",
        "CONSTRAINT connection_kind CHECK (kind IN ('flow', 'alternative', 'return'))",
        "CONSTRAINT connection_ends CHECK (from_card != to_card)",
        _fk("map_id", "map", "CASCADE"),
        _fk("from_card", "card", "CASCADE"),
        _fk("to_card", "card", "CASCADE"),
    ),
    *(
        _index(table, column)
        for table, column in (
            ("card", "note_type"),
            ("connection", "map_id"),
            ("connection", "from_card"),
            ("connection", "to_card"),
        )
    ),
)
V2_AUTOMATIC_ADDED += ("note_type", "connection")

# Actions: what the team will change, the cards each is about; comments on cards.
V2_ADDED += (
    _table(
        "action",
        "id VARCHAR NOT NULL",
        "map_id VARCHAR NOT NULL",
        f"title {TEXT}",
        f"owner {TEXT}",
        "status VARCHAR DEFAULT 'open' NOT NULL",
        f"due {TEXT}",
        "value INTEGER DEFAULT 3 NOT NULL",
        "effort INTEGER DEFAULT 3 NOT NULL",
        POSITION,
        "PRIMARY KEY (id)",
        "CONSTRAINT action_status CHECK (status IN ('open', 'in-progress', 'done', 'dropped'))",
        "CONSTRAINT action_value CHECK (value BETWEEN 1 AND 5)",
        "CONSTRAINT action_effort CHECK (effort BETWEEN 1 AND 5)",
        _fk("map_id", "map", "CASCADE"),
    ),
    _table(
        "action_card",
        "action_id VARCHAR NOT NULL",
        "card_id VARCHAR NOT NULL",
        POSITION,
        "PRIMARY KEY (action_id, card_id)",
        _fk("action_id", "action", "CASCADE"),
        _fk("card_id", "card", "CASCADE"),
    ),
    _table(
        "comment",
        "id VARCHAR NOT NULL",
        "card_id VARCHAR NOT NULL",
        f"author {TEXT}",
        f"created {TEXT}",
        f"text {TEXT}",
        "resolved BOOLEAN DEFAULT 0 NOT NULL",
        POSITION,
        "PRIMARY KEY (id)",
        _fk("card_id", "card", "CASCADE"),
    ),
    _index("action", "map_id"),
    _index("action_card", "card_id"),
    _index("comment", "card_id"),
)
V2_AUTOMATIC_ADDED += ("action", "action_card", "comment")
V2_ADDED += (
    # Snapshots: named states of the whole workshop, their rows in content-addressed,
    # compressed chunks that snapshots share when nothing changed (storage.snapshots).
    _table(
        "snapshot",
        "id VARCHAR NOT NULL",
        "name VARCHAR NOT NULL",
        "taken VARCHAR NOT NULL",
        f"reason {TEXT}",
        "contents VARCHAR NOT NULL",
        "maps INTEGER DEFAULT 0 NOT NULL",
        "touchpoints INTEGER DEFAULT 0 NOT NULL",
        "notes INTEGER DEFAULT 0 NOT NULL",
        "ratings INTEGER DEFAULT 0 NOT NULL",
        "PRIMARY KEY (id)",
    ),
    _table("snapshot_chunk", "hash VARCHAR NOT NULL", "data BLOB NOT NULL", "PRIMARY KEY (hash)"),
)
V2_ADDED += (
    # Measurements: measured figures of a touchpoint over time (storage.measurements).
    _table(
        "measurement",
        "id VARCHAR NOT NULL",
        "card_id VARCHAR NOT NULL",
        "metric VARCHAR NOT NULL",
        "date VARCHAR NOT NULL",
        "value FLOAT NOT NULL",
        f"unit {TEXT}",
        "target FLOAT",
        "PRIMARY KEY (id)",
        _fk("card_id", "card", "CASCADE"),
    ),
    _index("measurement", "card_id"),
)
V2_AUTOMATIC_ADDED += ("snapshot", "snapshot_chunk")  # Snapshots
V2_AUTOMATIC_ADDED += ("measurement",)  # Measurements
V2 = _next(V1, V2_REPLACED, V2_ADDED)

# Every released version: its statements and its tables with an automatic index. A
# version keeps its entry for ever.
VERSIONS = {1: (V1, V1_AUTOMATIC), 2: (V2, V1_AUTOMATIC + V2_AUTOMATIC_ADDED)}
DDL = {
    version: ";\n".join(statements) + ";\n"
    for version, (statements, _automatic) in VERSIONS.items()
}

# One token of SQL: a quoted string or identifier (kept byte for byte), a run of
# whitespace, or anything else.
_TOKENS = re.compile(
    r"""('(?:[^']|'')*'|"(?:[^"]|"")*"|`[^`]*`|\[[^\]]*\])"""
    r"""|(\s+)|([^'"`\[\s]+|.)"""
)
_PUNCTUATION = set("(),;")

Entry = tuple[str, str, str, str | None]  # type, name, table, SQL


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
def expected_raw(version: int) -> frozenset[Entry]:
    """Every schema object the app creates for ``version``, with the text SQLite stores."""
    statements, automatic = VERSIONS[version]
    entries = []
    for sql in statements:
        kind, name, table = _NAME.match(sql).groups()  # type: ignore[union-attr]
        entries.append((kind.lower(), name, table or name, sql))
    entries += [("index", f"sqlite_autoindex_{table}_1", table, None) for table in automatic]
    return frozenset(entries)  # type: ignore[arg-type]


_CHECK = re.compile(r"CONSTRAINT \w+ CHECK \((.*)\)$")


@cache
def checks(version: int) -> tuple[tuple[str, str], ...]:
    """(table, expression) of every CHECK constraint of ``version``'s tables."""
    found = []
    for sql in VERSIONS[version][0]:
        kind, name, _table = _NAME.match(sql).groups()  # type: ignore[union-attr]
        if kind == "TABLE":
            for line in sql.split(", \n\t"):
                match = _CHECK.match(line.strip().removesuffix("\n)"))
                if match:
                    found.append((name, match.group(1)))
    return tuple(found)


@cache
def expected(version: int) -> frozenset[Entry]:
    """``expected_raw`` with the SQL normalised."""
    return frozenset(
        (kind, name, table, normalise(sql)) for kind, name, table, sql in expected_raw(version)
    )


def read(connection: sqlite3.Connection, *, raw: bool = False) -> frozenset[Entry]:
    """The schema objects of the database behind ``connection`` (SQL normalised)."""
    rows = connection.execute("SELECT type, name, tbl_name, sql FROM sqlite_master")
    if raw:
        return frozenset(rows)
    return frozenset((kind, name, table, normalise(sql)) for kind, name, table, sql in rows)


def difference(connection: sqlite3.Connection, version: int) -> str | None:
    """None when the file's schema is exactly that of ``version``; else what differs first.

    The answer names the object (its type and name, cut short): an unexpected trigger or
    view, an altered table, a missing table or index.
    """
    found = read(connection, raw=True)
    if found == expected_raw(version):  # every file Journeyboard wrote: no normalising
        return None
    found = frozenset((kind, name, table, normalise(sql)) for kind, name, table, sql in found)
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
