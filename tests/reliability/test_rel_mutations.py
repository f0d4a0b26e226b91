"""Mutated workshop files: random damage to real files of every format version.

Each mutation (bit flips, overwritten runs of bytes, a truncation, a zeroed or copied
page) of the released fixture of every format version and of the demo is opened for
editing and read-only, in-process: it is refused with one line naming the file (a
JourneyError), or it opens and reads whole. Either way its bytes stay as they were.
Everyday: 150 mutations (seeded, JOURNEYBOARD_TEST_SEED); full: 10,000.
"""

from __future__ import annotations

import random
from pathlib import Path

import pytest
import rel_support as rs

from storage.errors import JourneyError

MUTATIONS = rs.count(150, 10_000)
CHUNK = rs.count(150, 500)  # mutations per test item
PAGE = 4096
FIXTURES = sorted((rs.ROOT / "tests" / "_files").glob("workshop-v*.journey"))


def mutate(data: bytes, rng: random.Random) -> tuple[str, bytes]:
    """One random kind of damage; returns its description and the damaged bytes."""
    out = bytearray(data)
    kind = rng.choice(("flips", "run", "truncate", "zero-page", "copy-page"))
    if kind == "flips":
        for _ in range(rng.randint(1, 8)):
            bit = rng.randrange(len(out) * 8)
            out[bit // 8] ^= 1 << (bit % 8)
    elif kind == "run":
        start = rng.randrange(len(out))
        out[start : start + rng.randint(1, 64)] = rng.randbytes(rng.randint(1, 64))
    elif kind == "truncate":
        del out[rng.randrange(1, len(out)) :]
    else:
        pages = len(out) // PAGE
        target = rng.randrange(pages)
        source = (
            bytes(PAGE) if kind == "zero-page" else bytes(out[rng.randrange(pages) * PAGE :][:PAGE])
        )
        out[target * PAGE : (target + 1) * PAGE] = source
    return kind, bytes(out)


def _version(data: bytes) -> int:
    return int.from_bytes(data[60:64], "big")


def _opens(path: Path) -> bool:
    """The kept original (a copy through SQLite's backup API) opens read-only."""
    from storage.workshop import Workshop

    with Workshop.open(path, readonly=True):
        return True


def _open_both_ways(path: Path) -> str:
    from export.interchange import dump, to_text
    from storage.workshop import Workshop

    outcomes = []
    for readonly in (False, True):
        try:
            workshop = Workshop.open(path, readonly=readonly)
        except JourneyError as error:
            message = str(error)
            assert str(path) in message and "\n" not in message, message
            outcomes.append(f"refused: {type(error).__name__}")
            continue
        try:
            to_text(dump(workshop))
        finally:
            workshop.close()
        outcomes.append("opened")
    assert outcomes[0] == outcomes[1] or "InterruptedEdit" in outcomes[1], outcomes
    return outcomes[0]


@pytest.mark.timeout(rs.count(300, 1800))
@pytest.mark.parametrize("chunk", range((MUTATIONS + CHUNK - 1) // CHUNK))
def test_mutated_files_are_refused_cleanly_or_open_whole(
    chunk: int, tmp_path: Path, demo_bytes: bytes
) -> None:
    sources = {path.name: path.read_bytes() for path in FIXTURES}
    sources["demo"] = demo_bytes
    assert len(sources) >= 2
    rng = random.Random(rs.SEED * 1009 + chunk)
    for i in range(min(CHUNK, MUTATIONS - chunk * CHUNK)):
        name = rng.choice(sorted(sources))
        kind, data = mutate(sources[name], rng)
        folder = tmp_path / f"m{i}"
        folder.mkdir()
        path = folder / "workshop.journey"
        path.write_bytes(data)
        before = rs.folder_state(folder)
        try:
            outcome = _open_both_ways(path)
        except BaseException:
            print(f"mutation {chunk}/{i} of {name} ({kind}), seed {rs.SEED}")
            raise
        kept = folder / f"workshop (version {_version(data)}).journey"
        if outcome == "opened" and kept.exists():
            # An older file that opened was upgraded: its original is kept beside it.
            assert kept.read_bytes() == data or _opens(kept), f"{name} {kind}: original lost"
        else:
            assert rs.folder_state(folder) == before, f"{name} {kind}: the file changed"
        rs.tally("mutations: outcomes", outcome)
        rs.tally("mutations: kinds", kind)
        for leftover in folder.iterdir():
            leftover.unlink()
        folder.rmdir()
