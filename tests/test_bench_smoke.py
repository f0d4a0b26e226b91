"""The benchmark harness runs end to end (`python -m bench --quick`); its times are not judged."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
FIGURES = (
    "cold start, S open",
    "open L, board built",
    "edit S: move card",
    "edit S: rate card",
    "edit L: move card",
    "edit L: rate card",
    "edit S: board follows",
    "edit L: board follows",
    "drag frame S",
    "drag frame L",
    "PDF export S",
    "PDF export L",
    "room: 30 phones x 40, p95",
    "drag frame S, room busy",
    "peak RSS, L open",
)


@pytest.mark.timeout(660)
def test_quick_bench_runs_and_prints_every_figure() -> None:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    done = subprocess.run(
        [sys.executable, "-m", "bench", "--quick"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    for name in FIGURES:
        line = next((x for x in done.stdout.splitlines() if x.startswith(name)), None)
        assert line is not None, f"{name!r} missing from:\n{done.stdout}"
        assert line.rstrip().endswith(("PASS", "FAIL")), line
