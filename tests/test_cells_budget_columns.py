"""Budget tables of other shapes: which columns hold a programme's budget, previous-year or supplementary
figure (予算額 / 前年度予算額 / 比較増減, 補正前・補正額・補正後), category headings over a budget book's 目
tables (`１款 市税 46,460,600千円`: a total, not a programme), numbered sub-columns under a spanning header
(`支給期別支給率` over `６月 12月`) and the unit the parts of a total column share."""
from __future__ import annotations

import pytest

from extract.cells import cell_budget_records, column_role, grid_cells, heading_totals, mark_heading_totals
from extract.model import GridCell, TableGrid


def cell(r: int, c: int, text: str, x0: float, span: int = 1) -> GridCell:
    return GridCell(r, c, text, col_span=span, bbox=(x0, 10.0 * r, x0 + 40 * span, 10.0 * r + 8))


@pytest.mark.parametrize("label,role", [
    ("本年度予算額", "budget"), ("令和６年度当初予算額", "budget"), ("予算額 / 令和６年度", "budget"), ("説明", "budget"),
    ("補正額", "supplementary_budget"), ("今回補正額", "supplementary_budget"), ("要求・要望額", "budget"),
    ("前年度予算額", "previous_budget"), ("前年度当初予算額", "previous_budget"), ("前年度 / 当初", "previous_budget"),
    # near misses: a change, a ratio, a breakdown, a running total, actuals
    ("比較増減", None), ("対前年度増減額", None), ("前年度比", None), ("構成比", None), ("補正前の額", None),
    ("補正後の額", None), ("本年度予算額の財源内訳 / 一般財源", None), ("決算額", None), ("節 / 金額", None), ("", None),
])
def test_column_role(label: str, role: str | None) -> None:
    assert column_role(label) == role


def _summary(heads: tuple[str, str, str], name: str) -> TableGrid:
    """A ministry or city summary: 事業 rows under three figure columns, （単位：千円）."""
    return TableGrid(page=3, index=0, reader="pdf_ruled", caption=("主な事業", "（単位：千円）"), cells=(
        cell(0, 0, "事業名", 10), cell(0, 1, heads[0], 100), cell(0, 2, heads[1], 150), cell(0, 3, heads[2], 200),
        cell(1, 0, name, 10), cell(1, 1, "1,200", 100), cell(1, 2, "1,000", 150), cell(1, 3, "200", 200)))


@pytest.mark.parametrize("heads,role,budget,previous", [
    (("予算額", "前年度予算額", "比較増減"), "budget", 1_200_000, 1_000_000),
    (("前年度予算額", "予算額", "比較増減"), "budget", 1_000_000, 1_200_000),  # columns in the other order
    (("令和６年度当初予算額", "令和５年度当初予算額", "増減"), "budget", 1_200_000, 1_000_000),  # years tell them apart
    (("本年度予算額", "前年度当初予算額", "比較"), "budget", 1_200_000, 1_000_000),
    (("補正後の額", "補正額", "補正前の額"), "supplementary_budget", 1_000_000, None),  # only 補正額 is the programme's
])
def test_summary_table_roles(heads: tuple[str, str, str], role: str, budget: int, previous: int | None) -> None:
    out = cell_budget_records(grid_cells("d", [_summary(heads, "地域防災推進事業")]), "令和６年度予算の概要")
    assert [(b["role"], b["budget_yen"], b["previous_budget_yen"], b["fy"], b["program"]) for b in out] == \
        [(role, budget, previous, 2024, "地域防災推進事業")]


@pytest.mark.parametrize("heads", [("比較増減", "構成比", "財源内訳"), ("補正前の額", "補正後の額", "伸率")])
def test_summary_table_without_a_budget_column(heads: tuple[str, str, str]) -> None:
    assert cell_budget_records(grid_cells("d", [_summary(heads, "地域防災推進事業")]), "令和６年度予算の概要") == []


def _book_page(first: str) -> TableGrid:
    """A budget book's left page: the 款 and 項 headings with their totals over the 目 table."""
    return TableGrid(page=28, index=0, reader="pdf_ruled", cells=(
        cell(0, 0, first, 10), cell(0, 3, "46,460,600千円", 200),
        cell(1, 0, "１項 市民税", 20), cell(1, 3, "16,739,000千円", 200),
        cell(2, 0, "目", 10), cell(2, 1, "本年度予算額", 100), cell(2, 2, "前年度予算額", 150),
        cell(3, 1, "千円", 100), cell(3, 2, "千円", 150),
        cell(4, 0, "1 個人", 10), cell(4, 1, "14,297,700", 100), cell(4, 2, "15,208,500", 150)))


