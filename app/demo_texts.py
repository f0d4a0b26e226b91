"""Core: the demo workshop's texts in English and German: title, map and lane names,
participants, personas and card owners (the cards are in app.demo_cards and
app.demo_cards_late).

Pure data, no Qt; app.demo builds the workshop from it. Each bilingual value is a dict by
language or an (English, German) pair.
"""

from __future__ import annotations

TITLE = {
    "en": "Sonnenkorn Bakery: online orders and delivery",
    "de": "Bäckerei Sonnenkorn: Onlinebestellung und Lieferung",
}
MAP_NAMES = {
    "m1": {"en": "As-is", "de": "Ist-Zustand"},
    "m2": {"en": "To-be", "de": "Soll-Zustand"},
}
BACKSTAGE = {"en": "Backstage / staff", "de": "Backstage / Team"}

PARTICIPANTS = (("p1", "Anna"), ("p2", "Ben"), ("p3", "Clara"))

# Profile fields in interchange order; each persona holds (English, German) per field.
PROFILE = ("role", "description", "goals", "needs", "pains", "quote")
PERSONAS = (
    (
        "pe1",
        "Lena",
        "#E67E22",
        (
            (
                "Working parent, orders breakfast for the family",
                "Berufstätige Mutter, bestellt Frühstück für die Familie",
            ),
            (
                "38, two children, lives five minutes from the shop; orders on her phone in the "
                "evening, rolls for Saturday and cakes for birthdays.",
                "38, zwei Kinder, wohnt fünf Minuten vom Laden entfernt; bestellt abends am Handy, "
                "Brötchen für Samstag und Torten für Geburtstage.",
            ),
            (
                "Fresh breakfast on the table at weekends without leaving the house.",
                "Am Wochenende frisches Frühstück auf dem Tisch, ohne das Haus zu verlassen.",
            ),
            (
                "Ordering in a few taps, delivery at a precise time, allergen information for her son.",
                "Bestellen mit wenigen Fingertipps, Lieferung zur festen Zeit, Allergenangaben für "
                "ihren Sohn.",
            ),
            (
                "Late deliveries, a mandatory account, no idea whether the order is on its way.",
                "Verspätete Lieferungen, Kontozwang, keine Ahnung, ob die Bestellung unterwegs ist.",
            ),
            (
                "I want warm rolls on the table, not a phone call to chase them.",
                "Ich will warme Brötchen auf dem Tisch, nicht hinterhertelefonieren.",
            ),
        ),
    ),
    (
        "pe2",
        "Tom",
        "#3366CC",
        (
            (
                "Office manager at a software company with 40 staff",
                "Office-Manager in einem Softwareunternehmen mit 40 Beschäftigten",
            ),
            (
                "45, organises team breakfasts and meeting catering every week and chooses the "
                "suppliers.",
                "45, organisiert jede Woche Teamfrühstücke und Meeting-Catering und wählt die "
                "Lieferanten aus.",
            ),
            (
                "Catering that arrives complete and on time, with little effort to order again.",
                "Catering, das vollständig und pünktlich ankommt und sich mühelos nachbestellen lässt.",
            ),
            (
                "Prices online, payment by invoice, a contact who answers within a day.",
                "Preise online, Kauf auf Rechnung, ein Ansprechpartner, der binnen eines Tages "
                "antwortet.",
            ),
            (
                "Quotes that take days, missing items, paying privately and claiming it back.",
                "Angebote, die Tage dauern, fehlende Ware, privat zahlen und die Kosten einreichen.",
            ),
            (
                "I don't have time to chase a bakery for a quote.",
                "Ich habe keine Zeit, einer Bäckerei wegen eines Angebots hinterherzulaufen.",
            ),
        ),
    ),
)

OWNERS = {
    "": ("", ""),
    "anna": ("Anna (owner)", "Anna (Inhaberin)"),
    "mkt": ("Anna (marketing)", "Anna (Marketing)"),
    "ben": ("Ben (delivery)", "Ben (Lieferung)"),
    "clara": ("Clara (shop)", "Clara (Laden)"),
    "agency": ("Web agency", "Webagentur"),
}

# Three months of figures for a few as-is touchpoints: (card, metric in English and
# German, unit, target, values on the last day of January, February and March).
MEASUREMENTS = (
    ("c17", ("Checkout conversion rate", "Checkout-Conversion-Rate"), "%", 60.0, (41, 44, 52)),
    ("c23", ("On-time delivery rate", "Pünktlich geliefert"), "%", 95.0, (78, 83, 81)),
    ("c15", ("Missed calls per week", "Verpasste Anrufe pro Woche"), "", 5.0, (31, 24, 18)),
    ("c7", ("Average rating", "Durchschnittliche Bewertung"), "★", 4.5, (4.1, 4.2, 4.2)),
    ("c7", ("NPS", "NPS"), "", 40.0, (12, 18, 25)),
)
