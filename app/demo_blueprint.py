"""Core: the demo's to-be map as a service blueprint: its lanes, the cards of the staff and
systems behind the customers' touchpoints, and the arrows of the journey.

Pure data, no Qt; app.demo builds the to-be map from it. The to-be map reads top to
bottom: what the customers see (evidence), what Lena and Tom do, then the staff in view
(frontstage), out of view (backstage) and the systems (support). Arrows run along each
customer's journey, down from a touchpoint to the work behind it, along a branch (missing
items lead to a complaint) and back (a failed payment sends Lena back to the shop; Tom
orders again once his complaint is solved).

Arrows run straight down a column or across a gutter between columns, so the cards are
placed where no arrow has to pass behind another card.
"""

from __future__ import annotations

from app.demo_cards import Carried, Rating, Touchpoint

# The to-be map's lanes top to bottom: (id, kind). A persona lane names its persona; the
# others take the blueprint template's names. The ids of the lanes the to-be map had
# before it was a blueprint (l6..l10) are kept, so a file's lanes keep their ids.
TO_BE_LANES: tuple[tuple[str, str, str], ...] = (
    ("l11", "evidence", ""),
    ("l6", "persona", "pe1"),
    ("l7", "persona", "pe2"),
    ("l12", "frontstage", ""),
    ("l8", "backstage", ""),
    ("l13", "support", ""),
    ("l9", "pains", ""),
    ("l10", "ideas", ""),
)

_T, _C = Touchpoint, Carried

# What the team expects of the new service: everything rated, nothing negative.
_GOOD: tuple[Rating, ...] = ((2, 4), (1, 4), (1, 3))
_FINE: tuple[Rating, ...] = ((1, 3), (1, 3), (2, 3))

# The staff and systems behind the to-be touchpoints (phases ph8..ph14 of the to-be map).
BLUEPRINT_CARDS = (
    _T(
        "c55",
        "ph9",
        "l12",
        "email",
        True,
        "clara",
        _GOOD,
        (
            "Clara answers the catering inbox",
            "Reply templates with prices and allergens; every request answered the same day.",
            "An answer within a working day.",
            "Requests answered within a day",
        ),
        (
            "Clara beantwortet das Catering-Postfach",
            "Antwortvorlagen mit Preisen und Allergenen; jede Anfrage am selben Tag beantwortet.",
            "Eine Antwort binnen eines Arbeitstags.",
            "Binnen eines Tages beantwortete Anfragen",
        ),
    ),
    _C(
        "c56",
        "ph10",
        "l6",
        "c12",
        ((1, 4), (1, 3), (2, 4)),
        (
            "Slots with live availability",
            "Slots from 6 to 11 a.m.; only those a driver can still make are offered.",
        ),
        (
            "Lieferfenster mit Live-Verfügbarkeit",
            "Zeitfenster von 6 bis 11 Uhr; angeboten wird nur, was ein Fahrer noch schafft.",
        ),
    ),
    _T(
        "c57",
        "ph10",
        "l13",
        "web",
        True,
        "agency",
        _FINE,
        (
            "Shop system: prices and allergens",
            "Every product is kept once, with its price, photo and allergens.",
            "",
            "Products with complete allergen data",
        ),
        (
            "Shopsystem: Preise und Allergene",
            "Jedes Produkt ist einmal erfasst, mit Preis, Foto und Allergenen.",
            "",
            "Produkte mit vollständigen Allergenangaben",
        ),
    ),
    _C(
        "c58",
        "ph12",
        "l8",
        "c20",
        ((1, 3), (2, 3), (1, 4)),
        (
            "Packed by delivery slot",
            "Online orders come up at a packing table, sorted by slot, away from the counter.",
        ),
        (
            "Nach Lieferfenster gepackt",
            "Onlinebestellungen erscheinen am Packtisch, nach Zeitfenster sortiert, abseits "
            "der Theke.",
        ),
    ),
    _T(
        "c59",
        "ph11",
        "l13",
        "web",
        True,
        "anna",
        _FINE,
        (
            "Payment and invoicing service",
            "Card, PayPal and Apple Pay; companies get one invoice a month.",
            "A declined payment keeps the basket.",
            "Declined payments",
        ),
        (
            "Zahlungs- und Rechnungsdienst",
            "Karte, PayPal und Apple Pay; Firmen bekommen eine Rechnung pro Monat.",
            "Eine abgelehnte Zahlung behält den Warenkorb.",
            "Abgelehnte Zahlungen",
        ),
    ),
    _T(
        "c60",
        "ph12",
        "l12",
        "service",
        True,
        "clara",
        _GOOD,
        (
            "Clara in the website chat",
            "She sees the order and credits a missing platter at once.",
            "Help within the hour.",
            "Chats solved at once",
        ),
        (
            "Clara im Website-Chat",
            "Sie sieht die Bestellung und schreibt eine fehlende Platte sofort gut.",
            "Hilfe innerhalb einer Stunde.",
            "Sofort gelöste Chats",
        ),
    ),
    _T(
        "c61",
        "ph12",
        "l13",
        "product",
        True,
        "ben",
        _FINE,
        (
            "Delivery app plans the route",
            "Routes by slot; the app sends the message when the driver leaves.",
            "",
            "Stops per route",
        ),
        (
            "Liefer-App plant die Route",
            "Routen nach Zeitfenster; die App schickt die Nachricht bei Abfahrt.",
            "",
            "Stopps pro Route",
        ),
    ),
    _T(
        "c62",
        "ph13",
        "l11",
        "web",
        True,
        "mkt",
        _GOOD,
        (
            "Online stamp card",
            "Each order adds a stamp; the tenth breakfast is free.",
            "",
            "Stamp cards completed",
        ),
        (
            "Online-Stempelkarte",
            "Jede Bestellung gibt einen Stempel; das zehnte Frühstück ist gratis.",
            "",
            "Volle Stempelkarten",
        ),
    ),
    _T(
        "c63",
        "ph13",
        "l13",
        "email",
        True,
        "mkt",
        _FINE,
        (
            "Customer data: favourites and stamps",
            "What a customer orders, with her consent, chooses the newsletter's offers.",
            "",
            "Newsletter consent rate",
        ),
        (
            "Kundendaten: Favoriten und Stempel",
            "Was eine Kundin bestellt, wählt mit ihrer Einwilligung die Angebote im Newsletter.",
            "",
            "Einwilligungsquote Newsletter",
        ),
    ),
    _T(
        "c64",
        "ph14",
        "l8",
        "product",
        True,
        "anna",
        _FINE,
        (
            "Standing orders in the baking plan",
            "The night shift bakes subscriptions first; changes close at noon the day before.",
            "",
            "Subscriptions delivered complete",
        ),
        (
            "Daueraufträge im Backplan",
            "Die Nachtschicht backt Abos zuerst; Änderungen bis zum Vortag um 12 Uhr.",
            "",
            "Vollständig gelieferte Abos",
        ),
    ),
)

