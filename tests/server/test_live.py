"""Two windows on one library workshop: each sees the other's edits, which never enter
its own undo stack; an edit of a field someone else changed first is refused, naming
them; a lost server leaves the copy editable and offline, and it catches up after."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from app.commands import UpdateCommand, execute
from app.document import JourneyDocument
from app.live import LiveLink
from storage.sync import pull, push
from tests.server.pg_support import BEN_PASSWORD, Cluster

WAIT_MS = 10_000  # how long a test waits for the other side at most (not a measurement)


@pytest.fixture
def library(
    tmp_path: Path, cluster: Cluster, database: str, library_url: str, workshop_path: Path
) -> dict[str, Any]:
    from storage.library import Library

    with Library(library_url) as lib:
        lib.init()
    push(workshop_path, f"{library_url}#live")
    return {
        "anna": f"{library_url}#live",
        "ben": f"{cluster.url(database, 'ben', BEN_PASSWORD)}#live",
    }


@pytest.fixture
def two(qapp: Any, tmp_path: Path, library: dict[str, Any]) -> Iterator[tuple[LiveLink, LiveLink]]:
    links = []
    for who in ("anna", "ben"):
        copy = tmp_path / f"{who}.journey"
        pull(library[who], copy)
        document = JourneyDocument.open(copy)
        links.append(LiveLink(document, library[who]))
    yield links[0], links[1]
    for link in links:
        link.document.close()


def first_card(document: JourneyDocument) -> Any:
    return document.cards(document.maps()[0].id)[0]


def test_an_edit_in_one_window_shows_in_the_other_and_not_in_its_undo_stack(qtbot, two) -> None:
    anna, ben = two
    card = first_card(anna.document)
    seen: list[Any] = []
    ben.document.changed.connect(seen.append)
    execute(anna.document, UpdateCommand(anna.document, "card", card.id, {"title": "From Anna"}))
    qtbot.waitUntil(lambda: first_card(ben.document).title == "From Anna", timeout=WAIT_MS)
    assert ("card", card.id) in set().union(*(c.updated for c in seen))  # the board hears it
    assert ben.document.undo_stack.count() == 0
    assert anna.document.undo_stack.count() == 1


def test_a_stale_edit_is_refused_and_names_who_changed_it_first(qtbot, two) -> None:
    anna, ben = two
    card = first_card(anna.document)
    refused: list[Any] = []
    ben.conflicted.connect(refused.extend)
    # Anna's edit reaches the library; Ben edits the title before his window has heard of
    # it (no event is processed in between).
    execute(anna.document, UpdateCommand(anna.document, "card", card.id, {"title": "Anna's"}))
    anna.sync()
    assert anna.revision == 2
    execute(ben.document, UpdateCommand(ben.document, "card", card.id, {"title": "Ben's"}))
    qtbot.waitUntil(lambda: bool(refused), timeout=WAIT_MS)
    assert [(r.who, r.kind) for r in refused] == [("anna", "card")]
    assert card.id in refused[0].name
    assert first_card(ben.document).title == "Anna's"  # his copy shows what the library has
    # Anna's stays: nothing of Ben's was written over it.
    anna.sync()
    assert first_card(anna.document).title == "Anna's"


def test_a_lost_server_keeps_the_copy_editable_and_it_catches_up(
    qtbot, two, cluster: Cluster
) -> None:
    anna, ben = two
    card = first_card(anna.document)
    states: list[bool] = []
    anna.connection_changed.connect(lambda online, _why: states.append(online))

    def edit_while_down() -> None:
        execute(
            anna.document, UpdateCommand(anna.document, "card", card.id, {"title": "Offline edit"})
        )
        qtbot.waitUntil(lambda: not anna.online, timeout=WAIT_MS)

    cluster.restart(stopped=edit_while_down)
    assert first_card(anna.document).title == "Offline edit"  # kept in the copy
    assert states[:1] == [False]
    qtbot.waitUntil(lambda: first_card(ben.document).title == "Offline edit", timeout=WAIT_MS * 3)
    assert states[-1] is True and anna.online


def test_undo_of_an_edit_someone_changed_since_is_refused_naming_them(qtbot, two) -> None:
    from app.commands import undo
    from app.live import ChangedByOthers

    anna, ben = two
    card, other = anna.document.cards(anna.document.maps()[0].id)[:2]
    execute(anna.document, UpdateCommand(anna.document, "card", card.id, {"title": "Anna's"}))
    execute(anna.document, UpdateCommand(anna.document, "card", other.id, {"owner": "Anna"}))
    qtbot.waitUntil(lambda: first_card(ben.document).title == "Anna's", timeout=WAIT_MS)
    execute(ben.document, UpdateCommand(ben.document, "card", other.id, {"owner": "Ben"}))
    qtbot.waitUntil(lambda: anna.document.get("card", other.id).owner == "Ben", timeout=WAIT_MS)
    with pytest.raises(ChangedByOthers, match="ben changed this card a moment ago"):
        undo(anna.document)
    assert anna.document.get("card", other.id).owner == "Ben"  # theirs stays
    assert anna.document.undo_stack.index() == 2  # Undo/Redo are as they were
    # Ben did not touch the first card: undoing a step that only changed it still works,
    # once the refused step is out of the way (Anna edits the owner again, then undoes).
    execute(anna.document, UpdateCommand(anna.document, "card", other.id, {"owner": "Anna"}))
    assert undo(anna.document)
    assert anna.document.get("card", other.id).owner == "Ben"
