"""bench/score_wild.py: only the pages PAGES.json lists are scored, and the wild gold is consistent with it."""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path
from types import ModuleType
from typing import Any

import pytest

from .conftest import GOLD, ROOT


def _module() -> ModuleType:
    spec = importlib.util.spec_from_file_location("score_wild", ROOT / "bench" / "score_wild.py")
    assert spec is not None and spec.loader is not None
    mod = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(mod)
    return mod


SW = _module()


def _rec(doc: str, page: int, kind: str, text: str, lo: Any, hi: Any = "same", unit: str | None = None) -> dict[str, Any]:
    return {"doc": doc, "kind": kind, "line": None, "page": page, "text": text, "min": lo, "max": lo if hi == "same" else hi,
            "unit": unit, "qualifiers": [], "per": None, "role": None, "fy": None}


# Doc a: pages 2 and 5 annotated, 5 is number-heavy; doc b: page 1 annotated, with no mention.
PAGES = {"a": {"pages": {2, 5}, "number_heavy": {5}}, "b": {"pages": {1}, "number_heavy": set()}}
GOLD_ROWS = [_rec("a", 2, "percent", "16%", 16, unit="percent"), _rec("a", 5, "percent", "37%", 37, unit="percent"),
             _rec("a", 5, "date", "2024年", "2024")]


@pytest.mark.parametrize("pred, precision, recall, heavy_recall", [
    # the gold itself: perfect
    ([_rec("a", 2, "percent", "16%", 16, unit="percent"), _rec("a", 5, "percent", "37%", 37, unit="percent"),
      _rec("a", 5, "date", "2024年", "2024")], 1.0, 1.0, 1.0),
    # extra mentions on pages nobody annotated (a p.3, deck c) are ignored, not false alarms
    ([_rec("a", 2, "percent", "16%", 16, unit="percent"), _rec("a", 3, "percent", "9%", 9, unit="percent"),
      _rec("c", 1, "percent", "9%", 9, unit="percent")], 1.0, 1 / 3, 0.0),
    # near miss: an extra mention on an annotated page with no gold (b p.1) is a false alarm
    ([_rec("a", 5, "percent", "37%", 37, unit="percent"), _rec("b", 1, "percent", "9%", 9, unit="percent")], 0.5, 1 / 3, 0.5),
    # near miss: the right text on the wrong annotated page does not match
    ([_rec("a", 5, "percent", "16%", 16, unit="percent")], 0.0, 0.0, 0.0),
])
def test_only_listed_pages_count(pred: list[dict[str, Any]], precision: float, recall: float, heavy_recall: float) -> None:
    res = SW.score_wild(GOLD_ROWS, pred, PAGES)
    assert res["overall"]["all"]["precision"] == pytest.approx(precision, abs=1e-3)
    assert res["overall"]["all"]["recall"] == pytest.approx(recall, abs=1e-3)
    assert res["number_heavy"]["all"]["recall"] == pytest.approx(heavy_recall, abs=1e-3)


@pytest.mark.parametrize("folder", ["wild", "wild_heldout"])
def test_gold_sits_on_listed_pages(folder: str) -> None:
    """Every gold record is on a page PAGES.json lists, heavy pages are annotated pages, and the gold scores 1.0
    against itself (so a malformed record or a page left out of PAGES.json fails here)."""
    path = GOLD / folder
    pages = SW.load_pages(path)
    gold = SW.load_gold(path)
    assert gold and {r["doc"] for r in gold} <= set(pages)
    assert all(r["page"] in pages[r["doc"]]["pages"] and r["line"] is None for r in gold)
    assert all(len(v["number_heavy"]) == 2 and v["number_heavy"] <= v["pages"] for v in pages.values())
    res = SW.score_wild(gold, json.loads(json.dumps(gold)), pages)
    assert res["overall"]["all"]["f1"] == 1.0 and res["overall"]["all"]["value_acc"] == 1.0


def test_reads_published_csv(tmp_path: Path) -> None:
    """A published mentions.csv (qualifiers joined with |, empty cells for null) scores like the JSON rows."""
    csv = tmp_path / "mentions.csv"
    csv.write_text("doc,kind,page,line,text,min,max,unit,qualifiers,per,role,fy\n"
                   "a,percent,5,,37%,37,37,percent,,,,\n"
                   "a,percent,4,,37%,37,37,percent,,,,\n", encoding="utf-8")
    pred = SW.scorer().load(str(csv))
    res = SW.score_wild(GOLD_ROWS, pred, PAGES)
    assert res["overall"]["all"]["pred"] == 1 and res["overall"]["all"]["matched"] == 1