@pytest.mark.parametrize("first,names", [
    ("１款 市税", ["市税", "市民税"]), ("12款 分担金及び負担金", ["分担金及び負担金", "市民税"]),
    ("市税", ["市民税"]),  # near miss: an unnumbered line is no 款 heading
])
def test_heading_totals(first: str, names: list[str]) -> None:
    assert [h[4] for h in heading_totals([_book_page(first)])] == names


@pytest.mark.parametrize("page,text,top,marked", [
    (28, "46,460,600千円", 0.5, "市税"), (28, "16,739,000千円", 10.0, "市民税"),
    (29, "46,460,600千円", 0.5, None),  # another page
    (28, "14,297,700", 40.0, None),  # a 目 row's figure
    (28, "46,460,600千円", 300.0, None),  # the same figure printed elsewhere on the page
])
def test_mark_heading_totals(page: int, text: str, top: float, marked: str | None) -> None:
    rec = {"kind": "amount", "page": page, "text": text, "top": top, "bottom": top + 7, "total_of": None}
    mark_heading_totals([rec], [_book_page("１款 市税")])
    assert rec["total_of"] == marked


def _rates(second_row: tuple[str, str], sums: bool, span: int = 2) -> TableGrid:
    total = "4.65" if sums else "5.00"
    return TableGrid(page=5, index=0, reader="pdf_ruled", cells=(
        GridCell(0, 0, "区分", row_span=2, bbox=(10, 0, 50, 18)), GridCell(0, 1, "支給期別支給率", col_span=span, bbox=(60, 0, 140, 8)),
        GridCell(0, 3, "支給率計（月分）", row_span=2, bbox=(150, 0, 200, 18)),
        cell(1, 1, second_row[0], 60), cell(1, 2, second_row[1], 100),
        cell(2, 0, "本年度", 10), cell(2, 1, "2.325", 60), cell(2, 2, "2.325", 100), cell(2, 3, total, 150)))


@pytest.mark.parametrize("second_row,sums,col,unit", [
    (("６月", "12月"), True, "支給期別支給率 / ６月", "月分"),
    (("６月", "12月"), False, "支給期別支給率 / ６月", None),  # near miss: the parts do not add up to the total
])
def test_sub_columns_and_the_unit_of_their_total(second_row: tuple[str, str], sums: bool, col: str, unit: str | None) -> None:
    out = {(c["col"], c["text"]): c for c in grid_cells("d", [_rates(second_row, sums)])}
    assert out[(1, "2.325")]["col_label"] == col and out[(1, "2.325")]["unit"] == unit
    assert out[(3, "4.65" if sums else "5.00")]["unit"] == "月分"
    assert out[(3, "4.65" if sums else "5.00")]["col_label"] == "支給率計（月分）"
    assert (1, "６月") not in out  # a sub-column's name, not a figure


def test_numbered_row_without_a_spanning_header_is_no_sub_header() -> None:
    """Near miss: `６月 12月` under header cells of one column each are not read as the names of sub-columns."""
    out = {(c["col"], c["text"]): c for c in grid_cells("d", [_rates(("６月", "12月"), True, span=1)])}
    assert out[(1, "2.325")]["col_label"] != "支給期別支給率 / ６月"


@pytest.mark.parametrize("caption,title,head,role,fy", [
    ("令和７年度３月補正予算に計上した主な事業", "", "事業費", "supplementary_budget", 2025),
    ("１月専決予算に計上した事業", "令和７年度 ３月補正予算", "事業費", "supplementary_budget", 2025),
    ("主な事業", "令和７年度一般会計補正予算（第３号）の概要", "予算額", "supplementary_budget", 2025),
    # near misses: the caption or the column says 当初; a plain budget's title
    ("令和８年度当初予算 主な事業", "令和７年度 ３月補正予算", "事業費", "budget", 2026),
    ("主な事業", "令和７年度 ３月補正予算", "当初予算額", "budget", 2025),
    ("主な事業", "令和６年度予算の概要", "事業費", "budget", 2024),
])
def test_supplementary_tables(caption: str, title: str, head: str, role: str, fy: int) -> None:
    g = TableGrid(page=4, index=0, reader="pdf_ruled", caption=(caption, "（単位：千円）"), cells=(
        cell(0, 0, "事業名", 10), cell(0, 1, head, 100), cell(1, 0, "国土調査事業費", 10), cell(1, 1, "164,675", 100)))
    out = cell_budget_records(grid_cells("d", [g]), title)
    assert [(b["role"], b["fy"], b["budget_yen"]) for b in out] == [(role, fy, 164_675_000)]


