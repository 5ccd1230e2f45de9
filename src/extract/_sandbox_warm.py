"""Imported only by the sandbox's forkserver, never by the library: calls once the warm-up functions
named in $EXTRACT_SANDBOX_WARM ("module:function,…"), so every deck's child forks with them done (a
built tokenizer costs ~2 s per deck otherwise). A failing warm-up only costs that time in each child."""
from __future__ import annotations

import importlib
import logging
import os

for _spec in filter(None, os.environ.get("EXTRACT_SANDBOX_WARM", "").split(",")):
    _module, _, _name = _spec.partition(":")
    try:
        getattr(importlib.import_module(_module), _name)()
    except Exception as _e:  # noqa: BLE001 - the forkserver must start whatever a warm-up does
        logging.getLogger("extract").warning("sandbox warm-up %s failed: %s", _spec, _e)
