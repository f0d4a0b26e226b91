"""Tests for app.templates (built-in workshops) and the SVG icons they name."""

from __future__ import annotations

import json
import os
from pathlib import Path

import pytest

from app.templates import (
    FORMAT_VERSION,
    LANGUAGES,
    TEMPLATE_KEYS,
    default_channels,
    template_label,
    workshop_from_template,
)

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

ICONS = Path(__file__).resolve().parents[2] / "resources" / "icons"
CHANNEL_IDS = [
    "web",
    "social",
    "email",
    "service",
    "store",
    "product",
    "reviews",
    "community",
    "ads",
]
NOTE_TYPES = ["pain", "idea", "thought", "question", "quote"]
PROFILE_FIELDS = ["role", "description", "goals", "needs", "pains", "quote"]


def phase_names(key: str, lang: str) -> list[str]:
    return [phase["name"] for phase in workshop_from_template(key, lang)["maps"][0]["phases"]]


# --------------------------------------------------------------------------- #
# phases
# --------------------------------------------------------------------------- #


def test_seven_phases_in_german_are_the_articles_names_in_order() -> None:
    assert phase_names("7-phases", "de") == [
        "Bewusstsein",
        "Interesse",
        "Entscheidung",
        "Kauf",
        "Nachkauf",
        "Bindung",
        "Erweiterung",
    ]


def test_seven_phases_in_english() -> None:
    assert phase_names("7-phases", "en") == [
        "Awareness",
        "Interest",
        "Decision",
        "Purchase",
        "Post-purchase",
        "Loyalty",
        "Expansion",
    ]


def test_four_phases_in_english() -> None:
    assert phase_names("4-phases", "en") == [
        "Awareness",
        "Consideration",
        "Conversion",
        "After-sales",
    ]


def test_four_phases_in_german_use_the_articles_names() -> None:
    assert phase_names("4-phases", "de") == [
        "Awareness-Phase",
        "Consideration-Phase",
        "Conversion-Phase",
        "After-Sales",
    ]


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("key", ["4-phases", "7-phases"])
def test_every_phase_has_a_one_sentence_description(key: str, lang: str) -> None:
    for phase in workshop_from_template(key, lang)["maps"][0]["phases"]:
        description = phase["description"]
        assert description.endswith("."), phase
        assert description.count(". ") == 0, phase
        assert len(description) > 30, phase


def test_descriptions_are_in_the_workshops_language() -> None:
    english = workshop_from_template("7-phases", "en")["maps"][0]["phases"]
    german = workshop_from_template("7-phases", "de")["maps"][0]["phases"]
    assert all(
        en["description"] != de["description"] for en, de in zip(english, german, strict=True)
    )
    assert "Kunde" in german[0]["description"]


# --------------------------------------------------------------------------- #
# the whole workshop
# --------------------------------------------------------------------------- #


@pytest.mark.parametrize("lang", LANGUAGES)
@pytest.mark.parametrize("key", TEMPLATE_KEYS)
def test_template_is_a_complete_interchange_document(key: str, lang: str) -> None:
    doc = workshop_from_template(key, lang)
    assert list(doc) == [
        "format",
        "version",
        "title",
        "language",
        "participants",
        "personas",
        "channels",
        "note_types",
        "maps",
    ]
    assert (doc["format"], doc["version"], doc["language"]) == (
        "journeyboard",
        FORMAT_VERSION,
        lang,
    )
    assert doc["participants"] == []
    assert doc["channels"] == default_channels(lang)
    [board] = doc["maps"]
    assert (board["id"], board["kind"], board["cards"]) == ("m1", "as-is", [])
    assert board["name"] == {"en": "As-is", "de": "Ist-Zustand"}[lang]
    ids = [doc_id for doc_id in _all_ids(doc)]
    assert len(ids) == len(set(ids))
    assert json.loads(json.dumps(doc)) == doc


def _all_ids(doc: dict) -> list[str]:
    ids = [item["id"] for key in ("participants", "personas", "channels") for item in doc[key]]
    for board in doc["maps"]:
        ids.append(board["id"])
        ids += [item["id"] for key in ("phases", "lanes", "cards") for item in board[key]]
    return ids


@pytest.mark.parametrize("lang", LANGUAGES)
def test_blank_has_no_phases_lanes_or_persona(lang: str) -> None:
    doc = workshop_from_template("blank", lang)
    assert doc["personas"] == []
    assert doc["maps"][0]["phases"] == []
    assert doc["maps"][0]["lanes"] == []


@pytest.mark.parametrize(
    ("lang", "customer", "pains", "ideas"),
    [("en", "Customer", "Pain points", "Ideas"), ("de", "Kunde", "Schmerzpunkte", "Ideen")],
)
@pytest.mark.parametrize("key", ["4-phases", "7-phases"])
def test_phase_templates_have_a_placeholder_persona_and_three_lanes(
    key: str, lang: str, customer: str, pains: str, ideas: str
) -> None:
    doc = workshop_from_template(key, lang)
    [persona] = doc["personas"]
    assert persona["id"] == "pe1"
    assert persona["name"] == customer
    assert persona["color"] == "#3366CC"
    assert [persona[field] for field in PROFILE_FIELDS] == [""] * len(PROFILE_FIELDS)
    assert doc["maps"][0]["lanes"] == [
        {"id": "l1", "name": customer, "kind": "persona", "persona": "pe1", "hidden": False},
        {"id": "l2", "name": pains, "kind": "notes", "hidden": False},
        {"id": "l3", "name": ideas, "kind": "notes", "hidden": False},
    ]


