"""Tool: package the built bundle as a Windows installer or a macOS disk image.

    python scripts/package_installer.py windows [--dry-run]  # journeyboard-V-windows-setup.exe
    python scripts/package_installer.py macos [--dry-run]    # journeyboard-V-macos.dmg

Run after scripts/build_bundle.py on the system concerned (the release workflow does).
Windows: Inno Setup (``iscc``) compiles installer/journeyboard.iss. macOS: the
``Journeyboard.app`` that the bundle build made goes into a compressed ``.dmg``
(``hdiutil``). Signing happens only when a certificate is given in the environment:
Windows ``WINDOWS_CERTIFICATE`` (base64 .pfx) and ``WINDOWS_CERTIFICATE_PASSWORD``
(signtool signs both executables and the installer); macOS ``MACOS_SIGNING_IDENTITY``
("Developer ID Application: ...") with ``MACOS_CERTIFICATE`` (base64 .p12) and
``MACOS_CERTIFICATE_PASSWORD``, imported into a temporary keychain (codesign with the
hardened runtime, then the .dmg). Without them the packages are built unsigned.
``--dry-run`` checks the inputs and prints the commands without running them, on any
system. Passwords never appear in the printed commands.
"""

from __future__ import annotations

import argparse
import base64
import os
import shlex
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
DIST = ROOT / "dist"
ISS = ROOT / "installer" / "journeyboard.iss"
TIMESTAMP_URL = "http://timestamp.digicert.com"


class PackageError(Exception):
    """Packaging cannot go on; the message says what is missing."""


def version() -> str:
    sys.path.insert(0, str(ROOT))
    from app.about import version as installed_version

    return installed_version()


_SECRETS: set[str] = set()  # values never printed


def _secret(value: str) -> str:
    if value:
        _SECRETS.add(value)
    return value


def _run(command: list[str], dry_run: bool) -> None:
    print("+ " + shlex.join("***" if part in _SECRETS else part for part in command))
    if not dry_run:
        subprocess.run(command, check=True)


def _tool(name: str, dry_run: bool, *fallbacks: str) -> str:
    for candidate in (name, *fallbacks):
        found = shutil.which(candidate) or (candidate if Path(candidate).is_file() else None)
        if found:
            return found
    if dry_run:
        return name
    raise PackageError(f"{name} is not installed")


def windows(dry_run: bool) -> Path:
    bundle = DIST / "journeyboard"
    for name in ("journeyboard.exe", "journeyboardw.exe"):
        if not (bundle / name).is_file() and not dry_run:
            raise PackageError(f"{bundle / name}: missing; run scripts/build_bundle.py on Windows")
    iscc = _tool("iscc", dry_run, r"C:\Program Files (x86)\Inno Setup 6\ISCC.exe")
    target = DIST / f"journeyboard-{version()}-windows-setup.exe"
    certificate = os.environ.get("WINDOWS_CERTIFICATE")
    with tempfile.TemporaryDirectory() as folder:
        sign: list[str] = []
        if certificate:
            pfx = Path(folder) / "certificate.pfx"
            pfx.write_bytes(base64.b64decode(certificate))
            sign = [
                _tool("signtool", dry_run),
                "sign",
                "/fd",
                "sha256",
                "/tr",
                TIMESTAMP_URL,
                "/td",
                "sha256",
                "/f",
                str(pfx),
                "/p",
                _secret(os.environ.get("WINDOWS_CERTIFICATE_PASSWORD", "")),
            ]
            _run(
                [*sign, str(bundle / "journeyboard.exe"), str(bundle / "journeyboardw.exe")],
                dry_run,
            )
        _run(
            [
                iscc,
                f"/DAppVersion={version()}",
                f"/DSourceDir={bundle}",
                f"/DOutputDir={DIST}",
                str(ISS),
            ],
            dry_run,
        )
        if sign:
            _run([*sign, str(target)], dry_run)
    return target


def macos(dry_run: bool) -> Path:
    app = DIST / "Journeyboard.app"
    if not app.is_dir() and not dry_run:
        raise PackageError(f"{app}: missing; run scripts/build_bundle.py on macOS")
    identity = os.environ.get("MACOS_SIGNING_IDENTITY")
    if identity and os.environ.get("MACOS_CERTIFICATE"):
        _import_certificate(dry_run)
    if identity:
        _run(
            [
                _tool("codesign", dry_run),
                "--deep",
                "--force",
                "--options",
                "runtime",
                "--timestamp",
                "--sign",
                identity,
                str(app),
            ],
            dry_run,
        )
    target = DIST / f"journeyboard-{version()}-macos.dmg"
    with tempfile.TemporaryDirectory() as folder:
        # The image shows the app beside a link to /Applications: drag to install.
        staging = Path(folder) / "Journeyboard"
        if not dry_run:
            staging.mkdir()
            shutil.copytree(app, staging / app.name, symlinks=True)
            (staging / "Applications").symlink_to("/Applications")
        _run(
            [
                _tool("hdiutil", dry_run),
                "create",
                "-volname",
                "Journeyboard",
                "-srcfolder",
                str(staging),
                "-ov",
                "-format",
                "UDZO",
                str(target),
            ],
            dry_run,
        )
    if identity:
        _run([_tool("codesign", dry_run), "--force", "--sign", identity, str(target)], dry_run)
    return target


def _import_certificate(dry_run: bool) -> None:
    """Put the .p12 of MACOS_CERTIFICATE into a new keychain that codesign searches."""
    security = _tool("security", dry_run)
    keychain = str(Path(tempfile.gettempdir()) / "journeyboard-signing.keychain-db")
    # A password only for this build's keychain.
    password = _secret(base64.b64encode(os.urandom(18)).decode())
    p12 = Path(tempfile.gettempdir()) / "journeyboard-signing.p12"
    if not dry_run:
        p12.write_bytes(base64.b64decode(os.environ["MACOS_CERTIFICATE"]))
    try:
        _run([security, "create-keychain", "-p", password, keychain], dry_run)
        _run([security, "unlock-keychain", "-p", password, keychain], dry_run)
        _run(
            [
                security,
                "import",
                str(p12),
                "-k",
                keychain,
                "-P",
                _secret(os.environ.get("MACOS_CERTIFICATE_PASSWORD", "")),
                "-T",
                "/usr/bin/codesign",
            ],
            dry_run,
        )
        _run(
            [
                security,
                "set-key-partition-list",
                "-S",
                "apple-tool:,apple:",
                "-s",
                "-k",
                password,
                keychain,
            ],
            dry_run,
        )
        _run([security, "list-keychains", "-d", "user", "-s", keychain, "login.keychain"], dry_run)
    finally:
        p12.unlink(missing_ok=True)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("system", choices=("windows", "macos"))
    parser.add_argument(
        "--dry-run",
        action="store_true",
        help="check the inputs and print the commands without running them",
    )
    args = parser.parse_args(argv)
    if not ISS.is_file():
        print(f"package_installer: {ISS}: missing", file=sys.stderr)
        return 1
    try:
        target = (windows if args.system == "windows" else macos)(args.dry_run)
    except (PackageError, OSError, subprocess.CalledProcessError) as error:
        print(f"package_installer: {error}", file=sys.stderr)
        return 1
    print(f"{'would build' if args.dry_run else 'built'} {target}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
