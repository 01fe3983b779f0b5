"""Zip bundles: bundle.json plus the encounters' attachments as attachments/<id>.<ext>.

Reading checks the whole archive before anything is imported: entry names that could escape a
folder (zip-slip), archives that unpack to far more than they weigh (zip bombs), attachment
files missing, extra or not matching their sha256. Any problem refuses the whole bundle."""

from __future__ import annotations

import hashlib
import json
import os
import re
import zipfile
from dataclasses import dataclass
from functools import partial
from typing import IO

from mysteryshop import intake
from mysteryshop.exchange import unzip
from mysteryshop.exchange.bundle import (
    MAX_BUNDLE_BYTES,
    MAX_PROBLEMS,
    AttachmentMeta,
    Bundle,
    BundleError,
    Progress,
    bundle_data,
    read_bundle_text,
)
from mysteryshop.fileio import atomic_write
from mysteryshop.store import merge
from mysteryshop.store.attachments import (
    MAX_ATTACHMENT_BYTES,
    MEDIA_TYPES,
    IncomingAttachment,
    attachments_matching,
    get_content,
    sniff_media_type,
    stored_fingerprints,
)
from mysteryshop.store.db import Database
from mysteryshop.store.records import EncounterFilter

BUNDLE_JSON = "bundle.json"
ATTACHMENTS_DIR = "attachments/"
MAX_ENTRIES = 200_000
MAX_TOTAL_BYTES = 8_000_000_000
MAX_RATIO = 100  # uncompressed / compressed, for entries above RATIO_FLOOR bytes
RATIO_FLOOR = 1_000_000
_ALREADY_COMPRESSED = {"image/jpeg", "image/png", "image/heic"}
_ATTACHMENT_ENTRY = re.compile(
    r"^attachments/([0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})\.([a-z]{3,4})$"
)


# --- writing ----------------------------------------------------------------------------------


def export_zip(
    db: Database,
    path: str | os.PathLike[str],
    f: EncounterFilter | None = None,
    *,
    anonymize: bool = False,
    progress: Progress | None = None,
) -> int:
    """Write a zip bundle: bundle.json and every attachment of the exported encounters. The
    attachments' original names stay in bundle.json only; the files get generated names.
    `anonymize` leaves attachments out too (photos may show people). Returns the number of
    encounters; the file appears whole or not at all."""
    f = f or EncounterFilter()
    attached = {} if anonymize else attachments_matching(db, f)
    listed = [info for infos in attached.values() for info in infos]
    extra = len(listed)

    def encounters_read(done: int, total: int) -> None:
        if progress:
            progress(done, total + extra)

    bundle, count = bundle_data(
        db, f, anonymize=anonymize, progress=encounters_read, attachments=attached
    )
    total = count + extra
    with atomic_write(path, "wb") as out:
        with zipfile.ZipFile(out, "w", compression=zipfile.ZIP_DEFLATED) as archive:
            archive.writestr(
                BUNDLE_JSON, json.dumps(bundle, ensure_ascii=False, indent=1).encode("utf-8")
            )
            if progress:
                progress(count, total)
            for done, info in enumerate(listed, start=1):
                stored = info.media_type in _ALREADY_COMPRESSED
                archive.writestr(
                    f"{ATTACHMENTS_DIR}{info.id}.{info.extension}",
                    get_content(db, info.id),
                    compress_type=zipfile.ZIP_STORED if stored else zipfile.ZIP_DEFLATED,
                )
                if progress:
                    progress(count + done, total)
    if progress:
        progress(total, total)
    return count


# --- reading ----------------------------------------------------------------------------------


@dataclass
class ZipBundle:
    """A checked zip bundle, still open: attachments are read from it while merging."""

    bundle: Bundle
    archive: zipfile.ZipFile

    def incoming(self) -> list[IncomingAttachment]:
        """The attachments to merge; each reads its bytes from the archive when needed."""
        return [
            IncomingAttachment(
                meta.id,
                meta.encounter_id,
                meta.name,
                meta.media_type,
                meta.size,
                meta.sha256,
                partial(_read_capped, self.archive, meta.file_name, meta.size),
                meta.added_at,
            )
            for meta in self.bundle.attachments
        ]

    def close(self) -> None:
        self.archive.close()


