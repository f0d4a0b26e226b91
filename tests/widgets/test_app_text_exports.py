"""The window's CSV dialog, Mermaid export, "copy as Mermaid" and Mermaid import."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import csv
import io
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog


@pytest.fixture
def german_document(qapp: Any, tmp_path: Path) -> Any:
    from app.demo import demo_workshop
    from app.document import JourneyDocument
    from export.interchange import load

    path = tmp_path / "de.journey"
    load(demo_workshop("de"), path)
    document = JourneyDocument.open(path)
    yield document
    document.close()


def test_csv_dialog_defaults_follow_the_language(qtbot: Any, german_document: Any) -> None:
    from widgets.export_dialog import CsvExportDialog

    dialog = CsvExportDialog(german_document)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.language.currentData() == "de" and dialog.separator.currentData() == ";"
    assert dialog.options() == {"compare": False, "actions": False, "lang": "de", "delimiter": ";"}
    dialog.language.setFocus()
    qtbot.keyClick(dialog.language, Qt.Key.Key_Up)  # English comes first
    assert dialog.language.currentData() == "en" and dialog.separator.currentData() == ","
    qtbot.keyClick(dialog.separator, Qt.Key.Key_End)  # the user picks tab ...
    assert dialog.separator.currentData() == "\t"
    qtbot.keyClick(dialog.language, Qt.Key.Key_Down)  # ... which a language change keeps
    assert dialog.language.currentData() == "de" and dialog.separator.currentData() == "\t"
    qtbot.keyClick(dialog.content, Qt.Key.Key_Down)
    assert dialog.options()["compare"] is True


def test_comparison_csv_through_the_window(
    app_window: Any, app_dialogs: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from widgets.export_dialog import CsvExportDialog

    def choose(dialog: CsvExportDialog) -> int:
        dialog.content.setCurrentIndex(dialog.content.findData("compare"))
        dialog.language.setCurrentIndex(dialog.language.findData("de"))
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(CsvExportDialog, "exec", choose)
    app_dialogs.save_names.append(str(tmp_path / "vergleich"))
    app_window.acts.export_csv.trigger()
    out = tmp_path / "vergleich.csv"
    assert app_dialogs.errors == [] and app_dialogs.done == [out]
    rows = list(csv.DictReader(io.StringIO(out.read_bytes().decode("utf-8-sig")), delimiter=";"))
    assert rows[0]["Ebene"] == "Phase" and rows[0]["Phase"] == "Awareness"
    assert {row["Änderung"] for row in rows} >= {"übernommen", "neu"}


def test_mermaid_export_and_copy(app_window: Any, app_dialogs: Any, tmp_path: Path) -> None:
    from export.mermaid import mermaid_text

    expected = mermaid_text(app_window.document.workshop, app_window.current_map_id)
    assert expected.startswith("journey\n    title Sonnenkorn Bakery: online orders")
    app_dialogs.save_names += [str(tmp_path / "map"), str(tmp_path / "page.md")]
    app_window.acts.export_mermaid.trigger()
    app_window.acts.export_mermaid.trigger()
    assert app_dialogs.errors == []
    assert (tmp_path / "map.mmd").read_text("utf-8") == expected
    assert (tmp_path / "page.md").read_text("utf-8") == f"```mermaid\n{expected}```\n"
    app_window.acts.copy_mermaid.trigger()
    assert QApplication.clipboard().text() == f"```mermaid\n{expected}```\n"
    assert "Mermaid" in app_window.statusBar().currentMessage()


def test_file_import_reads_a_mermaid_journey(
    app_window: Any, app_dialogs: Any, tmp_path: Path
) -> None:
    source = tmp_path / "wiki.md"
    source.write_text(
        "# From the wiki\n\n```mermaid\njourney\n  title Onboarding\n"
        "  section Sign up\n    Fill in the form: 2: Ana, Ben\n"
        "  section First use\n    Invite the team: 4\n```\n",
        "utf-8",
    )
    app_dialogs.open_names.append(str(source))
    app_dialogs.save_names.append(str(tmp_path / "onboarding"))
    app_window.acts.import_json.trigger()
    assert app_dialogs.errors == []
    document = app_window.document
    assert document.path == tmp_path / "onboarding.journey"
    assert document.title() == "Onboarding"
    map_id = app_window.current_map_id
    assert [p.name for p in document.workshop.phases(map_id)] == ["Sign up", "First use"]
    assert [lane.name for lane in document.workshop.lanes(map_id)] == ["Ana", "Ben", "Customer"]
    cards = document.workshop.cards(map_id)
    assert sorted(c.title for c in cards) == [
        "Fill in the form",
        "Fill in the form",
        "Invite the team",
    ]
    # The cards are on the board.
    assert sorted(app_window.board_scene.card_items()) == sorted(c.id for c in cards)


def test_file_import_refuses_bad_mermaid_with_the_line(
    app_window: Any, app_dialogs: Any, tmp_path: Path
) -> None:
    source = tmp_path / "bad.mmd"
    source.write_text("journey\n  section A\n    Task: 7\n", "utf-8")
    before = app_window.document.path
    app_dialogs.open_names.append(str(source))
    app_window.acts.import_json.trigger()
    assert len(app_dialogs.errors) == 1
    title, message, hint = app_dialogs.errors[0]
    assert "bad.mmd" in title
    assert "line 3: the score must be a whole number from 1 to 5, not '7'" in message
    assert "Nothing was created" in hint
    assert app_window.document.path == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.suffix != ".ini") == [
        "bad.mmd",
        "demo.journey",
    ]


def test_comparison_is_offered_only_with_a_to_be_map(qtbot: Any, qapp: Any, tmp_path: Path) -> None:
    from app.demo import demo_workshop
    from app.document import JourneyDocument
    from export.interchange import load
    from widgets.export_dialog import CsvExportDialog

    data = demo_workshop("en")
    data["maps"] = data["maps"][:1]  # the as-is map alone
    path = tmp_path / "one.journey"
    load(data, path)
    document = JourneyDocument.open(path)
    try:
        dialog = CsvExportDialog(document)
        qtbot.addWidget(dialog)
        assert not dialog.content.model().item(1).isEnabled()
        assert dialog.language.currentData() == "en" and dialog.separator.currentData() == ","
    finally:
        document.close()


def test_a_refused_mermaid_import_is_explained_in_german(
    app_window: Any, app_dialogs: Any, tmp_path: Path
) -> None:
    from widgets import i18n

    app = QApplication.instance()
    assert i18n.install_translator(app, "de")
    try:
        source = tmp_path / "kaputt.mmd"
        source.write_text("journey\n  section Kauf\n    Bezahlen: 9: Lena\n", "utf-8")
        app_dialogs.open_names.append(str(source))
        app_window.acts.import_json.trigger()
        title, message, hint = app_dialogs.errors[0]
        assert message == (
            f"{source}: Zeile 3: die Wertung muss eine ganze Zahl von 1 bis 5 sein, nicht '9'"
        )
        assert hint.startswith("Es wurde nichts angelegt.")
    finally:
        i18n.install_translator(app, "en")
