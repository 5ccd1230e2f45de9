"""The fiscal year of a figure no label names (issue 21, round 22): an era-less year read in the century of an earlier
four-digit year (context/elided_years.py `_earlier`), the year of the figure's own sentence rather than the line's last
(context/fiscal_marks.py `sentence_year`), and a part named in a bracket after a budget figure (context/shares.py
`round_parts`). Lines written for these tests in the style of papers' reports and city pages (other bodies, other
numbers than the gold's), each with near misses."""
from __future__ import annotations

import pytest

from .helpers import mentions


def fy_of(lines: tuple[str, ...], text: str) -> int | None:
    found = [m for m in mentions(*lines, deck_year=None) if m.kind == "amount" and m.text == text]
    assert found, text
    return found[0].fy


@pytest.mark.parametrize("lines, text, fy", [
    # a story that dates a building by an older year still writes its running costs' year short in the later century
    (("2020年5月12日", "カルテには2018年度の維持管理費を載せた。",
      "最も高額なのは市民会館で18億円。1985年度の建設だった。18年度にかかった運営費は6200万円。"), "6200万円", 2018),
    (("2021年3月1日", "資料は2019年度の実績をまとめた。",
      "改修費が最も大きいのは体育館で9億円。1978年度に建てられた。19年度の光熱水費は1500万円だった。"), "1500万円", 2019),
    # near miss: no four-digit year near the short one anywhere before it: it stays unread
    (("最も高額なのは市民会館で18億円。1985年度の建設だった。18年度にかかった運営費は6200万円。",), "6200万円", 1985),
])
def test_a_short_year_reads_in_the_century_of_an_earlier_year(lines, text, fy):
    assert fy_of(lines, text) == fy


@pytest.mark.parametrize("line, text, fy", [
    # the figure's own sentence names its year before it; the next sentence's year is another figure's
    ("協会によると、09年度の配分総額は過去最高の84億円になる見通しだ。2008年度は約12億円だった。", "84億円", 2009),
    ("センターによると、2015年度の助成額は過去最高の63億円となった。2014年度は約20億円にとどまった。", "63億円", 2015),
    ("センターによると、2015年度の助成額は過去最高の63億円となった。2014年度は約20億円にとどまった。", "20億円", 2014),
    # the sentence's year written after the figure (a relative clause: `…の寄付があった18年度`)
    ("担当者は、2019年度の経費は少ない。約320億円の寄付があった2018年度の経費が多かったと述べた。", "320億円", 2018),
    # near miss: a comparison base in the sentence is no figure's year
    ("2015年度に比べて約20億円多い。", "20億円", None),
])
def test_a_figure_takes_its_own_sentences_year(line, text, fy):
    assert fy_of((line,), text) == fy


@pytest.mark.parametrize("line, text, fy", [
    # a part named in a bracket right after a year's supplementary figure is of that year, not of the deck's next year
    ("政府の2026年度予算案は5兆円となった。これとは別に、25年度補正予算に計上した計画関係の2兆1000億円(公共事業関係費1兆4000億円)と合わせて取り組む。",
     "1兆4000億円", 2025),
    ("市の2024年度当初予算案は812億円。2023年度補正予算に計上した3億5000万円(道路維持費1億2000万円)と合わせて執行する。",
     "1億2000万円", 2023),
])
def test_a_part_in_a_bracket_takes_its_wholes_year(line, text, fy):
    assert fy_of((line,), text) == fy


@pytest.mark.parametrize("bracket, text", [
    ("対前年度2億円増", "2億円"),  # a change from last year
    ("2022年度1億円", "1億円"),  # a year of its own
])
def test_a_bracket_that_is_no_part_does_not_take_the_wholes_year(bracket, text):
    line = f"市の2024年度当初予算案は812億円。2023年度補正予算に計上した3億5000万円({bracket})と合わせて執行する。"
    assert fy_of((line,), text) != 2023


