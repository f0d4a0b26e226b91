"""Child process of test_rel_gui: the main window offscreen, bad files and random gestures.

    python rel_gui_child.py open FILE...          open each file, print one JSON line each
    python rel_gui_child.py fuzz FILE SEED N      N random gesture sequences on FILE

Message boxes are replaced by recorders, so nothing blocks. The test runs this in a child
process so that a crash of Qt (a fatal error aborts the whole process) fails one test and
not the whole test run.
"""

from __future__ import annotations

import json
import os
import random
import sqlite3
import sys
from pathlib import Path
from typing import Any

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QEvent, QPointF, QSettings, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QApplication, QMessageBox

SHOWN: list[str] = []


def _record(*args: Any, **_kwargs: Any) -> Any:
    SHOWN.append(" | ".join(str(a) for a in args if isinstance(a, str)))
    return QMessageBox.StandardButton.Yes  # questions: go ahead (delete with cards...)


def _quiet_dialogs(settings_folder: str) -> None:
    for name in ("warning", "critical", "information", "question"):
        setattr(QMessageBox, name, staticmethod(_record))
    for settings_format in (QSettings.Format.NativeFormat, QSettings.Format.IniFormat):
        QSettings.setPath(settings_format, QSettings.Scope.UserScope, settings_folder)
    from widgets import dialogs

    dialogs.warn = _record


def _window() -> Any:
    from widgets.window.main_window import MainWindow

    window = MainWindow()
    window.resize(1400, 900)
    window.show()
    QApplication.processEvents()
    return window


def open_files(paths: list[str]) -> None:
    window = _window()
    for path in paths:
        SHOWN.clear()
        opened = window.open_file(path)
        QApplication.processEvents()
        print(
            json.dumps({"path": path, "opened": bool(opened), "messages": list(SHOWN)}), flush=True
        )
        window.close_file()
    window.close()


def _mouse(view: Any, kind: QEvent.Type, scene_pos: QPointF, buttons: Qt.MouseButton) -> None:
    viewport = view.viewport()
    pos = QPointF(view.mapFromScene(scene_pos))
    button = Qt.MouseButton.NoButton if kind == QEvent.Type.MouseMove else Qt.MouseButton.LeftButton
    event = QMouseEvent(
        kind,
        pos,
        QPointF(viewport.mapToGlobal(pos)),
        button,
        buttons,
        Qt.KeyboardModifier.NoModifier,
    )
    QApplication.sendEvent(viewport, event)


def _file_cards(path: str, map_id: str) -> set[str]:
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        return {
            row[0] for row in connection.execute("SELECT id FROM card WHERE map_id = ?", (map_id,))
        }
    finally:
        connection.close()


def fuzz(path: str, seed: int, sequences: int) -> None:
    rng = random.Random(seed)
    window = _window()
    assert window.open_file(path), SHOWN
    scene, view = window.board_scene, window.board_view
    gestures = {"press-move-release": 0, "delete": 0, "undo": 0, "redo": 0, "click-empty": 0}
    for n in range(sequences):
        for _ in range(rng.randint(1, 6)):
            items = scene.card_items()
            op = rng.choices(list(gestures), weights=[6, 2, 3, 1, 1])[0]
            if op == "press-move-release" and items:
                item = rng.choice(list(items.values()))
                start = item.sceneBoundingRect().center()
                view.centerOn(start)
                QApplication.processEvents()
                _mouse(view, QEvent.Type.MouseButtonPress, start, Qt.MouseButton.LeftButton)
                pos = QPointF(start)
                for _step in range(rng.randint(0, 5)):
                    pos = pos + QPointF(rng.uniform(-300, 300), rng.uniform(-200, 200))
                    _mouse(view, QEvent.Type.MouseMove, pos, Qt.MouseButton.LeftButton)
                _mouse(view, QEvent.Type.MouseButtonRelease, pos, Qt.MouseButton.NoButton)
            elif op == "delete" and items:
                item = rng.choice(list(items.values()))
                scene.clearSelection()
                item.setSelected(True)
                from PySide6.QtGui import QKeyEvent

                view.setFocus()
                QApplication.sendEvent(
                    view.viewport(),
                    QKeyEvent(
                        QEvent.Type.KeyPress, Qt.Key.Key_Delete, Qt.KeyboardModifier.NoModifier
                    ),
                )
            elif op == "undo":
                window.undo_group.undo()
            elif op == "redo":
                window.undo_group.redo()
            elif op == "click-empty":
                corner = scene.sceneRect().bottomRight() - QPointF(5, 5)
                _mouse(view, QEvent.Type.MouseButtonPress, corner, Qt.MouseButton.LeftButton)
                _mouse(view, QEvent.Type.MouseButtonRelease, corner, Qt.MouseButton.NoButton)
            gestures[op] += 1
            QApplication.processEvents()
        map_id = scene.map_id
        shown = set(scene.card_items())
        stored = _file_cards(path, map_id)
        if shown != stored:
            print(
                json.dumps(
                    {
                        "sequence": n,
                        "mismatch": True,
                        "only_scene": sorted(shown - stored),
                        "only_file": sorted(stored - shown),
                    }
                ),
                flush=True,
            )
            sys.exit(3)
    print(json.dumps({"sequences": sequences, "gestures": gestures, "messages": SHOWN}), flush=True)
    window.close_file()
    window.close()


def main() -> None:
    app = QApplication(["journeyboard-test"])
    _quiet_dialogs(os.environ.get("JB_SETTINGS", str(Path.cwd())))
    if sys.argv[1] == "open":
        open_files(sys.argv[2:])
    else:
        fuzz(sys.argv[2], int(sys.argv[3]), int(sys.argv[4]))
    app.processEvents()


if __name__ == "__main__":
    main()