@pytest.mark.parametrize("head,line,label", [
    ("001高齢者等あんしん生活支援事業費", "シルバーハウジング派遣", "生活支援費 / 高齢者等あんしん生活支援事業費"),  # whole: a coded 事業
    ("001高齢者等あんしん生活支援事業", "シルバーハウジング派遣", "生活支援費 / 高齢者等あんしん生活支援事業"),
    ("医療的ケア児保育支援事業 5,374×3／4", "保育環境改善等事業", "医療的ケア児保育支援事業"),  # closed by its formula
    # near misses: a name cut in the middle, a bracket that goes on, no code
    ("001高齢者等あんしん生活支援事", "業費", "生活支援費 / 高齢者等あんしん生活支援事業費"),
    ("001高齢者等あんしん生活支援事業費", "（シルバー分）", "生活支援費 / 高齢者等あんしん生活支援事業費（シルバー分）"),
    ("要援護高齢者対策費", "シルバーハウジング派遣", "生活支援費 / 要援護高齢者対策費シルバーハウジング派遣"),
])
def test_coded_item_with_its_figure_is_whole(head: str, line: str, label: str) -> None:
    def at(r: int, c: int, text: str, x0: float, x1: float) -> GridCell:
        return GridCell(r, c, text, bbox=(x0, 12.0 * r, x1, 12.0 * r + 9))

    g = TableGrid(page=1, index=0, reader="pdf_ruled", cells=(
        at(0, 0, "説明", 10, 40), at(1, 1, "千円", 200, 220),
        at(2, 0, "003生活支援費", 10, 120), at(2, 1, "7,597", 200, 220),
        at(3, 0, head, 20, 180), at(3, 1, "7,597", 200, 220),
        at(4, 0, line, 30, 150), at(5, 0, "ふれあいコール", 30, 100), at(5, 1, "39人", 200, 220)))
    out = [c for c in grid_cells("d", [g]) if c["row"] == 3]
    assert [c["row_label"].split(" / ")[-1] for c in out] == [label.split(" / ")[-1]]


@pytest.mark.parametrize("second,labels", [
    (("区分", "休日勤務手当", "夜間勤務手当"), ["管理職手当", "扶養手当", "休日勤務手当", "夜間勤務手当"]),  # a second block
    (("区分", "休日勤務手当", ""), ["管理職手当", "扶養手当", "管理職手当", "扶養手当"]),  # near miss: one column only
])
def test_stacked_header_blocks(second: tuple[str, str, str], labels: list[str]) -> None:
    rows = [("区分", "管理職手当", "扶養手当"), ("本年度", "104,231", "208,886"), second, ("本年度", "137,610", "34,700")]
    g = TableGrid(page=1, index=0, reader="pdf_ruled", caption=("（単位：千円）",), cells=tuple(
        cell(r, c, text, 10 + 60 * c) for r, row in enumerate(rows) for c, text in enumerate(row) if text))
    assert [c["col_label"] for c in grid_cells("d", [g])] == labels


@pytest.mark.parametrize("row_head,rows", [("事業名", 1), ("事 業 名", 1), ("区分", 0), ("会計名", 0)])
def test_rows_under_a_programme_header(row_head: str, rows: int) -> None:
    """A table whose row-label column is headed 事業名 lists programmes, whatever its caption says; near miss:
    a 区分 or 会計名 column (categories, accounts)."""
    g = TableGrid(page=2, index=0, reader="pdf_ruled", caption=("重点施策", "（単位：千円）"), cells=(
        cell(0, 0, row_head, 10), cell(0, 1, "予算額", 100), cell(1, 0, "地域防災推進事業", 10), cell(1, 1, "5,000", 100)))
    assert len(cell_budget_records(grid_cells("d", [g]), "令和６年度当初予算の概要")) == rows


