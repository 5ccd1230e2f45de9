"""A local budget's split by kind of expense (性質別) in news prose is a breakdown of the account, `other`, whatever verb or
change made it read as a budget (issue 21, context/class_splits.py kind_splits; GUIDE: breakdowns `other`; the budgets
READMEs of fresh2, fresh3, fresh11b, fresh12c, fresh24b). Variants in several papers' wording; near misses: a work named
as what the class is spent on, a national budget's classes, a supplementary's policy expenses, a label line's item."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text

LEAD = "県は17日、令和7年度当初予算案を発表した。"


@pytest.mark.parametrize("line, figure", [
    ("一般会計のうち普通建設事業費は877億800万円(対前年度比0・6%増)を計上している。", "877億800万円"),
    ("普通建設事業費は6・3%増の1414億8700万円。内訳は、補助事業が同5・1%増の790億2300万円、単独事業が同7・7%増の624億6400万円。",
     "790億2300万円"),
    ("普通建設事業費は6・3%増の1414億8700万円。内訳は、補助事業が同5・1%増の790億2300万円、単独事業が同7・7%増の624億6400万円。",
     "624億6400万円"),
    ("一般会計の投資的経費は前年度比2・3%増の1599億9100万円。", "1599億9100万円"),
    ("このうち単独事業は133億4300万円(同12・0%増)となった。", "133億4300万円"),
    ("義務的経費は前年度比0・9%増の6111億3300万円を計上した。", "6111億3300万円"),
    ("人件費は約1520億円で、前年度とほぼ同額。", "1520億円"),
])
def test_a_class_by_kind_as_the_clauses_topic_is_a_split(line, figure):
    assert amounts_by_text(LEAD, line)[figure].role == "other"


@pytest.mark.parametrize("lines, figure, role", [
    # the class names the work it is spent on: that work's money
    ([LEAD, "普通建設事業費は、県道改良事業に3億2000万円を計上した。"], "3億2000万円", "budget"),
    # a national budget's class (`…関係費は`, `公共事業費は`): a budget (fresh24a, heldout)
    (["政府は令和7年度予算案を閣議決定した。", "社会保障関係費は38兆2938億円となった。"], "38兆2938億円", "budget"),
    # a supplementary's policy expenses are its money (fresh24c)
    (["市は3日、6月補正予算案の概要を発表した。", "補正額42億2000万円のうち、定額減税など国策に伴う事業を除いた政策的経費は19億9900万円。"],
     "19億9900万円", "supplementary_budget"),
    # a programme whose name ends in a class's word is a programme
    ([LEAD, "中山間地域の農道を整備する県単独事業が新たに2億円。"], "2億円", "budget"),
])
def test_near_misses_of_a_split_by_kind(lines, figure, role):
    assert amounts_by_text(*lines)[figure].role == role
