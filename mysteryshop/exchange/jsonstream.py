"""JSON read piece by piece, for files far larger than what they describe may take in memory.

The caller walks the outer structure (an object's keys, a list's items) and asks for one value
at a time; each is decoded by the standard library's C scanner from a window of text that
holds the value and grows only as far as it needs. Memory follows the largest single value,
not the file: a value longer than the limit the caller gives is refused before it is built,
and the caller can stop at its first problem instead of building everything first. (Building
small objects costs up to 25 times the text they come from: `[{},{},…]` of 250 MB takes
6 GB as a whole.)"""

from __future__ import annotations

import codecs
import json
import re
from collections.abc import Callable
from typing import Any

from mysteryshop import intake

CHUNK_BYTES = 1 << 22
_SPACE = re.compile(r"[ \t\n\r]*")
_LONG_NUMBER = re.compile(f"[0-9]{{{intake.MAX_JSON_INTEGER_DIGITS + 1},}}")
# How close to the window's end a syntax error means "cut off here, read on": the longest
# token that can be cut without the scanner noticing sooner (a literal, a \uXXXX escape).
_CUT_MARGIN = 32


class JsonProblem(ValueError):
    """Why the text cannot be read on as JSON; str() is the reason, with the line and column
    where it has one."""


class TooLong(JsonProblem):
    """A value longer than the limit it was read with (it was not built)."""


class JsonText:
    """The text of a JSON file, read and decoded piece by piece. `read(n)` gives at most n
    more bytes (b"" at the end). UTF-8 (with or without a byte order mark); UTF-16 and 32
    are recognised by their first bytes, as json.loads does."""

    def __init__(self, read: Callable[[int], bytes]) -> None:
        self._read = read
        self._decode: Callable[[bytes, bool], str] | None = None
        self._scanner = json.JSONDecoder(parse_int=intake.json_integer)
        self.text = ""  # the window
        self.pos = 0  # the reading position in the window
        self.ended = False  # the file is read to its end: the window holds all that is left
        self._base = 0  # characters before the window
        self._lines = 0  # line breaks before the window
        self._line_start = 0  # where the line the window starts in starts (in characters)

    # --- the window -----------------------------------------------------------------------

    def _more(self) -> bool:
        """Read on: drop what is behind the position and add the next piece. False at the
        end of the file."""
        if self.ended:
            return False
        data = self._read(CHUNK_BYTES)
        if self._decode is None:
            self._decode = _decoder(data)
        try:
            new = self._decode(data, not data)
        except UnicodeDecodeError:
            raise JsonProblem("not a UTF-8 JSON file") from None
        if not data:
            self.ended = True
        if self.pos:
            last = self.text.rfind("\n", 0, self.pos)
            if last >= 0:
                self._lines += self.text.count("\n", 0, self.pos)
                self._line_start = self._base + last + 1
            self._base += self.pos
            self.text = self.text[self.pos :]
            self.pos = 0
        self.text += new
        return bool(data)

    def peek(self) -> str:
        """The next character that is not white space ("" at the end of the file); the
        position is moved onto it."""
        while True:
            self.pos = _SPACE.match(self.text, self.pos).end()  # type: ignore[union-attr]
            if self.pos < len(self.text):
                return self.text[self.pos]
            if not self._more() and self.pos >= len(self.text):
                return ""

    def expect(self, char: str, message: str) -> None:
        """Step over `char` (after white space); JsonProblem(message) when another comes."""
        if self.peek() != char:
            raise self.invalid(message, self.pos)
        self.pos += 1

    def value(self, limit: int, place: str) -> tuple[Any, int]:
        """The next value and the characters it took. Raises JsonProblem, also when the value
        is longer than `limit` characters (told as `place: longer than …`); such a value is
        never built: the scanner sees at most `limit` characters of it."""
        self.peek()
        while True:
            start = self.pos
            ahead = len(self.text) - start
            window = self.text if ahead <= limit else self.text[: start + limit]
            whole = self.ended and ahead <= limit  # the window holds all that is left
            try:
                item, end = self._scanner.raw_decode(window, start)
            except json.JSONDecodeError as error:
                if whole or not _cut_off(error, window):
                    raise self.invalid(error.msg, error.pos) from None
                if not self.ended and ahead <= limit:
                    self._more()  # only cut off at the window's end: read on
                    continue
                raise TooLong(f"{place}: longer than {limit:,} characters") from None
            except intake.NumberTooLong as error:
                found = _LONG_NUMBER.search(self.text, start)
                where = self._where(found.start()) + ": " if found else ""
                raise JsonProblem(f"{where}{error}") from None
            except RecursionError:
                raise JsonProblem("nested too deeply") from None
            if end == len(window) and not whole:  # a number may go on past the window
                if not self.ended and ahead <= limit:
                    self._more()
                    continue
                raise TooLong(f"{place}: longer than {limit:,} characters")
            self.pos = end
            return item, end - start

    def end(self) -> None:
        """Only white space may follow."""
        if self.peek():
            raise self.invalid("Extra data", self.pos)

    # --- places ---------------------------------------------------------------------------

    def _where(self, pos: int) -> str:
        last = self.text.rfind("\n", 0, pos)
        line = self._lines + self.text.count("\n", 0, pos) + 1
        column = pos - last if last >= 0 else self._base + pos - self._line_start + 1
        return f"line {line}, column {column}"

    def invalid(self, message: str, pos: int) -> JsonProblem:
        """JsonProblem: not valid JSON at `pos` of the window."""
        return JsonProblem(f"not valid JSON ({self._where(pos)}: {message})")


def _decoder(head: bytes) -> Callable[[bytes, bool], str]:
    """An incremental decoder for the encoding the first bytes show (json.detect_encoding)."""
    encoding = json.detect_encoding(head) if head else "utf-8"
    decoder = codecs.getincrementaldecoder(encoding)("strict")
    return decoder.decode


def _cut_off(error: json.JSONDecodeError, text: str) -> bool:
    """Whether a syntax error is only the window's end cutting a value short."""
    return error.msg.startswith("Unterminated string") or error.pos >= len(text) - _CUT_MARGIN
