"""The one catalogue of words: the exports and templates take their German from the .ts."""

from __future__ import annotations

import ast
import re
import shutil
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import words
from app.templates import default_channels, template_label, workshop_from_template

ROOT = Path(__file__).resolve().parents[2]
TS = ROOT / "resources" / "translations" / "journeyboard_de.ts"
# The contexts of the words outside the window (PDF, CSV, templates, scoring rules).
CONTEXTS = {"pdf", "csv", "templates", "scoring"}
# The sample workshop's own content (card titles, persona profiles) in both languages:
# a workshop's data, like a user's file, not words of the program.
DEMO_CONTENT = {
    "demo_texts.py",
    "demo_cards.py",
    "demo_cards_late.py",
    "demo_actions.py",
    "demo_blueprint.py",
}

sys.path.insert(0, str(ROOT / "scripts"))
try:
    import update_translations
finally:
    sys.path.remove(str(ROOT / "scripts"))


def catalogue_messages(ts: Path) -> list[tuple[str, str, str | None, str]]:
    """(context, source, disambiguation, German) of every current message of CONTEXTS."""
    found = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        if name not in CONTEXTS:
            continue
        for message in context.iter("message"):
            translation = message.find("translation")
            if translation is not None and translation.get("type") in ("obsolete", "vanished"):
                continue
            found.append(
                (
                    name,
                    message.findtext("source", ""),
                    message.findtext("comment"),
                    "" if translation is None else translation.text or "",
                )
            )
    return found


@pytest.fixture(scope="module")
def scanned(tmp_path_factory) -> Path:
    """The .ts after lupdate over the catalogue's modules: what the code marks today."""
    ts = tmp_path_factory.mktemp("ts") / TS.name
    shutil.copy(TS, ts)
    sources = [str(path) for path in update_translations.catalogue_sources()]
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
    return ts


def test_the_translation_script_scans_every_module_with_catalogue_words():
    names = {path.relative_to(ROOT).as_posix() for path in update_translations.catalogue_sources()}
    assert {
        "export/pdf_labels.py",
        "export/csv_table.py",
        "export/csv_compare.py",
        "app/templates.py",
        "app/scoring.py",
    } <= names
    assert set(map(str, update_translations.catalogue_sources())) <= set(
        map(str, update_translations.sources())
    )


def test_every_catalogue_text_has_a_shipped_german_translation(scanned):
    messages = catalogue_messages(scanned)
    assert {context for context, *_ in messages} == CONTEXTS
    assert [(c, s) for c, s, _, g in messages if not g.strip()] == []
    assert [(c, s) for c, s, _, _ in update_translations.unfinished(scanned) if c in CONTEXTS] == []
    # The compiled .qm the exports load answers every one of them with the .ts's German.
    german = words._translator("de")
    assert german is not None
    wrong = [
        (c, s, g, german.translate(c, s, d))
        for c, s, d, g in messages
        if german.translate(c, s, d) != g
    ]
    assert wrong == []


def test_no_german_word_is_left_in_the_code_of_app_and_export():
    """Every German word of the exports and templates is in the .ts, not in a Python string."""
    messages = catalogue_messages(TS)
    english = " ".join(source for _, source, _, _ in messages).lower()
    # Words of the German texts that are no English word of the catalogue ("Persona",
    # "Touchpoint" are both): none of them may appear in a string of app/ or export/.
    german = {
        word
        for _, _, _, text in messages
        for word in re.findall(r"\w{5,}", text)
        if word.lower() not in english
    }
    assert "Bewusstsein" in german and "Bewertungsregeln" in german
    left = []
    for folder in ("app", "export"):
        for path in sorted((ROOT / folder).glob("*.py")):
            if path.name in DEMO_CONTENT:
                continue
            tree = ast.parse(path.read_text("utf-8"))
            # Docstrings may quote a German output as an example; code strings may not.
            docstrings = {id(node.value) for node in ast.walk(tree) if isinstance(node, ast.Expr)}
            for node in ast.walk(tree):
                if (
                    isinstance(node, ast.Constant)
                    and isinstance(node.value, str)
                    and id(node) not in docstrings
                ):
                    hits = german & set(re.findall(r"\w{5,}", node.value))
                    left += [(path.name, hit) for hit in sorted(hits)]
    assert left == []


def test_the_templates_speak_the_catalogue_languages():
    assert template_label("7-phases", "de") == "7 Phasen (Bewusstsein bis Erweiterung)"
    four = [p["name"] for p in workshop_from_template("4-phases", "de")["maps"][0]["phases"]]
    seven = [p["name"] for p in workshop_from_template("7-phases", "de")["maps"][0]["phases"]]
    # One English "Awareness", two German names: the disambiguation keeps them apart.
    assert four[0] == "Awareness-Phase" and seven[0] == "Bewusstsein"
    assert workshop_from_template("7-phases", "en")["maps"][0]["phases"][0]["name"] == "Awareness"
    assert [c["name"] for c in default_channels("de")][:3] == ["Website", "Social Media", "E-Mail"]


def test_a_text_without_translation_stays_english():
    assert words.translate("pdf", "Contents", "de") == "Inhalt"
    assert words.translate("pdf", "Contents", "en") == "Contents"
    assert words.translate("pdf", "No such text in the catalogue", "de") == (
        "No such text in the catalogue"
    )
    assert words.translate("pdf", "Contents", "xx") == "Contents"
    assert words.languages() == ("en", "de")


def _run(code: str, home: Path) -> str:
    """Run ``code`` in a fresh Python process (nothing of this test process loaded)."""
    result = subprocess.run(
        [sys.executable, "-c", code],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=False,
        env={"QT_QPA_PLATFORM": "offscreen", "PATH": "/usr/bin:/bin", "HOME": str(home)},
    )
    assert result.returncode == 0, result.stderr
    return result.stdout.strip()


def test_the_command_line_reads_the_catalogue_without_an_application(tmp_path):
    out = _run(
        "from app.words import translate\n"
        "from PySide6.QtCore import QCoreApplication\n"
        "print(translate('scoring', 'Spread is the standard deviation of the experience "
        "ratings.', 'de'), QCoreApplication.instance() is None)",
        tmp_path,
    )
    assert out == "Die Streuung ist die Standardabweichung der Erfahrungsbewertungen. True"


def test_the_window_does_not_load_the_export_words_at_start(tmp_path):
    out = _run(
        f"""
import sys
from PySide6.QtCore import QSettings
from widgets.application import create_application
from widgets.i18n import install_translator
from widgets.settings import Settings
app = create_application([])
install_translator(app, "de")
from widgets.window.main_window import MainWindow
window = MainWindow(Settings(QSettings({str(tmp_path / "j.ini")!r}, QSettings.Format.IniFormat)))
window.show()
app.processEvents()
print(sorted(name for name in ("export.pdf_labels", "export.csv_table", "export.csv_compare")
             if name in sys.modules))
""",
        tmp_path,
    )
    assert out.splitlines()[-1] == "[]"
