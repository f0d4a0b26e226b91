"""GUI: the Room panel: start a room, show its QR code, watch who rated, reveal the round.

The panel owns a silent ``RoomHub`` for its document (it also holds a round that a crash
interrupted, from the journal) and, while the room is open, a ``RoomServer``. Phones'
ratings wait in the round until "Reveal" writes them as one undo step; meanwhile the
projector shows only who joined and who has finished.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtGui import QPixmap, QResizeEvent
from PySide6.QtNetwork import QAbstractSocket, QNetworkInterface
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from app.document import JourneyDocument
from app.errors import InvalidEdit
from app.snapshots import snapshot_before
from room.hub import RoomHub, new_token
from room.network import lan_address
from widgets import dialogs

if TYPE_CHECKING:
    from room.server import RoomServer

LOOPBACK = "127.0.0.1"


def qr_pixmap(text: str, size: int) -> QPixmap:
    """The QR code of ``text`` as a crisp pixmap about ``size`` pixels wide (segno draws it)."""
    import segno  # only when a room opens: not part of starting the app

    code = segno.make(text, error="m")
    modules = code.symbol_size(scale=1, border=4)[0]
    buffer = io.BytesIO()
    code.save(buffer, kind="png", scale=max(1, size // modules), border=4)
    pixmap = QPixmap()
    pixmap.loadFromData(buffer.getvalue(), "PNG")
    return pixmap


def addresses() -> list[str]:
    """The IPv4 addresses of this computer, the LAN one first and loopback last."""
    found = [
        a.toString()
        for a in QNetworkInterface.allAddresses()
        if a.protocol() == QAbstractSocket.NetworkLayerProtocol.IPv4Protocol and not a.isLoopback()
    ]
    first = lan_address()
    ordered = [first] if first != LOOPBACK else []
    ordered += [a for a in found if a not in ordered]
    return [*ordered, LOOPBACK]


class QrLabel(QLabel):
    """The room's QR code, as large as the panel lets it be."""

    def __init__(self) -> None:
        super().__init__()
        self._text = ""
        self._drawn: tuple[str, int] | None = None
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.setMinimumSize(160, 160)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)

    def set_text(self, text: str) -> None:
        self._text = text
        self._draw()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self._draw()

    def _draw(self) -> None:
        if not self._text:
            self._drawn = None
            self.clear()
            return
        side = min(self.width(), self.height())
        if self._drawn != (self._text, side):  # segno draws only what changed
            self._drawn = (self._text, side)
            self.setPixmap(qr_pixmap(self._text, side))


class LargeQrDialog(QDialog):
    """The QR code filling most of the screen, for the back row."""

    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Join the room"))
        layout = QVBoxLayout(self)
        self.qr = QrLabel()
        self.qr.set_text(url)
        link = QLabel(url)
        link.setTextFormat(Qt.TextFormat.PlainText)
        link.setAlignment(Qt.AlignmentFlag.AlignCenter)
        link.setStyleSheet("font-size: 22px;")
        layout.addWidget(self.qr, 1)
        layout.addWidget(link)
        screen = (parent.screen() if parent is not None else self.screen()).availableGeometry()
        side = int(min(screen.width(), screen.height()) * 0.9)
        self.resize(side, side)


