"""Files written whole or not at all: shared by exports, reports and backups (no Qt, no SQL)."""

from __future__ import annotations

import errno
import os
import tempfile
from pathlib import Path
from typing import IO, Any


class atomic_write:  # noqa: N801 - used like open()
    """Write a file through a temporary file in the same folder, renamed into place on
    success, removed on failure: readers never see a half-written file."""

    def __init__(self, path: str | os.PathLike[str], mode: str = "w") -> None:
        self.path = Path(path)
        self.mode = mode
        self._tmp: str | None = None

    def __enter__(self) -> IO[Any]:
        folder = self.path.resolve().parent
        fd, self._tmp = tempfile.mkstemp(prefix=f".{self.path.name}.", dir=folder)
        encoding = None if "b" in self.mode else "utf-8"
        newline = None if "b" in self.mode else ""
        self._file: IO[Any] = os.fdopen(fd, self.mode, encoding=encoding, newline=newline)
        return self._file

    def __exit__(
        self, kind: type[BaseException] | None, error: BaseException | None, *_: object
    ) -> None:
        assert self._tmp is not None
        try:
            if kind is None:
                self._file.flush()
                os.fsync(self._file.fileno())
                self._file.close()
                os.replace(self._tmp, self.path)
                self._tmp = None
        except OSError as failure:
            if _disk_full(failure):
                raise DiskFullError(self.path) from failure
            raise
        finally:
            if not self._file.closed:
                try:
                    self._file.close()
                except OSError:
                    pass  # writing already failed; the temporary file goes next
            if self._tmp is not None:
                Path(self._tmp).unlink(missing_ok=True)
        if isinstance(error, OSError) and _disk_full(error):
            raise DiskFullError(self.path) from error


class DiskFullError(OSError):
    """A file could not be written because the disk (or the user's quota) is full; nothing
    was left behind. `problems` holds the sentence for the user."""

    def __init__(self, path: Path) -> None:
        super().__init__(
            errno.ENOSPC,
            "the disk is full; nothing was written. Free some space and try again",
            str(path),
        )
        self.problems = [f"{path}: {self.strerror}"]


def _disk_full(error: OSError) -> bool:
    return error.errno in (errno.ENOSPC, errno.EDQUOT)
