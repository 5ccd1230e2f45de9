"""The rule probes (bench/probes/*.jsonl, run by bench/probes.py) stay well formed: every check names a figure written
on its line, with the GUIDE's vocabulary."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

PROBES = Path(__file__).resolve().parents[1] / "bench" / "probes"
ROLES = {"budget", "previous_budget", "supplementary_budget", "support", "other"}
#: a role that says the text is no amount mention at all (GUIDE: a bare cell under a unit header far above)
NO_MENTION = "(no mention)"
DECKS = [json.loads(s) for f in sorted(PROBES.glob("*.jsonl"))
         for s in f.read_text(encoding="utf-8").splitlines() if s.strip()]


def test_probes_exist() -> None:
    assert len(DECKS) >= 40
    assert len({d["id"] for d in DECKS}) == len(DECKS)


@pytest.mark.parametrize("deck", DECKS, ids=[d["id"] for d in DECKS])
def test_probe_deck(deck: dict) -> None:
    assert deck["lines"] and deck["checks"] and deck["shape"]
    for c in deck["checks"]:
        assert 1 <= c["line"] <= len(deck["lines"])
        assert c["text"] in deck["lines"][c["line"] - 1]
        assert set(c) <= {"line", "text", "role", "fy", "row", "program", "ministry"}
        assert c.get("role", "budget") in ROLES | {NO_MENTION}
        assert c.get("fy") is None or 1989 <= c["fy"] <= 2040
        assert "program" not in c or c.get("row") is True
        assert "ministry" not in c or c.get("row") is True
