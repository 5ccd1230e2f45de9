"""Table layouts a column's header block must read beyond the one tables17 studied (issue 21, context/header_blocks.py,
context/label_columns.py): dash cells, units written apart from their figures, a settlement column first, a header cell
split over three lines, change and ratio columns, a `|` table of one budget column beside a ratio column; and the one
reading of a label cell broken over two lines (context/stage_marks.py broken_cell). The variants are written in other
issuers' layouts, eras and units than any dev set; near misses keep their reading."""
from __future__ import annotations

import pytest

from extract.context.labels import LineInfo
from extract.context.stage_marks import broken_cell

from .helpers import mentions


def _roles(*texts: str) -> dict[str, tuple[str, int | None]]:
    return {m.text.strip(): (m.role, m.fy) for m in mentions(*texts) if m.kind == "amount"}


def _block(years: list[str], label: list[str], rows: list[str], head: tuple[str, ...] = ("(単位:千円)", "区分")) -> list[str]:
    """A stacked header block, each year's cell then its label's cells, over the rows."""
    return [*head, *(c for y in years for c in (y, *label)), *rows]


# a row with no figure in a column writes a dash (or `皆減`): the dash fills that column, the figures after it keep theirs
@pytest.mark.parametrize("dash", ["－", "―", "…", "-", "皆減"])
@pytest.mark.parametrize("years, plan", [
    (["令和5年度", "令和6年度"], 2024),
    (["平成30年度", "平成31年度"], 2019),
    (["2025年度", "2026年度"], 2026),
])
def test_a_dash_cell_keeps_the_next_figure_in_its_column(dash, years, plan):
    got = _roles(*_block(years, ["当初予算額"], [f"1 緑地保全事業 {dash} 4,800", "千円", "2 花壇整備事業 1,500 1,750", "千円"]))
    assert got["4,800"] == ("budget", plan)
    assert got["1,750"] == ("budget", plan)  # (the unit wrapped below is the last cell's: `1,500` stays bare)


@pytest.mark.parametrize("unit", ["千円", "円", "百万円", "億円"])
def test_a_unit_written_apart_from_its_figure_is_that_figures_cell(unit):
    got = _roles(*_block(["令和4年度", "令和5年度"], ["予算額"], [f"(1) 消防団活動支援 2,340 {unit} 2,610 {unit}"], ("区分",)))
    assert got[f"2,340 {unit}"] == ("previous_budget", 2022)
    assert got[f"2,610 {unit}"] == ("budget", 2023)


@pytest.mark.parametrize("settled", ["決算額", "決算", "実績額"])
def test_a_settlement_column_first_then_the_budget_columns(settled):
    texts = ["事項", "令和3年度", settled, "令和4年度", "予算額", "令和5年度", "予算額", "ア 図書館運営費 8,120千円 8,400千円 8,650千円"]
    got = _roles(*texts)
    assert got["8,120千円"] == ("other", 2021)
    assert got["8,400千円"] == ("previous_budget", 2022)
    assert got["8,650千円"] == ("budget", 2023)


@pytest.mark.parametrize("stage, role", [("当初", "budget"), ("補正", "supplementary_budget")])
@pytest.mark.parametrize("bare", ["予算額", "予算", "要求額"])
def test_a_header_cell_split_over_three_lines(stage, role, bare):
    # `令和6年度` / `当初` / `予算額`: the stage's cell is finished on the next line, one column, not two
    got = _roles(*_block(["令和6年度", "令和7年度"], [stage, bare], ["1 橋りょう長寿命化 52,000千円 61,500千円"], ("区分",)))
    assert got["61,500千円"][1] == 2025 and got["61,500千円"][0] == role


@pytest.mark.parametrize("change", [["対前年度", "増減"], ["対前年度"], ["比較", "増減"], ["差引"]])
def test_a_change_column_is_no_budget(change):
    got = _roles("区分", "令和5年度", "予算額", "令和6年度", "予算額", *change, "1 道路維持補修 7,200千円 7,500千円 300千円")
    assert got["7,500千円"] == ("budget", 2024)
    assert got["300千円"][0] == "other"


