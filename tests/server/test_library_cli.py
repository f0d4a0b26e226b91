"""The team library's command line against a real PostgreSQL: init, list, push, pull, and
info and export reading URL#NAME; every refusal is one line that names what and where."""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from tests.server.pg_support import ANNA_PASSWORD, Cluster

MAIN = Path(__file__).resolve().parents[2] / "main.py"


def run(
    cwd: Path, *args: str, env: dict[str, str] | None = None
) -> subprocess.CompletedProcess[str]:
    full = dict(os.environ, QT_QPA_PLATFORM="offscreen") | (env or {})
    full.pop("JOURNEYBOARD_DEBUG", None)
    return subprocess.run(
        [sys.executable, str(MAIN), *args],
        cwd=cwd,
        env=full,
        text=True,
        encoding="utf-8",
        capture_output=True,
        timeout=120,
    )


def ok(result: subprocess.CompletedProcess[str]) -> str:
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


def refused(result: subprocess.CompletedProcess[str], *words: str) -> str:
    """Exit 1 with one line on stderr, no traceback, holding ``words``; the line."""
    assert result.returncode == 1, (result.stdout, result.stderr)
    lines = result.stderr.splitlines()
    assert len(lines) == 1, result.stderr
    for word in words:
        assert word in lines[0], lines[0]
    assert "Traceback" not in result.stderr and "unexpected error" not in result.stderr
    return lines[0]


def info(cwd: Path, source: str) -> dict:
    return json.loads(ok(run(cwd, "info", source, "--json")))


def as_json(cwd: Path, source: str, name: str) -> dict:
    ok(run(cwd, "export", source, "--json", name))
    return json.loads((cwd / name).read_text(encoding="utf-8"))


@pytest.fixture
def demo(tmp_path: Path, workshop_path: Path) -> Path:
    return workshop_path


def test_init_is_idempotent_and_list_shows_title_language_and_who(
    tmp_path: Path, library_url: str, demo: Path
) -> None:
    first = ok(run(tmp_path, "server", "init", library_url))
    assert "created" in first and ANNA_PASSWORD not in first
    assert "there already" in ok(run(tmp_path, "server", "init", library_url))
    assert ok(run(tmp_path, "server", "list", library_url)) == ""
    ok(run(tmp_path, "push", str(demo), f"{library_url}#Kickoff Bank"))
    fields = ok(run(tmp_path, "server", "list", library_url)).rstrip("\n").split("\t")
    title = info(tmp_path, str(demo))["title"]
    assert fields[0] == "Kickoff Bank" and fields[1] == title
    assert fields[2] == "en" and fields[4] == "anna"
    listed = json.loads(ok(run(tmp_path, "server", "list", library_url, "--json")))
    assert [(e["name"], e["revision"], e["changed_by"]) for e in listed] == [
        ("Kickoff Bank", 1, "anna")
    ]


def test_push_then_pull_round_trip_is_equal_in_the_interchange_json(
    tmp_path: Path, library_url: str, demo: Path
) -> None:
    ok(run(tmp_path, "server", "init", library_url))
    target = f"{library_url}#demo"
    ok(run(tmp_path, "push", str(demo), target))
    ok(run(tmp_path, "pull", target, "copy.journey"))
    original = as_json(tmp_path, str(demo), "original.json")
    assert as_json(tmp_path, "copy.journey", "copy.json") == original
    # info and export read the library workshop itself
    assert as_json(tmp_path, target, "direct.json") == original
    summary = info(tmp_path, target)
    assert summary.pop("file") == target.replace(f":{ANNA_PASSWORD}@", "@")
    expected = info(tmp_path, str(demo))
    expected.pop("file")
    assert summary == expected
    ok(run(tmp_path, "export", target, "--pdf", "direct.pdf"))
    assert (tmp_path / "direct.pdf").read_bytes().startswith(b"%PDF")


