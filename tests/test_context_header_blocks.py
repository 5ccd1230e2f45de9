"""A figure with no label on its line takes its column's header (issue 21, context/header_blocks.py): a stacked header
block over rows whose figures wrap their unit and note onto the lines after them; a label cell above a lone figure. The
variants are written in layouts and wordings no dev set uses (other column orders, eras, units, header cells joined or
split); near misses keep their reading."""
from __future__ import annotations

import pytest

from .helpers import mentions


def _by_line(*texts: str) -> dict[int, list[tuple[str, str, int | None]]]:
    out: dict[int, list[tuple[str, str, int | None]]] = {}
    for m in mentions(*texts):
        if m.kind == "amount":
            out.setdefault(m.line_index, []).append((m.text.strip(), m.role, m.fy))
    return out


# a stacked header, each column's year and its label on two lines; envelope cells wrapped over three lines
_REIWA = [
    "第2表 防犯対策関係予算の推移(単位:千円)",
    "区分",
    "令和4年度",
    "当初予算額",
    "令和5年度",
    "当初予算額",
    "令和6年度",
    "当初予算額",
    "対前年度",
    "増減",
    "(1) 地域安全推進事業(警察庁) 25,400",
    "千円",
    "の内数",
    "26,100",
    "千円",
    "の内数",
    "27,300",
    "千円",
    "の内数",
    "(2) 防犯灯の整備(総務省) 5,000",
    "千円",
    "の内数",
    "5,500",
    "千円",
    "の内数",
]


def test_a_stacked_header_gives_each_wrapped_cell_its_column():
    got = _by_line(*_REIWA)
    assert got[10] == [("25,400", "budget", 2022)]  # two years back: a budget of its own year (a trap, no row)
    assert got[13] == [("26,100", "previous_budget", 2023)]
    assert got[16] == [("27,300", "budget", 2024)]
    assert got[19] == [("5,000", "budget", 2022)]
    assert got[22] == [("5,500", "previous_budget", 2023)]


def test_other_column_order_and_header_cells_joined_on_one_line():
    # the newest year first, each header cell whole on its line (year and label joined), 億円, a settlement column
    got = _by_line(
        "参考表 (単位:億円)",
        "項目",
        "平成31年度予算額",
        "平成30年度予算額",
        "平成29年度決算額",
        "1 河川の整備 120",
        "億円",
        "の内数",
        "118",
        "億円",
        "の内数",
        "101",
        "億円",
        "の内数",
    )
    assert got[5] == [("120", "budget", 2019)]
    assert got[8] == [("118", "previous_budget", 2018)]
    assert got[11] == [("101", "other", 2017)]  # 決算: a result


def test_a_bare_cell_between_mentions_keeps_the_cells_in_their_columns():
    # `▲161` and the bare cells are no mentions, yet they fill their columns: the envelope after them is the fourth
    got = _by_line(
        "(単位:百万円)",
        "事項",
        "令和3年度",
        "当初",
        "令和4年度",
        "当初",
        "比較",
        "増減額",
        "令和3年度",
        "決算",
        "a 港湾の保安対策(国土交通省) 14 16 2",
        "(b) 空港の保安対策(国土交通省) 1,200",
        "百万円",
        "の内数※",
        "1,350",
        "百万円",
        "の内数※",
    )
    assert 10 not in got  # bare cells under a header unit stay no mentions (every set's gold)
    assert got[11] == [("1,200", "previous_budget", 2021)]
    assert got[14] == [("1,350", "budget", 2022)]


def test_a_label_cell_above_a_lone_figure_is_its_header():
    got = _by_line(
        "(2) 防災教育推進事業",
        "内閣府においては、防災教育の普及を図る。",
        "令和5年度予算額",
        "88百万円",
        "令和4年度予算額",
        "80",
    )
    assert got[3] == [("88百万円", "budget", 2023)]


@pytest.mark.parametrize("texts", [
    # a statistics table of year columns whose header names no money kind: the years only, no budget role
    ["(単位:百万円)", "区分", "令和3年度", "件数", "令和4年度", "件数", "1 相談 1,200", "百万円", "1,300", "百万円"],
    # a results column (`金額(実績)`) is a settlement's, no budget
    ["(単位:千円)", "区分", "令和3年度", "金額(実績)", "令和4年度", "金額(実績)", "1 補助 3,000", "千円", "3,400", "千円"],
])
def test_a_header_that_names_no_budget_gives_no_budget_role(texts):
    for line in _by_line(*texts).values():
        for _, role, _ in line:
            assert role == "other"


