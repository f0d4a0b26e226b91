"""GUI: the start screen shown while no workshop is open.

Recent workshops, new workshops from the built-in templates (English or German), Open
and the demo. The screen only emits requests; ``create_workshop_file`` is the helper
the main window calls for "new" and "demo": it asks for a file name and writes the file.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import (
    QCoreApplication,
    QEvent,
    QModelIndex,
    QPersistentModelIndex,
    QPointF,
    QSize,
    QStandardPaths,
    Qt,
    Signal,
)
from PySide6.QtGui import (
    QAction,
    QColor,
    QFont,
    QFontMetrics,
    QIcon,
    QKeyEvent,
    QKeySequence,
    QPainter,
    QPalette,
    QPen,
    QPixmap,
    QShowEvent,
)
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QCommandLinkButton,
    QFileDialog,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QPushButton,
    QSizePolicy,
    QStackedWidget,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QVBoxLayout,
    QWidget,
)

from app.errors import AlreadyExists, JourneyError
from app.templates import TEMPLATE_KEYS
from widgets import dialogs
from widgets.messages import error_text
from widgets.settings import LANGUAGE_NAMES, Settings

SUFFIX = ".journey"
DEMO_KEY = "demo"  # create_workshop_file's key for the built-in demo workshop
TEMPLATE_LANGUAGES = LANGUAGE_NAMES  # the templates come in every interface language
PATH_ROLE = Qt.ItemDataRole.UserRole


def _arrow_icon(color: QColor, size: int = 24) -> QIcon:
    """A right-pointing arrow in ``color`` (drawn, so it suits light and dark palettes)."""
    icon = QIcon()
    for scale in (1, 2):
        pixmap = QPixmap(size * scale, size * scale)
        pixmap.setDevicePixelRatio(scale)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(
            color,
            size / 9,
            Qt.PenStyle.SolidLine,
            Qt.PenCapStyle.RoundCap,
            Qt.PenJoinStyle.RoundJoin,
        )
        painter.setPen(pen)
        painter.drawLine(QPointF(size * 0.2, size / 2), QPointF(size * 0.78, size / 2))
        painter.drawPolyline(
            [
                QPointF(size * 0.52, size * 0.25),
                QPointF(size * 0.8, size / 2),
                QPointF(size * 0.52, size * 0.75),
            ]
        )
        painter.end()
        icon.addPixmap(pixmap)
    return icon


class _RecentList(QListWidget):
    """Enter opens the current item on every platform (macOS would start editing)."""

    def keyPressEvent(self, event: QKeyEvent) -> None:
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentItem():
            self.itemActivated.emit(self.currentItem())
            event.accept()
            return
        super().keyPressEvent(event)


class _RecentDelegate(QStyledItemDelegate):
    """A recent workshop as two lines: its name in bold, its folder smaller and dimmer."""

    PADDING = 6

    def _fonts(self, option: QStyleOptionViewItem) -> tuple[QFont, QFont]:
        name = QFont(option.font)
        name.setWeight(QFont.Weight.DemiBold)
        name.setPointSizeF(option.font.pointSizeF() * 1.1)
        folder = QFont(option.font)
        folder.setPointSizeF(option.font.pointSizeF() * 0.9)
        return name, folder

    def sizeHint(
        self, option: QStyleOptionViewItem, index: QModelIndex | QPersistentModelIndex
    ) -> QSize:
        name, folder = self._fonts(option)
        height = QFontMetrics(name).height() + QFontMetrics(folder).height()
        return QSize(200, max(height, option.decorationSize.height()) + 2 * self.PADDING)

    def paint(
        self,
        painter: QPainter,
        option: QStyleOptionViewItem,
        index: QModelIndex | QPersistentModelIndex,
    ) -> None:
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        widget = opt.widget
        style = widget.style() if widget is not None else QApplication.style()
        style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, widget)
        text_rect = style.subElementRect(QStyle.SubElement.SE_ItemViewItemText, opt, widget)
        text_rect = text_rect.adjusted(4, self.PADDING, -4, -self.PADDING)
        selected = bool(opt.state & QStyle.StateFlag.State_Selected)
        group = (
            QPalette.ColorGroup.Active
            if opt.state & QStyle.StateFlag.State_Active
            else QPalette.ColorGroup.Inactive
        )
        name_color = opt.palette.color(
            group, QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        )
        folder_color = (
            name_color if selected else opt.palette.color(group, QPalette.ColorRole.PlaceholderText)
        )
        name_font, folder_font = self._fonts(opt)
        path = Path(index.data(PATH_ROLE))
        painter.save()
        name_height = QFontMetrics(name_font).height()
        painter.setFont(name_font)
        painter.setPen(name_color)
        painter.drawText(
            text_rect.adjusted(0, 0, 0, -(text_rect.height() - name_height)),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter,
            QFontMetrics(name_font).elidedText(
                path.stem, Qt.TextElideMode.ElideRight, text_rect.width()
            ),
        )
        painter.setFont(folder_font)
        painter.setPen(folder_color)
        painter.drawText(
            text_rect.adjusted(0, name_height, 0, 0),
            Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop,
            QFontMetrics(folder_font).elidedText(
                str(path.parent), Qt.TextElideMode.ElideMiddle, text_rect.width()
            ),
        )
        painter.restore()


class StartScreen(QWidget):
    """What the window shows with no workshop open; every action is a signal."""

    openRequested = Signal(str)  # a recent workshop's path
    newRequested = Signal(str, str)  # template key, language of the template
    openDialogRequested = Signal()  # "Open...": the caller shows its file dialog
    demoRequested = Signal(str)  # language of the demo

    def __init__(self, settings: Settings | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.settings = settings if settings is not None else Settings()
        self.setAutoFillBackground(True)
        self.setBackgroundRole(QPalette.ColorRole.Window)

        self.title = QLabel("Journeyboard")
        title_font = QFont(self.font())
        title_font.setPointSizeF(self.font().pointSizeF() * 2.6)
        title_font.setWeight(QFont.Weight.Bold)
        self.title.setFont(title_font)
        self.subtitle = QLabel()
        self.subtitle.setWordWrap(True)
        self.subtitle.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        subtitle_font = QFont(self.font())
        subtitle_font.setPointSizeF(self.font().pointSizeF() * 1.2)
        self.subtitle.setFont(subtitle_font)

        # Left column: new workshops.
        self.new_heading = self._heading()
        self.language_label = QLabel()
        self.language = QComboBox()
        for code, name in TEMPLATE_LANGUAGES:
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(self.settings.language())))
        self.language_label.setBuddy(self.language)
        self.template_buttons: dict[str, QCommandLinkButton] = {}
        for key in TEMPLATE_KEYS:
            button = QCommandLinkButton()
            button.clicked.connect(lambda _=False, key=key: self._new(key))
            self.template_buttons[key] = button
        self.demo_button = QCommandLinkButton()
        self.demo_button.clicked.connect(lambda: self.demoRequested.emit(self.template_language()))

        # Right column: recent workshops.
        self.recent_heading = self._heading()
        self.recent = _RecentList()
        self.recent.setUniformItemSizes(True)
        self.recent.setItemDelegate(_RecentDelegate(self.recent))
        self.recent.setIconSize(QSize(32, 32))
        self.recent.setMinimumHeight(200)
        self.recent.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.recent.itemActivated.connect(self._open_item)
        self.recent.setContextMenuPolicy(Qt.ContextMenuPolicy.ActionsContextMenu)
        self.remove_action = QAction(self.recent)
        self.remove_action.setShortcut(QKeySequence(Qt.Key.Key_Delete))
        self.remove_action.setShortcutContext(Qt.ShortcutContext.WidgetShortcut)
        self.remove_action.triggered.connect(self.remove_selected)
        self.recent.addAction(self.remove_action)
        self.empty_label = QLabel()
        self.empty_label.setWordWrap(True)
        self.empty_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.empty_label.setForegroundRole(QPalette.ColorRole.PlaceholderText)
        self.recent_pages = QStackedWidget()
        self.recent_pages.addWidget(self.recent)
        self.recent_pages.addWidget(self.empty_label)
        self.open_button = QPushButton()
        self.open_button.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_DirOpenIcon))
        self.open_button.clicked.connect(self.openDialogRequested.emit)
        self.remove_button = QPushButton()
        self.remove_button.clicked.connect(self.remove_selected)

        language_row = QHBoxLayout()
        language_row.addWidget(self.language_label)
        language_row.addWidget(self.language, 1)
        left = QVBoxLayout()
        left.setSpacing(6)
        left.addWidget(self.new_heading)
        left.addLayout(language_row)
        for button in self.template_buttons.values():
            left.addWidget(button)
        left.addSpacing(12)
        left.addWidget(self.demo_button)
        left.addStretch(1)

        recent_buttons = QHBoxLayout()
        recent_buttons.addWidget(self.open_button)
        recent_buttons.addStretch(1)
        recent_buttons.addWidget(self.remove_button)
        right = QVBoxLayout()
        right.setSpacing(6)
        right.addWidget(self.recent_heading)
        right.addWidget(self.recent_pages, 1)
        right.addLayout(recent_buttons)

        columns = QGridLayout()
        columns.setHorizontalSpacing(36)
        columns.addLayout(left, 0, 0)
        line = QFrame()
        line.setFrameShape(QFrame.Shape.VLine)
        line.setFrameShadow(QFrame.Shadow.Plain)
        line.setForegroundRole(QPalette.ColorRole.Mid)
        columns.addWidget(line, 0, 1)
        columns.addLayout(right, 0, 2)
        columns.setColumnStretch(0, 5)
        columns.setColumnStretch(2, 6)

        page = QWidget()
        page.setMaximumWidth(1000)
        page_layout = QVBoxLayout(page)
        page_layout.setContentsMargins(0, 0, 0, 0)
        page_layout.setSpacing(6)
        page_layout.addWidget(self.title)
        page_layout.addWidget(self.subtitle)
        page_layout.addSpacing(24)
        page_layout.addLayout(columns, 1)

        outer = QHBoxLayout(self)
        outer.setContentsMargins(48, 40, 48, 40)
        outer.addStretch(1)
        outer.addWidget(page, 100)
        outer.addStretch(1)

        self.setTabOrder(self.recent, self.open_button)
        self.setTabOrder(self.open_button, self.remove_button)
        self.setTabOrder(self.remove_button, self.language)
        previous: QWidget = self.language
        for button in [*self.template_buttons.values(), self.demo_button]:
            self.setTabOrder(previous, button)
            previous = button

        self._apply_palette()
        self.retranslate_ui()
        self._built = True

    def _apply_palette(self) -> None:
        # The style's own command-link arrow is a fixed dark picture; ours follows the palette.
        icon = _arrow_icon(self.palette().color(QPalette.ColorRole.Highlight))
        for button in [*self.template_buttons.values(), self.demo_button]:
            button.setIcon(icon)

    def _heading(self) -> QLabel:
        label = QLabel()
        font = QFont(self.font())
        font.setPointSizeF(self.font().pointSizeF() * 1.35)
        font.setWeight(QFont.Weight.DemiBold)
        label.setFont(font)
        return label

    def retranslate_ui(self) -> None:
        self.subtitle.setText(
            self.tr(
                "Map your customers' journey in a workshop: personas, phases and touchpoints on "
                "one board, rated by everyone in the room."
            )
        )
        self.new_heading.setText(self.tr("New from template"))
        self.language_label.setText(self.tr("&Language of the template:"))
        texts = {
            "blank": (self.tr("&Blank"), self.tr("One empty map: add your own phases and lanes.")),
            "4-phases": (
                self.tr("&4 phases"),
                self.tr("Awareness, Consideration, Conversion, After-sales"),
            ),
            "7-phases": (
                self.tr("&7 phases"),
                self.tr(
                    "Awareness, Interest, Decision, Purchase, Post-purchase, Loyalty, Expansion"
                ),
            ),
        }
        for key, button in self.template_buttons.items():
            title, description = texts.get(key, (key, ""))
            button.setText(title)
            button.setDescription(description)
        self.demo_button.setText(self.tr("Open the &demo"))
        self.demo_button.setDescription(self.tr("A bakery's rated journey, to try everything out."))
        self.recent_heading.setText(self.tr("Recent workshops"))
        self.recent.setAccessibleName(self.tr("Recent workshops"))
        self.empty_label.setText(
            self.tr("No recent workshops yet. Start a new one from a template or open a file.")
        )
        self.open_button.setText(self.tr("&Open..."))
        self.remove_button.setText(self.tr("&Remove from list"))
        self.remove_button.setToolTip(
            self.tr("Forget the selected workshop here; the file itself stays where it is.")
        )
        self.remove_action.setText(self.remove_button.text().replace("&", ""))
        self.remove_action.setToolTip(self.remove_button.toolTip())
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if getattr(self, "_built", False):  # Qt sends some while __init__ still runs
            if event.type() == QEvent.Type.LanguageChange:
                self.retranslate_ui()
            elif event.type() == QEvent.Type.PaletteChange:
                self._apply_palette()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()  # a file may have been opened or deleted since the screen was built
        super().showEvent(event)
        focus = QApplication.focusWidget()
        if focus is None or not self.isAncestorOf(focus):
            first = self.recent if self.recent.count() else self.template_buttons["blank"]
            first.setFocus(Qt.FocusReason.OtherFocusReason)

    def template_language(self) -> str:
        """The language chosen for new workshops and the demo ("en" or "de")."""
        return self.language.currentData()

    def refresh(self) -> None:
        """Reload the recent workshops from the settings (missing files drop out)."""
        current = self.recent.currentItem()
        selected = current.data(PATH_ROLE) if current else None
        self.recent.clear()
        for path in self.settings.recent_files():
            item = QListWidgetItem(path.stem)
            item.setData(PATH_ROLE, str(path))
            item.setToolTip(str(path))
            item.setIcon(self.style().standardIcon(QStyle.StandardPixmap.SP_FileIcon))
            self.recent.addItem(item)
            if str(path) == selected:
                self.recent.setCurrentItem(item)
        if self.recent.count() and self.recent.currentItem() is None:
            self.recent.setCurrentRow(0)
        has_recent = self.recent.count() > 0
        self.recent_pages.setCurrentWidget(self.recent if has_recent else self.empty_label)
        self.remove_button.setVisible(has_recent)

    def remove_selected(self) -> None:
        """Forget the selected recent workshop (the file is not touched)."""
        item = self.recent.currentItem()
        if item is not None:
            self.settings.remove_recent_file(item.data(PATH_ROLE))
            self.refresh()

    def _open_item(self, item: QListWidgetItem) -> None:
        self.openRequested.emit(item.data(PATH_ROLE))

    def _new(self, key: str) -> None:
        self.newRequested.emit(key, self.template_language())


def _default_folder() -> Path:
    location = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
    return Path(location) if location else Path.home()


def create_workshop_file(
    parent: QWidget | None, template_key: str, lang: str, folder: Path | None = None
) -> Path | None:
    """Ask where to save a new workshop, write it, and return its path (None if cancelled).

    ``template_key`` is one of TEMPLATE_KEYS or DEMO_KEY. An existing file is never
    replaced: the user is told and asked again. Failures are shown with what to do.
    """
    demo = template_key == DEMO_KEY
    suggested = (folder or _default_folder()) / (
        QCoreApplication.translate("create_workshop_file", "Demo workshop")
        if demo
        else QCoreApplication.translate("create_workshop_file", "Workshop")
    )
    while True:
        name, _filter = QFileDialog.getSaveFileName(
            parent,
            QCoreApplication.translate("create_workshop_file", "Save the demo workshop as")
            if demo
            else QCoreApplication.translate("create_workshop_file", "Save the new workshop as"),
            str(suggested.with_suffix(SUFFIX)),
            QCoreApplication.translate(
                "create_workshop_file", "Journeyboard workshops (*.journey)"
            ),
            "",
            # We refuse existing files ourselves: the dialog's question would be about
            # a name without the suffix we append.
            QFileDialog.Option.DontConfirmOverwrite,
        )
        if not name:
            return None
        path = Path(name)
        if path.suffix.lower() != SUFFIX:
            path = path.with_name(path.name + SUFFIX)
        try:
            # Imported here: the validation library is not needed to show the window.
            from app.demo import demo_workshop
            from app.templates import workshop_from_template
            from export.interchange import load

            data = (
                demo_workshop(lang)
                if demo
                else workshop_from_template(template_key, lang, title=path.stem)
            )
            load(data, path)
        except AlreadyExists:
            dialogs.show_error(
                parent,
                QCoreApplication.translate("create_workshop_file", "The file already exists"),
                QCoreApplication.translate("create_workshop_file", "{path} already exists.").format(
                    path=str(path)
                ),
                QCoreApplication.translate(
                    "create_workshop_file",
                    "Choose another name. Journeyboard never "
                    "overwrites a workshop; delete the old file first if you no longer "
                    "need it.",
                ),
            )
            suggested = path.with_suffix("")
            continue
        except JourneyError as error:
            dialogs.show_error(
                parent,
                QCoreApplication.translate("create_workshop_file", "Could not create the workshop"),
                error_text(error),
                QCoreApplication.translate(
                    "create_workshop_file",
                    "Nothing was written. Choose another name or folder and try again.",
                ),
            )
            return None
        except OSError as error:
            where = error.filename or path
            dialogs.show_error(
                parent,
                QCoreApplication.translate("create_workshop_file", "Could not create the workshop"),
                f"{where}: {error.strerror or error}",
                QCoreApplication.translate(
                    "create_workshop_file",
                    "Choose a folder you can write to and check that the disk is not full.",
                ),
            )
            return None
        return path
