"""Core: built-in workshop templates (phases, lanes, channels) in every catalogue language.

The English texts are here; the other languages are in the catalogue (context
"templates", read through :mod:`app.words`). Every function returns fresh dictionaries in the
shape of the interchange JSON (format "journeyboard", version 1), so callers may
mutate them freely.
The phase models are the two of the source articles: four phases (Awareness to
After-sales) and seven phases (Awareness to Expansion).
"""

from __future__ import annotations

from app.words import QT_TRANSLATE_NOOP, languages, translate
from storage.vocabulary import DEFAULT_NOTE_TYPES, channel_color

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "LANGUAGES",
    "TEMPLATE_KEYS",
    "default_channels",
    "default_note_types",
    "require_language",
    "template_label",
    "workshop_from_template",
]

TEMPLATE_KEYS = ("blank", "4-phases", "7-phases", "blueprint")
LANGUAGES = languages()
CONTEXT = "templates"

FORMAT = "journeyboard"
FORMAT_VERSION = 2

# (id == icon name, English name), in palette order.
_CHANNELS = (
    ("web", QT_TRANSLATE_NOOP("templates", "Website")),
    ("social", QT_TRANSLATE_NOOP("templates", "Social media")),
    ("email", QT_TRANSLATE_NOOP("templates", "E-mail")),
    ("service", QT_TRANSLATE_NOOP("templates", "Customer service")),
    ("store", QT_TRANSLATE_NOOP("templates", "Physical location/store")),
    ("product", QT_TRANSLATE_NOOP("templates", "Product and packaging")),
    ("reviews", QT_TRANSLATE_NOOP("templates", "Reviews and recommendations")),
    ("community", QT_TRANSLATE_NOOP("templates", "Community and events")),
    ("ads", QT_TRANSLATE_NOOP("templates", "Advertising")),
)

