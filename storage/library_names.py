"""Storage: how a team library and its workshops are named: ``URL#NAME``.

The URL is an ordinary libpq URL (``postgresql://user@host/db``); the name after the
last ``#`` names the workshop. Messages show a URL without its password, always.
"""

from __future__ import annotations

import re

from sqlalchemy import exc as sa_exc
from sqlalchemy.engine import URL, make_url

from storage.errors import JourneyError, shown

SCHEMES = ("postgresql", "postgresql+psycopg", "postgres")


class LibraryError(JourneyError):
    """A refused library URL or workshop name, or a server that said no; one line."""


def is_target(text: str) -> bool:
    """Whether a command-line argument names a library workshop rather than a file."""
    return re.match(r"^[A-Za-z][A-Za-z0-9+.-]*://", text) is not None


def split_target(target: str) -> tuple[str, str]:
    """``URL#NAME`` -> (URL, NAME); refused when the name is missing or not a name."""
    url, hash_sign, name = target.rpartition("#")
    if not hash_sign or not url:
        raise LibraryError(
            f"{shown(hide_password(target))}: names no workshop; "
            "add #NAME after the URL (journeyboard server list URL shows the names)"
        )
    check_name(name, url)
    return url, name


def check_name(name: str, url: str) -> None:
    where = f"{shown(hide_password(url))}#{shown(name)}"
    if not name.strip():
        raise LibraryError(f"{where}: the workshop name after # is empty")
    if not name.isprintable() or len(name) > 200:
        raise LibraryError(f"{where}: a workshop name is one line of at most 200 characters")


def parse_url(text: str) -> URL:
    """A library URL, checked: PostgreSQL, with a database name."""
    try:
        url = make_url(text)
    except (sa_exc.ArgumentError, ValueError):
        raise LibraryError(
            f"{shown(hide_password(text))}: not a server URL (give postgresql://user@host/database)"
        ) from None
    if url.drivername not in SCHEMES:
        raise LibraryError(
            f"{shown(hide_password(text))}: not a PostgreSQL URL "
            "(give postgresql://user@host/database)"
        )
    if not url.database:
        raise LibraryError(
            f"{shown(shown_url(url))}: names no database (postgresql://user@host/database)"
        )
    return url


def shown_url(url: URL) -> str:
    """The URL as messages and the window show it: never with the password."""
    # ``URL.set`` ignores None, so the URL is made anew without one.
    plain = URL.create(
        url.drivername, url.username, None, url.host, url.port, url.database, url.query
    )
    return plain.render_as_string(hide_password=False)


def hide_password(text: str) -> str:
    """A URL's text without the password it may hold (for messages)."""
    return re.sub(r"(://[^:/@#]*):[^@/#]*@", r"\1@", text)
