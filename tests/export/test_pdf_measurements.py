"""The PDF's measurements section: a chart per touchpoint and metric, in the PDF's language."""

from pathlib import Path

import pypdf

from export.pdf import write_pdf
from storage.workshop import Workshop


def _pages(path: Path) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(path).pages]


def test_each_measured_touchpoint_and_metric_gets_a_chart(
    workshop_path: Path, tmp_path: Path
) -> None:
    out = tmp_path / "demo.pdf"
    with Workshop.open(workshop_path, readonly=True) as workshop:
        write_pdf(workshop, out, page_size="A4")
    (page,) = [text for text in _pages(out) if "The figures measured at the touchpoints" in text]
    for title in (
        "Checkout and payment \u2013 Checkout conversion rate",
        "Reading Google reviews \u2013 Average rating",
        "Reading Google reviews \u2013 NPS",
        "Delivery arrives \u2013 On-time delivery rate",
    ):
        assert title in page
    assert "latest 52% target 60%" in " ".join(page.split())
    assert "2026-01-31" in page and "2026-03-31" in page


def test_the_section_speaks_german_and_is_absent_without_measurements(
    tmp_path: Path,
) -> None:
    from app.demo import demo_workshop
    from export.interchange import load

    german = demo_workshop("de")
    load(german, tmp_path / "de.journey")
    with Workshop.open(tmp_path / "de.journey", readonly=True) as workshop:
        write_pdf(workshop, tmp_path / "de.pdf", page_size="A4")
    text = " ".join(" ".join(_pages(tmp_path / "de.pdf")).split())
    assert "Messwerte" in text and "zuletzt 52% Ziel 60%" in text and "31.03.2026" in text
    for journey_map in german["maps"]:
        journey_map["measurements"] = []
    load(german, tmp_path / "none.journey")
    with Workshop.open(tmp_path / "none.journey", readonly=True) as workshop:
        write_pdf(workshop, tmp_path / "none.pdf", page_size="A4")
    assert "Messwerte" not in " ".join(_pages(tmp_path / "none.pdf"))
