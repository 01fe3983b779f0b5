"""Render the app icon's PNG from its SVG (resources/icons/): run after changing the SVG.

    python scripts/render_icon.py

The SVG is the source (the Linux desktop installs it as the scalable icon); the 256 px PNG is
what the window shows (Qt reads PNG without its SVG plugin) and what the desktop's 256x256
icon, Windows' .ico and macOS' .icns are made from. tests/test_packaging.py fails while the
PNG is not the SVG's rendering.
"""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer

ICONS = Path(__file__).resolve().parent.parent / "resources" / "icons"
SVG = ICONS / "mysteryshop.svg"
PNG = ICONS / "mysteryshop-256.png"
SIZE = 256


def render(svg: Path = SVG, size: int = SIZE) -> QImage:
    """The SVG drawn on a transparent square of `size` pixels (needs a QGuiApplication)."""
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(str(svg)).render(painter)
    painter.end()
    return image


def main() -> int:
    app = QGuiApplication.instance() or QGuiApplication(sys.argv[:1])  # noqa: F841
    if not render().save(str(PNG)):
        print(f"cannot write {PNG}", file=sys.stderr)
        return 1
    print(f"wrote {PNG}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
