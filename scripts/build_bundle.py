"""Tool: build the one-folder bundle ``dist/journeyboard/`` with PyInstaller.

    python scripts/build_bundle.py        # needs: pip install -e '.[bundle]'

The folder holds the ``journeyboard`` executable (GUI and the whole command line), Python,
the Qt modules the app imports, fonts, icons, the compiled translations and
THIRD-PARTY-LICENSES.txt; it runs on a machine without Python. The build compiles the
translations first, renders the PNG icons and generates the licence file
(build/assets/), runs installer/journeyboard.spec, then reports the time, the size and
what takes it. The new folder replaces dist/journeyboard/ only when the build succeeded.
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SPEC = ROOT / "installer" / "journeyboard.spec"
BUILD = ROOT / "build"
ASSETS = BUILD / "assets"
DIST = ROOT / "dist"
NAME = "journeyboard"
NOTICE = "THIRD-PARTY-LICENSES.txt"


def folder_size(path: Path) -> int:
    return sum(p.stat().st_size for p in path.rglob("*") if p.is_file() and not p.is_symlink())


def size_report(bundle: Path, top: int = 12) -> str:
    """The bundle's size and its largest parts (shared libraries, packages, data)."""
    total = folder_size(bundle)
    contents = bundle / "_internal" if (bundle / "_internal").is_dir() else bundle
    parts: list[tuple[int, str]] = []
    for entry in contents.iterdir():
        if entry.is_symlink():  # PyInstaller links Qt's libraries beside Python's
            continue
        if entry.is_dir() and entry.name == "PySide6":  # split Qt by library and folder
            for sub in sorted(entry.rglob("*")):
                library = sub.suffix in (".so", ".dll", ".dylib", ".pyd") or ".so." in sub.name
                if library and sub.is_file() and not sub.is_symlink():
                    parts.append((sub.stat().st_size, str(sub.relative_to(contents))))
            plugins = entry / "Qt" / "plugins"
            if plugins.is_dir():
                parts = [p for p in parts if "Qt/plugins" not in p[1]]
                parts.append((folder_size(plugins), "PySide6/Qt/plugins/"))
            translations = entry / "Qt" / "translations"
            if translations.is_dir():
                parts.append((folder_size(translations), "PySide6/Qt/translations/"))
        elif entry.is_dir():
            parts.append((folder_size(entry), entry.name + "/"))
        elif entry.is_file():
            parts.append((entry.stat().st_size, entry.name))
    parts.sort(reverse=True)
    lines = [f"size: {total / 2**20:.1f} MiB in {bundle}", "largest parts:"]
    lines += [f"  {size / 2**20:7.1f} MiB  {name}" for size, name in parts[:top]]
    rest = total - sum(size for size, _name in parts[:top])
    lines.append(f"  {rest / 2**20:7.1f} MiB  everything else")
    return "\n".join(lines)


def main(argv: list[str] | None = None) -> int:
    argparse.ArgumentParser(description=__doc__.splitlines()[0]).parse_args(argv)
    try:
        import PyInstaller  # noqa: F401
    except ImportError:
        print(
            "build_bundle: PyInstaller is missing; run: pip install -e '.[bundle]'", file=sys.stderr
        )
        return 1
    sys.path.insert(0, str(ROOT / "scripts"))
    sys.path.insert(0, str(ROOT))
    import desktop_assets
    import update_translations

    from app.about import version

    started = time.monotonic()
    update_translations.compile_all()
    shutil.rmtree(ASSETS, ignore_errors=True)
    desktop_assets.render_icons(ASSETS / "icons")
    desktop_assets.write_notice(ASSETS / NOTICE)
    staging = BUILD / "dist"
    shutil.rmtree(staging, ignore_errors=True)
    env = dict(os.environ, JOURNEYBOARD_VERSION=version())
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "PyInstaller",
            str(SPEC),
            "--noconfirm",
            "--clean",
            "--log-level",
            "WARN",
            "--distpath",
            str(staging),
            "--workpath",
            str(BUILD / "pyinstaller"),
        ],
        cwd=ROOT,
        env=env,
        check=False,
    )
    if result.returncode != 0:
        print(
            f"build_bundle: PyInstaller failed (exit {result.returncode}); "
            f"{DIST / NAME} was left as it was",
            file=sys.stderr,
        )
        return 1
    shutil.copyfile(ASSETS / NOTICE, staging / NAME / NOTICE)
    DIST.mkdir(exist_ok=True)
    for built in staging.iterdir():  # the folder, and on macOS also Journeyboard.app
        target = DIST / built.name
        if target.is_dir() and not target.is_symlink():
            shutil.rmtree(target)
        elif target.exists() or target.is_symlink():
            target.unlink()
        os.replace(built, target)
    print(f"built {DIST / NAME} (Journeyboard {version()}) in {time.monotonic() - started:.0f} s")
    print(size_report(DIST / NAME))
    return 0


if __name__ == "__main__":
    sys.exit(main())
