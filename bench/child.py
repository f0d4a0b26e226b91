"""Bench: one measurement in a fresh process; prints one JSON line with the figures.

Usage: python -m bench.child SCENARIO FILE [ROUNDS]. Each app scenario has a floor that
does the same work with the bare libraries, so the parent can report ratios.
"""

from __future__ import annotations

import json
import os
import resource
import sqlite3
import statistics
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def _app():  # noqa: ANN202 - a QApplication, imported late so start-up is measured fairly
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["bench"])


def _settle(app) -> None:  # noqa: ANN001
    for _ in range(3):
        app.processEvents()


def start_floor(_path: Path) -> dict:
    """A bare PySide6 script that shows an empty QMainWindow."""
    from PySide6.QtWidgets import QMainWindow

    app = _app()
    window = QMainWindow()
    window.resize(1400, 900)
    window.show()
    _settle(app)
    window.repaint()
    return {}


def start_app(path: Path) -> dict:
    """The main window shown with a workshop open, as `journeyboard FILE` does."""
    from widgets.main_window import MainWindow

    app = _app()
    window = MainWindow()
    window.resize(1400, 900)
    window.open_file(path)
    window.show()
    _settle(app)
    window.repaint()
    return {}


def _raw_rows(path: Path) -> tuple[list, list, list]:
    connection = sqlite3.connect(path)
    phases = connection.execute("SELECT id, name FROM phase ORDER BY position").fetchall()
    lanes = connection.execute("SELECT id, name FROM lane ORDER BY position").fetchall()
    cards = connection.execute(
        "SELECT id, title, lane_id, phase_id, position FROM card").fetchall()
    connection.close()
    return phases, lanes, cards


def open_floor(path: Path) -> dict:
    """Plain rect and text items built from raw sqlite3 rows of the same file."""
    from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsScene, QGraphicsSimpleTextItem

    app = _app()
    start = time.perf_counter()
    phases, lanes, cards = _raw_rows(path)
    scene = QGraphicsScene()
    column = {pid: i for i, (pid, _) in enumerate(phases)}
    row = {lid: i for i, (lid, _) in enumerate(lanes)}
    for items, horizontal in ((phases, True), (lanes, False)):
        for i, (_, name) in enumerate(items):
            rect = QGraphicsRectItem(i * 210 if horizontal else 0, 0 if horizontal else i * 90,
                                     200, 50)
            scene.addItem(rect)
            QGraphicsSimpleTextItem(name, rect)
    for _, title, lane, phase, position in cards:
        rect = QGraphicsRectItem(column[phase] * 210, row[lane] * 90 + position * 80, 190, 74)
        scene.addItem(rect)
        QGraphicsSimpleTextItem(title, rect)
    _settle(app)
    return {"seconds": time.perf_counter() - start, "items": len(scene.items())}


def open_app(path: Path) -> dict:
    """Opening the workshop in the main window until the board is built."""
    from widgets.main_window import MainWindow

    app = _app()
    window = MainWindow()
    start = time.perf_counter()
    window.open_file(path)
    _settle(app)
    seconds = time.perf_counter() - start
    return {"seconds": seconds, "items": len(window.board_scene.items())}


def edit(path: Path, rounds: int) -> dict:
    """One move and one rating through the commands with the board open, vs raw UPDATEs."""
    from app.commands import MoveCommand, RateCommand, execute
    from storage.db import PRAGMAS
    from widgets.main_window import MainWindow

    app = _app()
    window = MainWindow()
    window.open_file(path)
    _settle(app)
    document = window.document
    map_id = window.current_map_id
    phases = [p.id for p in document.phases(map_id)]
    cards = document.cards(map_id)
    participant = document.participants()[0].id
    raw = sqlite3.connect(path, isolation_level=None)
    for pragma in PRAGMAS:
        raw.execute(f"PRAGMA {pragma}")
    move, rate, floor = [], [], []
    phase_of = {card.id: card.phase_id for card in cards}
    for n in range(rounds):
        card = cards[(n * 7) % len(cards)]
        target = phases[(phases.index(phase_of[card.id]) + 1) % len(phases)]
        start = time.perf_counter()
        raw.execute("BEGIN")
        raw.execute("UPDATE card SET description = ? WHERE id = ?", (f"floor {n}", card.id))
        raw.execute("COMMIT")
        floor.append(time.perf_counter() - start)
        start = time.perf_counter()
        execute(document, MoveCommand(document, "card", card.id, 0,
                                      {"lane_id": card.lane_id, "phase_id": target}))
        move.append(time.perf_counter() - start)
        phase_of[card.id] = target
        start = time.perf_counter()
        execute(document, RateCommand(document, card.id, participant, ((n % 5) - 2, 3)))
        rate.append(time.perf_counter() - start)
        _settle(app)
    raw.close()
    return {"move": statistics.median(move), "rate": statistics.median(rate),
            "floor": statistics.median(floor)}


