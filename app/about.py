"""App: the version and what ships with Journeyboard: libraries, fonts and their licences.

Everything here is read from the installed packages' metadata (``importlib.metadata``)
and from the font folder, never kept by hand, so the About dialog, ``--version`` and the
bundle's third-party licence file always name what is really installed. The bundle
copies the packages' metadata, so the same code answers inside it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from importlib import metadata
from pathlib import Path

import resources

DISTRIBUTION = "journeyboard"
RESOURCES = Path(resources.__file__).resolve().parent
FONTS = RESOURCES / "fonts"
# Licence texts for libraries whose packages carry no licence file (Qt's wheels do not).
STANDARD_TEXTS = RESOURCES / "licences"
NOTICE_NAME = "THIRD-PARTY-LICENSES.txt"
LICENCE_FILE_NAMES = re.compile(r"^(licen[cs]e|copying|notice|authors)", re.IGNORECASE)


@dataclass(frozen=True)
class Component:
    """A library or font family shipped with the application."""

    name: str
    version: str
    licence: str
    texts: tuple[tuple[str, str], ...] = field(default=(), repr=False)  # (file name, text)


def version() -> str:
    """The installed version, else the one in pyproject.toml (a source checkout)."""
    try:
        return metadata.version(DISTRIBUTION)
    except metadata.PackageNotFoundError:
        import tomllib

        try:
            data = tomllib.loads((RESOURCES.parent / "pyproject.toml").read_text("utf-8"))
            return str(data["project"]["version"])
        except (OSError, KeyError, ValueError):
            return "unknown"


def _requirement_name(requirement: str) -> str | None:
    """The distribution a requirement line names; None for an optional extra's."""
    name, _, marker = requirement.partition(";")
    if "extra" in marker:
        return None
    return re.split(r"[\s<>=!~\[(]", name.strip(), maxsplit=1)[0] or None


def _key(name: str) -> str:
    return re.sub(r"[-_.]+", "-", name).lower()


def _field(meta: metadata.PackageMetadata, name: str) -> str | None:
    """The first value of a metadata field, or None when the package has none."""
    values = meta.get_all(name)
    return values[0] if values else None


def _licence(dist: metadata.Distribution) -> str:
    """The SPDX expression if given, else a short License field, else the classifiers."""
    meta = dist.metadata
    expression = _field(meta, "License-Expression")
    if expression:
        return expression
    text = (_field(meta, "License") or "").strip()
    # Some packages put the whole licence text in this field: keep only a short name.
    short = text.split("(")[0].split(",")[0].strip()
    if short and "\n" not in short and len(short) <= 60:
        return short
    classifiers = [
        c.split(" :: ")[-1] for c in meta.get_all("Classifier") or [] if c.startswith("License ::")
    ]
    return ", ".join(classifiers) or "see its licence file"


def _licence_texts(dist: metadata.Distribution, licence: str) -> tuple[tuple[str, str], ...]:
    texts = []
    for file in dist.files or ():
        if ".dist-info" in str(file) and LICENCE_FILE_NAMES.match(file.name):
            try:
                texts.append((file.name, file.read_text(encoding="utf-8")))
            except (OSError, UnicodeDecodeError):
                continue
    if not texts:  # e.g. Qt: ship the standard texts its licence expression names
        for spdx in re.findall(r"[A-Z][A-Za-z0-9.+-]*-only|[A-Z][A-Za-z0-9.+-]*-or-later", licence):
            standard = STANDARD_TEXTS / f"{spdx.removesuffix('-only')}.txt"
            if standard.is_file():
                texts.append((standard.name, standard.read_text(encoding="utf-8")))
    return tuple(texts)


def libraries(root: str = DISTRIBUTION) -> list[Component]:
    """The libraries Journeyboard runs on: its dependencies, theirs, ..., sorted by name.

    Optional extras (tests, bundling) are not followed; requirements that are not
    installed (e.g. for another Python version) are left out.
    """
    found: dict[str, Component] = {}
    try:
        todo = [name for line in metadata.requires(root) or [] if (name := _requirement_name(line))]
    except metadata.PackageNotFoundError:
        return []
    while todo:
        name = todo.pop()
        if _key(name) in found:
            continue
        try:
            dist = metadata.distribution(name)
        except metadata.PackageNotFoundError:
            continue
        licence = _licence(dist)
        found[_key(name)] = Component(
            dist.metadata["Name"], dist.version, licence, _licence_texts(dist, licence)
        )
        todo += [name for line in dist.requires or [] if (name := _requirement_name(line))]
    return sorted(found.values(), key=lambda component: component.name.lower())


def fonts(folder: Path = FONTS) -> list[Component]:
    """One entry per font family: ``LICENSE-<Family>.txt`` and the font files it covers."""
    families = []
    for licence_file in sorted(folder.glob("LICENSE-*.txt")):
        family = licence_file.stem.removeprefix("LICENSE-")
        files = sorted(path.name for path in folder.glob(f"{family}*.[ot]tf"))
        text = licence_file.read_text(encoding="utf-8")
        found = re.search(rf"\b{family}\s+(\d+(?:\.\d+)+)", text)
        # The licence is named by its sections' headings ("Bitstream Vera Fonts Copyright").
        owners = re.findall(r"^(.+?) Fonts? Copyright\s*$", text, re.MULTILINE)
        licence = (" and ".join(owners) + " font licence") if owners else licence_file.name
        families.append(
            Component(
                f"{family} ({', '.join(files)})",
                found.group(1) if found else "",
                licence,
                ((licence_file.name, text),),
            )
        )
    return families


def python_runtime() -> Component:
    """The Python interpreter (a bundle ships it), with its licence file when found."""
    import platform
    import sys

    texts = []
    for folder in (
        Path(sys.base_prefix),
        Path(sys.base_prefix) / "lib" / f"python{sys.version_info.major}.{sys.version_info.minor}",
    ):
        if (folder / "LICENSE.txt").is_file():
            texts.append(("LICENSE.txt", (folder / "LICENSE.txt").read_text("utf-8")))
            break
    return Component("Python", platform.python_version(), "PSF-2.0", tuple(texts))


def notice_file() -> Path | None:
    """The third-party licence file of a bundle (beside its executable); None elsewhere."""
    import sys

    if not getattr(sys, "frozen", False):
        return None
    path = Path(sys.executable).resolve().parent / NOTICE_NAME
    return path if path.is_file() else None


def third_party_notice() -> str:
    """The full text of the third-party licence file shipped in the bundle."""
    parts = [
        f"Journeyboard {version()}: third-party software and fonts it ships with",
        "=" * 72,
        "",
    ]
    components = [python_runtime(), *libraries(), *fonts()]
    for component in components:
        parts.append(f"- {component.name} {component.version}: {component.licence}")
    for component in components:
        parts += [
            "",
            "=" * 72,
            f"{component.name} {component.version}",
            f"Licence: {component.licence}",
            "=" * 72,
        ]
        for name, text in component.texts:
            parts += ["", f"--- {name} ---", "", text.rstrip()]
        if not component.texts:
            parts += ["", "(the package ships no licence file)"]
    return "\n".join(parts) + "\n"
