"""Money a body RECEIVES from another government or body, named by its figure's own label (`町からの補助金 2,450万円`,
`県からの委託金`, `共同募金会からの配分金`), is revenue: `other`, no budgets row, under any label (context/stage_marks.py
income_label, roles.json received_grants). A 社協's or a foundation's 事業計画・予算 lists its income beside its
programmes' budgets; rows31's spaced title (`令和6年度 X 事業計画・予算`) made every line under it a budget row
(holdout23 h23_shakyo_keikaku). Near misses: a programme that gives a grant (`町補助金交付事業`), one that uses a received
grant (`国からの補助金を活用した…事業 予算額`), a giver's grant to others (`町から団体への補助金`). Lines written for these
tests in several bodies' styles (a council of social welfare, an association, a foundation, a town)."""
from __future__ import annotations

import pytest

from extract.context.revenue_subjects import received_grant

from .test_roles_shapes import amount, rows, run

PROGRAMME = "ボランティアセンター運営事業 予算額 380万円"


@pytest.mark.parametrize("title, line, figure", [
    ("令和6年度 西丘町社会福祉協議会 事業計画・予算", "町からの補助金 2,450万円", "2,450万円"),
    ("令和6年度 西丘町社会福祉協議会 事業計画・予算", "・西丘町からの運営補助金 2,450万円", "2,450万円"),
    ("令和7年度 東浜市観光協会 事業計画及び収支予算", "○市からの委託料 1,200万円", "1,200万円"),
    ("令和7年度 北野県国際交流協会 事業計画・予算", "- 県からの負担金:800万円", "800万円"),
    ("令和5年度 南台村社会福祉協議会 事業計画・予算", "共同募金会からの配分金 120万円", "120万円"),
    ("令和8年度 公益財団法人青空文化財団 事業計画・予算", "国からの助成金として 3,000万円", "3,000万円"),
    ("令和6年度 川原町シルバー人材センター 事業計画・予算", "■町よりの交付金 450万円", "450万円"),
])
def test_a_grant_received_from_another_body_is_revenue_no_row(title: str, line: str, figure: str) -> None:
    found = run(title, line, PROGRAMME)
    assert amount(found, figure).role == "other"
    assert rows(found) == ["380万円"]  # the programme's budget stays its row


@pytest.mark.parametrize("line, figure", [
    ("町補助金交付事業 予算額 300万円", "300万円"),  # the town's own grant programme: its budget
    ("国からの補助金を活用した防災設備整備事業 予算額 1,200万円", "1,200万円"),  # the programme using a received grant
    ("県からの補助金による子育て支援事業 800万円", "800万円"),
    ("地域福祉活動補助金 250万円", "250万円"),  # a grant named without a giver: as its scope makes it
])
def test_near_miss_programmes_naming_a_grant_stay_budget_rows(line: str, figure: str) -> None:
    found = run("令和6年度 東山町 当初予算の概要", line)
    assert amount(found, figure).role == "budget"
    assert figure in rows(found)


@pytest.mark.parametrize("label, received", [
    ("町からの補助金", True), ("市からの委託金", True), ("国からの交付金として", True), ("各団体からの負担金", True),
    ("町から団体への補助金", False),  # the giver's grant to others
    ("町補助金", False), ("国からの補助金を活用した事業", False), ("基金からの補助金", False),  # a fund pays it out
    ("町からの補助金の返還", False),
])
def test_the_received_grants_label(label: str, received: bool) -> None:
    assert received_grant(label) is received
