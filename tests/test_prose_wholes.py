"""A budget figure in prose that no name stands for is a whole when its clause's topic is a class of the account or a
whole's word follows it (issue 21, context/prose_wholes.py): no programme's row. Written in the wording of a finance
officer's committee answer, a mayor's press conference and a prefecture's release, with the near misses that stay rows."""
from __future__ import annotations

import pytest

from .test_roles_shapes import amount, rows, run

_BUDGET = "令和6年度当初予算案の概要"


@pytest.mark.parametrize("line, figure", [
    # a class of the account as the clause's topic, not at the clause's start
    ("ここ20年の間でも投資的経費は2番目に大きな規模の125億円を計上しました。", "125億円"),
    ("今回も扶助費が過去最高の68億円を計上した。", "68億円"),
    ("高齢化の影響で民生費は最も大きい40億2千万円を計上しています。", "40億2千万円"),
    # a whole's word after the figure (past years' size, a sum)
    ("平成13年度と平成14年度に160億円を少し超える予算規模となっておりました。", "160億円"),
    ("一般会計と特別会計で合わせて980億円の総額を計上した。", "980億円"),
])
def test_a_whole_said_around_its_figure_is_no_row(line, figure):
    found = run(_BUDGET, "", line)
    assert figure not in rows(found)


@pytest.mark.parametrize("line, figure, name", [
    # the topic is a programme, not a class
    ("学校改築事業は、63億円を計上しました。", "63億円", "学校改築事業"),
    # a class named inside the clause but a work as the target
    ("投資的経費のうち、道路整備事業に12億円を計上。", "12億円", "道路整備事業"),
])
def test_near_misses_a_work_named_beside_a_class_stays_a_row(line, figure, name):
    found = run(_BUDGET, "", line)
    assert amount(found, figure).program == name
