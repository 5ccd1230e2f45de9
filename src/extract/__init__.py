"""deck-to-data: quantities from Japanese government slide decks into validated tables.

`from extract import read, connect` (extract/api.py): DataFrames of a deck or folder, or DuckDB on the
published tables; `extract.run.run(options)` is a whole run. Loaded on first use: importing the
package costs nothing."""
from __future__ import annotations

from typing import Any

__all__ = ["Tables", "connect", "read"]


def __getattr__(name: str) -> Any:
    if name in __all__:
        from . import api

        return getattr(api, name)
    raise AttributeError(f"module 'extract' has no attribute {name!r}")
