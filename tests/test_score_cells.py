"""The cells scorer (tests/data/eval/score_cells.py) on handmade gold and predictions."""
from __future__ import annotations

import csv
import json
from pathlib import Path
from typing import Any

import pytest

from tests.conftest import GOLD, load_scorer

sc = load_scorer("score_cells")

GOLD_ROWS: list[dict[str, Any]] = [
    {"doc": "d-1", "page": 3, "row_label": "自主財源 / 市税", "col_label": "令和８年度当初予算 / 予算額",
     "text": "6,538,777", "value": 6538777000, "unit": "yen"},
    {"doc": "d-1", "page": 3, "row_label": "自主財源 / 市税", "col_label": "令和８年度当初予算 / 構成比",
     "text": "25.6", "value": 25.6, "unit": "percent"},
    {"doc": "d-1", "page": 3, "row_label": "歳入合計", "col_label": "比較 / 増減額",
     "text": "△ 290,000", "value": -290000000, "unit": "yen"},
    {"doc": "d-1", "page": 3, "row_label": "歳入合計", "col_label": "比較 / 伸率",
     "text": "△ 1.1", "value": -1.1, "unit": "percent"},
    {"doc": "d-1", "page": 4, "row_label": "一般財源 / 小計", "col_label": "令和７年度当初予算 / 構成比",
     "text": "(25.6％)", "value": 25.6, "unit": "percent"},
    {"doc": "d-1", "page": 4, "row_label": "平均年齢", "col_label": "一般行政職",
     "text": "44歳6月", "value": None, "unit": "歳月"},
]

FIELDS = ["doc", "page", "table", "row", "col", "text", "value", "unit", "row_label", "col_label"]


def _perfect() -> list[dict[str, Any]]:
    return [{**g, "table": 0, "row": i, "col": 0, "value": "" if g["value"] is None else g["value"]}
            for i, g in enumerate(GOLD_ROWS)]


def _run(tmp_path: Path, pred: list[dict[str, Any]]) -> dict[str, Any]:
    gold_dir = tmp_path / "gold"
    gold_dir.mkdir()
    (gold_dir / "d-1.jsonl").write_text("".join(json.dumps(g, ensure_ascii=False) + "\n" for g in GOLD_ROWS),
                                        encoding="utf-8")
    cells = tmp_path / "cells.csv"
    with cells.open("w", encoding="utf-8", newline="") as fh:
        w = csv.DictWriter(fh, fieldnames=FIELDS)
        w.writeheader()
        w.writerows(pred)
    result: dict[str, Any] = sc.score(gold_dir, cells)
    return result["overall"]


def _edit(index: int, **change: Any) -> list[dict[str, Any]]:
    rows = _perfect()
    rows[index] = {**rows[index], **change}
    return rows


def _drop(index: int) -> list[dict[str, Any]]:
    rows = _perfect()
    del rows[index]
    return rows


def _extra(**cell: Any) -> list[dict[str, Any]]:
    return _perfect() + [{**_perfect()[0], **cell}]


# (case, predictions, expected overall rates; keys not named must be 1.0)
CASES = [
    ("perfect", _perfect(), {}),
    ("spaces and ▲ for △ still match", _edit(2, text="▲290,000"), {}),
    ("full-width digits still match", _edit(0, text="６，５３８，７７７"), {}),
    ("brackets dropped from a percent", _edit(4, text="25.6%"), {}),
    ("wrong unit lowers value-and-unit", _edit(0, unit="thousand_yen"), {"value_unit": 4 / 5}),
    ("千円 left unscaled lowers value-and-unit", _edit(0, value=6538777), {"value_unit": 4 / 5}),
    ("missing cell lowers recall", _drop(1), {"recall": 5 / 6}),
    ("a cell whose text differs is a miss and an extra", _edit(0, text="6,538,778"),
     {"recall": 5 / 6, "precision": 5 / 6, "page_precision": 5 / 6}),
    ("extra cell in an annotated table lowers precision", _extra(row_label="x", text="999"),
     {"precision": 6 / 7, "page_precision": 6 / 7}),
    ("extra cell in a table the gold left out is not counted", _extra(table=5, text="999"), {"page_precision": 6 / 7}),
    ("a prediction on a page without gold is not counted", _extra(page=9, text="999"), {}),
    ("outer row header missing: full label wrong, leaf right", _edit(0, row_label="市税"), {"row_label": 5 / 6}),
    ("wrong column leaf", _edit(1, col_label="令和８年度当初予算 / 予算額"), {"col_label": 5 / 6, "col_leaf": 5 / 6}),
    ("null gold value is matched but not scored for value", _edit(5, value="44.5", unit="歳"), {}),
]


@pytest.mark.parametrize(("case", "pred", "expected"), CASES, ids=[c[0] for c in CASES])
def test_score_cells_rates(tmp_path: Path, case: str, pred: list[dict[str, Any]], expected: dict[str, float]) -> None:
    overall = _run(tmp_path, pred)
    for key in ("recall", "precision", "page_precision", "value_unit", "row_label", "col_label", "row_leaf", "col_leaf"):
        assert overall[key] == pytest.approx(expected.get(key, 1.0)), (case, key, overall[key])


def test_same_text_prefers_the_labels_that_agree(tmp_path: Path) -> None:
    """A second prediction printing `25.6` (another row) comes first but does not take the gold cell's match."""
    rows = _perfect()
    rows.insert(0, {**rows[1], "row_label": "依存財源 / 市税"})
    overall = _run(tmp_path, rows)
    assert overall["matched"] == 6
    assert overall["row_label"] == pytest.approx(1.0)
    assert overall["precision"] == pytest.approx(6 / 7)


def test_same_text_prefers_the_value_over_the_labels(tmp_path: Path) -> None:
    """Of two `25.6` predictions, the one with the gold value is paired even though its labels are wrong."""
    rows = _perfect()
    rows[1] = {**rows[1], "value": 0.256}
    rows.append({**rows[1], "value": 25.6, "row_label": "依存財源 / 市税"})
    overall = _run(tmp_path, rows)
    assert overall["value_unit"] == pytest.approx(1.0)
    assert overall["row_label"] == pytest.approx(5 / 6)


@pytest.mark.parametrize("folder", ["cells", "cells_heldout"])
def test_gold_files_are_well_formed(folder: str) -> None:
    """Every gold line has the seven fields, a page, a text, and a numeric value unless deliberately null."""
    files = sorted((GOLD / folder).glob("*.jsonl"))
    assert files
    for f in files:
        for line in f.read_text(encoding="utf-8").splitlines():
            cell = json.loads(line)
            assert set(cell) == {"doc", "page", "row_label", "col_label", "text", "value", "unit"}, (f.name, cell)
            assert cell["doc"] == f.stem and cell["page"] >= 1 and cell["text"]
            assert cell["value"] is not None or cell["unit"] == "歳月", cell