@pytest.mark.parametrize("ratio", [["構成比", "(%)"], ["伸び率"], ["増減率(%)"], ["対前年度比"]])
@pytest.mark.parametrize("first", [True, False])
def test_a_ratio_column_is_a_column_of_its_own(ratio, first):
    # before the money columns or after them: the ratio fills its column, the figures keep theirs
    money = ["令和5年度", "予算額", "令和6年度", "予算額"]
    header = [*ratio, *money] if first else [*money, *ratio]
    row = "1 健康診査事業 12.5 3,100千円 3,400千円" if first else "1 健康診査事業 3,100千円 3,400千円 12.5"
    got = _roles("区分", *header, row)
    assert got["3,100千円"] == ("previous_budget", 2023)
    assert got["3,400千円"] == ("budget", 2024)


@pytest.mark.parametrize("unit", ["(千円)", "（百万円）"])
def test_a_unit_cell_in_the_header_is_no_column(unit):
    got = _roles("区分", "令和5年度", "予算額", unit, "令和6年度", "予算額", unit, "1 児童館運営費 4,400 4,650")
    assert got == {}  # bare cells under a header's unit stay no mentions
    got = _roles("区分", "令和5年度", "予算額", unit, "令和6年度", "予算額", unit, "1 児童館運営費 4,400千円 4,650千円")
    assert got["4,650千円"] == ("budget", 2024)


def test_a_one_year_table_gives_its_column_year_and_budget():
    for header in (["事業名", "令和6年度予算額"], ["事業名", "令和6年度", "予算額"]):
        got = _roles(*header, "1 公民館改修事業 12,400千円", "2 学童保育運営 3,800千円")
        assert got["12,400千円"] == ("budget", 2024) and got["3,800千円"] == ("budget", 2024)


@pytest.mark.parametrize("header, rows, want", [
    # a water or hospital enterprise's `|` table: one budget column beside a ratio; the income side stays revenue
    ("区分 | 予算額(税込み) | 対前年度比(パーセント) |", ["収益的収入 | 14億3,333万円 | 2.7 |", "収益的支出 | 12億7,405万円 | 1.4 |"],
     {"14億3,333万円": "other", "12億7,405万円": "budget"}),
    ("区分 | 当初予算額 | 構成比(%) |", ["医業収益 | 52億円 | 61.0 |", "医業費用 | 55億円 | 64.2 |"],
     {"52億円": "other", "55億円": "budget"}),
    ("項目 | 予算額 | 伸び率 |", ["資本的収入 | 3億2,000万円 | -4.1 |", "資本的支出 | 6億8,000万円 | 2.2 |"],
     {"3億2,000万円": "other", "6億8,000万円": "budget"}),
])
def test_a_pipe_table_of_one_budget_column_beside_a_ratio(header, rows, want):
    cols = header.count("|")
    got = _roles("本文", header, "---|" * cols, *rows)
    assert {k: got[k][0] for k in want} == want
    # a side's budget is the whole of that side (no programme's row); a named work under the same header is a row
    named = {m.text: m.total_of for m in mentions("本文", header, "---|" * cols, *rows, "配水管更新事業 | 2億1,000万円 | 3.0 |")
             if m.kind == "amount"}
    assert all(named[k] for k, role in want.items() if role == "budget" and "支出" in _row_of(rows, k)) \
        and named["2億1,000万円"] is None


def _row_of(rows: list[str], figure: str) -> str:
    return next(r for r in rows if figure in r)


# near misses --------------------------------------------------------------------------------------------------------

