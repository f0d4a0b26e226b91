"""`--version`, `--install-desktop` and the desktop files a desktop reads.

The desktop entry is checked with desktop-file-validate, the MIME type with the real
shared-mime-info database and GLib's type detection (what a file manager uses to decide
what a double-click opens). Those tools are Linux desktop tools; CI installs them.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest

from app import desktop

MAIN = Path(__file__).resolve().parents[2] / "main.py"
linux_only = pytest.mark.skipif(
    not sys.platform.startswith("linux"), reason="freedesktop integration is for Linux desktops"
)


def run(*args: str, home: Path | None = None) -> subprocess.CompletedProcess[str]:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    if home is not None:
        env["HOME"] = str(home)
        env.pop("XDG_DATA_HOME", None)
    return subprocess.run(
        [sys.executable, str(MAIN), *args], env=env, text=True, capture_output=True, timeout=120
    )


def tool(name: str) -> str:
    path = shutil.which(name)
    assert path, f"{name} is not installed (Debian: see .ci/run for the packages)"
    return path


def test_version_prints_the_installed_version():
    from importlib import metadata

    result = run("--version")
    assert (result.returncode, result.stderr) == (0, "")
    assert result.stdout == f"journeyboard {metadata.version('journeyboard')}\n"


def test_version_with_a_command_is_bad_usage():
    result = run("--version", "info", "x.journey")
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1 and "take no command" in result.stderr


@linux_only
def test_install_desktop_into_the_users_data_folder(tmp_path):
    result = run("--install-desktop", home=tmp_path)
    assert (result.returncode, result.stderr) == (0, ""), result.stderr
    share = tmp_path / ".local" / "share"
    entry = share / "applications" / "journeyboard.desktop"
    assert f"installed {entry}" in result.stdout.splitlines()
    text = entry.read_text(encoding="utf-8")
    # Started from the menu, it runs this very installation (a venv is not on PATH).
    exec_line = next(line for line in text.splitlines() if line.startswith("Exec="))
    assert exec_line == f"Exec={sys.executable} {MAIN} %f"
    assert "MimeType=application/x-journeyboard;" in text
    assert (
        share / "mime" / "packages" / "journeyboard.xml"
    ).read_bytes() == desktop.MIME_XML.read_bytes()
    assert (
        share / "icons/hicolor/scalable/apps/journeyboard.svg"
    ).read_bytes() == desktop.ICON_SVG.read_bytes()
    assert (share / "icons/hicolor/scalable/mimetypes/application-x-journeyboard.svg").is_file()
    # update-mime-database ran: the type is in the user's MIME database.
    assert "application/x-journeyboard" in (share / "mime" / "types").read_text()
    subprocess.run([tool("desktop-file-validate"), str(entry)], check=True)


@linux_only
def test_install_desktop_into_a_folder_it_cannot_write(tmp_path):
    (tmp_path / ".local").write_text("a file where a folder belongs")
    result = run("--install-desktop", home=tmp_path)
    assert result.returncode == 1
    assert result.stderr.count("\n") == 1 and str(tmp_path / ".local") in result.stderr
    assert "Traceback" not in result.stderr


@linux_only
@pytest.mark.parametrize(
    "command",
    [
        ["/usr/bin/journeyboard"],
        ["/home/anna/My Tools/venv/bin/python3", "/home/anna/My Tools/main.py"],
        ['/opt/we"ird$/100%/journeyboard'],
    ],
)
def test_the_desktop_entry_validates(tmp_path, command):
    entry = tmp_path / "journeyboard.desktop"
    entry.write_text(desktop.desktop_entry(command), encoding="utf-8")
    result = subprocess.run(
        [tool("desktop-file-validate"), str(entry)], capture_output=True, text=True
    )
    assert (result.returncode, result.stdout) == (0, "")
    text = entry.read_text(encoding="utf-8")
    for key in ("Name", "Name[de]", "Comment", "Comment[de]", "GenericName[de]"):
        assert f"\n{key}=" in text
    assert "\nMimeType=application/x-journeyboard;\n" in text


def test_exec_quoting_follows_the_desktop_entry_spec():
    assert desktop.exec_quote("/usr/bin/journeyboard") == "/usr/bin/journeyboard"
    assert desktop.exec_quote("/a b/c") == '"/a b/c"'
    assert desktop.exec_quote('/a"$`\\b') == '"/a\\"\\$\\`\\\\b"'
    assert desktop.exec_quote("/100%") == "/100%%"


def _files(folder: Path, demo_file: Path) -> dict[str, Path]:
    """A workshop under its own and under a foreign name, and another program's SQLite."""
    renamed = folder / "workshop.bin"
    shutil.copyfile(demo_file, renamed)
    plain = folder / "notes.bin"
    with sqlite3.connect(plain) as connection:
        connection.execute("CREATE TABLE note (text)")
    other_app = folder / "other.bin"
    with sqlite3.connect(other_app) as connection:
        connection.execute("PRAGMA application_id = 1234")
        connection.execute("CREATE TABLE note (text)")
    return {"journey": demo_file, "renamed": renamed, "plain": plain, "other": other_app}


@linux_only
def test_the_file_manager_recognises_a_workshop_by_name_and_by_content(tmp_path, workshop_path):
    """GLib (Nautilus, GTK file choosers) types each file with the installed MIME database."""
    share = tmp_path / "share"
    desktop.install_desktop(share, ["/usr/bin/journeyboard"])
    files = _files(tmp_path, workshop_path)
    env = dict(os.environ, XDG_DATA_HOME=str(share), XDG_DATA_DIRS="/usr/share")
    found = {}
    for name, path in files.items():
        result = subprocess.run(
            [tool("gio"), "info", "-a", "standard::content-type", str(path)],
            env=env,
            capture_output=True,
            text=True,
            check=True,
        )
        found[name] = result.stdout.split("standard::content-type:")[1].strip()
    assert found == {
        "journey": "application/x-journeyboard",
        "renamed": "application/x-journeyboard",
        "plain": "application/vnd.sqlite3",
        "other": "application/vnd.sqlite3",
    }


def test_the_mime_magic_is_sqlite_with_our_application_id():
    from storage.db import APPLICATION_ID

    ns = {"m": "http://www.freedesktop.org/standards/shared-mime-info"}
    mime = ET.parse(desktop.MIME_XML).getroot().find("m:mime-type", ns)
    assert mime.get("type") == desktop.MIME_TYPE
    assert [g.get("pattern") for g in mime.findall("m:glob", ns)] == ["*.journey"]
    outer = mime.find("m:magic/m:match", ns)
    assert (outer.get("type"), outer.get("offset")) == ("string", "0")
    assert outer.get("value").startswith("SQLite format 3")
    inner = outer.find("m:match", ns)
    assert (inner.get("type"), inner.get("offset")) == ("big32", "68")
    assert int(inner.get("value"), 16) == APPLICATION_ID
    comments = {
        c.get("{http://www.w3.org/XML/1998/namespace}lang"): c.text
        for c in mime.findall("m:comment", ns)
    }
    assert comments == {None: "Journeyboard workshop", "de": "Journeyboard-Workshop"}
