"""Cells from table grids: numbers as printed, units from cell/column/unit header, label paths, sums,
budgets rows from programme rows; and the PDF tables of a real budget summary against its cells gold."""
from __future__ import annotations

import json
import unicodedata
from pathlib import Path

import pytest

from extract.cells import (
    cell_budget_records,
    fiscal_year,
    grid_cells,
    header_units,
    held_back_cells,
    label_of,
    parse_number,
    sum_failures,
    unit_of,
)
from extract.model import GridCell, TableGrid

DATA = Path(__file__).parent / "data"


@pytest.mark.parametrize("text,value,unit", [
    ("1,234", 1234, ""), ("△ 1.2", -1.2, ""), ("▲7.8％", -7.8, "%"), ("2.7％増", 2.7, "%"), ("3.1％減", -3.1, "%"),
    ("(33.5％)", 33.5, "%"), ("（1.1％）", 1.1, "%"), ("68,310千円", 68310, "千円"), ("１４件", 14, "件"), ("0", 0, ""),
])
def test_parse_number(text: str, value: float, unit: str) -> None:
    n = parse_number(text)
    assert n is not None and n.value == pytest.approx(value) and unicodedata.normalize("NFKC", n.unit_text) == unit


@pytest.mark.parametrize("text", ["－", "-", "", "  ", "市税", "8年度から12年度まで", "264,100×32.9％", "R8"])
def test_parse_number_near_misses(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize("word,expected", [
    ("千円", ("yen", 1000.0)), ("百万円", ("yen", 1e6)), ("億円", ("yen", 1e8)), ("円", ("yen", 1.0)), ("％", ("percent", 1.0)),
    ("千人", ("人", 1000.0)), ("件", ("件", 1.0)), ("（千円）", ("yen", 1000.0)), ("金額", None), ("年度", None),
])
def test_unit_of(word: str, expected: tuple[str, float] | None) -> None:
    assert unit_of(word) == expected


@pytest.mark.parametrize("caption,units", [
    (["（単位：千円、％）"], [("yen", 1000.0), ("percent", 1.0)]), (["(単位 百万円、％)"], [("yen", 1e6), ("percent", 1.0)]),
    (["（単位：円）"], [("yen", 1.0)]), (["２．歳入", "(単位 人､％)"], [("人", 1.0), ("percent", 1.0)]),
    (["単位を揃える"], []), (["（億円）"], []),
])
def test_header_units(caption: list[str], units: list[tuple[str, float]]) -> None:
    assert header_units(caption) == units


@pytest.mark.parametrize("text,label", [
    ("1.市民税", "市民税"), ("(1) 給料", "給料"), ("002 会計事務費", "会計事務費"), ("4 共済費", "共済費"),
    ("地 方 交 付 税", "地方交付税"), ("小計(a)", "小計(a)"), ("2020年度", "2020年度"), ("10地方特例交付金", "地方特例交付金"),
])
def test_label_of(text: str, label: str) -> None:
    assert label_of(text) == label


def _grid(rows: list[list[str]], caption: tuple[str, ...] = (), page: int = 1, spans: dict[tuple[int, int], int] | None = None,
          ) -> TableGrid:
    cells = []
    for r, row in enumerate(rows):
        for c, text in enumerate(row):
            if text is not None:
                box = (10.0 + 50 * c, 10.0 * r, 40.0 + 50 * c, 10.0 * r + 8)
                cells.append(GridCell(r, c, text, col_span=(spans or {}).get((r, c), 1), bbox=box))
    return TableGrid(page=page, index=0, cells=tuple(cells), reader="pdf_ruled", caption=caption)


def test_two_level_header_and_mixed_unit_header() -> None:
    g = _grid([["区分", "令和8年度当初予算", None, "比較", None],
               [None, "予算額", "構成比", "増減額", "伸率"],
               ["市税", "6,538,777", "25.6", "177,877", "2.8"],
               ["その他", "－", "0.5", "△ 1,110", "△ 1.2"]],
              caption=("（単位：千円、％）",), spans={(0, 1): 2, (0, 3): 2})
    cells = {(c["row"], c["col"]): c for c in grid_cells("d", [g])}
    assert cells[(2, 1)]["value"] == 6_538_777_000 and cells[(2, 1)]["unit"] == "yen"
    assert cells[(2, 1)]["col_label"] == "令和8年度当初予算 / 予算額" and cells[(2, 1)]["row_label"] == "市税"
    assert cells[(2, 2)]["unit"] == "percent" and cells[(2, 2)]["value"] == 25.6
    assert cells[(3, 3)]["value"] == -1_110_000 and cells[(3, 4)]["value"] == -1.2
    assert (3, 1) not in cells  # a dash is no cell


def test_unit_in_cell_and_column_header_win_over_the_unit_header() -> None:
    g = _grid([["区分", "金額", "人数"], [None, "千円", "人"], ["A", "1,000", "12"], ["B", "5百万円", "3"]], caption=("（単位：円）",))
    cells = {(c["row"], c["col"]): c for c in grid_cells("d", [g])}
    assert cells[(2, 1)]["value"] == 1_000_000 and cells[(2, 2)]["unit"] == "人"
    assert (3, 1) not in cells or cells[(3, 1)]["unit"] == "yen"


def test_table_continued_on_next_page_takes_its_header() -> None:
    first = _grid([["款", "本年度予算額"], [None, "千円"], ["市税", "100"]], page=3)
    second = _grid([["地方債", "200"], ["諸収入", "300"]], page=4)
    cells = grid_cells("d", [first, second])
    later = [c for c in cells if c["page"] == 4]
    assert [c["col_label"] for c in later] == ["本年度予算額"] * 2 and {c["unit"] for c in later} == {"yen"}


@pytest.mark.parametrize("total,held,rows", [
    ("600", False, ["A", "B", "C"]), ("601", False, ["A", "B", "C"]), ("550", True, ["A", "B", "C"]),
    # a total above the rows a page shows: its first rows may be on the page before, nothing to check
    ("650", False, ["A", "B", "C"]),
    # after a subtotal the rows are known: a wrong grand total fails
    ("950", True, ["A", "B", "小計", "C"]), ("900", False, ["A", "B", "小計", "C"]),
])
def test_sums(total: str, held: bool, rows: list[str]) -> None:
    values = {"A": "100", "B": "200", "小計": "300", "C": "600"} if "小計" in rows else {"A": "100", "B": "200", "C": "300"}
    g = _grid([["区分", "金額"], [None, "千円"], *[[r, values[r]] for r in rows], ["合計", total]])
    cells = grid_cells("d", [g])
    assert bool(sum_failures(cells)) is held
    kept, back = held_back_cells(cells)
    assert (len(back) == len(cells)) is held and len(kept) + len(back) == len(cells)


@pytest.mark.parametrize("child,col,role,rows", [
    ("001 会計事務事業費", "説明", "budget", 1),  # a 事業 under its 細目: one row (the 細目 is a group)
    ("001 会計事務事業費", "本年度予算額", "budget", 1),
    ("パートタイム会計年度任用職員", "説明", None, 0),  # not coded: a line of the 細目, no programme
    ("001 会計事務事業費", "構成比", None, 0),  # near miss: not a budget column
])
def test_budgets_from_programme_rows(child: str, col: str, role: str | None, rows: int) -> None:
    def cell(r: int, c: int, text: str, x0: float) -> GridCell:
        return GridCell(r, c, text, bbox=(x0, 10.0 * r, x0 + 60, 10.0 * r + 8))

    g = TableGrid(page=1, index=0, reader="pdf_ruled", cells=(
        cell(0, 0, "事業", 10), cell(0, 1, col, 100), cell(0, 2, "前年度予算額", 150),
        cell(1, 1, "千円", 100), cell(1, 2, "千円", 150),
        cell(2, 0, "002 会計事務費", 10), cell(2, 1, "44,069", 100), cell(2, 2, "40,000", 150),
        cell(3, 0, child, 25), cell(3, 1, "44,069", 100), cell(3, 2, "40,000", 150)))
    out = cell_budget_records(grid_cells("d", [g]), "令和６年度一般会計予算書")
    assert len(out) == rows
    if rows:
        assert out[0]["role"] == role and out[0]["budget_yen"] == 44_069_000 and out[0]["fy"] == 2024
        assert out[0]["program"] == "会計事務事業費" and out[0]["parent"] == "会計事務費"
        assert out[0]["previous_budget_yen"] == 40_000_000 and out[0]["origin"] == "cell"


@pytest.mark.parametrize("text,fy", [("令和８年度当初予算", 2026), ("平成31年度", 2019), ("令和元年度", 2019), ("2024年度", 2024),
                                     ("R6当初予算額", 2024), ("H30FY", 2018), ("2024年", None), ("R6.4.1現在", None)])
def test_fiscal_year(text: str, fy: int | None) -> None:
    assert fiscal_year(text) == fy


def _norm(s: object) -> str:
    t = "".join(unicodedata.normalize("NFKC", str(s or "")).split())
    return t[1:-1] if len(t) >= 2 and t[0] in "(（" and t[-1] in ")）" else t


@pytest.mark.slow
@pytest.mark.parametrize("doc,pages", [("nankoku_r8_tousho_yosan_2026-02-24", (3, 11))])
def test_pdf_tables_against_gold(doc: str, pages: tuple[int, ...]) -> None:
    import pdfplumber

    from extract.ingest.layout import page_lines

    gold = [json.loads(x) for x in (DATA / "gold" / "cells" / f"{doc}.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    gold = [g for g in gold if g["page"] in pages]
    grids: list[TableGrid] = []
    with pdfplumber.open(DATA / "decks" / "tables" / f"{doc}.pdf") as pdf:
        for n in pages:
            page_lines(pdf.pages[n - 1], grids, n)
    pred = grid_cells(doc, grids)
    found = ok = 0
    for g in gold:
        match = [p for p in pred if p["page"] == g["page"] and _norm(p["text"]) == _norm(g["text"])
                 and _norm(p["col_label"]) == _norm(g["col_label"])]
        if match:
            found += 1
            ok += any(abs(p["value"] - g["value"]) < 1e-6 and p["unit"] == g["unit"] for p in match)
    assert found >= 0.95 * len(gold) and ok >= 0.99 * found


@pytest.mark.parametrize("text,expected", [
    ("区分\t予算額\t構成比\n市税\t6,538,777\t25.6\n地方交付税\t4,950,000\t19.4\n合計\t11,488,777\t45.0\n", 6),
    ("区分  予算額\n市税  100\n国税  200\n計  300\n", 3),
    ("市税\t100\n本文の行です\n国税\t200\n", 0),  # near miss: the lines are not consecutive
    ("一行目  1\n二行目  2  3\n三行目  4\n", 0),  # near miss: field counts differ
])
def test_text_deck_tables(text: str, expected: int) -> None:
    from extract.ingest.tables import text_tables

    cells = grid_cells("t", text_tables(text.splitlines()))
    assert len(cells) == expected
    assert all(c["page"] is None and c["line"] is not None for c in cells)
    if expected:
        assert cells[0]["row_label"] == "市税" and cells[0]["col_label"] == "予算額"


@pytest.mark.parametrize("second,joined", [("借料", True), ("計", False), ("消耗品費", False)])
def test_wrapped_label_is_joined(second: str, joined: bool) -> None:
    # `13使用料及び賃` reaches the label column's widest edge; `借料` on the next line, no figure, continues it
    wide = GridCell(2, 0, "13使用料及び賃", bbox=(40.0, 30.0, 100.0, 40.0))
    short = GridCell(4, 0, "1報酬", bbox=(40.0, 50.0, 70.0, 60.0))
    cont = GridCell(3, 0, second, bbox=(52.0, 41.0, 80.0 if second != "消耗品費" else 90.0, 49.0))
    cells = [GridCell(0, 1, "金額"), GridCell(1, 1, "千円"), wide, GridCell(2, 1, "66", bbox=(120.0, 30.0, 140.0, 40.0)), cont,
             short, GridCell(4, 1, "674", bbox=(120.0, 50.0, 140.0, 60.0))]
    if second == "消耗品費":
        cells[2] = GridCell(2, 0, "13使用料", bbox=(40.0, 30.0, 70.0, 40.0))  # not at the column's edge: no wrap
    g = TableGrid(page=1, index=0, cells=tuple(cells), reader="pdf_ruled")
    first = grid_cells("d", [g])[0]
    assert (first["row_label"] == "使用料及び賃借料") is joined


def test_short_word_before_a_later_figure_is_a_sub_row() -> None:
    g = _grid([["基金", "残高", "当初", None],
               ["財政調整", "1,945,205", "取崩", "△ 650,000"],
               [None, None, "積立", "7,479"]], caption=("（単位：千円）",), spans={(0, 2): 2})
    labels = {c["text"]: c["row_label"] for c in grid_cells("d", [g])}
    assert labels["△ 650,000"] == "財政調整 / 取崩" and labels["7,479"] == "財政調整 / 積立"
    assert labels["1,945,205"] == "財政調整"


@pytest.mark.slow
def test_chart_value_labels_with_the_page_unit_header() -> None:
    import pdfplumber

    from extract.ingest.layout import page_lines

    doc = "mof_r6_ippan_yosan_kousei_2024-04"
    gold = [json.loads(x) for x in (DATA / "gold" / "cells" / f"{doc}.jsonl").read_text(encoding="utf-8").splitlines() if x.strip()]
    grids: list[TableGrid] = []
    with pdfplumber.open(DATA / "decks" / "tables" / f"{doc}.pdf") as pdf:
        page_lines(pdf.pages[0], grids, 1)
    assert any(g.reader == "pdf_chart" for g in grids)
    pred = grid_cells(doc, grids)
    found = [g for g in gold if any(_norm(p["text"]) == _norm(g["text"]) and abs(p["value"] - g["value"]) < 1e-6
                                    and p["unit"] == g["unit"] for p in pred)]
    assert len(found) >= 0.95 * len(gold)


@pytest.mark.parametrize("per_deck,expected", [(12, 2), (1, 1)])
def test_table_figures_one_per_table_within_the_deck_limit(per_deck: int, expected: int) -> None:
    from extract.report.figures import table_figures

    cells = [{"doc": "d", "page": 1, "table": t, "x0": 10.0 + r, "top": 20.0 * r, "x1": 40.0 + r, "bottom": 20.0 * r + 8}
             for t in (0, 1) for r in range(3)] + [{"doc": "t", "page": None, "table": 0, "x0": None, "top": None, "x1": None,
                                                    "bottom": None}]
    figs = table_figures(cells, per_deck)
    assert len(figs) == expected and all(len(f.cells) == 3 for f in figs)
    assert figs[0].box == (10.0, 0.0, 42.0, 48.0)


@pytest.mark.parametrize("text,wide", [
    ("補", True), ("漢字", True), ("１", True),
    # near misses: a PDF char holding several characters (a ligature, an unmapped glyph) is measured, never an error
    ("ﬀ", False), ("(cid:12)", False), ("a", False), ("", False), ("補a", False),
])
def test_a_pdf_char_of_several_characters_is_measured_whole(text, wide):
    """A real scanned booklet (decks/office/r3fy_fc_all_scanned.pdf) failed whole on such a char in an unruled table."""
    from extract.ingest.tables.chars import cjk as _cjk

    assert _cjk(text) is wide
