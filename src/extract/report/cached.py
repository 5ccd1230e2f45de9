"""A file of the report's cache that the page reads only when it is written: sections copied from the last page
and parts of thousands of decks never hold every picture or chart at once."""
from __future__ import annotations

from pathlib import Path


class CachedFile:
    """A cached file's text, read when asked for (`str`); `token` (its file's name, which holds the hash of what
    it shows) names it in the key of the page's part that shows it."""

    __slots__ = ("path",)

    def __init__(self, path: Path) -> None:
        self.path = path

    @property
    def token(self) -> str:
        return self.path.name

    def __str__(self) -> str:
        return self.path.read_text(encoding="utf-8")

    def __eq__(self, other: object) -> bool:
        return type(other) is type(self) and isinstance(other, CachedFile) and other.path == self.path

    def __hash__(self) -> int:
        return hash(self.path)
