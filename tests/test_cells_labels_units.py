"""Cells: numbered names kept whole, units that close a label, a 期間 column beside the row's name, and a
table printed beside another on the same rows (a spread read as two halves)."""
from __future__ import annotations

import pytest

from extract.cells import grid_cells, label_of
from extract.cells.printed import figure_text, is_formula, parse_number, repeated_unit, trailing_unit, unit_of
from extract.ingest.tables import cell_text
from extract.model import GridCell, TableGrid


@pytest.mark.parametrize("text,label", [
    ("１級", "１級"), ("2号給", "2号給"), ("４月専決", "４月専決"), ("12月補正", "12月補正"),
    # near misses: an enumeration before a name stays dropped
    ("4 共済費", "共済費"), ("1 市税", "市税"), ("10地方特例交付金", "地方特例交付金"), ("2 月額手当", "月額手当"),
])
def test_numbered_names_are_kept(text: str, label: str) -> None:
    assert label_of(text) == label


@pytest.mark.parametrize("text,unit,rest", [
    ("職員数 (A)(人)", ("人", 1.0), "職員数 (A)"), ("比率 (Ｂ)/(Ａ) (%)", ("percent", 1.0), "比率 (Ｂ)/(Ａ) "),
    ("職員数 人", ("人", 1.0), "職員数"), ("金額（千円）", ("yen", 1000.0), "金額"),
    # near misses: a bracketed code, a number and its unit, a unit alone
    ("小計(a)", None, "小計(a)"), ("1,234 千円", None, "1,234 千円"), ("（千円）", None, "（千円）"), ("個人", None, "個人"),
])
def test_trailing_unit(text: str, unit: tuple[str, float] | None, rest: str) -> None:
    assert trailing_unit(text) == (unit, rest)


def _grid(rows: list[list[str | None]], caption: tuple[str, ...] = (), x: float = 10.0, index: int = 0) -> TableGrid:
    cells = [GridCell(r, c, text, bbox=(x + 50 * c, 10.0 * r, x + 40 + 50 * c, 10.0 * r + 8))
             for r, row in enumerate(rows) for c, text in enumerate(row) if text is not None]
    box = (min(c.bbox[0] for c in cells if c.bbox), 0.0, max(c.bbox[2] for c in cells if c.bbox), 10.0 * len(rows) - 2)
    return TableGrid(page=1, index=index, cells=tuple(cells), reader="pdf_ruled", bbox=box, caption=caption)


@pytest.mark.parametrize("label,header,caption,unit,value,row_label", [
    ("職員数 (A)(人)", "税務職", ("（単位：千円）",), "人", 97, "職員数 (A)"),          # the row's unit beats the table's
    ("比率 (B)/(A) (%)", "税務職", ("（単位：千円）",), "percent", 97, "比率 (B)/(A)"),
    ("職員数 (A)(人)", "金額 (千円)", (), "yen", 97_000, "職員数 (A)"),                # the column's beats the row's
    ("給料", "職員数 人", ("（単位：千円）",), "人", 97, "給料"),                       # a unit line under a header
    ("給料", "税務職", ("（単位：千円）",), "yen", 97_000, "給料"),                     # near miss: no unit but the table's
])
def test_unit_precedence(label: str, header: str, caption: tuple[str, ...], unit: str, value: float, row_label: str) -> None:
    cells = grid_cells("d", [_grid([["区分", header], [label, "97"]], caption)])
    assert [(c["unit"], c["value"], c["row_label"]) for c in cells] == [(unit, value, row_label.replace(" ", ""))]


@pytest.mark.parametrize("period,row_label", [
    ("７年度", "証明発行業務"), ("９年度から11年度まで", "証明発行業務"), ("平成29年度から", "証明発行業務"),
    ("令和５年度", "証明発行業務 / 令和５年度"),  # near miss: a year is a sub-row, only a period is dropped
    ("事務費", "証明発行業務 / 事務費"),  # near miss: a word, not a period, is a sub-row
])
def test_period_beside_the_name_is_no_label(period: str, row_label: str) -> None:
    cells = grid_cells("d", [_grid([["事項", "限度額", "期間", "金額"], ["証明発行業務", "407,412", period, "85,591"]])])
    assert [c["row_label"] for c in cells] == ["証明発行業務", row_label]


