"""Journeyboard: entry point. No subcommand opens the GUI; otherwise the command line.

Exit codes: 0 success, 1 refused input or failed operation (one line on stderr saying
what and where), 2 bad usage.
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Sequence
from pathlib import Path
from typing import Any, NoReturn

PAGE_SIZES = ("A4", "A3", "A2", "A1", "A0", "letter", "tabloid")
EXPORT_KINDS = ("pdf", "png", "csv", "json", "mermaid", "xlsx")
COMMANDS = (
    "new",
    "demo",
    "info",
    "export",
    "import",
    "room",
    "snapshot",
    "snapshots",
    "measurements",
    "server",
    "push",
    "pull",
    "merge",
)
TOP_LEVEL = ("-h", "--help", "--version", "--install-desktop")  # handled without a window


class _Parser(argparse.ArgumentParser):
    def error(self, message: str) -> NoReturn:  # one line, exit 2, as argparse does, but terser
        self.exit(2, f"{self.prog}: {message}\n")


def build_parser() -> argparse.ArgumentParser:
    from app import library_cli

    parser = _Parser(prog="journeyboard", description="Customer-journey-mapping workshops.")
    parser.add_argument("--version", action="store_true", help="print the version and exit")
    parser.add_argument(
        "--install-desktop",
        action="store_true",
        help="add Journeyboard to this user's application menu and make "
        "double-clicking a .journey file open it (Linux)",
    )
    sub = parser.add_subparsers(dest="command", parser_class=_Parser)

    new = sub.add_parser("new", help="create a workshop file from a template")
    new.add_argument("file", type=Path)
    new.add_argument(
        "--template", choices=("blank", "4-phases", "7-phases", "blueprint"), default="blank"
    )
    new.add_argument("--lang", choices=("en", "de"), default="en")
    new.add_argument("--title")

    demo = sub.add_parser("demo", help="write the built-in demo workshop")
    demo.add_argument("file", type=Path)
    demo.add_argument("--lang", choices=("en", "de"), default="en")

    info = sub.add_parser("info", help="summarise a workshop file (or URL#NAME)")
    info.add_argument("file", type=_file_or_target)
    info.add_argument("--json", action="store_true", help="print the summary as JSON")

    export = sub.add_parser(
        "export",
        help="export a workshop as PDF, PNG, CSV, JSON or Mermaid",
        description="Export a workshop. CSV: the workshop's language picks the headers and "
        "the separator (German: ';' and decimal comma; English: ','); --lang and "
        "--delimiter override them. --compare-maps writes the as-is vs. to-be comparison "
        "(per phase and per touchpoint: experience and importance before, after and the "
        "change; moments of truth that moved) instead of the touchpoint table, --actions "
        "the action list (in plan order, with owner, status, due date, value and effort). "
        "Mermaid: "
        "one map as a journey diagram (.md: inside a ```mermaid block).",
    )
    export.add_argument("file", type=_file_or_target, help="a workshop file or URL#NAME")
    fmt = export.add_mutually_exclusive_group(required=True)
    for name in EXPORT_KINDS:
        fmt.add_argument(f"--{name}", type=Path, metavar="OUT")
    export.add_argument(
        "--map",
        help="the map's name (default: the first map; with "
        "--compare-maps: the to-be map, or the as-is map it is based on)",
    )
    export.add_argument("--page-size", choices=PAGE_SIZES, default="A3")
    export.add_argument("--dpi", type=int, default=150, help="PNG resolution")
    export.add_argument(
        "--delimiter",
        help="CSV separator: ',' ';' or tab (default: ';' for a German workshop, else ',')",
    )
    export.add_argument(
        "--lang",
        choices=("en", "de"),
        help="CSV headers and words (default: the workshop's language)",
    )
    export.add_argument(
        "--compare-maps", action="store_true", help="CSV: write the as-is vs. to-be comparison"
    )
    export.add_argument("--actions", action="store_true", help="CSV: write the action list")
    export.add_argument(
        "--snapshot", metavar="NAME", help="export the workshop as the named snapshot froze it"
    )
    export.add_argument(
        "--compare",
        metavar="NAME",
        help="CSV: compare the map (--map, default the first) in the named snapshot with "
        "the workshop now, or with the snapshot --with names",
    )
    export.add_argument("--with", dest="with_snapshot", metavar="OTHER", help="see --compare")

    imp = sub.add_parser(
        "import",
        help="create a workshop file from interchange JSON or a Mermaid journey",
        description="Create FILE from interchange JSON (.json) or a Mermaid journey diagram "
        "(.mmd, .mermaid, or .md with a ```mermaid block); other names are told apart by "
        "their content. A Mermaid file may have at most 1 MiB.",
    )
    imp.add_argument("source", type=Path, metavar="IN")
    imp.add_argument("file", type=Path)
    imp.add_argument(
        "--lang",
        choices=("en", "de"),
        default="en",
        help="language of a workshop made from a Mermaid diagram",
    )

    room = sub.add_parser("room", help="let phones rate the touchpoints over the local network")
    room.add_argument("file", type=_file_or_target, help="a workshop file or URL#NAME")
    room.add_argument(
        "--host",
        help="the address to listen on (default: this computer's address on the local network)",
    )
    room.add_argument("--port", type=int, default=0, help="the port (default 0: a free one)")

    snapshot = sub.add_parser(
        "snapshot", help="freeze the whole workshop under a name, inside the file"
    )
    snapshot.add_argument("file", type=Path)
    snapshot.add_argument("--name", required=True, help="the snapshot's name (unique in the file)")
    measurements = sub.add_parser(
        "measurements",
        help="import measured figures of touchpoints from CSV or Excel, or list them",
        description="With --import: read a table (.csv or .xlsx; headers in English or "
        "German: touchpoint, metric, date, value, unit, target) and add its rows to the "
        "touchpoints they name by id or exact title. Rows that match no touchpoint, bad "
        "dates and non-numbers refuse the whole import (the file unchanged) unless "
        "--skip-bad is given. A value for the same touchpoint, metric and date is replaced. "
        "Without --import: list the measurements.",
    )
    measurements.add_argument("file", type=Path)
    measurements.add_argument("--import", dest="source", type=Path, metavar="DATA")
    measurements.add_argument("--map", help="match touchpoints of this map only")
    measurements.add_argument(
        "--skip-bad", action="store_true", help="import the good rows, skip the refused ones"
    )
    snapshots = sub.add_parser("snapshots", help="list the snapshots of a workshop file")
    snapshots.add_argument("file", type=Path)
    snapshots.add_argument("--json", action="store_true", help="print the list as JSON")
    library_cli.add_commands(sub, _Parser)
    return parser


def _snapshot(args: argparse.Namespace) -> None:
    from storage.workshop import Workshop

    with Workshop.open(args.file) as workshop:
        snapshot_id = workshop.take_snapshot(args.name)
        info = next(s for s in workshop.snapshots() if s.id == snapshot_id)
    sys.stdout.write(f"{info.name}\t{info.taken}\n")


def _measurements(args: argparse.Namespace) -> None:
    from export.measurements_import import MeasurementImportError, read_table
    from storage.workshop import Workshop

    if args.source is None:
        with Workshop.open_snapshot(args.file) as workshop:
            for journey_map in workshop.maps():
                titles = {card.id: card.title for card in workshop.cards(journey_map.id)}
                for card_id, rows in workshop.measurements(journey_map.id).items():
                    for row in rows:
                        target = "" if row.target is None else f"{row.target:g}"
                        sys.stdout.write(
                            f"{journey_map.name}\t{titles[card_id]}\t{row.metric}\t"
                            f"{row.date}\t{row.value:g}\t{row.unit}\t{target}\n"
                        )
        return
    with Workshop.open(args.file) as workshop:
        table = read_table(args.source, workshop, args.map)
        if table.bad and not args.skip_bad:
            raise MeasurementImportError(table.refusal("--skip-bad imports the others"))
        ids, replaced = workshop.import_measurements([row.measurement() for row in table.good])
    skipped = f", {len(table.bad)} rows skipped" if table.bad else ""
    again = f" ({len(replaced)} replaced a value already there)" if replaced else ""
    sys.stdout.write(f"{len(ids)} measurements imported{again}{skipped}\n")


def _snapshots(args: argparse.Namespace) -> None:
    from dataclasses import asdict

    from storage.workshop import Workshop

    with Workshop.open_snapshot(args.file) as workshop:
        found = workshop.snapshots()
    if args.json:
        rows = [asdict(info) for info in found]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    for info in found:
        sys.stdout.write(
            f"{info.name}\t{info.taken}\t{info.maps} maps, {info.touchpoints} touchpoints, "
            f"{info.notes} notes, {info.ratings} ratings\n"
        )


def _file_or_target(text: str) -> Path | str:
    """A workshop file, or a library workshop ``URL#NAME`` (kept as text: a Path would
    fold the URL's "//")."""
    return text if "://" in text else Path(text)


