"""The one reading of a table's header (issue 21, context/column_header.py) and the layouts it reads: a settlement's column
beside a budget's, two budget columns a year apart with a dash cell, a report's this year's and last year's settlements, a
one-row table written one cell a line, a header year written in full-width digits. The variants are written in wordings
and layouts no dev set uses (other issuers, eras, units, column orders); near misses keep their reading (a table of counts,
a header of settlements only, a change column)."""
from __future__ import annotations

import pytest

from extract.context.column_header import HeaderCell, PipeRow, cell_spans, label_column_role, pipe_tables, previous_columns
from extract.context.labels import LineInfo

from .helpers import mentions


def _figures(*texts: str, deck_year: int | None = 2024) -> list[tuple[int, str, str, int | None]]:
    return [(m.line_index, m.text.strip(), m.role, m.fy) for m in mentions(*texts, deck_year=deck_year) if m.kind == "amount"]


# ---- the reading itself ----------------------------------------------------------------------------------------------

def test_cells_and_tables() -> None:
    assert cell_spans("| 区分 | 令和5年度 |") == [(1, 5), (6, 13)]
    infos = [LineInfo("表題", []), LineInfo("| 区分 | 金額 |", []), LineInfo("| 一般 | 100 |", []), LineInfo("注", []),
             LineInfo("| 区分 | 金額 |", [])]
    tables = list(pipe_tables(infos))
    assert [len(t.rows) for t in tables] == [2, 1]
    row = tables[0].rows[0]
    assert isinstance(row, PipeRow) and row.header and [c.label for c in row.cells] == ["区分", "金額"]
    assert all(isinstance(c, HeaderCell) for c in row.cells)


@pytest.mark.parametrize("cell, role", [
    ("令和6年度予算額", "budget"), ("前年度予算額", "previous_budget"), ("補正予算額", "supplementary_budget"),
    ("令和4年度決算額", "other"), ("前年度決算額", "other"), ("R5実績", "other"), ("増減", "other"), ("構成比(%)", "other"),
    ("事業名", None), ("件数", None), ("令和5年度", None),
])
def test_label_column_role(cell: str, role: str | None) -> None:
    assert label_column_role(cell) == role


@pytest.mark.parametrize("cols, want", [
    ([(None, None), ("budget", 2024), ("budget", 2023), ("other", None)],
     [(None, None), ("budget", 2024), ("previous_budget", 2023), ("other", None)]),
    ([("budget", 2019), ("previous_budget", None)], [("budget", 2019), ("previous_budget", 2018)]),
    # near misses: two years apart is a background year; no dated budget column leaves a previous column undated
    ([("budget", 2024), ("budget", 2022)], [("budget", 2024), ("budget", 2022)]),
    ([("budget", None), ("previous_budget", None)], [("budget", None), ("previous_budget", None)]),
])
def test_previous_columns(cols: list[tuple[str | None, int | None]], want: list[tuple[str | None, int | None]]) -> None:
    assert previous_columns(cols) == want


# ---- the layouts -----------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("settled, budget, before, now, fy_before, fy_now", [
    ("令和4年度決算額", "令和5年度予算額", "18,900千円", "20,700千円", 2022, 2023),
    ("平成30年度決算額", "令和元年度予算額", "4億1,000万円", "4億3,500万円", 2018, 2019),
    ("令和５年度決算額", "令和６年度当初予算額", "１１，０００千円", "１２，３４５千円", 2023, 2024),  # full-width digits
    ("2021年度実績額", "2022年度予算額", "730万円", "810万円", 2021, 2022),
])
def test_settlement_column_then_budget(settled: str, budget: str, before: str, now: str, fy_before: int, fy_now: int) -> None:
    got = _figures("〇〇振興会 予算と決算の比較", f"| 区分 | {settled} | {budget} |", f"| 会員交流事業 | {before} | {now} |")
    assert got == [(2, before, "other", fy_before), (2, now, "budget", fy_now)]


def test_settlements_only_give_no_budget() -> None:
    """Near miss: a header of two years' settlements names no budget: every figure stays `other`."""
    got = _figures("〇〇協会 決算の推移", "| 区分 | 令和4年度決算額 | 令和5年度決算額 |", "| 受託事業 | 5,100千円 | 5,600千円 |")
    assert [(r, fy) for _, _, r, fy in got] == [("other", 2022), ("other", 2023)]


def test_counts_take_no_role() -> None:
    """Near miss: a table of counts under year columns: its figures are no money, no budget column read."""
    got = _figures("〇〇市 相談の実績", "| 区分 | 令和4年度件数 | 令和5年度件数 |", "| 窓口相談 | 1,200件 | 1,350件 |")
    assert got == []


@pytest.mark.parametrize("dash", ["－", "―", "…", "皆減"])
def test_budget_columns_a_year_apart_with_a_dash(dash: str) -> None:
    got = _figures("〇〇公社 収支予算", "| 事業名 | 令和7年度予算額 | 令和6年度予算額 | 増減 |",
                   f"| 新規相談事業 | 2,400千円 | {dash} | 2,400千円 |", f"| 終了調査事業 | {dash} | 1,300千円 | ▲1,300千円 |")
    assert (2, "2,400千円", "budget", 2025) in got
    assert (3, "1,300千円", "previous_budget", 2024) in got
    assert (3, "▲1,300千円", "other", 2025) in got  # the change column: the year's change, no budget


