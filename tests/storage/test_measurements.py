"""Measurements in the file: checked values, and a deleted touchpoint's undo brings them back."""

from pathlib import Path

import pytest

from storage.errors import InvalidEdit
from storage.workshop import Workshop


def _rows(workshop: Workshop, card_id: str) -> list[tuple]:
    return [
        (m.metric, m.date, m.value, m.unit, m.target) for m in workshop.card_measurements(card_id)
    ]


def test_deleting_a_touchpoint_and_undoing_it_keeps_its_measurements(workshop_path: Path) -> None:
    with Workshop.open(workshop_path) as workshop:
        before = _rows(workshop, "c17")
        assert len(before) == 3  # the demo's checkout conversion rate
        undo = workshop.delete("card", "c17")
        assert _rows(workshop, "c17") == []
        workshop.restore(undo)
        assert _rows(workshop, "c17") == before


def test_bad_values_are_refused_with_what_and_where(workshop_path: Path, file_state) -> None:
    before = file_state(workshop_path)
    good = {"card_id": "c1", "metric": "NPS", "date": "2026-01-31", "value": 3.0}
    with Workshop.open(workshop_path) as workshop:
        for change, message in (
            ({"date": "31.01.2026"}, "measurement 2.date: '31.01.2026' is not a date"),
            ({"value": float("nan")}, "measurement 2.value: must be a finite number"),
            ({"value": "3"}, "measurement 2.value: expected a number"),
            ({"metric": " "}, "measurement 2.metric: must not be empty"),
            ({"card_id": "c5"}, "card 'c5': only touchpoints have measurements"),
            ({"card_id": "nope"}, "measurement.card_id: no card 'nope'"),
        ):
            with pytest.raises(InvalidEdit, match=message):
                workshop.add_measurements([good, good | change])
        assert _rows(workshop, "c1") == []
    assert file_state(workshop_path)[0] == before[0]
