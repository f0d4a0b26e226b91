"""Export: the PDF a consultant sends to a client (text, pages, tiling, safety)."""

from __future__ import annotations

import io
import math
from collections.abc import Callable, Iterator
from pathlib import Path
from typing import Any

import pypdf
import pytest

from app.demo import demo_workshop
from app.mapdata import read_map
from app.scoring import RULES
from export.interchange import load
from storage.workshop import Workshop

HOSTILE = '<b>&amp; </para><font color="red">'
LONG_WORD = "Zebra" * 1000  # one 5,000-character word


def _squash(text: str) -> str:
    return "".join(text.split())


def _open(tmp_path: Path, data: dict[str, Any], name: str = "w.journey") -> Workshop:
    path = tmp_path / name
    load(data, path)
    return Workshop.open(path, readonly=True)


@pytest.fixture
def workshop_factory(tmp_path: Path) -> Iterator[Callable[..., Workshop]]:
    opened: list[Workshop] = []

    def make(data: dict[str, Any], name: str = "w.journey") -> Workshop:
        workshop = _open(tmp_path, data, name)
        opened.append(workshop)
        return workshop

    yield make
    for workshop in opened:
        workshop.close()


def _pages(pdf: bytes) -> list[str]:
    return [page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(pdf)).pages]


TABLE_HEADING = "Touchpoints\nEvery touchpoint of the exported maps"


def _table_pages(pages: list[str]) -> list[str]:
    """The pages of the touchpoint table, the first from its heading on (it may share
    its page with the moments of truth)."""
    first = next(i for i, p in enumerate(pages) if TABLE_HEADING in p)
    return [pages[first][pages[first].index(TABLE_HEADING) :], *pages[first + 1 :]]


def _small(cards: list[dict[str, Any]], **extra: Any) -> dict[str, Any]:
    """A one-map workshop with the given cards in phase ph1, lane l1."""
    data: dict[str, Any] = {
        "format": "journeyboard",
        "version": 1,
        "title": "Test",
        "language": "en",
        "participants": [{"id": "p1", "name": "Anna"}, {"id": "p2", "name": "Ben"}],
        "personas": [{"id": "pe1", "name": "Sabine", "color": "#3366CC"}],
        "channels": [{"id": "web", "name": "Website", "icon": "web"}],
        "maps": [
            {
                "id": "m1",
                "name": "As-is",
                "kind": "as-is",
                "phases": [{"id": "ph1", "name": "Awareness"}, {"id": "ph2", "name": "Buy"}],
                "lanes": [{"id": "l1", "name": "Sabine", "kind": "persona", "persona": "pe1"}],
                "cards": cards,
            }
        ],
    }
    data.update(extra)
    return data


def _touchpoint(
    card_id: str, title: str, ratings: list[tuple[int, int]] = ((-1, 4),), **extra: Any
) -> dict[str, Any]:
    return {
        "id": card_id,
        "kind": "touchpoint",
        "lane": "l1",
        "phase": "ph1",
        "title": title,
        "channel": "web",
        "direct": True,
        "ratings": [
            {"participant": f"p{i + 1}", "experience": e, "importance": imp}
            for i, (e, imp) in enumerate(ratings)
        ],
        **extra,
    }


# -- content -----------------------------------------------------------------------------


@pytest.mark.parametrize("lang", ["en", "de"])
def test_demo_board_and_tables_carry_phases_lanes_and_titles(
    workshop_factory: Any, lang: str
) -> None:
    from export.pdf import pdf_bytes

    workshop = workshop_factory(demo_workshop(lang))
    data = read_map(workshop, workshop.maps()[0].id)
    pages = _pages(pdf_bytes(workshop, page_size="A3"))
    heading = "Map 'As-is'" if lang == "en" else "Karte „Ist-Zustand“"
    board = " ".join(next(p for p in pages if p.startswith(heading)).split())
    for phase in data.phases:
        assert phase.name in board
    for lane in data.lanes:
        assert lane.name in board
    for card in data.cards:
        assert " ".join(card.title.split()) in board, card.title
    everything = " ".join(" ".join(pages).split())
    table_title = "Touchpoints"
    assert table_title in everything
    for card in data.cards:
        if card.kind == "touchpoint":
            assert card.title in everything
    if lang == "de":
        assert "Bäckerei" in pages[0]
        assert "Momente der Wahrheit" in everything
        assert "Seite 2 von" in pages[1]
        assert any(umlaut in board for umlaut in "äöüß")
    else:
        assert "Moments of truth" in everything
        assert "Page 2 of" in pages[1]


