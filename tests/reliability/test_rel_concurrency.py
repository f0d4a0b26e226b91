"""Concurrency: one editor at a time; readers always see one consistent state.

- A second process opening the workshop for editing is refused with "already open"
  (exit 1 of a small script), and so is a second open in the same process.
- While a writer moves a card between two cells in a loop (and renames and rates), an
  export running at the same time sees the card exactly once, the card count constant and
  positions 0..n-1 in every cell: a readonly second process (``main.py export --json``
  and an in-process readonly Workshop), and a thread of the editing process using
  ``Workshop.reading()`` on its own connection.
"""

from __future__ import annotations

import json
import subprocess
import threading
import time
from pathlib import Path
from typing import Any

import pytest
import rel_support as rs

from export.interchange import dump
from storage.errors import AlreadyOpen
from storage.workshop import Workshop

OPENER = """
import sys
from storage.errors import AlreadyOpen
from storage.workshop import Workshop
try:
    Workshop.open(sys.argv[1]).close()
except AlreadyOpen as error:
    sys.stderr.write(f"{error}\\n")
    sys.exit(1)
print("opened")
"""

WRITER = """
import sys, time
from storage.workshop import Workshop
workshop = Workshop.open(sys.argv[1])
card, cells = sys.argv[2], [tuple(c.split("/")) for c in sys.argv[3:5]]
print("ready", flush=True)
n = 0
end = time.monotonic() + float(sys.argv[5])
while time.monotonic() < end:
    lane, phase = cells[n % 2]
    workshop.move("card", card, n % 3, lane_id=lane, phase_id=phase)
    workshop.update("card", card, title=f"moved {n}")
    workshop.set_rating(card, "p1", ((n % 5) - 2, 1 + n % 5))
    n += 1
    time.sleep(0.002)  # the gap any editing has (back to back, a reader could starve)
workshop.close()
print("moves", n, flush=True)
"""


def _consistent(data: dict, card: str, cards: int, ratings: int) -> None:
    m = data["maps"][0]
    ids = [c["id"] for c in m["cards"]]
    assert ids.count(card) == 1, "the moving card is seen twice or not at all"
    assert len(ids) == cards
    assert sum(len(c.get("ratings", [])) for c in m["cards"]) == ratings
    moving = next(c for c in m["cards"] if c["id"] == card)
    assert moving["title"].startswith("moved") or moving["title"]


def _setup(demo_copy: Any, folder: Path) -> tuple[Path, str, list[str], int, int]:
    path = demo_copy(folder / "demo.journey")
    with Workshop.open(path, readonly=True) as workshop:
        data = dump(workshop)
    m = data["maps"][0]
    card = next(
        c
        for c in m["cards"]
        if c["kind"] == "touchpoint" and any(r["participant"] == "p1" for r in c["ratings"])
    )
    lanes, phases = [lane["id"] for lane in m["lanes"]], [p["id"] for p in m["phases"]]
    cells = [f"{lanes[0]}/{phases[0]}", f"{lanes[-1]}/{phases[-1]}"]
    ratings = sum(len(c.get("ratings", [])) for c in m["cards"])
    return path, card["id"], cells, len(m["cards"]), ratings


