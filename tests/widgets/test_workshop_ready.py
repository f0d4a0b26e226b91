"""The window in front of a client: each gesture through the real widgets, on a 1280 x 720
projector (the offscreen screen of the tests, see tests/conftest.py)."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QRect, Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QMessageBox

from tests.widgets.board_helpers import click_button, type_text, when_dialog_opens


def _no_message_boxes(monkeypatch: pytest.MonkeyPatch) -> None:
    def refuse(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected message box: {args[1:3]}")

    for name in ("warning", "critical", "information", "question"):
        monkeypatch.setattr(QMessageBox, name, staticmethod(refuse))


def _raise_tab(dock: Any) -> None:
    dock.show()
    dock.raise_()
    QApplication.processEvents()


# -- participants -------------------------------------------------------------------------


def test_the_add_button_adds_a_participant(
    board_window: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    _no_message_boxes(monkeypatch)
    doc = board_window.document
    _raise_tab(board_window.panels.participant_dock)
    panel = board_window.panels.participants
    QTest.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    names = [p.name for p in doc.participants()]
    assert names == ["Anna", "Ben", "Clara", "Participant 4"]
    assert doc.undo_stack.undoText() == "Add participant"
    assert [panel.list.item(i).text() for i in range(panel.list.count())] == names


# -- the window on the projector ----------------------------------------------------------


def _fresh_window(qtbot: Any, path: Path) -> Any:
    from widgets.window.main_window import MainWindow

    window = MainWindow()
    qtbot.addWidget(window)
    assert window.open_file(path)
    window.show()
    qtbot.waitExposed(window)
    return window


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_window_opens_inside_a_1280x720_screen(
    qtbot: Any, workshop_path: Path, lang: str
) -> None:
    from widgets import i18n

    i18n.install_translator(QApplication.instance(), lang)
    try:
        window = _fresh_window(qtbot, workshop_path)
        available = window.screen().availableGeometry()
        assert available.size().toTuple() == (1280, 720)
        qtbot.waitUntil(lambda: available.contains(window.frameGeometry()))
        hint = window.minimumSizeHint()
        assert hint.width() <= 1280 and hint.height() <= 720
        # Every dock and the whole board lie inside the window, none off-screen.
        inside = QRect(0, 0, window.width(), window.height())
        for dock in [*window.board_docks.docks(), *window.panels.docks()]:
            if dock.isVisible() and not dock.visibleRegion().isEmpty():  # a tab in front
                assert inside.contains(dock.geometry()), dock.objectName()
        assert inside.contains(window.centralWidget().geometry())
        # The moments of truth join the tabs on the right: the window does not grow.
        size = window.size()
        window.panels.moments_dock.show()
        QApplication.processEvents()
        assert window.size() == size and available.contains(window.frameGeometry())
        assert window.panels.moments is not None
        window.close_file()
    finally:
        i18n.install_translator(QApplication.instance(), "en")


def test_the_size_is_remembered_per_screen_and_fitted_to_it(
    qtbot: Any, workshop_path: Path
) -> None:
    from widgets.window.geometry import fitted, initial_rect

    window = _fresh_window(qtbot, workshop_path)
    window.setGeometry(100, 80, 900, 560)
    window.save_layout()
    window.close()
    again = _fresh_window(qtbot, workshop_path)
    assert again.geometry() == QRect(100, 80, 900, 560)
    # Whatever was stored, the window lands inside the screen.
    screen = QRect(0, 0, 1280, 720)
    assert fitted(screen, QRect(900, 600, 1500, 950)) == screen
    assert fitted(screen, QRect(-300, -40, 800, 500)) == QRect(0, 0, 800, 500)
    assert initial_rect(screen).size().toTuple() == (1280, 720)
    assert initial_rect(QRect(0, 0, 2560, 1440)) == QRect(530, 245, 1500, 950)


# -- rating ------------------------------------------------------------------------------


def test_r_switches_the_participant_and_the_board_says_who_rates(board_window: Any) -> None:
    view = board_window.board_view
    badge = board_window.panels.rater_badge
    selector = board_window.panels.selector
    assert badge.isVisible() and badge.text() == "Rating as: Anna"
    assert badge.font().pixelSize() >= 20  # readable on the projector
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_R)
    assert selector.currentText() == "Ben" and badge.text() == "Rating as: Ben"
    assert board_window.current_participant_id == selector.current_participant_id()
    QTest.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    QTest.keyClick(view, Qt.Key.Key_R, Qt.KeyboardModifier.ShiftModifier)
    assert selector.currentText() == "Clara"  # round the list
    # It sits in the status bar, by the timer: it never covers the board.
    assert board_window.statusBar().isAncestorOf(badge)
    assert board_window.document.undo_stack.count() == 0  # choosing a rater is no edit


def test_a_digit_after_choosing_a_rater_in_the_box_rates(board_window: Any) -> None:
    doc = board_window.document
    view = board_window.board_view
    card = next(c for c in doc.cards(board_window.current_map_id) if c.kind == "touchpoint")
    view.select_cards([card.id])
    view.setFocus()
    selector = board_window.panels.selector
    QTest.mouseClick(selector, Qt.MouseButton.LeftButton)  # opens the list
    QTest.keyClick(QApplication.activePopupWidget() or selector, Qt.Key.Key_Escape)
    assert not selector.hasFocus()
    QTest.keyClick(QApplication.focusWidget(), Qt.Key.Key_4)
    assert doc.rating(card.id, selector.current_participant_id())[0] == 1


def test_overwriting_a_rating_says_so_and_undo_brings_it_back(board_window: Any) -> None:
    doc = board_window.document
    view = board_window.board_view
    card = next(
        c
        for c in doc.cards(board_window.current_map_id)
        if c.kind == "touchpoint" and doc.rating(c.id, "p1") is not None
    )
    old = doc.rating(card.id, "p1")
    new_experience = 2 if old[0] != 2 else -2
    view.select_cards([card.id])
    view.setFocus()
    QTest.keyClick(view, (Qt.Key.Key_5 if new_experience == 2 else Qt.Key.Key_1))
    message = board_window.statusBar().currentMessage()
    assert message.startswith("Anna: ") and card.title in message
    assert f"/{old[1]} → " in message and "overwritten (Ctrl+Z undoes it)" in message
    assert doc.rating(card.id, "p1") == (new_experience, old[1])
    board_window.acts.undo.trigger()
    assert doc.rating(card.id, "p1") == old


def test_the_inspector_shows_the_new_votes_at_once(board_window: Any) -> None:
    doc = board_window.document
    view = board_window.board_view
    card = next(
        c
        for c in doc.cards(board_window.current_map_id)
        if c.kind == "touchpoint" and doc.rating(c.id, "p1") is None
    )
    view.select_cards([card.id])
    inspector = board_window.inspector
    votes = sum(doc.rating(card.id, p.id) is not None for p in doc.participants())
    view.setFocus()
    QTest.keyClick(view, Qt.Key.Key_2)
    # No event-loop turn in between: what the properties show is what the file holds.
    assert f"{votes + 1} vote" in inspector.card_score.text()


def test_the_toolbar_does_not_jump_when_the_undo_text_changes(
    board_window: Any, qtbot: Any
) -> None:
    toolbar = board_window.toolbar
    button = toolbar.widgetForAction(board_window.acts.undo)
    before = (
        button.x(),
        button.width(),
        toolbar.widgetForAction(board_window.acts.presentation).x(),
    )
    doc = board_window.document
    card = next(
        c
        for c in doc.cards(board_window.current_map_id)
        if c.kind == "touchpoint" and doc.rating(c.id, "p1") is None
    )
    board_window.board_view.select_cards([card.id])
    board_window.board_view.setFocus()
    QTest.keyClick(board_window.board_view, Qt.Key.Key_3)
    qtbot.waitUntil(lambda: board_window.acts.undo.text() != "&Undo")
    qtbot.wait(50)  # the toolbar lays itself out again in a later turn
    assert board_window.acts.undo.text().startswith("&Undo ")  # the menu names the edit
    assert board_window.acts.undo.toolTip().startswith("Undo Rate")
    after = (
        button.x(),
        button.width(),
        toolbar.widgetForAction(board_window.acts.presentation).x(),
    )
    assert after == before


# -- the workshop itself ----------------------------------------------------------------


def test_the_workshop_title_is_edited_in_the_inspector(board_window: Any) -> None:
    doc = board_window.document
    board_window.board_view.select_cards([])
    board_window.board_scene.clearSelection()
    _raise_tab(board_window.inspector_dock)
    inspector = board_window.inspector
    field = inspector.workshop_title
    assert inspector.pages.currentWidget() is inspector.workshop_page
    assert field.isVisible() and field.text() == doc.title()
    old = doc.title()
    QTest.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    type_text(field, "Kick-off Bäckerei Sonnenkorn")
    QTest.keyClick(field, Qt.Key.Key_Return)
    assert doc.title() == "Kick-off Bäckerei Sonnenkorn"
    assert board_window.windowTitle().startswith("Kick-off Bäckerei Sonnenkorn")
    board_window.acts.undo.trigger()
    assert doc.title() == old and field.text() == old


def test_a_channel_of_ones_own_is_added_from_the_palette(board_window: Any) -> None:
    doc = board_window.document
    palette = board_window.palette_widget
    before = len(palette.list.entries())

    def answer(dialog: Any) -> None:
        from PySide6.QtWidgets import QComboBox, QLineEdit

        QTest.keyClicks(dialog.findChild(QLineEdit), "Trade fair")
        icons = dialog.findChild(QComboBox)
        icons.setCurrentIndex(icons.findData("community"))
        click_button(dialog, "OK")

    when_dialog_opens(answer)
    QTest.mouseClick(palette.new_channel_button, Qt.MouseButton.LeftButton)
    added = doc.channels()[-1]
    assert (added.name, added.icon) == ("Trade fair", "community")
    assert any(e.get("channel_id") == added.id for e in palette.list.entries())
    assert len(palette.list.entries()) == before + 1
    assert "Trade fair" in board_window.statusBar().currentMessage()
    board_window.acts.undo.trigger()
    assert all(c.name != "Trade fair" for c in doc.channels())
    assert len(palette.list.entries()) == before


def test_a_channel_name_that_exists_is_not_added_twice(board_window: Any) -> None:
    doc = board_window.document
    count = len(doc.channels())
    seen: list[bool] = []

    def answer(dialog: Any) -> None:
        from PySide6.QtWidgets import QLineEdit

        QTest.keyClicks(dialog.findChild(QLineEdit), doc.channels()[0].name.upper())
        click_button(dialog, "OK")
        seen.append(dialog.isVisible())  # still open: the name is marked
        click_button(dialog, "Cancel")

    when_dialog_opens(answer)
    QTest.mouseClick(board_window.palette_widget.new_channel_button, Qt.MouseButton.LeftButton)
    assert seen == [True] and len(doc.channels()) == count


def test_a_deleted_open_file_is_explained_in_german_and_saved_elsewhere(
    board_window: Any, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from PySide6.QtWidgets import QFileDialog

    from widgets import i18n

    app = QApplication.instance()
    i18n.install_translator(app, "de")
    try:
        doc = board_window.document
        gone = doc.path
        card = next(
            c
            for c in doc.cards(board_window.current_map_id)
            if c.kind == "touchpoint" and doc.rating(c.id, "p1") is None
        )
        gone.unlink()
        target = tmp_path / "gerettet.journey"
        monkeypatch.setattr(
            QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(target), ""))
        )
        seen: list[tuple[str, str]] = []

        def save_elsewhere(dialog: Any) -> None:
            seen.append((dialog.windowTitle(), dialog.text()))
            click_button(dialog, "Anderswo speichern …")

        when_dialog_opens(save_elsewhere)
        view = board_window.board_view
        view.select_cards([card.id])
        view.setFocus()
        QTest.keyClick(view, Qt.Key.Key_3)
        qtbot.waitUntil(
            lambda: board_window.document is not None and board_window.document.path == target
        )
        title, text = seen[0]
        assert title == "Die Workshop-Datei ist nicht mehr da"
        assert str(gone) in text and "umbenannt, verschoben oder gelöscht" in text
        assert board_window.statusBar().currentMessage() == f"Kopie gespeichert als {target}"
        # Everything before the refused edit went with it; the workshop goes on there.
        saved = board_window.document
        assert len(saved.maps()) == 2 and saved.rating(card.id, "p1") is None
        board_window.activateWindow()  # back from the dialogs
        view.select_cards([card.id])
        view.setFocus()
        qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
        QTest.keyClick(view, Qt.Key.Key_3)
        assert saved.rating(card.id, "p1") == (0, 3)
    finally:
        i18n.install_translator(app, "en")


def test_a_long_title_never_widens_the_rating_panel(board_window: Any, qtbot: Any) -> None:
    doc = board_window.document
    view = board_window.board_view
    card = next(c for c in doc.cards(board_window.current_map_id) if c.kind == "touchpoint")
    long_title = "Bestellbestätigung " + "x" * 150 + " <b>nicht fett</b> " + "Wort " * 80
    board_window.board_scene.edits.update("card", card.id, {"title": long_title})
    board_window.panels.rating_dock.raise_()
    size = board_window.size()
    dock_width = board_window.panels.rating_dock.width()
    view.select_cards([card.id])
    qtbot.waitUntil(lambda: board_window.panels.rating.card_id == card.id)
    QApplication.processEvents()
    panel = board_window.panels.rating
    assert panel.minimumSizeHint().width() <= dock_width
    assert board_window.size() == size
    assert board_window.panels.rating_dock.width() == dock_width
    label = panel.title_label
    assert label.toolTip() == long_title  # the whole title is one hover away
    assert "<b>" in label.text() and label.textFormat() == Qt.TextFormat.PlainText
    assert label.text().startswith("Bestellbestätigung") and label.text().endswith("\u2026")


def test_switching_the_language_keeps_the_selection_and_the_panels(
    board_window: Any, qtbot: Any
) -> None:
    doc = board_window.document
    card = next(c for c in doc.cards(board_window.current_map_id) if c.kind == "touchpoint")
    board_window.board_view.select_cards([card.id])
    try:
        board_window.acts.language["de"].trigger()
        qtbot.waitUntil(lambda: board_window.panels.rater_badge.text() == "Bewertung als: Anna")
        qtbot.waitUntil(
            lambda: (
                board_window.panels.rating is not None
                and board_window.panels.rating.card_id == card.id
            )
        )
        assert board_window.board_view.selected_card_ids() == [card.id]
        assert board_window.panels.rating.title_label.toolTip() == card.title
        inspector = board_window.inspector
        assert inspector.kind == "card" and inspector.card_title.text() == card.title
        assert board_window.panels.rating.mine_box.title() == "Meine Bewertung (Anna)"
        assert (
            board_window.panels.participants is None
            or board_window.panels.participants.list.count() == 3
        )
    finally:
        board_window.acts.language["en"].trigger()


def _english_only_texts() -> set[str]:
    """Source texts of the catalogue whose German differs: seen in a German window, they
    would be English that slipped through."""
    import xml.etree.ElementTree as ET

    from widgets.i18n import ts_path

    texts = set()
    for message in ET.parse(ts_path("de")).getroot().iter("message"):
        source = (message.findtext("source") or "").replace("&", "")
        translation = (message.findtext("translation") or "").replace("&", "")
        if source and translation and source != translation and len(source) > 3:
            texts.add(source)
    return texts


def test_a_german_window_shows_no_english(qtbot: Any, tmp_path: Path) -> None:
    from PySide6.QtWidgets import QAbstractButton, QDockWidget, QLabel, QMenu

    from app.demo import demo_workshop
    from export.interchange import load
    from widgets import i18n

    app = QApplication.instance()
    i18n.install_translator(app, "de")
    try:
        path = tmp_path / "demo-de.journey"
        load(demo_workshop("de"), path)
        window = _fresh_window(qtbot, path)
        card = next(
            c for c in window.document.cards(window.current_map_id) if c.kind == "touchpoint"
        )
        window.board_view.select_cards([card.id])
        window.panels.moments_dock.show()
        QApplication.processEvents()
        english = _english_only_texts()
        shown: list[tuple[str, str]] = []
        for widget in window.findChildren(QLabel) + window.findChildren(QAbstractButton):
            if widget.isVisible():
                shown.append((type(widget).__name__, widget.text().replace("&", "")))
                shown.append(("tooltip", widget.toolTip()))
        for dock in window.findChildren(QDockWidget):
            shown.append(("dock", dock.windowTitle()))
        for menu in window.findChildren(QMenu):
            shown.append(("menu", menu.title().replace("&", "")))
            for action in menu.actions():
                shown.append(("action", action.text().replace("&", "").split("\t")[0]))
        english -= {"English"}  # the language menu names each language in itself
        leftovers = sorted({(kind, text) for kind, text in shown if text in english})
        assert leftovers == []
        assert any(text == "Bewertung" for _kind, text in shown)  # it did look
        window.close_file()
    finally:
        i18n.install_translator(app, "en")


def test_every_refused_file_has_its_reason_in_the_catalogue() -> None:
    """Each kind of refused file storage knows is said in the interface language, and in
    English exactly as the command line says it."""
    from storage import errors
    from widgets.messages import error_text, reasons

    kinds = {
        cls.__name__: cls
        for cls in vars(errors).values()
        if isinstance(cls, type) and issubclass(cls, errors.FileProblem) and "reason" in vars(cls)
    }
    assert set(reasons()) == set(kinds)
    for name, cls in kinds.items():
        assert reasons()[name] == cls.reason
        error = cls("/tmp/x.journey", "detail")
        assert error_text(error) == str(error)
