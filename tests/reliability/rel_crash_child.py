"""Child process of test_rel_crash: random edits on a workshop file until it is killed.

    python rel_crash_child.py FILE SEED MAX_EDITS

Every edit goes through app.commands on a JourneyDocument (one committed transaction per
document call). After each commit returns, one line is printed and flushed:

    ack <commit number> <edit number> <JSON: what must be in the file now>

The edits are a pure function of the seed and the file's state, so the parent replays
the same sequence to the same commit and compares the whole interchange dump. Ids the
storage layer would draw at random are drawn from a counter for the same reason.
"""

from __future__ import annotations

import itertools
import json
import random
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any


def deterministic_ids() -> Callable[[str], str]:
    """A replacement for ``storage.workshop.new_id`` drawing ids from a counter."""
    import storage.workshop as ws

    counter = itertools.count()
    prefix = getattr(ws, "ID_PREFIX", {})
    return lambda kind: f"{prefix.get(kind, kind + '-')}x{next(counter)}"


class Editor:
    """Chooses and applies edit number ``n`` from the seed and the document's state."""

    def __init__(self, doc: Any, seed: int) -> None:
        self.doc = doc
        self.rng = random.Random(seed)
        self.expect: dict[str, Any] = {}

    def _cards(self, map_id: str) -> list[Any]:
        return self.doc.cards(map_id)

    def step(self, n: int) -> None:
        from app.commands import (
            AddCommand,
            DeleteCommand,
            DuplicateMapCommand,
            MoveCommand,
            RateCommand,
            SetInfoCommand,
            UpdateCommand,
            execute,
        )

        doc, rng = self.doc, self.rng
        label = f"edit-{n}"
        maps = doc.maps()
        the_map = rng.choice(maps)
        lanes = doc.lanes(the_map.id)
        phases = doc.phases(the_map.id)
        cards = self._cards(the_map.id)
        op = rng.choices(
            ["title", "move", "add", "delete", "rate", "undo", "dup", "info", "lane", "redo"],
            weights=[20, 20, 15, 8, 15, 8, 2, 4, 4, 4],
        )[0]
        if op in ("title", "move", "delete") and not cards:
            op = "add"
        if op == "undo" and not doc.undo_stack.canUndo():
            op = "title" if cards else "add"
        if op == "redo" and not doc.undo_stack.canRedo():
            op = "info"
        if op == "dup" and len(maps) >= 4:
            op = "delete-map"

        if op == "title":
            card = rng.choice(cards)
            self.expect = {"op": op, "card": card.id, "title": label}
            execute(doc, UpdateCommand(doc, "card", card.id, {"title": label}))
        elif op == "move":
            card = rng.choice(cards)
            lane, phase = rng.choice(lanes), rng.choice(phases)
            others = [
                c
                for c in cards
                if c.lane_id == lane.id and c.phase_id == phase.id and c.id != card.id
            ]
            index = rng.randint(0, len(others) + 1)
            self.expect = {
                "op": op,
                "card": card.id,
                "lane": lane.id,
                "phase": phase.id,
                "index": min(index, len(others)),
            }
            execute(
                doc,
                MoveCommand(
                    doc, "card", card.id, index, {"lane_id": lane.id, "phase_id": phase.id}
                ),
            )
        elif op == "add":
            lane, phase = rng.choice(lanes), rng.choice(phases)
            size = sum(c.lane_id == lane.id and c.phase_id == phase.id for c in cards)
            index = rng.randint(0, size)
            fields: dict[str, Any] = {
                "id": f"c-{label}",
                "map_id": the_map.id,
                "lane_id": lane.id,
                "phase_id": phase.id,
                "title": label,
            }
            if rng.random() < 0.3:
                fields |= {"kind": "note", "note_type": rng.choice(["pain", "idea", "quote"])}
            self.expect = {
                "op": op,
                "card": fields["id"],
                "lane": lane.id,
                "phase": phase.id,
                "index": index,
                "title": label,
            }
            execute(doc, AddCommand(doc, "card", fields, index))
        elif op == "delete":
            if rng.random() < 0.15 and len(lanes) > 1:
                lane = rng.choice(lanes)
                self.expect = {"op": "delete-lane", "lane": lane.id}
                execute(doc, DeleteCommand(doc, "lane", lane.id))
            else:
                card = rng.choice(cards)
                self.expect = {"op": op, "card": card.id}
                execute(doc, DeleteCommand(doc, "card", card.id))
        elif op == "rate":
            touchpoints = [c for c in cards if c.kind == "touchpoint"]
            participants = doc.participants()
            if not touchpoints or not participants:
                self.expect = {"op": "info", "title": label}
                execute(doc, SetInfoCommand(doc, {"title": label}))
                return
            card, person = rng.choice(touchpoints), rng.choice(participants)
            value = None if rng.random() < 0.2 else (rng.randint(-2, 2), rng.randint(1, 5))
            self.expect = {"op": op, "card": card.id, "participant": person.id, "value": value}
            execute(doc, RateCommand(doc, card.id, person.id, value))
        elif op == "undo":
            self.expect = {"op": op}
            doc.undo_stack.undo()
        elif op == "redo":
            self.expect = {"op": op}
            doc.undo_stack.redo()
        elif op == "dup":
            self.expect = {"op": op, "name": label, "cards": len(cards)}
            execute(doc, DuplicateMapCommand(doc, the_map.id, label))
        elif op == "delete-map":
            victim = maps[-1]
            self.expect = {"op": op, "map": victim.id}
            execute(doc, DeleteCommand(doc, "map", victim.id))
        elif op == "info":
            self.expect = {"op": op, "title": label}
            execute(doc, SetInfoCommand(doc, {"title": label}))
        elif op == "lane":
            lane = rng.choice(lanes)
            self.expect = {"op": op, "lane": lane.id, "name": label}
            execute(doc, UpdateCommand(doc, "lane", lane.id, {"name": label}))


def run(
    doc: Any,
    seed: int,
    max_edits: int,
    on_commit: Callable[[int, int, dict], None],
    stop_after: int | None = None,
) -> None:
    """Apply edits 1..max_edits; ``on_commit(commit, edit, expect)`` after every commit.

    With ``stop_after`` it returns as soon as that many commits are done (a replay).
    """
    editor = Editor(doc, seed)
    state = {"commit": 0, "edit": 0}

    def listener(_change: object) -> None:
        state["commit"] += 1
        on_commit(state["commit"], state["edit"], editor.expect)

    doc.workshop.listeners.append(listener)
    try:
        for n in range(1, max_edits + 1):
            if stop_after is not None and state["commit"] >= stop_after:
                return
            state["edit"] = n
            editor.step(n)
    finally:
        doc.workshop.listeners.remove(listener)


def main() -> None:
    path, seed, max_edits = Path(sys.argv[1]), int(sys.argv[2]), int(sys.argv[3])
    import storage.workshop

    storage.workshop.new_id = deterministic_ids()
    from app.document import JourneyDocument

    doc = JourneyDocument.open(path)
    out = sys.stdout

    def ack(commit: int, edit: int, expect: dict) -> None:
        out.write(f"ack {commit} {edit} {json.dumps(expect)}\n")
        out.flush()

    out.write("ready\n")
    out.flush()
    run(doc, seed, max_edits, ack)
    doc.close()
    out.write("done\n")
    out.flush()


if __name__ == "__main__":
    main()
