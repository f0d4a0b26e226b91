"""Core: built-in workshop templates (phases, lanes, channels) in English and German.

Pure standard library, no Qt. Every function returns fresh dictionaries in the
shape of the interchange JSON (format "journeyboard", version 1), so callers may
mutate them freely.
The phase models are the two of the source articles: four phases (Awareness to
After-sales) and seven phases (Awareness to Expansion).
"""

from __future__ import annotations

__all__ = [
    "FORMAT",
    "FORMAT_VERSION",
    "LANGUAGES",
    "TEMPLATE_KEYS",
    "default_channels",
    "require_language",
    "template_label",
    "workshop_from_template",
]

TEMPLATE_KEYS = ("blank", "4-phases", "7-phases")
LANGUAGES = ("en", "de")

FORMAT = "journeyboard"
FORMAT_VERSION = 1

# (id == icon name, English name, German name), in palette order.
_CHANNELS = (
    ("web", "Website", "Website"),
    ("social", "Social media", "Social Media"),
    ("email", "E-mail", "E-Mail"),
    ("service", "Customer service", "Kundenservice"),
    ("store", "Physical location/store", "Filiale / Ladengeschäft"),
    ("product", "Product and packaging", "Produkt und Verpackung"),
    ("reviews", "Reviews and recommendations", "Bewertungen und Empfehlungen"),
    ("community", "Community and events", "Community und Events"),
    ("ads", "Advertising", "Werbung"),
)

# Each phase: {language: (name, one-sentence description)}.
_PHASES: dict[str, tuple[dict[str, tuple[str, str]], ...]] = {
    "blank": (),
    "4-phases": (
        {
            "en": ("Awareness", "The customer becomes aware of the company, for example "
                   "through advertising, social media campaigns or friends' recommendations."),
            "de": ("Awareness-Phase", "Der Kunde wird auf das Unternehmen aufmerksam, etwa "
                   "durch Werbung, Social-Media-Kampagnen oder Empfehlungen von Freunden."),
        },
        {
            "en": ("Consideration", "The customer looks more closely at the company and its "
                   "products, using reviews, test reports and product descriptions."),
            "de": ("Consideration-Phase", "Der Kunde betrachtet das Unternehmen und seine "
                   "Produkte genauer, etwa anhand von Bewertungen, Testberichten und "
                   "Produktbeschreibungen."),
        },
        {
            "en": ("Conversion", "The customer decides to buy: customer service removes "
                   "doubts and the purchase process must be simple and smooth."),
            "de": ("Conversion-Phase", "Der Kunde entscheidet sich zum Kauf: Der "
                   "Kundenservice räumt Zweifel aus, und der Kaufprozess muss einfach und "
                   "reibungslos sein."),
        },
        {
            "en": ("After-sales", "Good after-sales service and the chance to leave a review "
                   "keep the customer satisfied, recommending and buying again."),
            "de": ("After-Sales", "Ein guter After-Sales-Service und die Möglichkeit zur "
                   "Bewertung sorgen dafür, dass der Kunde zufrieden ist, weiterempfiehlt und "
                   "erneut kauft."),
        },
    ),
    "7-phases": (
        {
            "en": ("Awareness", "The customer first learns that the brand or product exists, "
                   "through advertising, social media or friends' recommendations."),
            "de": ("Bewusstsein", "Der Kunde wird erstmals auf die Marke oder das Produkt "
                   "aufmerksam, etwa durch Werbung, soziale Medien oder Empfehlungen."),
        },
        {
            "en": ("Interest", "The customer researches, compares offers and reads reviews "
                   "to prepare a decision."),
            "de": ("Interesse", "Der Kunde recherchiert, vergleicht Angebote und liest "
                   "Bewertungen, um seine Kaufentscheidung vorzubereiten."),
        },
        {
            "en": ("Decision", "The customer weighs the options and chooses what best meets "
                   "their needs."),
            "de": ("Entscheidung", "Der Kunde wägt die Optionen ab und wählt, was seinen "
                   "Bedürfnissen am besten entspricht."),
        },
        {
            "en": ("Purchase", "The actual transaction takes place; a seamless purchase "
                   "process prevents abandonment."),
            "de": ("Kauf", "Die eigentliche Transaktion findet statt; ein nahtloser "
                   "Kaufprozess verhindert Abbrüche."),
        },
        {
            "en": ("Post-purchase", "The customer judges the experience and whether they are "
                   "satisfied; service and support matter most here."),
            "de": ("Nachkauf", "Der Kunde bewertet seine Erfahrung und ob er zufrieden ist; "
                   "Kundenservice und Unterstützung sind hier besonders wichtig."),
        },
        {
            "en": ("Loyalty", "Personal communication, exclusive offers and continued contact "
                   "bring the customer back again and again."),
            "de": ("Bindung", "Persönliche Kommunikation, exklusive Angebote und "
                   "kontinuierlicher Kontakt bringen den Kunden immer wieder zurück."),
        },
        {
            "en": ("Expansion", "The customer buys additional products or services or deepens "
                   "the relationship with the company."),
            "de": ("Erweiterung", "Der Kunde erwirbt zusätzliche Produkte oder Dienstleistungen "
                   "oder baut seine Beziehung zum Unternehmen aus."),
        },
    ),
}

