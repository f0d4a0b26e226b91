"""Core: the demo workshop's actions, evidence and comments, in English and German.

Pure data, no Qt; app.demo adds them to the maps it builds. The actions come from the
as-is map's moments of truth and pain notes, with owners, statuses and due dates, so
the action plan, the value x effort grid and the actions panel all have something to show.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class DemoAction:
    id: str
    cards: tuple[str, ...]
    owner: str  # a key of app.demo_texts.OWNERS
    status: str
    due: str
    value: int
    effort: int
    en: str
    de: str


# The as-is map's actions, in list order.
ACTIONS = (
    DemoAction(
        "a1",
        ("c23", "c29", "c30"),
        "ben",
        "in-progress",
        "2026-03-31",
        5,
        3,
        "Plan delivery routes with a 30-minute tracking window",
        "Lieferrouten planen, mit 30-Minuten-Zeitfenster per Nachricht",
    ),
    DemoAction(
        "a2",
        ("c17", "c21", "c22"),
        "agency",
        "open",
        "2026-04-30",
        5,
        2,
        "Guest checkout and payment by invoice",
        "Gastbestellung und Kauf auf Rechnung",
    ),
    DemoAction(
        "a3",
        ("c8", "c9", "c11"),
        "anna",
        "done",
        "2026-02-15",
        4,
        1,
        "Publish catering prices and answer quotes within 24 hours",
        "Catering-Preise veröffentlichen, Angebote binnen 24 Stunden",
    ),
    DemoAction(
        "a4",
        ("c14", "c15", "c16"),
        "clara",
        "open",
        "2026-05-15",
        4,
        2,
        "Allergen sheet for every platter; phone rota before 10 a.m.",
        "Allergenblatt zu jeder Platte; Telefondienst vor 10 Uhr",
    ),
    DemoAction(
        "a5",
        ("c6", "c10"),
        "agency",
        "open",
        "",
        4,
        5,
        "Rebuild the online shop for phones",
        "Onlineshop für das Smartphone neu bauen",
    ),
    DemoAction(
        "a6",
        ("c33",),
        "mkt",
        "dropped",
        "",
        1,
        2,
        "Stop ads for products already bought",
        "Keine Werbung mehr für bereits gekaufte Produkte",
    ),
)

# What the as-is touchpoints rest on: (evidence, source in English, source in German).
# Cards not named here are assumptions without a source.
EVIDENCE = {
    "c7": ("observed", "Google reviews, January", "Google-Bewertungen, Januar"),
    "c8": ("reported", "Three office managers", "Drei Office-Manager"),
    "c9": ("observed", "Mailbox: 14 quotes, 6 answered late", "Postfach: 14 Anfragen, 6 zu spät"),
    "c12": ("reported", "Lena (interview)", "Lena (Interview)"),
    "c14": ("reported", "Shop team", "Ladenteam"),
    "c17": ("observed", "Shop analytics: 41 % abandon at login", "Shop-Statistik: 41 % Abbruch"),
    "c23": ("observed", "Delivery log, March: 9 of 30 late", "Lieferbuch März: 9 von 30 zu spät"),
    "c26": ("observed", "Complaint folder", "Beschwerdeordner"),
    "c34": ("observed", "Google reviews", "Google-Bewertungen"),
}

# Comments on cards: (id, card, author id of app.demo_texts.PARTICIPANTS, time, resolved,
# English, German).
COMMENTS = (
    (
        "cm1",
        "c23",
        "p2",
        "2026-01-20T10:12:00+00:00",
        False,
        "Is it the route or the packing that makes us late?",
        "Liegt es an der Route oder am Packen, dass wir zu spät sind?",
    ),
    (
        "cm2",
        "c23",
        "p1",
        "2026-01-20T10:20:00+00:00",
        False,
        "Both: packing starts only at 7.",
        "Beides: Gepackt wird erst ab 7 Uhr.",
    ),
    (
        "cm3",
        "c8",
        "p3",
        "2026-01-20T11:02:00+00:00",
        True,
        "Prices are online since February.",
        "Preise stehen seit Februar online.",
    ),
)