def test_cover_lists_title_date_participants_maps_and_personas(workshop_factory: Any) -> None:
    import datetime as dt

    from export.pdf import pdf_bytes

    workshop = workshop_factory(demo_workshop("en"))
    cover = " ".join(_pages(pdf_bytes(workshop, today=dt.date(2025, 3, 7)))[0].split())
    for expected in (
        "Sonnenkorn Bakery",
        "7 March 2025",
        "Anna",
        "Ben",
        "Clara",
        "As-is",
        "To-be",
        "30 touchpoints",
        "Lena",
        "Tom",
    ):
        assert expected in cover


def test_page_numbers_footer_and_metadata(workshop_factory: Any) -> None:
    from export.pdf import pdf_bytes

    workshop = workshop_factory(demo_workshop("en"))
    pdf = pdf_bytes(workshop, page_size="A3")
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    total = len(reader.pages)
    for number, page in enumerate(reader.pages[1:], start=2):
        text = page.extract_text()
        assert f"Page {number} of {total}" in text
        assert "Sonnenkorn Bakery" in text
    meta = reader.metadata
    assert meta.title == "Sonnenkorn Bakery: online orders and delivery"
    assert meta.author == "Journeyboard"
    assert meta.subject == "Customer journey map"


def test_legend_shows_the_scoring_rules_in_both_languages(workshop_factory: Any) -> None:
    from export.pdf import LABELS, pdf_bytes

    assert len(LABELS["de"]["rules"]) == len(RULES)
    assert set(LABELS["de"]) == set(LABELS["en"])
    workshop = workshop_factory(demo_workshop("en"))
    pages = _pages(pdf_bytes(workshop))
    text = " ".join(" ".join(pages).split())
    for rule in RULES:
        assert " ".join(rule.split()) in text
    legend = " ".join(next(p for p in pages if p.startswith("How to read the maps")).split())
    for sample in (
        "Example: checkout and payment",
        "Example: review on a blog",
        "Example: delivery often late",
        "Pain point",
    ):
        assert sample in legend


def test_unrated_touchpoints_read_unrated_not_zero(workshop_factory: Any) -> None:
    from export.pdf import pdf_bytes

    workshop = workshop_factory(_small([_touchpoint("c1", "Nobody rated me", ratings=[])]))
    pages = _pages(pdf_bytes(workshop, include_personas=False))
    table = _table_pages(pages)[0]
    row = " ".join(table.split()).split("Nobody rated me", 1)[1]
    assert row.split()[:3] == ["Website", "direct", "unrated"]
    assert "0.00" not in table


@pytest.mark.parametrize(
    ("size", "expected"),
    [
        ("A4", (842, 595)),
        ("A3", (1191, 842)),
        ("A2", (1684, 1191)),
        ("A1", (2384, 1684)),
        ("A0", (3370, 2384)),
        ("letter", (792, 612)),
        ("tabloid", (1224, 792)),
        ("A4 portrait", (595, 842)),
        ("letter-portrait", (612, 792)),
    ],
)
def test_page_sizes(workshop_factory: Any, size: str, expected: tuple[int, int]) -> None:
    from export.pdf import pdf_bytes

    workshop = workshop_factory(demo_workshop("en"))
    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes(workshop, page_size=size, include_tables=False)))
    for page in reader.pages:
        assert (round(float(page.mediabox.width)), round(float(page.mediabox.height))) == expected


def test_unknown_page_size_is_refused(workshop_factory: Any) -> None:
    from export import ExportError
    from export.pdf import pdf_bytes

    with pytest.raises(ExportError, match="page size"):
        pdf_bytes(workshop_factory(demo_workshop("en")), page_size="B5")