class RoomPanel(QWidget):
    """See the module docstring. ``current_map`` gives the map the room rates."""

    message = Signal(str)  # for the status bar

    def __init__(
        self,
        document: JourneyDocument,
        current_map: Callable[[], str | None],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self._current_map = current_map
        self.hub = RoomHub(document, current_map() or "", silent=True, parent=self)
        self.server: RoomServer | None = None  # while the room is open
        self.url = ""
        self._closed = False
        self._refresh = QTimer(self, singleShot=True, interval=100)
        self._refresh.timeout.connect(self.refresh)
        self.hub.progressChanged.connect(self._refresh.start)
        self.hub.message.connect(self._show_message)
        self.hub.revealed.connect(self._revealed)

        self.host = QComboBox()
        self.host.addItems(addresses())
        self.start_button = QPushButton()
        self.start_button.clicked.connect(self.toggle)
        self.qr = QrLabel()
        self.large_button = QPushButton()
        self.large_button.clicked.connect(self.show_large_qr)
        self.link = QLabel()
        self.link.setTextFormat(Qt.TextFormat.PlainText)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.link.setWordWrap(True)
        font = self.link.font()
        font.setPointSizeF(font.pointSizeF() * 1.3)  # read aloud and typed from the wall
        font.setBold(True)
        self.link.setFont(font)
        self.phase = QComboBox()
        self.phase.activated.connect(lambda _i: self.hub.set_phase(self.phase.currentData()))
        self.round_label = QLabel()
        self.round_label.setWordWrap(True)
        self.reveal_button = QPushButton()
        self.reveal_button.clicked.connect(self.reveal)
        self.discard_button = QPushButton()
        self.discard_button.clicked.connect(self.discard)
        self.people = QListWidget()
        self.people.setMinimumHeight(90)
        self.people.setMaximumHeight(170)  # the QR code gets the rest
        self.notice = QLabel()
        self.notice.setTextFormat(Qt.TextFormat.PlainText)
        self.notice.setWordWrap(True)
        self.result = QLabel()
        self.result.setTextFormat(Qt.TextFormat.PlainText)
        self.result.setWordWrap(True)

        form = QFormLayout()
        self.host_label, self.phase_label = QLabel(), QLabel()
        form.addRow(self.host_label, self.host)
        form.addRow(self.phase_label, self.phase)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.start_button)
        layout.addWidget(self.qr, 5)
        layout.addWidget(self.link)
        layout.addWidget(self.large_button)
        layout.addWidget(self.round_label)
        buttons = QHBoxLayout()
        buttons.addWidget(self.reveal_button)
        buttons.addWidget(self.discard_button)
        layout.addLayout(buttons)
        self.people_label = QLabel()
        layout.addWidget(self.people_label)
        layout.addWidget(self.people, 1)
        layout.addWidget(self.notice)
        layout.addWidget(self.result)
        self.retranslate_ui()

    # -- texts ------------------------------------------------------------------------------

    def retranslate_ui(self) -> None:
        self.host_label.setText(self.tr("Listen on:"))
        self.host.setToolTip(
            self.tr("The network the phones are on; 127.0.0.1 is this computer only")
        )
        self.phase_label.setText(self.tr("Phones show:"))
        self.large_button.setText(self.tr("Large QR code"))
        self.reveal_button.setText(self.tr("Reveal"))
        self.reveal_button.setToolTip(
            self.tr("Write the round's ratings to the board (one undo step)")
        )
        self.discard_button.setText(self.tr("Discard round"))
        self.people_label.setText(self.tr("Joined:"))
        self.qr.setAccessibleName(self.tr("QR code of the room's address"))
        self._fill_phases()
        self.refresh()

    def _fill_phases(self) -> None:
        current = self.hub.phase_id
        self.phase.clear()
        self.phase.addItem(self.tr("All phases"), None)
        if self.hub.map_id:
            for phase in self.document.phases(self.hub.map_id):
                self.phase.addItem(phase.name, phase.id)
        self.phase.setCurrentIndex(max(0, self.phase.findData(current)))

    # -- the room ---------------------------------------------------------------------------

    @property
    def running(self) -> bool:
        return self.server is not None

    def toggle(self) -> None:
        if self.running:
            self.stop()
        else:
            self.start()

    def start(self) -> bool:
        """Open the room on the chosen address; a new token every time."""
        map_id = self._current_map()
        if map_id:
            self.hub.set_map(map_id)
            self._fill_phases()
        from room.server import RoomServer  # aiohttp: only when a room opens

        self.hub.open_bridge()
        server = RoomServer(self.hub, self.host.currentText(), 0, token=new_token())
        try:
            self.url = server.start()
        except OSError as error:
            self.hub.close_bridge()
            self._show_message(
                self.tr("The room cannot listen on %1: %2")
                .replace("%1", self.host.currentText())
                .replace("%2", error.strerror or str(error))
            )
            return False
        self.server = server
        self.refresh()
        return True

    def stop(self) -> None:
        """Close the room: phones are told, the port closes; the round's ratings stay."""
        server, self.server = self.server, None
        if server is not None:
            self.hub.close_bridge()
            server.stop()
        self.url = ""
        self.refresh()

    def set_map(self, map_id: str | None) -> None:
        """The window shows another map: phones rate that one."""
        if map_id:
            self.hub.set_map(map_id)
            self._fill_phases()
            self.refresh()

    def reveal(self) -> int:
        if self.hub.pending_count():
            # The round changes many ratings at once: the state before it stays at hand.
            try:
                snapshot_before(self.document, "reveal")
            except InvalidEdit as error:  # the reveal then reports the same problem
                self._show_message(str(error))
        return self.hub.reveal()

    def discard(self) -> None:
        count = self.hub.pending_count()
        if count and dialogs.confirm(
            self,
            self.tr("Discard round"),
            self.tr(
                "Discard the ratings of this round (%1)? The board keeps what it shows."
            ).replace("%1", str(count)),
        ):
            self.hub.discard()

    def show_large_qr(self) -> None:
        if self.url:
            LargeQrDialog(self.url, self).exec()

    def shutdown(self) -> None:
        """Before the panel goes (another file, the window closes)."""
        self.stop()
        self.hub.close()
        self._closed = True  # the document closes next: nothing more to show
        self._refresh.stop()

    # -- what the projector shows -----------------------------------------------------------

    def refresh(self) -> None:
        if self._closed:
            return
        running = self.running
        self.start_button.setText(
            self.tr("Stop the room") if running else self.tr("Start the room")
        )
        self.host.setEnabled(not running)
        self.qr.set_text(self.url)
        self.qr.setVisible(running)
        self.large_button.setVisible(running)
        self.link.setText(
            self.url
            if running
            else self.tr(
                "Start the room: phones on the same network scan the code and rate silently."
            )
        )
        pending = self.hub.pending_count()
        self.round_label.setText(
            self.tr("Silent round: ratings waiting for the reveal: %1").replace("%1", str(pending))
        )
        self.reveal_button.setEnabled(pending > 0)
        self.discard_button.setEnabled(pending > 0)
        rows = []
        for person in self.hub.progress():
            done = (
                self.tr("finished")
                if person.finished
                else self.tr("%1 of %2")
                .replace("%1", str(person.rated))
                .replace("%2", str(person.total))
            )
            tick = "\u2713 " if person.finished else ""
            rows.append(f"{tick}{person.name}: {done}")
        # Only the rows that changed: the list is repainted while the room rates.
        while self.people.count() > len(rows):
            self.people.takeItem(self.people.count() - 1)
        for row, text in enumerate(rows):
            item = self.people.item(row)
            if item is None:
                self.people.addItem(QListWidgetItem(text))
            elif item.text() != text:
                item.setText(text)

    def _show_message(self, text: str) -> None:
        self.notice.setText(text)
        self.message.emit(text)

    def _revealed(self, count: int) -> None:
        self._show_message(
            self.tr("Ratings revealed as one undo step: %1").replace("%1", str(count))
        )
        self.result.setText(self._disagreement())
        self.refresh()

    def _disagreement(self) -> str:
        """Where the room disagrees most: the touchpoints with the largest spread."""
        data = self.document.map_data(self.hub.map_id)
        scores = data.scores
        spread = sorted(
            (
                (s.spread, card.title)
                for card in data.cards
                if (s := scores.get(card.id)) is not None and s.votes >= 2 and s.spread
            ),
            reverse=True,
        )[:3]
        if not spread:
            return ""
        lines = [f"{title} ({value:.1f})" for value, title in spread]
        return self.tr("Where the room disagrees most (spread):") + "\n" + "\n".join(lines)
