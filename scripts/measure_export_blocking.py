"""Tool: how long a window's edits wait while the command line exports the same file.

Opens a workshop for editing (as the window does), starts ``main.py export --pdf`` on it
in other processes one after another, and meanwhile saves an edit every 20 ms, timing
each. Prints the number of edits, the slowest one and how many could not be saved.

    python scripts/measure_export_blocking.py [--size L] [--exports 3]
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--size", default="L", choices=("S", "L"))
    parser.add_argument("--exports", type=int, default=3)
    args = parser.parse_args()
    from bench.generate import make_workshop
    from storage.errors import EditNotSaved
    from storage.workshop import Workshop

    with tempfile.TemporaryDirectory() as folder:
        path = make_workshop(args.size, Path(folder))
        env = dict(os.environ, QT_QPA_PLATFORM="offscreen", PYTHONPATH=str(ROOT))
        waits: list[float] = []
        failed = 0
        exports: list[float] = []
        with Workshop.open(path) as workshop:
            card = workshop.cards(workshop.maps()[0].id)[0].id
            for run in range(args.exports):
                out = Path(folder) / f"out-{run}.pdf"
                began = time.perf_counter()
                child = subprocess.Popen(
                    [sys.executable, str(ROOT / "main.py"), "export", str(path), "--pdf", str(out)],
                    env=env,
                    stderr=subprocess.PIPE,
                    text=True,
                )
                n = 0
                while child.poll() is None:
                    start = time.perf_counter()
                    try:
                        workshop.update("card", card, title=f"edit {run}-{n}")
                    except EditNotSaved:
                        failed += 1
                    waits.append(time.perf_counter() - start)
                    n += 1
                    time.sleep(0.02)
                exports.append(time.perf_counter() - began)
                if child.returncode != 0:
                    print(f"export failed: {child.stderr.read().strip()}")
                child.stderr.close()
        print(
            f"{args.exports} exports of {args.size} ({statistics.median(exports):.1f} s "
            f"each), {len(waits)} edits meanwhile: median {statistics.median(waits) * 1000:.1f}"
            f" ms, slowest {max(waits) * 1000:.0f} ms, not saved {failed}"
        )
    return 0


if __name__ == "__main__":
    sys.exit(main())
