"""Issue 23, second pass on the wild decks: year labels of axes and table rows written Gregorian first with the
era year in brackets, and counts written with 万 and 千 apart (statistics tables and their PDF text layer).
Lines made up in the style of real decks, with the near misses that must stay as they are."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line
from extract.rules.engine import RuleContext


def found(text: str, kind: str) -> list[tuple[str, object, object]]:
    lines = [Line(text=text, page=1, line=1, index=0)]
    return [(m.text, m.min, m.max) for m in extract_lines("t", lines, RuleContext(deck_year=2023)) if m.kind == kind]


@pytest.mark.parametrize("line, expect", [
    ("'89(平成元) '92( ４) '95( ７)", [("'89(平成元)", "1989", "1989"), ("'92( ４)", "1992", "1992"),
                                     ("'95( ７)", "1995", "1995")]),
    ("1986(昭和61)年'89(平成元)", [("1986(昭和61)年", "1986", "1986"), ("'89(平成元)", "1989", "1989")]),
    ("2001( 13) '04( 16)", [("2001( 13)", "2001", "2001"), ("'04( 16)", "2004", "2004")]),
    ("’19(令和元) ’21( ３)", [("’19(令和元)", "2019", "2019"), ("’21( ３)", "2021", "2021")]),
    ("'89 (平成元)", [("'89 (平成元)", "1989", "1989")]),
    # near misses: the bracket holds no era year of that year (a note mark, a code), or no year stands first
    ("'92(3) の値", []),
    ("2001(2) 参照", []),
    ("'19(平成元)", []),  # 平成元年 is 1989, not 2019
    ("式(1) と 表(12)", []),
    ("2019(30) の値", []),  # 平成30年 is 2018
])
def test_year_labels_with_the_era_year_in_brackets(line: str, expect: list[tuple[str, object, object]]) -> None:
    assert found(line, "date") == expect


@pytest.mark.parametrize("line, expect", [
    ("世帯総数は 5445 万 2 千世帯となっている", [("5445 万 2 千世帯", 54452000, 54452000)]),
    ("「単独世帯」が 1849 万 5 千世帯（全世帯の 34.0％）", [("1849 万 5 千世帯", 18495000, 18495000)]),
    ("６万１千世帯、13万６千人", [("６万１千世帯", 61000, 61000), ("13万６千人", 136000, 136000)]),
    ("1337 万8 千人", [("1337 万8 千人", 13378000, 13378000)]),
    ("2万1,959件", [("2万1,959件", 21959, 21959)]),
    ("5445 万世帯", [("5445 万世帯", 54450000, 54450000)]),
    ("すべての世帯（約７千世帯）", [("７千世帯", 7000, 7000)]),
    ("抽出した1,106地区内のすべての世帯", [("1,106地区", 1106, 1106)]),
    ("選ばれた35地区ごとに集計", [("35地区", 35, 35)]),
    # near misses: a thousands word with nothing counted after it, a number inside a word
    ("6色定理と3大都市圏", []),
    ("5445 万 2 千となっている", []),
    ("三万世帯の二地域居住", []),
])
def test_counts_written_with_man_and_sen_apart(line: str, expect: list[tuple[str, object, object]]) -> None:
    assert found(line, "count") == expect


@pytest.mark.parametrize("line, expect", [
    ("今後数年で普及する", [("duration", "数年", "year")]),
    ("数か月後に公表", [("duration", "数か月", "month")]),
    ("数社が参入した", [("count", "数社", "社")]),
    ("数回の会合を経て", [("count", "数回", "回")]),
    ("成長率は数％程度", [("percent", "数％", "percent")]),
    # near misses: 数 ends another word (件数, 人数, 複数, 係数) or starts one (数字, 数値); 数十 is not 数 alone
    ("件数は増加", []),
    ("複数社で共同", []),
    ("係数％の補正", []),
    ("数字で示す", []),
    ("数十社が参加", []),
    ("数年度にわたり", []),
])
def test_vague_quantities_have_no_ends_and_are_approximate(line: str, expect: list[tuple[str, str, str]]) -> None:
    lines = [Line(text=line, page=1, line=1, index=0)]
    got = [m for m in extract_lines("t", lines, RuleContext(deck_year=2023)) if m.text.startswith("数")]
    assert [(m.kind, m.text, m.unit) for m in got] == expect
    assert all(m.min is None and m.max is None and m.qualifiers == ["approx"] for m in got)
