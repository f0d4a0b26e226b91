"""GUI: the board's own docks for the main window: the palette and the inspector.

Neither depends on a workshop: the window builds the ones the board will show with
itself, so opening a file builds only what depends on it; a hidden one is built when it
is first shown (``LazyDock``). The window keeps ``palette_dock`` and ``inspector_dock``
as attributes, so saved layouts (object names "palette", "inspector") restore as before.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt

from app.document import JourneyDocument
from widgets.window.panels import LazyDock

if TYPE_CHECKING:
    from widgets.board.inspector import Inspector
    from widgets.board.palette import PaletteWidget
    from widgets.window.main_window import MainWindow


class BoardDocks(QObject):
    """The palette (what can be added to the board) and the inspector (what is selected)."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self.palette_dock = LazyDock("palette", self._build_palette, window)
        window.addDockWidget(Qt.DockWidgetArea.LeftDockWidgetArea, self.palette_dock)
        self.inspector_dock = LazyDock("inspector", self._build_inspector, window, scroll=True)
        window.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.inspector_dock)
        window.resizeDocks(
            [self.palette_dock, self.inspector_dock], [215, 285], Qt.Orientation.Horizontal
        )

    def docks(self) -> list[LazyDock]:
        return [self.palette_dock, self.inspector_dock]

    @property
    def palette(self) -> PaletteWidget:
        """The palette (built now if its dock was not shown yet)."""
        return self.palette_dock.ensure_content()

    @property
    def inspector(self) -> Inspector:
        """The inspector (built now if its dock was not shown yet)."""
        return self.inspector_dock.ensure_content()

    def _build_palette(self) -> PaletteWidget:
        from widgets.board.palette import PaletteWidget

        palette = PaletteWidget()
        palette.entryActivated.connect(self._add_from_palette)
        palette.newChannelRequested.connect(lambda _checked=False: self.new_channel())
        document = self.window.document
        if document is not None:
            palette.set_channels(document.channels())
        return palette

    def _build_inspector(self) -> Inspector:
        from widgets.board.inspector import Inspector

        inspector = Inspector(self.window.board_scene)
        inspector.card_extras.author = self._participant_name
        inspector.set_document(self.window.document)
        # Built again after a language switch: it shows what is selected, as before.
        inspector.show_target(*self.window.board_scene.inspector_target())
        return inspector

    def _participant_name(self) -> str:
        """The current participant's name: the author of a new comment."""
        document, participant = self.window.document, self.window.current_participant_id
        row = document.get("participant", participant) if document and participant else None
        return row.name if row is not None else ""

    # -- following the window ----------------------------------------------------------

    def set_document(self, document: JourneyDocument | None) -> None:
        """Show ``document`` (None: no workshop) in the docks that were built."""
        inspector = self.inspector_dock.content()
        if inspector is not None:
            inspector.set_document(document)
        self.set_palette_channels()

    def commit_inspector(self) -> Inspector | None:
        """Save what is still being typed in the inspector; the inspector, if built."""
        inspector = self.inspector_dock.content()
        if inspector is not None:
            inspector.commit_pending()
        return inspector

    def set_palette_channels(self) -> None:
        palette = self.palette_dock.content()
        if palette is not None:
            document = self.window.document
            palette.set_channels(document.channels() if document is not None else [])

    def retranslate_ui(self) -> None:
        self.palette_dock.setWindowTitle(self.tr("Palette"))
        self.inspector_dock.setWindowTitle(self.tr("Inspector"))

    def rebuild(self) -> None:
        """Build both again (another language: they build their texts once)."""
        inspector = self.commit_inspector()
        if inspector is not None:
            inspector.set_document(None)
        self.inspector_dock.reset()
        self.palette_dock.reset()

    # -- the palette's gestures ----------------------------------------------------------

    def new_channel(self) -> str | None:
        """Ask for a channel of the team's own; its id when added (one undo step)."""
        from widgets.board.channel_dialog import ChannelDialog

        document = self.window.document
        if document is None:
            return None
        dialog = ChannelDialog(document, self.window)
        if dialog.exec() and dialog.channel_id:
            name = document.get("channel", dialog.channel_id).name
            self.window.statusBar().showMessage(
                self.tr("Channel “%s” added to the palette") % name, 6000
            )
            return dialog.channel_id
        return None

    def _add_from_palette(self, entry: dict) -> None:
        window = self.window
        scene = window.board_scene
        ids = scene.selected_card_ids()
        cell = scene.current_cell
        if ids and scene.state is not None:
            card = scene.state.cards[ids[-1]]
            cell = (card.lane_id, card.phase_id)
        if cell is None:
            window.statusBar().showMessage(self.tr("Click a cell of the board first"), 6000)
            return
        card_id = scene.edits.add_from_palette(entry, *cell)
        if card_id is not None:
            window.board_view.setFocus()
            window.board_view.start_inline_edit("card", card_id)
