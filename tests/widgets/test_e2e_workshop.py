"""A whole workshop through the real window, as a facilitator runs it: German and English.

Start screen -> new workshop from the 7-phase template -> workshop title -> two personas
and four participants from their panels -> a channel of one's own -> 12 touchpoints and 4
notes, by keyboard and by dragging from the palette -> every touchpoint rated by three
participants with the keyboard only -> moments of truth -> the to-be map -> presentation
mode -> PDF and CSV from the export dialogs. Every step goes through the widgets a person
uses (mouse clicks, key presses, drops on the board), on the 1280 x 720 offscreen screen,
and the test asserts what the person would see: the board, the panels, the file, the
exported files.

The ratings are random with a printed seed (``JOURNEYBOARD_TEST_SEED`` replays a run).
"""

from __future__ import annotations

import csv
import random
import sqlite3
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QDialogButtonBox,
    QFileDialog,
    QLineEdit,
    QMessageBox,
)

from tests.seed import SEED
from tests.widgets.board_helpers import (
    Gestures,
    cell_point,
    click_button,
    type_text,
    when_dialog_opens,
)

TEXTS = {
    "de": {
        "title": "Kundenreise Bäckerei Sonnenkorn",
        "personas": ["Lena", "Tom"],
        "participants": ["Anna", "Ben", "Clara", "Dara"],
        "channel": "Wochenmarkt",
        "to_be": "Soll-Zustand",
        "as_is": "Ist-Zustand",
        "first_phase": "Bewusstsein",
        "notes_lanes": ("Schmerzpunkte", "Ideen"),
        "rating_as": "Bewertung als: %s",
        "ok": "OK",
        "close": "Schließen",
        "moments": "Moments of Truth",
        "compare": "Ist vs. Soll",
    },
    "en": {
        "title": "Sonnenkorn bakery journey",
        "personas": ["Lena", "Tom"],
        "participants": ["Anna", "Ben", "Clara", "Dara"],
        "channel": "Farmers' market",
        "to_be": "To-be",
        "as_is": "As-is",
        "first_phase": "Awareness",
        "notes_lanes": ("Pain points", "Ideas"),
        "rating_as": "Rating as: %s",
        "ok": "OK",
        "close": "Close",
        "moments": "Moments of Truth",
        "compare": "As-is vs. to-be",
    },
}

# (lane: persona index, phase index, title, how it is added); channel by palette row.
TOUCHPOINTS = [
    (0, 0, "Flyer im Briefkasten", "keys"),
    (0, 0, "Instagram-Story", "drop"),
    (0, 1, "Shop am Handy", "keys"),
    (0, 2, "Lieferfenster", "drop"),
    (0, 3, "Bezahlen mit PayPal", "keys"),
    (0, 4, "Lieferung kommt spät", "drop"),
    (1, 0, "Kollegin empfiehlt", "drop"),
    (1, 1, "Catering-Preise", "keys"),
    (1, 2, "Angebot per E-Mail", "drop"),
    (1, 3, "Rechnung für die Firma", "keys"),
    (1, 5, "Stammkundenkarte", "drop"),
    (1, 6, "Wochenmarkt-Stand", "keys"),
]
NOTES = [
    (0, 4, "Zu spät geliefert", "pain", "drop"),
    (0, 1, "App kaum bedienbar", "pain", "keys"),
    (1, 4, "SMS vor der Lieferung", "idea", "drop"),
    (1, 3, "Sammelrechnung", "idea", "keys"),
]


def _seed() -> int:
    return SEED  # the run's, in its header


@pytest.fixture
def german_or_english(request: pytest.FixtureRequest) -> Any:
    from widgets import i18n

    lang = request.param
    app = QApplication.instance()
    assert i18n.install_translator(app, lang)
    yield lang
    i18n.install_translator(app, "en")


def _palette_row(palette: Any, entry: dict[str, Any]) -> int:
    for row in range(palette.list.count()):
        data = palette.list.item(row).data(Qt.ItemDataRole.UserRole + 1)
        if data and all(data.get(k) == v for k, v in entry.items()):
            return row
    raise AssertionError(f"no palette entry {entry}")


def _type_inline(window: Any, title: str) -> None:
    editor = window.board_view.inline_editor
    assert editor is not None, "adding a card opens its title for typing"
    editor.selectAll()
    type_text(editor, title)
    QTest.keyClick(editor, Qt.Key.Key_Return)


