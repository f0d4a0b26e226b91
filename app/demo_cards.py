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

# As-is map: phases ph1..ph7; lanes l1 Lena, l2 Tom, l3 backstage, l4 pain points, l5 ideas.
AS_IS = (
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
    _T(
        "c23",
        "ph5",
        "l1",
        "product",
        True,
        "ben",
        ((-2, 5), (-2, 5), (-1, 5)),
        (
            "Delivery arrives",
            "The delivery comes 45 minutes late and the rolls are cold.",
            "Delivery within the booked slot.",
            "On-time delivery rate",
        ),
        (
            "Lieferung kommt an",
            "Die Lieferung kommt 45 Minuten zu spät, die Brötchen sind kalt.",
            "Lieferung im gebuchten Zeitfenster.",
            "Pünktlichkeitsquote",
        ),
    ),
    _T(
        "c24",
        "ph5",
        "l1",
        "product",
        True,
        "clara",
        ((2, 4), (2, 3), (1, 4)),
        (
            "Unpacking the bread bag",
            "Compostable bag, a handwritten thank-you note, and the bread tastes excellent.",
            "",
            "",
        ),
        (
            "Brottüte auspacken",
            "Kompostierbare Tüte, ein handgeschriebenes Dankeschön, und das Brot schmeckt "
            "hervorragend.",
            "",
            "",
        ),
    ),
    _T(
        "c25",
        "ph5",
        "l2",
        "product",
        True,
        "",
        ((2, 4), (1, 4), (2, 4)),
        (
            "Platters in the team meeting",
            "The platters look great and the team loves them.",
            "",
            "Repeat orders",
        ),
        (
            "Platten im Team-Meeting",
            "Die Platten sehen toll aus, und das Team ist begeistert.",
            "",
            "Wiederholungsbestellungen",
        ),
    ),
    _T(
        "c26",
        "ph5",
        "l2",
        "service",
        True,
        "anna",
        ((-2, 5), (-1, 5), (-2, 4)),
        (
            "Complaint about missing platters",
            "Two platters are missing and the phone is busy for half an hour.",
            "A missing item is replaced or credited the same day.",
            "Complaints solved in a day",
        ),
        (
            "Reklamation fehlender Platten",
            "Zwei Platten fehlen, und das Telefon ist eine halbe Stunde besetzt.",
            "Fehlende Ware wird am selben Tag ersetzt oder gutgeschrieben.",
            "Am selben Tag gelöste Reklamationen",
        ),
    ),
    _T(
        "c27",
        "ph5",
        "l3",
        "service",
        True,
        "anna",
        ((-1, 4), (0, 3), None),
        (
            "Refund by bank transfer",
            "Anna refunds by hand a week later, after checking the paper list.",
            "",
            "Days to refund",
        ),
        (
            "Erstattung per Überweisung",
            "Anna erstattet eine Woche später von Hand, nach Abgleich mit der Papierliste.",
            "",
            "Tage bis zur Erstattung",
        ),
    ),
    _N(
        "c28",
        "ph5",
        "l4",
        "quote",
        ("“By the time the rolls came, breakfast was over.”", "Lena, in a Google review"),
        ("„Als die Brötchen kamen, war das Frühstück vorbei.“", "Lena in einer Google-Bewertung"),
    ),
    _N(
        "c29",
        "ph5",
        "l4",
        "pain",
        (
            "Deliveries planned on paper",
            "Drivers get a handwritten list and plan the route themselves.",
        ),
        (
            "Lieferungen auf Papier geplant",
            "Die Fahrer bekommen eine handgeschriebene Liste und planen die Route selbst.",
        ),
    ),
    _N(
        "c30",
        "ph5",
        "l5",
        "idea",
        (
            "Tracking message with a 30-minute window",
            "A text message when the driver leaves, with a link to follow the delivery.",
        ),
        (
            "Tracking-Nachricht mit 30-Minuten-Fenster",
            "Eine SMS bei Abfahrt des Fahrers, mit Link zur Sendungsverfolgung.",
        ),
    ),
    _T(
        "c31",
        "ph6",
        "l1",
        "email",
        True,
        "mkt",
        ((0, 2), (-1, 2), (0, 1)),
        (
            "Monthly newsletter",
            "The same offers for everyone, including products Lena never buys.",
            "Offers that match what she buys.",
            "Newsletter click rate",
        ),
        (
            "Monatlicher Newsletter",
            "Dieselben Angebote für alle, auch für Produkte, die Lena nie kauft.",
            "Angebote, die zu ihren Einkäufen passen.",
            "Klickrate des Newsletters",
        ),
    ),
    _T(
        "c32",
        "ph6",
        "l1",
        "store",
        True,
        "clara",
        ((2, 4), (2, 4), (1, 3)),
        (
            "Saturday visit to the shop",
            "The staff know her name; the stamp card only works in the shop.",
            "",
            "Stamp cards redeemed",
        ),
        (
            "Samstagsbesuch in der Filiale",
            "Das Team kennt ihren Namen; die Stempelkarte gilt nur im Laden.",
            "",
            "Eingelöste Stempelkarten",
        ),
    ),
    _T(
        "c33",
        "ph6",
        "l1",
        "ads",
        True,
        "agency",
        ((-2, 2), (1, 2), (0, 1)),
        (
            "Ads for products already bought",
            "Online ads keep showing the birthday cake she ordered last week.",
            "",
            "Cost per returning customer",
        ),
        (
            "Werbung für bereits Gekauftes",
            "Onlineanzeigen zeigen weiter die Geburtstagstorte, die sie letzte Woche bestellt hat.",
            "",
            "Kosten pro wiederkehrendem Kunden",
        ),
    ),
    _T(
        "c34",
        "ph6",
        "l2",
        "reviews",
        False,
        "anna",
        ((-1, 4), (0, 3), (-1, 4)),
        (
            "Tom's three-star review",
            "Tom praises the taste but warns about missing items.",
            "",
            "Share of 4- and 5-star reviews",
        ),
        (
            "Toms Drei-Sterne-Bewertung",
            "Tom lobt den Geschmack, warnt aber vor fehlender Ware.",
            "",
            "Anteil der 4- und 5-Sterne-Bewertungen",
        ),
    ),
    _N(
        "c35",
        "ph6",
        "l5",
        "thought",
        (
            "Regulars are known in the shop, not online",
            "Online customers get no stamp card, no greeting and no personal offer.",
        ),
        (
            "Stammkunden kennt man im Laden, nicht online",
            "Onlinekunden bekommen keine Stempelkarte, keinen Gruß und kein persönliches Angebot.",
        ),
    ),
    _T(
        "c36",
        "ph7",
        "l1",
        "community",
        True,
        "clara",
        ((1, 3), (2, 3), (2, 2)),
        (
            "Children's baking workshop",
            "Lena books a baking afternoon for her son; it sells out within a day.",
            "",
            "Workshop bookings",
        ),
        (
            "Backkurs für Kinder",
            "Lena bucht einen Backnachmittag für ihren Sohn; er ist nach einem Tag ausgebucht.",
            "",
            "Kursbuchungen",
        ),
    ),
    _T(
        "c37",
        "ph7",
        "l1",
        "reviews",
        False,
        "",
        ((2, 3), (1, 3), (2, 4)),
        (
            "Recommending the bakery to other parents",
            "Lena shares the shop link in the school's parents' group chat.",
            "",
            "New customers via referrals",
        ),
        (
            "Empfehlung an andere Eltern",
            "Lena teilt den Shop-Link in der Elterngruppe der Schule.",
            "",
            "Neukunden durch Empfehlungen",
        ),
    ),
    _T(
        "c38",
        "ph7",
        "l2",
        "web",
        True,
        "agency",
        ((-1, 4), (-1, 3), (-2, 4)),
        (
            "Reordering the office breakfast",
            "Every week Tom has to enter the whole order again.",
            "Repeat the last order in one click.",
            "Repeat order rate",
        ),
        (
            "Bürofrühstück nachbestellen",
            "Jede Woche muss Tom die komplette Bestellung neu eingeben.",
            "Letzte Bestellung mit einem Klick wiederholen.",
            "Wiederbestellrate",
        ),
    ),
    _T(
        "c39",
        "ph7",
        "l2",
        "ads",
        True,
        "mkt",
        (),
        (
            "Radio ad for Christmas stollen",
            "A local radio spot offers stollen gift boxes for companies.",
            "",
            "Gift boxes ordered",
        ),
        (
            "Radiowerbung für Weihnachtsstollen",
            "Ein Spot im Lokalradio bewirbt Stollen-Geschenkboxen für Firmen.",
            "",
            "Bestellte Geschenkboxen",
        ),
    ),
    _T(
        "c40",
        "ph7",
        "l3",
        "social",
        True,
        "clara",
        (),
        (
            "Behind-the-scenes baking videos",
            "The team films the night shift for Instagram reels.",
            "",
            "Followers",
        ),
        (
            "Backstube hinter den Kulissen",
            "Das Team filmt die Nachtschicht für Instagram-Reels.",
            "",
            "Follower",
        ),
    ),
    _N(
        "c41",
        "ph7",
        "l4",
        "question",
        (
            "Enough oven capacity for subscriptions?",
            "Weekly office orders may need a second oven or an earlier shift.",
        ),
        (
            "Reicht die Ofenkapazität für Abos?",
            "Wöchentliche Firmenbestellungen brauchen vielleicht einen zweiten Ofen oder eine "
            "frühere Schicht.",
        ),
    ),
    _N(
        "c42",
        "ph7",
        "l5",
        "idea",
        (
            "Office breakfast subscription",
            "A fixed weekly slot with a standing order that can be changed, and a monthly invoice.",
        ),
        (
            "Frühstücks-Abo fürs Büro",
            "Ein fester wöchentlicher Termin mit änderbarem Dauerauftrag und Monatsrechnung.",
        ),
    ),
)

