"""What a run changed in the published mentions, per deck: added, removed, value changed."""
from __future__ import annotations

from collections import Counter
from typing import Any


def _key(m: dict[str, Any], n: int) -> tuple[Any, ...]:
    # the n-th mention of this text at this place (a line may hold 320百万円 twice)
    return (m["doc"], m["kind"], m.get("page"), m.get("line"), m["text"], n)


def _keyed(records: list[dict[str, Any]]) -> dict[tuple[Any, ...], dict[str, Any]]:
    seen: Counter[tuple[Any, ...]] = Counter()
    out = {}
    for m in records:
        base = _key(m, 0)[:-1]
        out[_key(m, seen[base])] = m
        seen[base] += 1
    return out


def _s(v: Any) -> str | None:
    return None if v is None else str(v)


def diff(run_id: str, old: list[dict[str, Any]], new: list[dict[str, Any]], docs: set[str]) -> list[dict[str, Any]]:
    """Change rows for the decks in `docs` between the old and the new published mentions."""
    before = _keyed([m for m in old if m["doc"] in docs])
    after = _keyed([m for m in new if m["doc"] in docs])
    rows = []
    # the kind too: two mentions of one text at one place (`2030年` as a date and as a fiscal year) would
    # otherwise come out in the set's order, which changes from one process to the next (string hashing)
    for k in sorted(set(before) | set(after), key=lambda k: (k[0], k[2] or 0, k[3] or 0, str(k[4]), k[1], k[5])):
        b, a = before.get(k), after.get(k)
        if b is not None and a is not None and (b["min"], b["max"]) == (a["min"], a["max"]):
            continue
        change = "added" if b is None else "removed" if a is None else "value_changed"
        m = a if a is not None else b
        assert m is not None
        rows.append({"run_id": run_id, "doc": m["doc"], "change": change, "kind": m["kind"], "page": m.get("page"),
                     "line": m.get("line"), "text": m["text"],
                     "old_min": _s(b["min"]) if b else None, "old_max": _s(b["max"]) if b else None,
                     "new_min": _s(a["min"]) if a else None, "new_max": _s(a["max"]) if a else None})
    return rows
