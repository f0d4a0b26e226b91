"""Fixtures for the board: a main window on the demo workshop, and synthesised gestures.

Gestures (tests/widgets/board_helpers.py) are real events sent to the view's viewport,
so the tests go through the same code paths as a user.
"""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Iterator  # noqa: E402
from pathlib import Path  # noqa: E402
from typing import Any  # noqa: E402

import pytest  # noqa: E402

from tests.widgets.board_helpers import Gestures  # noqa: E402


@pytest.fixture
def board_window(qtbot: Any, workshop_path: Path, monkeypatch: pytest.MonkeyPatch
                 ) -> Iterator[Any]:
    """The main window with the demo workshop open and shown (1400 x 900)."""
    from widgets.board import dialogs
    from widgets.main_window import MainWindow

    def unexpected(*args: object) -> None:
        raise AssertionError(f"unexpected dialog: {args}")

    monkeypatch.setattr(dialogs, "warn", unexpected)
    window = MainWindow()
    qtbot.addWidget(window)
    window.resize(1400, 900)
    assert window.open_file(workshop_path)
    window.show()
    qtbot.waitExposed(window)
    window.board_view.zoom_reset()
    window.board_view.horizontalScrollBar().setValue(0)
    window.board_view.verticalScrollBar().setValue(0)
    yield window
    window.close_file()


@pytest.fixture
def gestures(board_window: Any) -> Gestures:
    return Gestures(board_window.board_view)
