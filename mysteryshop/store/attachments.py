"""Evidence attached to encounters (photos, receipts): add, list, read and delete files kept in
the database. Only JPEG, PNG, PDF and HEIC files, told by their content, never by their name."""

from __future__ import annotations

import hashlib
import os
import re
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from sqlalchemy import delete, select
from sqlalchemy.orm import Session

from mysteryshop.store.db import Database, StoreError, insert_new
from mysteryshop.store.models import Attachment, Encounter
from mysteryshop.store.records import EncounterFilter, new_id

MAX_ATTACHMENT_BYTES = 20 * 1024 * 1024
"""The largest file one attachment may be (20 MiB): a phone photo or a scanned receipt."""
MAX_NAME_CHARS = 255
CHUNK = 500

MEDIA_TYPES = {
    "image/jpeg": "jpg",
    "image/png": "png",
    "application/pdf": "pdf",
    "image/heic": "heic",
}
"""The media types an attachment may have, with the file extension exports give them."""
IMAGE_TYPES = ("image/jpeg", "image/png")
"""Media types that reports and the app can show as pictures (HEIC only as a file)."""

_HEIC_BRANDS = {b"heic", b"heix", b"hevc", b"hevx", b"heim", b"heis", b"hevm", b"hevs"}
_CONTROL = re.compile(r"[\x00-\x1f\x7f]")


@dataclass(frozen=True)
class AttachmentInfo:
    """One attachment without its bytes. `name` is the original file name, shown only."""

    id: str
    encounter_id: str
    name: str
    media_type: str
    size: int
    sha256: str
    added_at: datetime

    @property
    def extension(self) -> str:
        return MEDIA_TYPES.get(self.media_type, "bin")

    @property
    def is_image(self) -> bool:
        return self.media_type in IMAGE_TYPES


@dataclass(frozen=True)
class IncomingAttachment:
    """An attachment to merge (from a bundle): its metadata and how to read its bytes."""

    id: str
    encounter_id: str
    name: str
    media_type: str
    size: int
    sha256: str
    read: Callable[[], bytes]
    added_at: datetime | None = None


def sniff_media_type(content: bytes) -> str | None:
    """The media type the bytes themselves show (JPEG, PNG, PDF or HEIC), else None."""
    if content.startswith(b"\xff\xd8\xff"):
        return "image/jpeg"
    if content.startswith(b"\x89PNG\r\n\x1a\n"):
        return "image/png"
    if content.startswith(b"%PDF-"):
        return "application/pdf"
    # HEIC is an ISO base media file: a box [size]['ftyp'][major brand][minor][compatible...].
    if len(content) >= 16 and content[4:8] == b"ftyp":
        box = int.from_bytes(content[0:4], "big")
        brands = [content[8:12]] + [
            content[i : i + 4] for i in range(16, min(max(box, 16), len(content), 256), 4)
        ]
        if brands[0] in _HEIC_BRANDS:
            return "image/heic"
        if brands[0] in (b"mif1", b"msf1") and _HEIC_BRANDS.intersection(brands[1:]):
            return "image/heic"
    return None


def sha256_of(content: bytes) -> str:
    return hashlib.sha256(content).hexdigest()


def clean_name(name: str, media_type: str) -> str:
    """A file name fit to show: the last part of a path, no control characters, at most
    255 characters; 'attachment.jpg' when nothing is left."""
    base = re.split(r"[\\/]", name)[-1]
    base = _CONTROL.sub("", base).strip()
    if len(base) > MAX_NAME_CHARS:
        stem, dot, ext = base.rpartition(".")
        keep = MAX_NAME_CHARS - len(ext) - 2
        base = (stem[:keep] + "…." + ext) if dot and 0 < len(ext) <= 10 else base[:MAX_NAME_CHARS]
    return base or f"attachment.{MEDIA_TYPES.get(media_type, 'bin')}"


