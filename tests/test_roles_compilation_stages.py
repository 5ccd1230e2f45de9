"""A budget's compilation told stage by stage under headings: only the last stage's figures are the budget, earlier
requests and assessments are steps on the way, other (issue 21, context/compilation_stages.py). Variants; near misses:
a request sheet with no assessment keeps its request as the budget."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


def roles(*texts: str) -> dict[str, tuple[str | None, int | None]]:
    return {t: (m.role, m.fy) for t, m in amounts_by_text(*texts).items()}


def test_only_the_last_stage_is_the_budget():
    found = roles("平成23年度 当初予算編成過程", "担当課要求の額", "歳出 164億3,811万円", "財政課長内示の額", "歳出 150億8,000万円",
                  "最終市長査定", "平成23年度当初予算額 158億8,200万円")
    assert found["164億3,811万円"][0] == "other" and found["150億8,000万円"][0] == "other"
    assert found["158億8,200万円"] == ("budget", 2011)


def test_a_prefectures_stages_in_reiwa_words():
    found = roles("令和6年度当初予算の編成状況", "各部局要求額", "一般会計 5,120億円", "知事査定", "一般会計 4,980億円")
    assert found["5,120億円"][0] == "other"
    assert found["4,980億円"] == ("budget", 2024)


def test_a_request_total_in_prose_is_a_request():
    found = roles("平成23年度 当初予算編成過程", "財政課長内示の額", "歳出 150億8,000万円", "財務部長復活査定",
                  "42事業(要求額合計8億7,721万8千円)の復活要求がありました。", "最終市長査定", "当初予算額 158億8,200万円")
    assert found["8億7,721万8千円"][0] == "other"


def test_a_request_sheet_without_an_assessment_keeps_its_request():
    found = roles("令和7年度概算要求の概要", "概算要求額", "一般会計 1,234億円", "主な要求事項", "○ 道路整備事業 120億円")
    assert found["1,234億円"][0] == "budget" and found["120億円"][0] == "budget"


def test_request_and_assessment_headings_side_by_side_are_columns_not_stages():
    found = amounts_by_text("令和3年度当初予算 都市小河川改良費", "要求額の内訳", "", "査定額の内訳", "", "本年度要求",
                            "1 公共事業分 70,000千円 70,100千円", "令和3 年度要求", "令和3 年度査定")
    assert all(m.role_source != "stage" for m in found.values())


def test_a_request_sheets_point_and_a_grants_notice_are_no_stages():
    found = roles("令和8年度概算要求 地域医療介護総合確保基金", "■要求のポイント", "要求額 1,029億円（前年度予算額 1,000億円）",
                  "■交付スケジュール", "交付額の内示 6月頃")
    assert found["1,029億円"] == ("budget", 2026)


def test_the_latest_stage_wins_wherever_it_is_printed():
    found = roles("令和7年度当初予算 査定の状況", "■市長査定後の額", "道路維持補修事業 7,600万円", "■（参考）各課の要求額",
                  "道路維持補修事業 8,200万円")
    assert found["7,600万円"][0] == "budget"
    assert found["8,200万円"][0] != "budget"


@pytest.mark.parametrize("lines, figures", [
    # a prefecture's page of the finance office's cut: the request and the 内示 side by side, one cell a line
    (["ここから本文です。", "令和2年度当初予算財政課長内示の概要", "要求額及び内示額(一般会計)", "要求額 |", "内示額 |", "|",
      "---|---|---|", "要求事業総額 (うち一般財源) |", "1兆9,583億円 (1兆4,003億円) |", "1兆9,512億円 (1兆3,957億円) |"],
     ["1兆9,583億円", "1兆9,512億円"]),
    # a city's, in prose
    (["令和8年度当初予算 財政課内示の状況（南山市）", "財政課内示額 412億円（要求額 436億円）、今後、市長査定を経て確定します。"],
     ["412億円", "436億円"]),
    # a department's list under the finance bureau's 内示
    (["令和7年度予算 財政局長内示の概要", "■ 道路維持補修事業 8,200万円", "■ 公園管理事業 3,100万円"], ["8,200万円", "3,100万円"]),
])
def test_a_page_titled_by_the_finance_offices_naiji_holds_no_budget_yet(lines, figures):
    found = roles(*lines)
    assert all(found[f][0] == "other" for f in figures), {f: found[f] for f in figures}


@pytest.mark.parametrize("lines, figure", [
    # the head's 内示 is the budget he settles
    (["令和8年度当初予算 知事内示の概要（東山県）", "一般会計 7,820億円（前年度比 1.8%増）"], "7,820億円"),
    # a 内示 no body names, as a column beside the request: the adopted figure (test_roles_assessment_columns)
    (["令和8年度 予算内示の概要（教育委員会）", "学校ICT環境整備事業 要求額 1億2,000万円 → 内示額 9,800万円"], "9,800万円"),
    # the finance office's 内示 told as one stage among later ones: the last (市長査定) is the budget
    (["平成23年度当初予算 財政課長内示から市長査定まで", "財政課長内示の額", "歳出 150億8,000万円", "最終市長査定",
      "当初予算額 158億8,200万円"], "158億8,200万円"),
])
def test_near_misses_of_an_intermediate_naiji_page(lines, figure):
    assert roles(*lines)[figure][0] == "budget"
