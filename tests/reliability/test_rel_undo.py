"""Undo / redo: random edit sequences through app.commands on the demo document.

A hypothesis state machine adds, renames, moves and deletes phases, lanes, cards,
personas, participants and channels, rates, duplicates maps, groups edits in macros
(and lets a macro fail half-way), tries refused edits, and undoes and redoes at random.
After every step: positions are 0..n-1 in every sibling group, foreign_key_check is
empty, and the interchange dump equals the one recorded for the undo stack's index.
At the end: undoing everything gives the first dump, redoing everything the last one.
"""

from __future__ import annotations

import random
import shutil
import tempfile
from pathlib import Path
from typing import Any

import pytest
import rel_support as rs
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, precondition, rule

from app.commands import (
    AddCommand,
    DeleteCommand,
    DuplicateMapCommand,
    MoveCommand,
    RateCommand,
    SetInfoCommand,
    UpdateCommand,
    execute,
    macro,
)
from app.document import JourneyDocument
from export.interchange import dump
from storage.errors import InvalidEdit

DEMO: list[bytes] = []
NAMES = st.sampled_from(["A", "Zahlung & Versand", "<b>x</b>", "", "日本", "e\u0301", "x" * 300])


def _demo_bytes() -> bytes:
    if not DEMO:
        from app.demo import demo_workshop
        from export.interchange import load

        folder = Path(tempfile.mkdtemp())
        try:
            load(demo_workshop("en"), folder / "demo.journey")
            DEMO.append((folder / "demo.journey").read_bytes())
        finally:
            shutil.rmtree(folder)
    return DEMO[0]


