"""Room: the GUI-thread side of a room: who joined, the ratings, the silent round.

The server thread never touches the workshop: it submits work through the ``GuiBridge``
and the hub runs it here, where the document lives. Ratings that arrive together are
stored together: in the file in one transaction (a live room, the headless
``journeyboard room``), or in the side journal with one flush (a silent round, which the
reveal applies to the file as one undo step).
"""

from __future__ import annotations

import contextlib
import secrets
from collections.abc import Callable
from concurrent.futures import Future
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal

from app.commands import Command, execute
from app.document import Change, JourneyDocument
from room.bridge import GuiBridge
from room.journal import Journal, Pending
from room.validate import RoomError, clean_name, name_key
from storage.errors import JourneyError


@dataclass
class Progress:
    """One joined participant as the facilitator sees it."""

    participant_id: str
    name: str
    rated: int  # touchpoints of the room's map this participant has rated
    total: int

    @property
    def finished(self) -> bool:
        return self.total > 0 and self.rated >= self.total


NEW_NAMES_PER_ADDRESS = 5  # a phone that adds more names is not one person


class RevealCommand(Command):
    """The silent round's ratings written into the file: one undo step, one transaction."""

    def __init__(
        self, document: JourneyDocument, items: list[tuple[str, str, tuple[int, int]]]
    ) -> None:
        super().__init__(document, QCoreApplication.translate("room", "Reveal the room's ratings"))
        self.items = items
        self._old: list[tuple[int, int] | None] = []

    def apply(self) -> None:
        self._old = self.document.set_ratings(list(self.items))

    def revert(self) -> None:
        self.document.set_ratings(
            [
                (card, participant, old)
                for (card, participant, _v), old in zip(self.items, self._old, strict=True)
            ]
        )


class _Write:
    """A rating waiting for the end of the batch; the phone's answer waits with it."""

    def __init__(self, participant: str, card: str, value: tuple[int, int]) -> None:
        self.participant, self.card, self.value = participant, card, value


