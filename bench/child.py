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


def _app():  # a QApplication, imported late so start-up is measured fairly
    from PySide6.QtWidgets import QApplication

    return QApplication.instance() or QApplication(["bench"])


def _settle(app) -> None:
    for _ in range(3):
        app.processEvents()


def start_floor(path: Path) -> dict:
    """The window a user sees at start, built with bare PySide6 from raw sqlite3 rows.

    The same chrome as ``start_app``: a menu bar with the five menus, the board toolbar
    (map selector, seven actions, "Rating as" selector) and the filter toolbar below it,
    the palette (its 14 entries with their SVG icons) over the Personas | Participants
    tabs on the left, the Inspector | Rating tabs on the right, a status bar with the
    rater badge, timer and zoom, and a graphics view of the workshop: one rect and one
    text item per phase, lane and card of the first map, read with plain SQL.
    """
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QIcon
    from PySide6.QtWidgets import (
        QCheckBox,
        QComboBox,
        QDockWidget,
        QGraphicsScene,
        QGraphicsView,
        QLabel,
        QListWidget,
        QListWidgetItem,
        QMainWindow,
        QPushButton,
        QSpinBox,
        QToolBar,
        QVBoxLayout,
        QWidget,
    )

    app = _app()
    window = QMainWindow()
    for title in ("File", "Edit", "View", "Map", "Help"):
        menu = window.menuBar().addMenu(title)
        for n in range(8):
            menu.addAction(f"{title} action {n}")
    toolbar = QToolBar(window)
    window.addToolBar(toolbar)
    toolbar.addWidget(QLabel("Map:"))
    maps = QComboBox()
    maps.addItem("As-is")
    toolbar.addWidget(maps)
    for text in ("New to-be map...", "Undo", "Redo", "Zoom Out", "Zoom In", "Fit", "Present"):
        toolbar.addAction(text)
    toolbar.addWidget(QLabel("Rating as: "))
    rater = QComboBox()
    toolbar.addWidget(rater)
    window.addToolBarBreak()
    filters = QToolBar(window)
    window.addToolBar(filters)
    filters.addWidget(QLabel("Highlight:"))
    for text in ("All personas", "All channels", "Direct and indirect"):
        combo = QComboBox()
        combo.addItem(text)
        filters.addWidget(combo)
    for text in ("Moments of truth", "Disagreements"):
        filters.addWidget(QCheckBox(text))
    filters.addAction("Clear filters")

    connection = sqlite3.connect(path)
    people = connection.execute("SELECT name FROM participant ORDER BY position").fetchall()
    personas = connection.execute("SELECT name FROM persona ORDER BY position").fetchall()
    connection.close()
    for (name,) in people:
        rater.addItem(name)

    def dock(title: str, widget: QWidget, area: Qt.DockWidgetArea) -> QDockWidget:
        made = QDockWidget(title, window)
        made.setWidget(widget)
        window.addDockWidget(area, made)
        return made

    icons = Path(__file__).resolve().parent.parent / "resources" / "icons"
    palette = QWidget()
    column = QVBoxLayout(palette)
    column.addWidget(QLabel("Drag onto a cell, or double-click to add to the selected cell."))
    entries = QListWidget()
    for icon in sorted(icons.glob("*.svg"))[:14]:
        QListWidgetItem(QIcon(str(icon)), icon.stem, entries)
    column.addWidget(entries)
    column.addWidget(QPushButton("New channel..."))
    left = Qt.DockWidgetArea.LeftDockWidgetArea
    right = Qt.DockWidgetArea.RightDockWidgetArea
    dock("Palette", palette, left)
    persona_list = QWidget()
    column = QVBoxLayout(persona_list)
    listed = QListWidget()
    for (name,) in personas:
        listed.addItem(name)
    column.addWidget(listed)
    for text in ("Add...", "Edit...", "Delete"):
        column.addWidget(QPushButton(text))
    persona_dock = dock("Personas", persona_list, left)
    window.tabifyDockWidget(persona_dock, dock("Participants", QLabel(), left))
    inspector = dock("Inspector", QLabel(), right)
    rating = dock("Rating", QLabel("Select one touchpoint to rate it."), right)
    window.tabifyDockWidget(inspector, rating)
    rating.raise_()
    persona_dock.raise_()
    status = window.statusBar()
    status.addPermanentWidget(QLabel("Rating as: Participant 0"))
    status.addPermanentWidget(QLabel("10:00"))
    status.addPermanentWidget(QSpinBox())
    for text in ("Start", "Reset"):
        status.addPermanentWidget(QPushButton(text))
    status.addPermanentWidget(QLabel("Zoom 100%"))

    scene = QGraphicsScene()
    phases, lanes, cards = _raw_rows(path)
    _board_items(scene, phases, lanes, cards)
    window.setCentralWidget(QGraphicsView(scene))
    window.resize(1400, 900)
    window.show()
    _settle(app)
    window.repaint()
    return {"items": len(scene.items())}