@pytest.mark.parametrize("line, text, fy", [
    # a year that ends a span over years: the figure is a sum over those years, no one year's
    ("更新費用は、令和7年度(2025年度)から令和36年度(2054年度)の30年間で約415億円と試算されます。", "415億円", None),
    ("効果額は、平成18年度から平成22年度までの5カ年で3億2,100万円でございます。", "3億2,100万円", None),
    ("市は、2016~20年度の計画期間のうち18年度までの3カ年で約12億円の削減効果があったと公表した。", "12億円", None),
    ("また、令和12年度までの10年間では215億円の収支不足を見込んでいます。", "215億円", None),
    # near miss: one year's span is that year
    ("令和5年度の1年間で4,200万円を削減しました。", "4,200万円", 2023),
    # near miss: a year's budget after a span in another sentence keeps its year
    ("令和12年度までの10年間の計画です。令和6年度予算は8億円です。", "8億円", 2024),
])
def test_a_year_that_ends_a_span_gives_no_single_year(line, text, fy):
    assert fy_of((line,), text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a session dated by its day after its year: January belongs to the fiscal year that began the April before
    (("令和6年第1回松ヶ谷町議会臨時会が1月22日に開催された。", "一般会計補正予算(第7号)が提案された。",
      "歳入歳出予算の総額を84億2,100万円とするものである。"), "84億2,100万円", 2023),
    (("令和5年第2回北川村議会臨時会は2月9日に開かれた。", "一般会計補正予算(第6号)が審議された。",
      "補正額は3,200万円である。"), "3,200万円", 2022),
    # near miss: a session in June is of the year's own fiscal year
    (("令和6年第2回松ヶ谷町議会臨時会が6月12日に開催された。", "一般会計補正予算(第2号)が提案された。",
      "歳入歳出予算の総額を80億円とするものである。"), "80億円", 2024),
])
def test_a_sessions_day_dates_its_supplementary(lines, text, fy):
    assert fy_of(lines, text) == fy


@pytest.mark.parametrize("line, text, role", [
    # a series of years' budgets: each its own year's, none the previous year's
    ("省の当初予算は、令和3年度5120億円、令和4年度5230億円、令和5年度5410億円、令和6年度5380億円となっている。", "5410億円", "budget"),
    # near miss: a pair of last year's and this year's budget keeps last year's role
    ("省の当初予算は、令和5年度5410億円、令和6年度5380億円となっている。", "5410億円", "previous_budget"),
])
def test_a_series_of_years_is_no_pair(line, text, role):
    found = [m for m in mentions("令和6年度予算の概要", line, deck_year=None) if m.kind == "amount" and m.text == text]
    assert found[0].role == role


@pytest.mark.parametrize("lines, text, fy", [
    # a figure's own sentence names the budget of the year it holds: the deck's year does not replace it
    (("観光関連予算の動向",
      "令和5年度補正予算では誘客目標達成のため512億円が投じられ、令和6年度予算案では観光庁が640億円を計上した。"), "512億円", 2023),
    # near miss: the earlier year's budget has its own figure between: a later figure of the sentence is the deck's year's
    (("令和6年度当初予算の概要",
      "県の令和6年度の当初予算案は、総額が8,120億円で、令和5年度の当初予算8,340億円と比較すると、220億円下回るものの、2年連続で8,000億円を超えた。"),
     "8,000億円", 2024),
    # a digest of stories, one a line: each line's own budget label dates its figures, not the first story's
    (("配水管更新に21億円/甲市水道局 甲市水道局は平成20年度水道事業予算案を公表した。資本的支出は91億円となっている。",
      "浄水場整備に42億円/乙市水道局 乙市水道局は平成21年度水道事業会計予算案を明らかにした。総事業費812億円を計上した。"),
     "812億円", 2009),
    # near miss: a figure whose own sentence writes its year keeps it, whatever an earlier sentence's budget
    (("観光関連予算の動向",
      "令和5年度補正予算では誘客のため512億円が投じられた。令和6年度予算案では観光庁の一般会計が前年度比2.1倍の215億円となる。"),
     "215億円", 2024),
    # near miss: the first story keeps its own year
    (("配水管更新に21億円/甲市水道局 甲市水道局は平成20年度水道事業予算案を公表した。資本的支出は91億円となっている。",
      "浄水場整備に42億円/乙市水道局 乙市水道局は平成21年度水道事業会計予算案を明らかにした。総事業費812億円を計上した。"),
     "91億円", 2008),
])
def test_a_figures_own_story_names_its_budgets_year(lines, text, fy):
    assert fy_of(lines, text) == fy