@pytest.mark.parametrize("right_x,right_caption,unit,row_label", [
    (260.0, ("（単位：千円）",), "yen", "証明発行業務"),  # the right half of a spread: labels from the left, units shared
    (700.0, (), "yen", "証明発行業務"),
])
def test_table_beside_another_on_the_same_rows(right_x: float, right_caption: tuple[str, ...], unit: str, row_label: str) -> None:
    left = _grid([["事項", "限度額"], ["証明発行業務", "407,412"]], ("調書",))
    right = _grid([["期間", "金額"], ["９年度まで", "321,821"]], right_caption, x=right_x, index=1)
    if not right_caption:
        left = _grid([["事項", "限度額"], ["証明発行業務", "407,412"]], ("（単位：千円）",))
    cells = [c for c in grid_cells("d", [left, right]) if c["table"] == 1]
    assert [(c["unit"], c["row_label"]) for c in cells] == [(unit, row_label)]


def test_table_below_another_keeps_its_own_labels() -> None:
    top = _grid([["事項", "限度額"], ["証明発行業務", "407,412"]], ("（単位：千円）",))
    boxes = [(10.0, 100.0, 50.0, 108.0), (60.0, 100.0, 100.0, 108.0), (10.0, 110.0, 50.0, 118.0), (60.0, 110.0, 100.0, 118.0)]
    texts = [(0, 0, "区分"), (0, 1, "件数"), (1, 0, "条例"), (1, 1, "3")]
    below = TableGrid(page=1, index=1, reader="pdf_ruled", caption=(), bbox=(10.0, 100.0, 100.0, 118.0),
                      cells=tuple(GridCell(r, c, t, bbox=b) for (r, c, t), b in zip(texts, boxes)))
    cells = [c for c in grid_cells("d", [top, below]) if c["table"] == 1]
    assert [c["row_label"] for c in cells] == ["条例"]


def _chars(lines: list[str]) -> list[dict[str, object]]:
    return [{"text": ch, "x0": 10.0 + 10 * i, "x1": 19.0 + 10 * i, "top": 12.0 * k, "bottom": 12.0 * k + 10}
            for k, line in enumerate(lines) for i, ch in enumerate(line)]


@pytest.mark.parametrize("lines,text", [
    (["職員数", "人"], "職員数 人"), (["金額", "(千円)"], "金額 (千円)"),
    (["個", "人"], "個 人"),  # the unit word is kept apart; label_of joins it back
    (["1,234", "千円"], "1,234千円"), (["使用料及び賃", "借料"], "使用料及び賃借料"),  # near misses: joined as before
])
def test_unit_line_under_a_header_stays_apart(lines: list[str], text: str) -> None:
    assert cell_text(_chars(lines)) == text


class _Ruled:
    """What the ruled-grid reader takes from a pdfplumber Table: its cells and its bbox."""

    def __init__(self, cells: list[tuple[float, float, float, float]]) -> None:
        self.cells = cells
        self.bbox = (min(c[0] for c in cells), min(c[1] for c in cells), max(c[2] for c in cells), max(c[3] for c in cells))


def _text(text: str, x: float, top: float) -> list[dict[str, object]]:
    return [{"text": ch, "x0": x + 8 * i, "x1": x + 8 * i + 8, "top": top, "bottom": top + 8} for i, ch in enumerate(text)]