def _new(args: argparse.Namespace) -> None:
    from app.templates import workshop_from_template
    from export.interchange import load

    load(workshop_from_template(args.template, args.lang, args.title), args.file)


def _demo(args: argparse.Namespace) -> None:
    from app.demo import demo_workshop
    from export.interchange import load

    load(demo_workshop(args.lang), args.file)


def _info(args: argparse.Namespace) -> None:
    from export.summary import summary, summary_text

    with _open_snapshot(args.file) as workshop:
        data = summary(workshop)
    if isinstance(args.file, str):  # a library workshop: its name as given, no password
        from storage.library_names import hide_password

        data["file"] = hide_password(args.file)
    if args.json:
        sys.stdout.write(json.dumps(data, ensure_ascii=False, indent=2) + "\n")
    else:
        sys.stdout.write(summary_text(data))


def _open_snapshot(file: Path | str) -> Any:
    """A read-only copy in memory of a workshop file or of a library workshop URL#NAME."""
    if isinstance(file, str):
        from storage.sync import open_library_snapshot

        return open_library_snapshot(file)
    from storage.workshop import Workshop

    return Workshop.open_snapshot(file)


def _import(args: argparse.Namespace) -> None:
    from export.importing import read_source
    from export.interchange import load

    load(read_source(args.source, args.lang), args.file)


