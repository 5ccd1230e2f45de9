"""A figure that sums over several years is no single year's (issue 21, session 23, years30;
bench/results/issue21_years30.md): its clause closes a span its start names right before it (`2010年度から18年度までの
総事業費には1310億円`, context/fiscal_marks.py span_end, fiscal_scope.json span_closed), or counts the years it sums over
(`5年間の目標効果額は24億円`, `この9年間で179億円`: sum_over_years, years_summed). Lines written for these tests in other
issuers' wording, numbers and layouts, with near misses that must keep their year: a change over a span with no `まで`,
a year nearer the figure than the span, a duration that is no sum, one year, `年間` alone, a deck with no year."""
from __future__ import annotations

import pytest

from .helpers import mentions


def _fy(lines: tuple[str, ...], text: str, deck_year: int | None = None) -> int | None:
    found = [m for m in mentions(*lines, deck_year=deck_year) if m.kind == "amount" and m.text == text]
    assert len(found) == 1, [m.text for m in mentions(*lines, deck_year=deck_year)]
    return found[0].fy


_BUDGET = "令和6年度当初予算の概要"


@pytest.mark.parametrize("lines, text, fy", [
    # a span closed by its second year, then the figure in the same clause: a sum over the span
    (("河川整備の概要", "2010年度から18年度までの総事業費には1310億円を見込んでいる。"), "1310億円", None),
    (("中期財政見通し", "平成20年度から24年度までの間、歳入歳出差引額で、約21億円の財源不足が生じる見込みです。"), "21億円", None),
    ((_BUDGET, "債務負担行為 令和6年度から令和8年度まで 限度額 3億円"), "3億円", None),
    ((_BUDGET, "2024年度から2026年度末までに約8億円を投資する計画。"), "8億円", None),
    ((_BUDGET, "令和6年度より令和10年度までの改修費として2億4千万円を見込む。"), "2億4千万円", None),
    # a total's word after the second year (the brief's `R3～R5累計`, written out)
    ((_BUDGET, "基金の令和3年度から令和5年度の累計は9億円"), "9億円", None),
    ((_BUDGET, "平成30年度から令和5年度の通算で12億円"), "12億円", None),
    ((_BUDGET, "R3～R5累計 9億円"), "9億円", None),
    # near misses: a change over a span (no まで), a year nearer than the span, a span after the figure,
    # a start alone, a deadline with no start
    (("起債の状況", "令和2年度から令和3年度にかけて起債現在高が約5億円増加しました。"), "5億円", 2021),
    (("関連予算", "平成27年度から平成30年度までですが、平成27年度7,400万円、平成28年度5億946万円です。"), "5億946万円", 2016),
    ((_BUDGET, "令和6年度予算額は5億円で、令和6年度から令和8年度まで継続します。"), "5億円", 2024),
    ((_BUDGET, "令和5年度から始めた事業に1,200万円を計上しました。"), "1,200万円", 2024),  # (a start: the scope's)
    ((_BUDGET, "令和7年度までに整備を終える計画で、本年度は3,000万円を計上。"), "3,000万円", 2024),
])
def test_a_span_closed_by_its_second_year_sums_over_it(lines, text, fy):
    assert _fy(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a count of years and the particle that makes the figure their sum, under a dated title or not
    (("令和5年度 行政改革の成果", "5年間の目標効果額は24億2千万円で、3年間の効果額は16億220万円とした。"), "24億2千万円", None),
    (("令和5年度 行政改革の成果", "5年間の目標効果額は24億2千万円で、3年間の効果額は16億220万円とした。"), "16億220万円", None),
    (("令和7年度 公債費の見通し", "この9年間で179億円ほどの公債費が計上された。"), "179億円", None),
    (("令和5年度決算の特徴", "市税は171億円(市長就任後20年間で67億円増加)となった。"), "67億円", None),
    ((_BUDGET, "基金残高5億円を3年間で2億7,200万円取り崩します。"), "2億7,200万円", None),
    ((_BUDGET, "十年間で1,000億円の投資を見込む。"), "1,000億円", None),
    ((_BUDGET, "計画期間の5か年合計で約13億円を削減します。"), "13億円", None),
    ((_BUDGET, "令和6年度から3年間で総額12億円を投じる。"), "12億円", None),
    # near misses: a duration that sums nothing (no particle), one year, `年間` alone (a year's), a year written after
    # the count, a figure with no count in its clause
    (("令和2年度 給食費の改定", "約20年間据え置いてきたが、1食当たり9~37円値上げする。"), "9~37円", 2020),
    ((_BUDGET, "年間600万円の政務活動費が支給されています。"), "600万円", 2024),
    ((_BUDGET, "1年間で300万円を支出しました。"), "300万円", 2024),
    ((_BUDGET, "今後5年間のうち令和6年度は3億円を計上します。"), "3億円", 2024),
    ((_BUDGET, "5年間の計画を策定しました。", "道路維持補修事業 2億円"), "2億円", 2024),
    # near misses: one year's part of the sum, a list item's own figure in brackets after its description
    (("2018年度第2次補正予算案の概要", "今後3年間で集中して行う緊急対策費の初年度分として291億円を盛り込んだ。"), "291億円", 2018),
    ((_BUDGET, "通学路の安全対策工事を3か年で実施(1億5千万円)"), "1億5千万円", 2024),
    ((_BUDGET, "今後5年間で毎年2億円を積み立てる。"), "2億円", 2024),
])
def test_a_count_of_the_years_a_figure_sums_leaves_it_none(lines, text, fy):
    assert _fy(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # what the two rules leave alone, by the GUIDE: a cap under a dated budget label takes the label's year (the label
    # applies to every item under it); a previous year's figure the year before; a figure with no span in its clause
    (("令和6年度 ○○市 予算の概要", "■住宅リフォーム補助事業 1,200万円", "補助上限 20万円(補助率1/2)"), "20万円", 2024),
    (("令和6年度当初予算", "地域活性化事業 3億円(前年度 2億5千万円)"), "2億5千万円", 2023),
    (("令和6年度当初予算", "地域活性化事業 3億円", "前年度予算額 2億5千万円"), "2億5千万円", 2023),
    (("令和6年度当初予算", "計画期間は令和6年度から令和10年度までです。", "地域活性化事業 3億円"), "3億円", 2024),
])
def test_what_the_sum_rules_leave_alone(lines, text, fy):
    assert _fy(lines, text) == fy


def test_a_deck_with_no_year_stays_none_either_way():
    assert _fy(("事業の概要", "今後10年間で約50億円の更新費用が見込まれます。"), "50億円") is None
    assert _fy(("事業の概要", "更新費用は約50億円が見込まれます。"), "50億円") is None
