"""The workshop file on disk: pragmas, the opening refusals, locks, copies."""

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from export.interchange import dump
from storage import db, paths
from storage.errors import (
    AlreadyOpen,
    DamagedFile,
    EditNotSaved,
    FileBusy,
    FileMissing,
    FileProblem,
    ForeignFile,
    NewerVersion,
    NotAWorkshop,
)
from storage.workshop import Workshop

ROOT = Path(__file__).resolve().parents[2]


def _pragma(path: Path, name: str) -> object:
    connection = sqlite3.connect(path)
    try:
        return connection.execute(f"PRAGMA {name}").fetchone()[0]
    finally:
        connection.close()


# -- a new file ------------------------------------------------------------------------------


@pytest.mark.parametrize("how", ["create_empty", "import"])
def test_new_file_has_the_workshop_pragmas(tmp_path, how):
    path = tmp_path / "new.journey"
    if how == "create_empty":
        Workshop.create_empty(path, title="T", language="de")
    else:
        from app.demo import demo_workshop
        from export.interchange import load

        load(demo_workshop("de"), path)
    assert _pragma(path, "application_id") == db.APPLICATION_ID
    assert _pragma(path, "user_version") == db.SCHEMA_VERSION
    assert _pragma(path, "journal_mode") == "delete"
    assert db.check_file(path) == db.SCHEMA_VERSION
    assert sorted(p.name for p in tmp_path.iterdir()) == ["new.journey"]  # no side files


def test_open_workshop_connections_have_foreign_keys_on(workshop_path):
    with Workshop.open(workshop_path) as workshop:
        connection = workshop.connection
        assert connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1
        assert connection.execute("PRAGMA journal_mode").fetchone()[0] == "delete"
        assert connection.execute("PRAGMA synchronous").fetchone()[0] == 2  # FULL
    with Workshop.open(workshop_path, readonly=True) as workshop:
        assert workshop.connection.execute("PRAGMA foreign_keys").fetchone()[0] == 1


def test_create_empty_refuses_an_existing_file(tmp_path, file_state):
    from storage.errors import AlreadyExists

    path = tmp_path / "there.journey"
    path.write_text("keep me")
    before = file_state(path)
    with pytest.raises(AlreadyExists, match="there.journey"):
        Workshop.create_empty(path)
    assert file_state(path) == before


# -- refusals --------------------------------------------------------------------------------


def _text_file(path: Path, _demo: Path) -> None:
    path.write_text("Customer journey notes\nnot a database\n" * 10)


def _empty_file(path: Path, _demo: Path) -> None:
    path.write_bytes(b"")


def _foreign_db(path: Path, _demo: Path) -> None:
    connection = sqlite3.connect(path)
    connection.execute("CREATE TABLE contacts (name TEXT, phone TEXT)")
    connection.execute("INSERT INTO contacts VALUES ('Anna', '123')")
    connection.commit()
    connection.close()


def _newer_version(path: Path, demo: Path) -> None:
    shutil.copyfile(demo, path)
    connection = sqlite3.connect(path)
    connection.execute(f"PRAGMA user_version={db.SCHEMA_VERSION + 1}")
    connection.commit()
    connection.close()