def _add_card(
    window: Any,
    gestures: Gestures,
    entry: dict[str, Any],
    lane_id: str,
    phase_id: str,
    title: str,
    how: str,
) -> None:
    from widgets.board.clipboard import palette_mime

    point = cell_point(window, lane_id, phase_id)
    metrics = window.board_scene.metrics  # scrolled into view clear of the frozen headers
    window.board_view.ensureVisible(
        point.x(),
        point.y(),
        1,
        1,
        int(metrics.lane_header_width) + 40,
        int(metrics.phase_header_height) + 40,
    )
    if how == "drop":
        assert gestures.drop(palette_mime(entry), point)
    else:  # click the cell, then the palette entry by keyboard
        gestures.click(point)
        palette = window.palette_widget
        palette.list.setFocus()
        palette.list.setCurrentRow(_palette_row(palette, entry))
        QTest.keyClick(palette.list, Qt.Key.Key_Return)
    _type_inline(window, title)


def _start_new_workshop(
    window: Any, qtbot: Any, lang: str, path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(path), ""))
    )
    screen = window.empty_state
    assert window.stack.currentWidget() is screen and screen.isVisible()
    screen.language.setCurrentIndex(screen.language.findData(lang))
    QTest.mouseClick(screen.template_buttons["7-phases"], Qt.MouseButton.LeftButton)
    qtbot.waitUntil(lambda: window.document is not None)
    assert window.document.path == path and window.board_view.isVisible()


def _edit_title(window: Any, title: str) -> None:
    window.board_scene.clearSelection()
    window.inspector_dock.show()
    window.inspector_dock.raise_()
    field = window.inspector.workshop_title
    QTest.mouseClick(field, Qt.MouseButton.LeftButton)
    field.selectAll()
    type_text(field, title)
    QTest.keyClick(field, Qt.Key.Key_Return)


def _add_personas(window: Any, names: list[str]) -> list[str]:
    from widgets.personas import persona_mime_data

    window.panels.persona_dock.raise_()
    panel = window.panels.personas
    for name in names:

        def fill(dialog: Any, name: str = name) -> None:
            QTest.keyClicks(dialog.name_edit, name)
            QTest.mouseClick(
                dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok),
                Qt.MouseButton.LeftButton,
            )

        when_dialog_opens(fill)
        QTest.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
    doc = window.document
    ids = [p.id for p in doc.personas() if p.name in names]
    gestures = Gestures(window.board_view)
    for persona_id in ids:  # each dragged onto the board below the lanes there are
        lanes = doc.lanes(window.current_map_id)
        below = window.board_scene.frame.cell_rect(
            lanes[0].id, doc.phases(window.current_map_id)[0].id
        )
        from PySide6.QtCore import QPointF

        assert gestures.drop(persona_mime_data(persona_id), QPointF(below.x + 10, below.bottom - 4))
    return ids


def _add_participants(window: Any, names: list[str]) -> None:
    dock = window.panels.participant_dock
    dock.show()
    dock.raise_()
    panel = window.panels.participants
    for name in names:
        QTest.mouseClick(panel.add_button, Qt.MouseButton.LeftButton)
        # The new name is open for typing.
        editors = [e for e in panel.list.findChildren(QLineEdit) if e.isVisible()]
        assert len(editors) == 1
        editor = editors[0]
        editor.selectAll()
        type_text(editor, name)
        QTest.keyClick(editor, Qt.Key.Key_Return)
        QApplication.processEvents()


def _add_channel(window: Any, name: str) -> str:
    def fill(dialog: Any) -> None:
        type_text(dialog.name_edit, name)
        dialog.icon_combo.setCurrentIndex(dialog.icon_combo.findData("store"))
        QTest.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    when_dialog_opens(fill)
    QTest.mouseClick(window.palette_widget.new_channel_button, Qt.MouseButton.LeftButton)
    return window.document.channels()[-1].id


def _rate_all(
    window: Any,
    qtbot: Any,
    expected: dict[str, dict[str, tuple[int, int]]],
    participants: list[str],
    titles: list[str],
    rng: random.Random,
) -> None:
    """Each participant rates every touchpoint with the keyboard: R, digits, N/P."""
    view = window.board_view
    badge = window.panels.rater_badge
    doc = window.document
    window.activateWindow()  # back from the dialogs (a window manager does this itself)
    view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is view)
    for number, name in enumerate(participants):
        if number:
            QTest.keyClick(view, Qt.Key.Key_R)  # the next participant rates
        assert badge.isVisible() and name in badge.text()
        # Back and forth through the board: the first sweep starts from the note added
        # last (below every touchpoint), each later one where the one before ended.
        step = Qt.Key.Key_P if number % 2 == 0 else Qt.Key.Key_N
        seen = []
        for index in range(len(titles)):
            if number == 0 or index > 0:
                QTest.keyClick(view, step)
            (card_id,) = view.selected_card_ids()
            seen.append(card_id)
            experience, importance = rng.randint(-2, 2), rng.randint(1, 5)
            QTest.keyClick(view, getattr(Qt.Key, f"Key_{experience + 3}"))
            QTest.keyClick(
                view, getattr(Qt.Key, f"Key_{importance}"), Qt.KeyboardModifier.ShiftModifier
            )
            expected.setdefault(card_id, {})[name] = (experience, importance)
        assert sorted(doc.get("card", c).title for c in seen) == sorted(titles)


