"""A summary of a budget's changes that writes its year only in the header of the table it summarises (`平成27年度
平成28年度 比 較`): its year-less figures are of the later year (issue 21, context/compared_years.py). Variants in other
eras and column words; near misses that must not take the header's year."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


def fys(*texts: str) -> dict[str, int | None]:
    return {t: m.fy for t, m in amounts_by_text(*texts).items()}


@pytest.mark.parametrize("lines, figures, year", [
    # one flattened line: the prose, an old bond's year, then the table's header
    (["歳出の状況(一般会計) 【民生費】 臨時福祉給付金等事業経費が約5億8200万円の増となるなど、全体で、約8億8900万円の増となっています。"
      " 【公債費】 平成7年度発行の事業債の完済により、約2億5200万円の減となっています。"
      " (単位:千円) 平成27年度 平成28年度 比 較 款 当初予算額"], ["5億8200万円", "8億8900万円", "2億5200万円"], 2016),
    (["【土木費】 道路新設改良事業費が約1億2000万円の減となっています。", "款 令和5年度 令和6年度 増減 土木費 1,200,000 1,080,000"],
     ["1億2000万円"], 2024),
    (["教育費は、学校改修事業の完了により3億円の減。", "区分 2023年度 2024年度 差引 教育費"], ["3億円"], 2024),
])
def test_the_changes_take_the_headers_later_year(lines, figures, year):
    found = fys(*lines)
    assert all(found[f] == year for f in figures)


@pytest.mark.parametrize("lines, figure", [
    # two years that are not consecutive: no comparison of one budget with the year before
    (["民生費は約5億円の増となっています。", "平成25年度 平成28年度 比較"], "5億円"),
    # consecutive years with no change column after them: a strip of years, no comparison header
    (["民生費は約5億円の増となっています。", "平成27年度 平成28年度 款 当初予算額"], "5億円"),
    # two headers of different years: which one the prose summarises is not said
    (["民生費は約5億円の増となっています。", "平成27年度 平成28年度 比較", "平成28年度 平成29年度 比較"], "5億円"),
])
def test_near_misses_take_no_header_year(lines, figure):
    assert fys(*lines)[figure] not in (2016, 2017)


def test_a_base_years_own_figure_keeps_its_year():
    found = fys("平成27年度の当初予算額は120億円でした。民生費は約5億円の増となっています。", "平成27年度 平成28年度 比較 款")
    assert found["120億円"] == 2015


AGENCY = "令和7年度 文化庁予算の概要"


@pytest.mark.parametrize("line, text, role, fy", [
    # a bracket opened by `対` names the budget the figure is compared with: the change is other, of the figure's own year
    ("補正予算案が総額120億円(対令和5年度補正予算15億円増)となった。", "15億円", "other", 2025),
    ("当初予算額は1,080億円(対令和6年度当初予算 +12億円)。", "+12億円", "other", 2025),
    ("宇宙関係予算は2,972億円(対2024年度当初予算 65億円減)、前年度より微減。", "65億円", "other", 2025),
    # the figure before the bracket keeps its label's reading and year
    ("補正予算案が総額120億円(対令和5年度補正予算15億円増)となった。", "120億円", "supplementary_budget", 2025),
    # near misses: a bracket with no `対` is last year's figure; `反対`, `対象` open no comparison
    ("文化財保護費 450億円(令和6年度当初予算 440億円)", "440億円", "previous_budget", 2024),
    ("反対意見もあったが、令和7年度予算に30億円を計上した。", "30億円", "budget", 2025),
    ("対象は令和6年度補正予算 25億円の事業。", "25億円", "supplementary_budget", 2024),
])
def test_a_budget_opened_by_against_is_the_base_of_a_change(line, text, role, fy):
    m = amounts_by_text(AGENCY, line)[text]
    assert (m.role, m.fy) == (role, fy)


# a news item that names the supplementary's year once in its lead, then compares each budget with an earlier one
NEWS = ("防災ニュース", "政府防災予算、補正と来年度当初とも増加", "総計2,260億円に増加も国交省は減少",
        "内閣府はこのほど、2024年度補正予算案および2025年度予算案における各府省の防災関係予算を取りまとめた。")


@pytest.mark.parametrize("line, text, role, fy", [
    # `補正予算案が総額N円`: the supplementary the lead names, of its year; the bracketed change is other, of that year too
    ("それによると、補正予算案が総額410億円(対2023年度補正予算38億円増)、2025年度予算額が1,850億円となった。",
     "410億円", "supplementary_budget", 2024),
    ("それによると、補正予算案が総額410億円(対2023年度補正予算38億円増)、2025年度予算額が1,850億円となった。",
     "38億円", "other", 2024),
    ("それによると、補正予算は合計95億円(対2023年度補正予算 +7億円)、当初予算は1,850億円となった。",
     "95億円", "supplementary_budget", 2024),
    # near misses: the year's budget named by its own year keeps it
    ("それによると、補正予算案が総額410億円(対2023年度補正予算38億円増)、2025年度予算額が1,850億円となった。",
     "1,850億円", "budget", 2025),
])
def test_a_supplementary_s_total_takes_the_year_its_lead_names(line, text, role, fy):
    m = amounts_by_text(*NEWS, line)[text]
    assert (m.role, m.fy) == (role, fy)
