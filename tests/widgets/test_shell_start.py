"""The start screen's requests, and creating a workshop file from a template or the demo."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path
from types import SimpleNamespace

import pytest
from PySide6.QtCore import QSettings, Qt
from PySide6.QtWidgets import QFileDialog, QMessageBox

from app.document import JourneyDocument
from widgets import start_screen
from widgets.settings import Settings
from widgets.start_screen import DEMO_KEY, StartScreen, create_workshop_file


@pytest.fixture
def settings(tmp_path) -> Settings:
    return Settings(QSettings(str(tmp_path / "settings.ini"), QSettings.Format.IniFormat))


@pytest.fixture
def recent(tmp_path, settings) -> list[Path]:
    """Three workshop files in the recent list; the last one added is first."""
    folder = tmp_path / "workshops"
    folder.mkdir()
    paths = []
    for name in ("kickoff", "Bäckerei", "onboarding"):
        path = folder / f"{name}.journey"
        path.write_bytes(b"")
        settings.add_recent_file(path)
        paths.append(path)
    return paths[::-1]


@pytest.fixture
def screen(qtbot, settings):
    screen = StartScreen(settings)
    qtbot.addWidget(screen)
    screen.resize(1000, 650)
    screen.show()
    qtbot.waitExposed(screen)
    return screen


def _shown_paths(screen: StartScreen) -> list[Path]:
    return [
        Path(screen.recent.item(row).data(start_screen.PATH_ROLE))
        for row in range(screen.recent.count())
    ]


def test_recent_workshops_most_recent_first(recent, screen):
    assert _shown_paths(screen) == recent
    assert screen.recent.item(0).text() == "onboarding"
    assert screen.recent.isVisible()
    assert not screen.empty_label.isVisible()


def test_enter_opens_the_current_recent_workshop(qtbot, recent, screen):
    screen.recent.setFocus()
    screen.recent.setCurrentRow(1)
    with qtbot.waitSignal(screen.openRequested) as blocker:
        qtbot.keyClick(screen.recent, Qt.Key.Key_Return)
    assert blocker.args == [str(recent[1])]


def test_double_click_opens(qtbot, recent, screen):
    rect = screen.recent.visualItemRect(screen.recent.item(2))
    # A real double-click starts with a press; QTest's mouseDClick alone skips it.
    opened = []
    screen.openRequested.connect(opened.append)
    qtbot.mouseClick(screen.recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == []  # one click only selects
    qtbot.mouseDClick(screen.recent.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert opened == [str(recent[2])]


def test_missing_files_are_not_offered(qtbot, recent, settings):
    recent[0].unlink()
    screen = StartScreen(settings)
    qtbot.addWidget(screen)
    assert _shown_paths(screen) == recent[1:]


def test_remove_from_list_keeps_the_file(recent, screen, settings):
    screen.recent.setCurrentRow(0)
    screen.remove_button.click()
    assert _shown_paths(screen) == recent[1:]
    assert settings.recent_files() == recent[1:]
    assert recent[0].exists()


def test_focus_starts_on_the_recent_list(qtbot, recent, screen):
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.recent.hasFocus())


def test_focus_starts_on_blank_without_recent_workshops(qtbot, screen):
    screen.activateWindow()
    qtbot.waitUntil(lambda: screen.template_buttons["blank"].hasFocus())


def test_delete_key_forgets(qtbot, recent, screen):
    screen.recent.setFocus()
    screen.recent.setCurrentRow(1)
    qtbot.keyClick(screen.recent, Qt.Key.Key_Delete)
    assert _shown_paths(screen) == [recent[0], recent[2]]


def test_empty_state(screen):
    assert screen.recent.count() == 0
    assert screen.empty_label.isVisible()
    assert "No recent workshops" in screen.empty_label.text()
    assert not screen.remove_button.isVisible()


def test_new_from_template_in_the_chosen_language(qtbot, screen):
    requests = []
    screen.newRequested.connect(lambda key, lang: requests.append((key, lang)))
    screen.language.setCurrentIndex(screen.language.findData("en"))
    qtbot.mouseClick(screen.template_buttons["4-phases"], Qt.MouseButton.LeftButton)
    screen.language.setCurrentIndex(screen.language.findData("de"))
    qtbot.mouseClick(screen.template_buttons["7-phases"], Qt.MouseButton.LeftButton)
    screen.template_buttons["blank"].setFocus()
    qtbot.keyClick(screen.template_buttons["blank"], Qt.Key.Key_Space)  # keyboard works too
    assert requests == [("4-phases", "en"), ("7-phases", "de"), ("blank", "de")]
    assert [screen.language.itemText(i) for i in range(2)] == ["English", "Deutsch"]


def test_template_language_defaults_to_the_ui_language(qtbot, settings):
    settings.set_language("de")
    screen = StartScreen(settings)
    qtbot.addWidget(screen)
    assert screen.template_language() == "de"


def test_open_and_demo(qtbot, screen):
    with qtbot.waitSignal(screen.openDialogRequested):
        qtbot.mouseClick(screen.open_button, Qt.MouseButton.LeftButton)
    screen.language.setCurrentIndex(screen.language.findData("de"))
    with qtbot.waitSignal(screen.demoRequested) as blocker:
        qtbot.mouseClick(screen.demo_button, Qt.MouseButton.LeftButton)
    assert blocker.args == ["de"]


def test_texts_a_user_reads(screen):
    assert screen.title.text() == "Journeyboard"
    assert "workshop" in screen.subtitle.text()
    assert screen.demo_button.text() == "Open the &demo"
    assert screen.template_buttons["4-phases"].description() == (
        "Awareness, Consideration, Conversion, After-sales"
    )


# -- create_workshop_file ------------------------------------------------------------------


@pytest.fixture
def save_dialog(monkeypatch):
    """Answers QFileDialog.getSaveFileName with the queued names ("" = cancel)."""
    answers: list[str] = []
    asked = []

    def fake(parent, caption, directory, filters, *rest):
        asked.append((caption, directory, filters))
        return (answers.pop(0) if answers else "", filters)

    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(fake))
    return SimpleNamespace(answers=answers, asked=asked)


@pytest.fixture
def warnings(monkeypatch):
    shown = []

    def warning(parent, title, text, *rest):
        shown.append((title, text))

    monkeypatch.setattr(QMessageBox, "warning", staticmethod(warning))
    return shown


def _phase_names(path: Path) -> tuple[str, list[str]]:
    document = JourneyDocument.open(path)
    try:
        first = document.maps()[0]
        return document.title(), [p.name for p in document.phases(first.id)]
    finally:
        document.close()


def test_new_workshop_from_a_template(qapp, tmp_path, save_dialog, warnings):
    save_dialog.answers.append(str(tmp_path / "Kundenreise Bäckerei"))
    path = create_workshop_file(None, "7-phases", "de", folder=tmp_path)
    assert path == tmp_path / "Kundenreise Bäckerei.journey"  # the suffix is added
    title, phases = _phase_names(path)
    assert title == "Kundenreise Bäckerei"
    assert phases[:2] == ["Bewusstsein", "Interesse"] and len(phases) == 7
    assert warnings == []
    caption, directory, filters = save_dialog.asked[0]
    assert directory == str(tmp_path / "Workshop.journey")
    assert "*.journey" in filters


def test_the_demo(qapp, tmp_path, save_dialog):
    save_dialog.answers.append(str(tmp_path / "demo.journey"))
    path = create_workshop_file(None, DEMO_KEY, "en", folder=tmp_path)
    assert path == tmp_path / "demo.journey"
    _title, phases = _phase_names(path)
    assert phases[0] == "Awareness"


def test_cancel_writes_nothing(qapp, tmp_path, save_dialog):
    assert create_workshop_file(None, "blank", "en", folder=tmp_path) is None
    assert list(tmp_path.iterdir()) == []


def test_an_existing_file_is_never_replaced(qapp, tmp_path, save_dialog, warnings):
    existing = tmp_path / "kickoff.journey"
    existing.write_bytes(b"precious")
    save_dialog.answers += [str(existing), str(tmp_path / "kickoff 2.journey")]
    path = create_workshop_file(None, "4-phases", "en", folder=tmp_path)
    assert existing.read_bytes() == b"precious"
    assert path == tmp_path / "kickoff 2.journey"
    assert len(warnings) == 1
    title, text = warnings[0]
    assert title == "The file already exists"
    assert str(existing) in text and "Choose another name" in text
    assert save_dialog.asked[1][1] == str(tmp_path / "kickoff.journey")  # asked again there


def test_a_refused_file_is_explained(qapp, tmp_path, save_dialog, warnings):
    save_dialog.answers.append(str(tmp_path / "no such folder" / "w.journey"))
    assert create_workshop_file(None, "blank", "en", folder=tmp_path) is None
    title, text = warnings[0]
    assert title == "Could not create the workshop"
    assert "the folder does not exist" in text
    assert "Nothing was written" in text


def test_a_disk_error_is_explained(qapp, tmp_path, save_dialog, warnings, monkeypatch):
    target = tmp_path / "w.journey"

    def full_disk(data, path):
        raise OSError(28, "No space left on device", str(path))

    monkeypatch.setattr("export.interchange.load", full_disk)
    save_dialog.answers.append(str(target))
    assert create_workshop_file(None, "blank", "en", folder=tmp_path) is None
    title, text = warnings[0]
    assert title == "Could not create the workshop"
    assert f"{target}: No space left on device" in text
    assert "disk is not full" in text
