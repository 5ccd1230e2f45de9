"""fresh17d (members' reports of a supplementary passed): both sides of a budget named at once (`歳入と歳出にはそれぞれ`,
`歳入・歳出とも`, `歳入歳出それぞれ`) add the supplementary's own size, no revenue; near misses: the revenue side named
alone keeps its figures sources (`歳入では、町税を…増額`, `歳入の内訳は…`). Other towns' wording (roles.json prose.both_sides).
A figure the clause before it books and that it reaches (`…経費も計上され、N円に達している`) is what the supplementary adds;
near misses: a whole it reaches (`総額は…`), a figure reached with no booking verb before it."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text

HEAD = "令和6年第3回北浜町議会臨時会が8月2日に開かれた。"
BILL = "議案第40号として、北浜町一般会計補正予算(第5号)が提案された。"

CASES = [
    ((HEAD, BILL + "歳入と歳出にはそれぞれ2,300万円が追加され、総額は58億1200万円となる。"), "2,300万円", "supplementary_budget"),
    ((HEAD, BILL + "歳入及び歳出にそれぞれ870万円を追加するもので、全会一致で可決された。"), "870万円", "supplementary_budget"),
    ((HEAD, BILL + "歳入・歳出それぞれ4億1,500万円を増額し、総額を92億円とする。"), "4億1,500万円", "supplementary_budget"),
    ((HEAD, BILL, "また、道路の除雪に要する経費も計上され、2,350万円に達した。"), "2,350万円", "supplementary_budget"),
    ((HEAD, BILL, "子育て世帯への臨時給付に係る費用も盛り込まれ、約870万円にのぼる。"), "870万円", "supplementary_budget"),
    # near misses: the revenue side alone names sources
    ((HEAD, BILL + "歳入では、町税を1,200万円増額し、財政調整基金からの繰入金を減らした。"), "1,200万円", "other"),
    ((HEAD, BILL + "歳入の内訳は、国庫支出金が3,100万円で、残りは繰越金である。"), "3,100万円", "other"),
    # the whole the supplementary makes the budget, named 合計 (roles.json whole_names), and its near miss with no change
    ((HEAD, BILL + "歳入歳出予算に各3,100万円を追加するもので、最終的に合計64億2,000万円に達する。"), "64億2,000万円", "budget"),
    ((HEAD, BILL, "町の基金の残高は、合計12億円に達した。"), "12億円", "other"),
    # near misses: a whole the supplementary reaches, money reached with no booking verb
    ((HEAD, BILL, "補正の結果、予算総額も計上され、58億1,200万円に達した。"), "58億1,200万円", "budget"),
    ((HEAD, BILL, "町のふるさと納税は前年を上回り、3,400万円に達した。"), "3,400万円", "other"),
]


@pytest.mark.parametrize("lines, figure, role", CASES)
def test_both_sides_add_the_supplementary(lines: tuple[str, ...], figure: str, role: str) -> None:
    assert amounts_by_text(*lines)[figure].role == role


#: fresh16b: a respective list (`…にもそれぞれ40億円、36億円を支出した`): the later figures are the first's kind of money;
#: near misses: a list of changes, figures joined otherwise
RESPECTIVE = [
    (("政府は閣議で、2025年度予算の予備費から300億円を支出することを決めた。",
      "今回支出した予備費からは道路の復旧事業に120億円、河川の復旧事業に90億円などを充てる。"
      "被災した商店の支援や観光の再生事業にもそれぞれ12億円、8億円を支出した。"), "8億円", "budget"),
    (("令和7年度 南川市当初予算の概要", "市は道路と橋梁の補修にそれぞれ2億円、1億5,000万円を計上した。"), "1億5,000万円", "budget"),
    (("令和7年度 南川市当初予算の概要", "保育所と学童保育の運営にはそれぞれ約3,000万円、2,000万円、1,000万円を充てる。"),
     "1,000万円", "budget"),
    (("令和7年度 南川市当初予算の概要", "市税と地方交付税はそれぞれ3億円、2億円の減となった。"), "2億円", "other"),
]


@pytest.mark.parametrize("lines, figure, role", RESPECTIVE)
def test_a_respective_lists_figures_share_a_kind(lines: tuple[str, ...], figure: str, role: str) -> None:
    assert amounts_by_text(*lines)[figure].role == role


#: the works named before `それぞれ` take the figures one each, in order (as many works as figures)
RESPECTIVE_WORKS = [
    (("政府は閣議で、2025年度予算の予備費から300億円を支出することを決めた。",
      "今回支出した予備費からは道路の復旧事業に120億円を充てる。被災した漁業者の支援や漁港防災事業にもそれぞれ12億円、8億円を支出した。"),
     {"12億円": "被災した漁業者の支援", "8億円": "漁港防災事業"}),
    (("令和7年度 南川市当初予算の概要", "市は、橋梁の点検と通学路の安全対策にそれぞれ4,000万円、2,500万円を計上した。"),
     {"4,000万円": "橋梁の点検", "2,500万円": "通学路の安全対策"}),
]


@pytest.mark.parametrize("lines, programmes", RESPECTIVE_WORKS)
def test_a_respective_lists_works_take_its_figures(lines: tuple[str, ...], programmes: dict[str, str]) -> None:
    got = amounts_by_text(*lines)
    assert {t: got[t].program for t in programmes} == programmes



#: near misses of a respective list's works: years or bodies before `それぞれ` name no programme (a year's or a body's
#: share, not a work's): `令和8年度と令和9年度にそれぞれ`, `令和5年度、6年度にそれぞれ`, `国と県にそれぞれ`, `北浜町と南川村にそれぞれ`
RESPECTIVE_NO_WORKS = [
    ("市は令和8年度と令和9年度にそれぞれ1億円、2億円を基金に積み立てる。", ("1億円", "2億円")),
    ("令和5年度、6年度にそれぞれ3,000万円、4,000万円を計上した。", ("3,000万円", "4,000万円")),
    ("町は2027年度及び2028年度にそれぞれ6,000万円、8,000万円を充てる計画だ。", ("6,000万円", "8,000万円")),
    ("市は国と県にそれぞれ2億円、1億円を返還した。", ("2億円", "1億円")),
    ("市は北浜町と南川村にそれぞれ800万円、600万円を負担金として支出する。", ("800万円", "600万円")),
]


@pytest.mark.parametrize("line, figures", RESPECTIVE_NO_WORKS)
def test_years_or_bodies_before_a_respective_list_name_no_programme(line: str, figures: tuple[str, ...]) -> None:
    got = amounts_by_text("令和7年度 南川市当初予算の概要", line)
    assert [got[t].program for t in figures] == [None] * len(figures)
