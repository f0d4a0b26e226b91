"""Compare: the connections a to-be map adds, drops and changes against its as-is map."""

from __future__ import annotations

from app.commands_connections import connect, set_kind
from app.compare_connections import Arrow, compare_connections
from app.document import JourneyDocument


def test_connections_added_removed_and_changed_between_as_is_and_to_be(
    doc: JourneyDocument,
) -> None:
    # The demo's to-be blueprint brings its own arrows; the as-is map has none.
    blueprint = compare_connections(doc.map_data("m1"), doc.map_data("m2")).added
    assert len(blueprint) == len(doc.map_data("m2").connections) == 18
    # c43 (to-be) is based on c6, c44 on c8, c45 on c9 (as-is).
    connect(doc, "c6", "c8", "flow", "asks")
    connect(doc, "c8", "c9", "flow", "")
    connect(doc, "c43", "c44", "flow", "asks")  # the same arrow in the to-be map
    loop = connect(doc, "c44", "c45", "flow", "")
    set_kind(doc, loop, "return")  # the same cards, now a loop
    connect(doc, "c45", "c43", "alternative", "new branch")
    changes = compare_connections(doc.map_data("m1"), doc.map_data("m2"))
    titles = {c.id: c.title for m in ("m1", "m2") for c in doc.cards(m)}
    added = [arrow for arrow in changes.added if arrow not in blueprint]
    assert added == [Arrow(titles["c45"], titles["c43"], "alternative", "new branch")]
    assert changes.removed == []
    assert changes.changed == [
        (
            Arrow(titles["c8"], titles["c9"], "flow", ""),
            Arrow(titles["c44"], titles["c45"], "return", ""),
        )
    ]
    connect(doc, "c1", "c2", "flow", "gone in the to-be map")
    changes = compare_connections(doc.map_data("m1"), doc.map_data("m2"))
    assert changes.removed == [Arrow(titles["c1"], titles["c2"], "flow", "gone in the to-be map")]
