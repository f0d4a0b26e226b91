"""The workshop timer counts down on a fake clock, pauses, resets and rings once."""

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from widgets.timer import TimerWidget, WorkshopTimer, format_remaining, large_text


class FakeClock:
    def __init__(self) -> None:
        self.now = 1000.0

    def __call__(self) -> float:
        return self.now

    def advance(self, seconds: float) -> None:
        self.now += seconds


@pytest.fixture
def clock() -> FakeClock:
    return FakeClock()


@pytest.fixture
def timer(qapp, clock) -> WorkshopTimer:
    timer = WorkshopTimer(clock=clock)
    timer.set_minutes(2)
    return timer


def test_counts_down(timer, clock):
    ticks = []
    timer.tick.connect(ticks.append)
    timer.start()
    assert timer.is_running()
    clock.advance(10)
    timer.poll()
    assert timer.remaining_seconds() == 110
    clock.advance(0.4)
    timer.poll()
    assert timer.remaining_seconds() == 110  # rounded up: a started second still shows
    clock.advance(0.6)
    timer.poll()
    assert ticks == [120, 110, 109]


def test_no_progress_while_paused(timer, clock):
    timer.start()
    clock.advance(30)
    timer.pause()
    assert not timer.is_running()
    assert timer.remaining_seconds() == 90
    clock.advance(500)
    timer.poll()
    assert timer.remaining_seconds() == 90
    timer.start()
    clock.advance(20)
    timer.poll()
    assert timer.remaining_seconds() == 70


def test_reset_and_set_minutes(timer, clock):
    timer.start()
    clock.advance(45)
    timer.reset()
    assert not timer.is_running()
    assert timer.remaining_seconds() == 120
    timer.set_minutes(5)
    assert timer.minutes() == 5
    assert timer.remaining_seconds() == 300


def test_finished_once_at_zero(timer, clock):
    finished = []
    ticks = []
    timer.finished.connect(lambda: finished.append(True))
    timer.tick.connect(ticks.append)
    timer.start()
    clock.advance(119)
    timer.poll()
    assert finished == []
    clock.advance(5)
    timer.poll()
    timer.poll()
    clock.advance(60)
    timer.poll()
    assert finished == [True]
    assert ticks[-1] == 0
    assert timer.remaining_seconds() == 0
    assert timer.is_finished() and not timer.is_running()
    timer.start()  # no time left: nothing happens
    assert not timer.is_running()
    timer.reset()
    assert not timer.is_finished()
    assert timer.remaining_seconds() == 120


def test_the_qtimer_reads_the_clock_by_itself(qtbot, timer, clock):
    timer.start()
    clock.advance(120)
    with qtbot.waitSignal(timer.finished, timeout=3000):
        pass


def test_texts(timer, clock):
    assert format_remaining(0) == "00:00"
    assert format_remaining(125) == "02:05"
    assert format_remaining(150 * 60) == "150:00"
    assert large_text(timer) == "02:00"
    timer.start()
    clock.advance(200)
    timer.poll()
    assert large_text(timer) == "Time is up"


@pytest.fixture
def beeps(monkeypatch):
    calls = []
    monkeypatch.setattr(QApplication, "beep", staticmethod(lambda: calls.append(True)))
    return calls


def test_widget_start_pause_and_time_is_up(qtbot, clock, beeps, monkeypatch):
    monkeypatch.setattr("widgets.timer.BLINK_MS", 20)
    monkeypatch.setattr("widgets.timer.BLINK_TIMES", 6)
    timer = WorkshopTimer(clock=clock)
    widget = TimerWidget(timer)
    qtbot.addWidget(widget)
    widget.minutes.setValue(3)
    assert widget.label.text() == "03:00"
    qtbot.mouseClick(widget.start_button, Qt.MouseButton.LeftButton)
    assert timer.is_running()
    assert widget.start_button.text() == "Pause"
    assert not widget.minutes.isEnabled()
    clock.advance(61)
    timer.poll()
    assert widget.label.text() == "01:59"

    clock.advance(200)
    timer.poll()
    assert widget.label.text() == "Time is up"
    assert "background-color" in widget.label.styleSheet()
    assert widget.is_alarm_shown()
    assert beeps == [True]
    assert widget.start_button.text() == "Start"
    assert widget.large_text() == "Time is up"

    # It blinks for a while, then stays red until reset.
    qtbot.waitUntil(lambda: widget.label.styleSheet() == "", timeout=2000)
    qtbot.waitUntil(lambda: widget.label.styleSheet() != "", timeout=2000)
    qtbot.wait(300)  # longer than the blinking
    assert "background-color" in widget.label.styleSheet()
    assert widget.label.text() == "Time is up"

    qtbot.mouseClick(widget.reset_button, Qt.MouseButton.LeftButton)
    assert widget.label.text() == "03:00"
    assert widget.label.styleSheet() == ""
    assert not widget.is_alarm_shown()


def test_widget_start_after_time_is_up_restarts(qtbot, clock, beeps):
    timer = WorkshopTimer(clock=clock)
    widget = TimerWidget(timer)
    qtbot.addWidget(widget)
    widget.minutes.setValue(1)
    widget.start_or_pause()
    clock.advance(60)
    timer.poll()
    assert widget.is_alarm_shown()
    widget.start_or_pause()
    assert timer.is_running()
    assert timer.remaining_seconds() == 60
    assert widget.label.styleSheet() == ""


def test_widget_pause_keeps_the_time(qtbot, clock):
    timer = WorkshopTimer(clock=clock)
    widget = TimerWidget(timer)
    qtbot.addWidget(widget)
    widget.minutes.setValue(10)
    widget.start_or_pause()
    clock.advance(90)
    widget.start_or_pause()
    assert widget.start_button.text() == "Start"
    clock.advance(300)
    timer.poll()
    assert widget.label.text() == "08:30"
    assert widget.minutes.isEnabled()


def test_widget_follows_set_minutes_from_elsewhere(qtbot, clock):
    timer = WorkshopTimer(clock=clock)
    widget = TimerWidget(timer)
    qtbot.addWidget(widget)
    timer.set_minutes(25)
    assert widget.minutes.value() == 25
    assert widget.label.text() == "25:00"
