"""Export: the as-is vs. to-be comparison as CSV."""

from __future__ import annotations

import csv
import io
from pathlib import Path

import pytest

from app.demo import demo_workshop
from export import ExportError
from export.csv_compare import comparison_text, write_comparison
from export.interchange import load
from storage.workshop import Workshop


def _workshop(tmp_path: Path, lang: str = "en") -> Path:
    path = tmp_path / f"{lang}.journey"
    load(demo_workshop(lang), path)
    return path


def _small(tmp_path: Path) -> Path:
    """An as-is map and a to-be map carried over from it, with known ratings."""

    def rating(e: int, i: int) -> dict:
        return {"participant": "p1", "experience": e, "importance": i}

    def card(cid: str, phase: str, title: str, ratings: list, based_on: str | None = None) -> dict:
        out = {
            "id": cid,
            "kind": "touchpoint",
            "lane": phase[:2] + "l",
            "phase": phase,
            "title": title,
            "ratings": ratings,
        }
        if based_on:
            out["based_on"] = based_on
        return out

    def map_(mid: str, kind: str, cards: list, based_on: str | None = None) -> dict:
        out = {
            "id": mid,
            "name": mid,
            "kind": kind,
            "phases": [{"id": f"{mid}a", "name": "Find"}, {"id": f"{mid}b", "name": "Buy"}],
            "lanes": [{"id": f"{mid}l", "name": "Lena", "kind": "persona", "persona": "pe"}],
            "cards": cards,
        }
        if based_on:
            out["based_on"] = based_on
        return out

    data = {
        "format": "journeyboard",
        "version": 1,
        "title": "Small",
        "language": "en",
        "participants": [{"id": "p1", "name": "Anna"}],
        "personas": [{"id": "pe", "name": "Lena"}],
        "maps": [
            map_(
                "As",
                "as-is",
                [
                    card("c1", "Asa", "Search", [rating(-2, 4)]),
                    card("c2", "Asb", "Pay", [rating(-1, 2)]),
                    card("c3", "Asb", "Mail", [rating(1, 3)]),
                ],
            ),
            map_(
                "To",
                "to-be",
                [
                    card("d1", "Toa", "Search", [rating(1, 5)], "c1"),
                    card("d2", "Tob", "Pay", [rating(-2, 4)], "c2"),
                    card("d4", "Tob", "Chat", []),
                ],
                "As",
            ),
        ],
    }
    for m in data["maps"]:  # lanes are per map: point each card at its map's lane
        for c in m["cards"]:
            c["lane"] = m["lanes"][0]["id"]
    path = tmp_path / "small.journey"
    load(data, path)
    return path


def _rows(text: str, delimiter: str) -> list[dict[str, str]]:
    return list(csv.DictReader(io.StringIO(text, newline=""), delimiter=delimiter))


def test_phase_and_touchpoint_deltas_and_moved_moments(tmp_path: Path) -> None:
    with Workshop.open(_small(tmp_path), readonly=True) as workshop:
        rows = _rows(comparison_text(workshop), ",")
    by_title = {(r["level"], r["phase"] if r["level"] == "phase" else r["title"]): r for r in rows}
    find = by_title[("phase", "Find")]
    assert (find["experience as-is"], find["experience to-be"], find["experience change"]) == (
        "-2.00",
        "1.00",
        "3.00",
    )
    assert (find["importance as-is"], find["importance to-be"], find["importance change"]) == (
        "4.00",
        "5.00",
        "1.00",
    )
    buy = by_title[("phase", "Buy")]
    # The mean of the phase's rated touchpoints: as-is (-1 + 1) / 2; to-be only "Pay".
    assert (buy["experience as-is"], buy["experience to-be"], buy["experience change"]) == (
        "0.00",
        "-2.00",
        "-2.00",
    )
    assert (buy["importance as-is"], buy["importance to-be"]) == ("2.50", "4.00")
    search = by_title[("touchpoint", "Search")]
    assert search["change"] == "carried over" and search["experience change"] == "3.00"
    assert (
        search["moment rank as-is"],
        search["moment rank to-be"],
        search["moment of truth"],
    ) == ("1", "", "no longer a moment of truth")
    pay = by_title[("touchpoint", "Pay")]
    assert (pay["moment rank as-is"], pay["moment rank to-be"], pay["moment of truth"]) == (
        "2",
        "1",
        "moved up",
    )
    chat = by_title[("touchpoint", "Chat")]
    assert (
        chat["change"] == "new"
        and chat["experience to-be"] == ""
        and chat["experience change"] == ""
    )
    mail = by_title[("touchpoint", "Mail")]
    assert mail["change"] == "dropped" and mail["experience as-is"] == "1.00"
    assert [r["level"] for r in rows] == ["phase"] * 2 + ["touchpoint"] * 4


def test_german_comparison_file(tmp_path: Path) -> None:
    out = tmp_path / "cmp.csv"
    with Workshop.open(_workshop(tmp_path, "de"), readonly=True) as workshop:
        write_comparison(workshop, out)
    raw = out.read_bytes()
    assert raw.startswith(b"\xef\xbb\xbf")
    rows = _rows(raw.decode("utf-8-sig"), ";")
    assert list(rows[0])[:3] == ["Ebene", "Änderung", "Phase"]
    phases = [r for r in rows if r["Ebene"] == "Phase"]
    assert [r["Phase"] for r in phases] == [
        "Bewusstsein",
        "Interesse",
        "Entscheidung",
        "Kauf",
        "Nachkauf",
        "Bindung",
        "Erweiterung",
    ]
    assert phases[1]["Erlebnis Veränderung"] == "2,25"
    moved = {r["Moment der Wahrheit"] for r in rows if r["Ebene"] == "Touchpoint"}
    assert "kein Moment der Wahrheit mehr" in moved
    assert {r["Änderung"] for r in rows} == {"übernommen", "neu", "entfallen"}


def test_no_pair_to_compare_is_refused(tmp_path: Path) -> None:
    data = demo_workshop("en")
    data["maps"] = data["maps"][:1]
    path = tmp_path / "one.journey"
    load(data, path)
    out = tmp_path / "cmp.csv"
    with Workshop.open(path, readonly=True) as workshop:
        with pytest.raises(ExportError, match="nothing to compare"):
            write_comparison(workshop, out)
        with pytest.raises(ExportError, match="no map named"):
            write_comparison(workshop, out, map_name="Nope")
    assert not out.exists()
