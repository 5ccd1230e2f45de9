"""Issue 23 (kanji numerals): figures written in kanji (digit by digit, or with 千/百/十, `、` as a thousands or
decimal mark) are read as the digits they stand for, only in a figure's frame. Variants and near misses."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line
from extract.rules.engine import RuleContext


def found(text: str) -> list[tuple[str, str, object, object]]:
    lines = [Line(text=text, page=None, line=1, index=0)]
    return [(m.kind, m.text, m.min, m.max) for m in extract_lines("t", lines, RuleContext(deck_year=1988))]


@pytest.mark.parametrize("line, expected", [
    ("あわせて八五億二二九万五千円となっています。", [("amount", "八五億二二九万五千円", 8502295000, 8502295000)]),
    ("総額で五五億二、八六八万七千円となり", [("amount", "五五億二、八六八万七千円", 5528687000, 5528687000)]),
    ("前年比七億七千四百八四万九千円の増", [("amount", "七億七千四百八四万九千円", 774849000, 774849000)]),
    ("一万円", [("amount", "一万円", 10000, 10000)]),
    ("歳出総額は十三兆六千九百十六億円", [("amount", "十三兆六千九百十六億円", 13691600000000, 13691600000000)]),
    ("一千九百三十六億円", [("amount", "一千九百三十六億円", 193600000000, 193600000000)]),
    ("自主財源が三三、三%", [("percent", "三三、三%", 33.3, 33.3)]),
    ("(十六、三%)の増", [("percent", "十六、三%", 16.3, 16.3)]),
    # ・ as the decimal point of vertical text (any number of digits after it; never a thousands mark)
    ("対前年度で一四・九%増", [("percent", "一四・九%", 14.9, 14.9)]),
    ("(全体の六五・八%)", [("percent", "六五・八%", 65.8, 65.8)]),
    ("環境省が四・〇%", [("percent", "四・〇%", 4.0, 4.0)]),
    ("前年度比八.九%の増", [("percent", "八.九%", 8.9, 8.9)]),
    ("二・五億円の増", [("amount", "二・五億円", 250000000, 250000000)]),
    ("昭和六三年度予算", [("fiscal_year", "昭和六三年度", 1988, 1988)]),
    ("去る三月十一日開会し", [("date", "三月十一日", "1988-03-11", "1988-03-11")]),
    # near misses: numerals inside words and units written alone keep their kanji
    ("三重県の一日も早い復旧", []),
    ("十日町市", []),
    ("(単位：千円)", []),
    ("百万円単位", []),
    ("ニッポン", []),
    ("一・二年生の学級", []),  # ・ between numerals that end in no 円 or %: a list, no figure
    ("第三・四半期", []),
])
def test_kanji_figures(line, expected):
    assert found(line) == expected