@pytest.mark.parametrize("stack,outer", [
    ([("令和８年", 50.0), ("１月１日", 60.0), ("現在", 70.0)], "令和８年１月１日現在"),  # lines one under the other
    ([("職", 50.0), ("員", 59.0), ("数", 68.0)], "職員数"),                           # a label a letter per line
    ([("令和８年", 30.0), ("現在", 70.0)], None),   # near miss: lines a row apart are two rows' labels
])
def test_stacked_label_lines_span_the_rows_of_their_cell(stack: list[tuple[str, float]], outer: str | None) -> None:
    from extract.ingest.tables.ruled import ruled_grid

    boxes = [(0.0, 0.0, 50.0, 20.0), (50.0, 0.0, 100.0, 20.0), (100.0, 0.0, 160.0, 20.0),
             (0.0, 20.0, 50.0, 100.0), (50.0, 20.0, 100.0, 100.0), (100.0, 20.0, 160.0, 100.0)]
    chars = _text("区分", 5, 6) + _text("級", 60, 6) + _text("職員数", 110, 6)
    for k, (lab, num) in enumerate([("１級", "60"), ("２級", "98"), ("３級", "92"), ("４級", "198")]):
        chars += _text(lab, 60, 30 + 20 * k) + _text(num, 150 - 8 * len(num), 30 + 20 * k)
    for text, top in stack:
        chars += _text(text, 2, top)
    grid = ruled_grid(_Ruled(boxes), chars, 1, 0, ("（単位：人）",))
    assert grid is not None
    labels = {c["text"]: c["row_label"] for c in grid_cells("d", [grid])}
    if outer:
        assert labels["98"] == f"{outer} / ２級" and labels["198"] == f"{outer} / ４級"
    else:
        assert not any("令和８年現在" in (v or "") for v in labels.values())


@pytest.mark.parametrize("row,col,caption,unit,value", [
    ("条例", "件数", ("（単位：千円）",), "件", 12),        # a column that counts, under a money unit header
    ("職員数", "本年度", ("（単位：千円）",), "人", 12),      # a row that counts
    ("職員数(A)", "本年度", (), "人", 12),
    ("給料", "件数 (千円)", (), "yen", 12_000),            # near miss: a unit written over the column wins
    ("給料", "本年度", ("（単位：千円）",), "yen", 12_000),  # near miss: no count word, the table's unit
    ("職員数構成比", "本年度", ("（単位：人、％）",), "percent", 12),  # near miss: a ratio of a count
])
def test_counted_noun_from_a_label(row: str, col: str, caption: tuple[str, ...], unit: str, value: float) -> None:
    cells = grid_cells("d", [_grid([["区分", col], [row, "12"]], caption)])
    assert [(c["unit"], c["value"]) for c in cells] == [(unit, value)]


@pytest.mark.parametrize("span,expected", [
    (3, "職員手当等の内訳 / 本年度"),  # a label down the table's side, starting in its header row
    (1, "本年度"),                      # near miss: a header cell over its column only
])
def test_side_label_from_the_header_row_is_the_outer_row_label(span: int, expected: str) -> None:
    cells = [GridCell(0, 0, "職員手当等の内訳", row_span=span, bbox=(10.0, 0.0, 20.0, 28.0)),
             GridCell(0, 1, "区分", bbox=(30.0, 0.0, 60.0, 8.0)), GridCell(0, 2, "地域手当", bbox=(70.0, 0.0, 100.0, 8.0)),
             GridCell(1, 1, "本年度", bbox=(30.0, 10.0, 60.0, 18.0)), GridCell(1, 2, "2,187", bbox=(70.0, 10.0, 100.0, 18.0)),
             GridCell(2, 1, "前年度", bbox=(30.0, 20.0, 60.0, 28.0)), GridCell(2, 2, "1,587", bbox=(70.0, 20.0, 100.0, 28.0))]
    grid = TableGrid(page=1, index=0, cells=tuple(cells), reader="pdf_ruled", caption=("（単位：千円）",))
    out = grid_cells("d", [grid])
    assert [(c["row_label"], c["col_label"]) for c in out][0] == (expected, "地域手当")