# To-be map: phases ph8..ph14 and lanes l6..l10, in the same order as the as-is map.
_C = Carried
TO_BE = (
    _C(
        "c43",
        "ph9",
        "l6",
        "c6",
        ((1, 4), (2, 4), (1, 3)),
        ("Mobile-first online shop", "Fast pages, large photos, categories one tap away."),
        ("Mobiler Onlineshop", "Schnelle Seiten, große Fotos, Kategorien mit einem Tipp."),
    ),
    _C(
        "c44",
        "ph9",
        "l7",
        "c8",
        ((2, 5), (1, 4), (1, 5)),
        ("Catering page with prices", "Prices, minimum order and allergens for every platter."),
        ("Catering-Seite mit Preisen", "Preise, Mindestmenge und Allergene für jede Platte."),
    ),
    _C(
        "c45",
        "ph9",
        "l7",
        "c9",
        ((1, 5), (1, 4), (2, 5)),
        ("Quote within 24 hours", "A shared catering inbox with reply templates."),
        ("Angebot binnen 24 Stunden", "Ein gemeinsames Catering-Postfach mit Antwortvorlagen."),
    ),
    _C(
        "c46",
        "ph10",
        "l7",
        "c14",
        ((1, 5), (2, 5), (1, 4)),
        (
            "Allergen sheet for every platter",
            "Staff read the allergens from the shop system instead of guessing.",
        ),
        (
            "Allergenblatt für jede Platte",
            "Das Team liest die Allergene im Shopsystem nach, statt zu raten.",
        ),
    ),
    _C(
        "c47",
        "ph11",
        "l6",
        "c17",
        ((2, 5), (1, 5), (1, 4)),
        ("Guest checkout", "No account needed; card, PayPal and Apple Pay."),
        ("Gastbestellung", "Kein Konto nötig; Karte, PayPal und Apple Pay."),
    ),
    _C(
        "c48",
        "ph11",
        "l7",
        "c19",
        ((2, 5), (2, 4), (1, 5)),
        ("Business account with invoice", "Company details saved once, one invoice a month."),
        ("Firmenkonto mit Rechnung", "Firmendaten einmal hinterlegt, eine Rechnung pro Monat."),
    ),
    _T(
        "c49",
        "ph12",
        "l6",
        "email",
        True,
        "ben",
        ((2, 4), (1, 4), (2, 3)),
        (
            "Message when the driver leaves",
            "E-mail or text message with a 30-minute window and a tracking link.",
            "Knowing when the delivery will arrive.",
            "Tracking link clicks",
        ),
        (
            "Nachricht bei Abfahrt des Fahrers",
            "E-Mail oder SMS mit 30-Minuten-Fenster und Tracking-Link.",
            "Wissen, wann die Lieferung ankommt.",
            "Klicks auf den Tracking-Link",
        ),
    ),
    _C(
        "c50",
        "ph12",
        "l6",
        "c23",
        ((1, 5), (1, 5), (0, 5)),
        ("Delivery on time, still warm", "Planned routes and insulated boxes."),
        ("Pünktlich und noch warm", "Geplante Routen und Thermoboxen."),
    ),
    _C(
        "c51",
        "ph12",
        "l7",
        "c26",
        ((1, 5), (1, 4), (2, 4)),
        ("Complaint solved the same day", "Chat on the website; missing items credited at once."),
        (
            "Reklamation am selben Tag gelöst",
            "Chat auf der Website; fehlende Ware wird sofort gutgeschrieben.",
        ),
    ),
    _C(
        "c52",
        "ph13",
        "l6",
        "c31",
        ((1, 2), (0, 2), (1, 2)),
        ("Personal newsletter", "Offers for her favourite products and an online stamp card."),
        (
            "Persönlicher Newsletter",
            "Angebote zu ihren Lieblingsprodukten und eine Online-Stempelkarte.",
        ),
    ),
    _C(
        "c53",
        "ph14",
        "l7",
        "c38",
        ((2, 4), (2, 4), (1, 4)),
        (
            "Office breakfast subscription",
            "A weekly standing order Tom can change until the day before.",
        ),
        (
            "Frühstücks-Abo fürs Büro",
            "Ein wöchentlicher Dauerauftrag, den Tom bis zum Vortag ändern kann.",
        ),
    ),
    _C("c54", "ph14", "l9", "c41"),
)
