"""Core: the demo workshop's cards, with their English and German texts and ratings.

Pure data, no Qt; app.demo builds the maps from it.
"""

from __future__ import annotations

from dataclasses import dataclass

Rating = tuple[int, int] | None  # (experience, importance) of p1, p2, p3; None: not rated


@dataclass(frozen=True)
class Touchpoint:
    id: str
    phase: str
    lane: str
    channel: str
    direct: bool
    owner: str
    ratings: tuple[Rating, ...]
    en: tuple[str, str, str, str]  # title, description, expectation, kpi
    de: tuple[str, str, str, str]


@dataclass(frozen=True)
class Note:
    id: str
    phase: str
    lane: str
    note_type: str
    en: tuple[str, str]  # title, description
    de: tuple[str, str]


@dataclass(frozen=True)
class Carried:
    """A to-be card that improves an as-is card: new place, texts and ratings, rest kept."""

    id: str
    phase: str
    lane: str
    based_on: str
    ratings: tuple[Rating, ...] = ()
    en: tuple[str, str] | None = None  # title, description; None keeps the original's
    de: tuple[str, str] | None = None


_T, _N = Touchpoint, Note

# As-is map, phases ph1..ph4 (app.demo_cards_late has ph5..ph7 and the to-be map);
# lanes l1 Lena, l2 Tom, l3 backstage, l4 pain points, l5 ideas.
AS_IS_EARLY = (
    _T(
        "c1",
        "ph1",
        "l1",
        "ads",
        True,
        "mkt",
        ((0, 2), (1, 2), (0, 3)),
        (
            "Flyer in the letterbox",
            "Opening-offer flyer with a QR code to the online shop.",
            "The offer is clear and the QR code works.",
            "QR code scans",
        ),
        (
            "Flyer im Briefkasten",
            "Flyer mit Eröffnungsangebot und QR-Code zum Onlineshop.",
            "Das Angebot ist klar, der QR-Code funktioniert.",
            "Scans des QR-Codes",
        ),
    ),
    _T(
        "c2",
        "ph1",
        "l1",
        "social",
        False,
        "",
        ((2, 4), (1, 4), (2, 3)),
        (
            "Neighbour's Instagram story",
            "A neighbour posts a photo of her Sunday rolls and tags the bakery.",
            "",
            "Mentions per week",
        ),
        (
            "Instagram-Story der Nachbarin",
            "Eine Nachbarin postet ein Foto ihrer Sonntagsbrötchen und markiert die Bäckerei.",
            "",
            "Erwähnungen pro Woche",
        ),
    ),
    _T(
        "c3",
        "ph1",
        "l2",
        "reviews",
        False,
        "",
        ((1, 4), (2, 5), None),
        ("Colleague recommends the bakery", "A colleague raves about the sourdough bread.", "", ""),
        ("Kollegin empfiehlt die Bäckerei", "Eine Kollegin schwärmt vom Sauerteigbrot.", "", ""),
    ),
    _T(
        "c4",
        "ph1",
        "l2",
        "community",
        True,
        "clara",
        ((2, 3), (1, 3), (2, 2)),
        (
            "Tasting stand at the street festival",
            "Free samples and catering leaflets at the summer street festival.",
            "Someone can answer questions about catering.",
            "Leaflets handed out",
        ),
        (
            "Probierstand beim Straßenfest",
            "Kostproben und Catering-Flyer beim Sommerstraßenfest.",
            "Jemand kann Fragen zum Catering beantworten.",
            "Verteilte Flyer",
        ),
    ),
    _N(
        "c5",
        "ph1",
        "l5",
        "thought",
        (
            "Word of mouth beats advertising",
            "Most new customers mention friends or neighbours, hardly anyone the flyer.",
        ),
        (
            "Mundpropaganda schlägt Werbung",
            "Die meisten Neukunden nennen Freunde oder Nachbarn, kaum jemand den Flyer.",
        ),
    ),
    _T(
        "c6",
        "ph2",
        "l1",
        "web",
        True,
        "agency",
        ((-1, 4), (-2, 4), (0, 3)),
        (
            "Browsing the shop on the phone",
            "Product photos load slowly and the menu hides the categories.",
            "The shop works as well on the phone as on a computer.",
            "Mobile bounce rate",
        ),
        (
            "Shop auf dem Handy durchsuchen",
            "Produktfotos laden langsam, das Menü versteckt die Kategorien.",
            "Der Shop funktioniert auf dem Handy so gut wie am Computer.",
            "Absprungrate mobil",
        ),
    ),
    _T(
        "c7",
        "ph2",
        "l1",
        "reviews",
        False,
        "anna",
        ((-2, 4), (1, 4), (2, 3)),
        (
            "Reading Google reviews",
            "4.6 stars overall, but the newest reviews complain about late deliveries.",
            "",
            "Average rating",
        ),
        (
            "Google-Bewertungen lesen",
            "Insgesamt 4,6 Sterne, aber die neuesten Bewertungen beklagen späte Lieferungen.",
            "",
            "Durchschnittliche Bewertung",
        ),
    ),
    _T(
        "c8",
        "ph2",
        "l2",
        "web",
        True,
        "anna",
        ((-2, 5), (-1, 4), (-1, 5)),
        (
            "Looking for catering prices",
            "The catering offer is a PDF without prices or minimum order.",
            "Prices and minimum order are visible online.",
            "Catering enquiries per month",
        ),
        (
            "Catering-Preise suchen",
            "Das Catering-Angebot ist ein PDF ohne Preise und Mindestbestellmenge.",
            "Preise und Mindestbestellmenge sind online sichtbar.",
            "Catering-Anfragen pro Monat",
        ),
    ),
    _T(
        "c9",
        "ph2",
        "l2",
        "email",
        True,
        "anna",
        ((-2, 5), (-2, 4), (-1, 5)),
        (
            "Quote requested by e-mail",
            "Tom asks for a quote for 20 people; the answer comes three days later.",
            "An answer within 24 hours.",
            "Response time",
        ),
        (
            "Angebot per E-Mail anfragen",
            "Tom bittet um ein Angebot für 20 Personen; die Antwort kommt drei Tage später.",
            "Antwort innerhalb von 24 Stunden.",
            "Antwortzeit",
        ),
    ),
    _N(
        "c10",
        "ph2",
        "l4",
        "pain",
        (
            "Shop is hard to use on a phone",
            "Two thirds of visitors use a phone, but the shop was built for desktops.",
        ),
        (
            "Shop auf dem Handy schwer bedienbar",
            "Zwei Drittel der Besucher nutzen das Handy, der Shop wurde aber für den Desktop gebaut.",
        ),
    ),
    _N(
        "c11",
        "ph2",
        "l5",
        "idea",
        (
            "Publish catering prices online",
            "A catering page with prices, minimum order and allergens for every platter.",
        ),
        (
            "Catering-Preise online stellen",
            "Eine Catering-Seite mit Preisen, Mindestmengen und Allergenen für jede Platte.",
        ),
    ),
    _T(
        "c12",
        "ph3",
        "l1",
        "web",
        True,
        "ben",
        ((-1, 4), (0, 3), (-1, 4)),
        (
            "Choosing a delivery slot",
            "Only slots from 7 to 9 a.m.; Saturday is sold out by Thursday.",
            "A Saturday morning slot is still free on Friday.",
            "Slot utilisation",
        ),
        (
            "Lieferfenster wählen",
            "Nur Zeitfenster von 7 bis 9 Uhr; der Samstag ist ab Donnerstag ausgebucht.",
            "Am Freitag ist noch ein Samstagstermin frei.",
            "Auslastung der Zeitfenster",
        ),
    ),
    _T(
        "c13",
        "ph3",
        "l1",
        "social",
        True,
        "clara",
        ((2, 3), (1, 2), (2, 3)),
        (
            "Question via Instagram message",
            "Lena asks whether the spelt rolls contain nuts; Clara replies within the hour.",
            "",
            "Reply time",
        ),
        (
            "Frage per Instagram-Nachricht",
            "Lena fragt, ob die Dinkelbrötchen Nüsse enthalten; Clara antwortet binnen einer Stunde.",
            "",
            "Antwortzeit",
        ),
    ),
    _T(
        "c14",
        "ph3",
        "l2",
        "service",
        True,
        "clara",
        ((-1, 5), (-2, 5), (1, 4)),
        (
            "Phone call about allergens",
            "Nobody on the phone can say which platters are gluten-free.",
            "Allergen information for every product.",
            "Questions answered on the first call",
        ),
        (
            "Anruf wegen Allergenen",
            "Am Telefon kann niemand sagen, welche Platten glutenfrei sind.",
            "Allergenangaben zu jedem Produkt.",
            "Beim ersten Anruf beantwortete Fragen",
        ),
    ),
    _T(
        "c15",
        "ph3",
        "l3",
        "service",
        True,
        "clara",
        ((-1, 4), None, (-2, 4)),
        (
            "Phone during the morning rush",
            "Between 7 and 10 a.m. the shop phone often rings unanswered.",
            "",
            "Missed calls",
        ),
        (
            "Telefon im Morgenansturm",
            "Zwischen 7 und 10 Uhr klingelt das Ladentelefon oft ins Leere.",
            "",
            "Verpasste Anrufe",
        ),
    ),
    _N(
        "c16",
        "ph3",
        "l4",
        "question",
        (
            "Who answers the phone before 10 a.m.?",
            "Nobody is responsible for enquiries while the shop is full.",
        ),
        (
            "Wer geht vor 10 Uhr ans Telefon?",
            "Solange der Laden voll ist, ist niemand für Anfragen zuständig.",
        ),
    ),
    _T(
        "c17",
        "ph4",
        "l1",
        "web",
        True,
        "agency",
        ((-2, 5), (-1, 5), (-2, 4)),
        (
            "Checkout and payment",
            "An account is required and only PayPal is accepted.",
            "Paying takes less than two minutes, without an account.",
            "Checkout conversion rate",
        ),
        (
            "Kasse und Bezahlung",
            "Ein Kundenkonto ist Pflicht, und nur PayPal wird akzeptiert.",
            "Bezahlen dauert weniger als zwei Minuten, ohne Kundenkonto.",
            "Conversion-Rate im Checkout",
        ),
    ),
    _T(
        "c18",
        "ph4",
        "l1",
        "email",
        True,
        "agency",
        ((0, 3), (-1, 3), (1, 2)),
        (
            "Order confirmation e-mail",
            "Arrives at once but often in the spam folder, and without the delivery time.",
            "The confirmation shows the delivery slot.",
            "Open rate",
        ),
        (
            "Bestellbestätigung per E-Mail",
            "Kommt sofort, landet aber oft im Spam und nennt keine Lieferzeit.",
            "Die Bestätigung nennt das Lieferfenster.",
            "Öffnungsrate",
        ),
    ),
    _T(
        "c19",
        "ph4",
        "l2",
        "web",
        True,
        "anna",
        ((-2, 5), (-1, 4), (-2, 5)),
        (
            "Ordering 20 breakfast platters",
            "No invoice option: Tom pays with his own card and claims the money back.",
            "Payment by invoice with the company's details.",
            "Business orders per month",
        ),
        (
            "20 Frühstücksplatten bestellen",
            "Kein Kauf auf Rechnung: Tom zahlt mit privater Karte und reicht die Kosten ein.",
            "Kauf auf Rechnung mit Firmenangaben.",
            "Firmenbestellungen pro Monat",
        ),
    ),
    _T(
        "c20",
        "ph4",
        "l3",
        "store",
        True,
        "clara",
        ((-1, 3), (0, 3), (-1, 4)),
        (
            "Packing online orders at the counter",
            "Orders are packed between walk-in customers, from a printed list.",
            "",
            "Packing errors per week",
        ),
        (
            "Onlinebestellungen an der Theke packen",
            "Bestellungen werden zwischen Laufkunden nach einer ausgedruckten Liste gepackt.",
            "",
            "Packfehler pro Woche",
        ),
    ),
    _N(
        "c21",
        "ph4",
        "l4",
        "pain",
        (
            "Account required before paying",
            "Many first-time customers give up at the registration form.",
        ),
        (
            "Kundenkonto vor dem Bezahlen",
            "Viele Erstkunden brechen beim Registrierungsformular ab.",
        ),
    ),
    _N(
        "c22",
        "ph4",
        "l5",
        "idea",
        (
            "Guest checkout and payment by invoice",
            "Card, PayPal and Apple Pay for everyone; invoices for business customers.",
        ),
        (
            "Gastbestellung und Kauf auf Rechnung",
            "Karte, PayPal und Apple Pay für alle; Rechnung für Firmenkunden.",
        ),
    ),
)
