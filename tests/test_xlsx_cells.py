"""An .xlsx budget table publishes its cells and budgets rows with sheet/cell provenance (issue 27 with 22).

The workbook holds real figures: the first rows of 南国市's 令和８年度 主な継続事業 table (the page-keyed gold
`tests/data/gold/budgets_tables/nankoku_r8_tousho_yosan_2026-02-24.jsonl`, made from the PDF), laid out as a
city's finance office would keep it in Excel: a title row, a unit header, a two-year header, one row a project.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from extract.api import read

GOLD = Path(__file__).parent / "data" / "gold" / "budgets_tables" / "nankoku_r8_tousho_yosan_2026-02-24.jsonl"


def _gold_rows(n: int = 8) -> list[dict]:
    rows = [json.loads(line) for line in GOLD.read_text(encoding="utf-8").splitlines() if line.strip()]
    return [r for r in rows if r.get("previous_budget_yen")][:n]


def _workbook(path: Path, rows: list[dict]) -> Path:
    import openpyxl

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.title = "継続事業"
    ws["A1"] = "令和８年度当初予算 主な継続事業"
    ws["C2"] = "（単位：千円）"
    ws["A3"], ws["B3"], ws["C3"] = "事業名", "Ｒ８年度当初予算額", "Ｒ７年度当初予算額"
    for i, r in enumerate(rows, start=4):
        ws.cell(i, 1, r["program"])
        ws.cell(i, 2, r["budget_yen"] // 1000).number_format = "#,##0"
        ws.cell(i, 3, r["previous_budget_yen"] // 1000).number_format = "#,##0"
    wb.save(path)
    return path


@pytest.fixture(scope="module")
def tables(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("xlsx")
    _workbook(folder / "nankoku_keizoku.xlsx", _gold_rows())
    return read(folder)


def test_every_figure_is_a_cell_with_its_sheet_and_address(tables) -> None:
    cells = tables.cells
    rows = _gold_rows()
    assert len(cells) == 2 * len(rows)
    for i, r in enumerate(rows, start=4):
        now = cells[cells["ref"] == f"継続事業!B{i}"]
        before = cells[cells["ref"] == f"継続事業!C{i}"]
        assert len(now) == len(before) == 1
        assert now.iloc[0]["value"] == r["budget_yen"] and now.iloc[0]["unit"] == "yen"
        assert before.iloc[0]["value"] == r["previous_budget_yen"]
        assert now.iloc[0]["row_label"] == r["program"]
        assert now.iloc[0]["page"] == 1  # the sheet's number


def test_each_project_is_a_budgets_row_traced_to_its_cell(tables) -> None:
    budgets = tables.budgets
    from_cells = budgets[budgets["origin"] == "cell"]
    rows = _gold_rows()
    assert len(from_cells) == len(rows)
    by_name = {b["program"]: b for b in from_cells.to_dict("records")}
    cells = tables.cells.set_index("seq")
    for r in rows:
        b = by_name[r["program"]]
        assert (b["budget_yen"], b["previous_budget_yen"], b["fy"], b["role"]) == (
            r["budget_yen"], r["previous_budget_yen"], 2026, "budget")
        assert cells.loc[b["seq"], "ref"].startswith("継続事業!B")  # the figure's own cell
