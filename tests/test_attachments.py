"""Attachments (photos, receipts) stored with encounters: told by their content, limited in
size, listed, read back byte for byte, deleted with their encounter, and shown in the visit
report as small pictures."""

from __future__ import annotations

import io
from datetime import UTC, datetime, timedelta, timezone
from pathlib import Path

import pytest

from mysteryshop.forms import Form
from mysteryshop.store import attachments, queries
from mysteryshop.store.attachments import MAX_ATTACHMENT_BYTES, clean_name, sniff_media_type
from mysteryshop.store.db import Database, StoreError
from mysteryshop.store.records import EncounterData, new_id

HELSINKI = timezone(timedelta(hours=2))
HEIC = b"\x00\x00\x00\x18ftypheic\x00\x00\x00\x00mif1heic" + b"\x00" * 64
PDF = b"%PDF-1.4\n1 0 obj <<>> endobj\n%%EOF\n"


def jpeg(width: int = 64, height: int = 48, colour: tuple[int, int, int] = (200, 80, 40)) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGB", (width, height), colour).save(out, "JPEG")
    return out.getvalue()


def png(width: int = 40, height: int = 60) -> bytes:
    from PIL import Image

    out = io.BytesIO()
    Image.new("RGBA", (width, height), (20, 120, 240, 200)).save(out, "PNG")
    return out.getvalue()


def stored_encounter(db: Database, form: Form) -> EncounterData:
    """A draft encounter of `form` at a new location, stored."""
    queries.store_form(db, form)
    where = queries.add_location(db, "Kamppi store", "Helsinki")
    data = EncounterData(
        id=new_id(),
        form_id=form.id,
        form_version=form.version,
        location_id=where.id,
        visited_at=datetime(2026, 11, 20, 14, 5, tzinfo=HELSINKI),
        observer="owl",
        status="draft",
    )
    return queries.save_encounter(db, data)


@pytest.fixture
def encounter(db: Database, shipped_forms: list[Form]) -> EncounterData:
    return stored_encounter(db, shipped_forms[0])


# --- telling files apart ----------------------------------------------------------------------


@pytest.mark.parametrize(
    ("content", "expected"),
    [
        (jpeg(), "image/jpeg"),
        (png(), "image/png"),
        (PDF, "application/pdf"),
        (HEIC, "image/heic"),
        (b"\x00\x00\x00\x18ftypmif1\x00\x00\x00\x00mif1heic" + b"\x00" * 8, "image/heic"),
        (b"\x00\x00\x00\x18ftypavif\x00\x00\x00\x00mif1avif", None),
        (b"GIF89a....", None),
        (b"<html>", None),
        (b"", None),
    ],
)
def test_media_type_is_told_by_the_content(content: bytes, expected: str | None) -> None:
    assert sniff_media_type(content) == expected


def test_names_keep_only_the_last_part_without_control_characters() -> None:
    assert clean_name("../../etc/receipt\x07.png", "image/png") == "receipt.png"
    assert clean_name("C:\\Users\\me\\photo.jpg", "image/jpeg") == "photo.jpg"
    assert clean_name("", "application/pdf") == "attachment.pdf"
    long = clean_name("x" * 400 + ".jpeg", "image/jpeg")
    assert len(long) <= 255 and long.endswith(".jpeg")


# --- storing ----------------------------------------------------------------------------------


def test_an_attachment_comes_back_byte_for_byte(db: Database, encounter: EncounterData) -> None:
    photo = jpeg()
    info = attachments.add_attachment(db, encounter.id, "shop front.jpg", photo)
    assert (info.media_type, info.size, info.name) == ("image/jpeg", len(photo), "shop front.jpg")
    assert attachments.get_content(db, info.id) == photo
    assert attachments.list_attachments(db, encounter.id) == [info]
    assert info.sha256 == attachments.sha256_of(photo)


def test_a_file_of_another_kind_is_refused_with_the_reason(
    db: Database, encounter: EncounterData
) -> None:
    with pytest.raises(StoreError, match="not a JPEG, PNG, PDF or HEIC"):
        attachments.add_attachment(db, encounter.id, "notes.jpg", b"just text pretending")
    assert attachments.list_attachments(db, encounter.id) == []


