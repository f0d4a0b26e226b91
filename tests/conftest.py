"""Shared fixtures: a demo workshop file, an open JourneyDocument, file fingerprints."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before any Qt import
# The offscreen screen is a 1280 x 720 projector, the smallest screen a workshop uses, so
# every window test sees the geometry a facilitator's laptop and projector give.
PROJECTOR_SCREEN = os.path.join(os.path.dirname(__file__), "_files", "screen-1280x720.json")
if os.environ["QT_QPA_PLATFORM"] == "offscreen":
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={PROJECTOR_SCREEN}"

import hashlib  # noqa: E402
import shutil  # noqa: E402
from collections.abc import Callable, Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402

from tests.seed import SEED  # noqa: E402


def pytest_report_header(config: pytest.Config) -> str:
    return f"journeyboard tests: seed {SEED} (JOURNEYBOARD_TEST_SEED={SEED} repeats this run)"


@pytest.hookimpl(tryfirst=True)
def pytest_configure(config: pytest.Config) -> None:
    """Hypothesis draws from the run's seed too, and replays no examples saved by another
    run, so that one seed is one run."""
    from hypothesis import settings

    if config.getoption("hypothesis_seed", None) is None:
        config.option.hypothesis_seed = str(SEED)
    settings.register_profile("journeyboard", database=None)
    settings.load_profile("journeyboard")


@pytest.fixture(scope="session")
def _demo_written(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The English demo written once per session with ``export.interchange.load``."""
    from app.demo import demo_workshop
    from export.interchange import load

    path = tmp_path_factory.mktemp("demo") / "demo.journey"
    load(demo_workshop("en"), path)
    return path


@pytest.fixture
def workshop_path(tmp_path: Path, _demo_written: Path) -> Path:
    """A fresh file holding the English demo workshop (as ``load`` wrote it; copied, which
    is the same bytes and much faster than writing it again for every test)."""
    path = tmp_path / "demo.journey"
    shutil.copyfile(_demo_written, path)
    return path


@pytest.fixture
def doc(qapp: Any, workshop_path: Path) -> Iterator[Any]:
    """A JourneyDocument open on the demo workshop; closed after the test."""
    from app.document import JourneyDocument

    document = JourneyDocument.open(workshop_path)
    yield document
    document.close()


def _state(path: Path) -> tuple[str | None, int | None, list[str]]:
    """(sha256, mtime_ns, names in the folder) of ``path``: what a user could notice."""
    names = sorted(p.name for p in path.parent.iterdir())
    if not path.exists():
        return None, None, names
    digest = hashlib.sha256(path.read_bytes()).hexdigest()
    return digest, path.stat().st_mtime_ns, names


@pytest.fixture
def file_state() -> Callable[[Path], tuple[str | None, int | None, list[str]]]:
    """A function returning a file's sha256, mtime and its folder's listing."""
    return _state