def _export(args: argparse.Namespace) -> None:
    from export import ExportError

    kind = next(name for name in EXPORT_KINDS if getattr(args, name))
    out: Path = getattr(args, kind)
    if args.compare_maps and kind != "csv":
        raise ExportError("--compare-maps works with --csv only")
    if args.actions and (kind != "csv" or args.compare_maps):
        raise ExportError("--actions works with --csv only, without --compare-maps")
    if args.compare is not None and kind != "csv":
        raise ExportError("--compare works with --csv only")
    if args.compare is not None and (args.compare_maps or args.snapshot is not None):
        raise ExportError("--compare goes with neither --compare-maps nor --snapshot")
    if args.with_snapshot is not None and args.compare is None:
        raise ExportError("--with names the second snapshot of --compare")
    # A copy in memory: a long export must not keep the file from a window's edits.
    with _open_snapshot(args.file) as workshop:
        if out.is_dir():
            raise ExportError(f"{out}: is a folder; give the name of the file to write")
        if (
            isinstance(args.file, Path) and out.exists() and os.path.samefile(out, args.file)
        ):  # it would replace the workshop
            raise ExportError(f"{out}: is the workshop file itself; choose another output file")
        if args.compare is not None:
            from export.csv_states import write_state_comparison

            write_state_comparison(
                workshop,
                out,
                args.compare,
                args.with_snapshot,
                delimiter=args.delimiter,
                lang=args.lang,
                map_name=args.map,
            )
            return
        if args.snapshot is not None:
            from export.csv_states import snapshot_state

            with snapshot_state(workshop, args.snapshot) as frozen:
                unshown = _run_export(args, frozen, kind, out)
        else:
            unshown = _run_export(args, workshop, kind, out)
    if unshown:  # written all the same: a warning, not a failure
        from export.pdf import describe_missing

        print(
            f"journeyboard export: warning: {out}: no installed font can draw "
            f"{len(unshown)} character(s), shown as \u25a1: {describe_missing(unshown)}",
            file=sys.stderr,
        )


def _run_export(args: argparse.Namespace, workshop: Any, kind: str, out: Path) -> list[str]:
    from export import find_map, run_export

    if args.map is not None:
        find_map(workshop, args.map)  # an unknown name is refused for every format
    return run_export(
        workshop,
        kind,
        out,
        map_name=args.map,
        page_size=args.page_size,
        dpi=args.dpi,
        delimiter=args.delimiter,
        lang=args.lang,
        compare=args.compare_maps,
        actions=args.actions,
    )


def _install_desktop() -> None:
    from app.desktop import DesktopError, install_desktop

    if not sys.platform.startswith("linux"):
        raise DesktopError(
            "is for Linux desktops; the Windows and macOS installers "
            "register Journeyboard themselves"
        )
    for path in install_desktop():
        sys.stdout.write(f"installed {path}\n")


def _top_level(args: argparse.Namespace) -> int:
    """``--version`` and ``--install-desktop``, which take no command."""
    from app.desktop import DesktopError

    if args.command is not None:
        sys.stderr.write("journeyboard: --version and --install-desktop take no command\n")
        return 2
    if args.version:
        from app.about import version

        sys.stdout.write(f"journeyboard {version()}\n")
        return 0
    try:
        _install_desktop()
    except (DesktopError, OSError) as error:
        where = error.filename if isinstance(error, OSError) else None
        text = f"{where}: {error.strerror}" if isinstance(error, OSError) and where else str(error)
        sys.stderr.write(f"journeyboard --install-desktop: {text}\n")
        return 1
    return 0


