"""A line that pairs the state's own expense (国費) with the size of the works it pays for (事業費): the 国費 figure is the
appropriation of the budget the deck reports, the 事業費 figure a project size, `support` (GUIDE: 事業規模; issue 21,
context/cost_bases.py). Variants in several issuers' wording; near misses that must keep their roles."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


def roles(*texts: str) -> dict[str, tuple[str | None, int | None]]:
    return {t: (m.role, m.fy) for t, m in amounts_by_text(*texts).items()}


@pytest.mark.parametrize("lines, public, project", [
    # a trade paper on a supplementary: 国費ベース / 事業費ベース sentences, then bracketed pairs of a list
    (["政府は令和2年度第3次補正予算案に国費ベースで1兆9656億円を計上した。事業費ベースでは3兆0541億円の規模。",
      "施策別に見ると、▽風水害対策=国費1兆5400億円(事業費2兆3785億円)▽老朽化対策=3984億円(6480億円)−などとなっている。"],
     ["1兆9656億円", "1兆5400億円", "3984億円"], ["3兆0541億円", "2兆3785億円", "6480億円"]),
    # a ministry's PR sheet of a request, full-width brackets and a colon
    (["令和7年度概算要求の概要", "道路の老朽化対策 国費：2,450億円（事業費：4,120億円）"], ["2,450億円"], ["4,120億円"]),
    # a prefecture's summary of an initial budget, both labels in one sentence
    (["平成30年度当初予算案について", "国土強靱化関係は、国費820億円、事業費1,150億円となった。"], ["820億円"], ["1,150億円"]),
])
def test_the_national_expense_is_the_budget_and_the_project_cost_a_size(lines, public, project):
    found = roles(*lines)
    assert {found[f][0] for f in public} <= {"budget", "supplementary_budget"}
    assert all(found[f][0] == "support" for f in project)
    # the project size is of the same year as its appropriation, never read as last year's
    assert {found[f][1] for f in project} <= {found[p][1] for p in public}


def test_the_pairs_take_the_kind_of_the_decks_first_national_expense():
    found = roles("政府は令和2年度第3次補正予算案に国費ベースで1兆9656億円を計上した。事業費ベースでは3兆0541億円の規模。",
                  "総額は国費2兆2604億円(事業費3兆4963億円)。うち公共事業関係は1兆7488億円(2兆5252億円)となった。")
    assert [found[f][0] for f in ("2兆2604億円", "1兆7488億円")] == ["supplementary_budget"] * 2
    assert [found[f][0] for f in ("3兆4963億円", "2兆5252億円")] == ["support"] * 2


@pytest.mark.parametrize("lines, figure, not_role", [
    # a programme's own expense with no 国費 beside it is its request, not a project size
    (["令和元年度概算要求について", "国土交通省が水害対策の事業費として5273億円を要求した。"], "5273億円", "support"),
    # a financing share (`うち国費`) of a project cost: left to the share rules
    (["令和6年度予算案", "河川改修事業 事業費 120億円(うち国費 60億円)"], "60億円", "supplementary_budget"),
    # a budget with last year's figure in brackets and no 国費 / 事業費 word: the usual pair
    (["令和6年度予算案", "防災対策 3984億円(3800億円)"], "3800億円", "support"),
])
def test_near_misses_keep_their_roles(lines, figure, not_role):
    assert roles(*lines)[figure][0] != not_role


def test_a_bare_pair_without_the_labelled_pair_stays_last_years():
    found = roles("令和6年度予算案", "防災対策 3984億円(3800億円)")
    assert found["3800億円"] == ("previous_budget", 2023)


@pytest.mark.parametrize("line, share", [
    ("このうち公共事業関係は、国費1兆6500億円、事業費2兆3973億円となる。", "1兆6500億円"),
    ("うち道路関係は国費820億円(事業費1,150億円)。", "820億円"),
])
def test_a_share_of_the_whole_is_no_programmes_row(line, share):
    found = amounts_by_text("政府は令和2年度第3次補正予算案に国費ベースで1兆9656億円を計上した。", line)
    assert found[share].role == "supplementary_budget" and found[share].total_of


def test_a_pair_that_opens_its_own_sentence_is_no_share():
    found = amounts_by_text("政府は令和2年度第3次補正予算案に国費ベースで1兆9656億円を計上した。",
                            "▽風水害対策=国費1兆5400億円(事業費2兆3785億円)")
    assert found["1兆5400億円"].total_of is None


def test_a_pr_sheets_pair_takes_the_sheets_kind():
    found = roles("令和7年度補正予算案 PR資料", "防災・減災対策推進事業", "補正予算額 80億円", "国費 60億円（事業費 120億円）")
    assert found["60億円"] == ("supplementary_budget", 2025) and found["120億円"] == ("support", 2025)


@pytest.mark.parametrize("lines, figure, role", [
    # a project size bracketed as a base right after its figure, with no 国費 word: still a size
    (["地方創生関係交付金の概要", "28補正地方創生拠点整備交付金", "900億円(事業費ベース1,800億円)"], "1,800億円", "support"),
    (["令和6年度予算の概要", "社会資本整備総合交付金 5,065億円（事業費ベース：9,800億円）"], "9,800億円", "support"),
])
def test_a_bracketed_project_base_is_a_size(lines, figure, role):
    assert roles(*lines)[figure][0] == role


def test_a_lone_national_share_far_from_the_pair_is_no_appropriation():
    found = amounts_by_text("平成 29 年度の地方創生推進交付金(国費:1,000 億円、事業費:2,000 億円)の運用について、交付上限額は以下のとおり。"
                            " (2)交付上限額 28 年度 29 年度 都道府県 〔先 駆〕国費:2億円 〔横展開〕国費:0.5 億円")
    assert found["1,000 億円"].role == "budget" and found["2,000 億円"].role == "support"
    assert found["2億円"].role_source != "public_cost" and found["0.5 億円"].role_source != "public_cost"


def test_a_local_works_cost_with_the_states_share_is_no_project_size():
    found = amounts_by_text("令和6年度当初予算の主な事業", "道路改良事業 事業費 1億2,000万円（国費 6,600万円）")
    assert found["1億2,000万円"].role != "support" and found["6,600万円"].role_source != "public_cost"
