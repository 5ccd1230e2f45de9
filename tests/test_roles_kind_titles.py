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