class RoomHub(QObject):
    """A room on one open document; every method runs on the GUI thread.

    ``silent``: ratings wait in the journal until ``reveal`` (the window's rounds);
    otherwise they go into the file as they arrive (the headless room).
    """

    progressChanged = Signal()  # someone joined or rated, or the round changed
    message = Signal(str)  # something the facilitator should see (a replaced rating)
    revealed = Signal(int)  # the number of ratings the reveal wrote

    def __init__(
        self, document: JourneyDocument, map_id: str, *, silent: bool, parent: QObject | None = None
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.map_id = map_id
        self.silent = silent
        self.phase_id: str | None = None  # the phase phones show; None: all
        self.bridge = GuiBridge(self._run_batch, self)
        self.journal = Journal(document.path)
        self.pending: dict[tuple[str, str], Pending] = self.journal.read() if silent else {}
        self.joined: dict[str, str] = {}  # session key -> participant id
        self._created: dict[str, int] = {}  # address -> participants it added
        self.event_sink: Callable[[str, dict[str, Any]], None] | None = None
        self._board: dict[str, Any] | None = None
        self._ids: tuple[set[str], set[str]] | None = None
        self._applying = False
        self._notify = QTimer(self, singleShot=True, interval=250)
        self._notify.timeout.connect(self._board_changed)
        document.changed.connect(self._document_changed)

    # -- what phones ask (run through the bridge) --------------------------------------------

    def board(self, session: str | None) -> dict[str, Any]:
        """The contract's ``api/board``: the map being rated, and this phone's ratings."""
        if self._board is None:
            self._board = self._read_board()
        board = dict(self._board)
        board["phase_now"] = self.phase_id
        participant = self.joined.get(session or "")
        board["you"] = participant
        board["mine"] = self._ratings_of(participant) if participant else {}
        return board

    def join(self, session: str, name: str, address: str = "") -> dict[str, Any]:
        """Join by name; the same name (any case) is the same participant."""
        name = clean_name(name)
        key = name_key(name)
        found = next(
            (p for p in self.document.participants() if name_key(" ".join(p.name.split())) == key),
            None,
        )
        if found is not None:
            participant, name = found.id, found.name
        else:
            if self._created.get(address, 0) >= NEW_NAMES_PER_ADDRESS:
                raise RoomError(429, "too many new names from this address; join with one of them")
            # A phone's own participant: not on the facilitator's undo stack (another
            # person's change), like the ratings that follow it.
            participant = self.document.add("participant", name=name)
            self._created[address] = self._created.get(address, 0) + 1
        self.joined[session] = participant
        self.progressChanged.emit()
        return {"participant": participant, "name": name, "ratings": self._ratings_of(participant)}

    def rate(
        self, session: str | None, participant: str, card: str, value: tuple[int, int]
    ) -> _Write:
        """Check a rating; it is stored at the end of the batch (see ``_run_batch``)."""
        if card not in self._known()[0]:
            raise RoomError(404, f"touchpoint {card!r}: not on the map being rated")
        if participant not in self._known()[1]:
            raise RoomError(404, f"participant {participant!r}: unknown; join again")
        if self.joined.get(session or "") != participant:
            raise RoomError(
                403, f"participant {participant!r}: this phone did not join as that participant"
            )
        return _Write(participant, card, value)

    # -- the facilitator's side ---------------------------------------------------------------

    def set_map(self, map_id: str) -> None:
        if map_id != self.map_id:
            self.map_id, self.phase_id, self._ids = map_id, None, None
            self._board_changed()

    def set_phase(self, phase_id: str | None) -> None:
        """Move the phones to one phase (None: all phases)."""
        self.phase_id = phase_id
        self._send("state", {"phase": phase_id})

    def progress(self) -> list[Progress]:
        """Every joined participant with how many touchpoints they rated (file or round)."""
        cards = [c.id for c in self.document.cards(self.map_id) if c.kind == "touchpoint"]
        rated: dict[str, set[str]] = {}
        for card_id, ratings in self.document.ratings(self.map_id).items():
            for rating in ratings:
                rated.setdefault(rating.participant_id, set()).add(card_id)
        for participant, card_id in self.pending:
            rated.setdefault(participant, set()).add(card_id)
        people = {p.id: p.name for p in self.document.participants()}
        joined = dict.fromkeys(self.joined.values())
        joined.update(dict.fromkeys(p for p, _c in self.pending))
        wanted = set(cards)
        return [
            Progress(p, people[p], len(rated.get(p, set()) & wanted), len(cards))
            for p in joined
            if p in people
        ]

    def pending_count(self) -> int:
        return len(self.pending)

    def reveal(self) -> int:
        """Write the round into the file as ONE undo step; returns how many ratings."""
        items = []
        for (participant, card), value in self.pending.items():
            card_row = self.document.get("card", card)
            if (
                card_row is None
                or card_row.kind != "touchpoint"
                or self.document.get("participant", participant) is None
            ):
                continue  # deleted since: nothing to rate
            if self.document.rating(card, participant) != value.base:
                continue  # the keyboard rated after the phone: the last rating stays
            items.append((card, participant, (value.experience, value.importance)))
        if items:
            self._applying = True
            try:
                execute(self.document, RevealCommand(self.document, items))
            finally:
                self._applying = False
        self.pending.clear()
        self.journal.remove()
        self.revealed.emit(len(items))
        self.progressChanged.emit()
        self._send("reveal", {"ratings": len(items)})
        return len(items)

    def discard(self) -> None:
        """Drop the round's ratings (the facilitator decided so)."""
        self.pending.clear()
        self.journal.remove()
        self.progressChanged.emit()

    def open_bridge(self) -> None:
        """Take work from a (new) server again."""
        self.bridge = GuiBridge(self._run_batch, self)

    def close_bridge(self) -> None:
        """Stop taking work from the server: phones are told, waiting requests refused."""
        self.bridge.close()
        self._send("closed", {})
        self.event_sink = None

    def close(self) -> None:
        """For good; the journal stays for the next room if a round is open."""
        self.close_bridge()
        self.journal.close()
        self._notify.stop()
        with contextlib.suppress(RuntimeError, TypeError):
            self.document.changed.disconnect(self._document_changed)

    # -- internals ------------------------------------------------------------------------------

    def _known(self) -> tuple[set[str], set[str]]:
        """The ids of the map's touchpoints and of the participants, read once per change."""
        if self._ids is None:
            self._ids = (
                {c.id for c in self.document.cards(self.map_id) if c.kind == "touchpoint"},
                {p.id for p in self.document.participants()},
            )
        return self._ids

    def _read_board(self) -> dict[str, Any]:
        data = self.document.map_data(self.map_id)
        channels = {c.id: c.name for c in self.document.channels()}
        phases = {p.id: p.name for p in data.phases}
        lanes = {lane.id: lane.name for lane in data.lanes}
        return {
            "title": self.document.title(),
            "language": self.document.language(),
            "map": data.map.name,
            "phases": [{"id": p.id, "name": p.name} for p in data.phases],
            "participants": [{"id": p.id, "name": p.name} for p in self.document.participants()],
            "touchpoints": [
                {
                    "id": c.id,
                    "title": c.title,
                    "phase": c.phase_id,
                    "phase_name": phases.get(c.phase_id, ""),
                    "lane": c.lane_id,
                    "lane_name": lanes.get(c.lane_id, ""),
                    "channel": channels.get(c.channel_id or "", ""),
                }
                for c in data.cards
                if c.kind == "touchpoint"
            ],
            # The arrows between the touchpoints (a phone shows no notes), drawing order.
            "connections": [
                {"from": c.from_card, "to": c.to_card, "kind": c.kind, "label": c.label}
                for c in data.connections
                if data.card_by_id[c.from_card].kind == "touchpoint"
                and data.card_by_id[c.to_card].kind == "touchpoint"
            ],
        }

    def _ratings_of(self, participant: str) -> dict[str, dict[str, int]]:
        mine = {
            card_id: {"experience": r.experience, "importance": r.importance}
            for card_id, ratings in self.document.ratings(self.map_id).items()
            for r in ratings
            if r.participant_id == participant
        }
        for (who, card), value in self.pending.items():
            if who == participant:
                mine[card] = {"experience": value.experience, "importance": value.importance}
        return mine

    def _run_batch(self, batch: list[tuple[Callable[[], Any], Future]]) -> None:
        done: list[tuple[Future, Any]] = []
        writes: list[tuple[Future, _Write]] = []
        for function, future in batch:
            try:
                result = function()
            except (RoomError, JourneyError) as error:
                future.set_exception(error)
                continue
            except Exception as error:  # the phone gets a 500, the room goes on
                future.set_exception(error)
                continue
            (writes if isinstance(result, _Write) else done).append((future, result))
        if writes:
            self._store([w for _f, w in writes], [f for f, _w in writes])
        for future, result in done:
            future.set_result(result)

    def _store(self, writes: list[_Write], futures: list[Future]) -> None:
        """Store a batch's ratings (the last of a pair wins), then answer each phone."""
        try:
            if self.silent:
                entries = []
                for write in writes:
                    key = (write.participant, write.card)
                    old = self.pending.get(key)
                    # The file's value when the phone first rated the pair this round.
                    base = (
                        old.base
                        if old is not None
                        else self.document.rating(write.card, write.participant)
                    )
                    entries.append((key, Pending(*write.value, base)))
                self.pending.update(entries)
                self.progressChanged.emit()
                # The phones hear "stored" once the journal is on the disk; the GUI
                # thread does not wait for that.
                self.journal.append_later(entries, lambda error: _answer(futures, error))
                return
            else:
                latest = {(w.card, w.participant): w.value for w in writes}
                self._applying = True
                try:
                    self.document.set_ratings([(c, p, v) for (c, p), v in latest.items()])
                finally:
                    self._applying = False
        except (JourneyError, OSError) as error:
            _answer(futures, error)
            return
        _answer(futures, None)
        self.progressChanged.emit()

    def _document_changed(self, change: Change) -> None:
        if self._applying:
            return
        kinds = change.kinds()
        if self.silent and "rating" in kinds and self.pending:
            self._keyboard_ratings(change.ids("rating"))
        if kinds & {
            "card",
            "phase",
            "lane",
            "channel",
            "participant",
            "workshop",
            "map",
            "connection",
        }:
            self._board = self._ids = None
            if kinds - {"participant", "rating"}:  # a join alone: phones need not reload
                self._notify.start()
        if "rating" in kinds or "participant" in kinds:
            self.progressChanged.emit()

    def _keyboard_ratings(self, cards: set[str]) -> None:
        """A rating typed after a phone's rating of the same pair replaces it, visibly."""
        dropped = []
        for (participant, card), value in list(self.pending.items()):
            if card in cards and self.document.rating(card, participant) != value.base:
                dropped.append(((participant, card), None))
                del self.pending[(participant, card)]
                who = self.document.get("participant", participant)
                what = self.document.get("card", card)
                self.message.emit(
                    QCoreApplication.translate(
                        "room",
                        "%1's rating of \u201c%2\u201d from the keyboard replaces the one "
                        "from the phone.",
                    )
                    .replace("%1", who.name if who else participant)
                    .replace("%2", what.title if what else card)
                )
                self._send("ratings", {"participant": participant})
        if dropped:
            self.journal.append_later(dropped)

    def _board_changed(self) -> None:
        self._board = None
        self._send("board", {})

    def _send(self, event: str, data: dict[str, Any]) -> None:
        sink = self.event_sink
        if sink is not None:
            sink(event, data)


def _answer(futures: list[Future], error: BaseException | None) -> None:
    """Tell the waiting phones their ratings are stored, or why not (any thread)."""
    for future in futures:
        if error is None:
            future.set_result({"stored": True})
        else:
            future.set_exception(RoomError(500, f"the rating could not be stored ({error})"))


def new_token() -> str:
    """A room's secret: 128 random bits, URL-safe (22 characters)."""
    return secrets.token_urlsafe(16)
