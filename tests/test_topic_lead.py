"""A news lead whose first sentence's topic is the budget, its figure right after (`…町の一般会計当初予算は37億円。`): the
article reports that budget, so the items it lists under a heading are that budget's kind (context/kind_labels.py), with
no year where the text states none. Near misses: a topic that names no kind (`一般会計予算は`), a revenue's topic."""
from __future__ import annotations

import pytest

from .helpers import text_deck_outline

_ITEMS = ("■主な事業", "▼道路補修工事【3000万円】老朽化した町道を補修する。")


def _role(*top: str) -> tuple[str | None, int | None]:
    mentions, _ = text_deck_outline((*top, *_ITEMS))
    m = next(m for m in mentions if m.kind == "amount" and m.text == "3000万円")
    return m.role, m.fy


@pytest.mark.parametrize("top, expected", [
    (("市町村だより・北村", "北村の一般会計補正予算は5億2000万円。国の交付金を活用した。"), ("supplementary_budget", None)),
    (("県政", "県の当初予算案は、約8,100億円となった。子育て施策を重点とした。"), ("budget", None)),
])
def test_a_topic_lead_names_the_kind(top: tuple[str, ...], expected: tuple[str, None]) -> None:
    assert _role(*top) == expected


@pytest.mark.parametrize("top", [
    ("町の話題", "町の一般会計予算は37億円。前年度より減った。"),  # no kind word: 予算 alone
    ("町の話題", "町税は12億円。前年度より増えた。"),  # a revenue's topic
])
def test_near_miss_no_topic_lead(top: tuple[str, ...]) -> None:
    assert _role(*top)[0] != "budget"
