"""Bench: performance budget as ratios to floors measured in the same run.

    python -m bench            # full: 7 alternating runs per figure
    python -m bench --quick    # smoke run: 1 run each, fewer rounds (times not judged)
    python -m bench --large    # also the lines of a 100,000-card workshop (minutes)
    python -m bench --server   # also the team library's lines (starts a PostgreSQL)

Every app figure is paired with a floor doing the same work with the bare libraries;
floor and app runs alternate, each in a fresh process, and the median is reported.
"""

from __future__ import annotations

import argparse
import compileall
import json
import os
import platform
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

from bench.generate import make_workshop  # noqa: E402 - after ROOT, used by both runs


def _child(scenario: str, path: Path, *extra: str) -> tuple[float, dict]:
    """Run one scenario in a fresh process; returns (wall seconds, its JSON result)."""
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-m", "bench.child", scenario, str(path), *extra],
        capture_output=True,
        text=True,
        env=env,
        cwd=ROOT,
        timeout=600,
    )
    wall = time.perf_counter() - start
    if done.returncode != 0:
        raise RuntimeError(f"bench scenario {scenario} failed:\n{done.stderr[-3000:]}")
    return wall, json.loads(done.stdout.strip().splitlines()[-1])


def _alternate(runs: int, floor: Callable[[], float], app: Callable[[], float]) -> tuple:
    floors, apps = [], []
    for _ in range(runs):
        floors.append(floor())
        apps.append(app())
    return statistics.median(apps), statistics.median(floors)


class Report:
    """Collects lines: figure, app value, floor value, ratio and the budget's verdict."""

    def __init__(self) -> None:
        self.rows: list[dict] = []

    def add(
        self,
        name: str,
        value: float,
        reference: float | None,
        budget: str,
        ok: bool,
        unit: str = "ms",
    ) -> None:
        ratio = value / reference if reference else None
        row = {
            "name": name,
            "value": value,
            "reference": reference,
            "ratio": ratio,
            "budget": budget,
            "pass": ok,
            "unit": unit,
        }
        self.rows.append(row)
        scale = 1000 if unit == "ms" else 1
        ref = f"{reference * scale:9.1f} {unit}" if reference is not None else " " * 12
        ratio_text = f"{ratio:6.2f}x" if ratio is not None else "       "
        print(
            f"{name:<28} {value * scale:9.1f} {unit}  floor {ref}  {ratio_text}  "
            f"{budget:<26} {'PASS' if ok else 'FAIL'}",
            flush=True,
        )


PACKAGES = ("app", "bench", "export", "render", "room", "storage", "widgets")


def compile_sources() -> None:
    """Write the bytecode of our modules, as installing the app does.

    The floor's libraries come with theirs; without this, every fresh process of ours
    would compile all of our modules again (PYTHONDONTWRITEBYTECODE forbids caching).
    """
    for package in PACKAGES:
        compileall.compile_dir(ROOT / package, quiet=1)
    compileall.compile_file(ROOT / "main.py", quiet=1)


