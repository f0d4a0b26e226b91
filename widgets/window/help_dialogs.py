"""GUI: the Help menu: the user guide, the keyboard shortcuts and About."""

from __future__ import annotations

from html import escape
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt, QUrl
from PySide6.QtGui import QAction, QDesktopServices, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QMainWindow,
    QMenu,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from app import about
from widgets import dialogs
from widgets.rating_keys import shortcut_help

ROOT = Path(__file__).resolve().parents[2]
USER_GUIDE = ROOT / "docs" / "user-guide.md"


def version() -> str:
    """The installed version, else the one in pyproject.toml."""
    return about.version()


def user_guide(lang: str) -> Path:
    """The guide in ``lang`` (``user-guide.de.md``) when there is one, else the English one."""
    translated = USER_GUIDE.with_name(f"{USER_GUIDE.stem}.{lang}{USER_GUIDE.suffix}")
    return translated if lang != "en" and translated.is_file() else USER_GUIDE


def open_user_guide(parent: QWidget | None, guide: Path | None = None) -> bool:
    """Open the guide (in the interface language) in the system's viewer; else say where
    it is. True when opened."""
    from widgets.i18n import current_language

    guide = guide or user_guide(current_language())
    if guide.is_file() and QDesktopServices.openUrl(QUrl.fromLocalFile(str(guide))):
        return True
    dialogs.inform(
        parent,
        tr("User guide"),
        (
            tr("The user guide is the file\n%s") % guide
            if guide.is_file()
            else tr("The user guide was not installed; it belongs at\n%s") % guide
        ),
    )
    return False


def tr(text: str) -> str:
    # lupdate files the texts of a module-level tr() under the empty context.
    return QCoreApplication.translate("", text)


def about_text() -> str:
    """The About box's HTML: version, and every shipped library and font with its licence."""

    def items(components: list[about.Component]) -> str:
        return "".join(
            f"<li>{escape(c.name)} {escape(c.version)}: {escape(c.licence)}</li>"
            for c in components
        )

    tagline = tr("Customer journey maps for workshops, offline.")
    heading = tr("Libraries and their licences:")
    font_heading = tr("Fonts and their licences:")
    notice = about.notice_file()
    where = (
        tr("The full licence texts are in %1.").replace("%1", escape(str(notice)))
        if notice
        else tr("The full licence texts come with each installed package.")
    )
    return (
        f"<h3>Journeyboard {escape(version())}</h3><p>{tagline}</p>"
        f"<p>{heading}</p><ul>{items([about.python_runtime(), *about.libraries()])}</ul>"
        f"<p>{font_heading}</p><ul>{items(about.fonts())}</ul><p>{where}</p>"
    )


def show_about(parent: QWidget | None) -> None:
    dialogs.about(parent, tr("About Journeyboard"), about_text())


def _native(sequences: list[QKeySequence]) -> str:
    return ", ".join(
        s.toString(QKeySequence.SequenceFormat.NativeText) for s in sequences if not s.isEmpty()
    )


def _menu_rows(menu: QMenu, path: str) -> list[tuple[str, str]]:
    rows = []
    for action in menu.actions():
        name = action.text().replace("&&", "\0").replace("&", "").replace("\0", "&")
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            rows += _menu_rows(submenu, f"{path} \u203a {name}")
        elif action.shortcuts():
            rows.append((_native(action.shortcuts()), f"{path} \u203a {name}"))
    return rows


def board_key_help() -> list[tuple[str, str]]:
    return [
        (tr("Arrow keys"), tr("Board: move the selection to the neighbouring card")),
        (tr("Enter, F2"), tr("Board: edit the title of the selected card, phase or lane")),
        (tr("Space + drag, middle button drag"), tr("Board: pan")),
        (tr("Ctrl + mouse wheel"), tr("Board: zoom")),
        (tr("Escape"), tr("Board: cancel a drag or an edit")),
        (tr("Right, Page Down"), tr("Presentation: highlight the next phase")),
        (tr("Left, Page Up"), tr("Presentation: highlight the previous phase")),
        (tr("Home"), tr("Presentation: show all phases")),
        (tr("Down, Up"), tr("Presentation: scroll to the next or previous lane")),
        (tr("Escape"), tr("Presentation: leave presentation mode")),
        (tr("Enter, Shift+Enter"), tr("Find bar: next, previous match")),
    ]


def all_shortcuts(window: QMainWindow) -> list[tuple[str, str]]:
    """(keys, what they do): every menu action with a shortcut, rating and board keys."""
    rows: list[tuple[str, str]] = []
    for action in window.menuBar().actions():
        submenu = action.menu()
        if isinstance(submenu, QMenu):
            rows += _menu_rows(submenu, action.text().replace("&", ""))
    listed = {text for text, _what in rows}
    for action in window.actions():  # e.g. presentation mode while the menu is hidden
        if isinstance(action, QAction) and action.shortcuts():
            keys = _native(action.shortcuts())
            if keys not in listed and action.text():
                rows.append((keys, action.text().replace("&", "")))
    rows += [(keys, what) for keys, what in shortcut_help()]
    rows += board_key_help()
    return rows


class ShortcutsDialog(QDialog):
    """A table of every keyboard shortcut of the window."""

    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.setWindowTitle(self.tr("Keyboard shortcuts"))
        self.rows = all_shortcuts(window)
        self.table = QTableWidget(len(self.rows), 2)
        self.table.setHorizontalHeaderLabels([self.tr("Keys"), self.tr("Action")])
        self.table.verticalHeader().hide()
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(True)
        for row, (keys, what) in enumerate(self.rows):
            self.table.setItem(row, 0, QTableWidgetItem(keys))
            self.table.setItem(row, 1, QTableWidgetItem(what))
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.resizeRowsToContents()
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table)
        layout.addWidget(buttons)
        self.resize(760, 640)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
