"""File > Open from Server in the window: the dialog lists the library's workshops, the
title bar names server and workshop (never the password), the server is remembered,
and another person's push shows on the board without entering the undo stack."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtTest import QTest

from storage.sync import pull, push
from storage.workshop import Workshop
from tests.server.pg_support import ANNA_PASSWORD, BEN_PASSWORD, Cluster
from tests.widgets.board_helpers import click_button, type_text, when_dialog_opens

WAIT_MS = 10_000  # how long a test waits for the other side at most (not a measurement)


@pytest.fixture
def window(qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Any]:
    from widgets.settings import Settings
    from widgets.window.main_window import MainWindow

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "data"))  # the working copies
    settings = Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))
    main = MainWindow(settings)
    qtbot.addWidget(main)
    main.resize(1280, 720)
    main.show()
    qtbot.waitExposed(main)
    yield main
    main.close_file()


@pytest.fixture
def library(library_url: str, workshop_path: Path) -> str:
    from storage.library import Library

    with Library(library_url) as lib:
        lib.init()
    push(workshop_path, f"{library_url}#Kickoff")
    return library_url


def test_open_from_server_and_see_another_persons_edit_on_the_board(
    qtbot: Any, window: Any, library: str, cluster: Cluster, database: str, tmp_path: Path
) -> None:
    def choose(dialog: Any) -> None:
        field = dialog.url.lineEdit()
        field.clear()
        type_text(field, library)
        click_button(dialog, "Show Workshops")
        assert dialog.table.rowCount() == 1 and dialog.table.item(0, 0).text() == "Kickoff"
        assert dialog.table.item(0, 4).text() == "anna"
        cell = dialog.table.visualItemRect(dialog.table.item(0, 0)).center()
        QTest.mouseClick(dialog.table.viewport(), Qt.MouseButton.LeftButton, pos=cell)
        click_button(dialog, "Open")

    when_dialog_opens(choose)
    window.menus.file_menu.show()  # as a user would: File > Open from Server...
    window.acts.open_server.trigger()
    document = window.document
    assert document is not None
    title = window.windowTitle()
    assert f"127.0.0.1:{cluster.port}/{database}#Kickoff" in title
    assert ANNA_PASSWORD not in title
    remembered = window.settings.qsettings.value("library/servers")
    assert ANNA_PASSWORD not in str(remembered) and "anna@127.0.0.1" in str(remembered)
    qtbot.waitUntil(lambda: "revision 1" in _status(window), timeout=WAIT_MS)

    # Ben pulls, edits a card and pushes: Anna's board shows it, her undo stack stays empty.
    map_id = document.maps()[0].id
    card = document.cards(map_id)[0]
    bens = tmp_path / "ben.journey"
    ben_target = f"{cluster.url(database, 'ben', BEN_PASSWORD)}#Kickoff"
    pull(ben_target, bens)
    with Workshop.open(bens) as workshop:
        workshop.update("card", card.id, title="Ben was here")
    push(bens, ben_target)
    qtbot.waitUntil(lambda: document.get("card", card.id).title == "Ben was here", timeout=WAIT_MS)
    board = window.board_scene
    qtbot.waitUntil(lambda: board.card_item(card.id).look.title == "Ben was here", timeout=WAIT_MS)
    assert document.undo_stack.count() == 0
    assert "revision 2" in _status(window)


def test_a_wrong_password_is_shown_in_the_dialog(
    qtbot: Any, window: Any, library: str, cluster: Cluster, database: str
) -> None:
    shown: list[str] = []

    def try_wrong(dialog: Any) -> None:
        field = dialog.url.lineEdit()
        field.clear()
        type_text(field, cluster.url(database, "anna", "wrong-one"))
        click_button(dialog, "Show Workshops")
        shown.append(dialog.message.text())
        click_button(dialog, "Cancel")

    when_dialog_opens(try_wrong)
    window.acts.open_server.trigger()
    assert "password authentication failed" in shown[0] and "wrong-one" not in shown[0]
    assert window.document is None


def _status(window: Any) -> str:
    from PySide6.QtWidgets import QLabel

    label = window.statusBar().findChild(QLabel, "library-status")
    return label.text() if label is not None else ""
