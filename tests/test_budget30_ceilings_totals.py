"""Budget money against other money on unseen shapes (issue 21: bench/results/issue21_budget30.md).

- A debt burden's limit named AFTER the figure (`…補正予算案に限度額47億円の債務負担行為を設定`, `1億円と利子相当額を上限とする
  債務負担行為`, `1億円上限の債務負担行為`): a ceiling over later years, `other`, whatever budget the sentence names before
  it (context/ceiling_lists.limit_of_burden; roles.json open_figures.ceiling_after). Near misses: a figure the sentence
  books before the burden (`…3億円を計上するとともに、限度額3,600万円の債務負担を設定`) stays the year's budget; a figure
  with no limit's mark (`債務負担行為の補正として…`) is not read by this rule.
- A bill's total after its supplementary written `…の総額をそれぞれN円にする` (a council report's paraphrase of
  `…と定める`): the budget as it stands (stage_marks.after_supplementary), the addition before it the supplementary.
"""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


@pytest.mark.parametrize("lines, figure", [
    # news of a bill: the budget is named first, the figure is a debt burden's limit (other issuers, other numbers)
    (["西川市は、12月補正予算案に限度額12億3400万円の債務負担行為を設定した。期間は令和7〜10年度。"], "12億3400万円"),
    (["町は来年度当初予算案で、新庁舎建設事業に限度額38億円(7〜9年度)、維持管理業務に限度額4億5000万円(7〜21年度)の"
      "債務負担行為をそれぞれ設定した。"], "38億円"),
    (["町は来年度当初予算案で、新庁舎建設事業に限度額38億円(7〜9年度)、維持管理業務に限度額4億5000万円(7〜21年度)の"
      "債務負担行為をそれぞれ設定した。"], "4億5000万円"),
    (["第三セクターの借入れに対する損失補償のため、一般会計補正予算案に8000万円と利子相当額を上限とする債務負担行為を盛り込んだ。"],
     "8000万円"),
    (["村は、公社が金融機関から借り入れるための5000万円上限の債務負担行為を補正予算案に盛り込んだ。"], "5000万円"),
    (["令和8年度までの期間、2億1000万円を限度額とした債務負担行為を議決した。"], "2億1000万円"),
])
def test_a_debt_burdens_limit_named_after_the_figure_is_a_ceiling(lines, figure):
    assert amounts_by_text(*lines)[figure].role == "other"


@pytest.mark.parametrize("lines, figure, role", [
    # the figure the sentence books before the burden is the year's money
    (["町の来年度予算案が明らかになった。主な事業費は、体育館の改修工事費に来年度分として2億5000万円を計上するとともに、"
      "期間を7〜8年度とする限度額4200万円の債務負担を設定した。"], "2億5000万円", "budget"),
    # a supplementary's own addition in the same news, no limit's mark
    (["東町は、一般会計に3億2000万円を追加する補正予算案を発表した。"], "3億2000万円", "supplementary_budget"),
])
def test_near_misses_money_of_the_year_stays(lines, figure, role):
    assert amounts_by_text(*lines)[figure].role == role


@pytest.mark.parametrize("lines, total, added", [
    (["議案第31号(一般会計補正予算:歳入歳出にそれぞれ2億1500万円を追加し、歳入歳出の総額をそれぞれ185億6000万円にするもの)"
      "について審査しました。"], "185億6000万円", "2億1500万円"),
    (["議案第5号(一般会計補正予算:歳入歳出をそれぞれ6700万円減額し、総額を98億4300万円にするもの)を可決しました。"],
     "98億4300万円", "6700万円"),
])
def test_a_bills_total_made_after_its_supplementary_is_the_budget(lines, total, added):
    found = amounts_by_text(*lines)
    assert found[total].role == "budget"
    assert found[added].role == "supplementary_budget"


@pytest.mark.parametrize("lines, figure", [
    # `にする` that is no bill's total: a grant's size raised (its own clause), a price
    (["補助の上限額を5万円増額し、20万円にする。"], "20万円"),
])
def test_near_misses_a_size_made_is_no_budget(lines, figure):
    assert amounts_by_text(*lines)[figure].role != "budget"


@pytest.mark.parametrize("line, figure", [
    # a fund's, a balance's or a debt's whole made N after a change (roles.json whole_not_owners): no budget (other issuers)
    ("基金への積立額を2億円増額し、基金の総額を12億円にする。", "12億円"),
    ("公共施設整備基金の積立金を6000万円増額し、同基金の総額を4億8000万円にするものです。", "4億8000万円"),
    ("積立金を8000万円追加し、積立金の総額を6億円にする。", "6億円"),
    ("市債の借入額を5億円減額し、市債残高の総額を380億円とした。", "380億円"),
    ("町債を1億2000万円減額し、町債の総額を42億円とするもの。", "42億円"),
])
def test_near_misses_a_funds_or_debts_whole_is_no_budget(line, figure):
    assert amounts_by_text(line)[figure].role != "budget"


@pytest.mark.parametrize("line, figure", [
    # a budget's or an account's whole named before it stays the budget after the supplementary
    ("一般会計に3億円を追加し、一般会計の総額を210億円にする。", "210億円"),
    ("歳入歳出予算にそれぞれ4億円を追加し、歳入歳出予算の総額を98億円にします。", "98億円"),
    ("歳入歳出からそれぞれ2500万円を減額し、予算の総額を61億円とする。", "61億円"),
])
def test_a_budgets_or_accounts_whole_named_stays_the_budget(line, figure):
    assert amounts_by_text(line)[figure].role == "budget"