def _room(args: argparse.Namespace) -> None:
    from room.headless import run

    if not 0 <= args.port <= 65535:
        raise _usage(f"--port: {args.port} is not a port (0 to 65535)")
    if isinstance(args.file, Path):
        run(args.file, args.host, args.port)
        return
    # A library workshop: the room rates a copy, which goes back to the library (merged
    # with what others changed meanwhile) when the room closes.
    import shutil
    import tempfile

    from storage.errors import JourneyError
    from storage.sync import pull, push

    folder = Path(tempfile.mkdtemp(prefix="journeyboard-room-"))
    copy = folder / "room.journey"
    pull(args.file, copy)
    run(copy, args.host, args.port)
    try:
        push(copy, args.file)
    except JourneyError as error:  # the message says where the ratings are, not lost
        error.args = (f"{error}; the room's ratings are kept in {copy}",)
        raise
    shutil.rmtree(folder, ignore_errors=True)


def _usage(message: str) -> SystemExit:
    sys.stderr.write(f"journeyboard room: {message}\n")
    return SystemExit(2)


def run_cli(argv: Sequence[str]) -> int:
    """Run one CLI command; returns the exit code."""
    from storage.errors import JourneyError, shown

    args = build_parser().parse_args(argv)
    if args.version or args.install_desktop:
        return _top_level(args)
    if args.command is None:
        sys.stderr.write("journeyboard: give a command or a workshop file (see --help)\n")
        return 2
    from app import library_cli

    handlers = {
        "new": _new,
        "demo": _demo,
        "info": _info,
        "import": _import,
        "export": _export,
        "room": _room,
        "server": library_cli.server,
        "push": library_cli.push,
        "pull": library_cli.pull,
        "merge": library_cli.merge,
        "snapshot": _snapshot,
        "snapshots": _snapshots,
        "measurements": _measurements,
    }
    try:
        handlers[args.command](args)
    except JourneyError as error:
        sys.stderr.write(f"journeyboard {args.command}: {error}\n")
        for line in getattr(error, "lines", ()):  # a merge's conflicts, one per line
            sys.stderr.write(f"  {line}\n")
        return 1
    except OSError as error:
        where = error.filename or _subject(args)
        sys.stderr.write(
            f"journeyboard {args.command}: {shown(where)}: {error.strerror or error}\n"
        )
        return 1
    except Exception as error:  # a bug: still one line, and the full trace on request
        if os.environ.get("JOURNEYBOARD_DEBUG"):
            raise
        database = getattr(error, "orig", error)  # SQLAlchemy wraps the sqlite3 error
        if type(database).__module__ == "sqlite3":  # e.g. disk full, I/O error
            text = " ".join(str(database).split())
            sys.stderr.write(
                f"journeyboard {args.command}: {_subject(args)}: cannot be "
                f"written or read ({text})\n"
            )
            return 1
        text = " ".join(f"{type(error).__name__}: {error}".split())
        sys.stderr.write(
            f"journeyboard {args.command}: unexpected error: {text} "
            "(JOURNEYBOARD_DEBUG=1 shows details)\n"
        )
        return 1
    return 0


def _subject(args: argparse.Namespace) -> Path | str:
    """The file a command writes (export: its output), for messages naming no file."""
    if args.command == "export":
        return next(getattr(args, name) for name in EXPORT_KINDS if getattr(args, name))
    if args.command == "merge":
        return args.output
    if args.command == "server":
        from storage.library_names import hide_password

        return hide_password(args.url)
    return args.file


def _no_display() -> bool:
    """True on Linux without X11 or Wayland (and no Qt platform chosen): Qt would abort."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return False
    return not (os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"))


def main(argv: Sequence[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and (argv[0] in COMMANDS or argv[0] in TOP_LEVEL):
        return run_cli(argv)
    if (
        argv
        and not argv[0].startswith("-")
        and not Path(argv[0]).suffix
        and not Path(argv[0]).exists()
    ):
        sys.stderr.write(
            f"journeyboard: unknown command {argv[0]!r} (commands: "
            f"{', '.join(COMMANDS)}; or give a workshop file to open)\n"
        )
        return 2
    if _no_display():
        sys.stderr.write(
            "journeyboard: no display to show the window on; the commands "
            f"({', '.join(COMMANDS)}) work without one\n"
        )
        return 1
    from widgets.application import run_gui

    return run_gui(argv)


if __name__ == "__main__":
    sys.exit(main())
