"""German UI: the shipped .qm loads at start, texts switch at run time, failures keep English."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging
import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from widgets import i18n
from widgets.settings import Settings
from widgets.start_screen import StartScreen
from widgets.timer import TimerWidget

ROOT = Path(__file__).resolve().parents[2]
SHELL_MODULES = ["settings", "i18n", "start_screen", "timer", "crash", "find", "presentation"]
SHELL_CONTEXTS = {
    "StartScreen",
    "create_workshop_file",
    "TimerWidget",
    "ErrorDialog",
    "FindBar",
    "PresentationController",
}


@pytest.fixture
def english_after(qapp):
    """The UI is back in English after the test."""
    yield
    i18n.install_translator(qapp, "en")


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def test_german_after_installing(qapp, english_after):
    assert translate("StartScreen", "Open the &demo") == "Open the &demo"
    assert i18n.install_translator(qapp, "de") is True
    assert i18n.current_language() == "de"
    assert translate("StartScreen", "Open the &demo") == "&Demo öffnen"
    assert translate("TimerWidget", "Time is up") == "Zeit ist um"
    # Qt's own texts come from qtbase_de.qm.
    assert translate("QPlatformTheme", "Cancel") == "Abbrechen"

    assert i18n.install_translator(qapp, "en") is True
    assert translate("StartScreen", "Open the &demo") == "Open the &demo"
    assert translate("QPlatformTheme", "Cancel") == "Cancel"


def test_widgets_built_after_switching_speak_german(qtbot, qapp, english_after, tmp_path):
    i18n.install_translator(qapp, "de")
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    screen = StartScreen(settings)
    qtbot.addWidget(screen)
    assert screen.demo_button.text() == "&Demo öffnen"
    assert screen.recent_heading.text() == "Zuletzt geöffnete Workshops"
    assert screen.template_buttons["7-phases"].description().startswith("Bewusstsein, Interesse")
    timer = TimerWidget()
    qtbot.addWidget(timer)
    assert timer.start_button.text() == "Start"
    assert timer.reset_button.text() == "Zurücksetzen"
    assert timer.minutes.suffix() == " Min."


def test_open_widgets_switch_at_run_time(qtbot, qapp, english_after, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    screen = StartScreen(settings)
    qtbot.addWidget(screen)
    assert screen.new_heading.text() == "New from template"
    with qtbot.waitSignal(i18n.language_changed.changed) as blocker:
        i18n.install_translator(qapp, "de")
    assert blocker.args == ["de"]
    qtbot.waitUntil(lambda: screen.new_heading.text() == "Neu aus Vorlage")
    with qtbot.waitSignal(i18n.language_changed.changed) as blocker:
        i18n.install_translator(qapp, "en")
    assert blocker.args == ["en"]
    qtbot.waitUntil(lambda: screen.new_heading.text() == "New from template")


def test_a_missing_qm_keeps_english(qapp, english_after, tmp_path, caplog):
    with caplog.at_level(logging.WARNING, logger="widgets.i18n"):
        assert i18n.install_translator(qapp, "de", folder=tmp_path) is False
    assert i18n.current_language() == "en"
    assert translate("StartScreen", "Open the &demo") == "Open the &demo"
    assert "journeyboard_de.qm" in caplog.text and "stays in English" in caplog.text


def test_a_damaged_qm_is_not_fatal(qapp, english_after, tmp_path, caplog):
    i18n.qm_path("de", tmp_path).write_bytes(b"not a translation file" * 10)
    with caplog.at_level(logging.WARNING, logger="widgets.i18n"):
        assert i18n.install_translator(qapp, "de", folder=tmp_path) is False
    assert translate("TimerWidget", "Time is up") == "Time is up"
    assert "stays in English" in caplog.text


def test_starting_in_german_writes_nothing(qapp, english_after, tmp_path, monkeypatch):
    """The shipped .qm is loaded as it is: no compiler runs, no cache is written."""
    monkeypatch.setenv("PATH", str(tmp_path))  # no Qt tool could be found
    monkeypatch.setenv("XDG_CACHE_HOME", str(tmp_path / "cache"))
    before = sorted(i18n.TRANSLATIONS_DIR.iterdir())
    assert i18n.install_translator(qapp, "de") is True
    assert translate("TimerWidget", "Time is up") == "Zeit ist um"
    assert sorted(i18n.TRANSLATIONS_DIR.iterdir()) == before
    assert not (tmp_path / "cache").exists()


def test_unknown_language(qapp, english_after, caplog):
    with caplog.at_level(logging.WARNING, logger="widgets.i18n"):
        assert i18n.install_translator(qapp, "fr") is False
    assert i18n.current_language() == "en"


def test_every_shell_text_has_a_german_translation(tmp_path):
    """lupdate over the shell modules finds no text that the .ts leaves untranslated."""
    sys.path.insert(0, str(ROOT / "scripts"))
    try:
        import update_translations
    finally:
        sys.path.remove(str(ROOT / "scripts"))
    ts = tmp_path / "journeyboard_de.ts"
    shutil.copy(i18n.ts_path("de"), ts)
    sources = [str(ROOT / "widgets" / f"{name}.py") for name in SHELL_MODULES]
    subprocess.run(
        [
            *update_translations.lupdate_command(),
            "-silent",
            "-locations",
            "none",
            *sources,
            "-ts",
            str(ts),
        ],
        check=True,
    )
    missing = [
        (context, text)
        for context, text in update_translations.unfinished(ts)
        if context in SHELL_CONTEXTS
    ]
    assert missing == []
