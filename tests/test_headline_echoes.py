"""A headline's figure takes the role its article's same figure gets from its own words (issue 21, roles32): the
headline cuts the clause that says what the money is (`待機児童対策124億円 厚労省概算要求` over `…百二十四億円を盛り込んだ`).
Near misses: a figure the body does not repeat, a body figure that is plain `other`, a first line that is running text,
a repeat past the article's reach. An echo makes no budgets row: the body's figure is the programme's one row (a
figure written twice is one row)."""
from __future__ import annotations

import pytest

from extract.tables import budget_records

from .helpers import text_deck_outline


def amounts(*texts: str):
    mentions, _ = text_deck_outline(texts)
    return [m for m in mentions if m.kind == "amount"]


def first_line(found, text):
    return next(m for m in found if m.text == text and m.line == 1)


@pytest.mark.parametrize("texts, figure, role", [
    (("待機児童対策124億円 厚労省概算要求",
      "厚生労働省は、来年度予算の概算要求で待機児童対策に124億円を盛り込んだ。"), "124億円", "budget"),
    (("被災地支援、予備費1087億円支出決定",
      "政府は閣議で、令和6年度予算の予備費から1087億円の支出を決めた。"), "1087億円", None),
    (("ウクライナ支援に550億円 外務省",
      "外務省は令和5年度補正予算案に、ウクライナ支援として550億円を計上した。"), "550億円", "supplementary_budget"),
    (("学校改修に3億2000万円 町が新年度予算案",
      "町は新年度当初予算案を発表した。小学校の改修工事に3億2000万円を計上した。"), "3億2000万円", "budget"),
])
def test_a_headline_figure_takes_its_articles_role(texts, figure, role):
    found = amounts(*texts)
    body = next(m for m in found if m.line == 2 and m.min == first_line(found, figure).min)
    assert body.role != "other"
    assert first_line(found, figure).role == (role or body.role)
    assert first_line(found, figure).fy == body.fy


@pytest.mark.parametrize("texts, figure", [
    # the body does not repeat the amount
    (("待機児童対策124億円 厚労省概算要求", "厚生労働省は、待機児童対策の予算を増やす方針を示した。"), "124億円"),
    # the body's same figure is other (a fund's balance, a tax's revenue)
    (("財政調整基金12億円に", "町の財政調整基金の残高は前年度末で12億円となった。"), "12億円"),
    (("町税収入12億円", "町税の収入は前年度比3%増の12億円で、過去最高となった。"), "12億円"),
    # the headline's own label names a statistic, whatever the body's figure is read as
    (("花火大会 経済波及効果157億円", "市は花火大会の予算に157億円を計上した。"), "157億円"),
    # a first line that is running text, not a headline
    (("町は、昨年の観光客の消費額が3億円に上ったと発表した。", "町は新年度予算案に観光振興費として3億円を計上した。"), "3億円"),
])
def test_near_misses_keep_the_headlines_own_reading(texts, figure):
    assert first_line(amounts(*texts), figure).role == "other"


def test_a_repeat_past_the_articles_reach_gives_nothing():
    texts = ("観光振興5000万円", *["町の話題をお知らせします。"] * 45, "町は新年度予算案に観光振興費として5000万円を計上した。")
    assert first_line(amounts(*texts), "5000万円").role == "other"


def rows(*texts: str) -> list[tuple[int, str]]:
    mentions, _ = text_deck_outline(texts)
    return [(r["line"], r["text"]) for r in budget_records([m.record() for m in mentions])]


@pytest.mark.parametrize("texts, expected", [
    (("待機児童対策124億円 厚労省概算要求",
      "厚生労働省は、来年度予算の概算要求で待機児童対策に124億円を盛り込んだ。"), [(2, "124億円")]),
    (("スマート農業推進86億円 農水省概算要求",
      "農林水産省は、令和8年度予算の概算要求で、スマート農業推進に86億円を盛り込んだ。"), [(2, "86億円")]),
    # the body's other figures keep their own rows
    (("待機児童対策124億円 厚労省概算要求",
      "厚生労働省は、来年度予算の概算要求で待機児童対策に124億円、保育士確保に30億円を盛り込んだ。"),
     [(2, "124億円"), (2, "30億円")]),
    # near miss: the body states another amount, no echo (the headline's figure stays other, no row either way)
    (("待機児童対策124億円 厚労省概算要求",
      "厚生労働省は、来年度予算の概算要求で待機児童対策に120億円を盛り込んだ。"), [(2, "120億円")]),
])
def test_an_echo_makes_no_budgets_row_of_its_own(texts, expected):
    assert rows(*texts) == expected


def test_an_echo_keeps_its_role_and_year_in_amounts():
    found = amounts("半導体人材育成210億円 経産省概算要求",
                    "経済産業省は、令和9年度予算の概算要求で、半導体人材育成に210億円を盛り込んだ。")
    head = first_line(found, "210億円")
    assert (head.role, head.fy, head.total_of) == ("budget", 2027, "(headline echo)")
    body = next(m for m in found if m.line == 2)
    assert body.total_of is None
