"""Export: the PDF's board pages carry the connections as vector arrows with their labels
as real text, and a blueprint's lines named in the workshop's language."""

from __future__ import annotations

import io
from pathlib import Path

import pypdf
import pytest

from app.templates import workshop_from_template
from export.interchange import load
from storage.workshop import Workshop


def _blueprint(tmp_path: Path, lang: str) -> Path:
    data = workshop_from_template("blueprint", lang)
    board = data["maps"][0]
    card = {"kind": "touchpoint", "description": "", "ratings": []}
    board["cards"] = [
        card | {"id": "a", "lane": "l1", "phase": "ph4", "title": "Orders online"},
        card | {"id": "b", "lane": "l5", "phase": "ph4", "title": "Confirmation"},
        card | {"id": "c", "lane": "l6", "phase": "ph4", "title": "Bakery plans"},
        card | {"id": "e", "lane": "l1", "phase": "ph3", "title": "Compares"},
    ]
    board["connections"] = [
        {"id": "k1", "from": "a", "to": "b", "kind": "flow", "label": "confirms"},
        {"id": "k2", "from": "b", "to": "c", "kind": "alternative", "label": "Engpass Ofen"},
        {"id": "k3", "from": "a", "to": "e", "kind": "return", "label": "Payment fails"},
    ]
    path = tmp_path / "b.journey"
    load(data, path)
    return path


@pytest.mark.parametrize(
    ("lang", "lines"),
    [
        ("en", ["Line of interaction", "Line of visibility", "Line of internal interaction"]),
        ("de", ["Interaktionslinie", "Sichtbarkeitslinie", "Linie der internen Interaktion"]),
    ],
)
def test_the_board_page_names_the_arrows_and_the_blueprint_lines(
    tmp_path: Path, lang: str, lines: list[str]
) -> None:
    from export.pdf import write_pdf

    path = _blueprint(tmp_path, lang)
    with Workshop.open(path, readonly=True) as workshop:
        write_pdf(workshop, tmp_path / "out.pdf")
    reader = pypdf.PdfReader(io.BytesIO((tmp_path / "out.pdf").read_bytes()))
    pages = [page.extract_text() for page in reader.pages]
    # The board page: the cards, the arrows' labels and the lines on one page.
    [board] = [text for text in pages if "Payment fails" in text]
    for label in ("Orders online", "confirms", "Engpass Ofen", *lines):
        assert label in board, label


def test_the_arrows_are_vector_paths_with_one_curve_each(tmp_path: Path) -> None:
    from export.pdf import write_pdf

    def curves(pdf: Path) -> int:
        """Bézier segments ("x1 y1 x2 y2 x3 y3 c") in the page contents."""
        reader = pypdf.PdfReader(io.BytesIO(pdf.read_bytes()))
        return sum(page.get_contents().get_data().count(b" c\n") for page in reader.pages)

    path = _blueprint(tmp_path, "en")
    with Workshop.open(path) as workshop:
        write_pdf(workshop, tmp_path / "with.pdf")
        for connection in workshop.connections("m1"):
            workshop.delete("connection", connection.id)
        write_pdf(workshop, tmp_path / "without.pdf")
    # Three arrows: three curves more (and the loop's ring), nothing drawn as an image.
    assert curves(tmp_path / "with.pdf") - curves(tmp_path / "without.pdf") >= 3