def run(quick: bool, folder: Path) -> Report:
    compile_sources()
    runs = 1 if quick else 7
    rounds = "5" if quick else "40"
    small, large = make_workshop("S", folder), make_workshop("L", folder)
    report = Report()

    app, floor = _alternate(
        runs, lambda: _child("start_floor", small)[0], lambda: _child("start_app", small)[0]
    )
    report.add("cold start, S open", app, floor, "<= 1.3x floor", app <= 1.3 * floor)

    app, floor = _alternate(
        runs,
        lambda: _child("open_floor", large)[1]["seconds"],
        lambda: _child("open_app", large)[1]["seconds"],
    )
    report.add("open L, board built", app, floor, "<= 2x floor", app <= 2 * floor)

    for label, path in (("S", small), ("L", large)):
        results = [_child("edit", path, rounds)[1] for _ in range(max(1, runs // 2))]
        floor = statistics.median(r["floor"] for r in results)
        for what in ("move", "rate"):
            value = statistics.median(r[what] for r in results)
            report.add(
                f"edit {label}: {what} card", value, floor, "<= 1.5x floor", value <= 1.5 * floor
            )
        refresh = statistics.median(r["refresh"] for r in results)
        report.add(f"edit {label}: board follows", refresh, None, "(reported)", True)

    # S is L's reference: the two alternate, as a floor and its app do.
    large_frame, small_frame = _alternate(
        runs,
        lambda: _child("drag", small, rounds)[1]["frame"],
        lambda: _child("drag", large, rounds)[1]["frame"],
    )
    report.add("drag frame S", small_frame, None, "< 16 ms", small_frame < 0.016)
    report.add(
        "drag frame L",
        large_frame,
        small_frame,
        "<= 1.2x S and < 16 ms",
        large_frame <= 1.2 * small_frame and large_frame < 0.016,
    )

    for label, path in (("S", small), ("L", large)):
        counts = json.dumps(_child("pdf_count", path)[1])
        app, floor = _alternate(
            runs,
            lambda p=path, n=counts: _child("pdf_floor", p, n)[1]["seconds"],
            lambda p=path: _child("pdf_app", p)[1]["seconds"],
        )
        ok = app <= 2 * floor if label == "L" else True
        report.add(
            f"PDF export {label}", app, floor, "<= 2x floor" if label == "L" else "(reported)", ok
        )

    from bench.room import room_load

    load = room_load(make_workshop("S", folder))  # a fresh S: the room adds participants
    lost = load["sent"] - load["found"]
    report.add(
        "room: 30 phones x 40, p95",
        load["p95"],
        None,
        "< 50 ms, none lost",
        load["p95"] < 0.050 and lost == 0 and load["answered"] == load["sent"],
    )
    print(
        f"{'':<28} median {load['median'] * 1000:.1f} ms, {load['answered']} of "
        f"{load['sent']} answered 200, {load['found']} in the file",
        flush=True,
    )

    # The window's own room (silent round) under the same load while a card is dragged;
    # each child measures the frame without the room first, then with it.
    results = [
        _child("drag_room", make_workshop("S", folder), rounds)[1] for _ in range(max(1, runs // 2))
    ]
    quiet = statistics.median(r["quiet"] for r in results)
    loaded = statistics.median(r["loaded"] for r in results)
    whole = all(r["stored"] == r["answered"] == 1200 for r in results)
    report.add(
        "drag frame S, room busy",
        loaded,
        quiet,
        "<= 1.2x no room, none lost",
        loaded <= 1.2 * quiet and whole,
    )

    mb = statistics.median(_child("rss", large)[1]["mb"] for _ in range(max(1, runs // 3)))
    report.add("peak RSS, L open", mb, None, "< 300 MB", mb < 300, unit="MB")
    return report


FRAME = 1 / 60  # one frame at 60 Hz


def run_large(quick: bool, folder: Path, report: Report) -> None:
    """The lines of a 100,000-card workshop (one map, 24 phases, 80 lanes, 5 raters).

    The import runs as ``journeyboard import`` does (JSON text read, checked, written);
    its growth is judged between 10,000 and 100,000 cards. The rest opens the imported
    file: a floor builds a rect and a text item per card from raw sqlite3 rows.
    """
    runs = 1 if quick else 3
    small = folder / "large.journey"  # the import scenario writes its JSON next to it
    tens = statistics.median(_child("import_json", small, "10k")[1]["seconds"] for _ in range(runs))
    report.add("import 10k cards", tens, None, "(reported)", True, unit="s")
    hundred = [_child("import_json", small, "100k")[1] for _ in range(max(1, runs // 2))]
    seconds = statistics.median(r["seconds"] for r in hundred)
    report.add("import 100k cards", seconds, None, "< 20 s", seconds < 20, unit="s")
    report.add(
        "import 100k / 10k", seconds, tens, "<= 11x (linear)", seconds <= 11 * tens, unit="s"
    )
    mb = max(r["mb"] for r in hundred)
    report.add("import 100k, peak RSS", mb, None, "(reported)", True, unit="MB")

    path = make_workshop("100k", folder)
    app, floor = _alternate(
        runs,
        lambda: _child("open_floor", path)[1]["seconds"],
        lambda: _child("open_app", path)[1]["seconds"],
    )
    report.add("open 100k, board built", app, floor, "<= 2x floor", app <= 2 * floor)
    shown = statistics.median(_child("open_shown", path)[1]["seconds"] for _ in range(runs))
    report.add("open 100k, first screen", shown, None, "< 2 s", shown < 2, unit="s")
    rounds = "5" if quick else "30"
    for scenario, label in (("pan", "pan frame 100k"), ("zoom", "zoom frame 100k")):
        frame = statistics.median(_child(scenario, path, rounds)[1]["frame"] for _ in range(runs))
        report.add(label, frame, None, "< 16.7 ms (60 Hz)", frame < FRAME)
    filtering = statistics.median(
        _child("filter", path, "4" if quick else "6")[1]["seconds"] for _ in range(runs)
    )
    report.add("filter 100k", filtering, None, "< 100 ms", filtering < 0.1)
    pdf = _child("pdf_app", path)[1]
    report.add("PDF export 100k", pdf["seconds"], None, "< 60 s", pdf["seconds"] < 60, unit="s")
    report.add("PDF export 100k, peak RSS", pdf["mb"], None, "< 1 GB", pdf["mb"] < 1024, unit="MB")


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench", description=__doc__)
    parser.add_argument("--quick", action="store_true", help="smoke run: one run each")
    parser.add_argument("--json", type=Path, help="also write the figures as JSON here")
    parser.add_argument(
        "--large", action="store_true", help="also the lines of a 100,000-card workshop"
    )
    parser.add_argument(
        "--server",
        action="store_true",
        help="also the team library's lines (needs PostgreSQL and psycopg, as the tests)",
    )
    args = parser.parse_args(argv)
    print(
        f"Journeyboard bench on {platform.node()}: {platform.platform()}, "
        f"Python {platform.python_version()}, {os.cpu_count()} CPUs"
        f"{' (quick: times are not judged)' if args.quick else ''}",
        flush=True,
    )
    with tempfile.TemporaryDirectory() as folder:
        report = run(args.quick, Path(folder))
        if args.large:
            run_large(args.quick, Path(folder), report)
        if args.server:
            from bench.server import server_lines

            server_lines(report, args.quick, Path(folder), make_workshop("L", Path(folder)))
    if args.json:
        args.json.write_text(json.dumps(report.rows, indent=2))
    failed = [row["name"] for row in report.rows if not row["pass"]]
    if args.quick:
        return 0
    print("all budgets PASS" if not failed else f"FAIL: {', '.join(failed)}")
    return 1 if failed else 0


if __name__ == "__main__":
    sys.exit(main())
