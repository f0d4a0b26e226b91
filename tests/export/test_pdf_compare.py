"""Export: the PDF's "As-is vs. to-be" section, and how many pages a small workshop takes."""

from __future__ import annotations

import io
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest

from export.interchange import load
from storage.workshop import Workshop


@pytest.fixture
def open_workshop(tmp_path: Path) -> Iterator[Callable[[dict[str, Any]], Workshop]]:
    opened: list[Workshop] = []

    def make(data: dict[str, Any]) -> Workshop:
        path = tmp_path / f"w{len(opened)}.journey"
        load(data, path)
        opened.append(Workshop.open(path, readonly=True))
        return opened[-1]

    yield make
    for workshop in opened:
        workshop.close()


def _text(pdf: bytes) -> list[str]:
    return [
        " ".join((p.extract_text() or "").split()) for p in pypdf.PdfReader(io.BytesIO(pdf)).pages
    ]


def _card(
    card_id: str,
    title: str,
    phase: str,
    lane: str,
    ratings: list[tuple[int, int]],
    based_on: str | None = None,
) -> dict[str, Any]:
    card = {
        "id": card_id,
        "kind": "touchpoint",
        "lane": lane,
        "phase": phase,
        "title": title,
        "channel": "web",
        "direct": True,
        "ratings": [
            {"participant": f"p{i + 1}", "experience": e, "importance": imp}
            for i, (e, imp) in enumerate(ratings)
        ],
    }
    if based_on:
        card["based_on"] = based_on
    return card


def _pair(lang: str) -> dict[str, Any]:
    """An as-is map and a to-be map based on it, with known ratings.

    As-is moments: Alpha (-2 x 5 = 10) #1, Beta (-1 x 4) #2, Delta (-1 x 2) #3.
    To-be: Alpha +1 (no longer a moment), Beta -2 (now #1), Gamma unchanged, Delta
    dropped, Epsilon new at -1 x 3 (a new moment, #2).
    """

    def phases(suffix: str) -> list[dict[str, str]]:
        return [{"id": f"a{suffix}", "name": "Awareness"}, {"id": f"b{suffix}", "name": "Buy"}]

    as_is = [
        _card("c1", "Alpha", "a1", "l1", [(-2, 5)]),
        _card("c2", "Beta", "a1", "l1", [(-1, 4)]),
        _card("c3", "Gamma", "b1", "l1", [(1, 3)]),
        _card("c4", "Delta", "b1", "l1", [(-1, 2)]),
    ]
    to_be = [
        _card("d1", "Alpha", "a2", "l2", [(1, 5)], "c1"),
        _card("d2", "Beta", "a2", "l2", [(-2, 4)], "c2"),
        _card("d3", "Gamma", "b2", "l2", [(1, 3)], "c3"),
        _card("d5", "Epsilon", "b2", "l2", [(-1, 3)]),
    ]
    lane = {"kind": "persona", "persona": "pe1", "name": "Sabine"}
    return {
        "format": "journeyboard",
        "version": 1,
        "title": "Compare",
        "language": lang,
        "participants": [{"id": "p1", "name": "Anna"}],
        "personas": [{"id": "pe1", "name": "Sabine", "color": "#3366CC"}],
        "channels": [{"id": "web", "name": "Website", "icon": "web"}],
        "maps": [
            {
                "id": "m1",
                "name": "Now",
                "kind": "as-is",
                "phases": phases("1"),
                "lanes": [{"id": "l1", **lane}],
                "cards": as_is,
            },
            {
                "id": "m2",
                "name": "Later",
                "kind": "to-be",
                "based_on": "m1",
                "phases": phases("2"),
                "lanes": [{"id": "l2", **lane}],
                "cards": to_be,
            },
        ],
    }