@pytest.mark.parametrize("title, this, last", [
    ("令和6年度 事業報告", 2024, 2023),
    ("平成29年度 事業報告書", 2017, 2016),
])
def test_this_and_last_years_settlements(title: str, this: int, last: int) -> None:
    got = _figures(title, "| 区分 | 本年度決算額 | 前年度決算額 | 増減 |", "| 事業収益 | 6,100千円 | 5,800千円 | 300千円 |")
    assert got == [(2, "6,100千円", "other", this), (2, "5,800千円", "other", last), (2, "300千円", "other", this)]


@pytest.mark.parametrize("year, fy, now, before", [
    ("令和5年度予算額", 2023, "20,700千円", "18,900千円"),
    ("平成 28 年度予算額", 2016, "7,280千円", "7,540千円"),
    ("令和６年度予算額", 2024, "１２，３４５千円", "１１，０００千円"),
])
def test_one_row_one_cell_a_line(year: str, fy: int, now: str, before: str) -> None:
    got = _figures("〇〇財団 収支予算の概要", "事業名", year, "前年度予算額", "国際交流推進事業", now, before)
    assert got == [(5, now, "budget", fy), (6, before, "previous_budget", fy - 1)]


def test_one_cell_a_line_followed_by_more_cells_is_no_one_row_table() -> None:
    """Near miss: the cells after the row go on one a line (no second row fits): the one-row reading does not fire."""
    assert all(m.role_source != "header" for m in mentions("〇〇財団 収支予算の概要", "事業名", "令和5年度予算額", "前年度予算額",
               "国際交流推進事業", "20,700千円", "18,900千円", "備考", deck_year=None) if m.kind == "amount")


# ---- a half year's execution status: a block of named columns and no year --------------------------------------------

_STATUS = ["〇〇町 令和6年度上半期の財政状況", "会計別の執行状況", "会計名 予算現額", "(A)", "収入済額", "(B)", "支出済額", "(C)",
           "収入率", "B/A×100", "執行率", "C/A×100"]


@pytest.mark.parametrize("rows", [
    ["一般会計 98億2,400万円 51億300万円 40億8,800万円 52.0% 41.6%", "介護保険特別会計 21億円 9億8,000万円 9億1,500万円 46.7% 43.6%"],
    ["一般会計 12,345,678千円 6,001,234千円 5,234,567千円 48.6% 42.4%"],
])
def test_execution_columns_are_other(rows: list[str]) -> None:
    got = _figures(*_STATUS, *rows)
    for k, row in enumerate(rows, start=len(_STATUS)):
        on_row = [(text, role) for line, text, role, _ in got if line == k]
        assert [role for _, role in on_row[1:]] == ["other", "other"], row  # what was collected and spent, no budget


def test_revenue_status_keeps_its_estimates() -> None:
    """Near miss: a revenue table's 予算現額 (an estimate of revenue) is given no budget role by the block."""
    got = _figures("〇〇市 上半期の財政状況", "歳入", "科目", "予算現額", "収入済額", "収入率", "市税 120億5,000万円 60億2,000万円 50.0%")
    assert [(t, r) for _, t, r, _ in got] == [("120億5,000万円", "other"), ("60億2,000万円", "other")]


@pytest.mark.parametrize("header", [["科目", "収入済額", "支出済額"], ["科目", "予算現額", "件数", "収入済額"]])
def test_no_execution_block(header: list[str]) -> None:
    """Near misses: execution columns with no budget column beside them, a column that names no kind: no block is read."""
    got = [m for m in mentions("〇〇市 上半期の財政状況", *header, "一般会計 60億2,000万円 50億1,000万円") if m.kind == "amount"]
    assert all(m.role_source != "header" for m in got)


@pytest.mark.parametrize("row", ["1人当たり支援額", "1件あたり補助額", "補助上限額"])
def test_a_per_recipient_row_takes_no_budget_column(row: str) -> None:
    """Near miss: under a settlement's and a budget's columns, a row of grant sizes per recipient stays no budget."""
    got = _figures("事務事業評価シート", "| 区分 | 令和5年度決算 | 令和6年度予算 |", "| 事業費 | 4,120千円 | 5,000千円 |",
                   f"| {row} | 2万円 | 2万円 |")
    assert (2, "5,000千円", "budget", 2024) in got
    assert all(role != "budget" for line, _, role, _ in got if line == 3)


@pytest.mark.parametrize("title, revenue, spent, unit", [
    ("国立大学法人〇〇大学 令和4年度 決算報告書", "収入", "支出", "百万円"),
    ("〇〇市土地開発公社 平成30年度決算書", "収入の部", "支出の部", "千円"),
    ("〇〇町 令和元年度 歳入歳出決算", "歳入", "歳出", "万円"),
])
def test_a_revenue_side_under_a_budget_column_is_no_budget(title: str, revenue: str, spent: str, unit: str) -> None:
    """Near miss: under `| 区分 | 予算額 | 決算額 | 差額 |`, the rows below a revenue side's section row are revenue estimates
    (`other`); the rows below the spending side's are the budget."""
    got = _figures(title, "| 区分 | 予算額 | 決算額 | 差額 |", f"| {revenue} | | | |",
                   f"| 運営費交付金 | 1,234{unit} | 1,234{unit} | 0{unit} |", f"| {spent} | | | |",
                   f"| 教育研究経費 | 1,800{unit} | 1,750{unit} | 50{unit} |")
    assert [r for line, _, r, _ in got if line == 3][0] == "other"
    assert [r for line, _, r, _ in got if line == 5][:2] == ["budget", "other"]