def test_a_card_reads_title_first_then_its_rating(workshop_factory: Any) -> None:
    from export.pdf import pdf_bytes

    workshop = workshop_factory(
        _small([_touchpoint("c1", "Search the shop", ratings=[(-1, 4), (-2, 5)])])
    )
    pages = _pages(pdf_bytes(workshop, include_personas=False, include_tables=False))
    board = " ".join(next(p for p in pages if p.startswith("Map 'As-is'")).split())
    card = board[board.index("Search the shop") :]
    assert card.split()[3:7] == ["\u22121.5", "2", "votes", "#1"]


def test_each_page_is_written_when_done_and_numbered_at_the_end(workshop_factory: Any) -> None:
    """A page's footer ("Page n of N") is a form filled in when the count is known, so the
    pages themselves need not be held back until then (memory of a 100,000-card PDF)."""
    from export.pdf import pdf_bytes

    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes(workshop_factory(demo_workshop("de")))))
    total = len(reader.pages)
    for number, page in enumerate(reader.pages, start=1):
        footers = [name for name in page["/Resources"]["/XObject"] if "footer" in name]
        assert footers == [f"/FormXob.journeyboard-footer-{number}"]
        form = page["/Resources"]["/XObject"][footers[0]]
        if number > 1:
            assert f"Seite {number} von {total}" in page.extract_text()
        assert form.get_object()["/Subtype"] == "/Form"
    assert "Inhalt" in reader.pages[0].extract_text()  # the cover's contents, drawn last


def test_icons_and_the_legend_are_stored_once(workshop_factory: Any) -> None:
    from export.pdf import pdf_bytes

    cards = [_touchpoint(f"c{i}", f"Visit {i}") for i in range(5)]
    reader = pypdf.PdfReader(io.BytesIO(pdf_bytes(workshop_factory(_small(cards)))))
    board = next(
        page for page in reader.pages if (page.extract_text() or "").startswith("Map 'As-is'")
    )
    everything = sorted(board["/Resources"]["/XObject"])
    forms = [name for name in everything if "footer" not in name]  # the page's own footer
    assert len(forms) == 2  # five cards draw the same icon; the legend
    assert "icon-web" in forms[0] and "legend" in forms[1]
    assert "Legend" in board.extract_text() and "very negative" in board.extract_text()

    tiled = workshop_factory(_big(20, 12), "big.journey")
    pages = pypdf.PdfReader(io.BytesIO(pdf_bytes(tiled, page_size="A4"))).pages
    legends = {
        name
        for page in pages
        if "/XObject" in page["/Resources"]
        for name in page["/Resources"]["/XObject"]
        if "legend" in name
    }
    assert len(legends) == 1  # one legend for all the board pages


def test_long_touchpoint_table_continues_over_pages_in_board_order(workshop_factory: Any) -> None:
    import re

    from export.pdf import pdf_bytes

    cards = [
        _touchpoint(f"c{i}", f"Step {i:03} of the visit", ratings=[(1, 3)]) for i in range(150)
    ]
    pages = _pages(
        pdf_bytes(workshop_factory(_small(cards)), page_size="A4", include_personas=False)
    )
    table_pages = _table_pages(pages)
    assert len(table_pages) > 3
    assert all("Disagreement" in page for page in table_pages)  # the header on every page
    steps = re.findall(r"Step (\d{3}) of", " ".join(" ".join(table_pages).split()))
    assert steps == [f"{i:03}" for i in range(150)]


def test_a_row_longer_than_a_page_continues_on_the_next(workshop_factory: Any) -> None:
    import re

    from export.pdf import pdf_bytes

    card = _touchpoint("c1", "Long story", ratings=[(1, 3)])
    card["description"] = " ".join(f"w{i:03}" for i in range(900))
    cards = [_touchpoint(f"c{i}", f"Step {i}", ratings=[(1, 3)]) for i in range(2, 30)]
    pages = _pages(
        pdf_bytes(workshop_factory(_small([*cards, card])), page_size="A4", include_personas=False)
    )
    table = _table_pages(pages)
    words = re.findall(r"\bw(\d{3})\b", " ".join(table))
    assert words == [f"{i:03}" for i in range(900)]
    assert len([p for p in table if re.search(r"\bw\d{3}\b", p)]) > 1