def _shown_window(path: Path) -> tuple:
    """(app, main window) shown at 1400x900 with the workshop open and settled."""
    from widgets.window.main_window import MainWindow

    app = _app()
    window = MainWindow()
    window.resize(1400, 900)
    window.open_file(path)
    window.show()
    _settle(app)
    return app, window


def start_app(path: Path) -> dict:
    """The main window shown with a workshop open, as `journeyboard FILE` does."""
    _app_unused, window = _shown_window(path)
    window.repaint()
    return {}


def _raw_rows(path: Path) -> tuple[list, list, list]:
    connection = sqlite3.connect(path)
    phases = connection.execute("SELECT id, name FROM phase ORDER BY position").fetchall()
    lanes = connection.execute("SELECT id, name FROM lane ORDER BY position").fetchall()
    cards = connection.execute("SELECT id, title, lane_id, phase_id, position FROM card").fetchall()
    connection.close()
    return phases, lanes, cards


def _board_items(scene, phases: list, lanes: list, cards: list) -> None:
    """One rect and one text item per phase, lane and card, placed on a plain grid."""
    from PySide6.QtWidgets import QGraphicsRectItem, QGraphicsSimpleTextItem

    column = {pid: i for i, (pid, _) in enumerate(phases)}
    row = {lid: i for i, (lid, _) in enumerate(lanes)}
    for items, horizontal in ((phases, True), (lanes, False)):
        for i, (_, name) in enumerate(items):
            rect = QGraphicsRectItem(
                i * 210 if horizontal else 0, 0 if horizontal else i * 90, 200, 50
            )
            scene.addItem(rect)
            QGraphicsSimpleTextItem(name, rect)
    for _, title, lane, phase, position in cards:
        rect = QGraphicsRectItem(column[phase] * 210, row[lane] * 90 + position * 80, 190, 74)
        scene.addItem(rect)
        QGraphicsSimpleTextItem(title, rect)


def open_floor(path: Path) -> dict:
    """Plain rect and text items built from raw sqlite3 rows of the same file."""
    from PySide6.QtWidgets import QGraphicsScene

    app = _app()
    start = time.perf_counter()
    phases, lanes, cards = _raw_rows(path)
    scene = QGraphicsScene()
    _board_items(scene, phases, lanes, cards)
    _settle(app)
    return {"seconds": time.perf_counter() - start, "items": len(scene.items())}


def open_app(path: Path) -> dict:
    """Opening the workshop in the main window until the board is built."""
    from widgets.window.main_window import MainWindow

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
    from widgets.window.main_window import MainWindow

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
    move, rate, floor, refresh = [], [], [], []
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
        execute(
            document,
            MoveCommand(
                document, "card", card.id, 0, {"lane_id": card.lane_id, "phase_id": target}
            ),
        )
        move.append(time.perf_counter() - start)
        phase_of[card.id] = target
        start = time.perf_counter()
        execute(document, RateCommand(document, card.id, participant, ((n % 5) - 2, 3)))
        rate.append(time.perf_counter() - start)
        start = time.perf_counter()
        _settle(app)  # the board, the filter bar and the menus catch up with both edits
        refresh.append(time.perf_counter() - start)
    raw.close()
    return {
        "move": statistics.median(move),
        "rate": statistics.median(rate),
        "floor": statistics.median(floor),
        "refresh": statistics.median(refresh),
    }


