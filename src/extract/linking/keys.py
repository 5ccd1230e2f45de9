"""Each programme name's keys, derived once and kept between runs (issue 25: a run that changed one deck of
5,000 derived every name's keys again: NFKC, spelling folds, brackets, acronyms, a regex pass per rule).

A name's keys (`names.exact_key`, `spelling_key`, `acronym_of`, `rule_keys`) depend on the name and on the
rules alone: the code of `names.py`, the `program_names` dictionary and the Unicode tables. `NameKeys`
answers them from a file beside the output (`<out>/.cache/linking/names.json`) kept under a signature of
those; a name not in it is derived as before. The file holds the names of the last run only (it does not
grow), and is not trusted unless every entry has the shape written here: a damaged or foreign file is
derived again, as if there were none."""
from __future__ import annotations

import hashlib
import json
import unicodedata
from importlib import resources
from pathlib import Path
from typing import Any

from ..fileio import read_json, write_atomic
from .names import RULES, acronym_of, exact_key, rule_keys, spelling_key

NAMES_FILE = "names.json"
#: one name's keys: exact_key, spelling_key, acronym_of, rule_keys (in `RULES` order)
Keys = tuple[str, str, str | None, dict[str, tuple[str, bool] | None]]


def signature() -> str:
    """What a name's keys depend on besides the name: the rules' code and words, the Unicode version."""
    from ..dictionary import load

    code = resources.files("extract.linking").joinpath("names.py").read_bytes()
    words = json.dumps(load("program_names"), ensure_ascii=False, sort_keys=True)
    return hashlib.sha256(code + f"{words}\x1f{unicodedata.unidata_version}\x1f{RULES}".encode()).hexdigest()[:16]


def _derive(name: str) -> Keys:
    return exact_key(name), spelling_key(name), acronym_of(name), rule_keys(name)


def _entry(v: Any) -> Keys:
    """One name's keys as the file holds them; ValueError for anything not written by `_row`."""
    if not (type(v) is list and len(v) == 4 and type(v[0]) is str and type(v[1]) is str
            and (v[2] is None or type(v[2]) is str) and type(v[3]) is list and len(v[3]) == len(RULES)):
        raise ValueError(v)
    keys: dict[str, tuple[str, bool] | None] = {}
    for rule, k in zip(RULES, v[3]):
        if k is not None and not (type(k) is list and len(k) == 2 and type(k[0]) is str and type(k[1]) is bool):
            raise ValueError(v)
        keys[rule] = None if k is None else (k[0], k[1])
    return v[0], v[1], v[2], keys


def _row(k: Keys) -> list[Any]:
    return [k[0], k[1], k[2], [None if k[3][r] is None else list(k[3][r]) for r in RULES]]  # type: ignore[arg-type]


def _digest(body: bytes) -> str:
    return hashlib.blake2b(body, digest_size=16).hexdigest()


class NameKeys:
    """The keys of programme names, from the kept file at `path` (None: nothing kept, nothing written).
    The file is a line naming the signature and the hash of the rest, then the names as JSON: a file cut
    short or edited does not hash as written and is not read."""

    def __init__(self, path: Path | None = None) -> None:
        self.path = path
        self.sig = signature() if path is not None else ""
        self.old: dict[str, Any] = self._load() if path is not None else {}
        self.used: dict[str, Keys] = {}
        #: names derived this run (not in the kept file, or their entry not as written there)
        self.derived = 0

    def _load(self) -> dict[str, Any]:
        try:
            head, body = Path(str(self.path)).read_bytes().split(b"\n", 1)
            meta = json.loads(head)
            if meta != {"signature": self.sig, "digest": _digest(body)}:
                return {}
            got = read_json(body)
        except (OSError, ValueError):
            return {}  # missing, not JSON, or not as written here: every name is derived again
        return got if isinstance(got, dict) else {}

    def of(self, name: str) -> Keys:
        """`name`'s keys: as kept, else derived (an entry not of the shape written here is derived too)."""
        got = self.used.get(name)
        if got is None:
            try:
                got = _entry(self.old[name])
            except (KeyError, ValueError):
                got = _derive(name)
                self.derived += 1
            self.used[name] = got
        return got

    def exact(self, name: str) -> str:
        return self.of(name)[0]

    def spelling(self, name: str) -> str:
        return self.of(name)[1]

    def acronym(self, name: str) -> str | None:
        return self.of(name)[2]

    def rules(self, name: str) -> dict[str, tuple[str, bool] | None]:
        return self.of(name)[3]

    def save(self) -> None:
        """Keep this run's names (written only when they are not the kept ones), then let go of them: the
        rest of the run holds no name's keys (a name asked for later is derived)."""
        try:
            self._write()
        finally:
            self.old, self.used = {}, {}

    def _write(self) -> None:
        if self.path is None or (not self.derived and self.used.keys() == self.old.keys()):
            return
        body = json.dumps({n: _row(k) for n, k in sorted(self.used.items())}, ensure_ascii=False, separators=(",", ":")).encode("utf-8")
        head = json.dumps({"signature": self.sig, "digest": _digest(body)}).encode("ascii")
        write_atomic(self.path, head + b"\n" + body)