def _truncated(path: Path, demo: Path) -> None:
    data = demo.read_bytes()
    path.write_bytes(data[: len(data) // 2])


def _extra_trigger(path: Path, demo: Path) -> None:
    shutil.copyfile(demo, path)
    connection = sqlite3.connect(path)
    connection.execute("CREATE TRIGGER sneaky AFTER INSERT ON card BEGIN DELETE FROM rating; END")
    connection.commit()
    connection.close()


def _version_zero(path: Path, demo: Path) -> None:
    shutil.copyfile(demo, path)
    connection = sqlite3.connect(path)
    connection.execute("PRAGMA user_version=0")
    connection.commit()
    connection.close()


def _dangling_reference(path: Path, demo: Path) -> None:
    shutil.copyfile(demo, path)
    connection = sqlite3.connect(path)  # foreign keys are off in a plain connection
    connection.execute("UPDATE card SET lane_id = 'nowhere' WHERE id = 'c1'")
    connection.commit()
    connection.close()


REFUSALS = [
    pytest.param(_text_file, NotAWorkshop, "not a Journeyboard workshop", id="text"),
    pytest.param(_empty_file, NotAWorkshop, "empty", id="empty"),
    pytest.param(_foreign_db, ForeignFile, "another application", id="foreign-sqlite"),
    pytest.param(_newer_version, NewerVersion, "newer version", id="newer"),
    pytest.param(_truncated, DamagedFile, "damaged", id="truncated"),
    pytest.param(_extra_trigger, DamagedFile, "trigger 'sneaky'", id="trigger"),
    pytest.param(_version_zero, DamagedFile, "damaged", id="version-0"),
    pytest.param(_dangling_reference, DamagedFile, "refers to a missing", id="dangling"),
]


@pytest.mark.parametrize("readonly", [False, True], ids=["edit", "readonly"])
@pytest.mark.parametrize(("make", "error", "words"), REFUSALS)
def test_refused_file_raises_its_own_error_and_stays_unchanged(
    tmp_path, workshop_path, file_state, make, error, words, readonly
):
    folder = tmp_path / "refused"
    folder.mkdir()
    path = folder / "workshop.journey"
    make(path, workshop_path)
    before = file_state(path)
    with pytest.raises(error) as caught:
        Workshop.open(path, readonly=readonly)
    message = str(caught.value)
    assert str(path) in message
    assert words in message
    assert "\n" not in message
    assert file_state(path) == before  # same bytes, same mtime, no -journal or other side file
    # The lock was not kept: the file can be replaced and a good one opened in its place.
    shutil.copyfile(workshop_path, path)
    Workshop.open(path).close()


def test_refusal_classes_are_distinct():
    classes = {NotAWorkshop, ForeignFile, NewerVersion, DamagedFile, AlreadyOpen, FileMissing}
    assert len(classes) == 6
    assert all(issubclass(c, FileProblem) for c in classes)
    for a in classes:
        for b in classes - {a}:
            assert not issubclass(a, b)


def test_missing_file_and_folder(tmp_path):
    with pytest.raises(FileMissing, match="nothing.journey"):
        Workshop.open(tmp_path / "nothing.journey")
    with pytest.raises(NotAWorkshop, match="folder"):
        Workshop.open(tmp_path)
    assert list(tmp_path.iterdir()) == []


def test_newer_version_message_names_both_versions(tmp_path, workshop_path):
    path = tmp_path / "newer.journey"
    _newer_version(path, workshop_path)
    with pytest.raises(NewerVersion) as caught:
        db.check_file(path)
    assert f"file version {db.SCHEMA_VERSION + 1}" in str(caught.value)


@pytest.mark.parametrize("readonly", [False, True])
def test_an_older_file_with_text_that_is_not_utf8_is_refused_unchanged(
    tmp_path, file_state, readonly
):
    """The value checks run on an older file too (on an upgraded copy in memory): its
    damaged text is refused at the opening, not in the middle of the first read."""
    path = tmp_path / "old.journey"
    shutil.copyfile(Path(__file__).parents[1] / "_files" / "workshop-v1.journey", path)
    connection = sqlite3.connect(path)
    connection.execute("UPDATE workshop SET title = CAST(X'436166C3' AS TEXT)")
    connection.commit()
    connection.close()
    before = file_state(path)
    with pytest.raises(DamagedFile, match="table 'workshop' holds text that is not UTF-8"):
        Workshop.open(path, readonly=readonly)
    assert file_state(path) == before


# -- the open-for-editing lock ---------------------------------------------------------------


def test_already_open_in_the_same_process(workshop_path, file_state):
    with Workshop.open(workshop_path) as first:
        before = file_state(workshop_path)
        with pytest.raises(AlreadyOpen) as caught:
            Workshop.open(workshop_path)
        assert str(workshop_path) in str(caught.value)
        assert file_state(workshop_path) == before
        # The first window still edits normally after the refused second open.
        first.set_info(title="still mine")
    with Workshop.open(workshop_path) as again:  # released on close
        assert again.info().title == "still mine"


HOLDER = """
import sys
from storage.workshop import Workshop
workshop = Workshop.open(sys.argv[1])
print("ready", flush=True)
sys.stdin.read()
workshop.close()
"""

OPENER = """
import sys
from storage.workshop import Workshop
try:
    Workshop.open(sys.argv[1]).close()
except Exception as error:
    print(type(error).__name__, error)
else:
    print("opened")
"""


def test_already_open_in_another_process(workshop_path, file_state):
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLDER, str(workshop_path)],
        cwd=ROOT,
        text=True,
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
    )
    try:
        assert holder.stdout.readline().strip() == "ready"
        before = file_state(workshop_path)
        with pytest.raises(AlreadyOpen, match="already open"):
            Workshop.open(workshop_path)
        # Read-only opens (CLI info and export) still work while a writer holds the file.
        with Workshop.open(workshop_path, readonly=True) as reader:
            assert [m.name for m in reader.maps()] == ["As-is", "To-be"]
        assert file_state(workshop_path) == before
    finally:
        holder.communicate("", timeout=30)
    assert holder.returncode == 0
    Workshop.open(workshop_path).close()  # free again once the other process closed it


def test_other_process_is_refused_while_we_hold_the_file(workshop_path):
    with Workshop.open(workshop_path):
        result = subprocess.run(
            [sys.executable, "-c", OPENER, str(workshop_path)],
            cwd=ROOT,
            text=True,
            capture_output=True,
            timeout=60,
        )
    assert result.stdout.startswith("AlreadyOpen "), result.stdout + result.stderr
    assert str(workshop_path) in result.stdout


