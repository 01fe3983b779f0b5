"""Reading zip archives that may be damaged or hostile (zip bundles, .xlsx workbooks): the
errors a damaged archive raises, and entries read with the bytes they really unpack to
counted, whatever their headers claim."""

from __future__ import annotations

import lzma
import struct
import zipfile
import zlib
from typing import IO

CHUNK = 1 << 20

# What Python's zipfile (and the decompressors under it) raise on bad bytes: a damaged
# directory or header (BadZipFile, struct.error, ValueError), a damaged deflate, bzip2 or LZMA
# stream (zlib.error, OSError, LZMAError), one cut short (EOFError), a compression method it
# does not know (NotImplementedError) and an encrypted entry (RuntimeError). A damaged
# download is ordinary; none of these may end in "unexpected error".
DAMAGED: tuple[type[Exception], ...] = (
    zipfile.BadZipFile,
    zlib.error,
    lzma.LZMAError,
    EOFError,
    OSError,
    NotImplementedError,
    RuntimeError,
    ValueError,
    struct.error,
)


def damage(error: BaseException) -> str:
    """What is wrong with a damaged archive or entry, in a few words."""
    text = str(error).strip() or type(error).__name__
    if isinstance(error, zlib.error):
        return f"its compressed data is damaged: {text}"
    if isinstance(error, EOFError):
        return "it is cut short"
    return text[:200]


class TooLarge(Exception):
    """An entry unpacks to more than its limit."""

    def __init__(self, name: str, limit: int) -> None:
        super().__init__(f"{name}: unpacks to more than {limit:,} bytes")
        self.name = name
        self.limit = limit


class Entry:
    """An archive entry opened for reading: read() counts the bytes that really come out of
    the decompressor and raises TooLarge past `limit`. Errors of a damaged entry (DAMAGED)
    pass through for the caller to word."""

    def __init__(self, archive: zipfile.ZipFile, name: str, limit: int) -> None:
        self.name = name
        self.limit = limit
        self.produced = 0
        self._file: IO[bytes] = archive.open(name, "r")

    def read(self, size: int = CHUNK) -> bytes:
        data = self._file.read(size)
        self.produced += len(data)
        if self.produced > self.limit:
            raise TooLarge(self.name, self.limit)
        return data

    def close(self) -> None:
        self._file.close()

    def __enter__(self) -> Entry:
        return self

    def __exit__(self, *_exc: object) -> None:
        self.close()


def unpacked_size(archive: zipfile.ZipFile, name: str, limit: int) -> int:
    """The bytes an entry really unpacks to (read through, checking its CRC), at most `limit`:
    raises TooLarge beyond, or one of DAMAGED."""
    with Entry(archive, name, limit) as entry:
        while entry.read():
            pass
        return entry.produced