def test_plain_table_cells_break_their_lines_where_a_paragraph_would() -> None:
    import random

    from reportlab.platypus import Paragraph

    from export.fonts import markup
    from export.pdf_tables import _lines, cell_styles

    styles = cell_styles(1.2)
    rng = random.Random(3)
    letters = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789äöüßé€.,-/"
    for _ in range(2000):
        words = [
            "".join(rng.choice(letters) for _ in range(rng.choice([1, 3, 6, 12, 30])))
            for _ in range(rng.randint(1, 10))
        ]
        style = styles[rng.choice(["cell", "bold", "num", "numitalic"])]
        width = rng.choice([6.0, 14.0, 31.5, 60.0, 140.0, 400.0])
        paragraph = Paragraph(markup(" ".join(words)), style)
        paragraph.wrap(width, 10_000)
        expected = [" ".join(line_words) for _, line_words in paragraph.blPara.lines]
        assert _lines(words, style, width) == expected, (words, width)


def test_hostile_and_huge_titles_appear_literally(workshop_factory: Any) -> None:
    from export.pdf import pdf_bytes

    cards = [
        _touchpoint("c1", HOSTILE),
        _touchpoint("c2", LONG_WORD, owner=HOSTILE),
        _touchpoint("c3", "x " * 3000),
    ]
    workshop = workshop_factory(_small(cards, title=HOSTILE + LONG_WORD))
    pages = _pages(pdf_bytes(workshop, page_size="A4"))
    table_pages = [p for p in pages if "Disagreement" in p]
    assert _squash(HOSTILE) in _squash("".join(table_pages))
    # The word wraps inside its cell and the cell continues over pages (between the
    # pieces come the cell's neighbours and the footers): its lines, in order, are it.
    pieces = [
        line.strip()
        for page in table_pages
        for line in page.split("\n")
        if line.strip() and set(line.strip()) <= set("Zebra")
    ]
    assert "".join(pieces) == LONG_WORD * 2  # moments of truth, touchpoints
    board = next(p for p in pages if p.startswith("Map 'As-is'"))
    assert _squash(HOSTILE) in _squash(board)


def test_a_huge_description_is_cut_with_a_note_and_exports_quickly(workshop_factory: Any) -> None:
    from export.fonts import TEXT_LIMIT
    from export.pdf import pdf_bytes

    huge = "Lorem ipsum dolor sit amet. " * 40_000  # 1.1 MB: uncut, ReportLab takes minutes
    card = _touchpoint("c1", "Long story")
    card["description"] = huge
    workshop = workshop_factory(_small([card]))
    text = _squash("".join(_pages(pdf_bytes(workshop, page_size="A4"))))
    assert _squash(f"[+{len(huge) - TEXT_LIMIT:,} characters]") in text


def test_scripts_and_characters_outside_the_font(workshop_factory: Any) -> None:
    from export.pdf import render_pdf

    titles = [
        "Ελληνικά ΑΒΓ",
        "Кириллица ЖЩЯ",
        "Zażółć gęślą jaźń",
        "Příliš žluťoučký kůň",
        "Preis 9,99 € für Straße",
        "Party 🎉 time 😀",
        "中文标题",
    ]
    cards = [_touchpoint(f"c{i}", title) for i, title in enumerate(titles)]
    workshop = workshop_factory(_small(cards))
    pdf, unshown = render_pdf(workshop)
    text = " ".join(_pages(pdf))
    for title in [*titles[:5], titles[6]]:  # CJK in an installed fallback font
        assert title in text
    # An emoji no installed font has is a visible mark, and named for the warning.
    assert ("\U0001f389" in unshown) == ("Party \u25a1 time" in text)


def test_clean_replaces_what_the_font_cannot_draw() -> None:
    from export.fonts import clean, markup

    assert clean("Straße €") == "Straße €"
    assert clean("a\x00b\x07c") == "abc"
    assert clean("漢") == "漢"  # drawn in an installed fallback font
    assert clean("Adlam \U0001e900") == "Adlam \u25a1"  # no font has it: a visible mark
    assert clean("one\r\ntwo") == "one\ntwo"
    assert clean("one\ntwo", newlines=False) == "one two"
    assert markup("<b>&") == "&lt;b&gt;&amp;"


