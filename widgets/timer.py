"""GUI: the workshop timer (time-boxing an exercise) and its status-bar widget.

``WorkshopTimer`` measures with an injectable monotonic clock, so tests move a fake
clock instead of waiting; a ``QTimer`` only decides how often the clock is read.
"""

from __future__ import annotations

import math
import time
from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QObject, Qt, QTimer, Signal
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import (
    QApplication,
    QHBoxLayout,
    QLabel,
    QSpinBox,
    QStyle,
    QToolButton,
    QWidget,
)

DEFAULT_MINUTES = 10
MAX_MINUTES = 240
POLL_MS = 200  # how often the clock is read while running
BLINK_MS = 500
BLINK_TIMES = 12  # half-periods: the alarm blinks for six seconds, then stays red
ALARM_STYLE = "background-color: #c62828; color: white; border-radius: 3px; padding: 0 6px;"


def format_remaining(seconds: int) -> str:
    """``mm:ss`` (minutes may exceed 59, e.g. ``120:00``)."""
    minutes, rest = divmod(max(0, int(seconds)), 60)
    return f"{minutes:02d}:{rest:02d}"


class WorkshopTimer(QObject):
    """A countdown: ``tick(remaining_seconds)`` on each new second, ``finished()`` once at 0."""

    tick = Signal(int)
    finished = Signal()

    def __init__(
        self, clock: Callable[[], float] = time.monotonic, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self._clock = clock
        self._duration = DEFAULT_MINUTES * 60.0
        self._elapsed = 0.0  # seconds run before the current start
        self._started_at: float | None = None
        self._finished = False
        self._last_emitted: int | None = None
        self._poller = QTimer(self)
        self._poller.setInterval(POLL_MS)
        self._poller.timeout.connect(self.poll)

    def minutes(self) -> int:
        return round(self._duration / 60)

    def set_minutes(self, minutes: int) -> None:
        """Set the duration; stops and resets the countdown."""
        self._duration = max(0, int(minutes)) * 60.0
        self.reset()

    def is_running(self) -> bool:
        return self._started_at is not None

    def is_finished(self) -> bool:
        """True from the moment time ran out until the next reset."""
        return self._finished

    def _remaining(self) -> float:
        elapsed = self._elapsed
        if self._started_at is not None:
            elapsed += self._clock() - self._started_at
        return max(0.0, self._duration - elapsed)

    def remaining_seconds(self) -> int:
        """Whole seconds left, rounded up (so 00:00 shows only when time is up)."""
        return math.ceil(self._remaining())

    def start(self) -> None:
        """Start or resume; does nothing when running or when no time is left."""
        if self.is_running() or self._remaining() <= 0:
            return
        self._started_at = self._clock()
        self._poller.start()
        self._emit_tick(force=True)

    def pause(self) -> None:
        """Stop counting; ``start()`` resumes where it stopped."""
        if self._started_at is None:
            return
        self._elapsed += self._clock() - self._started_at
        self._started_at = None
        self._poller.stop()
        self._emit_tick(force=True)

    def reset(self) -> None:
        """Back to the full duration, stopped."""
        self._poller.stop()
        self._started_at = None
        self._elapsed = 0.0
        self._finished = False
        self._emit_tick(force=True)

    def poll(self) -> None:
        """Read the clock now: emit ``tick`` on a new second and ``finished`` at zero.

        The internal QTimer calls it while running; tests call it after moving a fake clock.
        """
        if self._started_at is None:
            return
        self._emit_tick()
        if self._remaining() <= 0:
            self._elapsed = self._duration
            self._started_at = None
            self._poller.stop()
            self._finished = True
            self.finished.emit()

    def _emit_tick(self, force: bool = False) -> None:
        remaining = self.remaining_seconds()
        if force or remaining != self._last_emitted:
            self._last_emitted = remaining
            self.tick.emit(remaining)


def large_text(timer: WorkshopTimer) -> str:
    """The timer as a presentation overlay shows it: ``mm:ss`` or "Time is up"."""
    if timer.is_finished():
        return QCoreApplication.translate("TimerWidget", "Time is up")
    return format_remaining(timer.remaining_seconds())


class TimerWidget(QWidget):
    """Status-bar timer: mm:ss, minutes, Start/Pause and Reset; a red blinking alarm at 0."""

    def __init__(self, timer: WorkshopTimer | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.timer = timer if timer is not None else WorkshopTimer(parent=self)

        self.label = QLabel()
        font = QFontDatabase.systemFont(QFontDatabase.SystemFont.FixedFont)
        font.setPointSizeF(self.font().pointSizeF() * 1.15)
        font.setWeight(QFont.Weight.Bold)
        self.label.setFont(font)
        self.label.setAlignment(Qt.AlignmentFlag.AlignCenter)

        self.minutes = QSpinBox()
        self.minutes.setRange(1, MAX_MINUTES)
        self.minutes.setValue(self.timer.minutes() or DEFAULT_MINUTES)
        self.minutes.setAccelerated(True)

        self.start_button = QToolButton()
        self.start_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.reset_button = QToolButton()
        self.reset_button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextBesideIcon)
        self.reset_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_BrowserReload))

        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        layout.addWidget(self.label)
        layout.addWidget(self.minutes)
        layout.addWidget(self.start_button)
        layout.addWidget(self.reset_button)

        self._blink = QTimer(self)
        self._blink.setInterval(BLINK_MS)
        self._blink.timeout.connect(self._blink_once)
        self._blinks_left = 0

        self.minutes.valueChanged.connect(self._minutes_changed)
        self.start_button.clicked.connect(self.start_or_pause)
        self.reset_button.clicked.connect(self.timer.reset)
        self.timer.tick.connect(self._update)
        self.timer.finished.connect(self._time_is_up)
        if self.timer.minutes() != self.minutes.value():
            self.timer.set_minutes(self.minutes.value())
        self.retranslate_ui()

    def retranslate_ui(self) -> None:
        self.minutes.setSuffix(self.tr(" min"))
        self.minutes.setToolTip(self.tr("Length of the exercise in minutes"))
        self.reset_button.setText(self.tr("Reset"))
        self.reset_button.setToolTip(self.tr("Back to the full time"))
        self.label.setToolTip(self.tr("Workshop timer"))
        # Wide enough for every text it shows, so the status bar never jumps.
        metrics = self.label.fontMetrics()
        widest = max(metrics.horizontalAdvance(text) for text in ("000:00", self.tr("Time is up")))
        self.label.setMinimumWidth(widest + 16)
        self._update()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate_ui()
        super().changeEvent(event)

    def start_or_pause(self) -> None:
        """Start (or, once time is up, restart from the full time) or pause."""
        if self.timer.is_running():
            self.timer.pause()
            return
        if self.timer.is_finished():
            self.timer.reset()
        self.timer.start()

    def large_text(self) -> str:
        """The timer's text for the presentation overlay."""
        return large_text(self.timer)

    def is_alarm_shown(self) -> bool:
        return self.timer.is_finished()

    def _minutes_changed(self, value: int) -> None:
        if not self.timer.is_running():
            self.timer.set_minutes(value)

    def _update(self, *_: object) -> None:
        running = self.timer.is_running()
        finished = self.timer.is_finished()
        if not finished:
            self._blink.stop()
            self.label.setStyleSheet("")
        self.label.setText(large_text(self.timer))
        self.minutes.setEnabled(not running)
        if not running and self.timer.minutes() and self.minutes.value() != self.timer.minutes():
            self.minutes.blockSignals(True)  # set_minutes from elsewhere: show it, nothing more
            self.minutes.setValue(self.timer.minutes())
            self.minutes.blockSignals(False)
        pixmap = QStyle.StandardPixmap
        icon = pixmap.SP_MediaPause if running else pixmap.SP_MediaPlay
        self.start_button.setIcon(self.style().standardIcon(icon))
        self.start_button.setText(self.tr("Pause") if running else self.tr("Start"))
        self.start_button.setToolTip(
            self.tr("Pause the timer") if running else self.tr("Start the timer")
        )

    def _time_is_up(self) -> None:
        self._update()
        self.label.setStyleSheet(ALARM_STYLE)
        self._blinks_left = BLINK_TIMES
        self._blink.start()
        QApplication.beep()

    def _blink_once(self) -> None:
        self._blinks_left -= 1
        if self._blinks_left <= 0 or not self.timer.is_finished():
            self._blink.stop()
            self.label.setStyleSheet(ALARM_STYLE if self.timer.is_finished() else "")
            return
        self.label.setStyleSheet(ALARM_STYLE if self._blinks_left % 2 == 0 else "")
