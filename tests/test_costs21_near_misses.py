"""Near misses of issue 21's cost and year rules (session 18's review), in wordings of other issuers:

- an evaluation (context/document_kinds.py EVALUATION) leaves a project's life costs yearless, but a figure labelled as
  one year's settlement or spending keeps its year, a figure its own clause names as a year's budget act (`…年度補正で`,
  `…年度当初に`) keeps its role and year, and a budget deck whose lead only mentions an evaluation is no evaluation;
- a cost subject's figure a giving verb governs (`葬祭費は最大5万円を支給`) is a grant's size (cost_estimates.cost_before);
- a year's figure in a budget told year by year that its own clause calls a settlement is no budget (topics.py);
- a two-digit `N年に` with a bare verb after it (`20年に設定した`) is a period, no era-less year (durations.json);
- `総費用` alone is one year's cost; a whole-life cost only beside its benefit (settlements.project_whole);
- a plan's period after a year (`2025年から10年間で`) is no elapsed time: the text's `26年度` reads in its century.
"""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text, mentions


def role_fy(lines: tuple[str, ...], text: str) -> tuple[str, int | None]:
    m = amounts_by_text(*lines, deck_year=None)[text]
    return m.role, m.fy


@pytest.mark.parametrize("lines, text, want", [
    # a year's settlement or spending on an evaluation sheet: that year's, other
    (("令和5年度 行政評価（事務事業評価）シート", "事業名　公民館管理運営事業", "事業費　令和3年度決算 3,420万円　令和4年度決算 3,560万円"),
     "3,420万円", ("other", 2021)),
    (("令和5年度 行政評価（事務事業評価）シート", "事業名　公民館管理運営事業", "事業費　令和3年度決算 3,420万円　令和4年度決算 3,560万円"),
     "3,560万円", ("other", 2022)),
    (("再評価調書（△△漁港 岸壁改良事業）", "令和元年度の執行額　6億7,000万円"), "6億7,000万円", ("other", 2019)),
    # a year's budget act named in the figure's own clause: its role and year
    (("再評価結果（△△線 道路改築事業）", "全体事業費　約94億円", "令和4年度補正で2億5,000万円を措置した。"),
     "2億5,000万円", ("supplementary_budget", 2022)),
    (("公共事業評価監視委員会 審議概要（△△県）", "県は平成29年度補正で1億1,000万円を計上し、橋梁の架替えを早めた。"),
     "1億1,000万円", ("supplementary_budget", 2017)),
    # near misses: the life costs of an evaluation stay yearless
    (("再評価結果（△△線 道路改築事業）", "全体事業費　約94億円", "令和4年度補正で2億5,000万円を措置した。"), "94億円", ("other", None)),
    (("令和6年度 県公共事業再評価結果", "○○線道路改良事業 全体事業費 約52億円 執行済額 約31億円"), "52億円", ("other", None)),
    # a local programme's evaluation sheet (事務事業評価) is no project evaluation: its years' costs keep their years
    (("令和7年度 事務事業評価シート", "事業名 子育て相談事業 令和7年度予算額 900万円",
      "コスト内訳 人件費 350万円 委託料 250万円 補助金 300万円"), "350万円", ("other", 2025)),
    (("事務事業評価シート（令和8年度）", "事業名：防犯灯整備事業", "トータルコスト R5 1,200千円 R6 1,350千円 R7 1,500千円"),
     "1,350千円", ("other", 2024)),
    # a budget deck whose lead mentions an evaluation keeps its budget
    (("令和8年度 当初予算の概要（建設部）", "政策評価・事業評価の結果を反映し、配分を見直した。", "・橋梁長寿命化事業　4億6,000万円"),
     "4億6,000万円", ("budget", 2026)),
])
def test_an_evaluation_keeps_a_years_own_money(lines, text, want):
    assert role_fy(lines, text) == want


