"""A title that names a budget's kind but no year gives its items their role (context/kind_labels.py, roles.json
kind_titles): a government-wide compilation titled by its theme (`…関係予算`, `…関連予算`) is a budget's; a figure's own
label still wins, and a title that only names a theme is none."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


def roles(*texts: str) -> dict[str, str | None]:
    return {t: m.role for t, m in amounts_by_text(*texts).items()}


@pytest.mark.parametrize("title", ["共生社会の実現に向けた関係予算", "こども・子育て関連予算の概要", "防災・減災関係予算"])
def test_a_compilation_titled_by_its_theme_is_a_budgets(title):
    found = roles(title, "【文部科学省】外国人の子供の就学促進 3億円", "【法務省】在留支援センターの運営 12億円")
    assert (found["3億円"], found["12億円"]) == ("budget", "budget")


def test_a_theme_title_with_a_figures_own_label_keeps_the_label():
    found = roles("防災関係予算", "【国土交通省】令和6年度補正予算 河川改修 450億円")
    assert found["450億円"] == "supplementary_budget"


def test_a_theme_title_without_a_budgets_word_labels_nothing():
    found = roles("共生社会の実現に向けた取組", "外国人住民の数は 300万人、関連市場は 2兆円 と推計される。")
    assert found["2兆円"] == "other"


# a compilation mixing a supplementary and an initial budget: each line's own stage word (after its year) wins over the title
@pytest.mark.parametrize("line, figures", [
    ("・洋上風力発電導入促進事業【経済産業省】 令和7年度当初 250億円（令和6年度当初 200億円）",
     {"250億円": ("budget", 2025), "200億円": ("previous_budget", 2024)}),
    ("○保育所等整備交付金【こども家庭庁】 R6補正 300億円 R7当初 500億円",
     {"300億円": ("supplementary_budget", 2024), "500億円": ("budget", 2025)}),
    ("・地域脱炭素推進交付金【環境省】 令和6年度補正 120億円", {"120億円": ("supplementary_budget", 2024)}),
])
def test_a_lines_own_stage_after_its_year_wins_over_a_mixed_title(line, figures):
    found = {t: (m.role, m.fy) for t, m in amounts_by_text("脱炭素関連予算（令和6年度補正予算・令和7年度当初予算）", line).items()}
    assert {t: found[t] for t in figures} == figures


def test_at_first_without_a_year_is_no_stage():
    found = roles("新庁舎建設の経緯", "新庁舎の建設費は当初30億円の計画だった。")
    assert found["30億円"] != "budget"


def test_each_listed_part_of_a_requests_breakdown_is_its_programmes_no_whole():
    found = amounts_by_text("令和8年度予算の概要",
                            "観光庁の予算要求の内訳は、「A」が同91%増の162億円、「観光地域づくり支援」が同84%増の9億5800万円。")
    assert found["9億5800万円"].role == "budget" and not found["9億5800万円"].total_of


@pytest.mark.parametrize("opening, kind", [
    ("補正予算では、11月会議で一般会計など3件の補正予算が提案され、全て原案どおり可決しました。", "supplementary_budget"),
    ("当初予算について、3月会議で審議し可決しました。", "budget"),
])
def test_a_report_opening_on_the_budgets_kind_scopes_its_figures(opening, kind):
    found = roles(opening, "提案内容 台風により被災した住民への見舞金70万円を予算化するものです。")
    assert found["70万円"] == kind


def test_an_opening_on_another_topic_scopes_nothing():
    found = roles("決算では、9月会議で令和5年度の各会計決算が認定されました。",
                  "提案内容 台風により被災した住民への見舞金70万円を予算化するものです。")
    assert found["70万円"] != "supplementary_budget"


@pytest.mark.parametrize("line, figures", [
    ("・保育士等の処遇改善事業【こども家庭庁】 【R6補正：100億円】【R7当初：50億円】",
     {"100億円": ("supplementary_budget", 2024), "50億円": ("budget", 2025)}),
    ("○河川改修事業（国土交通省） 令和7年度当初：450億円", {"450億円": ("budget", 2025)}),
])
def test_a_stage_in_a_box_or_before_a_colon_labels_its_figure(line, figures):
    title = "こども・子育て関連予算（令和6年度補正予算・令和7年度当初予算）"
    found = {t: (m.role, m.fy) for t, m in amounts_by_text(title, line).items()}
    assert {t: found[t] for t in figures} == figures


def test_a_financing_share_in_a_box_is_other():
    found = roles("令和6年度補正予算 防災・減災関係", "○河川改修事業（国土交通省） 450億円 【うち国費 300億円】")
    assert (found["450億円"], found["300億円"]) == ("supplementary_budget", "other")


def test_a_ceiling_on_requests_is_no_request():
    found = roles("令和8年度予算編成方針", "要求基準額 120億円 査定額 118億円")
    assert (found["120億円"], found["118億円"]) == ("other", "other")  # no request: the pair's rule leaves both


def test_last_years_figure_after_a_boxed_budget_is_the_previous_years():
    found = {t: (m.role, m.fy) for t, m in amounts_by_text(
        "外国人材の受入れ・共生のための総合的対応策 関係予算",
        "○ 日本語教育推進事業（文部科学省）【令和7年度予算額 10億円】（令和6年度予算額 9億円）").items()}
    assert (found["10億円"], found["9億円"]) == (("budget", 2025), ("previous_budget", 2024))


@pytest.mark.parametrize("statistic", ["外国人労働者の年間送金額 約1兆2,000億円", "訪日客の旅行消費額 約8兆円（令和6年）"])
def test_a_background_statistic_under_a_compilations_title_is_no_budget(statistic):
    found = roles("外国人との共生社会の実現に向けた関係予算", f"在留外国人数 376万人（令和6年末）、{statistic}",
                  "【法務省】外国人受入環境整備交付金 11億円（10億円）")
    figure = statistic.split("約")[1].split("（")[0]
    assert (found[figure], found["11億円"]) == ("other", "budget")
