"""Budget tables flattened into text, one cell a line (issue 21, fresh26b's shape; context/stacked_legends.py and the
share legend of context/shares.py): a legend or the labels stacked right above a cell's figures say each figure's
budget and year; a list's header names its last column the budget's; a row label says what its cells' brackets hold.
Each shape in several variants, with the near misses."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


def roles(*texts: str) -> dict[str, tuple[str | None, int | None]]:
    return {t: (m.role, m.fy) for t, m in amounts_by_text(*texts).items()}


_LEGEND = ["上段", "中段", "下段", "平成27年度当初", "平成26年度当初", "平成26年度最終"]


@pytest.mark.parametrize("legend", [
    _LEGEND,
    ["上段:平成27年度当初", "中段:平成26年度当初", "下段:平成26年度最終"],
    ["上段 平成27年度当初予算額", "中段 平成26年度当初予算額", "下段 平成26年度最終予算額"],
])
def test_a_position_legend_gives_each_stacked_figure_its_budget(legend):
    found = roles("環境部 平成27年度当初予算案の概要", *legend, "〔一般会計〕", "(1) 森林保全推進事業費",
                  "14億5,574万8千円 森林の保全と", "14億8,170万2千円 その活用を", "12億6,677万1千円 推進する。")
    assert found["14億5,574万8千円"] == ("budget", 2015)
    assert found["14億8,170万2千円"] == ("previous_budget", 2014)
    assert found["12億6,677万1千円"] == ("previous_budget", 2014)


def test_a_two_position_legend():
    found = roles("令和6年度当初予算の概要", "上段", "下段", "令和6年度当初", "令和5年度当初", "○道路維持事業", "3億2,000万円",
                  "2億9,000万円")
    assert (found["3億2,000万円"], found["2億9,000万円"]) == (("budget", 2024), ("previous_budget", 2023))


@pytest.mark.parametrize("lines", [
    # a run of another length than the legend's: no cell of it
    ["令和6年度当初予算の概要", *["上段", "中段", "下段", "令和6年度当初", "令和5年度当初", "令和5年度最終"],
     "○道路維持事業", "3億2,000万円", "2億9,000万円"],
    # positions with no budget named after them (a chart's caption): no legend
    ["令和6年度当初予算の概要", "上段", "中段", "下段", "図の説明", "写真の説明", "地図の説明", "○道路維持事業", "3億2,000万円",
     "2億9,000万円", "2億7,000万円"],
])
def test_no_legend_reading_near_misses(lines):
    found = roles(*lines)
    assert found["2億9,000万円"][0] != "previous_budget"


@pytest.mark.parametrize("header, this, last, final", [
    (["平成27年度当初予算額", "平成26年度当初予算額", "平成26年度最終予算額", "前年比"], 2015, 2014, "previous_budget"),
    (["令和6年度当初予算額", "令和5年度当初予算額", "令和5年度最終予算額", "前年比 6当初/5当初"], 2024, 2023, "previous_budget"),
    (["令和6年度当初予算額", "令和5年度当初予算額", "令和4年度決算額"], 2024, 2023, "other"),
])
def test_labels_stacked_right_above_the_figures(header, this, last, final):
    found = roles("農林部 予算の概要", "事業別", *header, "9億3,307万2千円", "8億3,044万9千円", "7億6,636万5千円", "132.4%")
    assert found["9億3,307万2千円"] == ("budget", this)
    assert found["8億3,044万9千円"] == ("previous_budget", last)
    assert found["7億6,636万5千円"][0] == final


def test_an_accounts_vertical_name_marks_its_stacked_figures_a_total():
    found = amounts_by_text("農林部 予算の概要", "特", "別", "会", "計", "令和6年度当初予算額", "令和5年度当初予算額",
                            "9億3,307万2千円", "8億3,044万9千円")
    assert (found["9億3,307万2千円"].role, found["9億3,307万2千円"].total_of) == ("budget", "特別会計")
    assert found["8億3,044万9千円"].role == "previous_budget"


@pytest.mark.parametrize("lines", [
    # more figures than labels: no stacked header
    ["農林部 予算の概要", "令和6年度当初予算額", "令和5年度当初予算額", "9億3,307万2千円", "8億3,044万9千円", "7億6,636万5千円"],
    # labels writing no year: no stacked header
    ["農林部 予算の概要", "当初予算額", "前年度予算額", "最終予算額", "9億3,307万2千円", "8億3,044万9千円", "7億6,636万5千円"],
])
def test_stacked_header_near_misses(lines):
    assert roles(*lines)["8億3,044万9千円"] != ("previous_budget", 2023)


@pytest.mark.parametrize("header", [["事業名", "説明 予算額"], ["事業名 説明 予算額"], ["説明 当初予算額"]])
def test_a_lists_last_budget_column_gives_its_lone_figures(header):
    found = roles("令和5年度主要事業一覧", *header, "みんなで支え合うまちづくり", "ふれあい収集事業",
                  "ごみを自ら出せない世帯を対象に、玄関先等のごみを収集します。", "321万9千円")
    assert found["321万9千円"] == ("budget", 2023)


@pytest.mark.parametrize("lines, role", [
    # a header of one cell: no list's column
    (["令和5年度主要事業一覧", "予算額", "ふれあい収集事業", "ごみを収集します。", "321万9千円"], "other"),
    # a figure with words of its own on the line: no lone cell (its own label says a cap)
    (["令和5年度主要事業一覧", "事業名", "説明 予算額", "ふれあい収集事業", "補助上限 321万9千円"], "support"),
    # a header that names no budget
    (["令和5年度主要事業一覧", "事業名", "説明 決算額", "ふれあい収集事業", "ごみを収集します。", "321万9千円"], "other"),
])
def test_last_column_near_misses(lines, role):
    assert roles(*lines)["321万9千円"] == (role, 2023)


def test_a_request_compared_only_with_last_years_budget_is_the_next_years():
    found = roles("本文", "11月14日時点における各部局からの歳出予算要求状況は、以下のとおりです。",
                  "各部局からの要求総額(一般会計)7,232億円", "〔対前年度当初予算比100.2%(平成28年度当初予算額7,216億円)〕")
    assert found["7,232億円"] == ("budget", 2017)
    assert found["7,216億円"] == ("previous_budget", 2016)


def test_a_request_with_a_later_changed_base():
    found = roles("各課からの予算要求の状況", "要求総額 512億円", "(対前年度比 +12億円(令和5年度当初予算額 500億円))")
    assert found["512億円"][1] == 2024
    assert found["500億円"] == ("previous_budget", 2023)


@pytest.mark.parametrize("lines, year", [
    # no request: the base's year is not moved (the deck's one written year stays its year)
    (["予算の状況", "一般会計 7,232億円", "〔対前年度当初予算比100.2%(平成28年度当初予算額7,216億円)〕"], 2016),
    # the lead writes its own year: that one
    (["平成30年度予算要求状況", "要求総額 7,232億円", "〔対前年度当初予算比100.2%(平成28年度当初予算額7,216億円)〕"], 2018),
])
def test_restated_base_near_misses(lines, year):
    found = roles(*lines)
    assert (found["7,232億円"][1], found["7,216億円"]) == (year, ("previous_budget", 2016))


@pytest.mark.parametrize("label, cells, share_role", [
    ("要求事業総額 (うち一般財源) |", ["1兆9,583億円 (1兆4,003億円) |", "1兆9,512億円 (1兆3,957億円) |"], "other"),
    ("一般会計 (うち市債)", ["1,705億円 (281億円)", "1,700億円 (279億円)"], "other"),
])
def test_a_row_label_names_its_cells_bracket_a_share(label, cells, share_role):
    found = roles("令和2年度当初予算の概要", "予算額 |", "前年度予算額 |", label, *cells)
    for cell in cells:
        whole, part = (t.strip(" |()") for t in cell.rstrip(" |").split(" ("))
        assert found[part] == (share_role, found[whole][1])


def test_a_bracket_with_no_row_label_keeps_its_reading():
    found = roles("令和2年度当初予算の概要", "要求事業総額 |", "1兆9,583億円 (1兆4,003億円) |")
    assert found["1兆4,003億円"] == ("previous_budget", 2019)  # (GUIDE: `X (Y)` beside a budget, last year's)
