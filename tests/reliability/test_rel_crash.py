"""Crash durability: a child editing the demo is killed with SIGKILL at a random moment.

After every kill: the file opens for editing (the kernel released the lock; an interrupted
transaction is rolled back), integrity_check and foreign_key_check pass, positions are
0..n-1 in every sibling group, no side file is left, the last acknowledged edit is in the
file, and the whole file equals a replay of the same edits to the last acknowledged commit
or to the one after it (the commit in flight when the child died): never anything between,
so no edit is half applied (moves renumber two cells, deletes cascade, undo restores many
rows, duplicating a map copies all of it: each is one transaction).
"""

from __future__ import annotations

import json
import os
import random
import signal
import subprocess
import sys
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import rel_crash_child
import rel_support as rs

from export.interchange import dump
from storage.workshop import Workshop

RUNS = rs.count(5, 1000)
BATCH = rs.count(5, 10)  # runs per test item
MAX_EDITS = 5000

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="SIGKILL is POSIX")


def _reader(stream: Any, lines: list[str]) -> None:
    for line in stream:  # whole lines only: a line cut by the kill has no newline
        if line.endswith("\n"):
            lines.append(line)


def _replay(
    demo_bytes: bytes, folder: Path, seed: int, acked: int, monkeypatch: pytest.MonkeyPatch
) -> dict[int, dict]:
    """Dumps after commit ``acked`` and ``acked + 1`` of the same edit sequence."""
    import storage.workshop
    from app.document import JourneyDocument

    path = folder / "replay.journey"
    path.write_bytes(demo_bytes)
    with monkeypatch.context() as patch:
        patch.setattr(storage.workshop, "new_id", rel_crash_child.deterministic_ids())
        doc = JourneyDocument.open(path)
        try:
            dumps = {0: dump(doc.workshop)} if acked == 0 else {}

            def on_commit(commit: int, _edit: int, _expect: dict) -> None:
                if commit in (acked, acked + 1):
                    dumps[commit] = dump(doc.workshop)

            rel_crash_child.run(doc, seed, MAX_EDITS, on_commit, stop_after=acked + 1)
        finally:
            doc.close()
    path.unlink()
    return dumps


def _check_expectation(path: Path, expect: dict[str, Any]) -> None:
    """The effect an acknowledged edit promised is in the file."""
    c = rs.raw(path)
    try:
        op = expect["op"]
        one = lambda sql, *args: c.execute(sql, args).fetchone()  # noqa: E731
        if op == "title":
            assert one("SELECT title FROM card WHERE id=?", expect["card"]) == (expect["title"],)
        elif op in ("move", "add"):
            row = one("SELECT lane_id, phase_id, title FROM card WHERE id=?", expect["card"])
            assert row is not None and row[:2] == (expect["lane"], expect["phase"]), row
            cell = [
                r[0]
                for r in c.execute(
                    "SELECT id FROM card WHERE lane_id=? AND phase_id=? ORDER BY position",
                    (expect["lane"], expect["phase"]),
                )
            ]
            assert cell.index(expect["card"]) == expect["index"], (cell, expect)
            if op == "add":
                assert row[2] == expect["title"]
        elif op == "delete":
            assert one("SELECT id FROM card WHERE id=?", expect["card"]) is None
        elif op == "delete-lane":
            assert one("SELECT id FROM lane WHERE id=?", expect["lane"]) is None
            assert one("SELECT id FROM card WHERE lane_id=?", expect["lane"]) is None
        elif op == "rate":
            row = one(
                "SELECT experience, importance FROM rating WHERE card_id=? AND participant_id=?",
                expect["card"],
                expect["participant"],
            )
            assert row == (None if expect["value"] is None else tuple(expect["value"]))
        elif op == "dup":
            row = one("SELECT id FROM map WHERE name=?", expect["name"])
            assert row is not None
            assert one("SELECT count(*) FROM card WHERE map_id=?", row[0]) == (expect["cards"],)
        elif op == "delete-map":
            for table in ("map", "phase", "lane", "card"):
                column = "id" if table == "map" else "map_id"
                assert one(f"SELECT 1 FROM {table} WHERE {column}=?", expect["map"]) is None
        elif op == "info":
            assert one("SELECT title FROM workshop") == (expect["title"],)
        elif op == "lane":
            assert one("SELECT name FROM lane WHERE id=?", expect["lane"]) == (expect["name"],)
        else:
            assert op in ("undo", "redo"), op
    finally:
        c.close()