@pytest.mark.parametrize("line, text, role", [
    ("出産にかかる費用は最大50万円を助成します。", "50万円", "support"),
    ("埋葬費は最大7万円を支給します。", "7万円", "support"),
    ("通院時の交通費は最大2万円を給付します。", "2万円", "support"),
    # near misses: a project's or an event's cost estimate stays other
    ("新体育館の建設費は最大95億円に膨らむ見込みだ。", "95億円", "other"),
    ("大会の運営にかかる費用は最大12億円と試算された。", "12億円", "other"),
])
def test_a_cost_a_grant_covers_is_the_grants_size(line, text, role):
    assert amounts_by_text("令和8年度 くらしの支援ガイド（△△村）", line)[text].role == role


@pytest.mark.parametrize("line, text, want", [
    ("○部長　本事業の予算は、令和7年度4億円、令和6年度は3億7,000万円の決算見込みでございます。", "3億7,000万円", ("other", 2024)),
    ("○部長　本事業の予算は、令和7年度4億円、令和6年度は3億7,000万円の決算見込みでございます。", "4億円", ("budget", 2025)),
    ("○部長　本事業の予算は、令和7年度4億円、令和6年度は3億7,000万円の実績となっております。", "3億7,000万円", ("other", 2024)),
    # near miss: the next year's figure alone stays the label's budget of its year
    ("○部長　関連予算ですが、令和5年度2億円、令和6年度は2億3,000万円でございます。", "2億3,000万円", ("budget", 2024)),
])
def test_a_year_item_called_a_settlement_is_no_budget(line, text, want):
    assert role_fy(("△△県議会 決算特別委員会記録", line), text) == want


@pytest.mark.parametrize("text, span, is_span", [
    ("指定管理の期間は当初の5年から延ばし、10年に設定した。", "10年", True),
    ("貸付期間は、12年に改めた。", "12年", True),
    ("償還期間は、25年に定めた。", "25年", True),
    # near misses: an era-less year before an event stays no span
    ("28年に全国大会を開く県は、21年に前回大会の記録をまとめた。", "21年", False),
    ("28年に全国大会を開く県は、21年に前回大会の記録をまとめた。", "28年", False),
    ("30年に開催される欧州の博覧会に職員を派遣する費用を盛り込んだ。", "30年", False),
])
def test_a_two_digit_year_needs_an_event_after_it(text, span, is_span):
    assert (span in [m.text for m in mentions(text) if m.kind == "duration"]) is is_span


@pytest.mark.parametrize("lines, text, fy", [
    (("令和4年度 水道事業会計決算の概要", "総収益は18億2,000万円、総費用は17億5,000万円となった。"), "17億5,000万円", 2022),
    (("令和5年度 △△花火大会 開催報告", "総費用　1,120万円（うち協賛金 400万円）"), "1,120万円", 2023),
    # near misses: a cost-benefit analysis's present values stay yearless
    (("令和5年度 道路事業 費用便益分析", "総費用 210億円、総便益 380億円、B/C 1.8"), "210億円", None),
    (("令和5年度 道路事業 費用便益分析", "総費用 210億円、総便益 380億円、B/C 1.8"), "380億円", None),
])
def test_a_total_cost_alone_keeps_its_year(lines, text, fy):
    assert role_fy(lines, text)[1] == fy


@pytest.mark.parametrize("lines, text, fy", [
    (("△△町 学校施設長寿命化計画", "2026年から8年間で校舎を改修する。", "27年度は1億円、28年度は1億5,000万円を計上する予定。"),
     "1億円", 2027),
    (("△△町 学校施設長寿命化計画", "2026年から8年間で校舎を改修する。", "27年度は1億円、28年度は1億5,000万円を計上する予定。"),
     "1億5,000万円", 2028),
])
def test_a_plans_period_is_no_elapsed_time(lines, text, fy):
    assert role_fy(lines, text)[1] == fy