@pytest.mark.parametrize("texts, figure, role", [
    # two full labels on two lines are two columns (`当初予算額` / `補正予算額`), not one cell finished below
    (["区分", "令和6年度", "当初予算額", "補正予算額", "令和7年度", "当初予算額", "1 除雪対策 900千円 150千円 950千円"], "150千円",
     "supplementary_budget"),
    # a settlement's cell then a budget's: two columns (the settlement's no stage of a budget)
    (["区分", "令和4年度", "決算", "令和5年度", "予算額", "1 図書購入 400千円 420千円"], "400千円", "other"),
    # a label cell `対前年度` above a lone figure names a change, no figure of last year
    (["概要", "対前年度", "1,200百万円"], "1,200百万円", "other"),
    # `前年度` / `予算額` above a lone figure stays last year's budget (the broken cell)
    (["令和8年度予算の要求基準", "概要", "前年度", "予算額", "64.3兆円"], "64.3兆円", "previous_budget"),
    # a ratio's word inside a longer cell with another word after it is no ratio column (`執行率` / `一般`)
    (["執行状況", "会計", "当初予算額", "執行済額", "執行率", "一般", "5,120,000千円", "2,300,000千円", "44.9%", "介護保険",
      "1,800,000千円", "900,000千円", "50.0%"], "5,120,000千円", "budget"),
])
def test_near_misses_of_the_new_layouts(texts, figure, role):
    assert _roles(*texts)[figure][0] == role


def test_a_pipe_table_of_a_ratio_column_and_no_budget_column_gives_no_budget():
    got = _roles("本文", "区分 | 金額 | 割合 |", "---|---|---|", "相談 | 300万円 | 12 |", "訪問 | 120万円 | 5 |")
    assert got["300万円"][0] == "other" and got["120万円"][0] == "other"


# the one reading of a label cell broken over two lines ---------------------------------------------------------------

def _line(text: str, year: bool = False) -> LineInfo:
    ms = [m for m in mentions(text) if m.kind in ("fiscal_year", "amount", "count")] if year else []
    return LineInfo(text, ms)


@pytest.mark.parametrize("upper, lower, cell", [
    ("前年度", "予算額", "前年度予算額"),
    ("補正", "予算額", "補正予算額"),
    ("  当初 ", "予算額(A)", "当初予算額(A)"),
    ("", "予算額", None),  # a blank line is no fragment
    ("前年度の実績を踏まえ", "予算額", None),  # a line of its own, too long for a cell's fragment
])
def test_broken_cell(upper, lower, cell):
    assert broken_cell(_line(upper), _line(lower)) == cell


@pytest.mark.parametrize("upper", ["令和5年度", "職員 0.5人"])
def test_a_line_with_a_year_or_a_figure_is_no_fragment(upper):
    assert broken_cell(_line(upper, year=True), _line("予算額")) is None


# a label cell above a figure followed by its change in a bracket: the figure is the cell's; the change stays a change
@pytest.mark.parametrize("label, figure, change, delta", [
    ("事業予算額", "7,280千円", "(平成27年度比▲260千円)", "▲260千円"),
    ("当初予算額", "1億2,400万円", "（前年度比 +1,200万円）", "+1,200万円"),
    ("予算額", "56,000千円", "(令和5年度比較 △3,100千円)", "△3,100千円"),
    ("補正予算額", "8,800千円", "(対前年度増減 -400千円)", "-400千円"),
])
def test_a_label_cell_over_a_figure_and_its_change(label, figure, change, delta):
    got = _roles("公益財団法人 事業計画", "1.奨学事業", "(1)奨学金の給付", label, f"{figure} {change}")
    assert got[figure][0] == ("supplementary_budget" if label.startswith("補正") else "budget")
    assert got[delta][0] == "other"


@pytest.mark.parametrize("line, figure, role", [
    # an unsigned figure in the bracket is last year's (the pair rule), not a change: no lone figure
    ("3億円（前年度2億5千万円）", "2億5千万円", "previous_budget"),
    # a share in the bracket is no change: the line is no lone figure of the cell
    ("56,000千円 (うち国費28,000千円)", "28,000千円", "other"),
])
def test_near_misses_of_a_figure_and_its_change(line, figure, role):
    got = _roles("事業概要", "予算額", line)
    assert got[figure][0] == role