def content_problem(content: bytes) -> str | None:
    """Why these bytes cannot be an attachment, else None."""
    if not content:
        return "the file is empty"
    if len(content) > MAX_ATTACHMENT_BYTES:
        return (
            f"the file is {len(content) / 1_048_576:.1f} MB; an attachment may be at most "
            f"{MAX_ATTACHMENT_BYTES // 1_048_576} MB"
        )
    if sniff_media_type(content) is None:
        return "not a JPEG, PNG, PDF or HEIC file (judged by its content, not its name)"
    return None


def _info(row: Attachment) -> AttachmentInfo:
    return AttachmentInfo(
        row.id,
        row.encounter_id,
        row.original_name,
        row.media_type,
        row.size,
        row.sha256,
        row.added_at,
    )


_INFO_COLUMNS = (
    Attachment.id,
    Attachment.encounter_id,
    Attachment.original_name,
    Attachment.media_type,
    Attachment.size,
    Attachment.sha256,
    Attachment.added_at,
)


def add_attachment(
    db: Database,
    encounter_id: str,
    name: str,
    content: bytes,
    *,
    attachment_id: str | None = None,
    added_at: datetime | None = None,
) -> AttachmentInfo:
    """Attach `content` (named `name`, shown only) to a stored encounter. StoreError when the
    encounter does not exist or the content is too large, empty or of a refused type."""
    problem = content_problem(content)
    if problem:
        raise StoreError(f"{clean_name(name, '')}: {problem}")
    media_type = sniff_media_type(content)
    assert media_type is not None
    info = AttachmentInfo(
        attachment_id or new_id(),
        encounter_id,
        clean_name(name, media_type),
        media_type,
        len(content),
        sha256_of(content),
        added_at or datetime.now(UTC),
    )
    with db.write() as session:
        if session.get(Encounter, encounter_id) is None:
            raise StoreError(
                f"no encounter with id {encounter_id}: save the encounter before attaching files"
            )
        _insert(session, info, content)
    return info


def add_attachment_file(
    db: Database, encounter_id: str, path: str | os.PathLike[str]
) -> AttachmentInfo:
    """Attach the file at `path`; its size is checked before it is read."""
    source = Path(path)
    try:
        size = source.stat().st_size
        if size > MAX_ATTACHMENT_BYTES:
            raise StoreError(
                f"{source.name}: the file is {size / 1_048_576:.1f} MB; an attachment may be at "
                f"most {MAX_ATTACHMENT_BYTES // 1_048_576} MB"
            )
        if not source.is_file():
            raise StoreError(f"{source.name}: not a file")
        content = source.read_bytes()
    except OSError as error:
        raise StoreError(f"{source.name}: cannot read: {error.strerror or error}") from None
    return add_attachment(db, encounter_id, source.name, content)


def _insert(session: Session, info: AttachmentInfo, content: bytes) -> bool:
    """Store one attachment; False when one with its id was stored meanwhile by another
    transaction (an import of the same bundle at the same moment)."""
    statement = insert_new(session.get_bind().dialect.name, Attachment, ("id",))
    done = session.execute(
        statement.returning(Attachment.id),
        [
            {
                "id": info.id,
                "encounter_id": info.encounter_id,
                "original_name": info.name,
                "media_type": info.media_type,
                "size": info.size,
                "sha256": info.sha256,
                "content": content,
                "added_at": info.added_at,
            }
        ],
    )
    return done.first() is not None


def list_attachments(db: Database, encounter_id: str) -> list[AttachmentInfo]:
    """An encounter's attachments, oldest first (without their bytes)."""
    return attachments_of(db, [encounter_id]).get(encounter_id, [])


def attachments_of(db: Database, encounter_ids: Iterable[str]) -> dict[str, list[AttachmentInfo]]:
    """The attachments of many encounters: encounter id → attachments, oldest first."""
    ids = sorted(set(encounter_ids))
    out: dict[str, list[AttachmentInfo]] = {}
    with db.read() as session:
        for start in range(0, len(ids), CHUNK):
            rows = session.execute(
                select(*_INFO_COLUMNS)
                .where(Attachment.encounter_id.in_(ids[start : start + CHUNK]))
                .order_by(Attachment.added_at, Attachment.id)
            )
            for row in rows:
                info = AttachmentInfo(*row)
                out.setdefault(info.encounter_id, []).append(info)
    return out


