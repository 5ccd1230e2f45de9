"""Office files (.pptx, .xlsx, .docx and their macro-enabled twins) checked before a library parses them.

An Office file is a zip of XML parts. Before python-pptx, openpyxl or python-docx see it:
- a password-protected file is not a zip but an OLE2 container holding an `EncryptedPackage`: `encrypted`;
  an old binary file (.ppt/.xls/.doc saved under a new name) is OLE2 too: `failed`, said so;
- a truncated or corrupt zip: `failed`, with the zip library's reason;
- a zip bomb: the sizes the central directory declares are summed before anything is inflated (zipfile never
  inflates an entry past its declared size, and checks its CRC), and refused over MAX_UNCOMPRESSED or
  MAX_RATIO; too many entries are refused too;
- an XML part with a DTD (`<!DOCTYPE`/`<!ENTITY`: an entity bomb or an external entity) is refused: OOXML
  never carries one;
- macros (`vbaProject.bin` in .pptm/.xlsm/.docm) are dropped unread and never executed: the package is
  rebuilt in memory without them and with the plain main content type, so every reader sees a macro-free
  file. External links (linked workbooks, linked pictures, OLE links) are never followed: no reader
  here opens anything but the bytes given.
"""
from __future__ import annotations

import io
import re
import zipfile
import zlib
from collections.abc import Iterator
from contextlib import contextmanager

from ..model import DeckError

#: total uncompressed size an Office file may declare (its XML and media together)
MAX_UNCOMPRESSED = 512 * 1024 * 1024
#: an entry inflating more than this many times its compressed size, once it is over RATIO_FLOOR, is a bomb
MAX_RATIO = 200
RATIO_FLOOR = 10 * 1024 * 1024
MAX_ENTRIES = 20_000
_OLE2 = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"
_DTD = re.compile(rb"<!DOCTYPE|<!ENTITY", re.IGNORECASE)
#: main-part content types of macro-enabled packages, and the plain ones a reader expects
_MACRO_TYPES = {
    b"application/vnd.ms-powerpoint.presentation.macroEnabled.main+xml":
        b"application/vnd.openxmlformats-officedocument.presentationml.presentation.main+xml",
    b"application/vnd.ms-excel.sheet.macroEnabled.main+xml":
        b"application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml",
    b"application/vnd.ms-word.document.macroEnabled.main+xml":
        b"application/vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml",
}
_MACRO_PART = re.compile(r"(^|/)vba[^/]*\.bin$|(^|/)vbaData\.xml$", re.IGNORECASE)


def checked_package(data: bytes, kind: str) -> tuple[bytes, list[str]]:
    """The package's bytes as a reader may open them, and notes (macros dropped); DeckError otherwise.
    `kind` names the format in reasons (`PowerPoint`, `Excel`, `Word`)."""
    if data.startswith(_OLE2):
        if b"E\x00n\x00c\x00r\x00y\x00p\x00t\x00e\x00d\x00P\x00a\x00c\x00k\x00a\x00g\x00e" in data:
            raise DeckError(f"encrypted {kind} file: it needs a password (password-protected Office files are not "
                            "read; save a copy without the password)", status="encrypted")
        raise DeckError(f"an old binary {kind} file (OLE2, .ppt/.xls/.doc) under an Office Open XML name: "
                        "not read (save it as .pptx/.xlsx/.docx)")
    if not data.startswith(b"PK"):
        raise DeckError(f"not a {kind} file (not a zip package)")
    if b"PK\x05\x06" not in data[-(1 << 16) - 22:]:
        raise DeckError(f"truncated {kind} file: the zip directory at its end is missing (an incomplete download or copy)")
    try:
        zf = zipfile.ZipFile(io.BytesIO(data))
        infos = zf.infolist()
    except (zipfile.BadZipFile, zipfile.LargeZipFile, zlib.error, OSError, EOFError, ValueError, NotImplementedError) as e:
        raise DeckError(f"truncated or corrupt {kind} file (zip: {_one_line(e)})") from None
    if len(infos) > MAX_ENTRIES:
        raise DeckError(f"{kind} file with {len(infos)} zip entries (limit {MAX_ENTRIES}): refused as a zip bomb")
    total = sum(i.file_size for i in infos)
    if total > MAX_UNCOMPRESSED:
        raise DeckError(f"{kind} file declares {total / 2**20:.0f} MB uncompressed (limit {MAX_UNCOMPRESSED / 2**20:.0f} MB): "
                        "refused as a zip bomb")
    for i in infos:
        if i.file_size > RATIO_FLOOR and i.file_size > MAX_RATIO * max(i.compress_size, 1):
            raise DeckError(f"{kind} file entry {i.filename!r} inflates {i.file_size // max(i.compress_size, 1)}x "
                            f"(limit {MAX_RATIO}x): refused as a zip bomb")
        if i.flag_bits & 0x1:
            raise DeckError(f"{kind} file with encrypted zip entries: not read", status="encrypted")
    names = {i.filename for i in infos}
    if "[Content_Types].xml" not in names:
        raise DeckError(f"not a {kind} file (no [Content_Types].xml in the package)")
    macros = [n for n in names if _MACRO_PART.search(n)]
    try:
        for i in infos:
            if i.filename.lower().endswith((".xml", ".rels", ".vml")):
                with zf.open(i) as part:  # a DTD comes first in a part: its head is enough
                    if _DTD.search(part.read(4096)):
                        raise DeckError(f"{kind} file part {i.filename!r} carries a DTD (entity declarations): refused")
        if macros or _MACRO_TYPES.keys() & _types(zf):
            return _without_macros(zf, infos), [f"macros dropped unread ({', '.join(sorted(macros))})" if macros
                                                 else "macro-enabled package read as a plain one"]
    except (zipfile.BadZipFile, zlib.error, OSError, EOFError, ValueError, KeyError, NotImplementedError) as e:
        raise DeckError(f"truncated or corrupt {kind} file (zip: {_one_line(e)})") from None
    return data, []


@contextmanager
def unreadable(kind: str) -> Iterator[None]:
    """What a reader library raises for a broken package (many types, from it and lxml) as DeckError
    `unreadable {kind} file (…)`; a DeckError of ours and MemoryError pass as they are."""
    try:
        yield
    except (DeckError, MemoryError):
        raise
    except Exception as e:  # python-pptx, openpyxl, python-docx and lxml raise many types for a broken package
        raise DeckError(f"unreadable {kind} file ({_one_line(e)})") from None


def _one_line(e: BaseException) -> str:
    text = str(e).strip().splitlines()
    return f"{type(e).__name__}: {text[0][:160]}" if text else type(e).__name__


def _types(zf: zipfile.ZipFile) -> set[bytes]:
    return set(re.findall(rb'ContentType="([^"]+)"', zf.read("[Content_Types].xml")))


def _without_macros(zf: zipfile.ZipFile, infos: list[zipfile.ZipInfo]) -> bytes:
    """The package rebuilt without its VBA parts, main part typed as the macro-free format."""
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as new:
        for i in infos:
            if _MACRO_PART.search(i.filename):
                continue
            body = zf.read(i)
            if i.filename == "[Content_Types].xml":
                for macro, plain in _MACRO_TYPES.items():
                    body = body.replace(macro, plain)
            elif i.filename.lower().endswith(".rels"):  # relationships to the dropped VBA part
                body = re.sub(rb'<Relationship [^>]*Target="[^"]*vba[^"]*\.bin"[^>]*/>', b"", body, flags=re.IGNORECASE)
            new.writestr(i.filename, body)
    return out.getvalue()