def drag(path: Path, rounds: int) -> dict:
    """Time per synthesised mouse move while dragging one card, including the repaint."""
    from PySide6.QtCore import QEvent, QPointF, Qt
    from PySide6.QtGui import QMouseEvent

    from widgets.main_window import MainWindow

    app = _app()
    window = MainWindow()
    window.resize(1400, 900)
    window.open_file(path)
    window.show()
    _settle(app)
    view = window.board_view
    scene = window.board_scene
    card_id = window.document.cards(window.current_map_id)[0].id
    view.ensure_visible(card_id)
    _settle(app)
    item = scene.card_item(card_id)
    start_pos = view.mapFromScene(item.sceneBoundingRect().center())
    viewport = view.viewport()

    def send(kind: QEvent.Type, pos: QPointF, button: Qt.MouseButton,
             buttons: Qt.MouseButton) -> None:
        global_pos = viewport.mapToGlobal(pos)
        event = QMouseEvent(kind, pos, QPointF(global_pos), button, buttons,
                            Qt.KeyboardModifier.NoModifier)
        app.sendEvent(viewport, event)

    origin = QPointF(start_pos)
    send(QEvent.Type.MouseButtonPress, origin, Qt.MouseButton.LeftButton,
         Qt.MouseButton.LeftButton)
    times = []
    for n in range(rounds):
        pos = QPointF(origin.x() + 10 + (n * 7) % 600, origin.y() + (n * 5) % 300)
        begin = time.perf_counter()
        send(QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton)
        viewport.repaint()
        times.append(time.perf_counter() - begin)
    send(QEvent.Type.MouseButtonRelease, origin, Qt.MouseButton.LeftButton,
         Qt.MouseButton.NoButton)
    _settle(app)
    return {"frame": statistics.median(times[3:] or times)}


def pdf_floor(path: Path) -> dict:
    """ReportLab drawing the same number of rectangles and strings on a plain canvas."""
    import io

    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.pdfgen.canvas import Canvas

    phases, lanes, cards = _raw_rows(path)
    start = time.perf_counter()
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A3))
    for n, (_, title, *_rest) in enumerate(cards + phases + lanes):
        x, y = 20 + (n % 20) * 55, 20 + (n // 20) % 40 * 20
        canvas.rect(x, y, 50, 18)
        canvas.drawString(x + 2, y + 4, str(title)[:20])
        if n % 800 == 799:
            canvas.showPage()
    canvas.save()
    return {"seconds": time.perf_counter() - start}


def pdf_app(path: Path) -> dict:
    """The real PDF export of the workshop (A3)."""
    import tempfile

    from export.pdf import write_pdf
    from storage.workshop import Workshop

    with tempfile.TemporaryDirectory() as folder, Workshop.open(path, readonly=True) as w:
        start = time.perf_counter()
        write_pdf(w, Path(folder) / "out.pdf", page_size="A3")
        return {"seconds": time.perf_counter() - start}


def rss(path: Path) -> dict:
    """Peak resident memory with the workshop open in the main window."""
    from widgets.main_window import MainWindow

    app = _app()
    window = MainWindow()
    window.resize(1400, 900)
    window.open_file(path)
    window.show()
    _settle(app)
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"mb": peak_kb / 1024}


SCENARIOS = {
    "start_floor": start_floor, "start_app": start_app, "open_floor": open_floor,
    "open_app": open_app, "pdf_floor": pdf_floor, "pdf_app": pdf_app, "rss": rss,
}
LOOPED = {"edit": edit, "drag": drag}


def main(argv: list[str]) -> int:
    name, path = argv[0], Path(argv[1])
    if name in LOOPED:
        result = LOOPED[name](path, int(argv[2]) if len(argv) > 2 else 20)
    else:
        result = SCENARIOS[name](path)
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: not part of any figure


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