def test_a_pulled_copy_pushes_its_edits_and_an_unrelated_file_is_refused(
    tmp_path: Path, library_url: str, demo: Path
) -> None:
    from storage.workshop import Workshop

    ok(run(tmp_path, "server", "init", library_url))
    target = f"{library_url}#demo"
    stranger = tmp_path / "stranger.journey"
    shutil.copyfile(demo, stranger)
    ok(run(tmp_path, "push", str(demo), target))
    ok(run(tmp_path, "pull", target, "mine.journey"))
    with Workshop.open(tmp_path / "mine.journey") as workshop:
        card = workshop.cards(workshop.maps()[0].id)[0]
        workshop.update("card", card.id, title="Edited on the train")
    assert "revision 2" in ok(run(tmp_path, "push", "mine.journey", target))
    ok(run(tmp_path, "pull", target, "again.journey"))
    cards = as_json(tmp_path, "again.journey", "again.json")["maps"][0]["cards"]
    assert cards[0]["title"] == "Edited on the train"
    # The same name from a file that was never pulled from it: refused, library unchanged.
    line = refused(run(tmp_path, "push", str(stranger), target), "#demo", "was not pulled from it")
    assert ANNA_PASSWORD not in line
    assert as_json(tmp_path, target, "after.json") == as_json(tmp_path, "again.journey", "a.json")


def test_unknown_workshop_name_and_missing_name(tmp_path: Path, library_url: str) -> None:
    ok(run(tmp_path, "server", "init", library_url))
    line = refused(
        run(tmp_path, "pull", f"{library_url}#nope", "x.journey"), "#nope", "no workshop"
    )
    assert "server list" in line and ANNA_PASSWORD not in line
    refused(run(tmp_path, "info", library_url), "names no workshop", "#NAME")
    assert not (tmp_path / "x.journey").exists()


def test_a_database_without_a_library_says_to_init_it(tmp_path: Path, library_url: str) -> None:
    refused(run(tmp_path, "server", "list", library_url), "no Journeyboard library", "server init")


def test_wrong_password_is_one_line_naming_the_user(
    tmp_path: Path, cluster: Cluster, database: str
) -> None:
    url = cluster.url(database, "anna", "not-her-password")
    line = refused(run(tmp_path, "server", "list", url), "password authentication failed", "anna")
    assert "not-her-password" not in line and f"127.0.0.1:{cluster.port}/{database}" in line


def test_the_password_from_pgpassword_applies(
    tmp_path: Path, cluster: Cluster, database: str
) -> None:
    url = cluster.url(database, "anna")  # no password in the URL
    ok(run(tmp_path, "server", "init", url, env={"PGPASSWORD": ANNA_PASSWORD}))
    refused(run(tmp_path, "server", "list", url, env={"PGPASSWORD": "wrong"}), "password")


def test_unreachable_server_and_unknown_database(
    tmp_path: Path, cluster: Cluster, database: str
) -> None:
    from tests.server.pg_support import free_port

    closed = f"postgresql://anna:{ANNA_PASSWORD}@127.0.0.1:{free_port()}/{database}"
    refused(run(tmp_path, "server", "list", closed), "cannot reach the server", "127.0.0.1")
    missing = cluster.url("no_such_db", "anna", ANNA_PASSWORD)
    refused(run(tmp_path, "server", "list", missing), "no_such_db", "does not exist")


@pytest.mark.parametrize(
    "url, words",
    [
        ("postgresql://", "names no database"),
        ("mysql://me@host/db", "not a PostgreSQL URL"),
        ("postgresql://me@host:notaport/db", "not a server URL"),
    ],
)
def test_a_wrong_url_is_refused_before_any_connection(tmp_path: Path, url: str, words: str) -> None:
    refused(run(tmp_path, "server", "init", url), words)


@pytest.mark.parametrize("found, words", [(1, "older"), (3, "newer than this Journeyboard")])
def test_a_library_of_another_schema_version_is_refused(
    tmp_path: Path, cluster: Cluster, database: str, library_url: str, found: int, words: str
) -> None:
    ok(run(tmp_path, "server", "init", library_url))
    cluster.admin(f"UPDATE journeyboard.library_schema SET version = {found}", database)
    for args in (("server", "init", library_url), ("server", "list", library_url)):
        refused(run(tmp_path, *args), f"schema version {found}", words)