@pytest.mark.parametrize("above_x,expected", [
    (30.0, "号給数別内訳 / 2号給"),              # the spanning label beside it is the parent, not the label above at its place
    (10.0, "号給数別内訳 / 昇給に係る職員数(B) / 2号給"),  # near miss: a label above, left of it, stays a parent
])
def test_spanning_label_replaces_the_label_above_as_parent(above_x: float, expected: str) -> None:
    cells = [GridCell(0, 1, "区分", bbox=(30.0, 0.0, 60.0, 8.0)), GridCell(0, 3, "税務職", bbox=(130.0, 0.0, 160.0, 8.0)),
             GridCell(1, 1, "昇給に係る職員数(B)", bbox=(above_x, 10.0, 90.0, 18.0)), GridCell(1, 3, "78", bbox=(130.0, 10.0, 160.0, 18.0)),
             GridCell(2, 1, "号給数別内訳", row_span=2, bbox=(30.0, 20.0, 60.0, 38.0)),
             GridCell(2, 2, "2号給", bbox=(70.0, 20.0, 100.0, 28.0)), GridCell(2, 3, "2", bbox=(130.0, 20.0, 160.0, 28.0))]
    grid = TableGrid(page=1, index=0, cells=tuple(cells), reader="pdf_ruled", caption=("（単位：人）",))
    labels = {c["text"]: c["row_label"] for c in grid_cells("d", [grid])}
    assert labels["2"] == expected


@pytest.mark.parametrize("first,expected", [
    ("都市整備課", "県営事業負担金"), ("危機管理課", "県営事業負担金"),   # the department in charge beside the name
    ("道路橋りょう費", "道路橋りょう費 / 県営事業負担金"),             # near miss: a 目 beside the name is its parent
    ("課", "課 / 県営事業負担金"),                                      # near miss: too short to be a department
])
def test_department_beside_a_name_is_no_parent(first: str, expected: str) -> None:
    cells = grid_cells("d", [_grid([["担当課", "事業名", "事業費"], [first, "県営事業負担金", "30,809"]], ("（単位：千円）",))])
    assert [c["row_label"] for c in cells] == [expected]


@pytest.mark.parametrize("name_box,expected", [
    ((0.0, 20.0, 50.0, 62.0), "財政調整 / 取崩"),   # a name alone in a cell three lines high: the rows of its cell
    ((0.0, 38.0, 50.0, 49.0), "取崩"),              # near miss: a cell one line high names its own line only
])
def test_label_alone_in_a_tall_cell_spans_its_rows(name_box: tuple[float, float, float, float], expected: str) -> None:
    from extract.ingest.tables.ruled import ruled_grid

    boxes = [(0.0, 0.0, 50.0, 20.0), (50.0, 0.0, 100.0, 20.0), (100.0, 0.0, 160.0, 20.0), name_box,
             (50.0, 20.0, 100.0, 62.0), (100.0, 20.0, 160.0, 62.0)]
    chars = _text("区分", 5, 6) + _text("増減", 60, 6) + _text("当初", 120, 6) + _text("財政調整", 2, 40)
    for word, num, top in [("取崩", "△650", 28.0), ("積立", "7,479", 52.0)]:
        chars += _text(word, 60, top) + _text(num, 150 - 8 * len(num), top)
    chars += _text("1,795", 110, 40)
    grid = ruled_grid(_Ruled(boxes), chars, 1, 0, ("（単位：千円）",))
    assert grid is not None
    labels = {c["text"]: c["row_label"] for c in grid_cells("d", [grid])}
    assert labels["△650"] == expected


@pytest.mark.parametrize("merged,cols", [
    ("職員数構成比", ["一般行政職 / 職員数", "一般行政職 / 構成比"]),   # two neighbours' words written together
    ("職員数 構成比", ["一般行政職 / 職員数", "一般行政職 / 構成比"]),
    ("人数割合", ["一般行政職 / 人数割合", "一般行政職 / 人数割合"]),   # near miss: no such pair in the row: one header
])
def test_merged_header_cell_repeating_its_neighbours_is_split(merged: str, cols: list[str]) -> None:
    rows: list[list[str | None]] = [["区分", "一般行政職", None, "税務職", None], [None, merged, None, "職員数", "構成比"],
                                    ["１級", "60", "7.0", "14", "14.4"]]
    g = _grid(rows, ("（単位：人、％）",))
    g = TableGrid(page=1, index=0, reader="pdf_ruled", bbox=g.bbox, caption=g.caption, cells=tuple(
        GridCell(c.row, c.col, c.text, 1, 2 if (c.row, c.col) in ((0, 1), (0, 3), (1, 1)) else 1, c.bbox) for c in g.cells))
    cells = {c["col"]: c["col_label"] for c in grid_cells("d", [g])}
    assert [cells[1], cells[2]] == cols


