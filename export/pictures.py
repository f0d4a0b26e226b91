"""Export: persona pictures coming in (import) and going out (PDF): their size limits.

Pictures are kept at most ``PICTURE_SIDE`` pixels a side: the PDF prints them a few
centimetres wide and the board shows them at 32 to 112 pixels. The persona editor scales
a chosen file down to that; an imported picture larger than that is scaled down too
(smaller ones are kept byte for byte, so export -> import stays lossless).

A picture whose header claims more than ``MAX_PIXELS`` is refused without being decoded:
a PNG of a few kilobytes may claim 12,000 x 12,000 pixels, 576 MB once decoded (a
decompression bomb). Qt's own image allocation limit (256 MB) backs this up.
"""

from __future__ import annotations

PICTURE_SIDE = 512
MAX_PIXELS = 50_000_000  # 200 MB decoded at 4 bytes a pixel: under Qt's allocation limit
JPEG_QUALITY = 88


def size_of(data: bytes) -> tuple[int, int] | None:
    """(width, height) from the picture's header, without decoding it; None if unknown."""
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice
    from PySide6.QtGui import QImageReader

    buffer = QBuffer()
    buffer.setData(QByteArray(data))
    buffer.open(QIODevice.OpenModeFlag.ReadOnly)
    size = QImageReader(buffer).size()
    return (size.width(), size.height()) if size.isValid() else None


def problem(data: bytes) -> str | None:
    """Why the picture is refused (too many pixels), or None."""
    size = size_of(data)
    if size is not None and size[0] * size[1] > MAX_PIXELS:
        return (
            f"the picture is {size[0]} x {size[1]} pixels; at most "
            f"{MAX_PIXELS // 1_000_000} million pixels are read"
        )
    return None


def scaled(data: bytes) -> bytes:
    """``data`` itself when it fits ``PICTURE_SIDE``, else the picture scaled down to it
    (JPEG stays JPEG, anything else becomes PNG). Unreadable data is returned as it is:
    the PDF and the board show such a picture as missing."""
    size = size_of(data)
    if size is None or max(size) <= PICTURE_SIDE:
        return data
    from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QSize, Qt
    from PySide6.QtGui import QImageReader

    source = QBuffer()
    source.setData(QByteArray(data))
    source.open(QIODevice.OpenModeFlag.ReadOnly)
    reader = QImageReader(source)
    reader.setAutoTransform(True)
    fmt = bytes(reader.format().data()).decode("ascii", "replace").lower()
    # Decoded straight at the smaller size where the format allows (JPEG does).
    reader.setScaledSize(
        QSize(*size).scaled(QSize(PICTURE_SIDE, PICTURE_SIDE), Qt.AspectRatioMode.KeepAspectRatio)
    )
    image = reader.read()
    if image.isNull():
        return data
    from render.images import encode_image

    photo = fmt in ("jpeg", "jpg") and not image.hasAlphaChannel()
    encoded = encode_image(image, "JPEG" if photo else "PNG", JPEG_QUALITY if photo else -1)
    return encoded or b""
