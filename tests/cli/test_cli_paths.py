"""Paths the command line reads and writes: odd names, things that are not files, targets
in use, read-only targets and side files. (Writers racing for one name:
tests/reliability/test_rel_concurrency.py.)"""

from __future__ import annotations

import os
import shutil
import sys
from pathlib import Path

import pytest
from test_cli import assert_refused, fingerprint, run

NAMES = [
    "a#b.journey",
    "q?x=1&y.journey",
    "%41%2F.journey",
    "with  space .journey",
    "Kundenreise Bäckerei ü.journey",
    "日本語 😀.journey",
    "semi;colon,'quote\".journey",
]

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX names and FIFOs")


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory: pytest.TempPathFactory) -> Path:
    folder = tmp_path_factory.mktemp("paths-demo")
    assert run(folder, "demo", "demo.journey").returncode == 0
    return folder / "demo.journey"


@pytest.mark.parametrize("name", NAMES)
def test_names_with_uri_characters_open_and_leave_no_stray_file(tmp_path: Path, name: str) -> None:
    from storage.workshop import Workshop

    made = run(tmp_path, "demo", name)
    assert made.returncode == 0, made.stderr
    info = run(tmp_path, "info", name)  # a read-only open: a file: URI
    assert info.returncode == 0, info.stderr
    assert "Sonnenkorn Bakery" in info.stdout
    with Workshop.open(tmp_path / name) as workshop:  # an editing open
        workshop.set_info(title="renamed")
    with Workshop.open(tmp_path / name, readonly=True) as workshop:
        assert workshop.info().title == "renamed"
    assert [p.name for p in tmp_path.iterdir()] == [name]


def test_a_long_path_opens_and_a_too_long_one_is_refused_up_front(tmp_path: Path) -> None:
    from storage.paths import MAX_WORKSHOP_PATH

    folder = tmp_path
    while len(str(folder)) < MAX_WORKSHOP_PATH - 120:
        folder = folder / ("d" * 100)
    folder.mkdir(parents=True)
    fits = folder / ("f" * (MAX_WORKSHOP_PATH - len(str(folder)) - 1 - 8) + ".journey")
    assert len(os.fsencode(fits)) == MAX_WORKSHOP_PATH
    assert run(folder, "demo", str(fits)).returncode == 0
    assert run(folder, "info", str(fits)).returncode == 0
    too_long = fits.with_name("g" + fits.name)
    assert_refused(run(folder, "demo", str(too_long)), "path is too long", "at most 504")
    assert sorted(p.name for p in folder.iterdir()) == [fits.name]


def test_fifo_as_input_is_refused_at_once(tmp_path: Path, demo_file: Path) -> None:
    fifo = tmp_path / "pipe.journey"
    os.mkfifo(fifo)
    for args in (
        ["info", str(fifo)],
        ["export", str(fifo), "--json", "out.json"],
        ["import", str(fifo), "new.journey"],
    ):
        assert_refused(run(tmp_path, *args), str(fifo), "named pipe")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["pipe.journey"]


def test_devices_are_neither_read_nor_written(tmp_path: Path, demo_file: Path) -> None:
    assert_refused(run(tmp_path, "import", "/dev/zero", "new.journey"), "/dev/zero", "device")
    assert_refused(
        run(tmp_path, "export", str(demo_file), "--csv", "/dev/null"), "/dev/null", "device"
    )
    assert not (tmp_path / "new.journey").exists()


def test_a_large_input_is_refused_with_the_limit(tmp_path: Path) -> None:
    from storage.paths import MAX_INPUT_BYTES

    big = tmp_path / "big.json"
    with big.open("wb") as handle:
        handle.truncate(MAX_INPUT_BYTES + 1)  # sparse: no disk space used
    assert_refused(
        run(tmp_path, "import", str(big), "new.journey"),
        "too large",
        f"at most {MAX_INPUT_BYTES // 2**20} MB",
    )


def test_export_over_a_read_only_file_is_refused(tmp_path: Path, demo_file: Path) -> None:
    out = tmp_path / "kept.pdf"
    out.write_bytes(b"the old PDF")
    out.chmod(0o444)
    before = fingerprint(out)
    try:
        assert_refused(
            run(tmp_path, "export", str(demo_file), "--pdf", str(out)), str(out), "read-only"
        )
        assert fingerprint(out) == before
    finally:
        out.chmod(0o644)


def test_export_over_a_symlink_is_refused(tmp_path: Path, demo_file: Path) -> None:
    target = tmp_path / "elsewhere.json"
    target.write_text("kept")
    link = tmp_path / "link.json"
    link.symlink_to(target)
    assert_refused(
        run(tmp_path, "export", str(demo_file), "--json", str(link)), str(link), "symbolic link"
    )
    assert target.read_text() == "kept" and link.is_symlink()


@pytest.mark.parametrize("suffix", ["-journal", "-wal", "-shm"])
def test_export_onto_a_workshops_side_file_is_refused(
    tmp_path: Path, demo_file: Path, suffix: str
) -> None:
    workshop = tmp_path / "open.journey"
    shutil.copyfile(demo_file, workshop)
    side = f"open.journey{suffix}"
    assert_refused(
        run(tmp_path, "export", str(demo_file), "--json", side), side, "belongs to a workshop"
    )
    assert sorted(p.name for p in tmp_path.iterdir()) == ["open.journey"]


def test_export_onto_a_workshop_open_elsewhere_is_refused(tmp_path: Path, demo_file: Path) -> None:
    from storage.workshop import Workshop

    target = tmp_path / "open.journey"
    shutil.copyfile(demo_file, target)
    with Workshop.open(target) as workshop:
        workshop.set_info(title="acknowledged edit")
        before = fingerprint(target)
        assert_refused(
            run(tmp_path, "export", str(demo_file), "--json", str(target)),
            str(target),
            "already open",
        )
        assert fingerprint(target) == before
        workshop.set_info(title="a later edit")  # still the file on disk
    with Workshop.open(target, readonly=True) as workshop:
        assert workshop.info().title == "a later edit"
