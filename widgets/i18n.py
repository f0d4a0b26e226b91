"""GUI: the interface language (Qt Linguist translations, switchable at run time).

The sources of the translations are ``resources/translations/journeyboard_<lang>.ts``;
``scripts/update_translations.py`` refreshes them from the code and compiles each into the
``journeyboard_<lang>.qm`` beside it, which is shipped (in the wheel and in the bundle)
and loaded here as it is: starting needs no Qt tool and writes nothing. Nothing here may
stop the application: when a translation cannot be loaded the UI stays English and a
warning is logged.

Windows rebuild their texts either on ``QEvent.LanguageChange`` (sent by Qt to every
widget when a translator is installed) or on ``language_changed.changed(lang)``.
"""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QObject, QTranslator, Signal

import resources

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "de")
TRANSLATIONS_DIR = Path(resources.__file__).resolve().parent / "translations"


class LanguageNotifier(QObject):
    """Carries ``changed(lang)`` after a new UI language was installed."""

    changed = Signal(str)


# The run-time retranslation hook: ``language_changed.changed.connect(window.retranslate)``.
language_changed = LanguageNotifier()

_installed: list[QTranslator] = []
_current = SOURCE_LANGUAGE


def current_language() -> str:
    """The language installed last by ``install_translator`` ("en" at start)."""
    return _current


def ts_path(lang: str) -> Path:
    """The Qt Linguist source of ``lang``."""
    return TRANSLATIONS_DIR / f"journeyboard_{lang}.ts"


def qm_path(lang: str, folder: Path | None = None) -> Path:
    """The compiled translation of ``lang`` that the application loads."""
    return (folder or TRANSLATIONS_DIR) / f"journeyboard_{lang}.qm"


def _remove_installed(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translator(app: QCoreApplication, lang: str, *, folder: Path | None = None) -> bool:
    """Switch the UI to ``lang``; True when the texts are now in that language.

    Installs journeyboard_<lang>.qm (from ``folder``, default the shipped translations)
    and Qt's own qtbase_<lang>.qm (standard buttons, dialogs) if present, replacing the
    translators of an earlier call. English needs no translator. Emits
    ``language_changed.changed`` with the language now in effect.
    """
    global _current
    _remove_installed(app)
    ok = lang == SOURCE_LANGUAGE
    if not ok:
        qm = qm_path(lang, folder)
        translator = QTranslator(app)
        if lang not in LANGUAGES:
            log.warning("unknown UI language %r; the interface stays in English", lang)
        elif translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
            ok = True
        else:  # missing or not a .qm: an installation problem, not the user's
            log.warning("cannot load %s; the interface stays in English", qm)
        qt_translator = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if ok and qt_translator.load(f"qtbase_{lang}", qt_folder):
            app.installTranslator(qt_translator)
            _installed.append(qt_translator)
    _current = lang if ok else SOURCE_LANGUAGE
    language_changed.changed.emit(_current)
    return ok
