"""The extractor's version: a hash of everything that decides what is extracted (rules, context,
normalization, word lists). Recorded with each extraction; a change re-extracts every deck."""
from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

_PARTS = ("rules", "context", "dictionary", "ingest", "normalize.py", "numbers.py", "mentions.py")


@lru_cache(maxsize=1)
def rule_version() -> str:
    root = Path(__file__).resolve().parent
    h = hashlib.sha256()
    for part in _PARTS:
        p = root / part
        files = sorted(p.rglob("*")) if p.is_dir() else [p]
        for f in files:
            if f.is_file() and f.suffix in (".py", ".json"):
                h.update(str(f.relative_to(root)).encode())
                h.update(f.read_bytes())
    return "r-" + h.hexdigest()[:12]


def run_version(suites_dir: Path) -> str:
    """The extractor version plus the suites' content: either changing means a deck is looked at again."""
    h = hashlib.sha256(rule_version().encode())
    for f in sorted(Path(suites_dir).glob("*.json")):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return f"{rule_version()}+{h.hexdigest()[:8]}"
