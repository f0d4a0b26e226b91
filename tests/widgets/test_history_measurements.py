"""Import measurements from the window: the preview of what matches, the refusal until
bad rows are skipped, the import as one undo step."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QPoint, Qt

from storage.workshop import Workshop


def test_import_preview_then_skip_the_bad_rows_then_undo(
    app_window: Any, app_dialogs: Any, qtbot: Any, tmp_path: Path, workshop_path: Path
) -> None:
    from widgets.measurements_dialog import MeasurementsImportDialog

    table = tmp_path / "nps.csv"
    table.write_text(
        "touchpoint,metric,date,value,target\n"
        "c1,NPS,2026-01-31,12,40\n"
        "Flyer in the letterbox,NPS,2026-02-28,18,40\n"
        "No such card,NPS,2026-03-31,25,40\n",
        encoding="utf-8",
    )
    app_dialogs.open_names.append(str(table))
    assert app_window.acts.import_measurements.isEnabled()
    app_window.acts.import_measurements.trigger()
    dialog = app_window.findChild(MeasurementsImportDialog, "measurements-import")
    assert dialog is not None and dialog.isVisible()
    assert dialog.summary.text() == ("nps.csv: 2 rows match a touchpoint, 1 cannot be imported.")
    matches = [dialog.rows.item(i, 6).text() for i in range(dialog.rows.rowCount())]
    assert matches == [
        "\u2713 Flyer in the letterbox",
        "\u2713 Flyer in the letterbox",
        "\u2717 no touchpoint with the id or title 'No such card'",
    ]
    assert not dialog.import_button.isEnabled()  # a bad row refuses the whole table
    # On the box itself: the check box is wider than its text.
    box = QPoint(8, dialog.skip.height() // 2)
    qtbot.mouseClick(dialog.skip, Qt.MouseButton.LeftButton, pos=box)
    assert dialog.import_button.isEnabled()
    qtbot.mouseClick(dialog.import_button, Qt.MouseButton.LeftButton)
    assert app_window.statusBar().currentMessage() == (
        "2 measurements imported; Undo takes them back"
    )
    with Workshop.open(workshop_path, readonly=True) as stored:
        assert [(m.date, m.value, m.target) for m in stored.card_measurements("c1")] == [
            ("2026-01-31", 12.0, 40.0),
            ("2026-02-28", 18.0, 40.0),
        ]
    document = app_window.document
    assert document.undo_stack.undoText() == "Import measurements"
    app_window.acts.undo.trigger()
    assert document.card_measurements("c1") == []
    app_window.acts.redo.trigger()
    assert len(document.card_measurements("c1")) == 2


def test_the_inspector_shows_each_metric_with_its_target(board_window: Any, qtbot: Any) -> None:
    board_window.board_view.select_cards(["c7"])
    inspector = board_window.inspector
    qtbot.waitUntil(lambda: inspector.kind == "card")
    assert inspector.card_title.text() == "Reading Google reviews"
    assert inspector.card_measured.text().splitlines() == [
        "Average rating: 4.1 \u2192 4.2 \u2192 4.2 \u2605 (target 4.5), 2026-01-31 \u2013 2026-03-31",
        "NPS: 12 \u2192 18 \u2192 25 (target 40), 2026-01-31 \u2013 2026-03-31",
    ]
    assert inspector.card_measured.isVisible()
    board_window.board_view.select_cards(["c1"])  # no measurements: no row
    qtbot.waitUntil(lambda: inspector.card_title.text() == "Flyer in the letterbox")
    assert inspector.card_measured.text() == "" and not inspector.card_measured.isVisible()


def test_measured_cards_draw_a_trend_line_that_the_view_menu_hides(
    board_window: Any, qtbot: Any
) -> None:
    scene = board_window.board_scene
    # c7's first metric is its average rating (4.1, 4.2, 4.2); c1 has no measurements.
    assert scene.card_item("c7").look.trend == (4.1, 4.2, 4.2)
    assert scene.card_item("c1").look.trend == ()
    board_window.acts.trends.trigger()
    assert not board_window.acts.trends.isChecked()
    assert scene.card_item("c7").look.trend == ()
    board_window.acts.trends.trigger()
    assert scene.card_item("c17").look.trend == (41.0, 44.0, 52.0)
    # An import updates the card's line at once.
    board_window.document.import_measurements(
        [
            {"card_id": "c1", "metric": "NPS", "date": d, "value": v}
            for d, v in (("2026-01-31", 3.0), ("2026-02-28", 5.0))
        ]
    )
    qtbot.waitUntil(lambda: scene.card_item("c1").look.trend == (3.0, 5.0))


def test_the_preview_speaks_german(
    app_window: Any, app_dialogs: Any, tmp_path: Path, qapp: Any
) -> None:
    from widgets import i18n
    from widgets.measurements_dialog import MeasurementsImportDialog

    table = tmp_path / "werte.csv"
    table.write_text("Touchpoint;Kennzahl;Datum;Wert\nGibt es nicht;NPS;gestern;viel\n")
    app_window.acts.language["de"].trigger()
    try:
        app_dialogs.open_names.append(str(table))
        app_window.acts.import_measurements.trigger()
        dialog = app_window.findChild(MeasurementsImportDialog, "measurements-import")
        assert dialog.summary.text() == (
            "werte.csv: 0 Zeilen passen zu einem Touchpoint, 1 lassen sich nicht importieren."
        )
        assert dialog.rows.item(0, 6).text() == (
            "\u2717 kein Touchpoint mit der ID oder dem Titel 'Gibt es nicht'; "
            "'gestern' ist kein Datum (2026-03-31 oder 31.03.2026); "
            "Wert 'viel' ist keine Zahl"
        )
    finally:
        i18n.install_translator(qapp, "en")
