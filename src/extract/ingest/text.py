"""Text decks: 1-based line numbers over a split on "\n" only (GUIDE: not str.splitlines).

Japanese government text files come in UTF-8 (with or without BOM), Shift_JIS (cp932), EUC-JP,
ISO-2022-JP or UTF-16: a BOM decides, then strict UTF-8, then charset-normalizer restricted to the
Japanese encodings (unrestricted, it reads two short cp932 words as Big5). Of the encodings that decode
the bytes, the one whose text has the fewest characters a Japanese document hardly uses wins: EUC-JP
bytes also decode as cp932, into half-width katakana.
"""
from __future__ import annotations

import codecs
import unicodedata
from pathlib import Path

from ..model import DeckError, Line
from .broken_prose import broken_shape, joined_lines

#: what charset-normalizer may choose from (Shift_JIS is read as cp932, its Windows superset)
JAPANESE = ("cp932", "euc_jp", "iso2022_jp")
UTF16 = ("utf_16_le", "utf_16_be")
_BOMS = ((codecs.BOM_UTF8, "utf-8-sig"), (codecs.BOM_UTF32_LE, "utf-32"), (codecs.BOM_UTF32_BE, "utf-32"),
         (codecs.BOM_UTF16_LE, "utf-16"), (codecs.BOM_UTF16_BE, "utf-16"))
_ALLOWED_CONTROLS = set("\t\n\r\f\v")


def _odd(ch: str) -> bool:
    """A character a Japanese document hardly uses: controls, half-width katakana, private use,
    unassigned code points, replacement characters."""
    if ch in _ALLOWED_CONTROLS:
        return False
    if "\uff61" <= ch <= "\uff9f" or ch == "\ufffd":
        return True
    return unicodedata.category(ch) in ("Cc", "Co", "Cn", "Cs")


def _odd_share(text: str) -> float:
    sample = text[:200_000]  # enough to tell encodings apart; keeps a 50 MB deck fast
    return sum(map(_odd, sample)) / max(len(sample), 1)


def _name(encoding: str) -> str:
    return codecs.lookup(encoding).name  # 'cp932', 'euc_jp', 'utf-16-le', …


def decode_text(data: bytes) -> tuple[str, str]:
    """(text, encoding) of a text deck's bytes; DeckError when the bytes are not text in any encoding
    we read. The encoding is Python's codec name ("utf-8", "utf-8-sig", "utf-16", "cp932", "euc_jp", …)."""
    for bom, enc in _BOMS:
        if data.startswith(bom):
            try:
                return _checked(data.decode(enc), enc), enc
            except UnicodeDecodeError as e:
                label = {"utf-8-sig": "UTF-8"}.get(enc, enc.upper())
                raise DeckError(f"not text: starts with a {label} byte-order mark but is not {label} "
                                f"(byte {e.start}: {data[e.start:e.start + 1]!r})") from None
    if b"\x1b$" in data:  # ISO-2022-JP is 7-bit: it would pass for UTF-8 with escape characters
        try:
            return _checked(data.decode("iso2022_jp"), "iso2022_jp"), "iso2022_jp"
        except UnicodeDecodeError:
            pass
    try:
        text = data.decode("utf-8")
    except UnicodeDecodeError as e:
        utf8_error = f"byte {e.start}: {data[e.start:e.start + 1]!r}"
    else:
        if "\x00" not in text:
            return _checked(text, "utf-8"), "utf-8"
        utf8_error = "NUL bytes"  # UTF-16 without a byte-order mark, or binary
    from charset_normalizer import from_bytes  # only for decks that are not UTF-8

    # NUL bytes in Japanese text only come from UTF-16 (ASCII's high byte); elsewhere they mean binary
    isolation = list(UTF16) if b"\x00" in data else list(JAPANESE)
    candidates: list[tuple[float, int, str, str]] = []
    for rank, match in enumerate(from_bytes(data, cp_isolation=isolation)):
        enc = _name(match.encoding)
        if enc in ("shift_jis", "shift_jisx0213", "shift_jis_2004"):
            enc = "cp932"
        try:
            text = data.decode(enc)
        except UnicodeDecodeError:
            continue
        candidates.append((_odd_share(text), rank, enc, text))
    if not candidates:
        if b"\x00" in data:
            raise DeckError("not text: binary content (NUL bytes) in a .txt deck")
        raise DeckError(f"not text: neither UTF-8 ({utf8_error}) nor UTF-16, Shift_JIS (cp932), EUC-JP "
                        "or ISO-2022-JP")
    _, _, enc, text = min(candidates)
    return _checked(text, enc), enc


def _checked(text: str, encoding: str) -> str:
    """Decoded text that is still binary (NULs, or many control characters) is refused."""
    if "\x00" in text:
        raise DeckError(f"not text: binary content (NUL characters) in a .txt deck read as {encoding}")
    sample = text[:200_000]
    controls = sum(1 for ch in sample if unicodedata.category(ch) == "Cc" and ch not in _ALLOWED_CONTROLS)
    if controls > max(8, 0.01 * len(sample)):
        raise DeckError(f"not text: binary content ({controls} control characters) in a .txt deck")
    return text


def text_lines(text: str) -> list[Line]:
    """The deck's lines, numbered from 1 over a split on "\n" (a trailing "\r" dropped)."""
    texts = [t.rstrip("\r") for t in text.split("\n")]
    if broken_shape(texts):
        return joined_lines(texts)  # prose broken mid-sentence by the text layer: read as its sentences
    return [Line(text=t, page=None, line=n, index=n - 1) for n, t in enumerate(texts, start=1)]


def read_text(path: Path, data: bytes, password: str | None = None) -> tuple[int, list[Line], str, list[int]]:
    """(pages=1, lines, "txt", []) in the reader signature read_deck uses; see `decode_text`."""
    text, _ = decode_text(data)
    return 1, text_lines(text), "txt", []
