"""GUI: where the main window opens: inside the screen it is on, as the user left it there.

A laptop and a projector have different screens: the geometry is remembered per screen
size, and a window never opens larger than the screen's available area (1280 x 720 on
many projectors) or partly off it.
"""

from __future__ import annotations

from PySide6.QtCore import QRect, QSize
from PySide6.QtGui import QGuiApplication, QScreen
from PySide6.QtWidgets import QMainWindow

from widgets.settings import Settings

PREFERRED_SIZE = QSize(1500, 950)  # what the board and the docks like on a large screen


def screen_key(screen: QScreen | None) -> str:
    """The settings key of a screen: its size, e.g. "1280x720" ("" when unknown)."""
    if screen is None:
        return ""
    size = screen.size()
    return f"{size.width()}x{size.height()}"


def fitted(available: QRect, wanted: QRect) -> QRect:
    """``wanted`` moved, and shrunk where needed, so that it lies inside ``available``."""
    width = min(wanted.width(), available.width())
    height = min(wanted.height(), available.height())
    x = min(max(wanted.x(), available.x()), available.right() + 1 - width)
    y = min(max(wanted.y(), available.y()), available.bottom() + 1 - height)
    return QRect(x, y, width, height)


def initial_rect(available: QRect, preferred: QSize = PREFERRED_SIZE) -> QRect:
    """The preferred size (or the whole available area when smaller), centred in it."""
    rect = QRect(
        0, 0, min(preferred.width(), available.width()), min(preferred.height(), available.height())
    )
    rect.moveCenter(available.center())
    return fitted(available, rect)


def current_screen(widget_screen: QScreen | None) -> QScreen | None:
    return widget_screen or QGuiApplication.primaryScreen()


def place_window(window: QMainWindow, settings: Settings) -> QSize:
    """Restore ``window``'s geometry (as left on a screen of this size, else the preferred
    size) and its docks, inside the screen's available area; the size it was given."""
    screen = current_screen(window.screen())
    available = screen.availableGeometry() if screen is not None else None
    geometry = settings.window_geometry(screen_key(screen))
    restored = geometry is not None and window.restoreGeometry(geometry)
    if not restored and available is not None:
        window.setGeometry(initial_rect(available))
    state = settings.window_state()
    if state is not None:
        window.restoreState(state)
    if available is not None and not window.isMaximized():
        window.setGeometry(fitted(available, window.geometry()))
    return window.size()


def fit_frame(window: QMainWindow, placed: QSize) -> None:
    """Once the window manager has framed the window: frame and all inside the screen
    (unless its size was set on purpose since ``place_window`` gave it ``placed``)."""
    screen = current_screen(window.screen())
    if screen is None or window.isMaximized() or window.isFullScreen():
        return
    available = screen.availableGeometry()
    frame = window.frameGeometry()
    if available.contains(frame) or window.size() != placed:
        return
    extra_w = frame.width() - window.width()
    extra_h = frame.height() - window.height()
    target = fitted(available, frame)
    window.resize(target.width() - extra_w, target.height() - extra_h)
    window.move(target.topLeft())