EXPECTED = {
    "en": [
        "As-is vs. to-be: 'Now' → 'Later'",
        "3 carried over: 1 better, 1 worse, 1 unchanged, 0 not comparable; 1 new, 1 dropped.",
        # Per phase: Awareness (-2, -1) -> (+1, -2); Buy (+1, -1) -> (+1, -1).
        "Awareness −1.50 −0.50 ▲ +1.00 4.50 4.50 0.00",
        "Buy 0.00 0.00 0.00 2.50 3.00 ▲ +0.50",
        # The moments of truth that moved.
        "Alpha Awareness #1 no longer a moment of truth",
        "Beta Awareness #2 #1 1 place up",
        "Delta Buy #3 dropped from the to-be map",
        "Epsilon Buy #2 new moment of truth",
        # Per touchpoint.
        "carried over Alpha Awareness −2.00 +1.00 ▲ +3.00 5.00 5.00 0.00",
        "carried over Beta Awareness −1.00 −2.00 ▼ −1.00 4.00 4.00 0.00",
        "new Epsilon Buy −1.00 – 3.00 –",
        "dropped Delta Buy −1.00 – 2.00 –",
    ],
    "de": [
        "Ist vs. Soll: „Now“ → „Later“",
        "3 übernommen: 1 besser, 1 schlechter, 1 unverändert, 0 nicht vergleichbar; "
        "1 neu, 1 entfallen.",
        "Awareness −1,50 −0,50 ▲ +1,00 4,50 4,50 0,00",
        "Alpha Awareness #1 kein Moment der Wahrheit mehr",
        "Beta Awareness #2 #1 1 Platz höher",
        "Epsilon Buy #2 neuer Moment der Wahrheit",
        "übernommen Alpha Awareness −2,00 +1,00 ▲ +3,00 5,00 5,00 0,00",
        "neu Epsilon Buy −1,00 – 3,00 –",
    ],
}


@pytest.mark.parametrize("lang", ["en", "de"])
def test_compare_section_shows_deltas_per_phase_touchpoint_and_moved_moments(
    open_workshop: Any, lang: str
) -> None:
    from export.pdf import pdf_bytes

    pages = _text(pdf_bytes(open_workshop(_pair(lang)), page_size="A3"))
    heading = EXPECTED[lang][0]
    start = next(i for i, page in enumerate(pages) if page.startswith(heading))
    section = " ".join(pages[start : start + 2])
    for expected in EXPECTED[lang]:
        assert expected in section, expected
    contents = pages[0]
    assert heading in contents  # in the contents on the cover, with its page


def test_no_compare_section_without_a_to_be_map_of_an_exported_map(open_workshop: Any) -> None:
    from export.pdf import pdf_bytes

    workshop = open_workshop(_pair("en"))
    for maps in (["m1"], ["m2"]):
        text = " ".join(_text(pdf_bytes(workshop, maps=maps, include_personas=False)))
        assert "As-is vs. to-be" not in text


def _four_phases(lang: str, *, to_be: bool = False) -> dict[str, Any]:
    """The 4-phase template with two personas (one without cards) and nine cards."""

    names = ["Awareness-Phase", "Consideration-Phase", "Conversion-Phase", "After-Sales"]
    phases = [{"id": f"ph{i}", "name": name} for i, name in enumerate(names)]
    lanes = [
        {"id": "l1", "name": "Kunde", "kind": "persona", "persona": "pe1"},
        {"id": "l2", "name": "Sabine", "kind": "persona", "persona": "pe2"},
        {"id": "l3", "name": "Schmerzpunkte", "kind": "notes"},
        {"id": "l4", "name": "Ideen", "kind": "notes"},
    ]
    titles = [
        "Google-Suche nach Bäckerei",
        "Instagram-Beitrag",
        "Webseite mit Sortiment",
        "Online-Bestellung",
        "Bezahlung per Kreditkartenzahlungsverfahren",
        "Lieferung an die Haustür",
        "Nachfrage beim Kundenservice",
        "Bewertung",
    ]
    ratings = [(-1, 4), (1, 3), (0, 2), (-2, 5), (-1, 5), (2, 3), (-2, 4), (1, 2)]
    cards = [
        _card(f"c{i}", title, f"ph{i % 4}", "l1", [ratings[i], (ratings[i][0], 3)])
        for i, title in enumerate(titles)
    ]
    cards.append(
        {
            "id": "n1",
            "kind": "note",
            "note_type": "pain",
            "lane": "l3",
            "phase": "ph2",
            "title": "Lieferung oft zu spät",
        }
    )
    maps = [
        {
            "id": "m1",
            "name": "Ist-Zustand",
            "kind": "as-is",
            "phases": phases,
            "lanes": lanes,
            "cards": cards,
        }
    ]
    return {
        "format": "journeyboard",
        "version": 1,
        "title": "Bäckerei",
        "language": lang,
        "participants": [{"id": "p1", "name": "Anna"}, {"id": "p2", "name": "Ben"}],
        "personas": [
            {"id": "pe1", "name": "Kunde", "color": "#3366CC"},
            {"id": "pe2", "name": "Sabine", "role": "Stammkundin", "color": "#CC3366"},
        ],
        "channels": [{"id": "web", "name": "Website", "icon": "web"}],
        "maps": maps,
    }


