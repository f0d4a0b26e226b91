"""Settings: recent files, window layout, language and export options survive a restart."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path

import pytest
from PySide6.QtCore import QByteArray, QLocale, QSettings

from widgets.settings import (
    DEFAULT_EXPORT_OPTIONS,
    MAX_RECENT_FILES,
    Settings,
    system_language,
)


def _settings(path: Path) -> Settings:
    return Settings(QSettings(str(path), QSettings.Format.IniFormat))


@pytest.fixture
def ini(tmp_path: Path) -> Path:
    return tmp_path / "settings" / "journeyboard.ini"


def _files(folder: Path, count: int) -> list[Path]:
    folder.mkdir(exist_ok=True)
    paths = []
    for number in range(count):
        path = folder / f"w{number}.journey"
        path.write_bytes(b"")
        paths.append(path)
    return paths


def test_recent_files_most_recent_first_without_duplicates(tmp_path, ini):
    a, b, c = _files(tmp_path / "files", 3)
    settings = _settings(ini)
    for path in (a, b, c, a):
        settings.add_recent_file(path)
    assert settings.recent_files() == [a, c, b]


def test_recent_files_keep_at_most_ten(tmp_path, ini):
    paths = _files(tmp_path / "files", MAX_RECENT_FILES + 3)
    settings = _settings(ini)
    for path in paths:
        settings.add_recent_file(path)
    recent = settings.recent_files()
    assert len(recent) == MAX_RECENT_FILES
    assert recent[0] == paths[-1]
    assert paths[0] not in recent


def test_missing_files_are_dropped_when_read(tmp_path, ini):
    a, b = _files(tmp_path / "files", 2)
    settings = _settings(ini)
    settings.add_recent_file(a)
    settings.add_recent_file(b)
    b.unlink()
    assert settings.recent_files() == [a]
    b.write_bytes(b"")  # it comes back, but it was forgotten for good
    assert _settings(ini).recent_files() == [a]


def test_remove_and_clear_recent_files(tmp_path, ini):
    a, b = _files(tmp_path / "files", 2)
    settings = _settings(ini)
    settings.add_recent_file(a)
    settings.add_recent_file(b)
    settings.remove_recent_file(str(b))
    assert settings.recent_files() == [a]
    settings.clear_recent_files()
    assert settings.recent_files() == []


def test_everything_survives_a_restart(tmp_path, ini):
    a, b = _files(tmp_path / "files", 2)
    settings = _settings(ini)
    settings.add_recent_file(a)
    settings.add_recent_file(b)
    settings.set_window_geometry(QByteArray(b"\x01geometry\x00\xff"))
    settings.set_window_state(b"\x00state")
    settings.set_language("de")
    settings.set_export_options({"page_size": "A1", "include_personas": False, "delimiter": ";"})
    settings.sync()
    del settings

    again = _settings(ini)
    assert again.recent_files() == [b, a]
    assert bytes(again.window_geometry()) == b"\x01geometry\x00\xff"
    assert bytes(again.window_state()) == b"\x00state"
    assert again.language() == "de"
    options = again.export_options()
    assert options == {
        "page_size": "A1",
        "include_personas": False,
        "include_tables": True,
        "delimiter": ";",
    }
    assert options["include_personas"] is False  # a real bool, not the string "false"


def test_defaults_on_a_fresh_file(ini, monkeypatch):
    settings = _settings(ini)
    assert settings.recent_files() == []
    assert settings.window_geometry() is None
    assert settings.window_state() is None
    assert settings.export_options() == DEFAULT_EXPORT_OPTIONS
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.German)))
    assert settings.language() == "de"
    monkeypatch.setattr(QLocale, "system", staticmethod(lambda: QLocale(QLocale.Language.French)))
    assert settings.language() == "en"


def test_system_language():
    assert system_language(QLocale(QLocale.Language.German, QLocale.Country.Austria)) == "de"
    assert system_language(QLocale(QLocale.Language.English)) == "en"
    assert system_language(QLocale(QLocale.Language.Japanese)) == "en"


def test_unknown_language_is_refused(ini):
    settings = _settings(ini)
    with pytest.raises(ValueError, match="unknown UI language 'fr'"):
        settings.set_language("fr")
    settings.qsettings.setValue("ui/language", "fr")  # e.g. edited by hand
    assert settings.language() in ("en", "de")


def test_damaged_export_options_fall_back_to_defaults(ini):
    settings = _settings(ini)
    settings.qsettings.setValue("export/options", "{not json")
    assert settings.export_options() == DEFAULT_EXPORT_OPTIONS
