"""The PDF's action plan and evidence count: what a stakeholder reads on paper."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from app.demo import demo_workshop
from export.interchange import load
from export.pdf import pdf_bytes
from storage.workshop import Workshop


def _pages(pdf: bytes) -> list[str]:
    return [
        " ".join(page.extract_text().split()) for page in pypdf.PdfReader(io.BytesIO(pdf)).pages
    ]


@pytest.mark.parametrize("lang", ["en", "de"])
def test_the_action_plan_lists_actions_in_plan_order_with_owner_and_status(
    tmp_path: Path, lang: str
) -> None:
    load(demo_workshop(lang), tmp_path / "demo.journey")
    with Workshop.open(tmp_path / "demo.journey", readonly=True) as workshop:
        pages = _pages(pdf_bytes(workshop, page_size="A4"))
    heading = {"en": "Action plan", "de": "Maßnahmenplan"}[lang]
    plan = next(page for page in pages if page.startswith(heading))
    if lang == "en":
        assert "1 Guest checkout and payment by invoice Checkout and payment;" in plan
        assert "Web agency open 2026-04-30 5 2" in plan
        assert "3 Plan delivery routes with a 30-minute tracking window" in plan
        assert "Ben (delivery) in progress 2026-03-31 5 3" in plan
        assert "6 Stop ads for products already bought" in plan
        assert "Quick wins" in plan and "Money pits" in plan
    else:
        assert "1 Gastbestellung und Kauf auf Rechnung" in plan
        assert "Ben (Lieferung) in Arbeit 31.03.2026 5 3" in plan
        assert "Schnelle Erfolge" in plan
    # The plan is in the contents on the cover.
    assert f"{heading} " in pages[0]


def test_the_summary_counts_touchpoints_resting_on_assumptions(tmp_path: Path) -> None:
    load(demo_workshop("en"), tmp_path / "demo.journey")
    with Workshop.open(tmp_path / "demo.journey") as workshop:
        cover = _pages(pdf_bytes(workshop, page_size="A4"))[0]
        assert "21 of 30 touchpoints rest on assumptions" in cover
        workshop.update("card", "c1", evidence="observed", source="QR scans")
        cover = _pages(pdf_bytes(workshop, page_size="A4"))[0]
        assert "20 of 30 touchpoints rest on assumptions" in cover


def test_a_workshop_without_actions_has_no_action_plan(tmp_path: Path) -> None:
    data = demo_workshop("en")
    data["maps"][0]["actions"] = []
    load(data, tmp_path / "w.journey")
    with Workshop.open(tmp_path / "w.journey", readonly=True) as workshop:
        pages = _pages(pdf_bytes(workshop, page_size="A4"))
    assert not any(page.startswith("Action plan") for page in pages)


def test_board_cards_carry_their_evidence_mark_and_the_legend_explains_it(
    tmp_path: Path,
) -> None:
    load(demo_workshop("en"), tmp_path / "demo.journey")
    with Workshop.open(tmp_path / "demo.journey") as workshop:
        workshop.update("card", "c1", evidence="observed")
        board = next(
            page
            for page in _pages(pdf_bytes(workshop, page_size="A4"))
            if page.startswith("Map 'As-is', tile 1")
        )
    assert "? ” ✓ assumption / reported / observed" in board
    # The flyer reads its title, its rating, then its mark.
    assert "Flyer in the letterbox +0.3 3 votes ✓" in board
    assert "Neighbour's Instagram story +1.7 3 votes ?" in board
