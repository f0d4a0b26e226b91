"""Render: an image encoded in memory (PNG, JPEG), for the exports and the persona pictures."""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice
from PySide6.QtGui import QImage, QImageWriter


def encode_image(image: QImage, fmt: str, quality: int = -1) -> bytes | None:
    """``image`` as ``fmt`` ("PNG", "JPEG") bytes, or None when it cannot be encoded.

    Through QImageWriter, as QImage.save does (its format parameter is typed as bytes in
    PySide6's stubs but refuses bytes at run time).
    """
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QImageWriter(buffer, QByteArray(fmt.encode("ascii")))
    writer.setQuality(quality)
    written = writer.write(image)
    buffer.close()
    return bytes(data.data()) if written else None
