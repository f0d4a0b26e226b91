"""Tool: build the Debian package from the bundle (``dpkg-deb``, no network).

    python scripts/build_bundle.py && python scripts/build_deb.py

Writes ``dist/journeyboard_<version>_<arch>.deb``, which installs the bundle to
``/opt/journeyboard`` with a ``/usr/bin/journeyboard`` link, the desktop entry, the
MIME type for ``*.journey`` and the icon in the hicolor theme (SVG and PNGs). The
menus, the MIME database and the icon cache are refreshed by the triggers of
desktop-file-utils, shared-mime-info and hicolor-icon-theme: no maintainer scripts.
Depends lists the packages of the few system libraries the bundle does not carry
(the C library, OpenGL/EGL, xcb, Wayland), found with ``dpkg -S``.
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import subprocess
import sys
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "scripts"))

import desktop_assets  # noqa: E402

from app import desktop  # noqa: E402
from app.about import NOTICE_NAME, version  # noqa: E402

PREFIX = Path("opt") / "journeyboard"
MAINTAINER = "Journeyboard maintainers <maintainers@journeyboard.invalid>"
DESCRIPTION = """\
Customer-journey-mapping workshops, offline
 Lay out personas, phases and touchpoints on a swimlane board, let every
 participant rate each touchpoint, see where the journey hurts (emotion
 curves, disagreement, moments of truth) and export a PDF for stakeholders.
 Each workshop is one local .journey file; nothing needs a network.
 English and German."""


class DebError(Exception):
    """The package could not be built; the message says why."""


def _elf_files(folder: Path) -> list[Path]:
    return [
        p
        for p in folder.rglob("*")
        if p.is_file() and not p.is_symlink() and p.read_bytes()[:4] == b"\x7fELF"
    ]


def system_libraries(bundle: Path) -> list[str]:
    """Shared libraries the bundle's binaries need that it does not carry."""
    present = {p.name for p in bundle.rglob("*")}
    needed: set[str] = set()
    for path in _elf_files(bundle):
        result = subprocess.run(
            ["objdump", "-p", str(path)], capture_output=True, text=True, check=False
        )
        needed |= set(re.findall(r"^\s*NEEDED\s+(\S+)", result.stdout, re.MULTILINE))
    return sorted(needed - present)


def depends(libraries: list[str]) -> list[str]:
    """The Debian packages that hold ``libraries`` on this machine."""
    packages = set()
    for library in libraries:
        result = subprocess.run(
            ["dpkg", "-S", f"*/{library}"], capture_output=True, text=True, check=False
        )
        names = {line.split(":")[0] for line in result.stdout.splitlines() if ":" in line}
        if result.returncode != 0 or not names:
            raise DebError(
                f"{library}: no installed package holds it (dpkg -S); install "
                "it on the build machine so its package can be named"
            )
        packages.add(sorted(names, key=len)[0])  # e.g. libc6 rather than libc6-dev
    return sorted(packages)


def _put(path: Path, data: bytes, mode: int = 0o644) -> None:
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data)
    path.chmod(mode)


def stage(bundle: Path, root: Path, icons: dict[int, Path]) -> None:
    """Lay out the package's files under ``root`` as they will be installed."""
    shutil.copytree(bundle, root / PREFIX, symlinks=True)
    link = root / "usr" / "bin" / "journeyboard"
    link.parent.mkdir(parents=True)
    link.symlink_to(Path("/") / PREFIX / "journeyboard")
    share = root / "usr" / "share"
    _put(
        share / "applications" / "journeyboard.desktop",
        desktop.desktop_entry(["journeyboard"]).encode("utf-8"),
    )
    _put(share / "mime" / "packages" / "journeyboard.xml", desktop.MIME_XML.read_bytes())
    mime_icon = desktop.MIME_TYPE.replace("/", "-")
    hicolor = share / "icons" / "hicolor"
    svg = desktop.ICON_SVG.read_bytes()
    _put(hicolor / "scalable" / "apps" / "journeyboard.svg", svg)
    _put(hicolor / "scalable" / "mimetypes" / f"{mime_icon}.svg", svg)
    for size, png in icons.items():
        _put(hicolor / f"{size}x{size}" / "apps" / "journeyboard.png", png.read_bytes())
        _put(hicolor / f"{size}x{size}" / "mimetypes" / f"{mime_icon}.png", png.read_bytes())
    _put(
        share / "doc" / "journeyboard" / "copyright",
        (
            "Journeyboard is free software under the MIT licence.\n\nThe libraries, the Python "
            "interpreter and the fonts it ships with, and their licences, are listed with "
            f"their full texts in /{PREFIX}/{NOTICE_NAME}.\n"
        ).encode(),
    )
    for path in root.rglob("*"):  # a predictable mode whatever the umask was
        if path.is_symlink():
            continue
        # Shared libraries need no execute bit; programs (the launcher) do.
        library = path.suffix == ".so" or ".so." in path.name
        program = path.is_file() and os.access(path, os.X_OK) and not library
        path.chmod(0o755 if path.is_dir() or program else 0o644)


def control(root: Path, packages: list[str], arch: str, maintainer: str) -> str:
    size_kib = (
        sum(p.stat().st_size for p in root.rglob("*") if p.is_file() and not p.is_symlink()) // 1024
    )
    return (
        f"Package: journeyboard\nVersion: {version()}\nArchitecture: {arch}\n"
        f"Maintainer: {maintainer}\nInstalled-Size: {size_kib}\n"
        f"Depends: {', '.join(packages)}\n"
        "Recommends: shared-mime-info, desktop-file-utils, hicolor-icon-theme\n"
        "Section: misc\nPriority: optional\nHomepage: https://journeyboard.invalid\n"
        f"Description: {DESCRIPTION}\n"
    )


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, default=ROOT / "dist" / "journeyboard")
    parser.add_argument("--out", type=Path, default=ROOT / "dist")
    parser.add_argument("--maintainer", default=MAINTAINER, help="'Name <email>' for the package")
    args = parser.parse_args(argv)
    if not (args.bundle / "journeyboard").is_file():
        print(
            f"build_deb: {args.bundle}: no bundle there; run scripts/build_bundle.py",
            file=sys.stderr,
        )
        return 1
    for tool in ("dpkg-deb", "dpkg", "objdump"):
        if shutil.which(tool) is None:
            print(f"build_deb: {tool} is missing (Debian: dpkg, binutils)", file=sys.stderr)
            return 1
    work = ROOT / "build" / "deb"
    shutil.rmtree(work, ignore_errors=True)
    root = work / "root"
    try:
        icons = desktop_assets.render_icons(work / "icons")
        stage(args.bundle, root, icons)
        arch = subprocess.run(
            ["dpkg", "--print-architecture"], capture_output=True, text=True, check=True
        ).stdout.strip()
        packages = depends(system_libraries(args.bundle))
        text = control(root, packages, arch, args.maintainer)
        _put(root / "DEBIAN" / "control", text.encode())
        args.out.mkdir(parents=True, exist_ok=True)
        target = args.out / f"journeyboard_{version()}_{arch}.deb"
        temp = work / target.name
        subprocess.run(
            ["dpkg-deb", "--root-owner-group", "-Zxz", "--build", str(root), str(temp)],
            check=True,
            stdout=subprocess.DEVNULL,
        )
        os.replace(temp, target)
    except (DebError, OSError, subprocess.CalledProcessError) as error:
        print(f"build_deb: {error}", file=sys.stderr)
        return 1
    print(
        f"built {target} ({target.stat().st_size / 2**20:.1f} MiB); Depends: {', '.join(packages)}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
