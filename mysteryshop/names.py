"""Names as people read them: the one key by which locations, regions and observer aliases
are looked up and told apart. Pure Python: no Qt, no SQL.

Two names are the same name when people cannot tell them apart by reading or typing them:
- the same letters however they are encoded: "Café" with é as one code point (NFC, what
  keyboards give) or as e + a combining accent (NFD, what macOS file names and some
  spreadsheets give);
- compatibility forms folded as NFKC folds them: full-width "Ｆｏｒｕｍ" (an East Asian input
  method) is "Forum", a no-break space is a space, the ligature "ﬁ" is "fi";
- case ignored as Unicode ignores it (casefold: "ÄÄNEKOSKI" is "äänekoski", "STRAẞE" is
  "strasse"), not only ASCII's as SQLite's lower() does;
- invisible characters dropped (Unicode's Default_Ignorable_Code_Point: zero-width space
  and joiners, the byte-order mark, the soft hyphen, direction marks, variation selectors);
- spaces trimmed at both ends and runs of white space read as one space.

Accents stay: "Cafe" and "Café", "Pääkkönen" and "Paakkonen" are different names (ä is a
letter of its own in Finnish and Swedish)."""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from typing import Final

KEY_LENGTH: Final = 400
"""The longest key stored. A name holds at most 200 characters, and NFKC rarely lengthens one
(a ligature, "㎏" → "kg"); only a name made of the few characters NFKC spreads into many
(U+FDFA into 18) is cut, and then compared on its first 400 characters."""

# Unicode 15's Default_Ignorable_Code_Point (DerivedCoreProperties.txt): characters that show
# nothing where a font has no glyph for them.
_INVISIBLE: Final = re.compile(
    "[\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5\u180b-\u180f\u200b-\u200f\u202a-\u202e"
    "\u2060-\u206f\u3164\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8"
    "\U0001bca0-\U0001bca3\U0001d173-\U0001d17a\U000e0000-\U000e0fff]"
)
_SPACES: Final = re.compile(r"\s+")


def name_key(text: str) -> str:
    """The name as people read it (the module's rules), for comparing: two names are the same
    when their keys are equal. 'Äänekoski store' and 'ÄÄNEKOSKI  store\\u200b' give
    'äänekoski store'."""
    folded = unicodedata.normalize("NFKC", text)
    folded = _SPACES.sub(" ", _INVISIBLE.sub("", folded)).strip()
    # casefold() may leave a text that is no longer NFC ("ǰ" becomes j + a combining caron).
    folded = unicodedata.normalize("NFKC", folded.casefold())
    return folded[:KEY_LENGTH]


def search_key(text: str) -> str:
    """name_key without accents, for finding a name as it is typed, not for telling names
    apart: "aane" finds "Äänekoski" on a keyboard without ä, "cafe" finds "Café"."""
    decomposed = unicodedata.normalize("NFD", name_key(text))
    return "".join(char for char in decomposed if not unicodedata.combining(char))


def search_rank(typed: str, name: str) -> int | None:
    """How well a name matches what is typed so far (search_key of both): 0 the name starts
    with it, 1 a word of the name does, 2 it is inside the name; None no match."""
    wanted, key = search_key(typed), search_key(name)
    if not wanted or wanted not in key:
        return None
    if key.startswith(wanted):
        return 0
    return 1 if f" {wanted}" in f" {key}".replace("-", " ") else 2


def optional_key(text: str | None) -> str | None:
    """name_key of a name that may be missing (a region): None for None or an empty key."""
    if text is None:
        return None
    return name_key(text) or None


def visible(text: str) -> str:
    """The name quoted, with what a reader cannot see written out: invisible characters,
    combining accents of a text that is not NFC, and compatibility forms (full-width
    letters) as <U+XXXX>. Tells look-alikes apart in a message."""
    decomposed = unicodedata.normalize("NFC", text) != text
    out = []
    for char in text:
        if (
            _INVISIBLE.match(char)
            or (decomposed and unicodedata.combining(char))
            or unicodedata.normalize("NFKC", char) != char
        ):
            out.append(f"<U+{ord(char):04X}>")
        else:
            out.append(char)
    return repr("".join(out))


def look_alikes(names: Iterable[str]) -> list[str]:
    """The different spellings among `names` that share one key, each once, in order: what a
    lookup by name took in that the typed name may not have meant (an NFD copy, a trailing
    zero-width space, other capitals). Empty when every name is spelled alike."""
    by_key: dict[str, list[str]] = {}
    for name in names:
        spellings = by_key.setdefault(name_key(name), [])
        if name not in spellings:
            spellings.append(name)
    return [name for spellings in by_key.values() if len(spellings) > 1 for name in spellings]
