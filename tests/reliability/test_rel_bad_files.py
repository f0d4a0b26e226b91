"""Malformed workshop files: every one is refused with a clear message or opens cleanly.

Each file is opened through the CLI (``main.py info`` in a child process with a timeout),
``Workshop.open`` (for editing and read-only) and ``JourneyDocument.open``. A refusal is
one line naming the file (exit 1 on the CLI, a JourneyError in-process), never a
traceback or a hang. A damaged file that still passes the checks must open cleanly and
dump. Either way the file's bytes and the folder's listing stay as they were.

The full run tries every case (> 300); the everyday run a fixed core of one case per
kind plus a random sample of the rest.
"""

from __future__ import annotations

import os
import random
import shutil
import sqlite3
import subprocess
import sys
import time
from collections.abc import Callable
from pathlib import Path

import pytest
import rel_support as rs

from storage.errors import (
    DamagedFile,
    FileMissing,
    ForeignFile,
    InterruptedEdit,
    JourneyError,
    NewerVersion,
    NotAFile,
    NotAWorkshop,
)

Builder = Callable[[Path, bytes], None]
PAGE = 4096
SAMPLE = 60  # everyday: the core cases plus random others up to this many


def _write(data: bytes) -> Builder:
    return lambda path, _demo: path.write_bytes(data)


def _sql(*statements: str, pragmas: tuple[str, ...] = ()) -> Builder:
    """A copy of the demo changed by SQL on a plain connection (foreign keys off)."""

    def build(path: Path, demo: bytes) -> None:
        path.write_bytes(demo)
        connection = sqlite3.connect(path)
        try:
            for pragma in pragmas:
                connection.execute(f"PRAGMA {pragma}")
            for statement in statements:
                connection.execute(statement)
            connection.commit()
        finally:
            connection.close()

    return build


def _other_app(application_id: int | None, tables: tuple[str, ...]) -> Builder:
    def build(path: Path, _demo: bytes) -> None:
        connection = sqlite3.connect(path)
        try:
            if application_id is not None:
                connection.execute(f"PRAGMA application_id={application_id}")
            for table in tables:
                connection.execute(table)
            connection.commit()
        finally:
            connection.close()

    return build


def _truncate(offset: int) -> Builder:
    return lambda path, demo: path.write_bytes(demo[:offset])


