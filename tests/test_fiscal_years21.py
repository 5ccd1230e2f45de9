"""Fiscal years of three shapes (issue 21). Era-less years in a Diet record's short lines (context/elided_years.py): a
year written in kanji with its era (`昭和四十二年度`) fixes the era the later `四十一年度` is read in, and a year whose
number or relative word closes one line and whose 年度 opens the next (`…に比較いたしますと、四十一` /
`年度五百十二億円に対しまして`, `…、前` / `年度…`) dates the figure after it as a year on one line does. A project's whole
cost, the cost still to spend and a cost-benefit present value take no year (context/settlements.py project_whole). A
year-only date that starts a time elapsed since an event is no news item's date (context/fiscal_document.py). Lines
written for these tests in the style of other ministries, papers and committees (other eras, digits as well as kanji);
near misses: counts of years, an ordinal, a number that is no year's, a budget's whole, a lead-in's full date."""
from __future__ import annotations

import pytest

from .helpers import mentions

LEAD = ("○政府委員 運輸省", "関係の", "昭和四十二", "年度予算案について御説明申し上げます。")
HEISEI = ("○説明員 農林水産省", "平成十五", "年度の概算要求について申し上げます。")


def fy_of(lines: tuple[str, ...], text: str) -> int | None:
    found = [m for m in mentions(*lines, deck_year=None) if m.kind == "amount" and m.text == text]
    assert len(found) == 1, [m.text for m in mentions(*lines, deck_year=None)]
    return found[0].fy


@pytest.mark.parametrize("lines, text, fy", [
    # the previous year's number broken off its 年度, the figure right after: that year
    (LEAD + ("総額を前年度に比較いたしますと、四十一", "年度五百十二億円に対しまして、四十二", "年度五百八十億円でございます。"),
     "五百十二億円", 1966),
    (LEAD + ("総額を前年度に比較いたしますと、四十一", "年度五百十二億円に対しまして、四十二", "年度五百八十億円でございます。"),
     "五百八十億円", 1967),
    # another era, another shape of the break (a space before 年度, a topic particle)
    (HEISEI + ("要求額は、十四", " 年度は三千二百億円でありましたが、"), "三千二百億円", 2002),
    # the same years on one line: read so already, the kanji era written before fixes them
    (LEAD + ("四十一年度五百十二億円に対しまして、四十二年度五百八十億円でございます。",), "五百十二億円", 1966),
    (HEISEI + ("要求額は、十四年度は三千二百億円でありましたが、",), "三千二百億円", 2002),
    # a relative year's head broken off its 年度 (`前` / `年度…`): the year before the record's
    (LEAD + ("総額は五百八十億円でありまして、前", "年度五百十二億円に比較して、六十八億円の増加となっております。"), "五百十二億円", 1966),
    (HEISEI + ("本事業は、前", "年度の二千八百億円に対しまして、"), "二千八百億円", 2002),
    (LEAD + ("港湾整備については、本", "年度四十億円を計上いたしました。"), "四十億円", 1967),
])
def test_a_year_broken_over_a_line_dates_its_figure(lines, text, fy):
    assert fy_of(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # near miss: a count of years closing the line (`過去三` / `年度で`) is no year: the record's own
    (LEAD + ("過去三", "年度で五百十二億円を投じてまいりました。"), "五百十二億円", 1967),
    # near miss: an ordinal (`第三` / `年度`) is no year
    (LEAD + ("計画の第三", "年度五百十二億円を計上いたしました。"), "五百十二億円", 1967),
    # near miss: the number is part of a figure on the line above (`…億円` then `年度`): no year is broken off
    (LEAD + ("本年度の予算額は五百八十億円", "年度内に執行いたします。"), "五百八十億円", 1967),
    # near miss: a line that opens with no 年度 takes nothing from the number above
    (LEAD + ("そのうち四十一", "件分として五百十二億円を計上いたしました。"), "五百十二億円", 1967),
    # near miss: a relative word's head glued to the word before it (`日本` / `年度`) is none
    (LEAD + ("北海道及び日本", "年度五百十二億円を計上いたしました。"), "五百十二億円", 1967),
    # near miss: `前` closing a line before a line that opens with no 年度 (`前` / `年に`): the record's year
    (LEAD + ("総額は、前", "年に比べ五百十二億円を計上いたしました。"), "五百十二億円", 1967),
    # near miss: a broken `前年度比` is a comparison: the change is the record's year's
    (LEAD + ("総額は、前", "年度比六十八億円の増加となっております。"), "六十八億円", 1967),
])
def test_what_is_no_broken_year_leaves_the_records_year(lines, text, fy):
    assert fy_of(lines, text) == fy


