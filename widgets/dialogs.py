"""GUI: every message box and simple question of the window, in one place.

Confirm a delete, ask for a name, warn, report an error with a hint, inform, About.
Kept as plain functions so tests can replace them (monkeypatch) and nothing blocks;
no other module opens a QMessageBox of its own.
"""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QInputDialog, QLineEdit, QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question; True when the user agrees."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_yes_no(parent: QWidget | None, title: str, text: str) -> bool:
    """Ask a yes/no question whose safe answer is No (the default); True for Yes."""
    answer = QMessageBox.question(
        parent,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
        QMessageBox.StandardButton.No,
    )
    return answer == QMessageBox.StandardButton.Yes


def ask_text(parent: QWidget | None, title: str, label: str, text: str = "") -> str | None:
    """Ask for a line of text; None when cancelled or empty."""
    value, ok = QInputDialog.getText(parent, title, label, QLineEdit.EchoMode.Normal, text)
    value = value.strip()
    return value if ok and value else None


def ask_to_be_map(parent: QWidget | None, suggested: str) -> tuple[str, bool] | None:
    """Ask for the new to-be map's name and whether to copy the ratings (default: no)."""
    from widgets.board.to_be_dialog import ToBeDialog

    dialog = ToBeDialog(suggested, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return dialog.answer()


def choose(parent: QWidget | None, title: str, text: str, buttons: list[str]) -> int:
    """A warning with buttons of our own; the index of the one clicked (-1: closed)."""
    box = QMessageBox(
        QMessageBox.Icon.Warning, title, text, QMessageBox.StandardButton.NoButton, parent
    )
    made = [
        box.addButton(
            label,
            QMessageBox.ButtonRole.AcceptRole if i == 0 else QMessageBox.ButtonRole.RejectRole,
        )
        for i, label in enumerate(buttons)
    ]
    box.setDefaultButton(made[0])
    box.exec()
    clicked = box.clickedButton()
    return next((i for i, button in enumerate(made) if button is clicked), -1)


def warn(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something went wrong (a refused file)."""
    QMessageBox.warning(parent, title, text)


def show_error(parent: QWidget | None, title: str, message: str, hint: str = "") -> None:
    """A warning box for a refused file or a failed operation: what happened, what to do."""
    text = f"{message}\n\n{hint}" if hint else message
    QMessageBox.warning(parent, title, text)


def inform(parent: QWidget | None, title: str, text: str) -> None:
    """Tell the user something they asked for (where a file is)."""
    QMessageBox.information(parent, title, text)


def about(parent: QWidget | None, title: str, text: str) -> None:
    """The About box (rich text)."""
    QMessageBox.about(parent, title, text)


def offer_to_open(parent: QWidget | None, title: str, text: str, open_label: str) -> bool:
    """Report a finished job with a Close button and ``open_label``; True when chosen."""
    box = QMessageBox(
        QMessageBox.Icon.Information, title, text, QMessageBox.StandardButton.Close, parent
    )
    open_button = box.addButton(open_label, QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(open_button)
    box.exec()
    return box.clickedButton() is open_button


def choose_template(parent: QWidget | None) -> tuple[str, str] | None:
    """Ask which built-in template a new workshop starts from: (template key, language)."""
    from PySide6.QtCore import QCoreApplication, QLocale

    from app.templates import TEMPLATE_KEYS, template_label

    lang = "de" if QLocale().language() == QLocale.Language.German else "en"
    labels = [template_label(key, lang) for key in TEMPLATE_KEYS]
    label, ok = QInputDialog.getItem(
        parent,
        QCoreApplication.translate("dialogs", "New workshop"),
        QCoreApplication.translate("dialogs", "Start from the template:"),
        labels,
        TEMPLATE_KEYS.index("7-phases"),
        False,
    )
    return (TEMPLATE_KEYS[labels.index(label)], lang) if ok else None