def _flip(*bits: int) -> Builder:
    """Flip the given bit numbers (byte * 8 + bit) of the demo."""

    def build(path: Path, demo: bytes) -> None:
        data = bytearray(demo)
        for bit in bits:
            data[(bit // 8) % len(data)] ^= 1 << (bit % 8)
        path.write_bytes(bytes(data))

    return build


def _zero_page(page: int) -> Builder:
    def build(path: Path, demo: bytes) -> None:
        data = bytearray(demo)
        data[page * PAGE : (page + 1) * PAGE] = bytes(PAGE)
        path.write_bytes(bytes(data))

    return build


def _with_side_file(suffix: str, content: bytes) -> Builder:
    def build(path: Path, demo: bytes) -> None:
        path.write_bytes(demo)
        Path(f"{path}{suffix}").write_bytes(content)

    return build


def _directory(path: Path, _demo: bytes) -> None:
    path.mkdir()


def _fifo(path: Path, _demo: bytes) -> None:
    os.mkfifo(path)  # opening it to read would wait for a writer for ever


def _dangling_symlink(path: Path, _demo: bytes) -> None:
    os.symlink(path.parent / "gone.journey", path)


def _symlink_to_good(path: Path, demo: bytes) -> None:
    target = path.parent / "real.journey"
    target.write_bytes(demo)
    os.symlink(target, path)


def _wal_mode(path: Path, demo: bytes) -> None:
    path.write_bytes(demo)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.close()  # the last connection checkpoints and removes -wal and -shm


def _interchange_json(path: Path, _demo: bytes) -> None:
    from app.demo import demo_workshop
    from export.interchange import to_text

    path.write_text(to_text(demo_workshop("en")), encoding="utf-8")


# Files crafted to run SQL of their own or to change what an edit writes: all refused by
# the schema comparison, before any statement of the app reads the file.
CRAFTED: dict[str, tuple[str, ...]] = {
    "trigger": ("CREATE TRIGGER sneaky AFTER INSERT ON card BEGIN DELETE FROM rating; END",),
    # In LIKE "_" is any character: this name passed "NOT LIKE 'sqlite_autoindex_%'".
    "trigger-autoindex-lookalike": (
        "CREATE TRIGGER sqlitexautoindexxcard AFTER UPDATE ON card BEGIN DELETE FROM rating; END",
    ),
    # SQLite reserves "sqlite_" names, but a file is bytes: anyone can write them.
    "trigger-autoindex-name": (
        "CREATE TRIGGER evil AFTER UPDATE ON card BEGIN DELETE FROM rating; END",
        "PRAGMA writable_schema=ON",
        "UPDATE sqlite_master SET name = 'SQLITE_AUTOINDEX_CARD_9', "
        "sql = replace(sql, 'evil', 'SQLITE_AUTOINDEX_CARD_9') WHERE name = 'evil'",
    ),
    "trigger-named-like-an-index": (
        "CREATE TRIGGER ix_card_map_id_ AFTER DELETE ON rating BEGIN DELETE FROM card; END",
    ),
    "view": ("CREATE VIEW v AS SELECT * FROM card",),
    "view-named-like-autoindex": (
        "CREATE VIEW evil AS SELECT 1",
        "PRAGMA writable_schema=ON",
        "UPDATE sqlite_master SET name = 'sqlite_autoindex_card_2', "
        "sql = replace(sql, 'evil', 'sqlite_autoindex_card_2') WHERE name = 'evil'",
    ),
    "extra-table": ("CREATE TABLE extra (x)",),
    "extra-index": ("CREATE INDEX extra_idx ON card(title)",),
    "expression-index": ("CREATE INDEX expr_idx ON card(length(title) + position)",),
    "partial-index": ("CREATE INDEX part_idx ON card(title) WHERE kind = 'note'",),
    "index-replaced-by-expression": (
        "DROP INDEX ix_card_map_id",
        "CREATE INDEX ix_card_map_id ON card(lower(map_id))",
    ),
    "index-missing": ("DROP INDEX ix_card_lane_id",),
    "virtual-table": ("CREATE VIRTUAL TABLE search USING fts5(title)",),
    "virtual-table-rtree": ("CREATE VIRTUAL TABLE box USING rtree(id, x0, x1)",),
    "table-with-added-check": (
        "PRAGMA writable_schema=ON",
        "UPDATE sqlite_master SET sql = replace(sql, 'CONSTRAINT importance_range', "
        "'CONSTRAINT evil CHECK (experience > 5), CONSTRAINT importance_range') "
        "WHERE name = 'rating'",
    ),
    "table-with-changed-default": (
        "PRAGMA writable_schema=ON",
        "UPDATE sqlite_master SET sql = replace(sql, 'DEFAULT ''custom''', "
        "'DEFAULT ''evil''') WHERE name = 'channel'",
    ),
    "table-without-cascade": (
        "PRAGMA writable_schema=ON",
        "UPDATE sqlite_master SET sql = replace(sql, 'REFERENCES card (id) ON DELETE CASCADE',"
        " 'REFERENCES card (id)') WHERE name = 'rating'",
    ),
    "table-reformatted-and-altered": (
        "PRAGMA writable_schema=ON",
        "UPDATE sqlite_master SET sql = replace(replace(sql, char(10), ' '), "
        "'BETWEEN 1 AND 5', 'BETWEEN 1 AND 50') WHERE name = 'rating'",
    ),
}


def cases(demo_size: int) -> dict[str, tuple[Builder, tuple[type[JourneyError], ...] | None]]:
    """Every malformed file: name -> (builder, the refusals allowed; None: may also open)."""
    rng = random.Random(20240611)  # a fixed list; the everyday sample follows rs.SEED
    damaged = (DamagedFile,)
    not_sqlite = (NotAWorkshop,)
    out: dict[str, tuple[Builder, tuple[type[JourneyError], ...] | None]] = {}
    out["empty"] = (_write(b""), not_sqlite)
    out["one-byte"] = (_write(b"S"), not_sqlite)
    out["text"] = (_write(b"Customer journey notes\nnot a database\n" * 40), not_sqlite)
    out["interchange-json"] = (_interchange_json, not_sqlite)
    out["zip"] = (
        _write(b"PK\x03\x04" + bytes(rng.randrange(256) for _ in range(3000))),
        not_sqlite,
    )
    out["utf16-text"] = (_write("Journey\n".encode("utf-16") * 100), not_sqlite)
    out["directory"] = (_directory, (NotAFile,))
    out["fifo"] = (_fifo, (NotAFile,))
    out["dangling-symlink"] = (_dangling_symlink, (FileMissing,))
    out["symlink-to-good"] = (_symlink_to_good, None)
    for size in (1, 50, 99, 100, 101, 512, 4096, 65536):
        for i in range(3):
            data = rng.randbytes(size)
            out[f"random-{size}-{i}"] = (_write(data), not_sqlite)
    for size in (100, 4096, 8192, 65536):
        for i in range(3):
            data = b"SQLite format 3\x00" + rng.randbytes(size - 16)
            out[f"magic-then-random-{size}-{i}"] = (_write(data), None)
    offsets = {
        1,
        15,
        16,
        50,
        99,
        100,
        101,
        1024,
        4095,
        4096,
        4097,
        8191,
        8192,
        demo_size - 1,
        demo_size - PAGE,
        demo_size - 100,
    }
    offsets |= {k * PAGE for k in range(2, demo_size // PAGE)}
    offsets |= {rng.randrange(1, demo_size) for _ in range(40)}
    for offset in sorted(o for o in offsets if 0 < o < demo_size):
        out[f"truncated-{offset}"] = (_truncate(offset), not_sqlite if offset < 100 else None)
    for byte in range(100):
        bit = rng.randrange(8)
        out[f"header-flip-{byte}.{bit}"] = (_flip(byte * 8 + bit), None)
    for _ in range(80):
        bit = rng.randrange(100 * 8, demo_size * 8)
        out[f"page-flip-{bit // 8}.{bit % 8}"] = (_flip(bit), None)
    for i in range(20):
        bits = [rng.randrange(100 * 8, demo_size * 8) for _ in range(10)]
        out[f"page-10-flips-{i}"] = (_flip(*bits), None)
    for page in range(1, demo_size // PAGE):
        out[f"zero-page-{page}"] = (_zero_page(page), None)

    contacts = (
        "CREATE TABLE contacts (name TEXT, phone TEXT)",
        "INSERT INTO contacts VALUES ('Anna', '123')",
    )
    out["other-app-sqlite"] = (_other_app(None, contacts), (ForeignFile,))
    out["other-app-id"] = (_other_app(0x1234, contacts), (ForeignFile,))
    out["our-id-no-tables"] = (_other_app(0x4A425244, ()), damaged)
    out["other-app-with-our-tables"] = (_sql("PRAGMA application_id=7"), (ForeignFile,))
    out["newer-version"] = (_sql("PRAGMA user_version=3"), (NewerVersion,))
    out["much-newer-version"] = (_sql("PRAGMA user_version=2147483647"), (NewerVersion,))
    out["negative-version"] = (_sql("PRAGMA user_version=-1"), (NewerVersion, DamagedFile))
    out["version-0"] = (_sql("PRAGMA user_version=0"), damaged)
    fk = {
        "card-lane": "UPDATE card SET lane_id='nowhere' WHERE id='c1'",
        "card-phase": "UPDATE card SET phase_id='nowhere' WHERE id='c2'",
        "card-map": "UPDATE card SET map_id='nowhere' WHERE id='c3'",
        "card-channel": "UPDATE card SET channel_id='nowhere' WHERE id='c1'",
        "card-based-on": "UPDATE card SET based_on='nowhere' WHERE id='c1'",
        "rating-participant": "UPDATE rating SET participant_id='nobody' "
        "WHERE rowid=(SELECT min(rowid) FROM rating)",
        "lane-persona": "UPDATE lane SET persona_id='nobody' WHERE kind='persona'",
        "map-based-on": "UPDATE map SET based_on='nowhere'",
        "phase-map": "DELETE FROM map WHERE id='m2'",
    }
    for name, statement in fk.items():
        out[f"foreign-key-{name}"] = (_sql(statement), damaged)
    for name, statements in CRAFTED.items():
        out[f"schema-{name}"] = (_sql(*statements), damaged)
    for table in (
        "workshop",
        "participant",
        "persona",
        "channel",
        "map",
        "phase",
        "lane",
        "card",
        "rating",
    ):
        out[f"missing-table-{table}"] = (
            _sql(f"DROP TABLE {table}", pragmas=("foreign_keys=OFF",)),
            damaged,
        )
    out["workshop-row-missing"] = (_sql("DELETE FROM workshop"), damaged)
    for table, column in (
        ("card", "kpi"),
        ("card", "title"),
        ("persona", "color"),
        ("lane", "name"),
        ("channel", "icon"),
        ("workshop", "title"),
    ):
        out[f"dropped-column-{table}.{column}"] = (
            _sql(f"ALTER TABLE {table} DROP COLUMN {column}"),
            damaged,
        )
    out["renamed-column-card.title"] = (
        _sql("ALTER TABLE card RENAME COLUMN title TO name"),
        damaged,
    )
    out["added-column"] = (_sql("ALTER TABLE card ADD COLUMN extra TEXT"), damaged)
    bad_values = {
        "positions-gapped": "UPDATE card SET position = position * 3 + 7",
        "positions-duplicate": "UPDATE phase SET position = 0",
        "position-text": "UPDATE card SET position = 'top' WHERE id='c1'",
        "experience-out-of-range": "UPDATE rating SET experience = 9",
        "experience-text": "UPDATE rating SET experience = 'bad'",
        "card-kind-bogus": "UPDATE card SET kind = 'bogus' WHERE id='c1'",
        "title-blob": "UPDATE card SET title = x'00ff00ff' WHERE id='c1'",
        "title-integer": "UPDATE card SET title = 42 WHERE id='c1'",
        "direct-text": "UPDATE card SET direct = 'maybe' WHERE id='c1'",
        "lane-kind-bogus": "UPDATE lane SET kind = 'bogus'",
        "workshop-id-2": "UPDATE workshop SET id = 2",
        "language-xx": "UPDATE workshop SET language = 'xx'",
        "color-bogus": "UPDATE persona SET color = 'not a colour'",
        "picture-text": "UPDATE persona SET picture = 'text, not bytes'",
    }
    for name, statement in bad_values.items():
        out[f"values-{name}"] = (_sql(statement, pragmas=("ignore_check_constraints=ON",)), None)
    out["wal-mode"] = (_wal_mode, None)
    out["zero-length-journal"] = (_with_side_file("-journal", b""), None)
    out["garbage-journal"] = (_with_side_file("-journal", bytes(1) + rng.randbytes(3000)), None)
    out["empty-wal-beside"] = (_with_side_file("-wal", b""), None)
    return out


CORE = [
    "empty",
    "text",
    "interchange-json",
    "directory",
    "fifo",
    "dangling-symlink",
    "symlink-to-good",
    "random-4096-0",
    "magic-then-random-4096-0",
    "truncated-100",
    "truncated-8192",
    "other-app-sqlite",
    "other-app-with-our-tables",
    "newer-version",
    "version-0",
    "foreign-key-card-lane",
    "foreign-key-rating-participant",
    *(f"schema-{name}" for name in CRAFTED),
    "missing-table-rating",
    "workshop-row-missing",
    "dropped-column-card.title",
    "values-card-kind-bogus",
    "values-position-text",
    "wal-mode",
    "zero-length-journal",
    "garbage-journal",
    "zero-page-2",
]


def _selected() -> list[str]:
    from storage.workshop import Workshop  # noqa: F401  (fail collection early if broken)

    names = list(cases(_demo_size()))
    if rs.FULL:
        return names
    rest = [n for n in names if n not in CORE]
    # Seeded (printed in the run's header): the same seed selects the same files.
    return CORE + random.Random(rs.SEED).sample(rest, SAMPLE - len(CORE))


_SIZE: list[int] = []


def _demo_size() -> int:
    if not _SIZE:
        from app.demo import demo_workshop
        from export.interchange import load

        folder = Path(os.environ.get("TMPDIR", "/tmp"))
        import tempfile

        with tempfile.TemporaryDirectory(dir=folder) as temp:
            path = Path(temp) / "size.journey"
            load(demo_workshop("en"), path)
            _SIZE.append(path.stat().st_size)
    return _SIZE[0]


SELECTED = _selected()


@pytest.fixture(scope="module")
def built(tmp_path_factory: pytest.TempPathFactory, demo_bytes: bytes) -> dict[str, dict]:
    """Every selected file built in its own folder, then ``main.py info`` on each of them
    (a few child processes at a time): name -> path, state before, CLI result."""
    table = cases(len(demo_bytes))
    root = tmp_path_factory.mktemp("bad-files")
    out: dict[str, dict] = {}
    for name in SELECTED:
        folder = root / name
        folder.mkdir()
        path = folder / "workshop.journey"
        table[name][0](path, demo_bytes)
        out[name] = {"path": path, "before": rs.folder_state(folder), "allowed": table[name][1]}
    pending = list(out)
    running: list[tuple[str, subprocess.Popen[str], float]] = []
    started = time.monotonic()
    while pending or running:
        while pending and len(running) < 3:
            name = pending.pop(0)
            running.append((name, rs.start_cli(["info", out[name]["path"]]), time.monotonic()))
        for item in list(running):
            name, proc, began = item
            if proc.poll() is None and time.monotonic() - began < 60:
                continue
            if proc.poll() is None:  # a hang: kill it and record it
                proc.kill()
                proc.wait()
                out[name]["cli"] = ("timeout", "", "")
            else:
                out[name]["cli"] = (proc.returncode, proc.stdout.read(), proc.stderr.read())
            proc.stdout.close()
            proc.stderr.close()
            running.remove(item)
        time.sleep(0.01)
    rs.FIGURES["bad files: CLI seconds"] = round(time.monotonic() - started, 1)
    return out


def _open_each_way(path: Path) -> dict[str, str]:
    """Open ``path`` in-process three ways; name -> "opened" or the refusal's class name."""
    from app.document import JourneyDocument
    from export.interchange import dump, to_text
    from storage.workshop import Workshop

    openers = {
        "edit": lambda: Workshop.open(path),
        "readonly": lambda: Workshop.open(path, readonly=True),
        "document": lambda: JourneyDocument.open(path),
    }
    outcomes = {}
    for way, opener in openers.items():
        try:
            opened = opener()
        except JourneyError as error:
            message = str(error)
            assert str(path) in message, f"{way}: the message does not name the file: {message}"
            assert "\n" not in message, f"{way}: more than one line: {message!r}"
            outcomes[way] = type(error).__name__
            continue
        try:
            workshop = opened.workshop if way == "document" else opened
            data = dump(workshop)
            assert data["format"] == "journeyboard"
            to_text(data)  # JSON-ready: no bytes where text belongs
            from export.summary import summary

            summary(workshop)
        finally:
            opened.close()
        outcomes[way] = "opened"
    return outcomes


@pytest.mark.timeout(rs.count(120, 1200))  # the first test also builds every file and runs the CLI
@pytest.mark.parametrize("name", SELECTED)
def test_malformed_file_is_refused_cleanly_or_opens(name: str, built: dict[str, dict]) -> None:
    case = built[name]
    path: Path = case["path"]
    code, stdout, stderr = case["cli"]
    assert code != "timeout", "main.py info hung"
    result = subprocess.CompletedProcess(["info"], code, stdout, stderr)
    if code == 0:
        cli = "opened"
    else:
        line = rs.assert_refused_cleanly(result)
        assert str(path) in line, line
        cli = "refused"
    ways = _open_each_way(path)
    after = rs.folder_state(path.parent)
    if ways["edit"] == "opened":
        # An editing open deletes a stale journal that SQLite does not need (see
        # storage.db.remove_stale_journal); nothing else may change.
        before = {
            n: h
            for n, h in case["before"].items()
            if not (n.endswith("-journal") and n not in after)
        }
    else:
        before = case["before"]
    assert after == before, "the file or its folder changed"
    allowed = case["allowed"]
    for way, outcome in ways.items():
        if outcome != "opened" and allowed is not None:
            assert outcome in {c.__name__ for c in allowed}, (way, outcome, allowed)
    if allowed is not None:
        assert set(ways.values()) != {"opened"} and cli == "refused", (ways, cli)
    # The CLI (a read-only open) and the in-process read-only open agree.
    assert (cli == "opened") == (ways["readonly"] == "opened"), (cli, ways)
    assert ways["edit"] == ways["document"], ways
    outcome = "opened" if ways["edit"] == "opened" else f"refused: {ways['edit']}"
    rs.tally("bad files: outcomes", outcome)
    rs.tally("bad files: tried", "total")


# -- an interrupted edit: a real hot journal ------------------------------------------------

HOT = """
import os, signal, sqlite3, sys
c = sqlite3.connect(sys.argv[1], isolation_level=None)
c.execute("PRAGMA cache_size=1")  # spill changed pages into the file before the commit
c.execute("BEGIN")
c.execute("UPDATE card SET description = description || hex(randomblob(3000))")
os.kill(os.getpid(), signal.SIGKILL)
"""


@pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")
@pytest.mark.timeout(120)
def test_hot_journal_refused_read_only_and_rolled_back_by_an_editing_open(
    tmp_path: Path, demo_bytes: bytes
) -> None:
    from app.document import JourneyDocument
    from export.interchange import dump
    from storage.workshop import Workshop

    original = tmp_path / "original.journey"
    original.write_bytes(demo_bytes)
    with Workshop.open(original, readonly=True) as good:
        expected = dump(good)
    folder = tmp_path / "crashed"
    folder.mkdir()
    path = folder / "workshop.journey"
    path.write_bytes(demo_bytes)
    subprocess.run([rs.PYTHON, "-c", HOT, str(path)], timeout=60, check=False)
    assert Path(f"{path}-journal").exists()
    before = rs.folder_state(folder)
    assert before["workshop.journey"] != rs.sha256(original)  # the file holds half an edit

    line = rs.assert_refused_cleanly(rs.cli(["info", path]), str(path), "interrupted")
    assert "open the file for editing" in line
    with pytest.raises(InterruptedEdit, match="interrupted"):
        Workshop.open(path, readonly=True)
    assert rs.folder_state(folder) == before  # read-only opens change nothing

    document = JourneyDocument.open(path)  # an editing open rolls the edit back
    try:
        assert dump(document.workshop) == expected
    finally:
        document.close()
    assert sorted(p.name for p in folder.iterdir()) == ["workshop.journey"]
    assert rs.sha256(path) == rs.sha256(original)
    rs.file_invariants(path)
    assert rs.cli(["info", path]).returncode == 0
    shutil.rmtree(folder)