# The to-be map's arrows: (id, from, to, kind, English label, German label). Lena: shop,
# slot, checkout (and back to the shop when the payment fails), delivery, newsletter.
# Tom: prices, allergens, business account, a complaint when items are missing (a branch
# some orders take), solved so that he orders again (back) and subscribes. Each touchpoint points down to the work behind it.
CONNECTIONS: tuple[tuple[str, str, str, str, str, str], ...] = (
    ("k1", "c43", "c56", "flow", "", ""),
    ("k2", "c56", "c47", "flow", "", ""),
    ("k3", "c47", "c43", "return", "payment fails", "Zahlung scheitert"),
    ("k4", "c47", "c50", "flow", "", ""),
    ("k5", "c47", "c58", "flow", "triggers", "löst aus"),
    ("k6", "c58", "c61", "flow", "", ""),
    ("k7", "c50", "c52", "flow", "", ""),
    ("k8", "c52", "c63", "flow", "chosen from", "gewählt aus"),
    ("k9", "c44", "c46", "flow", "", ""),
    ("k10", "c45", "c55", "flow", "answered by", "beantwortet von"),
    ("k11", "c46", "c57", "flow", "read from", "gelesen aus"),
    ("k12", "c46", "c48", "flow", "", ""),
    ("k13", "c48", "c59", "flow", "billed via", "abgerechnet über"),
    ("k14", "c48", "c51", "alternative", "items missing", "Ware fehlt"),
    ("k15", "c51", "c60", "flow", "in the chat", "im Chat"),
    ("k16", "c51", "c48", "return", "orders again", "bestellt wieder"),
    ("k17", "c51", "c53", "flow", "subscribes", "abonniert"),
    ("k18", "c53", "c64", "flow", "planned in", "eingeplant im"),
)
