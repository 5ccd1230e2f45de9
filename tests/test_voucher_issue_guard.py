"""prices.voucher_issue (roles22b): an issue's label (`発行総額`, `発行額`) before a figure states a voucher programme's
issue in all only where a voucher's word stands before it. Near misses: a heading's `ポイント` (key points, followed by a
colon or a space) is no voucher's word, and a bond's issue (`市債発行額`, `県債発行額`) is no voucher's issue, whatever
voucher word the line holds. Carries: a point-rebate programme's issue and a points' face value stay support."""
from __future__ import annotations

import pytest

from .helpers import amounts_by_text


def role(figure: str, *texts: str) -> str | None:
    return amounts_by_text(*texts)[figure].role


@pytest.mark.parametrize("lines, figure", [
    (["予算編成のポイント：市債発行額は12億円"], "12億円"),
    (["今回の見直しのポイント：発行額は3億円です。"], "3億円"),
    (["令和8年度予算のポイント　発行額は前年度並みの5億円"], "5億円"),
    (["ポイント還元事業を実施します。市債発行額は3億円です。"], "3億円"),
    (["電子クーポン配布事業の財源として、県債発行額は2億円を見込む。"], "2億円"),
])
def test_no_voucher_issue(lines: list[str], figure: str) -> None:
    assert role(figure, *lines) != "support"


@pytest.mark.parametrize("lines, figure", [
    (["キャッシュレス決済ポイント還元事業（発行総額:2億円）"], "2億円"),
    (["プレミアム付きデジタル商品券は、発行総額6億円で実施します。"], "6億円"),
    (["市内店舗で使える3,000円分のポイントを付与します。"], "3,000円"),
])
def test_a_voucher_issue_stays_support(lines: list[str], figure: str) -> None:
    assert role(figure, *lines) == "support"
