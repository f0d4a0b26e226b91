"""Bench: start-up of the one-folder bundle against the same app run from the venv.

    python scripts/build_bundle.py && python -m bench.bundle_start [--runs 7]

Both are timed the same way, from the process start until its window holds the open
workshop's lock (the file is open on the board), on the S workshop, offscreen, with a
fresh home folder; then the process is closed with SIGTERM. Runs alternate, medians
are compared. Budget: the bundle within 1.5x of the venv. POSIX only (SIGTERM, flock).
"""

from __future__ import annotations

import argparse
import fcntl
import os
import signal
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from bench.__main__ import ROOT, Report, compile_sources
from bench.generate import make_workshop

BUNDLE = ROOT / "dist" / "journeyboard" / "journeyboard"
POLL = 0.002  # seconds between looks at the lock
TIMEOUT = 120


def _locked(path: Path) -> bool:
    fd = os.open(path, os.O_RDONLY)
    try:
        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except OSError:
        return True
    finally:
        os.close(fd)  # closing drops a lock taken here
    return False


def time_to_open(command: list[str], workshop: Path) -> float:
    """Seconds from starting ``command workshop`` until the workshop is open in it."""
    with tempfile.TemporaryDirectory() as home:
        env = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            HOME=home,
            XDG_CONFIG_HOME=str(Path(home) / "config"),
        )
        start = time.perf_counter()
        process = subprocess.Popen(
            [*command, str(workshop)], env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
        )
        try:
            while not _locked(workshop):
                if process.poll() is not None or time.perf_counter() - start > TIMEOUT:
                    raise RuntimeError(f"{command[0]} did not open {workshop}")
                time.sleep(POLL)
            seconds = time.perf_counter() - start
            process.send_signal(signal.SIGTERM)
            process.wait(timeout=TIMEOUT)
        finally:
            if process.poll() is None:
                process.kill()
                process.wait()
    return seconds


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="python -m bench.bundle_start", description=__doc__)
    parser.add_argument("--runs", type=int, default=7)
    parser.add_argument("--bundle", type=Path, default=BUNDLE)
    args = parser.parse_args(argv)
    if not args.bundle.is_file():
        print(
            f"bench.bundle_start: {args.bundle}: no bundle; run scripts/build_bundle.py",
            file=sys.stderr,
        )
        return 1
    compile_sources()
    venv = [sys.executable, str(ROOT / "main.py")]
    with tempfile.TemporaryDirectory() as folder:
        small = make_workshop("S", Path(folder))
        bundled, direct = [], []
        for _ in range(args.runs):
            direct.append(time_to_open(venv, small))
            bundled.append(time_to_open([str(args.bundle)], small))
    value, reference = statistics.median(bundled), statistics.median(direct)
    report = Report()
    report.add(
        "bundle start, S open", value, reference, "<= 1.5x venv start", value <= 1.5 * reference
    )
    return 0 if report.rows[0]["pass"] else 1


if __name__ == "__main__":
    sys.exit(main())
