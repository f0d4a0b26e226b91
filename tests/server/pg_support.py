"""Helpers of the team-library tests: a throw-away PostgreSQL cluster, its URLs.

The cluster is made with Debian's ``initdb`` in a temporary folder, listens on 127.0.0.1
only (password authentication over TCP, as a consultancy's server would ask) with its
socket in that folder, and is stopped and removed when the session ends. initdb refuses
to run as root, so as root the server runs as the ``postgres`` user. Without the server
binaries or psycopg the tests are skipped on a laptop, and fail in CI (env CI set).
"""

from __future__ import annotations

import glob
import os
import shutil
import socket
import subprocess
import tempfile
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import pytest

SUPERUSER_PASSWORD = "cluster-secret"
ANNA_PASSWORD = "anna-secret"
BEN_PASSWORD = "ben-secret"


@dataclass(frozen=True)
class Cluster:
    """A running PostgreSQL server: where it listens and how to reach it as superuser."""

    port: int
    folder: Path
    pg_ctl: str
    options: str

    def restart(self, stopped: Callable[[], None]) -> None:
        """Stop the server, call ``stopped`` while it is down, and start it again."""
        data = str(self.folder / "data")
        subprocess.run(
            _as_server_user([self.pg_ctl, "-D", data, "-m", "fast", "-w", "stop"]),
            check=True,
            capture_output=True,
            cwd=self.folder,
        )
        try:
            stopped()
        finally:
            log = str(self.folder / "log")
            subprocess.run(
                _as_server_user(
                    [self.pg_ctl, "-D", data, "-o", self.options, "-l", log, "-w", "start"]
                ),
                check=True,
                capture_output=True,
                cwd=self.folder,
            )

    def url(self, database: str, user: str = "postgres", password: str | None = None) -> str:
        secret = SUPERUSER_PASSWORD if password is None and user == "postgres" else password
        login = f"{user}:{secret}" if secret else user
        return f"postgresql://{login}@127.0.0.1:{self.port}/{database}"

    def admin(self, sql: str, database: str = "postgres") -> None:
        """Run ``sql`` as superuser over the socket (outside any transaction)."""
        import psycopg

        with psycopg.connect(
            host=str(self.folder), port=self.port, user="postgres", dbname=database, autocommit=True
        ) as connection:
            connection.execute(sql)  # type: ignore[arg-type]


def _missing(reason: str) -> None:
    if os.environ.get("CI"):
        pytest.fail(f"{reason}: the team-library tests need it in CI (.ci/run installs it)")
    pytest.skip(reason)


def _binaries() -> Path | None:
    found = sorted(glob.glob("/usr/lib/postgresql/*/bin/pg_ctl"))
    if found:
        return Path(found[-1]).parent
    pg_ctl = shutil.which("pg_ctl")
    return Path(pg_ctl).parent if pg_ctl else None


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


def _as_server_user(command: list[str]) -> list[str]:
    return ["runuser", "-u", "postgres", "--", *command] if os.geteuid() == 0 else command


def start_cluster() -> Cluster:
    """initdb and start a cluster in a new temporary folder; ``stop_cluster`` ends it."""
    try:
        import psycopg  # noqa: F401
    except ImportError:
        _missing("psycopg is not installed (pip install -e '.[test]')")
    binaries = _binaries()
    if binaries is None:
        _missing("PostgreSQL is not installed (Debian: apt-get install postgresql)")
    assert binaries is not None
    # Not under pytest's own temp folder: that one is private to root, and the server
    # runs as another user.
    folder = Path(tempfile.mkdtemp(prefix="journeyboard-pg-"))
    if os.geteuid() == 0:
        shutil.chown(folder, "postgres", "postgres")
    data = folder / "data"
    password_file = folder / "password"
    password_file.write_text(SUPERUSER_PASSWORD + "\n")
    if os.geteuid() == 0:
        shutil.chown(password_file, "postgres", "postgres")
    port = free_port()
    run = dict(check=True, capture_output=True, text=True, cwd=folder)
    subprocess.run(
        _as_server_user(
            [
                str(binaries / "initdb"),
                "-D",
                str(data),
                "-U",
                "postgres",
                f"--pwfile={password_file}",
                "--auth-local=trust",
                "--auth-host=scram-sha-256",
                "-E",
                "UTF8",
                "--locale=C",
            ]
        ),
        **run,  # type: ignore[arg-type]
    )
    options = (
        f"-c listen_addresses=127.0.0.1 -c port={port} -c unix_socket_directories={folder} "
        "-c fsync=off -c synchronous_commit=off -c full_page_writes=off"
    )
    pg_ctl = str(binaries / "pg_ctl")
    subprocess.run(
        _as_server_user(
            [pg_ctl, "-D", str(data), "-o", options, "-l", str(folder / "log"), "-w", "start"]
        ),
        **run,  # type: ignore[arg-type]
    )
    server = Cluster(port, folder, pg_ctl, options)
    try:
        server.admin(f"CREATE ROLE anna LOGIN PASSWORD '{ANNA_PASSWORD}'")
        # Ben works in Anna's libraries (a member of her role, with her rights).
        server.admin(f"CREATE ROLE ben LOGIN PASSWORD '{BEN_PASSWORD}' IN ROLE anna")
    except BaseException:
        stop_cluster(server)
        raise
    return server


def stop_cluster(server: Cluster) -> None:
    subprocess.run(
        _as_server_user(
            [server.pg_ctl, "-D", str(server.folder / "data"), "-m", "immediate", "-w", "stop"]
        ),
        capture_output=True,
        cwd=server.folder,
    )
    shutil.rmtree(server.folder, ignore_errors=True)
