"""Core: the one catalogue of words outside the window (PDF, CSV, templates, scoring rules).

English is the source text in the code; every other language lives only in
``resources/translations/journeyboard_<lang>.ts``, the same Qt Linguist catalogue as the
window's words, compiled to the shipped ``journeyboard_<lang>.qm``. The exports also run
from the command line, which has no application object, so this module never installs a
translator: it loads a language's .qm into its own QTranslator once per process, on the
first word asked for in that language, and looks words up with ``translate``.

A text is marked for the catalogue with ``QT_TRANSLATE_NOOP(context, source)`` (or
``QT_TRANSLATE_NOOP(context, source, disambiguation)`` when one English text has two
translations): lupdate (``scripts/update_translations.py``) recognises that name and
collects the text; at run time the call returns the English text unchanged.
"""

from __future__ import annotations

import functools
from pathlib import Path
from typing import TYPE_CHECKING

import resources

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

SOURCE_LANGUAGE = "en"
TRANSLATIONS_DIR = Path(resources.__file__).resolve().parent / "translations"


def QT_TRANSLATE_NOOP(context: str, source: str, disambiguation: str | None = None) -> str:
    """Mark ``source`` for the catalogue under ``context``; returns it unchanged.

    The name is the one lupdate looks for, so the text lands in the .ts files.
    """
    return source


@functools.cache
def languages() -> tuple[str, ...]:
    """English and every language with a compiled catalogue, e.g. ("en", "de")."""
    found = sorted(
        path.stem.removeprefix("journeyboard_")
        for path in TRANSLATIONS_DIR.glob("journeyboard_*.qm")
    )
    return (SOURCE_LANGUAGE, *found)


@functools.cache
def _translator(lang: str) -> QTranslator | None:
    """The catalogue of ``lang``, loaded once; None for English or a missing catalogue."""
    if lang == SOURCE_LANGUAGE:
        return None
    # Imported here so that modules marking texts cost nothing until a word is looked up.
    from PySide6.QtCore import QTranslator

    translator = QTranslator()
    if not translator.load(str(TRANSLATIONS_DIR / f"journeyboard_{lang}.qm")):
        return None
    return translator


def translate(context: str, source: str, lang: str, disambiguation: str | None = None) -> str:
    """``source`` in ``lang``; the English ``source`` when the catalogue has no translation."""
    translator = _translator(lang)
    if translator is None:
        return source
    return translator.translate(context, source, disambiguation) or source
