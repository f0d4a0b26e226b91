"""App: desktop integration on Linux: the start-menu entry, the icon and the file type.

``journeyboard --install-desktop`` copies the freedesktop desktop entry, the
shared-mime-info type for ``*.journey`` and the icons into the user's data folder
(``$XDG_DATA_HOME``, default ``~/.local/share``), with the entry pointing at the
Journeyboard that runs the command: a pip installation in a virtual environment is
then started from the menu and by double-clicking a workshop. The Debian package
installs the same files system-wide (``scripts/build_deb.py``).
"""

from __future__ import annotations

import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

import resources

RESOURCES = Path(resources.__file__).resolve().parent
DESKTOP_FILES = RESOURCES / "desktop"
DESKTOP_ENTRY = DESKTOP_FILES / "journeyboard.desktop"
MIME_XML = DESKTOP_FILES / "journeyboard.xml"
ICON_SVG = RESOURCES / "icons" / "journeyboard.svg"
MIME_TYPE = "application/x-journeyboard"
APP_ID = "journeyboard"
TOOL_TIMEOUT = 120  # seconds for update-mime-database and friends; they take well under one
# Characters that make the desktop entry spec require an argument to be quoted.
_RESERVED = re.compile(r"""[\s"'\\><~|&;$*?#()`]""")


class DesktopError(Exception):
    """The desktop files could not be installed; the message says what and where."""


def data_home() -> Path:
    """The user's data folder as the XDG base directory spec defines it."""
    value = os.environ.get("XDG_DATA_HOME", "")
    return Path(value) if os.path.isabs(value) else Path.home() / ".local" / "share"


def launch_command() -> list[str]:
    """The command that starts this Journeyboard: the bundle's executable, the console
    script that ran us, or this Python with main.py."""
    if getattr(sys, "frozen", False):
        return [str(Path(sys.executable).resolve())]
    script = Path(sys.argv[0]) if sys.argv and sys.argv[0] else None
    if script is not None and script.name.startswith("journeyboard") and script.is_file():
        return [os.path.abspath(script)]
    # Not resolved: a virtual environment's python is a symlink out of the environment.
    return [os.path.abspath(sys.executable), str(RESOURCES.parent / "main.py")]


def exec_quote(argument: str) -> str:
    """One argument of a desktop entry's Exec key, quoted as the spec asks."""
    if argument and not _RESERVED.search(argument):
        return argument.replace("%", "%%")
    inner = re.sub(r'(["`$\\])', r"\\\1", argument).replace("%", "%%")
    return f'"{inner}"'


def desktop_entry(command: list[str]) -> str:
    """The desktop entry with Exec and TryExec set to ``command``."""
    exec_line = " ".join(exec_quote(part) for part in command)
    # The Exec value is itself a string value: its backslashes are escaped once more.
    exec_value = exec_line.replace("\\", "\\\\")
    text = DESKTOP_ENTRY.read_text(encoding="utf-8")
    text = re.sub(r"^Exec=.*$", lambda _m: f"Exec={exec_value} %f", text, flags=re.MULTILINE)
    return re.sub(r"^TryExec=.*$", lambda _m: f"TryExec={command[0]}", text, flags=re.MULTILINE)


def _write(path: Path, data: bytes) -> None:
    """Write ``path`` completely or not at all (temporary file, then replace)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    temp = path.with_name(f".{path.name}.tmp")
    try:
        temp.write_bytes(data)
        os.replace(temp, path)
    finally:
        temp.unlink(missing_ok=True)


def install_desktop(home: Path | None = None, command: list[str] | None = None) -> list[Path]:
    """Install the entry, the MIME type and the icons under ``home``; the files written.

    Afterwards the MIME and desktop databases of ``home`` are refreshed when their
    tools are installed (they are on every desktop that uses them).
    """
    home = home or data_home()
    files = {
        home / "applications" / f"{APP_ID}.desktop": desktop_entry(
            command or launch_command()
        ).encode("utf-8"),
        home / "mime" / "packages" / f"{APP_ID}.xml": MIME_XML.read_bytes(),
        home / "icons" / "hicolor" / "scalable" / "apps" / f"{APP_ID}.svg": ICON_SVG.read_bytes(),
        home
        / "icons"
        / "hicolor"
        / "scalable"
        / "mimetypes"
        / f"{MIME_TYPE.replace('/', '-')}.svg": ICON_SVG.read_bytes(),
    }
    try:
        for path, data in files.items():
            _write(path, data)
    except OSError as error:
        raise DesktopError(
            f"{error.filename or home}: cannot be written ({error.strerror or error})"
        ) from error
    refresh_databases(home)
    return list(files)


def refresh_databases(home: Path) -> list[str]:
    """Run the freedesktop cache tools on ``home``; the names of those that ran."""
    ran = []
    for tool, folder in (
        ("update-mime-database", home / "mime"),
        ("update-desktop-database", home / "applications"),
        ("gtk-update-icon-cache", home / "icons" / "hicolor"),
    ):
        path = shutil.which(tool)
        if path is None:
            continue
        extra = ["-q", "-t", "-f"] if tool == "gtk-update-icon-cache" else []
        try:
            result = subprocess.run(
                [path, *extra, str(folder)],
                capture_output=True,
                text=True,
                timeout=TOOL_TIMEOUT,
                check=False,
            )
        except (OSError, subprocess.SubprocessError) as error:
            raise DesktopError(f"{folder}: {tool} failed ({error})") from error
        if result.returncode != 0:
            detail = " ".join((result.stderr or result.stdout).split())
            raise DesktopError(f"{folder}: {tool} failed ({detail})")
        ran.append(tool)
    return ran
