"""The schema stated once: what storage uses is derived from the SQLModel classes."""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from storage import catalog, catalog_data
from storage.errors import InvalidEdit
from storage.rows import Card
from storage.tables import TABLES
from storage.workshop import Workshop

ROOT = Path(__file__).resolve().parents[2]


def test_the_written_catalog_is_what_the_models_derive() -> None:
    assert catalog.derive() == catalog_data.DATA, "run: python -m storage.catalog"
    assert catalog.fingerprint() == catalog_data.FINGERPRINT, "run: python -m storage.catalog"


def test_every_model_column_is_a_field_of_its_rows(workshop_path: Path) -> None:
    from sqlmodel import SQLModel

    import storage.models  # noqa: F401

    for table in SQLModel.metadata.sorted_tables:
        assert TABLES[table.name].names == tuple(c.name for c in table.columns)
    with Workshop.open(workshop_path) as workshop:
        card = workshop.cards(workshop.maps()[0].id)[0]
        assert isinstance(card, Card)
        assert isinstance(card.direct, bool) and isinstance(card.position, int)


def test_a_refused_check_shows_the_message_the_model_declares(workshop_path: Path) -> None:
    with Workshop.open(workshop_path) as workshop:
        map_id = workshop.maps()[0].id
        card = next(c for c in workshop.cards(map_id) if c.kind == "touchpoint")
        with pytest.raises(InvalidEdit) as caught:
            workshop.update("map", map_id, kind="dream")
        assert str(caught.value) == "map.kind: must be as-is or to-be"
        with pytest.raises(InvalidEdit) as caught:
            workshop.update("card", card.id, kind="note")
        assert str(caught.value) == TABLES["card"].checks["note_type"]


# A table a later release might add, with a reference that cascades and one that is
# set to NULL: storage must delete, undo and check it without being told about it.
STICKER = '''

class Sticker(SQLModel, table=True):
    """A sticker on a card (a table only this test adds)."""

    __table_args__ = _table(
        _check("size BETWEEN 1 AND 3", "sticker_size", "sticker.size: must be 1, 2 or 3"),
        siblings=("card_id",),
        prefix="st-",
    )

    id: str = Field(primary_key=True)
    card_id: str = Field(foreign_key="card.id", ondelete="CASCADE", index=True)
    channel_id: str | None = Field(
        default=None, foreign_key="channel.id", ondelete="SET NULL", index=True
    )
    size: int = _default(1)
    position: int = _default(0)
'''
STICKER_DDL = """
V2_ADDED = V2_ADDED + (
    _table(
        "sticker",
        "id VARCHAR NOT NULL",
        "card_id VARCHAR NOT NULL",
        "channel_id VARCHAR",
        "size INTEGER DEFAULT 1 NOT NULL",
        POSITION,
        "PRIMARY KEY (id)",
        "CONSTRAINT sticker_size CHECK (size BETWEEN 1 AND 3)",
        _fk("card_id", "card", "CASCADE"),
        _fk("channel_id", "channel", "SET NULL"),
    ),
    _index("sticker", "card_id"),
    _index("sticker", "channel_id"),
)
V2_AUTOMATIC_ADDED = V2_AUTOMATIC_ADDED + ("sticker",)
V2 = _next(V1, V2_REPLACED, V2_ADDED)
VERSIONS[2] = (V2, V1_AUTOMATIC + V2_AUTOMATIC_ADDED)
DDL[2] = ";\\n".join(V2) + ";\\n"
"""
SCRIPT = """
import sqlite3, sys
from pathlib import Path
from storage.tables import TABLES
from storage.workshop import Workshop
from storage.errors import InvalidEdit

path = Path(sys.argv[1])
Workshop.create_empty(path)
with Workshop.open(path) as ws:
    assert "sticker" in TABLES and TABLES["sticker"].id_prefix == "st-"
    m = ws.add("map", name="Map")
    ph = ws.add("phase", map_id=m, name="Phase")
    lane = ws.add("lane", map_id=m, name="Lane")
    ch = ws.add("channel", name="Web")
    card = ws.add("card", map_id=m, lane_id=lane, phase_id=ph, title="Card")
    first = ws.add("sticker", card_id=card, channel_id=ch, size=2)
    second = ws.add("sticker", card_id=card, index=0)
    assert ws.index_of("sticker", second) == 0 and ws.index_of("sticker", first) == 1
    try:
        ws.update("sticker", first, size=9)
    except InvalidEdit as error:
        print("refused:", error)
    snapshot = ws.delete("channel", ch)
    assert ws.get("sticker", first).channel_id is None
    ws.restore(snapshot)
    assert ws.get("sticker", first).channel_id == ch
    snapshot = ws.delete("card", card)
    assert ws.get("sticker", first) is None
    ws.restore(snapshot)
    restored = ws.get("sticker", first)
    print("restored:", restored.size, restored.channel_id == ch, ws.index_of("sticker", first))
"""