# Each phase: (English name, one-sentence description). A phase name is marked with its
# template as disambiguation: "Awareness" is "Awareness-Phase" in one German template
# and "Bewusstsein" in the other.
_PHASES: dict[str, tuple[tuple[str, str], ...]] = {
    "blank": (),
    "4-phases": (
        (
            QT_TRANSLATE_NOOP("templates", "Awareness", "4-phases"),
            QT_TRANSLATE_NOOP(
                "templates",
                "The customer becomes aware of the company, for example "
                "through advertising, social media campaigns or friends' "
                "recommendations.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("templates", "Consideration", "4-phases"),
            QT_TRANSLATE_NOOP(
                "templates",
                "The customer looks more closely at the company and its "
                "products, using reviews, test reports and product "
                "descriptions.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("templates", "Conversion", "4-phases"),
            QT_TRANSLATE_NOOP(
                "templates",
                "The customer decides to buy: customer service removes "
                "doubts and the purchase process must be simple and "
                "smooth.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("templates", "After-sales", "4-phases"),
            QT_TRANSLATE_NOOP(
                "templates",
                "Good after-sales service and the chance to leave a "
                "review keep the customer satisfied, recommending and "
                "buying again.",
            ),
        ),
    ),
    "7-phases": (
        (
            QT_TRANSLATE_NOOP("templates", "Awareness", "7-phases"),
            QT_TRANSLATE_NOOP(
                "templates",
                "The customer first learns that the brand or product "
                "exists, through advertising, social media or friends' "
                "recommendations.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("templates", "Interest", "7-phases"),
            QT_TRANSLATE_NOOP(
                "templates",
                "The customer researches, compares offers and reads reviews to prepare a decision.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("templates", "Decision", "7-phases"),
            QT_TRANSLATE_NOOP(
                "templates",
                "The customer weighs the options and chooses what best meets their needs.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("templates", "Purchase", "7-phases"),
            QT_TRANSLATE_NOOP(
                "templates",
                "The actual transaction takes place; a seamless purchase "
                "process prevents abandonment.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("templates", "Post-purchase", "7-phases"),
            QT_TRANSLATE_NOOP(
                "templates",
                "The customer judges the experience and whether they are "
                "satisfied; service and support matter most here.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("templates", "Loyalty", "7-phases"),
            QT_TRANSLATE_NOOP(
                "templates",
                "Personal communication, exclusive offers and continued "
                "contact bring the customer back again and again.",
            ),
        ),
        (
            QT_TRANSLATE_NOOP("templates", "Expansion", "7-phases"),
            QT_TRANSLATE_NOOP(
                "templates",
                "The customer buys additional products or services or "
                "deepens the relationship with the company.",
            ),
        ),
    ),
}

_LABELS = {
    "blank": QT_TRANSLATE_NOOP("templates", "Blank"),
    "4-phases": QT_TRANSLATE_NOOP("templates", "4 phases (Awareness to After-sales)"),
    "7-phases": QT_TRANSLATE_NOOP("templates", "7 phases (Awareness to Expansion)"),
    "blueprint": QT_TRANSLATE_NOOP(
        "templates", "Service blueprint (7 phases, from evidence to support)"
    ),
}

# The lanes of a service blueprint, top to bottom, after the customer's persona lane
# (which goes second: what the customer sees and touches is drawn above what they do).
_BLUEPRINT_LANES = (
    ("evidence", QT_TRANSLATE_NOOP("templates", "Physical evidence")),
    ("frontstage", QT_TRANSLATE_NOOP("templates", "Frontstage: staff in view")),
    ("backstage", QT_TRANSLATE_NOOP("templates", "Backstage: staff out of view")),
    ("support", QT_TRANSLATE_NOOP("templates", "Support processes and systems")),
)

# Fixed texts of a new workshop.
_TEXTS = {
    "title": QT_TRANSLATE_NOOP("templates", "Customer journey"),
    "map": QT_TRANSLATE_NOOP("templates", "As-is"),
    "persona": QT_TRANSLATE_NOOP("templates", "Customer"),
    "pains": QT_TRANSLATE_NOOP("templates", "Pain points"),
    "ideas": QT_TRANSLATE_NOOP("templates", "Ideas"),
}

PLACEHOLDER_COLOR = "#3366CC"


def _word(source: str, lang: str, disambiguation: str | None = None) -> str:
    return translate(CONTEXT, source, lang, disambiguation)


def fixed_text(key: str, lang: str = "en") -> str:
    """A fixed text of a new workshop in ``lang``: "title", "map", "persona", "pains", "ideas"."""
    return _word(_TEXTS[key], require_language(lang))


def require_language(lang: str) -> str:
    """Return ``lang`` if it is a built-in language, else raise ValueError naming the valid ones."""
    if lang not in LANGUAGES:
        raise ValueError(f"unknown language {lang!r}; valid languages: {', '.join(LANGUAGES)}")
    return lang


def _require_key(key: str) -> str:
    if key not in TEMPLATE_KEYS:
        raise ValueError(f"unknown template {key!r}; valid templates: {', '.join(TEMPLATE_KEYS)}")
    return key


def default_channels(lang: str = "en") -> list[dict]:
    """The nine built-in channels of the articles, named in ``lang``; id and icon are equal."""
    require_language(lang)
    return [
        {"id": ident, "name": _word(name, lang), "icon": ident, "color": channel_color(i)}
        for i, (ident, name) in enumerate(_CHANNELS)
    ]


def default_note_types() -> list[dict]:
    """The five built-in note types; an empty name shows each in the reader's language."""
    return [
        {"id": ident, "name": "", "color": color, "icon": icon}
        for ident, color, icon in DEFAULT_NOTE_TYPES
    ]


def template_label(key: str, lang: str = "en") -> str:
    """Menu label of template ``key`` in ``lang``, e.g. "4 phases (Awareness to After-sales)"."""
    return _word(_LABELS[_require_key(key)], require_language(lang))


def workshop_from_template(key: str, lang: str = "en", title: str | None = None) -> dict:
    """A complete interchange-JSON dict for a new workshop built from template ``key``.

    ``blank`` has one empty map; the phase templates add their phases, a placeholder
    persona with its own lane, and notes lanes for pain points and ideas.
    """
    _require_key(key)
    texts = {name: fixed_text(name, lang) for name in _TEXTS}
    phase_key = "7-phases" if key == "blueprint" else key  # the blueprint's phases
    phases = [
        {
            "id": f"ph{number}",
            "name": _word(name, lang, phase_key),
            "description": _word(text, lang),
        }
        for number, (name, text) in enumerate(_PHASES[phase_key], start=1)
    ]
    personas: list[dict] = []
    lanes: list[dict] = []
    if phases:
        personas.append(
            {
                "id": "pe1",
                "name": texts["persona"],
                "role": "",
                "description": "",
                "goals": "",
                "needs": "",
                "pains": "",
                "quote": "",
                "color": PLACEHOLDER_COLOR,
            }
        )
        lanes = [
            {"id": "l1", "name": texts["persona"], "kind": "persona", "persona": "pe1"},
            {"id": "l2", "name": texts["pains"], "kind": "notes"},
            {"id": "l3", "name": texts["ideas"], "kind": "notes"},
        ]
        if key == "blueprint":
            evidence, *staff = (
                {"id": f"l{number}", "name": _word(name, lang), "kind": kind}
                for number, (kind, name) in enumerate(_BLUEPRINT_LANES, start=4)
            )
            lanes = [evidence, lanes[0], *staff, *lanes[1:]]
        for lane in lanes:
            lane["hidden"] = False
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "title": texts["title"] if title is None else title,
        "language": lang,
        "participants": [],
        "personas": personas,
        "channels": default_channels(lang),
        "note_types": default_note_types(),
        "maps": [
            {
                "id": "m1",
                "name": texts["map"],
                "kind": "as-is",
                "phases": phases,
                "lanes": lanes,
                "cards": [],
                "connections": [],
            }
        ],
    }
