"""The extractor's version: a hash of everything that decides what is extracted (rules, context,
normalization, word lists) and of the versions of the libraries that read and cut the text (pdfplumber,
pdfminer.six, SudachiPy and its dictionary, charset-normalizer, spaCy). Recorded with each extraction;
a change, an upgrade of those libraries included, re-extracts every deck."""
from __future__ import annotations

import hashlib
from collections.abc import Mapping
from functools import lru_cache
from pathlib import Path

_PARTS = ("rules", "context", "dictionary", "ingest", "normalize.py", "numbers.py", "mentions")
#: distributions whose upgrade can change what a deck yields
DEPENDENCIES = ("pdfplumber", "pdfminer.six", "SudachiPy", "SudachiDict-core", "charset-normalizer", "spacy")


def dependency_versions() -> dict[str, str]:
    """The installed version of each of `DEPENDENCIES` ("-" when one is not installed)."""
    from importlib.metadata import PackageNotFoundError, version

    out = {}
    for name in DEPENDENCIES:
        try:
            out[name] = version(name)
        except PackageNotFoundError:
            out[name] = "-"
    return out


def version_of(root: Path, dependencies: Mapping[str, str]) -> str:
    """The hash of the rule files under `root` and of the `dependencies`' versions."""
    h = hashlib.sha256()
    for part in _PARTS:
        p = root / part
        files = sorted(p.rglob("*")) if p.is_dir() else [p]
        for f in files:
            if f.is_file() and f.suffix in (".py", ".json"):
                h.update(str(f.relative_to(root)).encode())
                h.update(f.read_bytes())
    for name, v in sorted(dependencies.items()):
        h.update(f"{name}=={v}\n".encode())
    return "r-" + h.hexdigest()[:12]


@lru_cache(maxsize=1)
def rule_version() -> str:
    return version_of(Path(__file__).resolve().parent, dependency_versions())


def run_version(suites_dir: Path) -> str:
    """The extractor version plus the suites' content: either changing means a deck is looked at again."""
    h = hashlib.sha256(rule_version().encode())
    for f in sorted(Path(suites_dir).glob("*.json")):
        h.update(f.name.encode())
        h.update(f.read_bytes())
    return f"{rule_version()}+{h.hexdigest()[:8]}"