@pytest.mark.parametrize("head_boxes,col", [
    ([(100.0, 0.0, 160.0, 24.0)], "令和６年度末残高"),                               # one ruled cell, a word wrapped
    ([(100.0, 0.0, 160.0, 12.0), (100.0, 12.0, 160.0, 24.0)], "令和６年度末 / 残高"),  # near miss: two cells, two levels
])
def test_header_word_wrapped_in_one_ruled_cell_is_one_label(head_boxes: list[tuple[float, float, float, float]], col: str) -> None:
    from extract.ingest.tables.ruled import ruled_grid

    boxes = [(0.0, 0.0, 100.0, 24.0), *head_boxes, (0.0, 24.0, 100.0, 70.0), (100.0, 24.0, 160.0, 70.0)]
    chars = _text("区分", 5, 8) + _text("令和６年度末", 105, 2) + _text("残高", 120, 13)
    for k, (lab, num) in enumerate([("財政調整", "1,795"), ("減債", "1,303"), ("退職手当", "212")]):
        chars += _text(lab, 5, 30 + 12 * k) + _text(num, 150 - 8 * len(num), 30 + 12 * k)
    grid = ruled_grid(_Ruled(boxes), chars, 1, 0, ("（単位：千円）",))
    assert grid is not None
    assert {c["col_label"] for c in grid_cells("d", [grid])} == {col}


# -- the budget book's 債務負担行為 / 地方債 / 説明 layouts (fresh gold, second pass) --

def _cells(rows: list[list[tuple[str, float, float]]], caption: tuple[str, ...] = ("（単位：千円）",)) -> list[dict]:
    """A grid from rows of (text, x0, x1) cells (columns in order, 21 pt per row, 10 pt high)."""
    cells = [GridCell(r, c, text, bbox=(x0, 21.0 * r, x1, 21.0 * r + 10)) for r, row in enumerate(rows)
             for c, (text, x0, x1) in enumerate(row) if text]
    box = (0.0, 0.0, 600.0, 21.0 * len(rows))
    return grid_cells("d", [TableGrid(page=1, index=0, cells=tuple(cells), reader="pdf_ruled", bbox=box, caption=caption)])


@pytest.mark.parametrize("second,row_label", [
    ("７年度から11年度まで", "運動施設等運営管理業務"), ("７年度", "運動施設等運営管理業務"),
    ("事務費", "運動施設等運営管理業務 / 事務費"),  # near miss: a word between the name and its figure is a sub-row
])
def test_period_before_the_figure_is_no_label(second: str, row_label: str) -> None:
    cells = grid_cells("d", [_grid([["事項", "期間", "限度額"], ["運動施設等運営管理業務", second, "１，１６１"]], ("（単位 千円）",))])
    assert [(c["row_label"], c["value"]) for c in cells] == [(row_label, 1_161_000)]


@pytest.mark.parametrize("title,col_label", [
    ("第３表 地方債", "限度額"), ("第2表 債務負担行為", "限度額"),
    ("地方債", "地方債 / 限度額"),  # near miss: a spanning header word that is no numbered title stays a label
])
def test_table_title_in_the_grid_is_no_column_label(title: str, col_label: str) -> None:
    cells = [GridCell(0, 0, title, col_span=3, bbox=(10, 0, 200, 8)), GridCell(1, 0, "起債の目的", bbox=(10, 10, 50, 18)),
             GridCell(1, 1, "限度額", bbox=(60, 10, 90, 18)), GridCell(1, 2, "起債の方法", bbox=(110, 10, 150, 18)),
             GridCell(2, 0, "財産管理事業", bbox=(10, 20, 50, 28)), GridCell(2, 1, "17,700", bbox=(60, 20, 90, 28)),
             GridCell(2, 2, "証書借入", bbox=(110, 20, 150, 28))]
    grid = TableGrid(page=1, index=0, cells=tuple(cells), reader="pdf_ruled", bbox=(10, 0, 200, 28), caption=("（単位 千円）",))
    # the 起債の方法 beside the figure is an attribute of the row, not a label
    assert [(c["col_label"], c["row_label"], c["value"]) for c in grid_cells("d", [grid])] == [(col_label, "財産管理事業", 17_700_000)]


