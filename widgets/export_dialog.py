"""GUI: exports from the main window: the PDF dialog (with progress and cancel), PNG, the
CSV dialog (table or as-is vs. to-be comparison, language, separator), interchange JSON
and Mermaid (a file, or the clipboard).

Each export asks where to write, writes the file atomically (complete or absent) and
then offers to open it. Failures are shown with what to do; a cancelled PDF export
writes nothing. The chosen options are remembered in ``Settings.export_options``.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices, QStandardItemModel
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QListWidget,
    QListWidgetItem,
    QProgressDialog,
    QVBoxLayout,
    QWidget,
)

from app.document import JourneyDocument
from app.errors import JourneyError
from widgets import dialogs
from widgets.insight_common import fill
from widgets.messages import error_text
from widgets.settings import Settings

PAGE_SIZES = ("A4", "A3", "A2", "A1", "A0", "letter", "tabloid")
PROGRESS_DELAY_MS = 500  # the progress dialog appears only for exports that take longer


def tr(text: str) -> str:
    # lupdate files the texts of a module-level tr() under the empty context.
    return QCoreApplication.translate("", text)


class PdfExportDialog(QDialog):
    """Page size, which maps, persona pages and tables, for the PDF export."""

    def __init__(
        self,
        document: JourneyDocument,
        settings: Settings,
        current_map_id: str | None = None,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Export PDF"))
        options = settings.export_options()
        self.page_size = QComboBox()
        for size in PAGE_SIZES:
            self.page_size.addItem(size, size)
        self.page_size.setCurrentIndex(max(0, self.page_size.findData(options["page_size"])))
        self.maps = QListWidget()
        self.maps.setMaximumHeight(160)
        remembered = set(options.get("maps") or [])
        for journey_map in document.maps():
            item = QListWidgetItem(journey_map.name)
            item.setData(Qt.ItemDataRole.UserRole, journey_map.id)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            checked = (
                journey_map.id in remembered
                if remembered & {m.id for m in document.maps()}
                else True
            )
            item.setCheckState(Qt.CheckState.Checked if checked else Qt.CheckState.Unchecked)
            self.maps.addItem(item)
        self.personas = QCheckBox(self.tr("Persona pages"))
        self.personas.setChecked(bool(options["include_personas"]))
        self.tables = QCheckBox(self.tr("Tables (touchpoints, moments of truth)"))
        self.tables.setChecked(bool(options["include_tables"]))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export\u2026"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        self.maps.itemChanged.connect(lambda _item: self._update_ok())

        form = QFormLayout()
        form.addRow(self.tr("Page size:"), self.page_size)
        form.addRow(self.tr("Maps:"), self.maps)
        form.addRow("", self.personas)
        form.addRow("", self.tables)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.buttons)
        self._update_ok()

    def selected_maps(self) -> list[str]:
        items = (self.maps.item(row) for row in range(self.maps.count()))
        return [
            item.data(Qt.ItemDataRole.UserRole)
            for item in items
            if item.checkState() == Qt.CheckState.Checked
        ]

    def set_selected_maps(self, map_ids: list[str]) -> None:
        for row in range(self.maps.count()):
            item = self.maps.item(row)
            item.setCheckState(
                Qt.CheckState.Checked
                if item.data(Qt.ItemDataRole.UserRole) in map_ids
                else Qt.CheckState.Unchecked
            )

    def options(self) -> dict[str, object]:
        return {
            "page_size": self.page_size.currentData(),
            "maps": self.selected_maps(),
            "include_personas": self.personas.isChecked(),
            "include_tables": self.tables.isChecked(),
        }

    def _update_ok(self) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(
            bool(self.selected_maps())
        )


# -- helpers ------------------------------------------------------------------------------


def _folder(settings: Settings, document: JourneyDocument) -> Path:
    stored = settings.export_options().get("folder")
    if isinstance(stored, str) and Path(stored).is_dir():
        return Path(stored)
    documents = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return document.path.parent if document.path.parent.is_dir() else Path(documents or ".")


def ask_target(
    parent: QWidget | None,
    settings: Settings,
    document: JourneyDocument,
    title: str,
    suffix: str,
    filters: str,
    also: tuple[str, ...] = (),
) -> tuple[Path, str] | None:
    """Ask where to write an export: (path with ``suffix`` or one of ``also``, chosen
    filter) or None."""
    stem = document.title() or document.path.stem
    suggested = _folder(settings, document) / f"{stem}{suffix}"
    name, chosen = QFileDialog.getSaveFileName(parent, title, str(suggested), filters)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() != suffix and path.suffix.lower() not in also:
        path = path.with_name(path.name + suffix)
    settings.set_export_options({"folder": str(path.parent)})
    return path, chosen


def _open_file(path: Path) -> None:
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_done(parent: QWidget | None, path: Path) -> None:
    """Say where the export went and offer to open it (tests replace this)."""
    if dialogs.offer_to_open(
        parent,
        tr("Export finished"),
        tr("The export was written to\n%s") % path,
        tr("Open the file"),
    ):
        _open_file(path)


def show_failure(parent: QWidget | None, error: Exception, path: Path) -> None:
    if isinstance(error, OSError):
        where = error.filename or path
        dialogs.show_error(
            parent,
            tr("Export failed"),
            f"{where}: {error.strerror or error}",
            tr(
                "Nothing was written. Choose a folder you can write to, check that the "
                "disk is not full, and close the file if another program has it open."
            ),
        )
    else:
        dialogs.show_error(
            parent,
            tr("Export failed"),
            error_text(error),
            tr("Nothing was written. Check the options and try again."),
        )


def _run(parent: QWidget | None, path: Path, write: Callable[[], object]) -> bool:
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        write()
    except (JourneyError, OSError) as error:
        QApplication.restoreOverrideCursor()
        show_failure(parent, error, path)
        return False
    QApplication.restoreOverrideCursor()
    show_done(parent, path)
    return True


# -- the exports --------------------------------------------------------------------------


def write_pdf_with_progress(
    parent: QWidget | None, document: JourneyDocument, path: Path, options: dict[str, object]
) -> bool:
    """Write the PDF, with a cancellable progress dialog after half a second."""
    from export.pdf import ExportCancelled, write_pdf

    progress = QProgressDialog(tr("Writing the PDF\u2026"), tr("Cancel"), 0, 1, parent)
    progress.setWindowTitle(tr("Export PDF"))
    progress.setWindowModality(Qt.WindowModality.WindowModal)
    progress.setMinimumDuration(PROGRESS_DELAY_MS)
    progress.setAutoClose(False)
    progress.setAutoReset(False)
    progress.setValue(0)

    def report(done: int, total: int) -> bool:
        progress.setMaximum(max(total, 1))
        progress.setValue(min(done, max(total, 1)))
        QApplication.processEvents()
        return not progress.wasCanceled()

    try:
        with document.workshop.reading():
            unshown = write_pdf(
                document.workshop,
                path,
                page_size=str(options["page_size"]),
                maps=list(options["maps"]),  # type: ignore[call-overload]
                include_personas=bool(options["include_personas"]),
                include_tables=bool(options["include_tables"]),
                progress=report,
            )
    except ExportCancelled:
        return False
    except (JourneyError, OSError) as error:
        progress.close()
        show_failure(parent, error, path)
        return False
    finally:
        progress.close()
        progress.deleteLater()
    if unshown:
        show_unshown(parent, path, unshown)
    show_done(parent, path)
    return True


def show_unshown(parent: QWidget | None, path: Path, chars: list[str]) -> None:
    """Say which characters no installed font could draw (the PDF shows them as □)."""
    from export.pdf import describe_missing

    dialogs.warn(
        parent,
        tr("Some characters are not shown"),
        fill(
            tr(
                "The PDF was written, but no font on this computer can draw these characters; "
                "they appear as \u25a1 in %1:\n%2\n\nInstall a font that has them (for example a "
                "Noto font for the script) and export again."
            ),
            str(path),
            describe_missing(chars),
        ),
    )


def export_pdf(
    parent: QWidget | None,
    document: JourneyDocument,
    settings: Settings,
    current_map_id: str | None,
) -> Path | None:
    """The PDF dialog, then the file; returns the path written (None: cancelled/failed)."""
    dialog = PdfExportDialog(document, settings, current_map_id, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    options = dialog.options()
    settings.set_export_options(options)
    target = ask_target(
        parent, settings, document, tr("Export PDF"), ".pdf", tr("PDF documents (*.pdf)")
    )
    if target is None:
        return None
    return target[0] if write_pdf_with_progress(parent, document, target[0], options) else None


def export_png(
    parent: QWidget | None, document: JourneyDocument, settings: Settings, map_id: str | None
) -> Path | None:
    """The current map as a PNG image (150 dpi)."""
    from export.png import write_png

    if map_id is None:
        return None
    target = ask_target(
        parent,
        settings,
        document,
        tr("Export the map as an image"),
        ".png",
        tr("PNG images (*.png)"),
    )
    if target is None:
        return None
    dpi = int(settings.export_options().get("dpi", 150))
    ok = _run(parent, target[0], lambda: write_png(document.workshop, map_id, target[0], dpi))
    return target[0] if ok else None


class CsvExportDialog(QDialog):
    """What the CSV holds (touchpoints, or the as-is vs. to-be comparison), its language
    and its separator; the separator follows the language until the user picks one."""

    SEPARATORS = (",", ";", "\t")

    def __init__(self, document: JourneyDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        from export.csv_compare import comparison_pair
        from export.csv_table import LANGUAGES

        self.setWindowTitle(self.tr("Export CSV"))
        self.content = QComboBox()
        self.content.addItem(self.tr("Touchpoint table"), "table")
        self.content.addItem(self.tr("As-is vs. to-be comparison"), "compare")
        self.content.addItem(self.tr("Action list"), "actions")
        try:
            comparison_pair(document.workshop)
        except JourneyError:  # no to-be map based on another: nothing to compare
            model = self.content.model()
            assert isinstance(model, QStandardItemModel)  # a combo box's own model
            item = model.item(1)
            if item is not None:
                item.setEnabled(False)
        self.language = QComboBox()
        names = {"en": self.tr("English"), "de": self.tr("German")}
        for lang in LANGUAGES:
            self.language.addItem(names[lang], lang)
        workshop_lang = document.workshop.info().language
        self.language.setCurrentIndex(max(0, self.language.findData(workshop_lang)))
        self.separator = QComboBox()
        labels = {
            ",": self.tr("Comma (,)"),
            ";": self.tr("Semicolon (;), for Excel in German"),
            "\t": self.tr("Tab"),
        }
        for value in self.SEPARATORS:
            self.separator.addItem(labels[value], value)
        self._follow_language = True
        self._set_default_separator()
        self.language.currentIndexChanged.connect(lambda _i: self._set_default_separator())
        self.separator.activated.connect(lambda _i: setattr(self, "_follow_language", False))
        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Export\u2026"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.buttons = buttons
        form = QFormLayout()
        form.addRow(self.tr("Content:"), self.content)
        form.addRow(self.tr("Language:"), self.language)
        form.addRow(self.tr("Separator:"), self.separator)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)

    def _set_default_separator(self) -> None:
        if self._follow_language:
            default = ";" if self.language.currentData() == "de" else ","
            self.separator.setCurrentIndex(self.separator.findData(default))

    def options(self) -> dict[str, object]:
        return {
            "compare": self.content.currentData() == "compare",
            "actions": self.content.currentData() == "actions",
            "lang": self.language.currentData(),
            "delimiter": self.separator.currentData(),
        }


def export_csv(
    parent: QWidget | None, document: JourneyDocument, settings: Settings
) -> Path | None:
    """The touchpoint table or the comparison, in the language and separator chosen."""
    from export.csv_compare import write_comparison
    from export.csv_table import write_csv

    dialog = CsvExportDialog(document, parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    options = dialog.options()
    title = (
        tr("Export the as-is vs. to-be comparison")
        if options["compare"]
        else tr("Export the action list")
        if options["actions"]
        else tr("Export the touchpoint table")
    )
    target = ask_target(parent, settings, document, title, ".csv", tr("CSV files (*.csv)"))
    if target is None:
        return None
    lang, delimiter = str(options["lang"]), str(options["delimiter"])
    if options["compare"]:
        ok = _run(
            parent,
            target[0],
            lambda: write_comparison(document.workshop, target[0], delimiter, lang),
        )
    elif options["actions"]:
        from export.csv_actions import write_actions_csv

        ok = _run(
            parent,
            target[0],
            lambda: write_actions_csv(document.workshop, target[0], delimiter, lang=lang),
        )
    else:
        ok = _run(
            parent, target[0], lambda: write_csv(document.workshop, target[0], delimiter, lang=lang)
        )
    return target[0] if ok else None


def export_mermaid(
    parent: QWidget | None, document: JourneyDocument, settings: Settings, map_id: str | None
) -> Path | None:
    """The current map as a Mermaid journey: a .mmd file, or Markdown with a block."""
    from export.mermaid import write_mermaid

    if map_id is None:
        return None
    mermaid = tr("Mermaid diagrams (*.mmd)")
    markdown = tr("Markdown with a Mermaid block (*.md)")
    target = ask_target(
        parent,
        settings,
        document,
        tr("Export the map as a Mermaid journey"),
        ".mmd",
        f"{mermaid};;{markdown}",
        also=(".md", ".mermaid"),
    )
    if target is None:
        return None
    path = target[0]
    if target[1] == markdown and path.suffix.lower() == ".mmd":  # the Markdown filter
        path = path.with_suffix(".md")
    ok = _run(parent, path, lambda: write_mermaid(document.workshop, path, map_id))
    return path if ok else None


def copy_mermaid(document: JourneyDocument, map_id: str | None) -> str | None:
    """Put the current map on the clipboard as a Markdown Mermaid block; returns the text."""
    from export.mermaid import fenced, mermaid_text

    if map_id is None:
        return None
    text = fenced(mermaid_text(document.workshop, map_id))
    QApplication.clipboard().setText(text)
    return text


def export_json(
    parent: QWidget | None, document: JourneyDocument, settings: Settings
) -> Path | None:
    """The whole workshop as interchange JSON (for other tools, or to import again)."""
    from export import run_export

    target = ask_target(
        parent, settings, document, tr("Export as JSON"), ".json", tr("Journeyboard JSON (*.json)")
    )
    if target is None:
        return None
    ok = _run(parent, target[0], lambda: run_export(document.workshop, "json", target[0]))
    return target[0] if ok else None