def test_a_label_in_prose_heads_nothing():
    got = _by_line(
        "交通安全白書 参考資料",
        "令和6年度",
        "当初予算額",
        "令和5年度",
        "当初予算額",
        "1 交通安全教育 300",
        "百万円",
        "280",
        "百万円",
        "なお、この事業には別途45百万円を充てる。",
        "予算額の推移を見ると、増加傾向にある。",
        "12百万円",
    )
    assert got[5] == [("300", "budget", 2024)]
    assert got[7] == [("280", "previous_budget", 2023)]
    assert got[11][0][1] == "other"  # the line above is a sentence, no label cell


def test_a_chart_stack_of_bare_labels_still_takes_its_unit():
    # rules/stacked.py: only a NAMED row ending in a bare cell claims the unit wrapped below it
    got = _by_line("予算の推移", "1,200", "1,500", "万円")
    assert got[1][0][0] == "1,200" and got[2][0][0] == "1,500"


@pytest.mark.parametrize("texts, amounts", [
    # the unit wrapped under a named row's last bare cell is that cell's: the rows above keep their bare cells bare
    (["1 治水 780 790 ▲10", "(1) 河川の整備 1,200", "億円", "の内数"], ["1,200"]),
    # and on the row itself, its other bare cells stay bare
    (["a 砂防の整備 107 3,632", "百万円", "の内数"], ["3,632"]),
    # a chart's stack of bare labels (no name before them) still takes the unit below
    (["予算の推移", "9,700", "万円", "9,000", "基準年度", "万円 8,700"], ["9,700", "9,000"]),
])
def test_a_wrapped_unit_belongs_to_the_cell_right_above_it(texts, amounts):
    got = [m.text.strip() for m in mentions(*texts) if m.kind == "amount"]
    assert got == amounts


def test_a_strip_of_years_on_a_named_row_keeps_every_year():
    got = [m.text for m in mentions("減少 黒字 → 返還 2025 2026 2027", "年度 年度 年度", "以上") if m.kind == "fiscal_year"]
    assert got == ["2025", "2026", "2027"]


def _cells_table(header: list[str], rows: list[list[str]], bar: str = " |") -> list[str]:
    return ["財政状況の公表", "執行状況(単位:千円)"] + [c + bar for c in header] + [c + bar for row in rows for c in row]


@pytest.mark.parametrize("bar", [" |", ""])
def test_a_table_one_cell_a_line_gives_its_budget_column_its_role(bar):
    # a header naming each column's kind and no year; the rows are accounts: each budget is its account's whole
    texts = _cells_table(["会計", "当初予算額", "執行済額", "執行率"],
                         [["一般", "5,120,000千円", "2,300,000千円", "44.9%"], ["介護保険", "1,800,000千円", "900,000千円", "50.0%"]], bar)
    got = {m.text.strip(): m for m in mentions(*texts) if m.kind == "amount"}
    assert got["5,120,000千円"].role == "budget" and got["5,120,000千円"].total_of == "一般"
    assert got["1,800,000千円"].role == "budget"
    assert got["900,000千円"].role == "other"


@pytest.mark.parametrize("header", [
    ["区分", "件数", "金額(実績)", "割合"],  # no budget column: a statistics table stays other
    ["区分", "前年度", "本年度", "伸び"],  # years, no kind of money: the year readers' (context/cell_columns.py)
])
def test_a_table_one_cell_a_line_without_a_budget_column_gives_no_budget(header):
    texts = _cells_table(header, [["相談", "120件", "3,000千円", "10%"], ["訪問", "80件", "2,000千円", "5%"]])
    got = [m for m in mentions(*texts) if m.kind == "amount"]
    assert got and all(m.role == "other" for m in got)


def test_a_label_cell_broken_over_two_lines_above_its_figure():
    got = _by_line("令和7年度予算の概算要求に当たっての基本的な方針", "概要", "前年度", "予算額", "80.8兆円")
    assert got[4] == [("80.8兆円", "previous_budget", 2024)]


@pytest.mark.parametrize("texts, role", [
    # a line with a mention above the label is no half of it
    (["事業の概要", "職員 0.5人", "予算額", "3億円"], "budget"),
    # two cells that name no money together stay as they were
    (["事業の概要", "実施", "期間", "3億円"], "other"),
])
def test_near_misses_of_a_broken_label_cell(texts, role):
    got = _by_line(*texts)
    assert got[3][0][1] == role