_LABELS = {
    "blank": {"en": "Blank", "de": "Leer"},
    "4-phases": {
        "en": "4 phases (Awareness to After-sales)",
        "de": "4 Phasen (Awareness bis After-Sales)",
    },
    "7-phases": {
        "en": "7 phases (Awareness to Expansion)",
        "de": "7 Phasen (Bewusstsein bis Erweiterung)",
    },
}

# Fixed texts of a new workshop, per language.
_TEXTS = {
    "en": {
        "title": "Customer journey",
        "map": "As-is",
        "persona": "Customer",
        "pains": "Pain points",
        "ideas": "Ideas",
    },
    "de": {
        "title": "Customer Journey",
        "map": "Ist-Zustand",
        "persona": "Kunde",
        "pains": "Schmerzpunkte",
        "ideas": "Ideen",
    },
}

PLACEHOLDER_COLOR = "#3366CC"


def fixed_text(key: str, lang: str = "en") -> str:
    """A fixed text of a new workshop in ``lang``: "title", "map", "persona", "pains", "ideas"."""
    return _TEXTS[require_language(lang)][key]


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
    index = LANGUAGES.index(require_language(lang)) + 1
    return [{"id": row[0], "name": row[index], "icon": row[0]} for row in _CHANNELS]


def template_label(key: str, lang: str = "en") -> str:
    """Menu label of template ``key`` in ``lang``, e.g. "4 phases (Awareness to After-sales)"."""
    return _LABELS[_require_key(key)][require_language(lang)]


def workshop_from_template(key: str, lang: str = "en", title: str | None = None) -> dict:
    """A complete interchange-JSON dict for a new workshop built from template ``key``.

    ``blank`` has one empty map; the phase templates add their phases, a placeholder
    persona with its own lane, and notes lanes for pain points and ideas.
    """
    _require_key(key)
    texts = _TEXTS[require_language(lang)]
    phases = [
        {"id": f"ph{number}", "name": phase[lang][0], "description": phase[lang][1]}
        for number, phase in enumerate(_PHASES[key], start=1)
    ]
    personas: list[dict] = []
    lanes: list[dict] = []
    if phases:
        personas.append({
            "id": "pe1", "name": texts["persona"], "role": "", "description": "",
            "goals": "", "needs": "", "pains": "", "quote": "", "color": PLACEHOLDER_COLOR,
        })
        lanes = [
            {"id": "l1", "name": texts["persona"], "kind": "persona", "persona": "pe1"},
            {"id": "l2", "name": texts["pains"], "kind": "notes"},
            {"id": "l3", "name": texts["ideas"], "kind": "notes"},
        ]
    return {
        "format": FORMAT,
        "version": FORMAT_VERSION,
        "title": texts["title"] if title is None else title,
        "language": lang,
        "participants": [],
        "personas": personas,
        "channels": default_channels(lang),
        "maps": [{
            "id": "m1", "name": texts["map"], "kind": "as-is",
            "phases": phases, "lanes": lanes, "cards": [],
        }],
    }
