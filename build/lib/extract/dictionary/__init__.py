"""Word lists as data: units, counters, eras, qualifiers, role labels. Add a word here, not in code."""
from __future__ import annotations

import json
from functools import cache
from importlib import resources
from typing import Any


@cache
def load(name: str) -> Any:
    """Load `dictionary/<name>.json` shipped with the package (cached: the files never change at run time)."""
    return json.loads(resources.files(__package__).joinpath(f"{name}.json").read_text(encoding="utf-8"))