def test_title_defaults_per_language_and_can_be_given() -> None:
    assert workshop_from_template("blank", "en")["title"] == "Customer journey"
    assert workshop_from_template("blank", "de")["title"] == "Customer Journey"
    assert workshop_from_template("7-phases", "de", title="Kundenreise 2025")["title"] == (
        "Kundenreise 2025"
    )


def test_each_call_returns_a_fresh_document() -> None:
    first = workshop_from_template("7-phases", "en")
    first["maps"][0]["phases"][0]["name"] = "Changed"
    first["channels"].clear()
    second = workshop_from_template("7-phases", "en")
    assert second["maps"][0]["phases"][0]["name"] == "Awareness"
    assert len(second["channels"]) == 9


# --------------------------------------------------------------------------- #
# channels and labels
# --------------------------------------------------------------------------- #


def test_default_channels_are_the_nine_of_the_articles() -> None:
    english = default_channels("en")
    german = default_channels("de")
    assert [channel["id"] for channel in english] == CHANNEL_IDS
    assert [channel["id"] for channel in german] == CHANNEL_IDS
    assert all(channel["icon"] == channel["id"] for channel in english + german)
    assert [channel["name"] for channel in english] == [
        "Website",
        "Social media",
        "E-mail",
        "Customer service",
        "Physical location/store",
        "Product and packaging",
        "Reviews and recommendations",
        "Community and events",
        "Advertising",
    ]
    assert [channel["name"] for channel in german] == [
        "Website",
        "Social Media",
        "E-Mail",
        "Kundenservice",
        "Filiale / Ladengeschäft",
        "Produkt und Verpackung",
        "Bewertungen und Empfehlungen",
        "Community und Events",
        "Werbung",
    ]


def test_template_labels_for_menus() -> None:
    assert template_label("blank", "en") == "Blank"
    assert template_label("4-phases", "en") == "4 phases (Awareness to After-sales)"
    assert template_label("7-phases", "en") == "7 phases (Awareness to Expansion)"
    assert template_label("blank", "de") == "Leer"
    assert template_label("4-phases", "de") == "4 Phasen (Awareness bis After-Sales)"
    assert template_label("7-phases", "de") == "7 Phasen (Bewusstsein bis Erweiterung)"


# --------------------------------------------------------------------------- #
# refused input
# --------------------------------------------------------------------------- #


def test_unknown_template_is_refused_naming_the_valid_ones() -> None:
    with pytest.raises(ValueError, match=r"'5-phases'.*blank, 4-phases, 7-phases"):
        workshop_from_template("5-phases")
    with pytest.raises(ValueError, match="blank, 4-phases, 7-phases"):
        template_label("kanban", "en")


@pytest.mark.parametrize(
    "call",
    [
        lambda: workshop_from_template("7-phases", "fr"),
        lambda: default_channels("EN"),
        lambda: template_label("blank", ""),
    ],
)
def test_unknown_language_is_refused_naming_the_valid_ones(call) -> None:
    with pytest.raises(ValueError, match="en, de"):
        call()


# --------------------------------------------------------------------------- #
# icons
# --------------------------------------------------------------------------- #


def test_every_channel_note_type_and_the_app_have_an_icon() -> None:
    names = {path.stem for path in ICONS.glob("*.svg")}
    wanted = {channel["icon"] for channel in default_channels("en")}
    wanted |= {f"note-{note_type}" for note_type in NOTE_TYPES}
    wanted |= {"custom", "journeyboard"}
    assert wanted <= names, sorted(wanted - names)


@pytest.mark.parametrize("path", sorted(ICONS.glob("*.svg")), ids=lambda path: path.name)
def test_icon_parses_and_renders_non_empty(qapp, path: Path) -> None:
    from PySide6.QtCore import QRectF
    from PySide6.QtGui import QColor, QImage, QPainter
    from PySide6.QtSvg import QSvgRenderer

    text = path.read_text(encoding="utf-8")
    # Qt's SVG renderer ignores currentColor: the icon would draw black on any theme.
    assert "currentColor" not in text
    renderer = QSvgRenderer(str(path))
    assert renderer.isValid()
    assert renderer.viewBoxF() == QRectF(0, 0, 24, 24)
    image = QImage(48, 48, QImage.Format.Format_ARGB32)
    image.fill(QColor(0, 0, 0, 0))
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    drawn = sum(
        1
        for y in range(image.height())
        for x in range(image.width())
        if image.pixelColor(x, y).alpha() > 128
    )
    assert drawn > 48 * 48 // 20, f"{path.name} draws almost nothing"