@pytest.mark.parametrize("text,cut", [
    ("5.0％以内（ただし、利率見直し方式で借り入れる資金について）", "5.0％以内"), ("3人以上 (注)", "3人以上"),
    ("５，２００ただし、７年度から21年度までの15か年間に5.0％の利息を限度に", "５，２００"), ("5,200 （但し、利子補給）", "5,200"),
    # near misses: no proviso, no figure before the limit, a word that is no unit, a plain figure
    ("5.0％以内", "5.0％以内"), ("65歳以上（注）", "65歳以上（注）"), ("以内（ただし）", "以内（ただし）"), ("1,234", "1,234"),
    ("事業費ただし、5.0％", "事業費ただし、5.0％"), ("7年度ただし、", "7年度ただし、"),
])
def test_figure_before_its_proviso(text: str, cut: str) -> None:
    assert figure_text(text) == cut


@pytest.mark.parametrize("text,value,unit", [("5.0％以内", 5.0, "%"), ("3人以上", 3.0, "人"), ("1,234", 1234.0, ""),
                                             ("以内", None, None), ("5.0％以内外", None, None)])  # near misses
def test_figure_with_a_limit(text: str, value: float | None, unit: str | None) -> None:
    n = parse_number(text)
    assert (n.value, n.unit_text) == (value, unit) if value is not None else n is None or unit_of(n.unit_text) is None


@pytest.mark.parametrize("text,unit", [("千円千円", ("yen", 1000.0)), ("千円 千円", ("yen", 1000.0)), ("％ ％ ％", ("percent", 1.0)),
                                       ("千円 ％", None), ("千円円", None), ("金額金額", None)])  # near misses
def test_one_unit_printed_twice(text: str, unit: tuple[str, float] | None) -> None:
    assert repeated_unit(text) == unit


def test_unit_printed_twice_over_a_description_page() -> None:
    cells = _grid([["説明", None], ["千円千円", None], ["子育て支援事業費補助金", "33,210"]], ())
    grid = TableGrid(page=1, index=0, cells=tuple(GridCell(c.row, c.col, c.text, col_span=2 if c.row < 2 else 1, bbox=c.bbox)
                                                  for c in cells.cells), reader="pdf_ruled", bbox=cells.bbox)
    assert [(c["unit"], c["value"], c["col_label"]) for c in grid_cells("d", [grid])] == [("yen", 33_210_000, "説明")]


@pytest.mark.parametrize("text,label", [
    ("ファミリーサポートセンター事業 8,126×1／3", "ファミリーサポートセンター事業"), ("1歳児 21,000円×4,624人×1／2", "1歳児"),
    ("外国人児童保育事業 120×1か所×1／2", "外国人児童保育事業"), ("障害者相談支援事業32,110×1／4×0.6", "障害者相談支援事業"),
    # near misses: no formula, a number in the name, a bare multiplication in the name
    ("子育て支援事業費補助金", "子育て支援事業費補助金"), ("第2期共同電算事業", "第2期共同電算事業"), ("2歳児", "2歳児"),
])
def test_formula_is_no_part_of_the_label(text: str, label: str) -> None:
    assert label_of(text) == label