class UndoMachine(RuleBasedStateMachine):
    def __init__(self) -> None:
        super().__init__()
        self.folder = Path(tempfile.mkdtemp(prefix="undo-"))
        self.path = self.folder / "demo.journey"
        self.path.write_bytes(_demo_bytes())
        self.doc = JourneyDocument.open(self.path)
        self.stack = self.doc.undo_stack
        self.dumps = [dump(self.doc.workshop)]  # dumps[i]: the state at stack index i
        self.steps = 0

    # -- helpers -------------------------------------------------------------------------

    def _do(self, *commands: Any, text: str = "") -> None:
        """Execute one command, or several as one macro; record the new state."""
        before = self.stack.index()
        if len(commands) == 1:
            execute(self.doc, commands[0])
        else:
            with macro(self.doc, text or "macro"):
                for command in commands:
                    execute(self.doc, command() if callable(command) else command)
        assert self.stack.index() == before + 1
        self.dumps = self.dumps[: before + 1] + [dump(self.doc.workshop)]
        self.steps += 1

    def _refused(self, command: Any) -> None:
        before_index, before_count = self.stack.index(), self.stack.count()
        with pytest.raises(InvalidEdit):
            execute(self.doc, command)
        assert (self.stack.index(), self.stack.count()) == (before_index, before_count)
        assert dump(self.doc.workshop) == self.dumps[before_index]

    def _map(self, r: random.Random) -> Any:
        return r.choice(self.doc.maps())

    def _cell(self, r: random.Random, map_id: str) -> tuple[str, str] | None:
        lanes, phases = self.doc.lanes(map_id), self.doc.phases(map_id)
        if not lanes or not phases:
            return None
        return r.choice(lanes).id, r.choice(phases).id

    # -- adding --------------------------------------------------------------------------

    @rule(r=st.randoms(use_true_random=False), name=NAMES, note=st.booleans())
    def add_card(self, r: random.Random, name: str, note: bool) -> None:
        m = self._map(r)
        cell = self._cell(r, m.id)
        if cell is None:
            return
        fields: dict[str, Any] = {
            "map_id": m.id,
            "lane_id": cell[0],
            "phase_id": cell[1],
            "title": name,
        }
        if note:
            fields |= {"kind": "note", "note_type": r.choice(["pain", "idea", "quote"])}
        self._do(AddCommand(self.doc, "card", fields, r.randint(0, 5)))

    @rule(r=st.randoms(use_true_random=False), name=NAMES)
    def add_phase(self, r: random.Random, name: str) -> None:
        m = self._map(r)
        self._do(AddCommand(self.doc, "phase", {"map_id": m.id, "name": name}, r.randint(0, 9)))

    @rule(r=st.randoms(use_true_random=False), name=NAMES)
    def add_lane(self, r: random.Random, name: str) -> None:
        m = self._map(r)
        personas = self.doc.personas()
        fields: dict[str, Any] = {"map_id": m.id, "name": name, "kind": "notes"}
        if personas and r.random() < 0.5:
            fields |= {"kind": "persona", "persona_id": r.choice(personas).id}
        self._do(AddCommand(self.doc, "lane", fields, r.randint(0, 9)))

    @rule(
        r=st.randoms(use_true_random=False),
        name=NAMES,
        kind=st.sampled_from(["persona", "participant", "channel"]),
    )
    def add_other(self, r: random.Random, name: str, kind: str) -> None:
        self._do(AddCommand(self.doc, kind, {"name": name}, r.randint(0, 9)))

    # -- changing ------------------------------------------------------------------------

    def _any_row(self, r: random.Random, kind: str) -> Any:
        if kind in ("persona", "participant", "channel", "map"):
            rows = {
                "persona": self.doc.personas,
                "participant": self.doc.participants,
                "channel": self.doc.channels,
                "map": self.doc.maps,
            }[kind]()
        else:
            rows = {"phase": self.doc.phases, "lane": self.doc.lanes, "card": self.doc.cards}[kind](
                self._map(r).id
            )
        return r.choice(rows) if rows else None

    @rule(
        r=st.randoms(use_true_random=False),
        name=NAMES,
        kind=st.sampled_from(["card", "phase", "lane", "persona", "participant", "channel", "map"]),
    )
    def rename(self, r: random.Random, name: str, kind: str) -> None:
        row = self._any_row(r, kind)
        if row is None:
            return
        field = "title" if kind == "card" else "name"
        self._do(UpdateCommand(self.doc, kind, row.id, {field: name}))

    @rule(name=NAMES)
    def retitle_workshop(self, name: str) -> None:
        self._do(SetInfoCommand(self.doc, {"title": name}))

    @rule(r=st.randoms(use_true_random=False))
    def move_card(self, r: random.Random) -> None:
        card = self._any_row(r, "card")
        if card is None:
            return
        cell = self._cell(r, card.map_id)
        parent = {"lane_id": cell[0], "phase_id": cell[1]} if r.random() < 0.7 else None
        self._do(MoveCommand(self.doc, "card", card.id, r.randint(0, 6), parent))

    @rule(
        r=st.randoms(use_true_random=False),
        kind=st.sampled_from(["phase", "lane", "persona", "participant", "channel", "map"]),
    )
    def move_other(self, r: random.Random, kind: str) -> None:
        row = self._any_row(r, kind)
        if row is not None:
            self._do(MoveCommand(self.doc, kind, row.id, r.randint(0, 9)))

    @rule(r=st.randoms(use_true_random=False), clear=st.booleans())
    def rate(self, r: random.Random, clear: bool) -> None:
        m = self._map(r)
        touchpoints = [c for c in self.doc.cards(m.id) if c.kind == "touchpoint"]
        people = self.doc.participants()
        if not touchpoints or not people:
            return
        card, person = r.choice(touchpoints), r.choice(people)
        value = None if clear else (r.randint(-2, 2), r.randint(1, 5))
        if self.doc.rating(card.id, person.id) == value:
            return  # no change: nothing to push
        self._do(RateCommand(self.doc, card.id, person.id, value))

    @rule(
        r=st.randoms(use_true_random=False),
        kind=st.sampled_from(
            ["card", "card", "phase", "lane", "persona", "participant", "channel", "map"]
        ),
    )
    def delete(self, r: random.Random, kind: str) -> None:
        if kind == "map" and len(self.doc.maps()) < 2:
            return
        row = self._any_row(r, kind)
        if row is not None:
            self._do(DeleteCommand(self.doc, kind, row.id))

    @precondition(lambda self: len(self.doc.maps()) < 4)
    @rule(r=st.randoms(use_true_random=False), name=NAMES)
    def duplicate_map(self, r: random.Random, name: str) -> None:
        self._do(DuplicateMapCommand(self.doc, self._map(r).id, name))

    @rule(r=st.randoms(use_true_random=False), name=NAMES)
    def macro_add_move_rate(self, r: random.Random, name: str) -> None:
        """One undo step of three edits: add a card, move it, rate it."""
        m = self._map(r)
        cell, other = self._cell(r, m.id), self._cell(r, m.id)
        people = self.doc.participants()
        if cell is None or other is None:
            return
        add = AddCommand(
            self.doc,
            "card",
            {"map_id": m.id, "lane_id": cell[0], "phase_id": cell[1], "title": name},
        )
        steps: list[Any] = [
            add,
            lambda: MoveCommand(
                self.doc, "card", add.row_id, 0, {"lane_id": other[0], "phase_id": other[1]}
            ),
        ]
        if people:
            steps.append(lambda: RateCommand(self.doc, add.row_id, r.choice(people).id, (1, 3)))
        self._do(*steps, text="add, move, rate")

    @rule(r=st.randoms(use_true_random=False))
    def macro_that_fails_half_way(self, r: random.Random) -> None:
        """A macro whose last edit is refused leaves no trace and no redo."""
        m = self._map(r)
        cell = self._cell(r, m.id)
        if cell is None:
            return
        before = self.stack.index()
        with pytest.raises(InvalidEdit), macro(self.doc, "half"):
            add = AddCommand(
                self.doc,
                "card",
                {
                    "map_id": m.id,
                    "lane_id": cell[0],
                    "phase_id": cell[1],
                    "title": "half",
                    "kind": "note",
                    "note_type": "idea",
                },
            )
            execute(self.doc, add)
            execute(self.doc, UpdateCommand(self.doc, "card", add.row_id, {"title": "half 2"}))
            execute(
                self.doc, MoveCommand(self.doc, "card", add.row_id, 0, {"lane_id": "no-such-lane"})
            )
        assert self.stack.index() == before and self.stack.count() == before
        self.dumps = self.dumps[: before + 1]
        assert dump(self.doc.workshop) == self.dumps[before]

    @rule(r=st.randoms(use_true_random=False))
    def refused_edits_change_nothing(self, r: random.Random) -> None:
        maps = self.doc.maps()
        card = self._any_row(r, "card")
        choices = [
            UpdateCommand(self.doc, "card", "no-such-card", {"title": "x"}),
            UpdateCommand(self.doc, "map", maps[0].id, {"kind": "sideways"}),
            SetInfoCommand(self.doc, {"language": "xx"}),
            AddCommand(self.doc, "lane", {"map_id": maps[0].id, "name": "p", "kind": "persona"}),
        ]
        if card is not None:
            other = [m for m in maps if m.id != card.map_id]
            if other and self.doc.lanes(other[0].id):
                choices.append(
                    MoveCommand(
                        self.doc, "card", card.id, 0, {"lane_id": self.doc.lanes(other[0].id)[0].id}
                    )
                )
            if card.kind == "note" and self.doc.participants():
                choices.append(
                    RateCommand(self.doc, card.id, self.doc.participants()[0].id, (1, 1))
                )
            choices.append(RateCommand(self.doc, card.id, "nobody", (9, 1)))
        self._refused(r.choice(choices))

    # -- undo and redo -------------------------------------------------------------------

    @precondition(lambda self: self.stack.canUndo())
    @rule(times=st.integers(1, 4))
    def undo(self, times: int) -> None:
        for _ in range(times):
            if self.stack.canUndo():
                self.stack.undo()
        assert dump(self.doc.workshop) == self.dumps[self.stack.index()]

    @precondition(lambda self: self.stack.canRedo())
    @rule(times=st.integers(1, 4))
    def redo(self, times: int) -> None:
        for _ in range(times):
            if self.stack.canRedo():
                self.stack.redo()
        assert dump(self.doc.workshop) == self.dumps[self.stack.index()]

    # -- invariants ----------------------------------------------------------------------

    @invariant()
    def file_is_consistent(self) -> None:
        connection = rs.raw(self.path)
        try:
            assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
            assert rs.position_problems(connection) == []
        finally:
            connection.close()
        assert len(self.dumps) == self.stack.count() + 1

    def teardown(self) -> None:
        try:
            while self.stack.canUndo():
                self.stack.undo()
            assert dump(self.doc.workshop) == self.dumps[0]
            while self.stack.canRedo():
                self.stack.redo()
            assert dump(self.doc.workshop) == self.dumps[-1]
            rs.file_invariants(self.path)
            rs.tally("undo: sequences", "total")
            rs.tally("undo: steps", "total", self.steps)
        finally:
            self.doc.close()
            shutil.rmtree(self.folder, ignore_errors=True)


UndoMachine.TestCase.settings = rs.hsettings(12, 300, stateful_step_count=rs.count(25, 60))


@pytest.mark.timeout(rs.count(300, 3600))
def test_undo_redo_state_machine(qapp: Any) -> None:
    UndoMachine.TestCase("runTest").runTest()
