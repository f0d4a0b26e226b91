"""GUI: start the application: `journeyboard [FILE]` with no command opens this."""

from __future__ import annotations

import sys
from collections.abc import Sequence

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from export.qtpaint import ICONS, ensure_fonts


def create_application(argv: Sequence[str] = ()) -> QApplication:
    """The QApplication (created once) with the app's name, icon and fonts."""
    app = QApplication.instance()
    if app is None:
        app = QApplication([sys.argv[0] if sys.argv else "journeyboard", *argv])
    assert isinstance(app, QApplication)
    QCoreApplication.setOrganizationName("Journeyboard")
    QCoreApplication.setApplicationName("Journeyboard")
    app.setApplicationDisplayName("Journeyboard")
    app.setWindowIcon(QIcon(str(ICONS / "journeyboard.svg")))
    ensure_fonts()
    return app


def run_gui(argv: Sequence[str]) -> int:
    """Open the main window (with the workshop named in ``argv``, if any); returns the exit code.

    A file that cannot be opened is explained in a message box; the window then shows
    the start screen. The interface language is the one chosen last (else the system's).
    """
    from widgets.crash import install_excepthook
    from widgets.i18n import install_translator
    from widgets.main_window import MainWindow
    from widgets.settings import Settings

    files = [arg for arg in argv if not arg.startswith("-")]
    qt_args = [arg for arg in argv if arg.startswith("-")]
    app = create_application(qt_args)
    install_excepthook()  # an exception in a slot shows a dialog; the workshop goes on
    settings = Settings()
    install_translator(app, settings.language())
    window = MainWindow(settings)
    window.show()
    if files:
        window.open_file(files[0])
    return app.exec()
