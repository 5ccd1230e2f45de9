"""Programme names of a budget request's news report written in two shapes earlier rules left unnamed (issue 21, the
shapes of fresh9a's 国土強靱化 reports): a measure the sentence names as its topic over the ministries that request
for it (`インフラの老朽化対策では、国交省が21・6%増の5440億円、農水省が…3008億円`), and a flattened list's items closed by
`=` with the state's share said before the figure (`▽風水害…への対策=国費1兆5400億円(事業費…)▽…=272億円(277億円)`).
Lines written for these tests in other papers' wording, with the near misses that must not change."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text

LEAD = "各府省が2027年度当初予算の概算要求に盛り込んだ防災関連の予算は、前年度比5%増の2兆1000億円だった。"
SUPPLEMENTARY = "政府は26年度第2次補正予算案に防災・減災対策の関係経費として国費ベースで1兆2000億円を計上した。"


def _named(*texts: str) -> dict[str, tuple[str | None, str | None]]:
    return {t: (m.program, m.total_of) for t, m in amounts_by_text(*texts).items()
            if m.role in ("budget", "supplementary_budget")}


@pytest.mark.parametrize("line, names", [
    ("河川の氾濫対策では、国交省が12・5%増の830億円、農水省が3・1%増の210億円を求めた。",
     {"830億円": "河川の氾濫対策", "210億円": "河川の氾濫対策"}),
    ("学校施設の老朽化対策については、文部科学省が40%増の1500億円を要求した。", {"1500億円": "学校施設の老朽化対策"}),
    ("港湾の耐震強化では、国土交通省が9%増の620億円を計上した。", {"620億円": "港湾の耐震強化"}),
])
def test_a_measure_as_the_sentences_topic_names_the_ministries_figures(line, names):
    found = _named(LEAD, line)
    assert {t: found[t] for t in names} == {t: (n, None) for t, n in names.items()}


@pytest.mark.parametrize("line, figure", [
    # a breakdown's dimension as the topic: the ministry's whole share, no row
    ("府省庁別では、国土交通省が最も多い1兆3000億円を求めた。", "1兆3000億円"),
    ("内訳を見ると、文部科学省が最大の900億円、厚生労働省が400億円を計上。", "900億円"),
])
def test_a_breakdowns_dimension_names_no_measure(line, figure):
    program, total = _named(LEAD, line)[figure]
    assert program is None and total is not None


def test_the_budget_as_the_topic_names_no_measure():
    # `今年度予算案では`: the budget document, no measure (its title or the ministry names the figure, as before)
    program, _ = _named(LEAD, "今年度予算案では、国交省が3兆円を計上した。")["3兆円"]
    assert program is None or "予算" not in program


@pytest.mark.parametrize("line, names", [
    ("施策ごとに見ると、▽豪雨災害への備え=国費8200億円(事業費1兆1000億円)▽インフラの予防保全=2100億円(3300億円)"
     "▽防災のデジタル化など=150億円(160億円)−などとなっている。",
     {"8200億円": "豪雨災害への備え", "2100億円": "インフラの予防保全", "150億円": "防災のデジタル化など"}),
    ("主な内訳は、◇堤防の強化＝国費640億円、◇砂防施設の整備＝310億円を計上した。",
     {"640億円": "堤防の強化", "310億円": "砂防施設の整備"}),
])
def test_an_inline_item_closed_by_an_equals_sign_names_its_figure(line, names):
    found = _named(SUPPLEMENTARY, line)
    assert {t: found[t][0] for t in names} == names


@pytest.mark.parametrize("line, figure", [
    # a grant's cap written as an item is no work's budget
    ("支援の内容は、▽補助上限=50万円▽補助率=2分の1となっている。", "50万円"),
])
def test_an_equated_cap_names_no_item(line, figure):
    found = {t: m for t, m in amounts_by_text(SUPPLEMENTARY, line).items()}
    m = found[figure]
    assert m.role not in ("budget", "supplementary_budget") or m.program != "補助上限"


# a committee's answer: a programme's budget as the topic, then each year's figure said by its year alone
QUESTION = "委員  今年度はどれくらいの予算でこの事業をやられているのか、伺います。"


@pytest.mark.parametrize("line, names", [
    ("国際交流課長  東京マラソン関連予算ですが、令和元年度3,200万円、令和2年度は1億2,000万円、令和3年度は9,800万円となっております。",
     {"3,200万円": "東京マラソン関連予算", "1億2,000万円": "東京マラソン関連予算", "9,800万円": "東京マラソン関連予算"}),
    ("観光課長  花火大会の予算については、平成29年度は850万円、平成30年度は920万円でございます。",
     {"850万円": "花火大会の予算", "920万円": "花火大会の予算"}),
])
def test_a_budgets_topic_over_its_years_figures_names_each(line, names):
    found = _named(QUESTION, line)
    assert {t: found[t][0] for t in names} == names


@pytest.mark.parametrize("line, figure", [
    # a body's or an account's budget as the topic: the whole of a year, no programme's row
    ("財政課長  市の予算ですが、令和元年度は420億円、令和2年度は431億円となっております。", "420億円"),
    ("財政課長  一般会計予算は、令和元年度は420億円、令和2年度は431億円でございます。", "431億円"),
    # a ministry's budget level over its years (`外務省当初予算は、令和3年度…、令和4年度…`): no programme either
    ("農林水産省当初予算は、令和4年度2兆2777億円(デジタル庁分を除く)、令和5年度2兆2683億円となっている。", "2兆2683億円"),
    ("県補正予算ですが、令和4年度は12億円、令和5年度は15億円となっております。", "12億円"),
    # a figure said with more than its year (a sum over the years): no year's row of the topic
    ("国際交流課長  東京マラソン関連予算ですが、令和元年度3,200万円、令和2年度は1億2,000万円、"
     "この2箇年合計で1億5,200万円となっております。", "1億5,200万円"),
])
def test_a_wholes_topic_or_a_sum_names_no_years_programme(line, figure):
    found = {t: m.program for t, m in amounts_by_text(QUESTION, line).items()}
    assert not (found.get(figure) or "").endswith("予算")