def test_a_table_added_to_the_models_is_picked_up_by_storage(tmp_path: Path) -> None:
    """A copy of storage with one more model (and its DDL): edits, checks, deletes and
    their undo work on it, derived afresh because the written catalog is out of date."""
    copy = tmp_path / "src"
    shutil.copytree(
        ROOT / "storage", copy / "storage", ignore=shutil.ignore_patterns("__pycache__")
    )
    models = copy / "storage" / "models.py"
    models.write_text(models.read_text(encoding="utf-8") + STICKER, encoding="utf-8")
    schema = copy / "storage" / "schema.py"
    schema.write_text(schema.read_text(encoding="utf-8") + STICKER_DDL, encoding="utf-8")
    done = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(SCRIPT), str(tmp_path / "w.journey")],
        capture_output=True,
        text=True,
        cwd=copy,
        env={"PYTHONPATH": str(copy), "PATH": "/usr/bin:/bin"},
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert "refused: sticker.size: must be 1, 2 or 3" in done.stdout
    assert "restored: 2 True 1" in done.stdout
    connection = sqlite3.connect(tmp_path / "w.journey")
    try:  # what is on disk after the undo of the delete
        assert connection.execute("SELECT count(*) FROM sticker").fetchone()[0] == 2
    finally:
        connection.close()


def test_an_update_of_any_fields_is_the_statement_sqlalchemy_compiles() -> None:
    """Updates of several fields are put together from parts without SQLAlchemy."""
    import itertools

    from storage import tables

    for name in ("persona", "lane", "card"):
        columns = [c.name for c in TABLES[name].columns if c.name not in TABLES[name].key]
        for size in (2, 3, len(columns)):
            for chosen in list(itertools.combinations(columns, size))[:20]:
                assert tables.sql("update", name, chosen) == catalog.build(("update", name, chosen))


NO_SQLALCHEMY = """
import sys
from pathlib import Path
from storage.workshop import Workshop

with Workshop.open(Path(sys.argv[1])) as ws:
    m = ws.maps()[0].id
    ws.duplicate_map(m, "Copy")
    card = ws.cards(m)[0]
    ws.update("card", card.id, title="t", description="d", owner="o")
    other = [p.id for p in ws.phases(m) if p.id != card.phase_id][0]
    ws.move("card", card.id, 0, phase_id=other)
    ws.set_rating(card.id, ws.participants()[0].id, (1, 2))
    ws.restore(ws.delete("map", m))
    ws.restore(ws.delete("persona", ws.personas()[0].id))
    ws.update("persona", ws.personas()[0].id, role="r", goals="g", color="#123456")
    ws.set_info(title="T", language="de")
    lane = ws.add("lane", map_id=m, name="L", kind="notes")
    ws.update("lane", lane, kind="persona", persona_id=ws.personas()[0].id)
print(sorted(name for name in sys.modules if name.startswith(("sqlalchemy", "sqlmodel"))))
"""


def test_opening_reading_and_editing_never_import_sqlalchemy(workshop_path: Path) -> None:
    """SQLAlchemy takes longer to import than the window takes to start."""
    done = subprocess.run(
        [sys.executable, "-c", NO_SQLALCHEMY, str(workshop_path)],
        capture_output=True,
        text=True,
        cwd=ROOT,
        timeout=120,
    )
    assert done.returncode == 0, done.stderr
    assert done.stdout.strip() == "[]"
