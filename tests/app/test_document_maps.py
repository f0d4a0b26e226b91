"""One read of a map is shared by the board, the filter bar and the panels until the next
committed edit; after it, every reader gets the map as it is now."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from app.commands import RateCommand, execute


def test_a_map_is_read_once_until_an_edit(doc) -> None:
    first = doc.map_data("m1")
    assert doc.map_data("m1") is first  # the filter bar gets the board's read
    assert doc.map_data("m2") is not first
    before = sorted(first.rating_pairs("c1"))
    execute(doc, RateCommand(doc, "c1", "p2", (-2, 5)))
    after = doc.map_data("m1")
    assert after is not first
    assert (-2, 5) in after.rating_pairs("c1")
    assert sorted(first.rating_pairs("c1")) == before  # an old read is left as it was


def test_an_undone_edit_is_read_again(doc) -> None:
    execute(doc, RateCommand(doc, "c1", "p2", (-2, 5)))
    edited = doc.map_data("m1")
    doc.undo_stack.undo()
    assert doc.map_data("m1") is not edited
    assert (-2, 5) not in doc.map_data("m1").rating_pairs("c1")
