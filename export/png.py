"""Export: a map as a PNG image, painted by render.paint exactly as the board shows it."""

from __future__ import annotations

import math
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter

from app.mapdata import read_map
from export import ExportError
from render.images import encode_image
from render.paint import ensure_fonts, paint_map, painted_in
from storage import paths
from storage.workshop import Workshop

MAX_PIXELS = 200_000_000  # ~800 MB of image memory; beyond that ask for a lower dpi
_app: QGuiApplication | None = None  # kept alive when we had to create it


def _ensure_gui_app() -> None:
    """QtGui painting needs a QGuiApplication: create an offscreen one if there is none."""
    global _app
    existing = QCoreApplication.instance()
    if existing is None:
        # No window is ever shown, so the offscreen platform works with or without a display.
        _app = QGuiApplication(["journeyboard", "-platform", "offscreen"])
    elif not isinstance(existing, QGuiApplication):
        raise ExportError("PNG export needs a GUI application object (QGuiApplication)")


def render_map(workshop: Workshop, map_id: str, dpi: int = 150) -> QImage:
    """The map ``map_id`` painted on a white image at ``dpi`` (72 dpi = one pixel per point),
    its words in the workshop's language."""
    if dpi <= 0:
        raise ExportError(f"--dpi must be positive, got {dpi}")
    _ensure_gui_app()
    ensure_fonts()
    data = read_map(workshop, map_id)
    layout = data.layout()
    scale = dpi / 72.0
    width = max(1, math.ceil(layout.width * scale))
    height = max(1, math.ceil(layout.height * scale))
    if width * height > MAX_PIXELS:
        fitting = int(dpi * math.sqrt(MAX_PIXELS / (width * height)))
        raise ExportError(
            f"the map {data.map.name!r} is too large for a PNG at {dpi} dpi "
            f"({width} x {height} pixels); use --dpi {max(1, fitting)} or less"
        )
    image = QImage(width, height, QImage.Format.Format_ARGB32_Premultiplied)
    if image.isNull():
        raise ExportError(f"not enough memory for a {width} x {height} image")
    dots_per_meter = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_meter)
    image.setDotsPerMeterY(dots_per_meter)
    image.fill(Qt.GlobalColor.white)
    painter = QPainter(image)
    try:
        painter.scale(scale, scale)
        with painted_in(workshop.info().language):  # as the PDF: the workshop's language
            paint_map(painter, data, layout)
    finally:
        painter.end()
    return image


def write_png(workshop: Workshop, map_id: str, out_path: Path | str, dpi: int = 150) -> None:
    """Write the map as a PNG at ``out_path`` atomically: complete or absent."""
    out = Path(out_path)
    image = render_map(workshop, map_id, dpi)
    # Encode in memory and write from Python: a failing disk then raises one OSError
    # (reported with the file name) instead of libpng printing its own error line.
    encoded = encode_image(image, "PNG")
    if encoded is None:
        raise ExportError(f"{out}: the image could not be encoded")
    with paths.atomic_output(out) as temp:
        temp.write_bytes(encoded)
