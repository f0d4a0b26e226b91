"""The interface switches to German and back at run time (View > Language)."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator
from typing import Any

import pytest

from widgets import i18n


@pytest.fixture
def english_after(qapp: Any) -> Iterator[None]:
    yield
    i18n.install_translator(qapp, "en")


def _titles(window: Any) -> list[str]:
    return [a.text().replace("&", "") for a in window.menuBar().actions()]


def test_switching_to_german_and_back(
    app_window: Any, app_settings: Any, qtbot: Any, english_after: None
) -> None:
    assert _titles(app_window) == ["File", "Edit", "View", "Map", "Help"]
    app_window.acts.language["de"].trigger()
    qtbot.waitUntil(
        lambda: _titles(app_window) == ["Datei", "Bearbeiten", "Ansicht", "Karte", "Hilfe"]
    )
    assert app_settings.language() == "de"
    assert app_window.acts.language["de"].isChecked()
    assert app_window.acts.find.text().replace("&", "").startswith("Suchen")
    assert app_window.panels.rating_dock.windowTitle() == "Bewertung"
    assert app_window.panels.rating is not None  # the panels were rebuilt in German
    scene = app_window.board_scene  # texts painted on the open board follow too
    assert scene.add_phase_button.label == "Phase hinzufügen"
    assert scene.add_lane_button.toolTip() == "Bahn hinzufügen"
    notes = [scene.lane_item(lane.id) for lane in scene.state.lanes if lane.kind == "notes"]
    assert notes and all(item.look.subtitle == "Notizen" for item in notes)
    app_window.close_file()
    screen = app_window.empty_state
    assert screen.template_buttons["7-phases"].text().replace("&", "") == "7 Phasen"
    assert screen.template_buttons["7-phases"].description().startswith("Bewusstsein")

    app_window.acts.language["en"].trigger()
    qtbot.waitUntil(lambda: _titles(app_window) == ["File", "Edit", "View", "Map", "Help"])
    assert app_settings.language() == "en"


def test_panels_first_shown_after_switching_speak_german(
    app_window: Any, qtbot: Any, english_after: None
) -> None:
    from PySide6.QtWidgets import QTableWidget

    app_window.acts.language["de"].trigger()
    qtbot.waitUntil(lambda: _titles(app_window)[0] == "Datei")
    dock = app_window.panels.moments_dock  # hidden so far: its panel was never built
    dock.toggleViewAction().trigger()
    table = dock.widget().findChild(QTableWidget)
    headers = [table.horizontalHeaderItem(i).text() for i in range(table.columnCount())]
    assert "Priorität" in headers
    assert app_window.acts.presentation.toolTip().startswith("Vollbild")


def test_undo_texts_follow_the_language(app_window: Any, qtbot: Any, english_after: None) -> None:
    app_window.acts.language["de"].trigger()
    qtbot.waitUntil(lambda: _titles(app_window)[0] == "Datei")
    assert app_window.acts.undo.text() == "&Rückgängig"
    app_window.board_scene.edits.rename("phase", "ph1", "Entdecken")
    qtbot.waitUntil(lambda: app_window.acts.undo.text().startswith("&Rückgängig: "))