class _Drag:
    """A drag of the first card of the current map, one synthesised mouse move at a time."""

    def __init__(self, app, window) -> None:
        from PySide6.QtCore import QEvent, QPointF, Qt

        self.app, self.window = app, window
        view, scene = window.board_view, window.board_scene
        card_id = window.document.cards(window.current_map_id)[0].id
        view.ensure_visible(card_id)
        _settle(app)
        item = scene.card_item(card_id)
        self.viewport = view.viewport()
        self.origin = QPointF(view.mapFromScene(item.sceneBoundingRect().center()))
        self._send(
            QEvent.Type.MouseButtonPress,
            self.origin,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.LeftButton,
        )

    def _send(self, kind, pos, button, buttons) -> None:
        from PySide6.QtCore import QPointF, Qt
        from PySide6.QtGui import QMouseEvent

        global_pos = self.viewport.mapToGlobal(pos)
        event = QMouseEvent(
            kind, pos, QPointF(global_pos), button, buttons, Qt.KeyboardModifier.NoModifier
        )
        self.app.sendEvent(self.viewport, event)

    def frame(self, n: int) -> float:
        """One move and its repaint; seconds."""
        from PySide6.QtCore import QEvent, QPointF, Qt

        pos = QPointF(self.origin.x() + 10 + (n * 7) % 600, self.origin.y() + (n * 5) % 300)
        begin = time.perf_counter()
        self._send(QEvent.Type.MouseMove, pos, Qt.MouseButton.NoButton, Qt.MouseButton.LeftButton)
        self.viewport.repaint()
        return time.perf_counter() - begin

    def release(self) -> None:
        from PySide6.QtCore import QEvent, Qt

        self._send(
            QEvent.Type.MouseButtonRelease,
            self.origin,
            Qt.MouseButton.LeftButton,
            Qt.MouseButton.NoButton,
        )
        _settle(self.app)


def drag(path: Path, rounds: int) -> dict:
    """Time per synthesised mouse move while dragging one card, including the repaint."""
    app, window = _shown_window(path)
    dragging = _Drag(app, window)
    times = [dragging.frame(n) for n in range(rounds)]
    dragging.release()
    return {"frame": statistics.median(times[3:] or times)}


def drag_room(path: Path, rounds: int) -> dict:
    """The drag frame with no room, then while 30 phones rate 40 touchpoints each.

    The room is the window's own (Room panel, silent round on loopback); the phones run
    in another process. Each frame here is a move, its repaint and one event-loop turn,
    in which the GUI thread also stores what the phones sent since the last frame.
    """
    import subprocess
    import threading

    app, window = _shown_window(path)
    dragging = _Drag(app, window)

    def frame(n: int) -> float:
        begin = time.perf_counter()
        dragging.frame(n)
        app.processEvents()
        return time.perf_counter() - begin

    quiet = [frame(n) for n in range(rounds)]
    window.panels.room_dock.show()
    panel = window.panels.room
    panel.host.setCurrentIndex(panel.host.findText("127.0.0.1"))
    panel.start()
    cards = [c.id for c in window.document.cards(window.current_map_id) if c.kind == "touchpoint"][
        :40
    ]
    load = subprocess.Popen(
        [sys.executable, "-m", "bench.room", panel.url, "30", *cards],
        stdout=subprocess.PIPE,
        text=True,
    )
    lines: list[str] = []
    reader = threading.Thread(target=lambda: lines.extend(load.stdout), daemon=True)
    reader.start()
    while "joined\n" not in lines and load.poll() is None:
        app.processEvents()  # the phones join through the GUI thread
        time.sleep(0.001)
    loaded = []
    while load.poll() is None:
        loaded.append(frame(len(loaded)))
    reader.join()
    dragging.release()
    stored = panel.hub.pending_count()
    panel.stop()
    panel.hub.discard()
    answered = next((int(x.split()[1]) for x in lines if x.startswith("answered")), 0)
    return {
        "quiet": statistics.median(quiet[3:] or quiet),
        "loaded": statistics.median(loaded[3:] or loaded) if loaded else 0.0,
        "frames": len(loaded),
        "answered": answered,
        "stored": stored,
    }


PDF_SHAPES = (
    "rect",
    "roundRect",
    "circle",
    "ellipse",
    "wedge",
    "line",
    "drawPath",
    "bezier",
    "drawImage",
    "drawInlineImage",
    "doForm",
)


