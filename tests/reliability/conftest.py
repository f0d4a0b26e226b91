"""Reliability suite: small counts by default, the full counts with JOURNEYBOARD_FULL=1.

    JOURNEYBOARD_FULL=1 QT_QPA_PLATFORM=offscreen .venv/bin/python -m pytest tests/reliability -q

Helpers shared by the test modules live in ``rel_support.py`` beside this file.
"""

import os
import sys
from pathlib import Path

import pytest

HERE = Path(__file__).resolve().parent
if str(HERE) not in sys.path:  # rel_support and the child scripts, whatever the import mode
    sys.path.insert(0, str(HERE))

import rel_support  # noqa: E402


def pytest_collection_modifyitems(config: pytest.Config, items: list[pytest.Item]) -> None:
    """Tests marked ``full`` only run in the full mode."""
    if rel_support.FULL:
        return
    skip = pytest.mark.skip(reason="full reliability run only: set JOURNEYBOARD_FULL=1")
    for item in items:
        if item.get_closest_marker("full") and HERE in Path(str(item.fspath)).parents:
            item.add_marker(skip)


def pytest_report_header(config: pytest.Config) -> str:
    mode = "FULL" if rel_support.FULL else "everyday (JOURNEYBOARD_FULL=1 for the full counts)"
    return (
        f"journeyboard reliability: {mode}; seed {rel_support.SEED} "
        "(JOURNEYBOARD_TEST_SEED=N repeats it)"
    )


def pytest_terminal_summary(terminalreporter, exitstatus, config):
    """Print the counts the reliability tests recorded (runs, files, outcomes)."""
    if not rel_support.FIGURES:
        return
    terminalreporter.section("reliability figures")
    for name, value in sorted(rel_support.FIGURES.items()):
        terminalreporter.write_line(f"{name}: {value}")


@pytest.fixture(scope="session")
def demo_bytes(tmp_path_factory: pytest.TempPathFactory) -> bytes:
    """The bytes of the English demo workshop, written once per session."""
    from app.demo import demo_workshop
    from export.interchange import load

    path = tmp_path_factory.mktemp("demo") / "demo.journey"
    load(demo_workshop("en"), path)
    return path.read_bytes()


@pytest.fixture
def demo_copy(tmp_path: Path, demo_bytes: bytes):
    """A function writing a fresh copy of the demo workshop at a path (default tmp/demo)."""

    def make(path: Path | None = None) -> Path:
        path = path or tmp_path / "demo.journey"
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(demo_bytes)
        return path

    return make


os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
