"""GUI: what the main window's File and Map menu entries do.

New workshops (templates, demo), Open, Save a copy, Import (JSON or Mermaid), the exports, the
map edits (new, rename, delete, compare). Questions go through ``widgets.dialogs``
and errors through ``widgets.dialogs.show_error``, so tests can replace both. Help menu
entries are in ``help_dialogs``. The dialogs' modules are imported when first used.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, QTimer
from PySide6.QtWidgets import QFileDialog, QPushButton

from app.commands import AddCommand, DeleteCommand, UpdateCommand, execute, macro, redo, undo
from app.errors import JourneyError
from widgets import dialogs, i18n
from widgets.messages import error_text

if TYPE_CHECKING:
    from app.document import JourneyDocument
    from widgets.window.main_window import MainWindow

WORKSHOP_SUFFIX = ".journey"


class WindowCommands(QObject):
    """The window's file, export and map operations; see the module docstring."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._explaining = False  # the moved-file question is open

    # -- workshops -------------------------------------------------------------------------

    def open_dialog(self) -> None:
        name, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Open a workshop"),
            str(self._folder()),
            self.tr("Journeyboard workshops (*.journey);;All files (*)"),
        )
        if name:
            self.window.open_file(name)

    def new_dialog(self) -> None:
        """Ask which template, then where to save it; open the new workshop."""
        choice = dialogs.choose_template(self.window)
        if choice is not None:
            self.new_workshop(*choice)

    def new_workshop(self, template_key: str, lang: str | None = None) -> None:
        """A new workshop from a template (or the demo, DEMO_KEY), then open it."""
        from widgets.start_screen import create_workshop_file

        path = create_workshop_file(
            self.window, template_key, lang or i18n.current_language(), self._folder()
        )
        if path is not None:
            self.window.open_file(path)

    def _folder(self) -> Path:
        document = self.window.document
        if document is not None:
            return document.path.parent
        recent = self.window.settings.recent_files()
        return recent[0].parent if recent else Path.home()

    def save_copy(self) -> Path | None:
        """Write a copy of the open workshop (it stays open; later edits go to the original)."""
        document = self.window.document
        if document is None:
            return None
        suggested = document.path.with_name(
            self.tr("%s (copy)") % document.path.stem + WORKSHOP_SUFFIX
        )
        name, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save a copy of the workshop"),
            str(suggested),
            self.tr("Journeyboard workshops (*.journey)"),
        )
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != WORKSHOP_SUFFIX:
            target = target.with_name(target.name + WORKSHOP_SUFFIX)
        if _same(target, document.path) and not document.file_moved():
            dialogs.show_error(
                self.window,
                self.tr("Could not save the copy"),
                self.tr("%s is the workshop that is open.") % target,
                self.tr("Choose another name: every edit is already saved in the open file."),
            )
            return None
        try:
            document.workshop.save_copy(target)
        except (JourneyError, OSError) as error:
            where = getattr(error, "filename", None) or target
            reason = getattr(error, "strerror", None) or error
            dialogs.show_error(
                self.window,
                self.tr("Could not save the copy"),
                f"{where}: {reason}",
                self.tr(
                    "Nothing was written. Choose a folder you can write to and "
                    "check that the disk is not full."
                ),
            )
            return None
        self.window.statusBar().showMessage(self.tr("Copy saved as %s") % target, 6000)
        if document.readonly:  # the copy is what the user wanted to edit
            self.window.open_file(target)
        return target

    def write_failed(self, _error: object) -> None:
        """An edit the file refused: if the file was renamed, moved or deleted, say so
        (after the refused edit has unwound: no dialog inside a command)."""
        document = self.window.document
        if document is not None and document.file_moved() and not self._explaining:
            self._explaining = True
            QTimer.singleShot(0, self._explain_moved_file)

    def _explain_moved_file(self) -> None:
        """The open file was renamed, moved or deleted: say so, offer to save elsewhere."""
        document = self.window.document
        try:
            if document is None:
                return
            text = self.tr(
                "The workshop file %1 was renamed, moved or deleted while it was open. "
                "The last edit was not saved; everything before it is still here.\n\n"
                "Save the workshop elsewhere to go on working with it."
            ).replace("%1", str(document.path))
            choice = dialogs.choose(
                self.window,
                self.tr("The workshop file is gone"),
                text,
                [self.tr("Save Elsewhere\u2026"), self.tr("Close")],
            )
            if choice == 0:
                self.save_elsewhere()
        finally:
            self._explaining = False

    def save_elsewhere(self) -> Path | None:
        """Write the open workshop to a new file and go on working there."""
        target = self.save_copy()
        if target is not None:
            self.window.open_file(target)
        return target

    def show_read_only(self, readonly: bool) -> None:
        """While a read-only workshop is open, offer to save a copy that can be edited."""
        button = getattr(self, "_copy_button", None)
        if button is None:
            if not readonly:
                return
            button = QPushButton(self.window)
            button.setObjectName("save-copy-to-edit")
            button.clicked.connect(self.save_copy)
            self.window.statusBar().addPermanentWidget(button)
            self._copy_button = button
        button.setText(self.tr("Read-only: save a copy to edit\u2026"))
        button.setToolTip(
            self.tr(
                "This workshop file cannot be changed (it is marked "
                "read-only, or its folder is). Save a copy to edit it."
            )
        )
        button.setVisible(readonly)

    def import_json(self) -> Path | None:
        """Read interchange JSON or a Mermaid journey into a new workshop file, then open it.

        Reading, checking and writing run on a worker thread behind a progress dialog
        (a workshop of 100,000 cards takes seconds); Cancel leaves no file behind.
        """
        from export.importing import read_source
        from export.interchange import validate, write_validated
        from widgets.background import CANCELLED, run_in_background

        name, _filter = QFileDialog.getOpenFileName(
            self.window,
            self.tr("Import a workshop from JSON or Mermaid"),
            str(self._folder()),
            self.tr(
                "Journeyboard JSON or Mermaid journey (*.json *.mmd *.mermaid *.md);;All files (*)"
            ),
        )
        if not name:
            return None
        source = Path(name)
        title = self.tr("Import")
        hint = self.tr(
            "Nothing was created. Correct the file at the place named and import it again."
        )
        language = i18n.current_language()
        try:
            # Bad input is refused before asking where to save.
            checked = run_in_background(
                self.window,
                title,
                self.tr("Reading %s\u2026") % source.name,
                lambda _cancelled: validate(read_source(source, language)),
            )
        except JourneyError as error:
            dialogs.show_error(
                self.window, self.tr("Cannot import %s") % source.name, error_text(error), hint
            )
            return None
        if checked is CANCELLED:
            return None
        suggested = source.with_suffix(WORKSHOP_SUFFIX)
        name, _filter = QFileDialog.getSaveFileName(
            self.window,
            self.tr("Save the imported workshop as"),
            str(suggested),
            self.tr("Journeyboard workshops (*.journey)"),
            "",
            QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return None
        target = Path(name)
        if target.suffix.lower() != WORKSHOP_SUFFIX:
            target = target.with_name(target.name + WORKSHOP_SUFFIX)
        try:
            written = run_in_background(
                self.window,
                title,
                self.tr("Writing %s\u2026") % target.name,
                lambda cancelled: write_validated(checked, target, cancelled),
            )
        except (JourneyError, OSError) as error:
            dialogs.show_error(
                self.window,
                self.tr("Cannot import %s") % source.name,
                error_text(error),
                self.tr(
                    "Nothing was written. Journeyboard never overwrites a "
                    "workshop: choose a new file name in a folder you can "
                    "write to."
                ),
            )
            return None
        if written is CANCELLED:
            return None
        self.window.open_file(target)
        return target

    # -- undo and redo ---------------------------------------------------------------------

    def undo(self) -> bool:
        """Undo the last gesture; if the file cannot be written, say so and change nothing."""
        return self._undo_or_redo(undo, self.tr("Could not undo"))

    def redo(self) -> bool:
        return self._undo_or_redo(redo, self.tr("Could not redo"))

    def _undo_or_redo(self, step: Callable[[JourneyDocument], bool], title: str) -> bool:
        document = self.window.document
        if document is None:
            return False
        try:
            return step(document)
        except JourneyError as error:
            self.edit_failed(str(error), title, getattr(error, "hint", None))
            return False

    def edit_failed(self, message: str, title: str | None = None, hint: str | None = None) -> None:
        """Explain an undo or redo that could not be written (nothing was changed);
        ``hint``: what to do instead, when the error knows better."""
        dialogs.show_error(
            self.window,
            title or self.tr("Could not save the change"),
            message,
            hint
            or self.tr(
                "Nothing was changed: the file, the board and Undo/Redo are as "
                "they were. Free some disk space, or wait until the other "
                "program has finished with the file, then try again."
            ),
        )

    # -- exports ---------------------------------------------------------------------------

    def export_pdf(self) -> Path | None:
        from widgets import export_dialog

        w = self.window
        if w.document is None:
            return None
        return export_dialog.export_pdf(w, w.document, w.settings, w.current_map_id)

    def export_png(self) -> Path | None:
        from widgets import export_dialog

        w = self.window
        if w.document is None:
            return None
        return export_dialog.export_png(w, w.document, w.settings, w.current_map_id)

    def export_csv(self) -> Path | None:
        from widgets import export_dialog

        w = self.window
        return None if w.document is None else export_dialog.export_csv(w, w.document, w.settings)

    def export_mermaid(self) -> Path | None:
        from widgets import export_dialog

        w = self.window
        if w.document is None:
            return None
        return export_dialog.export_mermaid(w, w.document, w.settings, w.current_map_id)

    def copy_mermaid(self) -> None:
        """The current map as a Mermaid block on the clipboard, for a wiki page."""
        from widgets import export_dialog

        w = self.window
        if w.document is not None and export_dialog.copy_mermaid(w.document, w.current_map_id):
            w.statusBar().showMessage(
                self.tr("The map was copied as a Mermaid journey; paste it into a wiki page."), 6000
            )

    def export_json(self) -> Path | None:
        from widgets import export_dialog

        w = self.window
        return None if w.document is None else export_dialog.export_json(w, w.document, w.settings)

    # -- maps ----------------------------------------------------------------------------------

    def _refused(self, error: JourneyError) -> None:
        self.window.statusBar().showMessage(self.tr("Not possible: %s") % error_text(error), 6000)

    def new_map(self) -> str | None:
        """A new as-is map with one phase and one notes lane (one undo step)."""
        w = self.window
        document = w.document
        if document is None:
            return None
        name = dialogs.ask_text(
            w, self.tr("New map"), self.tr("Name of the new map:"), self.tr("New map")
        )
        if not name:
            return None
        try:
            with macro(document, self.tr("New map")):
                map_id = execute(
                    document, AddCommand(document, "map", {"name": name, "kind": "as-is"})
                ).row_id
                execute(
                    document,
                    AddCommand(document, "phase", {"map_id": map_id, "name": self.tr("New phase")}),
                )
                execute(
                    document,
                    AddCommand(
                        document,
                        "lane",
                        {"map_id": map_id, "name": self.tr("Notes"), "kind": "notes"},
                    ),
                )
        except JourneyError as error:
            self._refused(error)
            return None
        w.set_current_map(map_id)
        return map_id

    def rename_map(self) -> bool:
        w = self.window
        document, map_id = w.document, w.current_map_id
        if document is None or map_id is None:
            return False
        current = document.get("map", map_id)
        name = dialogs.ask_text(
            w, self.tr("Rename map"), self.tr("New name of the map:"), current.name
        )
        if not name or name == current.name:
            return False
        try:
            execute(
                document,
                UpdateCommand(document, "map", map_id, {"name": name}, text=self.tr("Rename map")),
            )
        except JourneyError as error:
            self._refused(error)
            return False
        return True

    def delete_map(self) -> bool:
        """Delete the current map after asking; never the last one. Undo brings it back."""
        w = self.window
        document, map_id = w.document, w.current_map_id
        if document is None or map_id is None:
            return False
        if len(document.maps()) < 2:
            dialogs.show_error(
                w,
                self.tr("Cannot delete the map"),
                self.tr("This is the only map of the workshop."),
                self.tr(
                    "A workshop keeps at least one map. Rename it instead, or "
                    "add another map first."
                ),
            )
            return False
        current = document.get("map", map_id)
        count = len(document.cards(map_id))
        if not dialogs.confirm(
            w,
            self.tr("Delete map"),
            self.tr("Delete the map “%1” with its %2 cards? You can undo this.")
            .replace("%1", current.name)
            .replace("%2", str(count)),
        ):
            return False
        try:
            execute(document, DeleteCommand(document, "map", map_id, text=self.tr("Delete map")))
        except JourneyError as error:
            self._refused(error)
            return False
        return True

    def compare_maps(self) -> None:
        from widgets.compare import CompareDialog

        w = self.window
        if w.document is not None:
            CompareDialog(w.document, w.current_map_id, w).exec()

    # -- help ------------------------------------------------------------------------------

    def user_guide(self) -> None:
        from widgets.window import help_dialogs as window_help

        window_help.open_user_guide(self.window)

    def keyboard_shortcuts(self) -> None:
        from widgets.window import help_dialogs as window_help

        window_help.ShortcutsDialog(self.window).exec()

    def about(self) -> None:
        from widgets.window import help_dialogs as window_help

        window_help.show_about(self.window)


def _same(a: Path, b: Path) -> bool:
    try:
        return a.resolve() == b.resolve()
    except OSError:
        return False
