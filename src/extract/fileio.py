"""Writing files so that a reader never sees half of one."""
from __future__ import annotations

import hashlib
import json
import os
import re
import tempfile
from collections.abc import Sequence
from pathlib import Path
from typing import Any

try:  # also a dependency of Prefect's (pyproject); without it, json reads everything
    import orjson
except ImportError:  # pragma: no cover
    orjson = None  # type: ignore[assignment]

#: the file that marks a folder as an output folder of deck-to-data (see outdir.py); discovery never
#: reads a folder that holds it as input
OUTPUT_MARKER = ".deck-to-data-output"
#: a folder name made from a deck's name stays well under the file system's 255 bytes
_MAX_NAME_BYTES = 200


def umask() -> int:
    """The process's umask (read, not changed, where the system says it: changing it, even back,
    races with other threads creating files)."""
    try:
        with open("/proc/self/status", encoding="ascii") as f:
            for line in f:
                if line.startswith("Umask:"):
                    return int(line.split()[1], 8)
    except (OSError, ValueError, IndexError):
        pass
    mask = os.umask(0o022)
    os.umask(mask)
    return mask


def write_atomic(path: Path, data: bytes | Sequence[bytes | memoryview], durable: bool = True) -> None:
    """Write `data` (bytes, or pieces written one after another: views of other files' bytes are written
    without a copy joining them) to a temporary file beside `path`, flush it to disk, then rename it over `path`.
    The file gets the mode a plain `open` would give it (mkstemp's is 0600, whatever the umask).
    `durable=False`: not flushed to disk before the rename (a cache file, drawn again if a crash empties it:
    a flush costs milliseconds each, and a 600-page book's report caches 700 pictures)."""
    path.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    try:
        with os.fdopen(fd, "wb") as f:
            os.fchmod(f.fileno(), 0o666 & ~umask())
            if isinstance(data, bytes):
                f.write(data)
            else:
                f.writelines(data)
            f.flush()
            if durable:
                os.fsync(f.fileno())
        os.replace(tmp, path)
    except BaseException:
        if os.path.exists(tmp):
            os.unlink(tmp)
        raise


def write_unflushed(path: Path, data: bytes | Sequence[bytes | memoryview]) -> None:
    """`write_atomic` for a file of a folder that is flushed to disk whole before anyone may read it (a new
    generation: `publish.generations.commit` flushes its every file, side by side, before marking it
    complete). Not flushed here one by one: each flush waits milliseconds for the disk, about a second of a
    first run's publish (55 files) spent waiting."""
    write_atomic(path, data, durable=False)


def safe_name(doc: str) -> str:
    """A deck's name as a folder name that stays inside its parent (`..`, `/` and leading dots made
    harmless). Where that changes the name, a short hash of the real name follows a `~` (never in a
    name left as it is), so `q x`, `q?x` and `q_x` get three folders."""
    name = re.sub(r"[^\w.\-]", "_", doc)
    name = "_" + name if name.startswith(".") or not name else name
    while len(name.encode("utf-8")) > _MAX_NAME_BYTES:
        name = name[:-1]
    if name == doc:
        return name
    return f"{name}~{hashlib.sha256(doc.encode('utf-8', 'surrogatepass')).hexdigest()[:10]}"


#: every decimal digit as "0" (`read_json`: long runs of digits found with C's `find`)
_DIGITS_AS_ZERO = bytes(48 if 48 <= b <= 57 else b for b in range(256))
#: what may come before a number in JSON (a minus aside): a run of digits after anything else is inside a text
_BEFORE_NUMBER = frozenset(b" \t\r\n[:,")


def _long_integer(raw: bytes) -> bool:
    """Whether `raw` may hold an integer outside [-2**63, 2**64), which orjson reads as a float: a minus and 19
    digits, or a run of 20 digits where a number can start. A run inside a text (a hash's hex digits) is passed
    over; one in a text after a space or a colon is counted (then json reads the file: slower, never wrong)."""
    digits = raw.translate(_DIGITS_AS_ZERO)
    if digits.find(b"-" + b"0" * 19) >= 0:
        return True
    at = digits.find(b"0" * 20)
    while at >= 0:  # `at` is a run's first digit: a run starting earlier would have been found there
        if at == 0 or digits[at - 1] in _BEFORE_NUMBER:
            return True
        end = at + 20
        while end < len(digits) and digits[end] == 48:
            end += 1
        at = digits.find(b"0" * 20, end)
    return False


def read_json(raw: bytes) -> Any:
    """`json.loads(raw.decode("utf-8"))`, parsed by orjson where it gives the same (issue 25: a re-run reads the
    last generation's tables back, ~19 MB of mentions alone at 5,000 decks, in half json's time): the same
    objects, their types and key order. orjson reads an integer outside [-2**63, 2**64) as a float: such text
    is read by json (`_long_integer`). What orjson refuses (NaN, lone surrogates, nesting over its limit, a
    byte-order mark) is json's to read or refuse."""
    if orjson is not None and not raw.startswith(b"\xef\xbb\xbf") and not _long_integer(raw):
        try:
            return orjson.loads(raw)
        except orjson.JSONDecodeError:
            pass
    return json.loads(raw.decode("utf-8"))
