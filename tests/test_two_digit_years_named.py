"""A two-digit `N年` that names a year, not a span (issue 21; rules/short_years.py names_a_year, durations.json short_year named):
news and reports write a year's last two digits (`20年は…、21年は…`, `17年秋のオープン`, `19年の約8割`, `09年シーズン`,
`06年の合併`), an era-less year and no mention (GUIDE: two-digit years). Paraphrases of other issuers' tourism, sports and
facility news; the near misses keep spans spans (`10年はかかる`, `30年の借地契約`, `5年は続く`, a one-digit topic)."""
from __future__ import annotations

import pytest

from .helpers import mentions


@pytest.mark.parametrize("text, span, is_span", [
    # a topic opening its clause
    ("県内の宿泊者数は、20年は812万人、21年は790万人だった。", "21年", False),
    ("県内の宿泊者数は、20年は812万人、21年は790万人だった。", "20年", False),
    ("18年は市長選があったが、17年は選挙がなかった。", "18年", False),
    # a season, a half, a sports season
    ("工事は順調に進めば、25年秋の開館を目指す。", "25年", False),
    ("着工は23年の春頃となる見込み。", "23年", False),
    ("新球場は11年シーズンから使われる。", "11年", False),
    # the year's figure right after it
    ("感染拡大前の18年の約7割まで戻った。", "18年", False),
    ("来場者数は19年の412万人を上回った。", "19年", False),
    # a leading zero: a year's last digits, never a span
    ("両町は05年の合併後も別々の料金だった。", "05年", False),
    # near misses: spans stay spans
    ("この施設の完成には、10年はかかる見通しだ。", "10年", True),
    ("所有者と30年の借地契約を結んだ。", "30年", True),
    ("効果は少なくとも15年は続くとみられる。", "15年", True),
    ("開業後20年間で約500億円の効果がある。", "20年間", True),
    ("保存期間は、5年は保管する。", "5年", True),
])
def test_a_two_digit_year_that_names_a_year(text, span, is_span):
    assert (span in [m.text for m in mentions(text) if m.kind == "duration"]) is is_span