def test_readonly_open_of_a_locked_file_reads_and_refuses_edits(workshop_path):
    from storage.errors import InvalidEdit

    with (
        Workshop.open(workshop_path) as writer,
        Workshop.open(workshop_path, readonly=True) as reader,
    ):
        assert dump(reader) == dump(writer)
        with pytest.raises(InvalidEdit, match="read-only"):
            reader.set_info(title="x")
        writer.set_info(title="changed by the writer")
        assert reader.info().title == "changed by the writer"


# -- copies ----------------------------------------------------------------------------------


def test_save_copy_is_a_complete_workshop(tmp_path, workshop_path):
    target_folder = tmp_path / "copies"
    target_folder.mkdir()
    target = target_folder / "copy.journey"
    with Workshop.open(workshop_path) as workshop:
        workshop.set_info(title="Copied")
        workshop.save_copy(target)
        original = dump(workshop)
        assert db.check_file(target) == db.SCHEMA_VERSION
        workshop.set_info(title="Changed after the copy")
    assert sorted(p.name for p in target_folder.iterdir()) == ["copy.journey"]
    assert sorted(p.name for p in workshop_path.parent.iterdir()) == sorted(
        ["demo.journey", "copies"]
    )
    with Workshop.open(target) as copy:
        assert dump(copy) == original
    assert _pragma(target, "application_id") == db.APPLICATION_ID
    assert _pragma(target, "journal_mode") == "delete"


def test_save_copy_replaces_an_existing_target_atomically(tmp_path, workshop_path):
    target = tmp_path / "old-copy.journey"
    target.write_text("an old copy")
    with Workshop.open(workshop_path) as workshop:
        workshop.save_copy(target)
        original = dump(workshop)
    with Workshop.open(target, readonly=True) as copy:
        assert dump(copy) == original
    assert not [p for p in tmp_path.iterdir() if p.name.endswith((".tmp", "-journal"))]


def test_save_copy_into_a_missing_folder_writes_nothing(tmp_path, workshop_path):
    with Workshop.open(workshop_path) as workshop, pytest.raises(FileMissing):
        workshop.save_copy(tmp_path / "no" / "such" / "copy.journey")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.journey"]


def test_atomic_target_leaves_nothing_on_failure(tmp_path):
    target = tmp_path / "out.json"
    target.write_text("old")
    with pytest.raises(RuntimeError), paths.atomic_output(target) as temp:
        temp.write_text("half")
        raise RuntimeError("boom")
    assert target.read_text() == "old"
    assert [p.name for p in tmp_path.iterdir()] == ["out.json"]


def test_closed_workshop_leaves_only_its_file(tmp_path, workshop_path):
    with Workshop.open(workshop_path) as workshop:
        workshop.set_info(title="x")
        workshop.delete("map", "m2")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["demo.journey"]


# -- readers of another process must not hold the file (CLI info and export) --------------


def test_a_snapshot_reader_does_not_keep_the_file_from_edits(workshop_path):
    """The CLI exports from an in-memory copy: while its (long) read runs, the window's
    edits are saved at once, and the export sees one state throughout."""
    with Workshop.open(workshop_path) as editor:
        editor.connection.execute("PRAGMA busy_timeout=0")  # a wait would fail at once
        with Workshop.open_snapshot(workshop_path) as reader, reader.reading():
            before = [card.title for card in reader.cards("m1")]
            editor.update("card", "c1", title="edited while exporting")
            editor.delete("card", "c2")
            assert [card.title for card in reader.cards("m1")] == before
        assert editor.card("c1").title == "edited while exporting"


def test_a_file_reader_in_a_read_transaction_blocks_edits(workshop_path):
    """Why the CLI does not read the file itself for the length of an export."""
    with Workshop.open(workshop_path) as editor:
        editor.connection.execute("PRAGMA busy_timeout=0")
        with Workshop.open(workshop_path, readonly=True) as reader, reader.reading():
            reader.cards("m1")
            with pytest.raises(EditNotSaved, match="locked"):
                editor.update("card", "c1", title="blocked")


def test_a_file_a_writer_keeps_locked_is_busy_not_damaged(workshop_path, file_state):
    """Found by the concurrency run: a check that waited out the busy timeout behind a
    writer said "damaged" (database is locked)."""
    before = file_state(workshop_path)
    writer = sqlite3.connect(workshop_path, isolation_level=None)
    writer.execute("BEGIN EXCLUSIVE")
    try:
        with pytest.raises(FileBusy, match="busy: another program kept it locked"):
            db.check_file(workshop_path)
    finally:
        writer.execute("ROLLBACK")
        writer.close()
    assert db.check_file(workshop_path) == db.SCHEMA_VERSION
    assert file_state(workshop_path) == before
