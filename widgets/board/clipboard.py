"""GUI: cards on the clipboard and palette entries in drags, as vendor MIME types.

Both carry JSON: the clipboard the fields of the copied cards (no ids, no places), a
palette drag what to create ({"kind": "touchpoint", "channel_id": ...} or
{"kind": "note", "note_type": ...}).
"""

from __future__ import annotations

import atexit
import json
from typing import TYPE_CHECKING, Any

from PySide6.QtCore import QCoreApplication, QMimeData
from PySide6.QtGui import QGuiApplication

from app.rows import NOTE_TYPES, Card
from app.templates import FORMAT_VERSION

if TYPE_CHECKING:
    from widgets.board.scene import BoardScene

CARDS_MIME = "application/x-journeyboard-cards"
PALETTE_MIME = "application/x-journeyboard-palette"
CARD_FIELDS = (
    "kind",
    "note_type",
    "title",
    "description",
    "channel_id",
    "direct",
    "expectation",
    "owner",
    "kpi",
)


def cards_mime(cards: list[Card]) -> QMimeData:
    """MIME data holding the fields of ``cards`` (and their titles as plain text)."""
    payload = {
        "format": "journeyboard-cards",
        "version": FORMAT_VERSION,
        "cards": [{name: getattr(card, name) for name in CARD_FIELDS} for card in cards],
    }
    mime = QMimeData()
    mime.setData(CARDS_MIME, json.dumps(payload, ensure_ascii=False).encode("utf-8"))
    mime.setText("\n".join(card.title for card in cards))
    return mime


def cards_from_mime(mime: QMimeData | None) -> list[dict[str, Any]]:
    """The card fields held by ``mime``; [] when it holds none (or is malformed)."""
    if mime is None or not mime.hasFormat(CARDS_MIME):
        return []
    try:
        payload = json.loads(bytes(mime.data(CARDS_MIME).data()).decode("utf-8"))
        cards = payload["cards"]
    except (ValueError, KeyError, TypeError):
        return []
    result = []
    for entry in cards if isinstance(cards, list) else []:
        if not isinstance(entry, dict):
            continue
        fields = {name: entry[name] for name in CARD_FIELDS if name in entry}
        if fields.get("kind") not in ("touchpoint", "note"):
            continue
        if fields["kind"] == "note" and fields.get("note_type") not in NOTE_TYPES:
            continue
        if fields["kind"] == "touchpoint":
            fields["note_type"] = None
        for name in ("title", "description", "expectation", "owner", "kpi"):
            if not isinstance(fields.get(name, ""), str):
                fields.pop(name)
        if not isinstance(fields.get("direct", True), bool):
            fields.pop("direct")
        if not isinstance(fields.get("channel_id"), str):
            fields["channel_id"] = None
        result.append(fields)
    return result


def palette_mime(entry: dict[str, Any]) -> QMimeData:
    """MIME data of a palette drag: what the drop creates."""
    mime = QMimeData()
    mime.setData(PALETTE_MIME, json.dumps(entry).encode("utf-8"))
    return mime


def palette_entry(mime: QMimeData | None) -> dict[str, Any] | None:
    """The palette entry carried by ``mime``, or None when it carries none we know."""
    if mime is None or not mime.hasFormat(PALETTE_MIME):
        return None
    try:
        entry = json.loads(bytes(mime.data(PALETTE_MIME).data()).decode("utf-8"))
    except ValueError:
        return None
    if not isinstance(entry, dict):
        return None
    if entry.get("kind") == "note" and entry.get("note_type") in NOTE_TYPES:
        return {"kind": "note", "note_type": entry["note_type"]}
    if entry.get("kind") == "touchpoint":
        channel = entry.get("channel_id")
        return {"kind": "touchpoint", "channel_id": channel if isinstance(channel, str) else None}
    return None


# -- the Edit menu's clipboard commands ------------------------------------------------------


def copy_cards(scene: BoardScene) -> int:
    """Put the selected cards on the clipboard; returns how many."""
    state = scene.state
    ids = scene.selected_card_ids()
    if state is None or not ids:
        return 0
    _set_clipboard(cards_mime([state.cards[i] for i in ids]))
    return len(ids)


_clear_at_exit = False


def _set_clipboard(mime: QMimeData) -> None:
    global _clear_at_exit
    QGuiApplication.clipboard().setMimeData(mime)
    if not _clear_at_exit and QGuiApplication.platformName() == "offscreen":
        # Qt's offscreen clipboard crashes the interpreter's exit while it still owns
        # data set from Python (PySide6 6.12): empty it first. Real platforms keep it.
        atexit.register(lambda: QGuiApplication.instance() and QGuiApplication.clipboard().clear())
        _clear_at_exit = True


def cut_cards(scene: BoardScene) -> int:
    """Copy the selected cards, then delete them (one undo step)."""
    ids = scene.selected_card_ids()
    count = copy_cards(scene)
    if count:
        scene.edits.delete_cards(ids)
    return count


def paste_target(scene: BoardScene) -> tuple[str, str, int | None] | None:
    """Where pasted cards go: after the last selected card, else the current cell's end."""
    state = scene.state
    ids = scene.selected_card_ids()
    if state is not None and ids:
        last = state.cards[ids[-1]]
        index = scene.document.index_of("card", last.id) + 1 if scene.document else None
        return last.lane_id, last.phase_id, index
    if scene.current_cell is not None:
        return scene.current_cell[0], scene.current_cell[1], None
    return None


def paste_cards(scene: BoardScene) -> list[str]:
    """Create the clipboard's cards in the paste target (one undo step); returns their ids."""
    cards = cards_from_mime(QGuiApplication.clipboard().mimeData())
    if not cards:
        scene.message.emit(QCoreApplication.translate("clipboard", "No cards on the clipboard"))
        return []
    target = paste_target(scene)
    if target is None:
        scene.message.emit(
            QCoreApplication.translate("clipboard", "Select a cell or a card to paste into")
        )
        return []
    lane_id, phase_id, index = target
    text = (
        QCoreApplication.translate("clipboard", "Paste card")
        if len(cards) == 1
        else QCoreApplication.translate("clipboard", "Paste %d cards") % len(cards)
    )
    return scene.edits.insert_cards(cards, lane_id, phase_id, index, text)
