"""The compare dialog: default maps, rows, colours, sorting."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt

from app.colors import experience_color
from app.commands import RateCommand, execute
from app.compare import compare_maps
from widgets.compare import CompareDialog, default_pair

CHANGE, TITLE, PHASE, LANE, EXP_OLD, EXP_NEW, EXP_DELTA, IMP_OLD, IMP_NEW, IMP_DELTA = range(10)


@pytest.fixture
def dialog(qtbot, doc) -> CompareDialog:
    widget = CompareDialog(doc, "m2")
    qtbot.addWidget(widget)
    return widget


def row_texts(dialog: CompareDialog, title: str) -> list[str]:
    table = dialog.table
    for r in range(table.rowCount()):
        if table.item(r, TITLE).text() == title:
            return [table.item(r, c).text() for c in range(table.columnCount())]
    raise AssertionError(f"no row {title!r}")


def column(dialog: CompareDialog, index: int) -> list[str]:
    return [dialog.table.item(r, index).text() for r in range(dialog.table.rowCount())]


def test_defaults_to_the_current_to_be_map_and_its_base(dialog, doc) -> None:
    assert dialog.selected_pair() == ("m1", "m2")
    assert default_pair(doc, "m1") == ("m1", "m2")
    assert default_pair(doc, None) == ("m1", "m2")


def test_rows_follow_compare_maps(dialog, doc) -> None:
    expected = compare_maps(doc.map_data("m1"), doc.map_data("m2"))
    # 21 to-be touchpoints and the 18 as-is ones the to-be map dropped
    assert dialog.table.rowCount() == len(expected) == 39
    assert column(dialog, TITLE) == [r.title for r in expected]
    assert row_texts(dialog, "Mobile-first online shop") == [
        "carried over",
        "Mobile-first online shop",
        "Interest",
        "Lena",
        "−1.00",
        "+1.33",
        "▲ +2.33",
        "3.67",
        "3.67",
        "0.00",
    ]
    assert row_texts(dialog, "Complaint solved the same day")[EXP_DELTA:] == [
        "▲ +3.00",
        "4.67",
        "4.33",
        "▼ −0.33",
    ]
    assert row_texts(dialog, "Message when the driver leaves")[: EXP_DELTA + 1] == [
        "new",
        "Message when the driver leaves",
        "Post-purchase",
        "Physical evidence",
        "",
        "+1.67",
        "",
    ]
    radio = row_texts(dialog, "Radio ad for Christmas stollen")
    assert radio[CHANGE] == "dropped" and radio[EXP_OLD] == "unrated"
    assert dialog.summary_label.text() == (
        "12 touchpoints carried over: 12 better, 0 worse, 0 unchanged, 0 not comparable "
        "(unrated). 9 new, 18 dropped. Connections: 18 added, 0 removed, 0 changed."
    )


def test_deltas_are_coloured_with_the_scale(dialog) -> None:
    for r in range(dialog.table.rowCount()):
        if dialog.table.item(r, TITLE).text() == "Personal newsletter":
            item = dialog.table.item(r, EXP_DELTA)  # -1/3 -> 2/3: +1.00
            assert item.text() == "▲ +1.00"
            assert item.background().color().name().upper() == experience_color(1.0)


def test_sorting_by_delta_puts_unrated_last(dialog) -> None:
    header = dialog.table.horizontalHeader()
    header.setSortIndicator(EXP_DELTA, Qt.SortOrder.DescendingOrder)  # as a header click does
    deltas = column(dialog, EXP_DELTA)
    assert deltas[0] == "▲ +3.33"  # business account with invoice: -5/3 -> 5/3
    assert all(d for d in deltas[:12]) and not any(deltas[12:])  # the 12 carried over
    header.setSortIndicator(EXP_DELTA, Qt.SortOrder.AscendingOrder)
    deltas = column(dialog, EXP_DELTA)
    assert deltas[0] == "▲ +1.00" and deltas[11] == "▲ +3.33" and not any(deltas[12:])
    header.setSortIndicator(EXP_OLD, Qt.SortOrder.AscendingOrder)
    olds = column(dialog, EXP_OLD)
    assert olds[0] == "−1.67"
    # Last: the 9 new cards (no "before") and the two never-rated dropped ones.
    assert sorted(olds[-11:]) == [""] * 9 + ["unrated", "unrated"]


def test_choosing_the_same_map_twice(dialog) -> None:
    dialog.set_pair("m1", "m1")
    assert dialog.summary_label.text() == "Choose two different maps to compare."
    dialog.set_pair("m1", "m2")
    assert dialog.table.rowCount() == 39


def test_follows_ratings_made_while_open(dialog, doc) -> None:
    execute(doc, RateCommand(doc, "c43", "p1", (-2, 4)))  # (-2,4) (2,4) (1,3): 1/3
    assert row_texts(dialog, "Mobile-first online shop")[EXP_NEW : EXP_DELTA + 1] == [
        "+0.33",
        "▲ +1.33",
    ]
    doc.undo_stack.undo()
    assert row_texts(dialog, "Mobile-first online shop")[EXP_DELTA] == "▲ +2.33"


def test_the_summary_counts_the_connections_the_to_be_map_adds(dialog, doc) -> None:
    from app.commands_connections import connect

    connect(doc, "c43", "c44", "alternative", "business customers")
    assert dialog.summary_label.text().endswith(
        "9 new, 18 dropped. Connections: 19 added, 0 removed, 0 changed."
    )
    doc.undo_stack.undo()  # back to the to-be blueprint's own arrows
    assert dialog.summary_label.text().endswith(
        "9 new, 18 dropped. Connections: 18 added, 0 removed, 0 changed."
    )
