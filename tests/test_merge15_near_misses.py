"""Near misses a review of session 12's merged rules found (figures main read right that the new rules misread): a
government's 出資金 is money budgeted (an applicant's capital is a statistic under a grant only); a record (`過去最高で`)
is no cap; a topic of its own (`営業利益は`) ends a list of appropriations; a cap label that says there is no cap
(`上限は撤廃`, `上限 なし`) caps nothing; a bracket opening last year's figure or a result ends a cap label's reach."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line
from extract.rules.engine import RuleContext

from .helpers import text_deck_outline


def _amounts(*texts: str) -> dict[str, object]:
    mentions, _ = text_deck_outline(texts)
    return {m.text: m for m in mentions if m.kind in ("amount", "count")}


def _bounds(line: str) -> dict[str, list[str]]:
    found = extract_lines("t", [Line(text=line, page=None, line=1, index=0)], RuleContext(deck_year=2026))
    return {m.text: m.qualifiers for m in found if m.kind in ("amount", "count")}


@pytest.mark.parametrize("title, line, figure, role", [
    ("令和7年度予算案の概要", "産業投資出資金 500億円", "500億円", "budget"),
    ("令和7年度予算案の概要", "○株式会社日本政策金融公庫出資金 100億円", "100億円", "budget"),
    ("令和7年度予算案の概要", "(独)中小企業基盤整備機構出資金 20億円", "20億円", "budget"),
    # an applicant's capital under a grant's frame stays a statistic of the applicant
    ("奨励金のご案内", "・出資金1,000万円以下の組合", "1,000万円", "other"),
    ("ものづくり補助金の公募", "・資本金3億円以下又は従業員300人以下の会社", "3億円", "other"),
])
def test_a_governments_investment_is_budgeted_an_applicants_capital_is_not(title, line, figure, role):
    assert _amounts(title, line)[figure].role == role


def test_a_topic_of_its_own_ends_a_list_of_appropriations():
    found = _amounts("企業の動向", "同社は2025年度予算案に研究開発費として50億円、売上高は1,200億円、営業利益は80億円を見込む。")
    assert (found["1,200億円"].role, found["80億円"].role) == ("other", "other")


@pytest.mark.parametrize("line, figure, qualifiers", [
    ("観光消費額は過去最高で1兆2,000億円となった。", "1兆2,000億円", []),
    ("税収は過去最大で75兆円に達した。", "75兆円", []),
    ("県内最大で300人が参加した。", "300人", []),
    ("上限は撤廃され、売上高は5億円となった。", "5億円", []),
    ("上限 なし 売上高 1億円", "1億円", []),
    ("補助上限額 500万円（前年度 300万円）", "300万円", []),
    ("交付上限額 1,000万円 (令和5年度実績 800万円)", "800万円", []),
    ("上限10万円の改修費を補助する制度に、3,000万円を計上した。", "3,000万円", []),
    # the caps themselves stay caps, a list of them too
    ("補助金の上限額は、単独申請 1,000万円、共同申請 3,000万円とします。", "3,000万円", ["at_most"]),
    ("補助上限額 500万円（前年度 300万円）", "500万円", ["at_most"]),
    ("最大で500万円を補助します。", "500万円", ["at_most"]),
])
def test_no_cap_where_a_record_a_lifted_cap_or_last_years_figure_stands(line, figure, qualifiers):
    assert _bounds(line)[figure] == qualifiers