def pdf_count(path: Path) -> dict:
    """What the real export draws: shapes, text runs (with characters) and pages.

    Not timed: the canvas's drawing methods are wrapped to count calls (``lines`` counts
    each of its lines), and every string a text object writes is counted, so strings
    from Paragraphs and table cells count as well as ``drawString``. The PDF floor
    then draws exactly that many rectangles and strings.
    """
    import functools
    import tempfile

    from reportlab.pdfgen.canvas import Canvas
    from reportlab.pdfgen.textobject import PDFTextObject

    from export.pdf import write_pdf
    from storage.workshop import Workshop

    counts = {"shapes": 0, "strings": 0, "chars": 0, "pages": 0}

    def counting(method, key, weight=lambda *a: 1):
        @functools.wraps(method)
        def wrapper(self, *args, **kwargs):
            counts[key] += weight(*args)
            return method(self, *args, **kwargs)

        return wrapper

    for name in PDF_SHAPES:
        setattr(Canvas, name, counting(getattr(Canvas, name), "shapes"))
    Canvas.lines = counting(Canvas.lines, "shapes", lambda lines, *_: len(lines))
    Canvas.showPage = counting(Canvas.showPage, "pages")
    format_text = PDFTextObject._formatText

    def counted_text(self, text):
        if text:
            counts["strings"] += 1
            counts["chars"] += len(text)
        return format_text(self, text)

    PDFTextObject._formatText = counted_text
    with tempfile.TemporaryDirectory() as folder, Workshop.open(path, readonly=True) as w:
        write_pdf(w, Path(folder) / "out.pdf", page_size="A3")
    return counts