# -- tiling -------------------------------------------------------------------------------


def _big(phases: int, lanes: int, per_cell: int = 1) -> dict[str, Any]:
    cards = []
    for p in range(phases):
        for lane in range(lanes):
            for i in range(per_cell):
                cards.append(
                    {
                        "id": f"c{p}-{lane}-{i}",
                        "kind": "touchpoint",
                        "lane": f"l{lane}",
                        "phase": f"ph{p}",
                        "title": f"Card {p}/{lane}/{i}",
                        "ratings": [
                            {"participant": "p1", "experience": (p % 5) - 2, "importance": 3}
                        ],
                    }
                )
    return {
        "format": "journeyboard",
        "version": 1,
        "title": "Big",
        "language": "en",
        "participants": [{"id": "p1", "name": "Anna"}],
        "personas": [{"id": "pe1", "name": "Sabine"}],
        "maps": [
            {
                "id": "m1",
                "name": "Big map",
                "kind": "as-is",
                "phases": [{"id": f"ph{p}", "name": f"Phase {p}"} for p in range(phases)],
                "lanes": [
                    {
                        "id": f"l{lane}",
                        "name": f"Lane {lane}",
                        **(
                            {"kind": "persona", "persona": "pe1"}
                            if lane == 0
                            else {"kind": "notes"}
                        ),
                    }
                    for lane in range(lanes)
                ],
                "cards": cards,
            }
        ],
    }


def test_big_board_is_tiled_with_an_overview(workshop_factory: Any) -> None:
    from export.pdf import MARGIN, page_dimensions, pdf_bytes
    from export.pdf_tiles import MIN_SCALE, body_rect

    workshop = workshop_factory(_big(20, 12))
    layout = read_map(workshop, "m1").layout()
    pages = _pages(
        pdf_bytes(workshop, page_size="A4", include_tables=False, include_personas=False)
    )
    tiles = [p for p in pages if p.startswith("Map 'Big map', tile ")]
    count = len(tiles)
    # At the smallest legible scale the body needs at least this many pages each way.
    width, height = page_dimensions("A4")
    body = body_rect(layout)
    columns = math.ceil(body.w * MIN_SCALE / (width - 2 * MARGIN))
    rows = math.ceil(body.h * MIN_SCALE / (height - 2 * MARGIN))
    assert count >= columns * rows >= 6
    for index, page in enumerate(tiles, start=1):
        assert page.startswith(f"Map 'Big map', tile {index} of {count}: row ")
    last = tiles[-1].split("\n")[0]
    r, c = (int(x) for x in last.replace(",", "").split()[-3::2])
    assert r * c == count
    assert f"Map 'Big map', tile 2 of {count}: row 1, column 2" in tiles[1]
    overview = [p for p in pages if p.startswith(f"Map 'Big map': overview of the {count}")]
    assert len(overview) == 1
    assert pages.index(overview[0]) < pages.index(tiles[0])
    # Every card is whole on some tile: the tiles are cut between phases and lanes.
    seen = _squash(" ".join(tiles))
    for p in range(20):
        for lane in range(12):
            assert f"Card{p}/{lane}/0" in seen


def test_plan_tiles_fits_small_boards_and_keeps_titles_legible(workshop_factory: Any) -> None:
    from export.pdf_tiles import MIN_SCALE, plan_tiles

    small = read_map(workshop_factory(_small([_touchpoint("c1", "x")])), "m1").layout()
    plan = plan_tiles(small, 1000, 700)
    assert not plan.tiled and plan.scale > 1
    big = read_map(workshop_factory(_big(30, 20), "big.journey"), "m1").layout()
    plan = plan_tiles(big, 786, 450)
    assert plan.tiled and plan.scale >= MIN_SCALE
    assert len(plan.tiles) == plan.rows * plan.columns
    for left, right in zip(plan.tiles, plan.tiles[1:], strict=False):
        if left.row == right.row:  # neighbours overlap
            assert right.view.x < left.view.right


# -- personas -----------------------------------------------------------------------------


