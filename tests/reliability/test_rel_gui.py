"""The GUI: bad files through MainWindow.open_file, random gestures on the board.

Both run in a child process (``rel_gui_child.py``) offscreen, with message boxes replaced
by recorders: a fatal Qt error then fails one test, not the whole run.
- Malformed workshop files: open_file returns False and shows one message naming the
  file, or (for a damaged file that passes the checks) opens; no crash.
- Random sequences of press / move / release / delete / undo / redo on the demo board:
  no crash, and after every sequence the scene's card items are the cards in the file.
"""

from __future__ import annotations

import json
import random
import subprocess
from pathlib import Path
from typing import Any

import pytest
import rel_support as rs

pytest.importorskip("widgets.window.main_window", reason="the main window is not written yet")

SEQUENCES = rs.count(20, 500)
CHUNK = rs.count(20, 50)  # sequences per child process


def _child(args: list[Any], tmp_path: Path, timeout: float) -> subprocess.CompletedProcess:
    env = rs.child_env() | {"JB_SETTINGS": str(tmp_path / "settings")}
    return subprocess.run(
        [rs.PYTHON, str(rs.HERE / "rel_gui_child.py"), *map(str, args)],
        cwd=tmp_path,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
    )


@pytest.mark.timeout(600)
def test_gui_opens_bad_files_with_a_message_and_no_crash(tmp_path: Path, demo_bytes: bytes) -> None:
    import test_rel_bad_files as bad

    table = bad.cases(len(demo_bytes))
    names = (
        list(table)
        if rs.FULL
        else bad.CORE[:12]
        + random.Random(rs.SEED).sample([n for n in table if n not in bad.CORE], 4)
    )
    paths = []
    for name in names:
        folder = tmp_path / "files" / name
        folder.mkdir(parents=True)
        path = folder / "workshop.journey"
        table[name][0](path, demo_bytes)
        paths.append((name, path, rs.folder_state(folder)))
    for start in range(0, len(paths), 60):
        chunk = paths[start : start + 60]
        result = _child(["open", *[p for _, p, _ in chunk]], tmp_path, 600)
        assert result.returncode == 0, result.stderr[-3000:]
        lines = [json.loads(line) for line in result.stdout.splitlines()]
        assert len(lines) == len(chunk), result.stderr[-3000:]
        for (name, path, before), line in zip(chunk, lines, strict=True):
            if line["opened"]:
                assert table[name][1] is None, (name, line)
                rs.tally("gui: bad files", "opened")
            else:
                assert len(line["messages"]) == 1, (name, line)
                assert str(path) in line["messages"][0], (name, line)
                rs.tally("gui: bad files", "refused with a message")
            after = rs.folder_state(path.parent)
            if line["opened"]:
                before = {
                    n: h
                    for n, h in before.items()
                    if not (n.endswith("-journal") and n not in after)
                }
            assert after == before, name


@pytest.mark.timeout(3600)
def test_random_gestures_on_the_board_keep_scene_and_file_in_step(
    tmp_path: Path, demo_copy: Any
) -> None:
    path = demo_copy(tmp_path / "w" / "demo.journey")
    done = 0
    master = random.Random(rs.SEED)
    while done < SEQUENCES:
        count = min(CHUNK, SEQUENCES - done)
        seed = master.randrange(2**32)
        result = _child(["fuzz", path, seed, count], tmp_path, 900)
        assert result.returncode == 0, (
            f"seed {seed}: exit {result.returncode}\n{result.stdout[-2000:]}\n"
            f"{result.stderr[-3000:]}"
        )
        summary = json.loads(result.stdout.splitlines()[-1])
        assert summary["sequences"] == count
        for gesture, times in summary["gestures"].items():
            rs.tally("gui: gestures", gesture, times)
        done += count
        rs.file_invariants(path)
    rs.tally("gui: gesture sequences", "total", done)