def pdf_floor(path: Path, counts: str) -> dict:
    """ReportLab drawing what the export draws (see ``pdf_count``) on a plain canvas.

    The same page size (A3 landscape), the same number of pages, the same embedded
    TrueType font (DejaVu Sans, registered with bare ReportLab), as many filled and
    stroked rectangles as the export draws shapes, and as many strings of the same
    mean length as it writes text runs, each with its own colour and font setting.
    No layout, no Platypus, no wrapping: the cost of the bare library's output.
    """
    import io

    from reportlab.lib.pagesizes import A3, landscape
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.ttfonts import TTFont
    from reportlab.pdfgen.canvas import Canvas

    want = json.loads(counts)
    fonts = Path(__file__).resolve().parent.parent / "resources" / "fonts"
    start = time.perf_counter()
    pdfmetrics.registerFont(TTFont("FloorSans", str(fonts / "DejaVuSans.ttf")))
    buffer = io.BytesIO()
    canvas = Canvas(buffer, pagesize=landscape(A3))
    pages = max(1, want["pages"])
    shapes, strings = want["shapes"], want["strings"]
    length = max(1, round(want["chars"] / max(1, strings)))
    sample = ("Touchpoint with a title of realistic length 0123456789 " * 8)[:length]
    for page in range(pages):
        for n in range(shapes * page // pages, shapes * (page + 1) // pages):
            x, y = 20 + (n % 40) * 28, 20 + (n // 40) % 30 * 26
            canvas.setFillColorRGB((n % 7) / 7, 0.5, 0.5)
            canvas.rect(x, y, 24, 20, stroke=1, fill=1)
        for n in range(strings * page // pages, strings * (page + 1) // pages):
            x, y = 20 + (n % 6) * 190, 20 + (n // 6) % 60 * 13
            canvas.setFillColorRGB(0.1, 0.1, (n % 5) / 5)
            canvas.setFont("FloorSans", 7.5)
            canvas.drawString(x, y, sample)
        canvas.showPage()
    canvas.save()
    return {"seconds": time.perf_counter() - start, "bytes": len(buffer.getvalue())}


def pdf_app(path: Path) -> dict:
    """The real PDF export of the workshop (A3), as ``journeyboard export --pdf`` does."""
    import tempfile

    from export.pdf import write_pdf
    from storage.workshop import Workshop

    with tempfile.TemporaryDirectory() as folder, Workshop.open(path, readonly=True) as w:
        start = time.perf_counter()
        write_pdf(w, Path(folder) / "out.pdf", page_size="A3")
        seconds = time.perf_counter() - start
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": seconds, "mb": peak_kb / 1024}


def rss(path: Path) -> dict:
    """Peak resident memory with the workshop open in the main window."""
    _app_alive, _window_alive = _shown_window(path)  # both alive while the peak is read
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"mb": peak_kb / 1024}


def import_json(path: Path, size: str) -> dict:
    """``journeyboard import FILE.json OUT.journey`` of the generated workshop ``size``.

    The JSON text is written first (not timed) next to ``path``; the time is reading,
    parsing and checking it and writing the new workshop file, as the command does.
    """
    from bench.generate import workshop_dict
    from export.importing import read_source
    from export.interchange import load, to_text

    source = path.parent / f"import-{size}.json"
    if not source.exists():
        source.write_text(to_text(workshop_dict(size)), encoding="utf-8")
    target = path.parent / f"import-{size}.journey"
    target.unlink(missing_ok=True)
    start = time.perf_counter()
    load(read_source(source), target)
    seconds = time.perf_counter() - start
    target.unlink()
    peak_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return {"seconds": seconds, "mb": peak_kb / 1024}


def open_shown(path: Path) -> dict:
    """Opening the workshop in a shown window until its first screen is painted."""
    from widgets.window.main_window import MainWindow

    app = _app()
    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    _settle(app)
    start = time.perf_counter()
    window.open_file(path)
    _settle(app)
    window.repaint()
    return {"seconds": time.perf_counter() - start}


def pan(path: Path, rounds: int) -> dict:
    """Time per pan step of the board (scroll by 40 px right and down, then repaint)."""
    app, window = _shown_window(path)
    view = window.board_view
    horizontal, vertical = view.horizontalScrollBar(), view.verticalScrollBar()
    times = []
    for n in range(rounds):
        begin = time.perf_counter()
        horizontal.setValue(horizontal.value() + (40 if n % 40 < 20 else -40))
        vertical.setValue(vertical.value() + 40)
        view.viewport().repaint()
        times.append(time.perf_counter() - begin)
    del app
    return {"frame": statistics.median(times[3:] or times)}


def zoom(path: Path, rounds: int) -> dict:
    """Time per zoom step (in, then out again) of the board, with its repaint."""
    app, window = _shown_window(path)
    view = window.board_view
    times = []
    for n in range(rounds):
        begin = time.perf_counter()
        factor = 1.1 if n % 10 < 5 else 1 / 1.1
        view.scale(factor, factor)
        view.viewport().repaint()
        times.append(time.perf_counter() - begin)
    del app
    return {"frame": statistics.median(times[3:] or times)}


def filter_board(path: Path, rounds: int) -> dict:
    """Setting a filter in the filter bar until the board shows it (and clearing it)."""
    app, window = _shown_window(path)
    bar = window.panels.filters
    assert bar is not None
    channels = [c.id for c in window.document.channels()] if window.document else []
    times = []
    for n in range(rounds):
        begin = time.perf_counter()
        bar.set_criteria(channel_id=channels[n % len(channels)] if n % 2 == 0 else None)
        _settle(app)
        window.board_view.viewport().repaint()
        times.append(time.perf_counter() - begin)
    return {"seconds": statistics.median(times)}


SCENARIOS = {
    "start_floor": start_floor,
    "start_app": start_app,
    "open_floor": open_floor,
    "open_app": open_app,
    "pdf_count": pdf_count,
    "pdf_floor": pdf_floor,
    "pdf_app": pdf_app,
    "rss": rss,
    "import_json": import_json,
    "open_shown": open_shown,
}
LOOPED = {
    "edit": edit,
    "drag": drag,
    "drag_room": drag_room,
    "pan": pan,
    "zoom": zoom,
    "filter": filter_board,
}


def main(argv: list[str]) -> int:
    name, path = argv[0], Path(argv[1])
    if name in LOOPED:
        result = LOOPED[name](path, int(argv[2]) if len(argv) > 2 else 20)
    else:
        result = SCENARIOS[name](path, *argv[2:])
    sys.stdout.write(json.dumps(result) + "\n")
    sys.stdout.flush()
    os._exit(0)  # skip interpreter teardown: not part of any figure


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