# a header of years alone, no corner cell before them, over rows of a name and one figure a year (a page's text layer
# glues the cells: `令和元年度平成30年度` / `水道事業収益663億9,600万円731億1,900万円`)
@pytest.mark.parametrize("header, years", [
    ("令和元年度平成30年度", (2019, 2018)),
    ("令和6年度 令和5年度", (2024, 2023)),
    ("平成28年度平成27年度平成26年度", (2016, 2015, 2014)),
])
def test_rows_under_a_header_of_years_alone(header, years):
    figures = ["120億円", "118億5,000万円", "97億円"][:len(years)]
    rows = ["病院事業収益" + "".join(figures), "(経常損益)" + "".join(f"({f})" for f in figures)]
    got = {(m.line_index, m.text): m.fy for m in mentions("決算の概要", header, *rows) if m.kind == "amount"}
    for line in (2, 3):
        assert [got[(line, f)] for f in figures] == list(years)


@pytest.mark.parametrize("texts, by_position", [
    # a period is no header of columns
    (["計画の概要", "令和6年度～令和8年度", "施設整備費120億円118億円"], [2024, 2026]),
    # a row of another count of figures is no row of the table
    (["決算の概要", "令和元年度平成30年度", "水道事業収益663億円"], [2019]),
    # a sentence is no row (its figures keep the year the scopes give, not one a column)
    (["決算の概要", "令和元年度平成30年度", "収益は663億円、費用は504億円となった。"], [2019, 2018]),
])
def test_near_misses_of_a_header_of_years_alone(texts, by_position):
    got = [m.fy for m in mentions(*texts) if m.kind == "amount"]
    assert got and got != by_position


@pytest.mark.parametrize("header, row, figure, role", [
    # a comparison's word with no percent unit (`前年度比` over yen) names no kind: the assessment's header is column_kinds'
    ("| 事業名 | 要求額 | 査定額 | 前年度比 |", "| 橋りょう点検事業 | 1,200万円 | 1,000万円 | 150万円 |", "1,200万円", "other"),
    ("| 事業名 | 要求額 | 査定額 | 対前年比 |", "| 市道改良事業 | 4,500万円 | 4,100万円 | 300万円 |", "4,500万円", "other"),
])
def test_a_comparison_word_without_a_percent_unit_names_no_kind(header, row, figure, role):
    assert _roles("令和8年度当初予算 査定結果（建設部）", header, row)[figure][0] == role


def test_a_programme_named_with_a_sides_word_stays_a_programme():
    # `収入証紙発行事業` opens with an income word but names a programme: its figure is a budget and a row of its own
    got = {m.text: m for m in mentions("本文", "区分 | 予算額 | 構成比(%) |", "---|---|---|", "収入証紙発行事業 | 2,400万円 | 3.1 |",
                                        "収益的支出 | 12億円 | 96.9 |") if m.kind == "amount"}
    assert got["2,400万円"].role == "budget" and not got["2,400万円"].total_of
    assert got["12億円"].role == "budget" and got["12億円"].total_of == "収益的支出"


def test_a_note_mark_on_a_wrapped_line_is_no_cell():
    # `*` beside a wrapped figure's note is no dash cell: the next figure keeps the second column
    got = _roles("区分", "令和5年度", "当初予算額", "令和6年度", "当初予算額", "1 公園整備事業 1,200", "千円 *", "1,350", "千円")
    assert got["1,350"] == ("budget", 2024)


@pytest.mark.parametrize("header, want", [
    (["令和6年度予算額", "前年度予算額"], [("budget", 2024), ("previous_budget", 2023)]),
    (["令和６年度予算額", "令和５年度予算額"], [("budget", 2024), ("previous_budget", 2023)]),
    (["2025年度当初予算額", "2024年度当初予算額"], [("budget", 2025), ("previous_budget", 2024)]),
])
def test_a_table_one_cell_a_line_whose_header_cells_write_their_years(header, want):
    texts = ["事業概要", "事業名", *header, "図書館運営事業", "20,700千円", "18,900千円", "児童館運営事業", "5,100千円", "4,800千円"]
    got = _roles(*texts)
    assert [got["20,700千円"], got["18,900千円"]] == want
    assert [got["5,100千円"], got["4,800千円"]] == want
