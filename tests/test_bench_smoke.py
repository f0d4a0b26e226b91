"""The benchmark harness runs end to end (`python -m bench --quick`); its times are not judged."""

from __future__ import annotations

import json
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


@pytest.mark.timeout(300)
def test_the_large_scenarios_run_on_a_small_workshop(tmp_path: Path) -> None:
    """``--large`` runs these on 100,000 cards (minutes); here each runs once on S."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    made = subprocess.run(
        [
            sys.executable,
            "-c",
            "import sys, pathlib; from bench.generate import make_workshop; "
            "print(make_workshop('S', pathlib.Path(sys.argv[1])))",
            str(tmp_path),
        ],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=True,
    )
    workshop = made.stdout.strip()
    for scenario, extra, key in (
        ("import_json", "S", "seconds"),
        ("open_shown", None, "seconds"),
        ("pan", "4", "frame"),
        ("zoom", "4", "frame"),
        ("filter", "2", "seconds"),
    ):
        done = subprocess.run(
            [sys.executable, "-m", "bench.child", scenario, workshop, *([extra] if extra else [])],
            cwd=ROOT,
            env=env,
            capture_output=True,
            text=True,
            timeout=120,
        )
        assert done.returncode == 0, done.stderr[-2000:]
        result = json.loads(done.stdout.strip().splitlines()[-1])
        assert result[key] > 0, (scenario, result)
    assert (tmp_path / "import-S.json").is_file()  # the import read real JSON text
