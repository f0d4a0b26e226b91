"""The version and the shipped libraries and fonts come from what is installed."""

from __future__ import annotations

from importlib import metadata

from app import about


def test_version_is_the_installed_one():
    assert about.version() == metadata.version("journeyboard")


def test_libraries_are_the_runtime_dependencies_and_theirs():
    found = {component.name.lower(): component for component in about.libraries()}
    # Direct dependencies, and one a dependency brings (sqlmodel -> SQLAlchemy, pydantic).
    for name in ("pyside6_essentials", "sqlmodel", "reportlab", "sqlalchemy", "pydantic"):
        assert found[name].version == metadata.version(name)
    # Test and bundling extras are not shipped.
    assert not {"pytest", "hypothesis", "pyinstaller"} & set(found)
    assert found["sqlalchemy"].licence == "MIT"
    assert any("Permission is hereby granted" in text for _name, text in found["sqlalchemy"].texts)


def test_qt_gets_the_standard_licence_texts_its_wheel_lacks():
    qt = next(c for c in about.libraries() if c.name.lower() == "pyside6_essentials")
    assert "LGPL-3.0-only" in qt.licence
    names = [name for name, _text in qt.texts]
    assert names == ["LGPL-3.0.txt", "GPL-3.0.txt"]
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in qt.texts[0][1]


def test_fonts_are_read_from_the_font_folder(tmp_path):
    (tmp_path / "Demo-Bold.ttf").write_bytes(b"")
    (tmp_path / "Demo.ttf").write_bytes(b"")
    (tmp_path / "LICENSE-Demo.txt").write_text(
        "Demo 1.5 fonts\n\nAcme Fonts Copyright\n--------\nfree to use\n", encoding="utf-8"
    )
    [demo] = about.fonts(tmp_path)
    assert demo.name == "Demo (Demo-Bold.ttf, Demo.ttf)"
    assert (demo.version, demo.licence) == ("1.5", "Acme font licence")
    assert [name for name, _text in demo.texts] == ["LICENSE-Demo.txt"]


def test_the_notice_names_everything_and_holds_the_texts():
    notice = about.third_party_notice()
    assert notice.startswith(f"Journeyboard {about.version()}")
    for component in [about.python_runtime(), *about.libraries(), *about.fonts()]:
        assert f"- {component.name} {component.version}: {component.licence}" in notice
    assert "GNU LESSER GENERAL PUBLIC LICENSE" in notice
    assert "Bitstream Vera Fonts Copyright" in notice
