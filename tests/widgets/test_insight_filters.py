"""The filter bar: the predicate it emits, and re-emission after edits."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from app.commands import AddCommand, RateCommand, execute
from widgets.filters import FilterBar


@pytest.fixture
def bar(qtbot, doc) -> FilterBar:
    widget = FilterBar(doc)
    qtbot.addWidget(widget)
    widget.set_map("m1")
    return widget


def matching(doc, predicate, map_id: str = "m1") -> set[str]:
    return {c.id for c in doc.cards(map_id) if predicate(c.id)}


def test_nothing_set_means_no_predicate(bar) -> None:
    assert bar.predicate() is None
    assert bar.count_label.text() == ""
    assert not bar.clear_button.isEnabled()


def test_persona_choice_emits_a_predicate(bar, doc, qtbot) -> None:
    with qtbot.waitSignal(bar.predicateChanged) as signal:
        bar.persona_combo.setCurrentIndex(bar.persona_combo.findText("Tom"))
    predicate = signal.args[0]
    assert matching(doc, predicate) == {c.id for c in doc.cards("m1") if c.lane_id == "l2"}
    assert bar.count_label.text() == f"{len(matching(doc, predicate))} of 42 cards"
    with qtbot.waitSignal(bar.predicateChanged) as signal:
        bar.clear_button.click()
    assert signal.args == [None]


def test_channel_direct_and_checkboxes_combine(bar, doc, qtbot) -> None:
    bar.channel_combo.setCurrentIndex(bar.channel_combo.findData("reviews"))
    assert matching(doc, bar.predicate()) == {"c3", "c7", "c34", "c37"}
    bar.channel_combo.setCurrentIndex(0)
    bar.direct_combo.setCurrentIndex(bar.direct_combo.findData(False))
    assert matching(doc, bar.predicate()) == {"c2", "c3", "c7", "c34", "c37"}
    bar.direct_combo.setCurrentIndex(0)
    bar.moments_check.setChecked(True)
    assert matching(doc, bar.predicate()) == {m.card_id for m in doc.map_data("m1").moments}
    bar.disagreements_check.setChecked(True)
    assert matching(doc, bar.predicate()) == {"c14", "c33"}


def test_set_criteria_emits_once(bar, doc) -> None:
    emitted = []
    bar.predicateChanged.connect(emitted.append)
    bar.set_criteria(persona_id="pe1", channel_id="web")
    assert len(emitted) == 1
    assert matching(doc, emitted[0]) == {"c6", "c12", "c17"}


def test_rating_edit_re_emits_while_moments_only(bar, doc, qtbot) -> None:
    bar.moments_check.setChecked(True)
    assert "c1" not in matching(doc, bar.predicate())
    with qtbot.waitSignal(bar.predicateChanged) as signal:
        execute(doc, RateCommand(doc, "c1", "p2", (-2, 5)))  # (0,2) (-2,5) (0,3): negative
    assert "c1" in matching(doc, signal.args[0])


def test_no_emission_for_edits_when_nothing_is_filtered(bar, doc, qtbot) -> None:
    emitted = []
    bar.predicateChanged.connect(emitted.append)
    execute(doc, RateCommand(doc, "c1", "p2", (-2, 5)))
    qtbot.wait(20)  # the bar counts edits in the event loop's next turn
    assert emitted == []


def test_edits_of_one_turn_are_counted_once(bar, doc, qtbot) -> None:
    bar.moments_check.setChecked(True)
    emitted = []
    bar.predicateChanged.connect(emitted.append)
    execute(doc, RateCommand(doc, "c1", "p2", (-2, 5)))
    execute(doc, RateCommand(doc, "c1", "p1", (-2, 5)))
    assert emitted == []  # nothing yet: the edits are committed first
    qtbot.waitUntil(lambda: len(emitted) == 1)
    qtbot.wait(20)
    assert len(emitted) == 1 and "c1" in matching(doc, emitted[0])


def test_new_persona_appears_and_the_choice_is_kept(bar, doc) -> None:
    bar.persona_combo.setCurrentIndex(bar.persona_combo.findData("pe2"))
    execute(doc, AddCommand(doc, "persona", {"name": "Mira"}))
    assert [bar.persona_combo.itemText(i) for i in range(bar.persona_combo.count())] == [
        "All personas",
        "Lena",
        "Tom",
        "Mira",
    ]
    assert bar.persona_combo.currentData() == "pe2"


def test_switching_map_reapplies_the_choice(bar, doc, qtbot) -> None:
    bar.set_criteria(persona_id="pe1")
    with qtbot.waitSignal(bar.predicateChanged) as signal:
        bar.set_map("m2")
    assert matching(doc, signal.args[0], "m2") == {
        c.id for c in doc.cards("m2") if c.lane_id == "l6"
    }
