"""Persona pictures: scaled down on the way in, decompression bombs refused unread."""

from __future__ import annotations

import base64
import io
import sqlite3
import struct
import zlib
from pathlib import Path

import pypdf
import pytest

from export import pictures
from export.interchange import InterchangeError, load
from storage.workshop import Workshop


def png(width: int, height: int) -> bytes:
    """A grey PNG of that size, compressed: a bomb is a few hundred KB of zero rows."""

    def chunk(kind: bytes, data: bytes) -> bytes:
        return (
            struct.pack(">I", len(data))
            + kind
            + data
            + struct.pack(">I", zlib.crc32(kind + data) & 0xFFFFFFFF)
        )

    packer = zlib.compressobj(9)
    row = b"\x00" + bytes(width)
    body = b"".join(packer.compress(row) for _ in range(height)) + packer.flush()
    header = struct.pack(">IIBBBBB", width, height, 8, 0, 0, 0, 0)
    return (
        b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", header) + chunk(b"IDAT", body) + chunk(b"IEND", b"")
    )


def _demo_with_picture(data: bytes) -> dict:
    from app.demo import demo_workshop

    workshop = demo_workshop("en")
    workshop["personas"][0]["picture"] = base64.b64encode(data).decode("ascii")
    return workshop


@pytest.fixture(scope="module")
def bomb() -> bytes:
    return png(12000, 12000)  # 576 MB decoded; about 140 KB here


def test_an_imported_decompression_bomb_is_refused_unread(tmp_path: Path, bomb: bytes) -> None:
    target = tmp_path / "out.journey"
    with pytest.raises(InterchangeError) as caught:
        load(_demo_with_picture(bomb), target)
    assert str(caught.value) == (
        "personas[0].picture: the picture is 12000 x 12000 pixels; "
        "at most 50 million pixels are read"
    )
    assert list(tmp_path.iterdir()) == []


def test_a_large_imported_picture_is_scaled_down_and_a_small_one_kept(tmp_path: Path) -> None:
    large, small = png(2000, 1500), png(300, 200)
    data = _demo_with_picture(large)
    data["personas"][1]["picture"] = base64.b64encode(small).decode("ascii")
    load(data, tmp_path / "out.journey")
    with Workshop.open(tmp_path / "out.journey", readonly=True) as workshop:
        first, second = workshop.personas()[:2]
    assert pictures.size_of(first.picture) == (512, 384)
    assert second.picture == small


def test_a_bomb_inside_a_workshop_file_is_left_out_of_the_pdf(
    workshop_path: Path, bomb: bytes, tmp_path: Path
) -> None:
    from export.pdf import write_pdf

    connection = sqlite3.connect(workshop_path)
    connection.execute("UPDATE persona SET picture = ? WHERE position = 0", (bomb,))
    connection.commit()
    connection.close()
    out = tmp_path / "out.pdf"
    with Workshop.open(workshop_path, readonly=True) as workshop:
        write_pdf(workshop, out)
    text = " ".join(
        page.extract_text() or "" for page in pypdf.PdfReader(io.BytesIO(out.read_bytes())).pages
    )
    assert "The picture of this persona could not be read" in " ".join(text.split())


def test_the_pixel_limit_is_exact() -> None:
    assert pictures.problem(png(10_000, 5_000)) is None  # 50,000,000 pixels: read
    assert pictures.problem(png(10_001, 5_000)) is not None