def test_a_file_over_the_limit_is_refused_before_it_is_read(
    db: Database, encounter: EncounterData, tmp_path: Path
) -> None:
    big = tmp_path / "huge.jpg"
    with big.open("wb") as out:
        out.write(b"\xff\xd8\xff")
        out.seek(MAX_ATTACHMENT_BYTES + 10)
        out.write(b"\0")
    with pytest.raises(StoreError, match="at most 20 MB"):
        attachments.add_attachment_file(db, encounter.id, big)
    with pytest.raises(StoreError, match="empty"):
        attachments.add_attachment(db, encounter.id, "empty.pdf", b"")


def test_attaching_to_an_unknown_encounter_is_refused(db: Database) -> None:
    with pytest.raises(StoreError, match="save the encounter"):
        attachments.add_attachment(db, new_id(), "a.pdf", PDF)


def test_files_are_listed_oldest_first_and_can_be_deleted(
    db: Database, encounter: EncounterData, tmp_path: Path
) -> None:
    first = attachments.add_attachment(
        db, encounter.id, "a.pdf", PDF, added_at=datetime(2026, 11, 20, tzinfo=UTC)
    )
    (tmp_path / "b.heic").write_bytes(HEIC)
    second = attachments.add_attachment_file(db, encounter.id, tmp_path / "b.heic")
    assert [a.id for a in attachments.list_attachments(db, encounter.id)] == [first.id, second.id]
    attachments.delete_attachment(db, first.id)
    assert [a.id for a in attachments.list_attachments(db, encounter.id)] == [second.id]
    with pytest.raises(StoreError):
        attachments.delete_attachment(db, first.id)
    with pytest.raises(StoreError):
        attachments.get_content(db, first.id)


def test_attachments_go_with_their_encounter(db: Database, encounter: EncounterData) -> None:
    from sqlalchemy import delete

    from mysteryshop.store.models import Encounter

    info = attachments.add_attachment(db, encounter.id, "a.png", png())
    with db.write() as session:
        session.execute(delete(Encounter).where(Encounter.id == encounter.id))
    with pytest.raises(StoreError):
        attachments.get_attachment(db, info.id)


# --- the visit report -------------------------------------------------------------------------


def test_the_visit_report_lists_attachments_and_shows_pictures(
    db: Database, encounter: EncounterData
) -> None:
    from pypdf import PdfReader

    from mysteryshop import reports

    attachments.add_attachment(db, encounter.id, "storefront.jpg", jpeg(1600, 1200))
    attachments.add_attachment(db, encounter.id, "receipt.pdf", PDF)
    attachments.add_attachment(db, encounter.id, "broken.png", b"\x89PNG\r\n\x1a\n-damaged-")
    pdf = reports.build_report("visit", db, encounter_id=encounter.id)
    reader = PdfReader(io.BytesIO(pdf))
    text = "\n".join(page.extract_text() for page in reader.pages)
    assert "Attachments" in text and "storefront.jpg" in text and "receipt.pdf" in text
    assert "broken.png: the picture could not be shown." in text
    images = [image for page in reader.pages for image in page.images]
    assert len(images) == 1
    assert max(images[0].image.size) <= 900  # scaled down, not the 1600 px original
    anonymous = reports.build_report(
        "visit", db, encounter_id=encounter.id, options=reports.ReportOptions(anonymize=True)
    )
    reader = PdfReader(io.BytesIO(anonymous))
    assert not [image for page in reader.pages for image in page.images]


def test_a_report_without_attachments_has_no_attachments_part(
    db: Database, encounter: EncounterData
) -> None:
    from pypdf import PdfReader

    from mysteryshop import reports

    pdf = reports.build_report("visit", db, encounter_id=encounter.id)
    text = "\n".join(page.extract_text() for page in PdfReader(io.BytesIO(pdf)).pages)
    assert "Attachments" not in text
