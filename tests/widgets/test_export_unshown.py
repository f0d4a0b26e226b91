"""The PDF export dialog names the characters no installed font can draw."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QDialog


def test_pdf_export_warns_about_characters_no_font_has(
    app_window: Any, app_dialogs: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from widgets.export_dialog import PdfExportDialog

    monkeypatch.setattr(PdfExportDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    # Adlam: a script no font of a standard machine has.
    app_window.document.set_info(title="Workshop \U0001e900\U0001e901")
    out = tmp_path / "handout.pdf"
    app_dialogs.save_names.append(str(out))
    app_window.acts.export_pdf.trigger()
    assert app_dialogs.errors == [] and app_dialogs.done == [out]
    assert out.read_bytes().startswith(b"%PDF")  # written all the same
    assert len(app_dialogs.warnings) == 1
    title, text = app_dialogs.warnings[0]
    assert title == "Some characters are not shown"
    assert "\U0001e900 (U+1E900), \U0001e901 (U+1E901)" in text and str(out) in text


def test_pdf_export_of_drawable_text_warns_about_nothing(
    app_window: Any, app_dialogs: Any, monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    from widgets.export_dialog import PdfExportDialog

    monkeypatch.setattr(PdfExportDialog, "exec", lambda dialog: QDialog.DialogCode.Accepted)
    app_window.document.set_info(title="Bäckerei שלום مرحبا 中文")
    app_dialogs.save_names.append(str(tmp_path / "ok.pdf"))
    app_window.acts.export_pdf.trigger()
    assert app_dialogs.done == [tmp_path / "ok.pdf"] and app_dialogs.warnings == []
