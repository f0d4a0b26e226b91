"""Presentation mode against a small fake main window: bars, full screen, phases, overlay."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from types import SimpleNamespace

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDockWidget, QLabel, QMainWindow, QToolBar

from widgets.presentation import PresentationController
from widgets.timer import WorkshopTimer

PHASES = [
    SimpleNamespace(id="ph1", name="Awareness"),
    SimpleNamespace(id="ph2", name="Interest"),
    SimpleNamespace(id="ph3", name="Decision"),
]


class FakeDocument:
    def phases(self, map_id):
        assert map_id == "m1"
        return PHASES


class FakeScene:
    def __init__(self):
        self.highlighted = []

    def highlight_phase(self, phase_id):
        self.highlighted.append(phase_id)


class FakeView(QLabel):
    """The board view; it has set_large_text and ensure_phase_visible."""

    def __init__(self):
        super().__init__("board")
        self.large = []
        self.shown_phases = []

    def set_large_text(self, on):
        self.large.append(on)

    def ensure_phase_visible(self, phase_id):
        self.shown_phases.append(phase_id)


class FakeWindow(QMainWindow):
    def __init__(self):
        super().__init__()
        self.document = FakeDocument()
        self.current_map_id = "m1"
        self.board_scene = FakeScene()
        self.board_view = FakeView()
        self.setCentralWidget(self.board_view)
        self.inspector = QDockWidget("Inspector")
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector)
        self.hidden_dock = QDockWidget("Palette")
        self.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.hidden_dock)
        self.hidden_dock.hide()
        self.toolbar = QToolBar("Main")
        self.addToolBar(self.toolbar)
        self.menuBar().addMenu("&File")
        self.statusBar().showMessage("Ready")
        self.resize(800, 600)


@pytest.fixture
def window(qtbot):
    window = FakeWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)
    return window


@pytest.fixture
def clock():
    return SimpleNamespace(now=0.0)


@pytest.fixture
def timer(qapp, clock):
    timer = WorkshopTimer(clock=lambda: clock.now)
    timer.set_minutes(15)
    return timer


def test_enter_hides_everything_but_the_board_and_exit_restores(window, timer):
    controller = PresentationController(window, timer)
    controller.enter()
    assert controller.is_active()
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.inspector.isHidden()
    assert window.toolbar.isHidden()
    assert window.menuBar().isHidden()
    assert window.statusBar().isHidden()
    assert window.board_view.isVisible()
    assert window.board_view.large == [True]
    assert controller.toggle_action.isChecked()
    assert controller.overlay.isVisible()
    assert controller.overlay.phase_label.text() == "All phases"
    assert controller.overlay.timer_label.text() == "15:00"

    controller.exit()
    assert not controller.is_active()
    assert not window.windowState() & Qt.WindowState.WindowFullScreen
    assert window.inspector.isVisible()
    assert window.hidden_dock.isHidden()  # hidden before, hidden after
    assert window.toolbar.isVisible()
    assert window.menuBar().isVisible()
    assert window.statusBar().isVisible()
    assert window.board_view.large == [True, False]
    assert window.board_scene.highlighted[-1] is None
    assert not controller.overlay.isVisible()
    assert not controller.toggle_action.isChecked()


def test_maximized_window_comes_back_maximized(window):
    window.showMaximized()
    controller = PresentationController(window)
    controller.toggle()
    assert window.windowState() & Qt.WindowState.WindowFullScreen
    controller.toggle()
    assert window.windowState() & Qt.WindowState.WindowMaximized
    assert not window.windowState() & Qt.WindowState.WindowFullScreen


def test_keys_walk_through_the_phases(qtbot, window, timer):
    controller = PresentationController(window, timer)
    scene, view = window.board_scene, window.board_view
    qtbot.keyClick(window, Qt.Key.Key_Right)
    assert scene.highlighted == []  # the keys do nothing outside presentation mode

    controller.enter()
    qtbot.keyClick(window.board_view, Qt.Key.Key_Right)
    assert scene.highlighted == ["ph1"]
    assert view.shown_phases == ["ph1"]
    assert controller.overlay.phase_label.text() == "Awareness"
    qtbot.keyClick(window.board_view, Qt.Key.Key_PageDown)
    qtbot.keyClick(window.board_view, Qt.Key.Key_Right)
    qtbot.keyClick(window.board_view, Qt.Key.Key_Right)  # stays on the last phase
    assert scene.highlighted == ["ph1", "ph2", "ph3", "ph3"]
    assert controller.current_phase_id() == "ph3"
    assert controller.overlay.phase_label.text() == "Decision"
    qtbot.keyClick(window.board_view, Qt.Key.Key_PageUp)
    qtbot.keyClick(window.board_view, Qt.Key.Key_Left)
    qtbot.keyClick(window.board_view, Qt.Key.Key_Left)  # before the first: the whole board
    assert scene.highlighted[-3:] == ["ph2", "ph1", None]
    assert controller.overlay.phase_label.text() == "All phases"
    qtbot.keyClick(window.board_view, Qt.Key.Key_Right)
    qtbot.keyClick(window.board_view, Qt.Key.Key_Home)
    assert scene.highlighted[-2:] == ["ph1", None]

    qtbot.keyClick(window.board_view, Qt.Key.Key_Escape)
    assert not controller.is_active()
    assert window.inspector.isVisible()


def test_f5_toggles_even_with_the_menu_bar_hidden(qtbot, window):
    controller = PresentationController(window)
    qtbot.keyClick(window.board_view, Qt.Key.Key_F5)
    assert controller.is_active()
    assert window.menuBar().isHidden()
    qtbot.keyClick(window.board_view, Qt.Key.Key_F5)
    assert not controller.is_active()


def test_overlay_follows_the_timer(window, timer, clock):
    controller = PresentationController(window, timer)
    controller.enter()
    timer.start()
    clock.now = 61
    timer.poll()
    assert controller.overlay.timer_label.text() == "13:59"
    clock.now = 2000
    timer.poll()
    assert controller.overlay.timer_label.text() == "Time is up"
    assert "background-color" in controller.overlay.timer_label.styleSheet()
    overlay = controller.overlay.geometry()
    assert window.rect().contains(overlay)  # inside the window, in its corner


def test_no_timer_no_timer_line(window):
    controller = PresentationController(window)
    controller.enter()
    assert controller.overlay.timer_label.isHidden()


def test_a_view_without_the_optional_methods(qtbot, window):
    window.board_view = QLabel("plain view")  # no set_large_text, no ensure_phase_visible
    controller = PresentationController(window)
    controller.enter()
    controller.next_phase()
    assert window.board_scene.highlighted == ["ph1"]
    controller.exit()


def test_no_open_workshop(window):
    window.document = None
    window.current_map_id = None
    controller = PresentationController(window)
    controller.enter()
    controller.next_phase()
    assert controller.current_phase_id() is None
    assert controller.overlay.phase_label.text() == "All phases"
    controller.exit()


def test_enter_twice_and_exit_twice_are_harmless(window):
    controller = PresentationController(window)
    controller.enter()
    controller.enter()
    controller.exit()
    controller.exit()
    assert window.inspector.isVisible()
    assert window.board_view.large == [True, False]


def test_current_map_id_may_be_a_method(window):
    window.current_map_id = lambda: "m1"
    controller = PresentationController(window)
    controller.enter()
    controller.next_phase()
    assert controller.current_phase_id() == "ph1"
