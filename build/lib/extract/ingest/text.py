"""Text decks: UTF-8, 1-based line numbers over a split on "\n" only (GUIDE: not str.splitlines)."""
from __future__ import annotations

from pathlib import Path

from ..model import DeckError, Line


def read_text(path: Path, data: bytes, password: str | None = None) -> tuple[int, list[Line], str, list[int]]:
    try:
        text = data.decode("utf-8-sig")
    except UnicodeDecodeError as e:
        raise DeckError(f"not UTF-8 text (byte {e.start}: {data[e.start:e.start + 1]!r})") from None
    if "\x00" in text:
        raise DeckError("binary content (NUL bytes) in a .txt deck")
    raw_lines = text.split("\n")
    lines = [Line(text=t.rstrip("\r"), page=None, line=n, index=n - 1) for n, t in enumerate(raw_lines, start=1)]
    return 1, lines, "txt", []