def attachments_matching(db: Database, f: EncounterFilter) -> dict[str, list[AttachmentInfo]]:
    """The attachments of the encounters a filter covers: encounter id → attachments."""
    from mysteryshop.store.filtering import filtered

    query = filtered(
        select(*_INFO_COLUMNS).join(Encounter, Encounter.id == Attachment.encounter_id), f
    ).order_by(Attachment.added_at, Attachment.id)
    out: dict[str, list[AttachmentInfo]] = {}
    with db.read() as session:
        for row in session.execute(query):
            info = AttachmentInfo(*row)
            out.setdefault(info.encounter_id, []).append(info)
    return out


def get_attachment(db: Database, attachment_id: str) -> AttachmentInfo:
    with db.read() as session:
        row = session.get(Attachment, attachment_id)
        if row is None:
            raise StoreError(f"no attachment with id {attachment_id}")
        return _info(row)


def get_content(db: Database, attachment_id: str) -> bytes:
    """The bytes of one attachment. StoreError for an unknown id."""
    with db.read() as session:
        content = session.scalar(select(Attachment.content).where(Attachment.id == attachment_id))
    if content is None:
        raise StoreError(f"no attachment with id {attachment_id}")
    return bytes(content)


def delete_attachment(db: Database, attachment_id: str) -> None:
    """Remove one attachment. StoreError for an unknown id."""
    with db.write() as session:
        done = session.execute(delete(Attachment).where(Attachment.id == attachment_id))
        if done.rowcount != 1:  # type: ignore[attr-defined]
            raise StoreError(f"no attachment with id {attachment_id}")


def stored_fingerprints(db: Database, attachment_ids: Iterable[str]) -> dict[str, tuple[str, str]]:
    """attachment id → (encounter id, sha256) of those already stored."""
    ids = sorted(set(attachment_ids))
    out: dict[str, tuple[str, str]] = {}
    with db.read() as session:
        for start in range(0, len(ids), CHUNK):
            rows = session.execute(
                select(Attachment.id, Attachment.encounter_id, Attachment.sha256).where(
                    Attachment.id.in_(ids[start : start + CHUNK])
                )
            )
            out.update({row_id: (encounter, sha) for row_id, encounter, sha in rows})
    return out


def merge_into(session: Session, incoming: Sequence[IncomingAttachment]) -> int:
    """Add the attachments not stored yet, inside the caller's transaction; one stored with the
    same id and content is left alone. Returns how many were added. StoreError (the caller
    rolls back) when an id is stored with other content or the bytes differ from the
    metadata."""
    added = 0
    for start in range(0, len(incoming), CHUNK):
        chunk = incoming[start : start + CHUNK]
        stored = {
            row_id: (encounter, sha)
            for row_id, encounter, sha in session.execute(
                select(Attachment.id, Attachment.encounter_id, Attachment.sha256).where(
                    Attachment.id.in_([item.id for item in chunk])
                )
            )
        }
        for item in chunk:
            if item.id in stored:
                if stored[item.id] != (item.encounter_id, item.sha256):
                    raise StoreError(
                        f"attachment {item.id}: already stored with other content or for "
                        "another encounter"
                    )
                continue
            content = item.read()
            if len(content) != item.size or sha256_of(content) != item.sha256:
                raise StoreError(f"attachment {item.id}: its bytes do not match its sha256")
            media_type = sniff_media_type(content)
            if media_type != item.media_type:
                raise StoreError(f"attachment {item.id}: the content is not {item.media_type}")
            info = AttachmentInfo(
                item.id,
                item.encounter_id,
                clean_name(item.name, media_type),
                media_type,
                item.size,
                item.sha256,
                item.added_at or datetime.now(UTC),
            )
            if _insert(session, info, content):
                added += 1
                continue
            stored_now = session.execute(
                select(Attachment.encounter_id, Attachment.sha256).where(Attachment.id == item.id)
            ).one()
            if tuple(stored_now) != (item.encounter_id, item.sha256):
                raise StoreError(
                    f"attachment {item.id}: already stored with other content or for "
                    "another encounter"
                )
    return added