def _line(top: float, *parts: tuple[float, str]) -> list[dict[str, object]]:
    """One text line: each part's characters 10 pt wide from its x."""
    return [{"text": ch, "x0": x + 10 * i, "x1": x + 10 * i + 10, "top": top, "bottom": top + 10, "size": 10.0}
            for x, text in parts for i, ch in enumerate(text)]


@pytest.mark.parametrize("right_rows,tables", [
    (5, 2),  # a second table beside the first: its own labels open three or more rows of figures
    (8, 2),  # the second goes on below the first
    (2, 1),  # near miss: two labelled rows only on the right (a column of notes beside one table)
])
def test_side_by_side_unruled_tables(right_rows: int, tables: int) -> None:
    from extract.ingest.tables.unruled import unruled_grids

    lines = []
    for k in range(5):
        parts: list[tuple[float, str]] = [(10, f"特会{k}"), (120, f"{k + 1},000")]
        if k < right_rows:
            parts += [(300, f"{k + 4}月補正"), (420, f"{k + 2},500千円")]
        lines.append(_line(20.0 * k, *parts))
    for k in range(5, right_rows):
        lines.append(_line(20.0 * k, (300, f"{k + 4}月補正"), (420, f"{k + 2},500千円")))
    grids = unruled_grids(lines, 1, 0, [])
    assert len(grids) == tables
    if tables == 2:
        left, right = grids
        assert all(c.bbox is not None and c.bbox[2] < 300 for c in left.cells)
        assert all(c.bbox is not None and c.bbox[0] >= 300 for c in right.cells)


@pytest.mark.parametrize("head,kept", [("一連番号", False), ("番号", False), ("No.", False), ("件数", True), ("番号別件数", True)])
def test_serial_numbers_are_no_cells(head: str, kept: bool) -> None:
    g = TableGrid(page=7, index=0, reader="pdf_ruled", caption=("（単位：千円）",), cells=(
        cell(0, 0, head, 10), cell(0, 1, "事項", 60), cell(0, 2, "限度額", 150),
        cell(1, 0, "12", 10), cell(1, 1, "庁舎清掃業務", 60), cell(1, 2, "4,500", 150)))
    assert [c["text"] for c in grid_cells("d", [g])] == (["12", "4,500"] if kept else ["4,500"])


@pytest.mark.parametrize("ruled_box,tables", [
    ((0.0, -5.0, 200.0, 100.0), 1),  # the left table is ruled: only the right one is read from the lines
    (None, 2),
])
def test_lines_across_a_ruled_table_keep_their_other_pieces(ruled_box: tuple[float, float, float, float] | None, tables: int) -> None:
    from extract.ingest.tables.unruled import unruled_grids

    lines = [_line(20.0 * k, (10, f"特会{k}"), (120, f"{k + 1},000"), (300, f"{k + 4}月補正"), (420, f"{k + 2},500千円"))
             for k in range(5)]
    grids = unruled_grids(lines, 1, 0, [ruled_box] if ruled_box else [])
    assert len(grids) == tables
    assert all(c.bbox is not None and c.bbox[0] >= 300 for c in grids[-1].cells)


@pytest.mark.parametrize("text,unit,label", [
    ("職員数 人", ("人", 1.0), "職員数"), ("金額 千円", ("yen", 1000.0), "金額"), ("職員数 (A)(人)", ("人", 1.0), "職員数 (A)"),
    ("事 業 名", None, "事 業 名"), ("件 名", None, "件 名"),  # near misses: one word letter-spaced, 名 is no unit
])
def test_trailing_unit(text: str, unit: tuple[str, float] | None, label: str) -> None:
    from extract.cells.printed import trailing_unit

    assert trailing_unit(text) == (unit, label)


@pytest.mark.parametrize("again,label", [("２級", "２級"), ("取崩", "２級 / 取崩")])  # near miss: a sub-row word
def test_row_label_printed_again_before_a_later_block(again: str, label: str) -> None:
    g = TableGrid(page=4, index=0, reader="pdf_ruled", caption=("（単位 人）",), cells=(
        cell(0, 0, "区分", 10), cell(0, 1, "一般行政職", 60), cell(0, 3, "教育職", 160),
        cell(1, 0, "２級", 10), cell(1, 1, "98", 60), cell(1, 2, again, 110), cell(1, 3, "89", 160)))
    out = {c["text"]: c["row_label"] for c in grid_cells("d", [g])}
    assert out == {"98": "２級", "89": label}
