"""Issue 23 (fresh2 C): year-less months in prose and sessions named by their month take the deck's year
(GUIDE), and a budget deck with no calendar date is dated by the fiscal year it presents. Lines made up in the
style of real decks, variants and near misses."""
from __future__ import annotations

import pytest

from extract.mentions import deck_year, extract_lines
from extract.model import Deck, Line
from extract.rules.engine import RuleContext


def dates(text: str, year: int | None = 2023) -> list[tuple[str, object]]:
    lines = [Line(text=text, page=None, line=1, index=0)]
    return [(m.text, m.min) for m in extract_lines("t", lines, RuleContext(deck_year=year)) if m.kind == "date"]


@pytest.mark.parametrize("line, expected", [
    ("当初予算が3月定例議会において可決されました。", [("3月", "2023-03")]),
    ("市議会3月定例会に提案する", [("3月", "2023-03")]),
    ("12月臨時会で議決", [("12月", "2023-12")]),
    ("9月町議会定例会で認定", [("9月", "2023-09")]),
    ("2月県議会に提案", [("2月", "2023-02")]),
    ("12月村議会", [("12月", "2023-12")]),
    ("9月の豪雨災害の復旧費用を計上しています。", [("9月", "2023-09")]),
    ("5月に設置された委員会の経費です。", [("5月", "2023-05")]),
    # near misses: a budget's name, a month's share, a recurring month, a table header (no sentence), no deck year
    ("10月補正予算では", []),
    ("4月分の給付", []),
    ("毎年4月に確認します。", []),
    ("達成すべき最低賃金 3月の事業所内最低賃金（実績）", []),
    ("令和6年4月に開始", [("令和6年4月", "2024-04")]),
    # a month and day of a year the text leaves open (every fiscal year's end) is no date
    ("毎年4月1日から翌年の3月31日までの一年間", []),
    ("3月31日まで", [("3月31日", None)]),
])
def test_prose_and_session_months(line, expected):
    assert dates(line) == expected


def test_prose_months_need_a_deck_year():
    assert dates("3月定例会に提案する", year=None) == []


def _deck(*texts: str, doc: str = "t") -> Deck:
    return Deck(doc=doc, path="", sha256="", source_type="txt", pages=1,
                lines=[Line(text=t, page=None, line=i + 1, index=i) for i, t in enumerate(texts)])


@pytest.mark.parametrize("texts, expected", [
    (("令和7年度一般会計補正予算が承認されました",), 2025),
    (("奈良県は24日、2023年度一般会計当初予算案を発表した",), 2023),
    # near misses: a full date wins over the fiscal year; no year at all
    (("令和7年度予算", "令和6年12月1日 更新"), 2024),
    (("一般会計補正予算の主なもの",), None),
])
def test_deck_year_falls_back_to_the_fiscal_year(texts, expected):
    assert deck_year(_deck(*texts)) == expected


# A deck dated only by the fiscal year of a budget being compiled is written in that year's run-up: its year-less
# April to December fall in the year before, its January to March in the fiscal year (the national budget's
# 概算要求 in August and 閣議決定 in December, the Diet in January); a local 当初予算案 is proposed in its own year.
@pytest.mark.parametrize("texts, expected", [
    (("政府は12月22日、令和6年度予算案を閣議決定し、1月26日開会予定の通常国会に提出する。",),
     [("12月22日", "2023-12-22"), ("1月26日", "2024-01-26")]),
    (("観光庁が8月28日に発表した2015年度予算の概算要求額は", "前年比84%増"), [("8月28日", "2014-08-28")]),
    (("さて、令和3年度の予算編成にあたり、", "11月に要求内容を公開した。", "2月に市長査定を行う。"),
     [("11月", "2020-11"), ("2月", "2021-02")]),
    (("平成30年度予算要求状況を公開します", "3月定例会に提案します。"), [("3月", "2018-03")]),
    (("省庁が2023年度当初予算の概算要求を公表した。", "8月30日に公表"), [("8月30日", "2022-08-30")]),
    # near misses: a local initial budget's months are its own year's; a deck with a written date keeps it;
    # a fiscal year that no compiling word follows
    (("令和5年度当初予算案を発表した。", "6月に町長選を控える。"), [("6月", "2023-06")]),
    (("2023年度一般会計当初予算(案)の概要", "8月から無料とする。"), [("8月", "2023-08")]),
    (("令和4年度3月補正予算要求について", "1月27日付で専決処分を行ないました。", "2023年2月20日 掲載"),
     [("1月27日", "2023-01-27"), ("2023年2月20日", "2023-02-20")]),
    (("令和6年度予算案の概要", "令和5年12月22日 閣議決定", "4月に開始する。"), [("令和5年12月22日", "2023-12-22"), ("4月", "2024-04")]),
    (("令和6年度補正予算の概要", "12月に可決した。"), [("12月", "2024-12")]),
    # a step of the programme's own schedule in a run-up deck falls in the fiscal year it asks for
    (("令和8年度概算要求額 12億円(前年度予算額 10億円)", "公募は5月頃に開始し、8月中に採択を決定する予定。"),
     [("5月", "2026-05"), ("8月", "2026-08")]),
    (("令和8年度概算要求 観光DX推進事業", "10月に全国フォーラムを開催し、成果を発信する。"), [("10月", "2026-10")]),
    (("令和8年度概算要求 スマート物流推進事業 公募予告", "公募期間(予定):4月13日～5月29日"), [("4月13日～5月29日", "2026-04-13")]),
    (("令和8年度概算要求 事業概要", "11月 公募開始、12月 審査", "3月に実績報告を受ける。"),
     [("11月", "2026-11"), ("12月", "2026-12"), ("3月", "2027-03")]),
    # near misses: the run-up's own steps in the same deck stay in it
    (("令和8年度予算編成方針", "11月中旬に各課ヒアリング、1月に市長査定"), [("11月", "2025-11"), ("1月", "2026-01")]),
    (("令和8年度概算要求の概要", "8月末に各省庁が要求し、12月下旬に政府案を閣議決定"), [("8月", "2025-08"), ("12月", "2025-12")]),
    # a deck reporting a fiscal year's settled accounts is written the autumn after
    (("令和5年度の決算がまとまり、9月町議会定例会で認定されました。",), [("9月", "2024-09")]),
    (("令和5年度の一般・特別・公営企業会計の決算議案は、10月18日に認定されました。",), [("10月18日", "2024-10-18")]),
    (("2022年度決算の概要", "9月定例会で認定"), [("9月", "2023-09")]),
    # a 予算案 named without its run-up (compiled, decided) is discussed until it passes: the essay is of its year
    (("令和6年度政府予算案では、ODA予算を拡充した。", "昨年6月に大綱が改定された。"), [("昨年6月", "2023-06")]),
])
def test_a_deck_compiling_a_budget_is_dated_in_its_run_up(texts, expected):
    from extract.mentions import deck_date
    deck = _deck(*texts)
    got = [(m.text, m.min) for m in extract_lines("t", deck.lines, deck_date(deck)) if m.kind == "date"]
    assert got == expected