def _one_run(
    run: int, seed: int, demo_bytes: bytes, folder: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    rng = random.Random(seed)
    folder.mkdir()
    path = folder / "demo.journey"
    path.write_bytes(demo_bytes)
    child = subprocess.Popen(
        [rs.PYTHON, str(rs.HERE / "rel_crash_child.py"), str(path), str(seed), str(MAX_EDITS)],
        cwd=rs.ROOT,
        env=rs.child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    reader = threading.Thread(target=_reader, args=(child.stdout, lines), daemon=True)
    reader.start()
    early = rng.random() < 0.15  # sometimes kill during start-up and the opening checks
    if early:
        time.sleep(rng.uniform(0.0, 1.2))
    else:
        deadline = time.monotonic() + 60
        while not lines and child.poll() is None and time.monotonic() < deadline:
            time.sleep(0.005)
        assert lines and lines[0] == "ready\n", f"child did not start: {child.stderr.read()}"
        time.sleep(rng.uniform(0.0, 0.6))
    os.kill(child.pid, signal.SIGKILL)
    child.wait(timeout=60)
    reader.join(timeout=60)
    stderr = child.stderr.read()
    child.stdout.close()
    child.stderr.close()
    where = f"run {run} seed {seed}"
    assert child.returncode in (-signal.SIGKILL, 0), f"{where}: child failed\n{stderr}"
    assert "Traceback" not in stderr, f"{where}: {stderr}"

    acks = [line.split(" ", 3) for line in lines if line.startswith("ack ")]
    assert [int(a[1]) for a in acks] == list(range(1, len(acks) + 1)), where
    acked = len(acks)
    rs.tally("crash: runs", "total")
    rs.tally("crash: acknowledged commits", "total", acked)
    if (folder / "demo.journey-journal").exists():
        rs.tally("crash: runs", "killed mid-transaction (journal left)")

    # The file opens for editing: the lock is gone, an interrupted edit is rolled back.
    Workshop.open(path).close()
    assert sorted(p.name for p in folder.iterdir()) == ["demo.journey"], where
    rs.file_invariants(path)
    with Workshop.open(path, readonly=True) as reader_ws:
        found = dump(reader_ws)
    expected = _replay(demo_bytes, folder, seed, acked, monkeypatch)
    if found == expected.get(acked):
        rs.tally("crash: runs", "file = last acknowledged commit")
        if acks:  # (after the commit in flight, a later edit may have changed it again)
            _check_expectation(path, json.loads(acks[-1][3]))
    elif acked + 1 in expected and found == expected[acked + 1]:
        rs.tally("crash: runs", "file = the commit in flight (done, not acknowledged)")
    else:
        pytest.fail(
            f"{where}: the file after {acked} acknowledged commits matches neither "
            f"the replay to commit {acked} nor to commit {acked + 1}"
        )
    # Editing goes on normally after the crash.
    with Workshop.open(path) as again:
        again.set_info(title="after the crash")
    rs.file_invariants(path)


@pytest.mark.timeout(600)
@pytest.mark.parametrize("batch", range(RUNS // BATCH))
def test_sigkill_during_random_edits_loses_no_acknowledged_edit(
    batch: int, tmp_path: Path, demo_bytes: bytes, monkeypatch: pytest.MonkeyPatch
) -> None:
    master = random.Random(rs.SEED * 1000 + batch)  # the seed in the run's header
    started = time.monotonic()
    for i in range(BATCH):
        run = batch * BATCH + i
        _one_run(run, master.randrange(2**32), demo_bytes, tmp_path / f"run{run}", monkeypatch)
    rs.tally("crash: seconds", "total", round(time.monotonic() - started))
