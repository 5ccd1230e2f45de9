"""A flattened outline's item whose label names a quantity of the world (programs.json not_budget_items, roles.json
statistic labels: an investment, a tax yield, damage, a loss, a market) carries no money appropriated, and a revenue, a
source or a class names no programme (context/inline_outline.py, the review of session 12, item 11). In the wording of a
ministry's summary, a prefecture's disaster page and a city's plan; near misses: programmes whose names hold such words."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


@pytest.mark.parametrize("texts, figure", [
    (("令和7年度予算案の概要", "(1) 地域振興事業 20億円 (2) 国内投資額 3兆円 (3) 防災対策事業 12億円"), "3兆円"),
    (("令和7年度予算案の概要", "(1) 地域振興事業 20億円 (2) 税収 2,000億円 (3) 防災対策事業 12億円"), "2,000億円"),
    (("令和6年度補正予算の概要", "① 災害復旧事業 80億円 ② 被害額 300億円 ③ 農地復旧支援 15億円"), "300億円"),
    (("平成30年度当初予算の概要", "第1 観光振興事業 3億円 第2 経済損失額 2兆円 第3 港湾整備事業 9億円"), "2兆円"),
    (("令和7年度予算案の概要 (1) 地域振興事業 20億円 (2) 訪日客の消費額 5.3兆円 (3) 防災対策事業 12億円",), "5.3兆円"),
])
def test_an_item_of_the_worlds_quantities_is_no_budget(texts, figure):
    assert amounts_by_text(*texts)[figure].role != "budget"


@pytest.mark.parametrize("texts, figure, name", [
    (("令和7年度予算案の概要", "(1) 地域振興事業 20億円 (2) 被害防止対策事業 5億円 (3) 防災対策事業 12億円"), "5億円", "被害防止対策事業"),
    (("令和7年度予算案の概要", "(1) 地域振興事業 20億円 (2) 市場活性化支援事業 2億円 (3) 防災対策事業 12億円"), "2億円",
     "市場活性化支援事業"),
    (("令和7年度予算案の概要", "(1) 地域振興事業 20億円 (2) 投資促進事業 8億円 (3) 防災対策事業 12億円"), "8億円", "投資促進事業"),
])
def test_near_misses_a_programme_named_with_such_a_word_stays_its_row(texts, figure, name):
    m = amounts_by_text(*texts)[figure]
    assert (m.role, m.program) == ("budget", name)
