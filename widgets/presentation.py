"""GUI: presentation mode, for projecting the board on a wall during the workshop.

Full screen with only the board: docks, toolbars, the menu bar and the status bar are
hidden and come back as they were. The whole journey (every phase) fits across the
screen with text the room can read; Right/Left (or PageDown/PageUp) highlight one phase
after the other while the whole stays in view, Up/Down scroll by a lane, and a bar
along the bottom shows the current phase and the workshop timer. The controller reaches
the board only through the main window's public names (``document``, ``current_map_id``,
``board_scene``, ``board_view``).
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QAction, QColor, QFont, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QDockWidget,
    QHBoxLayout,
    QLabel,
    QMainWindow,
    QStatusBar,
    QToolBar,
    QWidget,
)

from widgets.timer import ALARM_STYLE, WorkshopTimer, large_text


class PresentationOverlay(QWidget):
    """The phase name and the timer, in a bar along the window's bottom edge.

    The board keeps that strip free (``set_bottom_margin``), so the bar never covers a
    card; it used to sit in a corner, over whatever card was there.
    """

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self._over = parent  # the widget it lies on (always its parent)
        self.setAttribute(Qt.WidgetAttribute.WA_TransparentForMouseEvents)
        self.setAutoFillBackground(True)
        self.phase_label = QLabel()
        self.timer_label = QLabel()
        base = QFont(self.font())
        phase_font = QFont(base)
        phase_font.setPointSizeF(base.pointSizeF() * 2.2)
        phase_font.setWeight(QFont.Weight.Bold)
        self.phase_label.setFont(phase_font)
        timer_font = QFont(base)
        timer_font.setPointSizeF(base.pointSizeF() * 1.8)
        timer_font.setWeight(QFont.Weight.DemiBold)
        self.timer_label.setFont(timer_font)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(18, 4, 18, 4)
        layout.setSpacing(24)
        layout.addWidget(self.phase_label)
        layout.addStretch(1)
        layout.addWidget(self.timer_label)
        self.apply_palette()

    def apply_palette(self) -> None:
        # The window's own colours, slightly see-through, so it fits light and dark themes.
        palette = self._over.palette()
        background = QColor(palette.color(QPalette.ColorRole.ToolTipBase))
        background.setAlpha(225)
        palette.setColor(QPalette.ColorRole.Window, background)
        palette.setColor(
            QPalette.ColorRole.WindowText, palette.color(QPalette.ColorRole.ToolTipText)
        )
        self.setPalette(palette)

    def set_texts(self, phase: str, timer: str | None, alarm: bool = False) -> None:
        self.phase_label.setText(phase)
        self.timer_label.setText(timer or "")
        self.timer_label.setVisible(bool(timer))
        self.timer_label.setStyleSheet(ALARM_STYLE if alarm else "")
        self.place()

    def place(self) -> None:
        """Along the bottom of the parent, its whole width."""
        parent = self._over
        height = self.sizeHint().height()
        self.setGeometry(0, parent.height() - height, parent.width(), height)
        self.raise_()


class PresentationController(QObject):
    """Enter/leave presentation mode on ``window`` and step through the phases.

    ``toggle_action`` (F5, checkable) belongs in the View menu; the controller also adds
    it to the window itself so F5 still works while the menu bar is hidden. A window
    that builds the controller when first needed passes its own action instead: it
    already has its texts and shortcut, and its ``triggered`` calls ``set_active``; the
    controller keeps it checked while the mode is on.
    """

    def __init__(
        self,
        window: QMainWindow,
        timer: WorkshopTimer | None = None,
        parent: QObject | None = None,
        toggle_action: QAction | None = None,
    ) -> None:
        super().__init__(parent if parent is not None else window)
        self.window = window
        self.timer = timer
        self._active = False
        self._phase_id: str | None = None
        self._saved_state = Qt.WindowState.WindowNoState
        self._saved_visible: list[tuple[QWidget, bool]] = []
        self.overlay: PresentationOverlay | None = None

        self._own_action = toggle_action is None
        if toggle_action is None:
            toggle_action = QAction(self)
            toggle_action.setCheckable(True)
            toggle_action.setShortcut(QKeySequence(Qt.Key.Key_F5))
            toggle_action.triggered.connect(self.set_active)
            window.addAction(toggle_action)
        self.toggle_action = toggle_action

        self._shortcuts: list[QShortcut] = []
        for keys, slot in (
            ((Qt.Key.Key_Escape,), self.exit),
            ((Qt.Key.Key_Right, Qt.Key.Key_PageDown), self.next_phase),
            ((Qt.Key.Key_Left, Qt.Key.Key_PageUp), self.previous_phase),
            ((Qt.Key.Key_Home,), self.show_all_phases),
            ((Qt.Key.Key_Down,), lambda: self._call(self._view(), "scroll_lanes", 1)),
            ((Qt.Key.Key_Up,), lambda: self._call(self._view(), "scroll_lanes", -1)),
        ):
            for key in keys:
                shortcut = QShortcut(QKeySequence(key), window)
                shortcut.setEnabled(False)
                shortcut.activated.connect(slot)
                self._shortcuts.append(shortcut)
        if timer is not None:
            timer.tick.connect(self._update_overlay)
            timer.finished.connect(self._update_overlay)
        window.installEventFilter(self)
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        if self._own_action:
            self.toggle_action.setText(self.tr("&Presentation mode"))
            self.toggle_action.setToolTip(
                self.tr(
                    "Full screen with only the board; arrow keys step through the phases, "
                    "Escape leaves"
                )
            )
        self._update_overlay()

    # -- public ---------------------------------------------------------------------------

    def is_active(self) -> bool:
        return self._active

    def current_phase_id(self) -> str | None:
        """The highlighted phase, or None while the whole board is shown."""
        return self._phase_id

    def toggle(self) -> None:
        if self._active:
            self.exit()
        else:
            self.enter()

    def set_active(self, active: bool) -> None:
        """Enter (True) or leave (False) presentation mode."""
        if active != self._active:
            self.toggle()

    def enter(self) -> None:
        """Full screen, only the board, larger text, the overlay shown."""
        if self._active:
            return
        self._active = True
        window = self.window
        self._saved_state = window.windowState()
        # The window's own bars (a floating dock is still its child); menuBar() and
        # statusBar() are not called because they would create the bars when missing.
        direct = Qt.FindChildOption.FindDirectChildrenOnly
        bars: list[QWidget] = [
            *window.findChildren(QDockWidget, options=direct),
            *window.findChildren(QToolBar, options=direct),
            *window.findChildren(QStatusBar, options=direct),
        ]
        menu_bar = window.menuWidget()
        if menu_bar is not None:
            bars.append(menu_bar)
        self._saved_visible = [(bar, not bar.isHidden()) for bar in bars]
        for bar, _visible in self._saved_visible:
            bar.hide()
        window.showFullScreen()
        self._call(self._view(), "set_large_text", True)
        for shortcut in self._shortcuts:
            shortcut.setEnabled(True)
        if self.overlay is None:
            self.overlay = PresentationOverlay(window)
        self.overlay.apply_palette()  # the theme may have changed since last time
        self.overlay.show()
        self._update_overlay()
        self._call(self._view(), "set_bottom_margin", self.overlay.height())
        self.toggle_action.setChecked(True)

    def exit(self) -> None:
        """Back to the window as it was before ``enter()``."""
        if not self._active:
            return
        self._active = False
        for shortcut in self._shortcuts:
            shortcut.setEnabled(False)
        if self.overlay is not None:
            self.overlay.hide()
        self._phase_id = None
        self._call(self._scene(), "highlight_phase", None)
        self._call(self._view(), "set_bottom_margin", 0)
        self._call(self._view(), "set_large_text", False)
        self.window.setWindowState(self._saved_state)
        if not self.window.isHidden():
            self.window.show()
        for bar, visible in self._saved_visible:
            bar.setVisible(visible)
        self._saved_visible = []
        self.toggle_action.setChecked(False)

    def next_phase(self) -> None:
        """Highlight the next phase (from the whole board: the first one)."""
        self._step(1)

    def previous_phase(self) -> None:
        """Highlight the previous phase; before the first one the whole board is shown."""
        self._step(-1)

    def show_all_phases(self) -> None:
        self._go_to(None)

    # -- internals ------------------------------------------------------------------------

    def _view(self) -> Any:
        return getattr(self.window, "board_view", None)

    def _scene(self) -> Any:
        return getattr(self.window, "board_scene", None)

    @staticmethod
    def _call(target: Any, name: str, *args: Any) -> None:
        method = getattr(target, name, None) if target is not None else None
        if callable(method):
            method(*args)

    def _phases(self) -> list[Any]:
        document = getattr(self.window, "document", None)
        map_id = getattr(self.window, "current_map_id", None)
        if callable(map_id):
            map_id = map_id()
        if document is None or map_id is None:
            return []
        return list(document.phases(map_id))

    def _step(self, delta: int) -> None:
        phases = self._phases()
        if not phases:
            self._go_to(None)
            return
        ids = [phase.id for phase in phases]
        index = ids.index(self._phase_id) if self._phase_id in ids else -1
        index = min(max(index + delta, -1), len(ids) - 1)
        self._go_to(ids[index] if index >= 0 else None)

    def _go_to(self, phase_id: str | None) -> None:
        self._phase_id = phase_id
        self._call(self._scene(), "highlight_phase", phase_id)
        if phase_id is not None:
            self._call(self._view(), "ensure_phase_visible", phase_id)
        self._update_overlay()

    def _phase_name(self) -> str:
        for phase in self._phases() if self._phase_id is not None else []:
            if phase.id == self._phase_id:
                return phase.name
        return self.tr("All phases")

    def _update_overlay(self, *_: object) -> None:
        if self.overlay is None or not self._active:
            return
        timer = large_text(self.timer) if self.timer is not None else None
        alarm = self.timer is not None and self.timer.is_finished()
        self.overlay.set_texts(self._phase_name(), timer, alarm)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.window:
            kind = event.type()
            if kind == QEvent.Type.Resize and self.overlay is not None:
                self.overlay.place()
            elif kind == QEvent.Type.LanguageChange:
                self.retranslate_ui()
            elif kind == QEvent.Type.Close and self._active:
                self.exit()  # so the window's saved geometry is the normal one
        return super().eventFilter(watched, event)
