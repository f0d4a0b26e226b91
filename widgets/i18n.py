"""GUI: the interface language (Qt Linguist translations, switchable at run time).

The sources of the translations are ``resources/translations/journeyboard_<lang>.ts``
(refreshed by ``scripts/update_translations.py``). At start the ``.qm`` is compiled
into a cache folder with the ``lrelease`` shipped in PySide6 when it is missing or
older than the ``.ts``. Nothing here may stop the application: when a translation
cannot be built or loaded the UI stays English and a warning is logged.

Windows rebuild their texts either on ``QEvent.LanguageChange`` (sent by Qt to every
widget when a translator is installed) or on ``language_changed.changed(lang)``.
"""

from __future__ import annotations

import logging
import os
import sys
from pathlib import Path

import PySide6
from PySide6.QtCore import (
    QCoreApplication,
    QLibraryInfo,
    QObject,
    QStandardPaths,
    QTranslator,
    Signal,
)

import resources

log = logging.getLogger(__name__)

SOURCE_LANGUAGE = "en"
LANGUAGES = ("en", "de")
TRANSLATIONS_DIR = Path(resources.__file__).resolve().parent / "translations"
LRELEASE_TIMEOUT = 60  # seconds; lrelease takes well under one on our files


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


def default_cache_dir() -> Path:
    """Where compiled ``.qm`` files go: the user's cache folder, else the temp folder."""
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.CacheLocation)
    if location:
        return Path(location) / "translations"
    import tempfile

    return Path(tempfile.gettempdir()) / "journeyboard" / "translations"


def lrelease_commands() -> list[list[str]]:
    """The ways to run lrelease, best first: PySide6's own binary, then the console script."""
    import shutil

    commands = []
    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease.exe", "lrelease") if sys.platform == "win32" else ("lrelease",):
        if (folder / name).is_file():
            commands.append([str(folder / name)])
            break
    # The console script sits beside the interpreter even when that folder is not on PATH.
    script_name = "pyside6-lrelease.exe" if sys.platform == "win32" else "pyside6-lrelease"
    beside = Path(sys.executable).parent / script_name
    script = str(beside) if beside.is_file() else shutil.which("pyside6-lrelease")
    if script:
        commands.append([script])
    return commands


def _compile(source: Path, target: Path) -> bool:
    """Run lrelease on ``source`` into ``target`` (complete or absent); True on success."""
    import subprocess  # only when a .qm must be built: at start the cached one is found
    import tempfile

    target.parent.mkdir(parents=True, exist_ok=True)
    for command in lrelease_commands():
        # A temporary name in the target folder, then a replace: two starting instances
        # never read a half-written file.
        fd, temp_name = tempfile.mkstemp(suffix=".qm", dir=target.parent)
        os.close(fd)
        temp = Path(temp_name)
        try:
            result = subprocess.run(
                [*command, "-silent", str(source), "-qm", str(temp)],
                capture_output=True, text=True, timeout=LRELEASE_TIMEOUT, check=False)
            if result.returncode == 0 and temp.stat().st_size > 0:
                os.replace(temp, target)
                return True
            log.warning("%s failed on %s: %s", command[0], source,
                        (result.stderr or result.stdout).strip())
        except (OSError, subprocess.SubprocessError) as error:
            log.warning("cannot run %s: %s", command[0], error)
        finally:
            temp.unlink(missing_ok=True)
    return False


def build_qm(lang: str, cache_dir: Path | None = None) -> Path | None:
    """The compiled translation of ``lang``, built when missing, older than its .ts, or
    built from another version of it.

    Returns None (and logs a warning) when there is no .ts or it cannot be compiled;
    a stale .qm that exists is still returned then, as it beats no translation.
    """
    import hashlib  # here: an English interface never needs it

    source = ts_path(lang)
    target = (cache_dir or default_cache_dir()) / f"journeyboard_{lang}.qm"
    if not source.is_file():
        log.warning("no translation source for %r at %s", lang, source)
        return None
    stamp = target.with_suffix(".qm.sha256")
    try:
        digest = hashlib.sha256(source.read_bytes()).hexdigest()
        # mtimes alone mislead after a reinstall (wheels keep old ones): also compare
        # the digest of the .ts that the .qm was built from.
        fresh = (target.is_file() and target.stat().st_mtime >= source.stat().st_mtime
                 and stamp.is_file() and stamp.read_text().strip() == digest)
        if fresh:
            return target
        if _compile(source, target):
            stamp.write_text(digest + "\n")
            return target
    except OSError as error:
        log.warning("cannot build %s: %s", target, error)
    if target.is_file():
        return target
    log.warning("no lrelease could compile %s; the interface stays in English", source)
    return None


def _remove_installed(app: QCoreApplication) -> None:
    while _installed:
        app.removeTranslator(_installed.pop())


def install_translator(app: QCoreApplication, lang: str, cache_dir: Path | None = None) -> bool:
    """Switch the UI to ``lang``; True when the texts are now in that language.

    Installs journeyboard_<lang>.qm and Qt's own qtbase_<lang>.qm (standard buttons,
    dialogs) if present, replacing the translators of an earlier call. English needs no
    translator. Emits ``language_changed.changed`` with the language now in effect.
    """
    global _current
    _remove_installed(app)
    ok = lang == SOURCE_LANGUAGE
    if not ok:
        qm = build_qm(lang, cache_dir) if lang in LANGUAGES else None
        if lang not in LANGUAGES:
            log.warning("unknown UI language %r; the interface stays in English", lang)
        translator = QTranslator(app)
        if qm is not None and translator.load(str(qm)):
            app.installTranslator(translator)
            _installed.append(translator)
            ok = True
        elif qm is not None:
            log.warning("cannot load %s; the interface stays in English", qm)
        qt_translator = QTranslator(app)
        qt_folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        if ok and qt_translator.load(f"qtbase_{lang}", qt_folder):
            app.installTranslator(qt_translator)
            _installed.append(qt_translator)
    _current = lang if ok else SOURCE_LANGUAGE
    language_changed.changed.emit(_current)
    return ok
