"""German UI: the .ts compiles at start, texts switch at run time, failures keep English."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import logging  # noqa: E402
import shutil  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import time  # noqa: E402
from pathlib import Path  # noqa: E402

import pytest  # noqa: E402
from PySide6.QtCore import QCoreApplication, QSettings  # noqa: E402

from widgets import i18n  # noqa: E402
from widgets.settings import Settings  # noqa: E402
from widgets.start_screen import StartScreen  # noqa: E402
from widgets.timer import TimerWidget  # noqa: E402

ROOT = Path(__file__).resolve().parents[2]
SHELL_MODULES = ["settings", "i18n", "start_screen", "timer", "crash", "find", "presentation"]
SHELL_CONTEXTS = {"StartScreen", "create_workshop_file", "TimerWidget", "ErrorDialog",
                  "FindBar", "PresentationController"}


@pytest.fixture
def cache(qapp, tmp_path):
    """A fresh .qm cache; the UI is back in English after the test."""
    yield tmp_path / "cache"
    i18n.install_translator(qapp, "en")


def translate(context: str, text: str) -> str:
    return QCoreApplication.translate(context, text)


def test_german_after_installing(qapp, cache):
    assert translate("StartScreen", "Open the &demo") == "Open the &demo"
    assert i18n.install_translator(qapp, "de", cache) is True
    assert (cache / "journeyboard_de.qm").is_file()
    assert i18n.current_language() == "de"
    assert translate("StartScreen", "Open the &demo") == "&Demo öffnen"
    assert translate("TimerWidget", "Time is up") == "Zeit ist um"
    # Qt's own texts come from qtbase_de.qm.
    assert translate("QPlatformTheme", "Cancel") == "Abbrechen"

    assert i18n.install_translator(qapp, "en", cache) is True
    assert translate("StartScreen", "Open the &demo") == "Open the &demo"
    assert translate("QPlatformTheme", "Cancel") == "Cancel"


def test_widgets_built_after_switching_speak_german(qtbot, qapp, cache, tmp_path):
    i18n.install_translator(qapp, "de", cache)
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


def test_open_widgets_switch_at_run_time(qtbot, qapp, cache, tmp_path):
    settings = Settings(QSettings(str(tmp_path / "s.ini"), QSettings.Format.IniFormat))
    screen = StartScreen(settings)
    qtbot.addWidget(screen)
    assert screen.new_heading.text() == "New from template"
    with qtbot.waitSignal(i18n.language_changed.changed) as blocker:
        i18n.install_translator(qapp, "de", cache)
    assert blocker.args == ["de"]
    qtbot.waitUntil(lambda: screen.new_heading.text() == "Neu aus Vorlage")
    with qtbot.waitSignal(i18n.language_changed.changed) as blocker:
        i18n.install_translator(qapp, "en", cache)
    assert blocker.args == ["en"]
    qtbot.waitUntil(lambda: screen.new_heading.text() == "New from template")


def test_the_qm_is_rebuilt_only_when_the_ts_changed(qapp, cache, tmp_path, monkeypatch):
    ts = tmp_path / "journeyboard_de.ts"
    shutil.copy(i18n.ts_path("de"), ts)
    monkeypatch.setattr(i18n, "TRANSLATIONS_DIR", tmp_path)
    qm = i18n.build_qm("de", cache)
    built = qm.stat().st_mtime_ns
    time.sleep(0.02)
    assert i18n.build_qm("de", cache) == qm
    assert qm.stat().st_mtime_ns == built  # fresh: not built again

    ts.write_text(ts.read_text(encoding="utf-8").replace("Zeit ist um", "Die Zeit ist um"),
                  encoding="utf-8")
    os.utime(ts, (time.time() + 5, time.time() + 5))  # newer than the .qm
    i18n.build_qm("de", cache)
    assert qm.stat().st_mtime_ns != built
    assert i18n.install_translator(qapp, "de", cache)
    assert translate("TimerWidget", "Time is up") == "Die Zeit ist um"

    qm.unlink()  # missing: built again
    assert i18n.build_qm("de", cache) == qm and qm.is_file()


def test_without_lrelease_the_ui_stays_english(qapp, cache, monkeypatch, caplog):
    monkeypatch.setattr(i18n, "lrelease_commands", lambda: [["/no/such/lrelease"]])
    with caplog.at_level(logging.WARNING, logger="widgets.i18n"):
        assert i18n.install_translator(qapp, "de", cache) is False
    assert i18n.current_language() == "en"
    assert translate("StartScreen", "Open the &demo") == "Open the &demo"
    assert "stays in English" in caplog.text


@pytest.mark.skipif(sys.platform == "win32", reason="the fake lrelease is a shell script")
def test_a_broken_lrelease_is_not_fatal(qapp, cache, monkeypatch, tmp_path, caplog):
    fake = tmp_path / "lrelease"
    fake.write_text("#!/bin/sh\necho 'lrelease: out of cheese' >&2\nexit 3\n")
    fake.chmod(0o755)
    monkeypatch.setattr(i18n, "lrelease_commands", lambda: [[str(fake)]])
    with caplog.at_level(logging.WARNING, logger="widgets.i18n"):
        assert i18n.install_translator(qapp, "de", cache) is False
    assert "out of cheese" in caplog.text
    assert not list(cache.glob("*.qm"))  # no half-written file left behind


def test_unknown_language(qapp, cache, caplog):
    with caplog.at_level(logging.WARNING, logger="widgets.i18n"):
        assert i18n.install_translator(qapp, "fr", cache) is False
    assert i18n.current_language() == "en"


def test_lrelease_is_found():
    commands = i18n.lrelease_commands()
    assert commands, "PySide6 ships lrelease"
    assert Path(commands[0][0]).name.startswith(("lrelease", "pyside6-lrelease"))


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
    subprocess.run([*update_translations.lupdate_command(), "-silent", "-locations", "none",
                    *sources, "-ts", str(ts)], check=True)
    missing = [(context, text) for context, text in update_translations.unfinished(ts)
               if context in SHELL_CONTEXTS]
    assert missing == []
