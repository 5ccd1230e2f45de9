"""The review of years22's rules (session 19, fixy19), in other councils' and papers' wording: a council session dated
by its day in brackets after its year (`令和4年第1回臨時会（1月18日）`), or on a lead-in line that does not write the
year, dates its in-year supplementary in the fiscal year before (fiscal_scope.json session_month_after, session_day);
a project's whole cost over its years (roles.json whole_cost_labels) takes no year from its sentence, its line, the
budget figure it is bracketed after or the title (context/fiscal_marks.py whole_cost). Each with its near misses."""
from __future__ import annotations

import pytest

from .helpers import mentions


def fy_of(lines: tuple[str, ...], text: str) -> int | None:
    found = [m for m in mentions(*lines, deck_year=None) if m.kind == "amount" and m.text == text]
    assert found, text
    return found[0].fy


@pytest.mark.parametrize("lines, text, fy", [
    # the session's day in brackets right after its year: a February session's supplementary closes the year before
    (("北浦村議会だより 令和4年第1回臨時会（2月7日）", "一般会計補正予算（第9号）は、歳入歳出それぞれ5,600万円を追加するものです。"),
     "5,600万円", 2021),
    (("令和6年第1回 大沢町議会臨時会（1月18日）", "補正予算（第6号）として、除雪対策経費に1,900万円を追加しました。"), "1,900万円", 2023),
    # the session's day on the lead-in's next line, the year alone on the first
    (("令和4年 西原村議会", "西原村議会の臨時会が2月3日に開かれ、一般会計補正予算（第7号）として2,750万円を追加した。"), "2,750万円", 2021),
    (("令和6年 南浜町議会報告", "第1回定例会は3月5日に開会し、一般会計補正予算（第9号）で8,100万円を追加しました。"), "8,100万円", 2023),
    # near misses: a session in June or in September is of its year's own fiscal year
    (("北浦村議会だより 令和4年第2回臨時会（6月14日）", "一般会計補正予算（第2号）は、歳入歳出それぞれ3,300万円を追加するものです。"),
     "3,300万円", 2022),
    (("令和4年 西原村議会", "西原村議会の臨時会が9月21日に開かれ、一般会計補正予算（第4号）として1,200万円を追加した。"),
     "1,200万円", 2022),
    # near miss: a January day that is no session's (an application's deadline) dates nothing
    (("令和4年 西原村だより", "申込みは1月31日までです。一般会計補正予算（第4号）として1,200万円を追加した。"), "1,200万円", 2022),
])
def test_a_sessions_day_dates_its_supplementary(lines, text, fy):
    assert fy_of(lines, text) == fy


@pytest.mark.parametrize("lines, text, fy", [
    # a whole cost in a sentence that names the project's completion year
    (("市民体育館の建替えについて（南川市）", "体育館の総事業費は約28億円で、令和10年度の供用開始を予定している。"), "28億円", None),
    # a whole cost in a bracket after the year's budget figure, under a year's budget title
    (("令和6年度当初予算の主な事業（北浜町）", "学校給食センター整備事業に2億4,000万円（総事業費18億円）を計上した。"), "18億円", None),
    # a whole cost in a later sentence of a digest's line that named a year's budget
    (("地域ニュース", "東山町は令和6年度当初予算案を公表した。新図書館の総事業費は約32億円となる見込み。"), "32億円", None),
    # near miss: the year's budget figure the whole cost is bracketed after keeps its year
    (("令和6年度当初予算の主な事業（北浜町）", "学校給食センター整備事業に2億4,000万円（総事業費18億円）を計上した。"),
     "2億4,000万円", 2024),
    # near miss: a year's budget in a bracket after its whole keeps the whole's year (a part, not a whole cost)
    (("令和6年度補正予算の概要（北浜町）", "補正予算に計上した3億円（道路改良費1億2,000万円）のうち…"), "1億2,000万円", 2024),
    # near miss: an enterprise's whole expenditure in its year's budget draft is that year's budget
    (("水道局ニュース", "南浜市水道局は令和6年度水道事業会計予算案を公表した。総事業費312億円、建設改良費48億円を計上した。"),
     "312億円", 2024),
    # near miss: a granted project's cost its sentence goes on to award a part of is the grant's year's
    (("令和5年度 地域づくり交付金の交付決定について（東谷町）", "本町が申請した「観光案内所改修事業」が採択されました。",
      "総事業費 4,800万円のうち、交付決定額は 2,400万円です。"), "4,800万円", 2023),
])
def test_a_projects_whole_cost_takes_no_years_budget(lines, text, fy):
    assert fy_of(lines, text) == fy