def _png() -> str:
    import base64

    from PIL import Image

    buffer = io.BytesIO()
    Image.new("RGB", (40, 50), "#E67E22").save(buffer, format="PNG")
    return base64.b64encode(buffer.getvalue()).decode()


def test_persona_pages_with_a_picture_and_with_a_broken_one(workshop_factory: Any) -> None:
    import base64

    from export.pdf import pdf_bytes

    personas = [
        {
            "id": "pe1",
            "name": "Sabine",
            "role": "Buyer",
            "goals": "Fast delivery",
            "quote": "Just works",
            "picture": _png(),
        },
        {"id": "pe2", "name": "Broken", "picture": base64.b64encode(b"\x89PNG garbage").decode()},
    ]
    workshop = workshop_factory(_small([_touchpoint("c1", "Search")], personas=personas))
    pdf = pdf_bytes(workshop)
    pages = _pages(pdf)
    sabine = next(p for p in pages if "Sabine" in p and "Fast delivery" in p)
    assert "Buyer" in sabine and "Just works" in sabine
    assert "Emotion curve per map" in sabine
    broken = next(p for p in pages if "Broken" in p and "picture" in p)
    assert "could not be read" in broken
    reader = pypdf.PdfReader(io.BytesIO(pdf))
    images = sum(len(page.images) for page in reader.pages)
    assert images == 1


# -- writing: atomic, cancellable ---------------------------------------------------------


def test_failure_half_way_keeps_the_old_file(
    workshop_factory: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    import export.pdf_board
    from export.pdf import write_pdf

    out_dir = tmp_path / "out"
    out_dir.mkdir()
    out = out_dir / "report.pdf"
    out.write_bytes(b"old report")
    workshop = workshop_factory(demo_workshop("en"))
    calls = []

    def explode(*args: Any, **kwargs: Any) -> None:
        calls.append(1)
        if len(calls) > 5:
            raise RuntimeError("boom")

    monkeypatch.setattr(export.pdf_board, "draw_card", explode)
    with pytest.raises(RuntimeError, match="boom"):
        write_pdf(workshop, out)
    assert out.read_bytes() == b"old report"
    assert sorted(p.name for p in out_dir.iterdir()) == ["report.pdf"]


def test_progress_reports_and_cancel_leaves_no_file(workshop_factory: Any, tmp_path: Path) -> None:
    from export.pdf import ExportCancelled, write_pdf

    workshop = workshop_factory(demo_workshop("en"))
    seen: list[tuple[int, int]] = []

    def record(done: int, total: int) -> bool:
        seen.append((done, total))
        return True

    out = tmp_path / "a.pdf"
    write_pdf(workshop, out, progress=record)
    assert out.read_bytes().startswith(b"%PDF")
    assert seen[-1][0] == seen[-1][1]
    assert all(0 <= d <= t for d, t in seen)
    assert [d for d, _ in seen] == sorted(d for d, _ in seen)

    cancelled = tmp_path / "b.pdf"
    with pytest.raises(ExportCancelled):
        write_pdf(workshop, cancelled, progress=lambda done, total: done < 4)
    assert not cancelled.exists()
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".journey") == ["a.pdf"]


def test_run_export_writes_one_map(workshop_factory: Any, tmp_path: Path) -> None:
    from export import run_export

    workshop = workshop_factory(demo_workshop("en"))
    out = tmp_path / "to-be.pdf"
    run_export(workshop, "pdf", out, map_name="To-be", page_size="A3")
    text = " ".join(_pages(out.read_bytes()))
    assert "Map 'To-be'" in text and "Map 'As-is'" not in text


def test_three_digit_ranks_of_moments_stay_on_one_line(workshop_factory: Any) -> None:
    from export.pdf import pdf_bytes

    cards = [_touchpoint(f"c{i}", f"Pain {i}", ratings=[(-2, 1 + i % 5)]) for i in range(105)]
    pages = _pages(pdf_bytes(workshop_factory(_small(cards))))
    lines = {line.strip() for page in pages for line in page.splitlines()}
    assert {"99", "100", "105"} <= lines  # a broken rank cell reads "10", then "0"