def entry_name_problem(name: str) -> str | None:
    """Why an entry name is unsafe to unpack anywhere (zip-slip), else None."""
    if "\\" in name:
        return "contains a backslash"
    if intake.text_problem(name, ""):
        return "contains a NUL character or a lone surrogate"
    if name.startswith("/") or re.match(r"^[A-Za-z]:", name):
        return "is an absolute path"
    if any(part == ".." for part in name.split("/")):
        return "climbs out of the folder (..)"
    return None


def read_zip(path: str | os.PathLike[str], *, db: Database | None = None) -> ZipBundle:
    """Open and check a zip bundle whole. Raises BundleError listing every problem; on
    success the archive stays open for the merge (close() it)."""
    source = str(path)
    try:
        archive = zipfile.ZipFile(path)
    except unzip.DAMAGED as error:
        if isinstance(error, OSError) and error.errno is not None:
            raise BundleError([f"{source}: cannot read: {error.strerror or error}"]) from None
        # Also a name flagged UTF-8 that is not (an encoded lone surrogate): zipfile decodes
        # names strictly, and stops reading the directory at it.
        raise BundleError([f"{source}: not a zip file (or a damaged one)"]) from None
    try:
        bundle = _check(archive, source, db)
    except BaseException:
        archive.close()
        raise
    return ZipBundle(bundle, archive)


def _check(archive: zipfile.ZipFile, source: str, db: Database | None) -> Bundle:
    entries = archive.infolist()
    if len(entries) > MAX_ENTRIES:
        raise BundleError(
            [f"{source}: {len(entries):,} entries; a bundle may hold at most {MAX_ENTRIES:,}"]
        )
    problems: list[str] = []
    files: dict[str, zipfile.ZipInfo] = {}
    total = 0
    for info in entries:
        name = info.orig_filename
        where = f"{source}: {name[:200]!r}"
        unsafe = entry_name_problem(name) or (
            entry_name_problem(info.filename) if info.filename != name else None
        )
        if unsafe:
            problems.append(f"{where}: unsafe entry name: {unsafe}")
            continue
        if info.flag_bits & 0x1:
            problems.append(f"{where}: encrypted entries are not read")
            continue
        if info.is_dir():
            if name not in (ATTACHMENTS_DIR,):
                problems.append(f"{where}: unexpected folder (expected only {ATTACHMENTS_DIR})")
            continue
        if name in files:
            problems.append(f"{where}: the archive holds this name twice")
            continue
        total += info.file_size
        limit = MAX_BUNDLE_BYTES if name == BUNDLE_JSON else MAX_ATTACHMENT_BYTES
        if info.file_size > limit:
            problems.append(f"{where}: unpacks to {info.file_size:,} bytes (at most {limit:,})")
        elif info.file_size > RATIO_FLOOR and info.file_size > MAX_RATIO * max(
            info.compress_size, 1
        ):
            problems.append(
                f"{where}: unpacks to {info.file_size / max(info.compress_size, 1):,.0f} times "
                f"its packed size (at most {MAX_RATIO}): refused as a possible zip bomb"
            )
        files[name] = info
        if len(problems) > MAX_PROBLEMS:
            break
    if total > MAX_TOTAL_BYTES:
        problems.append(
            f"{source}: unpacks to {total:,} bytes in all; a bundle may be at most "
            f"{MAX_TOTAL_BYTES:,}"
        )
    if BUNDLE_JSON not in files:
        problems.append(f"{source}: no {BUNDLE_JSON} in the archive")
    if problems:
        raise BundleError(problems)

    bundle = _read_bundle_json(archive, source, db)

    listed: dict[str, AttachmentMeta] = {meta.file_name: meta for meta in bundle.attachments}
    for name in sorted(set(files) - {BUNDLE_JSON} - set(listed)):
        if _ATTACHMENT_ENTRY.match(name):
            problems.append(f"{source}: {name}: an attachment file bundle.json does not list")
        else:
            problems.append(
                f"{source}: {name[:200]}: unexpected file (a bundle holds {BUNDLE_JSON} and "
                f"{ATTACHMENTS_DIR}<id>.<{'|'.join(sorted(set(MEDIA_TYPES.values())))}>)"
            )
    for name, meta in listed.items():
        entry = files.get(name)
        if entry is None:
            problems.append(f"{meta.place}: its file {name} is missing from the archive")
            continue
        if entry.file_size != meta.size:
            problems.append(
                f"{meta.place}: size {meta.size:,} but {name} holds {entry.file_size:,} bytes"
            )
            continue
        try:
            digest, head = _digest(archive, name, meta.size)
        except unzip.DAMAGED as error:
            problems.append(
                f"{source}: {name} is damaged ({unzip.damage(error)}); nothing was imported"
            )
            continue
        if digest != meta.sha256:
            problems.append(f"{meta.place}: sha256 does not match the content of {name}")
        elif sniff_media_type(head) != meta.media_type:
            problems.append(f"{meta.place}: {name} is not {meta.media_type}")
        if len(problems) > MAX_PROBLEMS:
            problems.append(f"{source}: more problems not listed")
            break
    if db is not None and bundle.attachments:
        stored = stored_fingerprints(db, [meta.id for meta in bundle.attachments])
        for meta in bundle.attachments:
            known = stored.get(meta.id)
            if known is not None and known != (meta.encounter_id, meta.sha256):
                problems.append(
                    f"{meta.place}.id: attachment {meta.id} is already stored with other "
                    "content or for another encounter"
                )
    if problems:
        raise BundleError(problems)
    return bundle


