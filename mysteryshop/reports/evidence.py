"""The attachments of a visit in its report: a list of the files, and the photos as small
pictures. Pictures are made from the stored bytes only (never from a path), turned upright,
scaled down and re-encoded, so a report stays small however large the photos are."""

from __future__ import annotations

import io
import warnings
from collections.abc import Sequence
from dataclasses import dataclass

from reportlab.lib.units import mm
from reportlab.platypus import Flowable, Image, KeepTogether, Paragraph, Table

from mysteryshop.reports.i18n import t
from mysteryshop.reports.styles import (
    CONTENT_WIDTH,
    data_tables,
    format_date,
    format_datetime,
    house_style,
    para,
    shorten,
    stylesheet,
)
from mysteryshop.store.attachments import IMAGE_TYPES, AttachmentInfo

PICTURES_PER_ROW = 3
PICTURE_GAP = 4 * mm
PICTURE_WIDTH = (CONTENT_WIDTH - (PICTURES_PER_ROW - 1) * PICTURE_GAP) / PICTURES_PER_ROW
PICTURE_HEIGHT = 50 * mm
PICTURE_PIXELS = 900  # the longest side of an embedded picture: sharp when printed this small

TYPE_NAMES = {  # English; t() translates them when the report is built
    "image/jpeg": "JPEG photo",
    "image/png": "PNG image",
    "application/pdf": "PDF document",
    "image/heic": "HEIC photo",
}


@dataclass(frozen=True)
class Evidence:
    """An attachment and, for a picture the report shows, its bytes."""

    info: AttachmentInfo
    content: bytes | None = None


def format_size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.0f} KB"
    return f"{size / 1048576:.1f} MB"


def picture(content: bytes, width: float, height: float) -> Image | None:
    """A ReportLab image of the photo scaled to fit width × height, upright; None when the
    bytes cannot be read as a picture (damaged, or too large to decode safely)."""
    from PIL import Image as PILImage
    from PIL import ImageOps

    try:
        with warnings.catch_warnings():
            warnings.simplefilter("error", PILImage.DecompressionBombWarning)
            with PILImage.open(io.BytesIO(content)) as opened:
                upright = ImageOps.exif_transpose(opened)
                upright.thumbnail((PICTURE_PIXELS, PICTURE_PIXELS))
                out = io.BytesIO()
                if upright.mode in ("RGBA", "LA", "P"):
                    upright.save(out, "PNG", optimize=True)
                else:
                    upright.convert("RGB").save(out, "JPEG", quality=82)
                pixels_w, pixels_h = upright.size
    except Exception:  # Pillow raises many kinds for damaged or hostile files
        return None
    scale = min(width / pixels_w, height / pixels_h)
    out.seek(0)
    return Image(out, width=pixels_w * scale, height=pixels_h * scale)


def attachment_flowables(items: Sequence[Evidence], *, anonymize: bool = False) -> list[Flowable]:
    """The 'Attachments' part of a visit report: a table of the files, then the pictures.
    Anonymized: no pictures (they may show people) and no file names (they may name people:
    "Matti_Virtanen_badge.jpg"), each file only by its number, kind, size and date."""
    if not items:
        return []
    s = stylesheet()
    header = [
        Paragraph(t("File"), s.header_cell),
        Paragraph(t("Kind"), s.header_cell),
        Paragraph(t("Size"), s.header_cell_right),
        Paragraph(t("Added"), s.header_cell),
    ]
    rows = [
        [
            Paragraph(t("Attachment {number}", number=number), s.cell)
            if anonymize
            else para(shorten(item.info.name, 120), s.cell),
            Paragraph(t(TYPE_NAMES.get(item.info.media_type, item.info.media_type)), s.cell),
            Paragraph(format_size(item.info.size), s.cell_right),
            Paragraph(
                format_date(item.info.added_at.astimezone())
                if anonymize
                else format_datetime(item.info.added_at.astimezone()),
                s.cell,
            ),
        ]
        for number, item in enumerate(items, start=1)
    ]
    widths = [CONTENT_WIDTH - 110 * mm, 32 * mm, 20 * mm, 58 * mm]
    tables = data_tables(header, rows, widths)
    out: list[Flowable] = [
        KeepTogether([Paragraph(t("Attachments"), s.h2), tables[0]]),
        *tables[1:],
    ]
    if anonymize:
        out.append(
            Paragraph(
                t(
                    "Pictures and file names are left out of an anonymized report: they may "
                    "show or name people."
                ),
                s.muted,
            )
        )
        return out
    cells: list[list[Flowable]] = []
    missing = []
    for item in items:
        if item.info.media_type not in IMAGE_TYPES or item.content is None:
            continue
        image = picture(item.content, PICTURE_WIDTH, PICTURE_HEIGHT)
        if image is None:
            missing.append(item.info.name)
            continue
        cells.append([image, para(shorten(item.info.name, 60), s.small)])
    if cells:
        grid = [cells[i : i + PICTURES_PER_ROW] for i in range(0, len(cells), PICTURES_PER_ROW)]
        grid[-1] += [[]] * (PICTURES_PER_ROW - len(grid[-1]))
        column = PICTURE_WIDTH + PICTURE_GAP
        table = Table(
            grid,
            colWidths=[column] * (PICTURES_PER_ROW - 1) + [PICTURE_WIDTH],
            hAlign="LEFT",
        )
        table.setStyle(
            house_style(
                [
                    ("VALIGN", (0, 0), (-1, -1), "BOTTOM"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                    ("RIGHTPADDING", (0, 0), (-1, -1), PICTURE_GAP),
                    ("TOPPADDING", (0, 0), (-1, -1), 6),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 4),
                ]
            )
        )
        out.append(table)
    for name in missing:
        out.append(
            para(t("{name}: the picture could not be shown.", name=shorten(name, 120)), s.muted)
        )
    return out
