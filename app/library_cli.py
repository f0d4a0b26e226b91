"""The command line of the team library on PostgreSQL: ``server init|list``, ``push``,
``pull`` and ``merge`` (their parsers and what each does; main.py dispatches to them)."""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path
from typing import Any

PREFER = {"merge": ("a", "b"), "push": ("file", "library")}  # --prefer: who wins a conflict


def add_commands(sub: Any, parser_class: type[argparse.ArgumentParser]) -> None:
    """The team library on PostgreSQL: server init|list, push, pull, merge."""
    server = sub.add_parser(
        "server",
        help="create or list a team library of workshops on PostgreSQL",
        description="URL is a libpq URL, postgresql://user@host/database; the password "
        "comes from ~/.pgpass or PGPASSWORD (or the URL).",
    )
    actions = server.add_subparsers(dest="action", required=True, parser_class=parser_class)
    init = actions.add_parser("init", help="create the library's tables (again: no change)")
    init.add_argument("url", metavar="URL")
    listing = actions.add_parser(
        "list", help="the library's workshops: name, title, language, last change and by whom"
    )
    listing.add_argument("url", metavar="URL")
    listing.add_argument("--json", action="store_true", help="print the list as JSON")

    push = sub.add_parser(
        "push",
        help="upload a workshop file to a library as URL#NAME",
        description="Upload FILE as the workshop NAME: new, or the newer state of the copy "
        "pulled before. When the library changed since the pull, both are merged first and "
        "FILE gets the merged state too; where both changed the same field the push stops "
        "with the list of conflicts unless --prefer decides them.",
    )
    push.add_argument("file", type=Path)
    push.add_argument("target", metavar="URL#NAME")
    push.add_argument("--prefer", choices=PREFER["push"], help="who wins a conflict")

    pull = sub.add_parser("pull", help="copy a library workshop URL#NAME into a new file")
    pull.add_argument("target", metavar="URL#NAME")
    pull.add_argument("file", type=Path)

    merge = sub.add_parser(
        "merge",
        help="combine two copies of one workshop into a new file",
        description="Combine A and B row by row into OUT. With a common base (both pulled "
        "from the same state) a change on one side wins over no change; where both changed "
        "the same field, or without a base where they differ, the merge stops with the list "
        "of conflicts and writes nothing, unless --prefer decides them.",
    )
    merge.add_argument("a", type=Path, metavar="A")
    merge.add_argument("b", type=Path, metavar="B")
    merge.add_argument("-o", "--output", type=Path, required=True, metavar="OUT")
    merge.add_argument("--prefer", choices=PREFER["merge"], help="who wins a conflict")


def server(args: argparse.Namespace) -> None:
    from storage.library import Library

    with Library(args.url) as library:
        if args.action == "init":
            created = library.init()
            state = "created" if created else "is ready (it was there already)"
            sys.stdout.write(f"the Journeyboard library at {library.where} {state}\n")
            return
        entries = library.entries()
    if args.json:
        rows = [
            {
                "name": e.name,
                "title": e.title,
                "language": e.language,
                "revision": e.revision,
                "changed_at": e.changed_at.isoformat(),
                "changed_by": e.changed_by,
            }
            for e in entries
        ]
        sys.stdout.write(json.dumps(rows, ensure_ascii=False, indent=2) + "\n")
        return
    for e in entries:
        when = e.changed_at.astimezone().strftime("%Y-%m-%d %H:%M")
        sys.stdout.write(f"{e.name}\t{e.title}\t{e.language}\t{when}\t{e.changed_by}\n")


def push(args: argparse.Namespace) -> None:
    from storage.sync import push

    done = push(args.file, args.target, args.prefer)
    merged = " after merging the library's newer changes into it" if done.merged else ""
    sys.stdout.write(f"pushed {args.file} as revision {done.revision}{merged}\n")


def pull(args: argparse.Namespace) -> None:
    from storage.sync import pull

    revision = pull(args.target, args.file)
    sys.stdout.write(f"pulled revision {revision} into {args.file}\n")


def merge(args: argparse.Namespace) -> None:
    from storage.sync import merge_files

    decided = merge_files(args.a, args.b, args.output, args.prefer)
    note = f" ({decided} conflict(s) decided for {args.prefer.upper()})" if decided else ""
    sys.stdout.write(f"wrote {args.output}{note}\n")
