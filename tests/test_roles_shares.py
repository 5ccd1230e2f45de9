"""A `うち` share of a budget figure (context/shares.py): a purpose share is its whole's kind of money and year and no
programme row; a share naming where the money comes from (a grant received, a bond, the city's burden, a fund's
transfer, general revenue) is other. The near misses are financing splits written as other issuers write them."""
from __future__ import annotations

import pytest

from extract.context.shares import purpose_share

from .helpers import text_deck_outline

_BUDGET = "令和7年度当初予算案の概要"
_SUPPLEMENTARY = "市は3日、9月補正予算案を発表した。"


def _roles(*texts: str) -> dict[str, str | None]:
    mentions, _ = text_deck_outline(texts)
    return {m.text: m.role for m in mentions if m.kind == "amount"}


@pytest.mark.parametrize("name, purpose", [
    ("熊本地震対応分 ", True),
    ("外務省のODA予算を", True),
    ("防災対策が", True),
    ("子育て関係 ", True),
    ("道路改良事業", True),
    # near misses: a source of money; a name that says neither (None: left as read)
    ("国の交付金が", False),
    ("県補助金は", False),
    ("市負担 ", False),
    ("市債 ", False),
    ("財政調整基金からの繰入金が", False),
    ("一般財源", False),
    ("国費", False),
    ("ふるさと納税寄附", False),
    ("人件費", None),
    ("ODA", None),
])
def test_share_names(name: str, purpose: bool | None) -> None:
    assert purpose_share(name) is purpose


@pytest.mark.parametrize("texts, figure, role", [
    ((_SUPPLEMENTARY, "", "- 災害復旧事業 20億円", "(うち大雨災害対応分 12億円)"), "12億円", "supplementary_budget"),
    ((_BUDGET, "", "- 防災・減災事業 40億円", "(うち耐震化対策分 10億円)"), "10億円", "budget"),
    # near misses: financing splits of the same figures
    ((_SUPPLEMENTARY, "", "- 災害復旧事業 20億円", "(うち市債 15億円)"), "15億円", "other"),
    ((_BUDGET, "", "- 総事業費 40億円", "(うち市負担 10億円)"), "10億円", "other"),
    ((_SUPPLEMENTARY, "", "補正額は12億円で、うち国の交付金が8億円。"), "8億円", "other"),
    ((_SUPPLEMENTARY, "", "補正予算は総額9億円で、このうち財政調整基金からの繰入金が4億円。"), "4億円", "other"),
])
def test_share_roles(texts: tuple[str, ...], figure: str, role: str) -> None:
    assert _roles(*texts)[figure] == role
