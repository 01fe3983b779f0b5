"""The crash log: what an unexpected error leaves for whoever supports the user, and nothing
the user typed.

An entry holds the traceback's frames (file, line, function, the line of code) and, for each
exception in the chain, its type and the first line of its message with every quoted part
replaced by '…'. The rest of a message is left out: SQLAlchemy appends the statement's
parameters (location names, notes) and PostgreSQL a DETAIL line with the row's values. The
engine is made with `hide_parameters=True` as well (store.db), so no parameter reaches any
message, nor does the password of a database URL (store.db.redact_text). The file is the
user's alone (0600, its folder 0700), and erasing or purging data deletes it (store.privacy),
since an older version may have logged more."""

from __future__ import annotations

import os
import re
import traceback
from datetime import datetime
from pathlib import Path

from mysteryshop import paths

LOG_FILE = "mysteryshop.log"
MESSAGE_LIMIT = 300  # characters of a message kept, after scrubbing

# A quoted part: an opening quote not inside a word (so "can't" is no quote), up to the first
# closing quote not followed by a word character. repr() quotes with ' or ", our own
# messages with “ ” or ‘ ’.
_QUOTED = re.compile(
    r"""(?<!\w)'.*?'(?!\w)|(?<!\w)".*?"(?!\w)|“.*?”|‘.*?’|«.*?»""",
    re.DOTALL,
)
_OPENER = re.compile(r"""(?<!\w)['"“‘«]""")
_HIDDEN = "'…'"


def log_path() -> Path:
    """The log file, in the platform's log folder (e.g. ~/.local/state/mysteryshop/log)."""
    import platformdirs

    return platformdirs.user_log_path(paths.APP_NAME, appauthor=False) / LOG_FILE


def scrub(message: str) -> str:
    """The first line of `message` with every quoted part replaced by '…' (and the rest of the
    line after a quote that never closes), at most MESSAGE_LIMIT characters."""
    from mysteryshop.store.db import redact_text  # a URL's password is not quoted

    first = redact_text(message.strip().split("\n", 1)[0].strip())
    marked = _QUOTED.sub("\0", first)
    opener = _OPENER.search(marked)
    if opener is not None:  # the quote closes on a later line, or never: cut it off here
        marked = marked[: opener.start()] + "\0"
    scrubbed = marked.replace("\0", _HIDDEN)
    if len(scrubbed) > MESSAGE_LIMIT:
        scrubbed = scrubbed[:MESSAGE_LIMIT] + "…"
    return scrubbed


def describe(error: BaseException) -> str:
    """One line for the user and the log: the error's type and its scrubbed message."""
    message = scrub(str(error))
    name = type(error).__name__
    return f"{name}: {message}" if message else name


def _chain(error: BaseException) -> list[BaseException]:
    """The exception and the ones it was raised from or during, the first cause first."""
    found: list[BaseException] = []
    current: BaseException | None = error
    while current is not None and not any(current is seen for seen in found):
        found.append(current)
        if current.__cause__ is not None:
            current = current.__cause__
        elif current.__suppress_context__:
            current = None
        else:
            current = current.__context__
    return found[::-1]


def report(error: BaseException) -> str:
    """A log entry for `error`: like a traceback, but each exception's message scrubbed."""
    parts: list[str] = []
    for number, each in enumerate(_chain(error)):
        if number:
            parts.append("\nThe above led to this error:\n\n")
        if each.__traceback__ is not None:
            parts.append("Traceback (most recent call last):\n")
            parts.extend(traceback.format_list(traceback.extract_tb(each.__traceback__)))
        parts.append(describe(each) + "\n")
    return "".join(parts)


def write(text: str, log: Path | None = None) -> Path | None:
    """Append a dated entry to the log (made 0600 in a 0700 folder; an existing log is made
    private too). Returns the log's path, None when it cannot be written."""
    log = log or log_path()
    try:
        log.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
        _make_private(log.parent, 0o700)
        handle = os.open(log, os.O_WRONLY | os.O_APPEND | os.O_CREAT, 0o600)
        with os.fdopen(handle, "a", encoding="utf-8") as out:
            _make_private(out.fileno(), 0o600)
            out.write(f"{datetime.now().astimezone().isoformat()} unexpected error\n{text}\n")
    except OSError:
        return None
    return log


def forget(log: Path | None = None) -> None:
    """Delete the log (after an erasure: an older version may have logged erased text)."""
    try:
        (log or log_path()).unlink(missing_ok=True)
    except OSError:
        pass


def _make_private(target: int | Path, mode: int) -> None:
    if os.name != "posix":
        return  # Windows keeps a user's profile folders to the user already
    try:
        os.chmod(target, mode)
    except OSError:
        pass  # not ours to change (a shared folder): the file itself is still 0600