def _read_bundle_json(archive: zipfile.ZipFile, source: str, db: Database | None) -> Bundle:
    """bundle.json read and checked as it unpacks (bundle.read_bundle_text), never more than
    MAX_BUNDLE_BYTES of it, whatever its header claims."""
    where = f"{source}: {BUNDLE_JSON}"

    def damaged(error: BaseException) -> BundleError:
        return BundleError([f"{where} is damaged ({unzip.damage(error)}); nothing was imported"])

    try:
        entry = unzip.Entry(archive, BUNDLE_JSON, MAX_BUNDLE_BYTES)
    except unzip.DAMAGED as error:
        raise damaged(error) from None

    def read(size: int) -> bytes:
        try:
            return entry.read(size)
        except unzip.TooLarge:
            raise BundleError(
                [f"{where}: unpacks to more than {MAX_BUNDLE_BYTES:,} bytes"]
            ) from None
        except unzip.DAMAGED as error:
            raise damaged(error) from None

    with entry:
        return read_bundle_text(read, where, db=db)


def _open_entry(archive: zipfile.ZipFile, name: str) -> IO[bytes]:
    return archive.open(name, "r")


def _read_capped(archive: zipfile.ZipFile, name: str, limit: int) -> bytes:
    """An entry's bytes, never more than `limit` (whatever its header claims)."""
    try:
        with _open_entry(archive, name) as entry:
            data = entry.read(limit + 1)
    except unzip.DAMAGED as error:
        raise BundleError([f"{name} is damaged ({unzip.damage(error)})"]) from None
    if len(data) > limit:
        raise BundleError([f"{name}: unpacks to more than {limit:,} bytes"])
    return data


def _digest(archive: zipfile.ZipFile, name: str, limit: int) -> tuple[str, bytes]:
    """The sha256 of an entry (read in pieces, at most `limit` bytes) and its first bytes."""
    digest = hashlib.sha256()
    head = b""
    read = 0
    with _open_entry(archive, name) as entry:
        while chunk := entry.read(1 << 20):
            read += len(chunk)
            if read > limit:
                return "", head
            if len(head) < 64:
                head += chunk[:64]
            digest.update(chunk)
    return digest.hexdigest(), head


def import_zip(
    db: Database, path: str | os.PathLike[str], *, progress: Progress | None = None
) -> merge.MergeResult:
    """Check a zip bundle whole, then merge its encounters and attachments in one
    transaction: all of it or nothing."""
    checked = read_zip(path, db=db)
    try:
        bundle = checked.bundle
        return merge.merge_encounters(
            db,
            bundle.forms,
            bundle.locations,
            bundle.encounters,
            progress=progress,
            attachments=checked.incoming(),
            phrases=bundle.comment_phrases,
        )
    finally:
        checked.close()