@pytest.mark.parametrize("first,second,has_figure,label", [
    (("18負担金、補助", 39, 116), ("及び交付金", 55, 105), False, "負担金、補助及び交付金"),
    # near misses: the second line has its own figure; the first line stops short of the column's edge
    (("18負担金、補助", 39, 116), ("及び交付金", 55, 105), True, "負担金、補助"),
    (("8旅費", 44, 75), ("普通旅費", 55, 95), False, "旅費"),
])
def test_wrapped_name_beside_description_items(first: tuple[str, float, float], second: tuple[str, float, float], has_figure: bool,
                                               label: str) -> None:
    rows = [[("区分", 58, 98), ("金額", 136, 176), ("説明", 200, 440), ("", 0, 0)],
            [first, ("4,905", 163, 187), ("003地域・家庭緑化費", 196, 297), ("15,496", 523, 552)],
            [second, ("4,905" if has_figure else "", 163, 187), ("001花いっぱい事業費", 206, 367), ("13,396", 487, 516)],
            [("負担金", 55, 85), ("205", 172, 187), ("", 0, 0), ("", 0, 0)],
            [("14工事請負費", 39, 105), ("800", 172, 187), ("", 0, 0), ("", 0, 0)]]
    cells = _cells(rows)
    assert next(c["row_label"] for c in cells if c["row"] == 1 and c["col"] == 1) == label
    assert next(c["row_label"] for c in cells if c["text"] == "13,396").endswith("花いっぱい事業費")


@pytest.mark.parametrize("text,formula", [("885×1／2", True), ("21,000円×4,624人×1／2", True), ("120×1か所×1／2", True),
                                          ("1,000", False), ("子育て支援事業 8,126×1／3", False), ("2×4住宅", False)])  # near misses
def test_formula_alone(text: str, formula: bool) -> None:
    assert is_formula(text) is formula


@pytest.mark.parametrize("first,col_label", [("885×1／2", "説明"), ("事業費", "説明 / 事業費")])  # near miss: a word is a header
def test_formula_line_over_the_body_is_no_header(first: str, col_label: str) -> None:
    cells = grid_cells("d", [_grid([[None, "説明"], [None, first], ["通学路防犯カメラ設置事業費補助金", "1,000"]], ("（単位 千円）",))])
    assert [(c["col_label"], c["value"]) for c in cells] == [(col_label, 1_000_000)]


@pytest.mark.parametrize("second,label", [
    ("子育て応援アプリ運用660×1／2", "ふじのくにフロンティア推進エリア形成事業費補助金"),  # an item with its formula: no wrap
    ("子育て応援アプリ運用", "ふじのくにフロンティア推進エリア形成事業費補助金子育て応援アプリ運用"),  # near miss: a wrapped line
])
def test_item_with_its_formula_is_no_wrapped_line(second: str, label: str) -> None:
    rows = [[("説明", 200, 440), ("", 0, 0)],
            [("ふじのくにフロンティア推進エリア形成事業費補助金", 196, 438), ("330", 537, 552)],
            [(second, 206, 448), ("", 0, 0)],
            [("地震・津波対策等減災交付金", 196, 448), ("897", 537, 552)]]
    assert [c["row_label"] for c in _cells(rows)][0] == label


@pytest.mark.parametrize("shift,col_label,unit", [(0.0, "節 / 金額", "yen"), (2.0, "節 / 金額", "yen"),
                                                  (40.0, None, "yen")])  # near miss: figures that end elsewhere (the page's 千円 only)
def test_headerless_piece_under_a_table_takes_its_columns_by_place(shift: float, col_label: str | None, unit: str | None) -> None:
    top = TableGrid(page=3, index=0, reader="pdf_ruled", bbox=(40, 100, 560, 200), cells=(
        GridCell(0, 0, "節", col_span=2, bbox=(100, 100, 120, 110)), GridCell(1, 0, "区分", bbox=(50, 120, 90, 130)),
        GridCell(1, 1, "金額", bbox=(136, 120, 176, 130)), GridCell(2, 1, "千円", bbox=(171, 134, 187, 142)),
        GridCell(3, 0, "1現年課税分", bbox=(44, 150, 105, 160)), GridCell(3, 1, "55,000", bbox=(156, 150, 187, 160))))
    piece = TableGrid(page=3, index=1, reader="pdf_ruled", bbox=(40, 300, 560, 320), cells=(
        GridCell(0, 0, "", col_span=3), GridCell(1, 0, "1環境性能割", bbox=(44, 310, 105, 320)),
        GridCell(1, 1, "50,000", bbox=(156 + shift, 310, 187 + shift, 320))))
    cells = [c for c in grid_cells("d", [top, piece]) if c["table"] == 1]
    assert [(c["col_label"], c["unit"]) for c in cells] == [(col_label, unit)]


