"""Shared helpers of the reliability suite (no tests here).

Counts: ``count(everyday, full)`` picks the everyday or the full figure; the full mode is
``JOURNEYBOARD_FULL=1`` in the environment. ``FIGURES`` collects what the tests tried
(runs, files, strings, outcomes); the conftest prints it at the end of the run.
"""

from __future__ import annotations

import hashlib
import os
import sqlite3
import subprocess
import sys
from collections import Counter
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from hypothesis import HealthCheck, settings

from storage.rows import GROUP
from storage.tables import TABLES
from tests import seed

ROOT = Path(__file__).resolve().parents[2]
HERE = Path(__file__).resolve().parent
PYTHON = sys.executable
FULL = os.environ.get("JOURNEYBOARD_FULL", "") not in ("", "0")
# The seed of every random choice that decides which cases run (printed in the header;
# JOURNEYBOARD_TEST_SEED=N repeats a run's selection).
SEED = seed.SEED
FIGURES: dict[str, Any] = {}

# Sibling groups: the columns whose values share one 0..n-1 position sequence.
GROUPS = {kind: siblings for kind in GROUP if (siblings := TABLES[kind].siblings) is not None}


def count(everyday: int, full: int) -> int:
    return full if FULL else everyday


def hsettings(everyday: int, full: int, **extra: Any) -> settings:
    """Hypothesis settings: no deadline, no example database written into the tree."""
    return settings(
        max_examples=count(everyday, full),
        deadline=None,
        database=None,
        suppress_health_check=list(HealthCheck),
        **extra,
    )


def tally(name: str, key: str, amount: int = 1) -> None:
    """Add ``amount`` to the outcome ``key`` of the figure ``name``."""
    FIGURES.setdefault(name, Counter())[key] += amount


def sha256(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_state(folder: Path) -> dict[str, str | None]:
    """Every name in ``folder`` with the sha256 of its bytes (folders, links: what they are)."""
    state: dict[str, str | None] = {}
    for p in sorted(folder.iterdir()):
        if p.is_fifo():
            state[p.name] = "fifo"
        elif p.is_symlink():
            state[p.name] = f"link to {os.readlink(p)}"
        elif p.is_dir():
            state[p.name] = None
        else:
            state[p.name] = sha256(p)
    return state


def child_env() -> dict[str, str]:
    env = dict(os.environ)
    env["PYTHONPATH"] = os.pathsep.join([str(ROOT), str(HERE)])
    env.setdefault("QT_QPA_PLATFORM", "offscreen")
    env.pop("JOURNEYBOARD_DEBUG", None)
    env["PYTHONDONTWRITEBYTECODE"] = "1"
    return env


def cli(
    args: Sequence[str],
    timeout: float = 60,
    cwd: Path | None = None,
    extra_env: dict[str, str] | None = None,
) -> subprocess.CompletedProcess[str]:
    """``python main.py ARGS`` in a child process; a hang fails via TimeoutExpired."""
    env = child_env() | (extra_env or {})
    return subprocess.run(
        [PYTHON, str(ROOT / "main.py"), *map(str, args)],
        cwd=cwd or ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=timeout,
        encoding="utf-8",
        errors="replace",
    )


def start_cli(args: Sequence[str], cwd: Path | None = None) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [PYTHON, str(ROOT / "main.py"), *map(str, args)],
        cwd=cwd or ROOT,
        env=child_env(),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        encoding="utf-8",
        errors="replace",
    )


def assert_refused_cleanly(result: subprocess.CompletedProcess[str], *words: str) -> str:
    """Exit 1, one line on stderr, no traceback, no "unexpected error"; returns the line."""
    detail = (
        f"exit {result.returncode}\nstdout: {result.stdout[:2000]}\nstderr: {result.stderr[:4000]}"
    )
    assert result.returncode == 1, detail
    lines = result.stderr.splitlines()
    assert len(lines) == 1, detail
    assert "Traceback" not in result.stderr, detail
    assert "unexpected error" not in result.stderr, detail  # main.py's label for a bug
    for word in words:
        assert word in lines[0], detail
    return lines[0]


def raw(path: Path, readonly: bool = True) -> sqlite3.Connection:
    if readonly:
        return sqlite3.connect(f"file:{path.resolve().as_posix()}?mode=ro", uri=True)
    return sqlite3.connect(path)


def file_invariants(path: Path) -> None:
    """integrity_check ok, foreign_key_check empty, positions 0..n-1 in every group."""
    connection = raw(path)
    try:
        assert connection.execute("PRAGMA integrity_check").fetchall() == [("ok",)]
        assert connection.execute("PRAGMA foreign_key_check").fetchall() == []
        problems = position_problems(connection)
        assert not problems, problems
    finally:
        connection.close()


def position_problems(connection: sqlite3.Connection) -> list[str]:
    """Sibling groups whose positions are not exactly 0..n-1."""
    problems = []
    for table, columns in GROUPS.items():
        select = ", ".join((*columns, "position")) if columns else "position"
        groups: dict[tuple[Any, ...], list[int]] = {}
        for row in connection.execute(f"SELECT {select} FROM {table}"):
            groups.setdefault(tuple(row[:-1]), []).append(row[-1])
        for key, positions in groups.items():
            if sorted(positions) != list(range(len(positions))):
                problems.append(f"{table} {key}: positions {sorted(positions)}")
    return problems