@pytest.mark.parametrize("lang", ["en", "de"])
def test_a_small_workshop_fits_on_a_few_a4_pages(open_workshop: Any, lang: str) -> None:
    from export.pdf import pdf_bytes

    pages = _text(pdf_bytes(open_workshop(_four_phases(lang)), page_size="A4"))
    # Cover, both personas, how to read, the board, the moments and the touchpoints.
    assert len(pages) <= 5, [p[:40] for p in pages]
    # The persona without cards shares the page of the one before: no empty page.
    persona_pages = [p for p in pages[1:] if "Sabine Stammkundin" in p]
    assert len(persona_pages) == 1 and persona_pages[0].startswith("■ Kunde")
    moments = "Moments of truth" if lang == "en" else "Momente der Wahrheit"
    table = "Every touchpoint of" if lang == "en" else "Alle Touchpoints der"
    assert any(moments in p and table in p for p in pages)


def test_table_cells_never_break_inside_a_word(open_workshop: Any) -> None:
    from export.pdf import pdf_bytes
    from export.pdf_labels import LABELS

    headers = {value for key, value in LABELS["de"].items() if key.startswith("col_")}
    reader = pypdf.PdfReader(
        io.BytesIO(
            pdf_bytes(open_workshop(_four_phases("de")), page_size="A4", include_personas=False)
        )
    )
    lines = [
        line.strip()
        for page in reader.pages[-2:]
        for line in (page.extract_text() or "").splitlines()
    ]
    # Every cell's words are whole on one line (a line holds whole words or none).
    for word in (
        "Ist-Zustand",
        "Awareness-Phase",
        "Consideration-Phase",
        "Conversion-Phase",
        "After-Sales",
        "Kunde",
        "Website",
        "Kreditkartenzahlungsverfahren",
    ):
        whole = [line for line in lines if word in line]
        assert whole, (word, lines)
        pieces = [
            line for line in lines if line and line in word and line != word and line not in headers
        ]
        assert not pieces, (word, pieces)


def test_phase_deltas_and_moved_moments_from_the_compare_rows(open_workshop: Any) -> None:
    from app.compare import compare_maps, moved_moments, phase_deltas
    from app.mapdata import read_map

    workshop = open_workshop(_pair("en"))
    as_is, to_be = read_map(workshop, "m1"), read_map(workshop, "m2")
    rows = compare_maps(as_is, to_be)
    awareness, buy = phase_deltas(rows, ["Awareness", "Buy"])
    assert (awareness.old_experience, awareness.new_experience, awareness.experience_delta) == (
        -1.5,
        -0.5,
        1.0,
    )
    assert (buy.old_importance, buy.new_importance, buy.importance_delta) == (2.5, 3.0, 0.5)
    moves = {m.row.title: (m.old_rank, m.new_rank) for m in moved_moments(as_is, to_be, rows)}
    assert moves == {"Alpha": (1, None), "Beta": (2, 1), "Delta": (3, None), "Epsilon": (None, 2)}


def test_a_moment_not_yet_rated_on_the_to_be_map_is_not_called_fixed(open_workshop: Any) -> None:
    from export.pdf import pdf_bytes

    data = _pair("en")
    data["maps"][1]["cards"][0]["ratings"] = []  # Alpha carried over, not rated yet
    text = " ".join(_text(pdf_bytes(open_workshop(data), include_personas=False)))
    assert "Alpha Awareness #1 not rated on the to-be map" in text
    assert "Alpha Awareness #1 no longer a moment of truth" not in text