def _expected_moments(
    doc: Any, map_id: str, expected: dict[str, dict[str, tuple[int, int]]]
) -> list[str]:
    order = [c.id for c in doc.cards(map_id)]
    scored = []
    for card_id, ratings in expected.items():
        values = list(ratings.values())
        e = sum(v[0] for v in values) / len(values)
        i = sum(v[1] for v in values) / len(values)
        if e < 0:
            scored.append((-(i * -e), -i, order.index(card_id), card_id))
    return [card_id for *_key, card_id in sorted(scored)]


@pytest.mark.parametrize("german_or_english", ["de", "en"], indirect=True)
def test_a_whole_workshop_through_the_window(
    german_or_english: str, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from widgets.window.main_window import MainWindow

    lang = german_or_english
    t = TEXTS[lang]
    rng = random.Random(_seed())
    window = MainWindow()
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    path = tmp_path / f"workshop-{lang}.journey"

    # 1. A new workshop from the start screen's 7-phase template, titled in the window.
    _start_new_workshop(window, qtbot, lang, path, monkeypatch)
    doc = window.document
    as_is = window.current_map_id
    assert doc.get("map", as_is).name == t["as_is"]
    assert window.board_scene.phase_item(doc.phases(as_is)[0].id).look.name == t["first_phase"]
    _edit_title(window, t["title"])
    assert doc.title() == t["title"] and window.windowTitle().startswith(t["title"])

    # 2. Personas with lanes, participants, a channel of our own.
    persona_ids = _add_personas(window, t["personas"])
    lanes = {lane.name: lane.id for lane in doc.lanes(as_is)}
    assert set(t["personas"]) <= set(lanes)
    _add_participants(window, t["participants"])
    assert [p.name for p in doc.participants()] == t["participants"]
    assert window.panels.selector.count() == 4
    channel_id = _add_channel(window, t["channel"])
    entries = window.palette_widget.list.entries()
    assert {"kind": "touchpoint", "channel_id": channel_id} in entries

    # 3. Twelve touchpoints and four notes, by keyboard and by dragging from the palette.
    gestures = Gestures(window.board_view)
    phases = [p.id for p in doc.phases(as_is)]
    persona_lanes = [lanes[name] for name in t["personas"]]
    channels = [c.id for c in doc.channels()]
    for number, (lane, phase, title, how) in enumerate(TOUCHPOINTS):
        channel = channel_id if title.startswith("Wochenmarkt") else channels[number % 9]
        _add_card(
            window,
            gestures,
            {"kind": "touchpoint", "channel_id": channel},
            persona_lanes[lane],
            phases[phase],
            title,
            how,
        )
    notes_lanes = [lanes[name] for name in t["notes_lanes"]]
    for lane, phase, title, note_type, how in NOTES:
        _add_card(
            window,
            gestures,
            {"kind": "note", "note_type": note_type},
            notes_lanes[lane],
            phases[phase],
            title,
            how,
        )
    cards = doc.cards(as_is)
    touchpoint_titles = [title for _l, _p, title, _h in TOUCHPOINTS]
    assert sorted(c.title for c in cards if c.kind == "touchpoint") == sorted(touchpoint_titles)
    assert sorted(c.title for c in cards if c.kind == "note") == sorted(n[2] for n in NOTES)
    market = next(c for c in cards if c.title == "Wochenmarkt-Stand")
    assert market.channel_id == channel_id and market.phase_id == phases[6]
    shown = {item.look.title for item in window.board_scene.card_items().values()}
    assert shown == {c.title for c in cards}

    # 4. Three participants rate every touchpoint with the keyboard only.
    expected: dict[str, dict[str, tuple[int, int]]] = {}
    _rate_all(window, qtbot, expected, t["participants"][:3], touchpoint_titles, rng)
    names = {p.name: p.id for p in doc.participants()}
    for card_id, ratings in expected.items():
        for name, value in ratings.items():
            assert doc.rating(card_id, names[name]) == value
    assert all(doc.rating(c, names["Dara"]) is None for c in expected)

    # 5. The moments of truth, as the panel lists them.
    window.panels.moments_dock.toggleViewAction().trigger()
    qtbot.waitUntil(lambda: window.panels.moments is not None and window.panels.moments.isVisible())
    moments = window.panels.moments
    qtbot.waitUntil(lambda: moments.card_ids() == _expected_moments(doc, as_is, expected))

    # 6. The to-be map: named in the workshop's language, rated afresh.
    when_dialog_opens(lambda dialog: click_button(dialog, t["ok"]))
    window.acts.new_to_be.trigger()
    to_be = window.current_map_id
    assert to_be != as_is and doc.get("map", to_be).name == t["to_be"]
    assert window.map_combo.currentText() == t["to_be"]
    assert len(doc.cards(to_be)) == 16 and not any(doc.ratings(to_be).values())
    window.set_current_map(as_is)

    # 7. Presentation mode: only the board; the arrow keys step; Esc leaves.
    window.activateWindow()
    window.board_view.setFocus()
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.board_view)
    QTest.keyClick(window.board_view, Qt.Key.Key_F5)
    assert window.acts.presentation.isChecked()
    assert window.menuBar().isHidden() and window.toolbar.isHidden()
    assert not window.panels.rating_dock.isVisible()
    QTest.keyClick(window, Qt.Key.Key_Right)
    QTest.keyClick(window, Qt.Key.Key_Escape)
    qtbot.waitUntil(lambda: not window.menuBar().isHidden())
    assert window.toolbar.isVisible()

    # 8. PDF and CSV through the export dialogs.
    pdf = tmp_path / "workshop.pdf"
    csv_path = tmp_path / "touchpoints.csv"
    done: list[str] = []
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(pdf), ""))
    )

    def close_done(box: Any) -> None:
        assert isinstance(box, QMessageBox)
        done.append(box.text())
        click_button(box, t["close"])

    def export_pdf(dialog: Any) -> None:
        when_dialog_opens(close_done, kind=QMessageBox)
        QTest.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    when_dialog_opens(export_pdf)
    window.acts.export_pdf.trigger()
    qtbot.waitUntil(lambda: len(done) == 1)
    assert str(pdf) in done[0] and pdf.is_file()
    from pypdf import PdfReader

    text = "\n".join(page.extract_text() for page in PdfReader(str(pdf)).pages)
    for wanted in (
        t["title"],
        t["first_phase"],
        "Wochenmarkt-Stand",
        "Zu spät geliefert",
        t["to_be"],
        t["compare"],
        *t["personas"],
    ):
        assert wanted in text, wanted
    top_moment = doc.get("card", _expected_moments(doc, as_is, expected)[0]).title
    assert top_moment in text

    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *args, **kwargs: (str(csv_path), ""))
    )
    from widgets.export_dialog import CsvExportDialog

    delimiter = ";" if lang == "de" else ","  # what Excel in that language splits on

    def export_csv(dialog: Any) -> None:
        assert dialog.separator.currentData() == delimiter
        when_dialog_opens(close_done, kind=QMessageBox)
        QTest.mouseClick(
            dialog.buttons.button(QDialogButtonBox.StandardButton.Ok), Qt.MouseButton.LeftButton
        )

    when_dialog_opens(export_csv, kind=CsvExportDialog)
    window.acts.export_csv.trigger()
    qtbot.waitUntil(lambda: len(done) == 2)
    raw = csv_path.read_text(encoding="utf-8-sig")
    rows = list(csv.reader(raw.splitlines(), delimiter=delimiter))
    assert rows[0][:4] == (
        ["Karte", "Phase", "Bahn", "Titel"] if lang == "de" else ["map", "phase", "lane", "title"]
    )
    body = "\n".join(delimiter.join(row) for row in rows[1:])
    for title in touchpoint_titles:
        assert title in body, title

    # 9. The file holds the workshop as it was made, after the window is closed.
    window.close_file()
    window.close()
    with sqlite3.connect(f"file:{path}?mode=ro", uri=True) as db:
        assert db.execute("SELECT title, language FROM workshop").fetchone() == (t["title"], lang)
        assert db.execute("SELECT count(*) FROM participant").fetchone() == (4,)
        assert db.execute("SELECT count(*) FROM persona").fetchone() == (3,)
        assert db.execute("SELECT count(*) FROM card WHERE map_id = ?", (as_is,)).fetchone() == (
            16,
        )
        assert db.execute(
            "SELECT count(*) FROM rating JOIN card ON card.id = rating.card_id"
            " WHERE card.map_id = ?",
            (as_is,),
        ).fetchone() == (36,)
        assert db.execute("SELECT name FROM channel WHERE id = ?", (channel_id,)).fetchone() == (
            t["channel"],
        )
    assert persona_ids