def test_a_kanji_year_without_its_era_stays_unread_with_no_era_written():
    """Near miss: with no era written anywhere (and no run date), `四十一` / `年度` is read in no era."""
    lines = ("○政府委員 運輸省", "総額を前年度に比較いたしますと、四十一", "年度五百十二億円に対しまして")
    assert fy_of(lines, "五百十二億円") is None


COMMITTEE = "国土交通省北陸地方整備局は、2024年度第2回事業評価監視委員会を開いた。"


@pytest.mark.parametrize("lines, text", [
    # a re-evaluated project's whole cost, the cost still to spend and a cost-benefit's present values: no year's money
    ((COMMITTEE, "一般国道8号糸魚川東バイパスは、全体事業費が約420億円に増加した。"), "420億円"),
    ((COMMITTEE, "今年度末の推定進捗率は52%で、残事業費は95億円。"), "95億円"),
    ((COMMITTEE, "B/Cで見ると、総費用310億円、総便益520億円で1・7となった。"), "310億円"),
    ((COMMITTEE, "B/Cで見ると、総費用310億円、総便益520億円で1・7となった。"), "520億円"),
    (("令和6年度 公共事業再評価調書", "全体計画事業費: 86億円"), "86億円"),
    (("令和6年度 道路事業の再評価結果", "総費用 310億円", "総便益 520億円"), "310億円"),
    (("令和6年度 道路事業の再評価結果", "総費用 310億円", "総便益 520億円"), "520億円"),
    # a table one cell a line: the label on the line above
    (("令和6年度 事業再評価", "事業名", "一般国道2号 バイパス", "全体事業費", "958億円", "残事業費", "120億円"), "958億円"),
    (("令和6年度 事業再評価", "事業名", "一般国道2号 バイパス", "全体事業費", "958億円", "残事業費", "120億円"), "120億円"),
])
def test_a_projects_whole_cost_is_no_years_money(lines, text):
    assert fy_of(lines, text) is None


@pytest.mark.parametrize("lines, text, fy", [
    # near miss: `総事業費` of a budget is that year's whole (a water works' 予算案)
    (("市水道局は19日、令和7年度水道事業会計予算案を明らかにした。総事業費1,054億円、建設改良費155億円を計上した。",),
     "1,054億円", 2025),
    # near miss: the project's budget of the year beside its whole cost keeps the year
    (("令和6年度 公共事業再評価調書", "令和6年度予算額 12億円"), "12億円", 2024),
    # near miss: one cell a line, a budget's label above keeps the year
    (("令和6年度 事業再評価", "全体事業費", "958億円", "令和6年度予算額", "12億円"), "12億円", 2024),
])
def test_a_years_whole_keeps_its_year(lines, text, fy):
    assert fy_of(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a year-only date that starts a time elapsed since an event dates no budget: a news item that names no year
    (("市の新年度予算案は総額1230億円で、前年度当初比4・3%増加。",
      "主な事業は、2006年の市町合併から20年の節目にあたり検証経費100万円をはじめ、防災倉庫整備事業費5億円などを盛り込んだ。"),
     "5億円", None),
    (("町の新年度当初予算案は総額86億円。", "1998年以来の大型事業となる新庁舎建設に12億円を計上した。"), "86億円", None),
    # nor does it fix the century or era of an era-less year (`20年度`: 平成20 or 2020, the text does not say)
    (("一般会計は20年度の781億円を上回り過去最高額となった。",
      "主な事業は、2006年の市町合併から20年の節目にあたり検証経費100万円を計上した。"), "781億円", None),
    # near miss: a lead-in's full date is the writer's: an initial budget of that calendar year
    (("市は2026年2月16日、新年度当初予算案を発表した。総額は1230億円。",), "1230億円", 2026),
])
def test_an_events_year_is_no_news_items_date(lines, text, fy):
    assert fy_of(lines, text) == fy