def test_a_push_that_is_behind_merges_and_a_stale_edit_of_the_same_field_is_refused(
    tmp_path: Path, library_url: str, demo: Path
) -> None:
    from storage.workshop import Workshop

    ok(run(tmp_path, "server", "init", library_url))
    target = f"{library_url}#demo"
    ok(run(tmp_path, "push", str(demo), target))
    anna, ben = tmp_path / "anna.journey", tmp_path / "ben.journey"
    ok(run(tmp_path, "pull", target, str(anna)))
    ok(run(tmp_path, "pull", target, str(ben)))
    with Workshop.open(anna) as workshop:
        card = workshop.cards(workshop.maps()[0].id)[0]
        workshop.update("card", card.id, title="Anna's title")
    with Workshop.open(ben) as workshop:
        workshop.update("card", card.id, owner="Ben")
    ok(run(tmp_path, "push", str(anna), target))
    # Ben is behind: his change to another field merges with Anna's, and his file gets both.
    assert "after merging" in ok(run(tmp_path, "push", str(ben), target))
    for source in (target, str(ben)):
        first = as_json(tmp_path, source, "check.json")["maps"][0]["cards"][0]
        assert (first["title"], first["owner"]) == ("Anna's title", "Ben")

    # Now both change the title: the one who is behind is refused, and nothing changes.
    with Workshop.open(anna) as workshop:
        workshop.update("card", card.id, title="Anna again")
    with Workshop.open(ben) as workshop:
        workshop.update("card", card.id, title="Ben's title")
    ok(run(tmp_path, "push", str(ben), target))
    before = as_json(tmp_path, target, "before.json")
    anna_before = anna.read_bytes()
    result = run(tmp_path, "push", str(anna), target)
    assert result.returncode == 1
    lines = result.stderr.splitlines()
    assert "1 conflict" in lines[0] and "--prefer file or --prefer library" in lines[0]
    assert "title" in lines[1] and "'Anna again'" in lines[1] and "'Ben's title'" in lines[1]
    assert as_json(tmp_path, target, "after.json") == before
    assert anna.read_bytes() == anna_before
    # --prefer file: Anna's title wins, in the library and in her file.
    ok(run(tmp_path, "push", str(anna), target, "--prefer", "file"))
    for source in (target, str(anna)):
        assert as_json(tmp_path, source, "won.json")["maps"][0]["cards"][0]["title"] == "Anna again"


def test_without_the_driver_a_server_url_says_what_to_install(tmp_path: Path) -> None:
    blocker = tmp_path / "no-driver"
    blocker.mkdir()
    # A module named psycopg that fails to import, ahead of the installed one.
    (blocker / "psycopg.py").write_text("raise ImportError('psycopg is not installed')\n")
    env = {"PYTHONPATH": f"{blocker}{os.pathsep}{os.environ.get('PYTHONPATH', '')}"}
    line = refused(
        run(tmp_path, "server", "list", "postgresql://anna@localhost/team", env=env),
        "pip install 'journeyboard[server]'",
    )
    assert "postgresql://anna@localhost/team" in line


def test_a_room_on_a_library_workshop_stores_its_ratings_in_the_library(
    tmp_path: Path, library_url: str, demo: Path
) -> None:
    from tests.room.room_support import Room, ratings_in

    ok(run(tmp_path, "server", "init", library_url))
    target = f"{library_url}#room"
    ok(run(tmp_path, "push", str(demo), target))
    card = as_json(tmp_path, target, "before.json")["maps"][0]["cards"][0]["id"]
    room = Room(target)  # type: ignore[arg-type]
    phone = room.phone()
    phone.join("Dora")
    assert phone.rate(card, -2, 5)[0] == 200
    assert room.stop() == (0, "", "")
    ok(run(tmp_path, "pull", target, "after.journey"))
    assert ratings_in(tmp_path / "after.journey")[(card, phone.participant)] == (-2, 5)


def test_each_push_notifies_the_workshop_channel_with_its_revision(
    tmp_path: Path, cluster: Cluster, database: str, library_url: str, demo: Path
) -> None:
    import psycopg

    from storage.library import channel
    from storage.workshop import Workshop

    ok(run(tmp_path, "server", "init", library_url))
    target = f"{library_url}#live"
    ok(run(tmp_path, "push", str(demo), target))
    with psycopg.connect(library_url, autocommit=True) as listener:
        listener.execute(f"LISTEN {channel(1)}")  # the first workshop of a library has key 1
        ok(run(tmp_path, "pull", target, "copy.journey"))
        with Workshop.open(tmp_path / "copy.journey") as workshop:
            workshop.set_info(title="Seen live")
        ok(run(tmp_path, "push", "copy.journey", target))
        heard = [n.payload for n in listener.notifies(timeout=10, stop_after=1)]
    assert heard == ["2"]
