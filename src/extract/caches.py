"""One reset for every cache of the library: after the dictionaries or the registered rule kinds changed
(a test that adds a unit or a kind at run time), everything built from them is built again.

Every `functools` cache of a loaded `extract` module is cleared (compiled rules, tokenized windows,
qualifier and number patterns, programme names, the tables' patterns ...), so a cache added later is
reached without being listed here; the dictionaries themselves (`extract.dictionary.load`) are kept,
since they are what changed."""
from __future__ import annotations

import sys

from .rules.registry import REGISTRY

#: modules whose caches hold the data itself, not something built from it
_KEPT = ("extract.dictionary",)


def reset() -> None:
    """Forget everything built from the dictionaries and the rule kinds."""
    REGISTRY.forget()
    for name, module in list(sys.modules.items()):
        if not name.startswith("extract.") or name.startswith(_KEPT) or module is None:
            continue
        for value in list(vars(module).values()):
            clear = getattr(value, "cache_clear", None)
            if callable(clear) and getattr(value, "__module__", None) == name:
                clear()
