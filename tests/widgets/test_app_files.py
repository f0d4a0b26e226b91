"""File menu and maps: recent files, save a copy, import JSON, exports, map edits."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import json
import re
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog, QProgressDialog


def test_recent_files_survive_a_restart(
    qtbot: Any, app_settings: Any, app_dialogs: Any, workshop_path: Path, tmp_path: Path
) -> None:
    from widgets.window.main_window import MainWindow

    first = MainWindow(app_settings)
    qtbot.addWidget(first)
    assert first.open_file(workshop_path)
    assert first.menus.recent_paths() == [workshop_path]
    first.close()  # saves the layout, closes the file

    again = MainWindow(app_settings)  # a restart: same settings, new window
    qtbot.addWidget(again)
    assert again.menus.recent_paths() == [workshop_path]
    assert [a.data() for a in again.menus.recent_menu.actions() if a.data()] == [str(workshop_path)]
    recent = next(a for a in again.menus.recent_menu.actions() if a.data())
    recent.trigger()
    assert again.document is not None and again.document.path == workshop_path
    again.close_file()

    missing = tmp_path / "gone.journey"
    app_settings.add_recent_file(workshop_path)
    assert not again.open_file(missing)  # a failed open drops out of the list
    assert missing not in again.menus.recent_paths()
    again.menus.acts.clear_recent.trigger()
    assert again.menus.recent_paths() == []


def test_save_a_copy_writes_a_file_that_opens(
    app_window: Any, app_dialogs: Any, qtbot: Any, tmp_path: Path
) -> None:
    from widgets.window.main_window import MainWindow

    target = tmp_path / "copies" / "Bakery copy"
    target.parent.mkdir()
    app_dialogs.save_names.append(str(target))
    app_window.acts.save_copy.trigger()
    copy = target.with_name("Bakery copy.journey")
    assert copy.is_file() and app_dialogs.errors == []
    other = MainWindow(app_window.settings)
    qtbot.addWidget(other)
    assert other.open_file(copy)
    assert len(other.document.cards(other.current_map_id)) == len(
        app_window.document.cards(app_window.current_map_id)
    )
    other.close_file()


def test_import_json_refuses_a_bad_file_with_its_json_path(
    app_window: Any, app_dialogs: Any, tmp_path: Path
) -> None:
    from export.interchange import dump

    data = dump(app_window.document.workshop)
    data["maps"][0]["cards"][3]["ratings"] = [
        {"participant": data["participants"][0]["id"], "experience": 7, "importance": 3}
    ]
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(data), encoding="utf-8")
    app_dialogs.open_names.append(str(bad))
    app_dialogs.save_names.append(str(tmp_path / "never.journey"))
    app_window.acts.import_json.trigger()
    assert len(app_dialogs.errors) == 1
    assert "maps[0].cards[3].ratings[0].experience" in app_dialogs.errors[0][1]
    assert app_dialogs.save_names  # it did not even ask where to save
    assert [p.name for p in tmp_path.glob("*.journey")] == ["demo.journey"]  # the open one


def test_import_json_creates_the_workshop_and_opens_it(
    app_window: Any, app_dialogs: Any, tmp_path: Path
) -> None:
    out = tmp_path / "exported.json"
    app_dialogs.save_names.append(str(out))
    app_window.acts.export_json.trigger()
    assert app_dialogs.done == [out] and out.is_file()
    app_dialogs.open_names.append(str(out))
    app_dialogs.save_names.append(str(tmp_path / "imported"))
    app_window.acts.import_json.trigger()
    assert app_dialogs.errors == []
    assert app_window.document.path == tmp_path / "imported.journey"
    assert app_window.document.title() == json.loads(out.read_text("utf-8"))["title"]


def _accept_with(monkeypatch: pytest.MonkeyPatch, page_size: str, maps: int = 1) -> None:
    from widgets.export_dialog import PdfExportDialog

    def exec_(dialog: PdfExportDialog) -> int:
        dialog.page_size.setCurrentIndex(dialog.page_size.findData(page_size))
        ids = [dialog.maps.item(i).data(256) for i in range(dialog.maps.count())]
        dialog.set_selected_maps(ids[:maps])
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PdfExportDialog, "exec", exec_)


def test_pdf_export_writes_the_chosen_page_size(
    app_window: Any, app_dialogs: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _accept_with(monkeypatch, "A4")
    out = tmp_path / "handout.pdf"
    app_dialogs.save_names.append(str(tmp_path / "handout"))
    app_window.acts.export_pdf.trigger()
    assert app_dialogs.errors == [] and app_dialogs.done == [out]
    data = out.read_bytes()
    assert data.startswith(b"%PDF")
    boxes = {
        tuple(sorted(round(float(v)) for v in box.split()[2:]))
        for box in re.findall(rb"/MediaBox \[([^\]]+)\]", data)
    }
    assert boxes == {(595, 842)}  # A4, portrait or landscape
    assert app_window.settings.export_options()["page_size"] == "A4"


def test_a_cancelled_pdf_export_leaves_no_file(
    app_window: Any, app_dialogs: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    _accept_with(monkeypatch, "A3")
    monkeypatch.setattr(QProgressDialog, "wasCanceled", lambda self: True)
    app_dialogs.save_names.append(str(tmp_path / "cancelled.pdf"))
    app_window.acts.export_pdf.trigger()
    assert not (tmp_path / "cancelled.pdf").exists()
    assert list(tmp_path.glob("*.pdf*")) == []
    assert app_dialogs.done == [] and app_dialogs.errors == []


def _accept_csv_defaults(monkeypatch: pytest.MonkeyPatch) -> None:
    from widgets.export_dialog import CsvExportDialog

    monkeypatch.setattr(CsvExportDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)


def test_png_and_csv_exports(
    app_window: Any, app_dialogs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _accept_csv_defaults(monkeypatch)
    app_dialogs.save_names += [str(tmp_path / "board.png"), str(tmp_path / "table.csv")]
    app_window.acts.export_png.trigger()
    app_window.acts.export_csv.trigger()
    assert (tmp_path / "board.png").read_bytes().startswith(b"\x89PNG")
    assert (
        "Google" in (tmp_path / "table.csv").read_text("utf-8-sig")
        or (tmp_path / "table.csv").stat().st_size > 100
    )
    assert app_dialogs.done == [tmp_path / "board.png", tmp_path / "table.csv"]


def test_an_export_that_cannot_be_written_is_explained(
    app_window: Any, app_dialogs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _accept_csv_defaults(monkeypatch)
    app_dialogs.save_names.append(str(tmp_path / "no-such-folder" / "table.csv"))
    app_window.acts.export_csv.trigger()
    assert len(app_dialogs.errors) == 1
    title, message, hint = app_dialogs.errors[0]
    assert "no-such-folder" in message and "Nothing was written" in hint


def test_new_map_rename_delete_and_undo(app_window: Any, app_dialogs: Any) -> None:
    document = app_window.document
    before = [m.id for m in document.maps()]
    app_dialogs.texts.append("Workshop day 2")
    app_window.acts.new_map.trigger()
    new_id = app_window.current_map_id
    assert new_id not in before and document.get("map", new_id).name == "Workshop day 2"
    assert len(document.phases(new_id)) == 1 and len(document.lanes(new_id)) == 1

    app_dialogs.texts.append("Day two")
    app_window.acts.rename_map.trigger()
    assert document.get("map", new_id).name == "Day two"

    app_dialogs.confirm = False
    app_window.acts.delete_map.trigger()
    assert document.get("map", new_id) is not None  # asked, refused: kept
    app_dialogs.confirm = True
    app_window.acts.delete_map.trigger()
    assert "Delete the map “Day two”" in app_dialogs.asked[-1]
    assert [m.id for m in document.maps()] == before
    app_window.board_scene.flush()
    assert app_window.current_map_id in before
    app_window.acts.undo.trigger()
    assert document.get("map", new_id).name == "Day two"


def test_the_last_map_cannot_be_deleted(app_window: Any, app_dialogs: Any) -> None:
    document = app_window.document
    while len(document.maps()) > 1:
        app_window.set_current_map(document.maps()[-1].id)
        app_window.commands.delete_map()
        app_window.board_scene.flush()
    assert not app_window.acts.delete_map.isEnabled()
    assert app_window.commands.delete_map() is False
    assert "only map" in app_dialogs.errors[-1][1]


def test_new_from_template_in_german(app_window: Any, app_dialogs: Any, tmp_path: Path) -> None:
    menu = app_window.menus.template_menu
    menu.popup(app_window.pos())  # the templates are listed when the menu is first opened
    menu.hide()
    action = next(a for a in menu.actions() if a.data() == ("7-phases", "de"))
    app_dialogs.save_names.append(str(tmp_path / "Kundenreise"))
    action.trigger()
    document = app_window.document
    assert document.path == tmp_path / "Kundenreise.journey"
    names = [p.name for p in document.phases(app_window.current_map_id)]
    assert names[:2] == ["Bewusstsein", "Interesse"]