def test_second_editor_is_refused_in_another_process_and_in_this_one(
    tmp_path: Path, demo_copy: Any
) -> None:
    path = demo_copy(tmp_path / "demo.journey")
    with Workshop.open(path):
        result = subprocess.run(
            [rs.PYTHON, "-c", OPENER, str(path)],
            cwd=rs.ROOT,
            env=rs.child_env(),
            capture_output=True,
            text=True,
            timeout=60,
        )
        line = rs.assert_refused_cleanly(result, str(path), "already open")
        assert result.stdout == "", line
        with pytest.raises(AlreadyOpen, match="already open"):
            Workshop.open(path)
        from app.document import JourneyDocument

        with pytest.raises(AlreadyOpen):
            JourneyDocument.open(path)
    result = subprocess.run(
        [rs.PYTHON, "-c", OPENER, str(path)],
        cwd=rs.ROOT,
        env=rs.child_env(),
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.stdout == "opened\n", result.stderr
    rs.tally("concurrency: second editor", "refused, then allowed after close")


@pytest.mark.timeout(300)
def test_readers_in_other_processes_see_one_state_while_a_writer_moves_a_card(
    tmp_path: Path, demo_copy: Any
) -> None:
    path, card, cells, cards, ratings = _setup(demo_copy, tmp_path)
    seconds = rs.count(4, 40)
    writer = subprocess.Popen(
        [rs.PYTHON, "-c", WRITER, str(path), card, *cells, str(seconds)],
        cwd=rs.ROOT,
        env=rs.child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert writer.stdout.readline() == "ready\n", writer.stderr.read()
        reads = exports = 0
        end = time.monotonic() + seconds - 0.5
        out = tmp_path / "export.json"
        cli = rs.start_cli(["export", path, "--json", out])
        while time.monotonic() < end:
            with Workshop.open(path, readonly=True) as reader:
                for _ in range(5):
                    _consistent(dump(reader), card, cards, ratings)
                    reads += 1
            if cli.poll() is not None:  # a readonly CLI export, over and over
                assert cli.returncode == 0, f"export failed: {cli.stderr.read()}"
                cli.stdout.close()
                cli.stderr.close()
                _consistent(json.loads(out.read_text(encoding="utf-8")), card, cards, ratings)
                exports += 1
                cli = rs.start_cli(["export", path, "--json", out])
        cli.communicate(timeout=60)  # started while the writer moved: it counts too
        assert cli.returncode == 0, "the last export failed"
        _consistent(json.loads(out.read_text(encoding="utf-8")), card, cards, ratings)
        exports += 1
    finally:
        stdout, stderr = writer.communicate(timeout=120)
    assert writer.returncode == 0, stderr
    moves = int(stdout.split()[-1])
    assert moves > 10 and reads > 3 and exports >= 1, (moves, reads, exports)
    rs.file_invariants(path)
    rs.tally("concurrency: reads during moves (processes)", "dumps", reads)
    rs.tally("concurrency: reads during moves (processes)", "CLI exports", exports)
    rs.tally("concurrency: reads during moves (processes)", "moves", moves)


@pytest.mark.timeout(300)
def test_reading_thread_sees_one_state_while_the_editor_moves_a_card(
    tmp_path: Path, demo_copy: Any
) -> None:
    """The GUI's case: an export thread reads while the user keeps editing."""
    path, card, cells, cards, ratings = _setup(demo_copy, tmp_path)
    seconds = rs.count(3, 30)
    workshop = Workshop.open(path)
    problems: list[BaseException] = []
    stop = threading.Event()
    reads = [0]

    def read() -> None:
        try:
            while not stop.is_set():
                with workshop.reading():
                    data = dump(workshop)
                _consistent(data, card, cards, ratings)
                reads[0] += 1
        except BaseException as error:  # reported in the main thread
            problems.append(error)

    thread = threading.Thread(target=read, daemon=True)
    thread.start()
    moves = 0
    try:
        end = time.monotonic() + seconds
        while time.monotonic() < end and not problems:
            lane, phase = cells[moves % 2].split("/")
            workshop.move("card", card, moves % 3, lane_id=lane, phase_id=phase)
            workshop.update("card", card, title=f"moved {moves}")
            moves += 1
            # Hundreds of edits a second, yet with the gaps any editing has: back to back,
            # the file would be locked nearly all the time and a reader's wait for its
            # turn (five seconds) could run out, which no user can bring about.
            time.sleep(0.002)
    finally:
        stop.set()
        thread.join(timeout=60)
        workshop.close()
    assert not problems, problems[0]
    assert moves > 10 and reads[0] > 5, (moves, reads[0])
    rs.file_invariants(path)
    rs.tally("concurrency: reads during moves (thread)", "dumps", reads[0])
    rs.tally("concurrency: reads during moves (thread)", "moves", moves)


# -- writers racing for one file ------------------------------------------------------------

WRITE_ROUNDS = rs.count(3, 60)


@pytest.mark.timeout(rs.count(300, 3600))
def test_writers_racing_for_one_file(tmp_path: Path, demo_copy: Any) -> None:
    """Two imports to one new name: exactly one wins, the other says the file exists.
    An export onto a workshop another process has open is refused and changes nothing;
    the edits made there before and after are all in the file."""
    demo = demo_copy(tmp_path / "demo.journey")
    assert rs.cli(["export", demo, "--json", tmp_path / "demo.json"]).returncode == 0
    for round_ in range(WRITE_ROUNDS):
        target = tmp_path / f"race-{round_}.journey"
        racers = [rs.start_cli(["import", tmp_path / "demo.json", target]) for _ in range(2)]
        results = []
        for proc in racers:
            proc.wait(timeout=120)
            results.append((proc.returncode, proc.stderr.read()))
            proc.stdout.close()
            proc.stderr.close()
        assert sorted(code for code, _ in results) == [0, 1], results
        loser = next(err for code, err in results if code == 1)
        assert "already exists" in loser and len(loser.splitlines()) == 1, loser
        rs.file_invariants(target)
        rs.tally("concurrency: racing imports", "one won, one refused")

        with Workshop.open(target) as open_elsewhere:  # this process; the CLI is another
            open_elsewhere.set_info(title=f"acknowledged {round_}")
            before = rs.sha256(target)
            refused = rs.cli(["export", demo, "--json", target])
            rs.assert_refused_cleanly(refused, str(target), "already open")
            assert rs.sha256(target) == before
            open_elsewhere.set_info(title=f"still saved {round_}")
        with Workshop.open(target, readonly=True) as check:
            assert check.info().title == f"still saved {round_}"
        rs.tally("concurrency: export onto an open workshop", "refused, file unchanged")
    leftovers = [p.name for p in tmp_path.iterdir() if p.name.endswith((".tmp", "-journal"))]
    assert leftovers == []
