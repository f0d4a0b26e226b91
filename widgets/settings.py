"""GUI: the user's settings (recent files, window layout, language, export options).

A thin typed wrapper over ``QSettings`` ("Journeyboard"/"Journeyboard"). Tests pass their
own ``QSettings`` on an ini file, so nothing touches the user's real settings.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import Any

from PySide6.QtCore import QByteArray, QLocale, QSettings

ORGANIZATION = "Journeyboard"
APPLICATION = "Journeyboard"
MAX_RECENT_FILES = 10
LANGUAGE_NAMES = (("en", "English"), ("de", "Deutsch"))  # each named in its own language
UI_LANGUAGES = tuple(code for code, _name in LANGUAGE_NAMES)
DEFAULT_EXPORT_OPTIONS: dict[str, Any] = {
    "page_size": "A3",
    "include_personas": True,
    "include_tables": True,
    "delimiter": ",",
}

_RECENT = "recentFiles"
_GEOMETRY = "window/geometry"
_STATE = "window/state"
_LANGUAGE = "ui/language"
_EXPORT = "export/options"


def system_language(locale: QLocale | None = None) -> str:
    """ "de" when the (system) locale is German, else "en"."""
    locale = QLocale.system() if locale is None else locale
    return "de" if locale.language() == QLocale.Language.German else "en"


def _same_file(a: str, b: str) -> bool:
    return os.path.normcase(a) == os.path.normcase(b)


class Settings:
    """The user's persistent settings; every setter writes through at once."""

    def __init__(self, qsettings: QSettings | None = None) -> None:
        self.qsettings = (
            qsettings
            if qsettings is not None
            else QSettings(
                QSettings.Format.NativeFormat, QSettings.Scope.UserScope, ORGANIZATION, APPLICATION
            )
        )

    def sync(self) -> None:
        """Write pending changes to permanent storage (Qt also does it on exit)."""
        self.qsettings.sync()

    # -- recent files ---------------------------------------------------------------------

    def _stored_recent(self) -> list[str]:
        size = self.qsettings.beginReadArray(_RECENT)
        paths = []
        for index in range(size):
            self.qsettings.setArrayIndex(index)
            value = self.qsettings.value("path")
            if isinstance(value, str) and value:
                paths.append(value)
        self.qsettings.endArray()
        return paths

    def _store_recent(self, paths: list[str]) -> None:
        self.qsettings.remove(_RECENT)
        self.qsettings.beginWriteArray(_RECENT, len(paths))
        for index, path in enumerate(paths):
            self.qsettings.setArrayIndex(index)
            self.qsettings.setValue("path", path)
        self.qsettings.endArray()

    def recent_files(self) -> list[Path]:
        """Recently opened workshops, most recent first; files that are gone are dropped."""
        stored = self._stored_recent()
        existing = [path for path in stored if Path(path).is_file()]
        if existing != stored:
            self._store_recent(existing)
        return [Path(path) for path in existing]

    def add_recent_file(self, path: Path | str) -> None:
        """Put ``path`` first in the recent list (at most MAX_RECENT_FILES are kept)."""
        text = str(Path(path).expanduser().absolute())
        paths = [p for p in self._stored_recent() if not _same_file(p, text)]
        self._store_recent([text, *paths][:MAX_RECENT_FILES])

    def remove_recent_file(self, path: Path | str) -> None:
        """Drop ``path`` from the recent list (e.g. after it failed to open)."""
        text = str(Path(path).expanduser().absolute())
        self._store_recent([p for p in self._stored_recent() if not _same_file(p, text)])

    def clear_recent_files(self) -> None:
        self._store_recent([])

    # -- window layout --------------------------------------------------------------------

    def _bytes(self, key: str) -> QByteArray | None:
        value = self.qsettings.value(key)
        if isinstance(value, QByteArray) and not value.isEmpty():
            return value
        if isinstance(value, bytes | bytearray) and value:
            return QByteArray(bytes(value))
        return None

    def window_geometry(self, screen: str = "") -> QByteArray | None:
        """What ``QMainWindow.saveGeometry()`` returned last time on ``screen`` (a key such
        as "1280x720"; "" for any screen), or None."""
        return self._bytes(f"{_GEOMETRY}/{screen}" if screen else _GEOMETRY)

    def set_window_geometry(self, data: QByteArray | bytes, screen: str = "") -> None:
        self.qsettings.setValue(f"{_GEOMETRY}/{screen}" if screen else _GEOMETRY, QByteArray(data))

    def window_state(self) -> QByteArray | None:
        """What ``QMainWindow.saveState()`` (docks, toolbars) returned last time, or None."""
        return self._bytes(_STATE)

    def set_window_state(self, data: QByteArray | bytes) -> None:
        self.qsettings.setValue(_STATE, QByteArray(data))

    # -- language -------------------------------------------------------------------------

    def language(self) -> str:
        """The UI language, "en" or "de"; the system's language until the user chooses."""
        value = self.qsettings.value(_LANGUAGE)
        return value if value in UI_LANGUAGES else system_language()

    def set_language(self, lang: str) -> None:
        if lang not in UI_LANGUAGES:
            raise ValueError(f"unknown UI language {lang!r}; valid: {', '.join(UI_LANGUAGES)}")
        self.qsettings.setValue(_LANGUAGE, lang)

    # -- export options -------------------------------------------------------------------

    def export_options(self) -> dict[str, Any]:
        """The last export options: DEFAULT_EXPORT_OPTIONS overlaid with what was stored."""
        options = dict(DEFAULT_EXPORT_OPTIONS)
        value = self.qsettings.value(_EXPORT)
        # Stored as JSON so booleans and numbers keep their type in every settings format.
        try:
            stored = json.loads(value) if isinstance(value, str) else {}
        except ValueError:
            stored = {}
        if isinstance(stored, dict):
            options.update(stored)
        return options

    def set_export_options(self, options: dict[str, Any]) -> None:
        """Remember ``options`` (merged over the stored ones) for the next export dialog."""
        merged = {**self.export_options(), **options}
        self.qsettings.setValue(_EXPORT, json.dumps(merged, ensure_ascii=False, sort_keys=True))
