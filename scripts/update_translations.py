"""Tool: refresh the Qt Linguist sources (resources/translations/*.ts) from the code.

Runs lupdate (shipped in the PySide6 package) over widgets/**/*.py, app/commands*.py,
export/qtpaint*.py (texts drawn on the board), room/*.py (the room's undo step and
notices), main.py, and every module of app/ and export/ that marks texts with
QT_TRANSLATE_NOOP for app.words (the PDF, the CSV, the templates, the scoring rules).
Existing translations are kept; new strings arrive as "unfinished" for a translator
(Qt Linguist: ``pyside6-linguist resources/translations/journeyboard_de.ts``).
Then lrelease compiles each .ts into the .qm beside it, which is committed and shipped:
the application loads it as it is (widgets/i18n.py). Run it after every change to a .ts,
also after a merge that touched one; tests/test_translations.py fails while a .qm is stale.

    python scripts/update_translations.py            # refresh every .ts, compile every .qm
    python scripts/update_translations.py --check    # also exit 1 if a text is untranslated
    python scripts/update_translations.py --qm-only  # only compile (e.g. after a merge)
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
import xml.etree.ElementTree as ET
from pathlib import Path

import PySide6

ROOT = Path(__file__).resolve().parent.parent
TRANSLATIONS = ROOT / "resources" / "translations"
TARGET_LANGUAGES = ("de",)


def sources() -> list[Path]:
    """The files whose tr()/translate() texts the UI shows, in a stable order."""
    files = sorted((ROOT / "widgets").rglob("*.py"))
    files += [
        *sorted((ROOT / "app").glob("commands*.py")),  # the undo steps' names
        *sorted((ROOT / "export").glob("qtpaint*.py")),
        *sorted((ROOT / "room").glob("*.py")),
        ROOT / "main.py",
    ]
    files += catalogue_sources()
    return [path for path in files if path.is_file() and "__pycache__" not in path.parts]


def catalogue_sources() -> list[Path]:
    """The files outside the window that mark texts with QT_TRANSLATE_NOOP (app.words)."""
    found = []
    for folder in ("app", "export"):
        for path in sorted((ROOT / folder).glob("*.py")):
            if path.name != "words.py" and "QT_TRANSLATE_NOOP(" in path.read_text("utf-8"):
                found.append(path)
    return found


def lupdate_command() -> list[str]:
    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lupdate.exe", "lupdate"):
        if (folder / name).is_file():
            return [str(folder / name)]
    beside = Path(sys.executable).parent / "pyside6-lupdate"
    script = str(beside) if beside.is_file() else shutil.which("pyside6-lupdate")
    if script is None:
        raise SystemExit("update_translations: no lupdate found; install PySide6")
    return [script]


def lrelease_command() -> list[str]:
    """PySide6's own lrelease binary, else its console script."""
    folder = Path(PySide6.__file__).resolve().parent
    for name in ("lrelease.exe", "lrelease"):
        if (folder / name).is_file():
            return [str(folder / name)]
    beside = Path(sys.executable).parent / "pyside6-lrelease"
    script = str(beside) if beside.is_file() else shutil.which("pyside6-lrelease")
    if script is None:
        raise SystemExit("update_translations: no lrelease found; install PySide6")
    return [script]


def compile_qm(ts: Path, qm: Path) -> bool:
    """Compile ``ts`` into ``qm`` (complete or left as it was); True when ``qm`` changed.

    The file is rewritten only when its bytes differ, so a fresh clone stays clean.
    """
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / qm.name
        subprocess.run(
            [*lrelease_command(), "-silent", str(ts), "-qm", str(fresh)],
            check=True,
            capture_output=True,
        )
        data = fresh.read_bytes()
    if qm.is_file() and qm.read_bytes() == data:
        return False
    temp = qm.with_suffix(".qm.tmp")
    temp.write_bytes(data)
    os.replace(temp, qm)
    return True


def unfinished(ts: Path) -> list[tuple[str, str]]:
    """(context, source text) of every current message without a finished translation."""
    missing = []
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name", "")
        for message in context.iter("message"):
            translation = message.find("translation")
            kind = translation.get("type", "") if translation is not None else "unfinished"
            if kind in ("obsolete", "vanished"):
                continue
            if kind == "unfinished" or not (translation.text or "").strip():
                missing.append((name, message.findtext("source", "")))
    return missing


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--check", action="store_true", help="exit 1 when a message has no finished translation"
    )
    parser.add_argument(
        "--drop-obsolete",
        action="store_true",
        help="remove translations whose text is no longer in the code",
    )
    parser.add_argument(
        "--qm-only", action="store_true", help="only compile the .ts files into .qm (no lupdate)"
    )
    args = parser.parse_args(argv)
    if args.qm_only:
        compile_all()
        return 0
    files = [str(path.relative_to(ROOT)) for path in sources()]
    status = 0
    for lang in TARGET_LANGUAGES:
        ts = TRANSLATIONS / f"journeyboard_{lang}.ts"
        ts.parent.mkdir(parents=True, exist_ok=True)
        command = [
            *lupdate_command(),
            "-silent",
            "-locations",
            "none",
            "-source-language",
            "en",
            "-target-language",
            lang,
        ]
        if args.drop_obsolete:
            command.append("-no-obsolete")
        command += [*files, "-ts", str(ts.relative_to(ROOT))]
        result = subprocess.run(command, cwd=ROOT, check=False)
        if result.returncode != 0:
            print(f"update_translations: lupdate failed for {ts.name}", file=sys.stderr)
            return 1
        missing = unfinished(ts)
        print(f"{ts.relative_to(ROOT)}: {len(missing)} untranslated")
        for context, text in missing:
            print(f"  {context}: {text!r}")
        if missing and args.check:
            status = 1
    compile_all()
    return status


def compile_all() -> None:
    """Compile every language's .ts into its shipped .qm; say which ones changed."""
    for lang in TARGET_LANGUAGES:
        ts = TRANSLATIONS / f"journeyboard_{lang}.ts"
        qm = ts.with_suffix(".qm")
        changed = compile_qm(ts, qm)
        print(f"{qm.relative_to(ROOT)}: {'compiled' if changed else 'up to date'}")


if __name__ == "__main__":
    sys.exit(main())