@pytest.mark.parametrize("height,found", [(0.9, False), (2.5, False), (3.0, True), (10.0, True)])  # near misses: normal print
def test_printer_mark_is_no_cell(height: float, found: bool) -> None:
    cells = (GridCell(0, 0, "目", bbox=(10, 0, 40, 8)), GridCell(0, 1, "本年度予算額", bbox=(60, 0, 90, 8)),
             GridCell(1, 0, "延滞金", bbox=(10, 10, 40, 18)), GridCell(1, 1, "30,000", bbox=(60, 10, 90, 18)),
             GridCell(2, 0, "歳入予算書＿事項別明細書", bbox=(10, 30, 12, 30 + height)),
             GridCell(2, 1, "02", bbox=(60, 30, 62, 30 + height)))
    grid = TableGrid(page=1, index=0, cells=cells, reader="pdf_ruled", bbox=(10, 0, 90, 40), caption=("（単位 千円）",))
    assert [c["text"] for c in grid_cells("d", [grid])] == ["30,000"] + (["02"] if found else [])


@pytest.mark.parametrize("carried,col_label", [
    ("未熟児訪問指導ほか", "説明"), ("協力貸出用365冊", "説明"),  # lines carried over under the units: no header
    (None, "説明"),  # near miss: nothing under the units
])
def test_lines_under_the_units_row_are_no_header(carried: str | None, col_label: str) -> None:
    cells = grid_cells("d", [_grid([[None, "説明"], [None, "千円"], [None, carried], ["母子保健事業費", "1,234"]], ())])
    assert [(c["col_label"], c["unit"], c["value"]) for c in cells] == [(col_label, "yen", 1_234_000)]


def test_a_header_word_over_the_units_stays_a_label() -> None:  # near miss: the label above the units is kept
    cells = grid_cells("d", [_grid([[None, "説明"], [None, "金額"], [None, "千円"], ["母子保健事業費", "1,234"]], ())])
    assert [c["col_label"] for c in cells] == ["説明 / 金額"]


@pytest.mark.parametrize("count,unit,value", [
    ("151人", "yen", 167_622_000),  # a count under the units: the units close the header, the amount takes 千円
    (None, "yen", 167_622_000),  # near miss: nothing between
])
def test_counts_under_the_units_row_are_body(count: str | None, unit: str, value: float) -> None:
    cells = grid_cells("d", [_grid([["説明", None, None], ["千円", None, None], ["児童発達支援", count, None],
                                    ["自立支援医療費", None, "167,622"]], ())])
    assert [(c["unit"], c["value"]) for c in cells if c["text"] == "167,622"] == [(unit, value)]
    assert [c["unit"] for c in cells if c["text"] == "151人"] == (["人"] if count else [])


@pytest.mark.parametrize("head,label", [
    ("国保連審査支払件数1,300件／月", "児童発達支援"), ("居室確保事業54日", "児童発達支援"),  # an item closed by its count
    ("要援護高齢", "要援護高齢児童発達支援"),  # near miss: a cut word wraps
])
def test_item_closed_by_its_count_is_no_wrapped_head(head: str, label: str) -> None:
    rows = [[("説明", 200, 440), ("", 0, 0)], [("計画", 236, 256), ("12", 433, 448)],
            [(head, 236, 448), ("", 0, 0)], [("児童発達支援", 236, 297), ("151", 423, 448)]]
    assert [c["row_label"] for c in _cells(rows) if c["text"] == "151"] == [label]