# near misses of a header block (the merged suite's: scopes and legends the earlier rules read, no table's header)
@pytest.mark.parametrize("texts, figure, role, fy", [
    # an outline's heading is no header cell: the section's own year and kind hold (fiscal_scope's innermost scope)
    (["令和6年度当初予算の概要", "■令和5年度補正予算", "○道路整備事業 1億円", "■主な事業", "○橋梁補修事業 2億円"],
     "1億円", "supplementary_budget", 2023),
    (["令和7年度予算の概要", "◆令和6年度補正予算", "・公園整備事業 3,000万円"], "3,000万円", "supplementary_budget", 2024),
    # a word holding two figures (an item and its change in brackets) is no cell: the legend's change stays other
    (["令和6年度当初予算", "令和6年度当初予算の主な事業（ ）内は対前年度増減額", "道路維持補修事業 4億2,000万円（3,000万円）"],
     "3,000万円", "other", 2024),
    # a caption that names a budget's kind is no label cell of the figure under it
    (["補正予算額の推移", "2,500万円"], "2,500万円", None, None),
])
def test_near_misses_of_a_header_block(texts, figure, role, fy):
    found = [(r, y) for line in _by_line(*texts).values() for t, r, y in line if t == figure]
    assert found, figure
    if role is None:
        assert found[0][0] != "supplementary_budget"
    else:
        assert found[0] == (role, fy)


@pytest.mark.parametrize("texts, scale, other", [
    # a package's pillars under a header that names no year, one column its project scale (GUIDE: 事業規模 is support)
    (["<経済対策の規模>", "(財政支出) (事業規模)", "1)物価高への対応 3.2兆円程度 4.1兆円程度",
      "2)成長力の強化 6.0兆円程度 12.5兆円程度", "合計 9.2兆円程度 16.6兆円程度"],
     ["4.1兆円", "12.5兆円", "16.6兆円"], ["3.2兆円", "6.0兆円", "9.2兆円"]),
    (["県の緊急対策", "国費 事業規模", "①中小企業の資金繰り支援 120億円 850億円", "②観光需要の喚起 45億円 90億円"],
     ["850億円", "90億円"], ["120億円", "45億円"]),
    (["脱炭素緊急対策の概要", "(事業規模) (うち県費)", "1 省エネ設備導入支援 30億円 12億円", "2 農業者の燃料費支援 8億円 4億円"],
     ["30億円", "8億円"], ["12億円", "4億円"]),  # the scale first
    # a `|` table's header row (fixr20): a town's support measures with a budget column, a city's package scale first
    (["令和7年度 商工振興施策（北浦町）", "| 事業名 | 予算額 | 事業規模 |", "|---|---|---|", "| 利子補給 | 8,000万円 | 40億円 |",
      "| 販路開拓支援 | 2,000万円 | 6億円 |"], ["40億円", "6億円"], ["8,000万円", "2,000万円"]),
    (["物価高騰対策の規模（南川市）", "| 区分 | 事業規模（億円） | 市費 |", "|---|---|---|", "| 家計支援 | 52億円 | 18億円 |",
      "| 事業者支援 | 96億円 | 31億円 |"], ["52億円", "96億円"], ["18億円", "31億円"]),
])
def test_a_scale_column_of_a_header_with_no_year_is_support(texts, scale, other):
    got = {text: role for row in _by_line(*texts).values() for text, role, _ in row}
    assert [got[t] for t in scale] == ["support"] * len(scale)
    assert all(got[t] != "support" for t in other)


@pytest.mark.parametrize("texts", [
    ["経済対策", "(財政支出) (国費)", "1)物価高への対応 3.2兆円程度 2.1兆円程度"],  # no scale's column
    ["脱炭素対策", "区分 予算額 事業規模", "1 省エネ設備導入支援 30億円"],  # one figure under three cells: no column read
    ["脱炭素対策", "令和6年度 事業規模", "1 省エネ設備導入支援 30億円 45億円"],  # a year written: a block of years' columns
    # `|` tables: a project's cost column, a budget column, a market's size, a year's column: no scale
    ["道路整備の状況", "| 路線 | 事業費 | 財政支出 |", "|---|---|---|", "| 県道3号 | 45億円 | 30億円 |"],
    ["主要事業", "| 事業名 | 予算額 | 前年度予算額 |", "|---|---|---|", "| 防災無線 | 3億円 | 2億円 |"],
    ["県内産業の概要", "| 分野 | 市場規模 | 事業所数 |", "|---|---|---|", "| 観光 | 2,800億円 | 3,900事業所 |"],
    ["対策の推移", "| 区分 | 令和6年度 | 事業規模 |", "|---|---|---|", "| 家計支援 | 52億円 | 96億円 |"],
])
def test_near_misses_of_a_scale_column(texts):
    assert all(role != "support" for row in _by_line(*texts).values() for _, role, _ in row)
