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
KINDS = {"amount", "duration", "count", "percent", "rank", "fiscal_year", "date"}
QUALIFIERS = {"approx", "at_most", "at_least", "part_of", "draft"}
PERS = {None, "year", "project", "project_year", "month", "day", "person"}
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
        assert set(c) <= {"line", "text", "role", "fy", "row", "program", "ministry", "kind", "value", "unit", "qualifiers",
                              "per"}
        assert c.get("kind", "amount") in KINDS | {NO_MENTION}
        assert "value" not in c or (len(c["value"]) == 2 and c["value"] != [None, None])
        assert set(c.get("qualifiers", [])) <= QUALIFIERS
        assert c.get("per") in PERS
        assert c.get("role", "budget") in ROLES | {NO_MENTION}
        # (昭和: fresh11b's gold dates the Diet's budget explanations of 1956 and 1966; a facility plan's peak year runs
        # decades ahead: `令和26年度には約19億円の更新費用が集中`, 2044)
        assert c.get("fy") is None or 1926 <= c["fy"] <= 2070
        assert "program" not in c or c.get("row") is True
        assert "ministry" not in c or c.get("row") is True


def _probes_module():  # type: ignore[no-untyped-def]
    import importlib.util
    spec = importlib.util.spec_from_file_location("probes", PROBES.parent / "probes.py")
    mod = importlib.util.module_from_spec(spec)  # type: ignore[arg-type]
    spec.loader.exec_module(mod)  # type: ignore[union-attr]
    return mod


def _m(kind: str, text: str, lo: object, hi: object, unit: str | None = None, quals: list[str] | None = None) -> dict:
    return {"doc": "d", "line": 2, "kind": kind, "text": text, "min": lo, "max": hi, "unit": unit,
            "qualifiers": quals or [], "role": "budget" if kind == "amount" else None, "fy": None}


@pytest.mark.parametrize(("check", "ok"), [
    ({"text": "3年", "kind": "duration", "value": [None, 3], "unit": "year", "qualifiers": ["at_most"]}, [True] * 4),
    ({"text": "3年", "kind": "duration", "value": [3, 3]}, [True, False]),
    ({"text": "20件", "kind": "count", "value": [20, 20], "unit": "件"}, [True, True, True]),
    ({"text": "65歳", "kind": NO_MENTION}, [True]),
    ({"text": "20件", "kind": NO_MENTION}, [False]),
    ({"text": "4月1日", "kind": "date", "value": ["2026-04-01", "2026-05-15"]}, [True, True]),
    ({"text": "20件", "kind": "percent"}, [False]),
    ({"text": "5億円", "role": "budget"}, [True]),
])
def test_judge_checks_a_mention_of_any_kind(check: dict, ok: list[bool]) -> None:
    """The harness compares kind, value, unit and qualifiers of non-amount mentions, and `(no mention)` of any kind."""
    probes = _probes_module()
    deck = {"group": "g", "id": "d", "lines": ["t", "x"], "checks": [{"line": 2, **check}]}
    ments = [_m("duration", "3年", None, 3, "year", ["at_most"]), _m("count", "20件", 20, 20, "件"),
             _m("date", "4月1日～5月15日", "2026-04-01", "2026-05-15"), _m("amount", "5億円", 5e8, 5e8)]
    res = probes.judge([deck], ments, [])
    assert [r["ok"] for r in res] == ok
