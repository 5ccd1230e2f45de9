"""Issue 23, fourth round: counters and dates the misses of every gold set still showed, each written as a
convention of the GUIDE or a document shape, with variants and the near misses that must stay as they are.
Lines written for these tests in the style of real decks."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line, Mention
from extract.rules.engine import RuleContext


def mentions(*texts: str, year: int = 2024) -> list[Mention]:
    lines = [Line(text=t, page=1, line=i + 1, index=i) for i, t in enumerate(texts)]
    return extract_lines("t", lines, RuleContext(deck_year=year))


def found(*texts: str, kind: str) -> list[tuple[str, object, object, object]]:
    return [(m.text, m.min, m.max, m.unit) for m in mentions(*texts) if m.kind == kind]


# ---- 以前 closes a date as 以降 opens it (GUIDE: deadlines and starts) ------------------------------------

@pytest.mark.parametrize("line, expect", [
    ("1985年以前の数値は旧調査による", [("1985年", None, "1985", None)]),
    ("2016(平成28)年以前", [("2016(平成28)年", None, "2016", None)]),
    ("平成元年以前に建築された住宅", [("平成元年", None, "1989", None)]),
    ("令和3年3月31日以前に取得したもの", [("令和3年3月31日", None, "2021-03-31", None)]),
    # near misses: 以降 stays a floor, a bare year stays a point
    ("2016年以降の数値", [("2016年", "2016", None, None)]),
    ("1985年の数値", [("1985年", "1985", "1985", None)]),
])
def test_before_closes_a_date(line: str, expect: list[tuple[str, object, object, object]]) -> None:
    assert found(line, kind="date") == expect


# ---- a lone M/D on its own line is a page counter, not a schedule date -------------------------------------

@pytest.mark.parametrize("lines, expect", [
    (["令和6年度予算概要", "", "3/30", "", "○○町"], []),
    (["補正予算の主要事業", "9/21"], []),
    ([" 12/25 "], []),
    # near misses: a date that heads its event, a weekday, a run of dates, a schedule line are dates
    (["6/3 説明会"], [("6/3", "2024-06-03", "2024-06-03", None)]),
    (["6/3（月）"], [("6/3", "2024-06-03", "2024-06-03", None)]),
    (["4/25 7/1"], [("4/25", "2024-04-25", "2024-04-25", None), ("7/1", "2024-07-01", "2024-07-01", None)]),
    (["締切：9/21"], [("9/21", "2024-09-21", "2024-09-21", None)]),
])
def test_lone_slashed_pair_is_no_date(lines: list[str], expect: list[tuple[str, object, object, object]]) -> None:
    assert found(*lines, kind="date") == expect


# ---- a known counter that only begins a longer word: Sudachi reads the word ---------------------------------

@pytest.mark.parametrize("line, expect", [
    ("主要20市場を対象に調査", [("20市場", 20, 20, "市場")]),
    ("5町内会が参加", [("5町内会", 5, 5, "町内会")]),
    # near misses: the known counter standing as its own word stays that counter
    ("12市で実施", [("12市", 12, 12, "市")]),
    ("20市と5町", [("20市", 20, 20, "市"), ("5町", 5, 5, "町")]),
    ("3市町村が連携", [("3市町村", 3, 3, "市町村")]),
    ("5人以上", [("5人", 5, None, "人")]),
])
def test_known_counter_inside_a_longer_word(line: str, expect: list[tuple[str, object, object, object]]) -> None:
    assert found(line, kind="count") == expect


# ---- a year and month glued to a weather disaster's or an event's name are part of the name (GUIDE) ------------

@pytest.mark.parametrize("line, expect", [
    ("令和5年7月豪雨災害等の災害復旧事業", []),
    ("平成30年7月豪雨からの復興", []),
    ("令和6年国民スポーツ大会関連事業", []),
    ("平成28年熊本地震", []),
    # near misses: a particle between the date and the name, or a day, keeps the date
    ("令和2年7月の豪雨で被災", [("令和2年7月", "2020-07", "2020-07", None)]),
    ("令和5年7月に豪雨があった", [("令和5年7月", "2023-07", "2023-07", None)]),
    ("2025年の大会に向けて", [("2025年", "2025", "2025", None)]),
    ("令和6年7月1日豪雨", [("令和6年7月1日", "2024-07-01", "2024-07-01", None)]),
])
def test_date_inside_an_event_name(line: str, expect: list[tuple[str, object, object, object]]) -> None:
    assert found(line, kind="date") == expect



# ---- a reference list's entry ends in its year (GUIDE: author-year citations are dates) -------------------------

@pytest.mark.parametrize("line, dates, counts", [
    ("[1] 山田太郎著、「地域の3つの課題」、架空書房、2024", [("2024", "2024", "2024", None)], []),
    ("[2] M.スミス著、「儀式の経済学 ―ゲーム理論」、新曜社、2003", [("2003", "2003", "2003", None)], []),
    ("田中花子『日本の財政』東洋経済、2019.", [("2019", "2019", "2019", None)], []),
    # near misses: no quoted title before it, a figure's column, a year with 年, a count outside the title
    ("架空書房 、 2024", [], []),
    ("売上高 1,200、1,500、2024", [], []),
    ("「概要」、2024年", [("2024年", "2024", "2024", None)], []),
    ("報告書「3つの柱」の概要", [], [("3つ", 3, 3, "つ")]),
])
def test_reference_year(line: str, dates: list[tuple[str, object, object, object]],
                        counts: list[tuple[str, object, object, object]]) -> None:
    assert found(line, kind="date") == dates
    assert found(line, kind="count") == counts


# ---- a legend row wrapped onto two lines: the unit printed under a bare bucket is that bucket's (PDF) -----------

def _spaced(rows: list[str]) -> list[Line]:
    # one box per character of the text with single spaces between tokens (None for a space), at grid columns
    out = []
    for i, r in enumerate(rows):
        text, boxes = "", []
        for c, ch in enumerate(r):
            if ch == " ":
                if text and not text.endswith(" ") and r[c + 1:].strip():
                    text += " "
                    boxes.append(None)
                continue
            text += ch
            boxes.append((c * 8.0, i * 12.0, c * 8.0 + 8, i * 12.0 + 10))
        out.append(Line(text=text, page=1, line=None, index=i, boxes=tuple(boxes)))
    return out


def _durations(lines: list[Line]) -> list[tuple[str, object, object, object]]:
    return [(m.text, m.min, m.max, m.unit) for m in extract_lines("t", lines, RuleContext(deck_year=2024))
            if m.kind == "duration"]


@pytest.mark.parametrize("rows, expect", [
    (["3日間  4～6  7～13", "     日間   日間"], [("3日間", 3, 3, "day"), ("4～6", 4, 6, "day"), ("7～13", 7, 13, "day")]),
    # the units a line further down (a wrapped row split by the reader)
    (["1年  2～3  4～5", "以内", "     年間  年間"], [("1年", None, 1, "year"), ("2～3", 2, 3, "year"), ("4～5", 4, 5, "year")]),
    # and a qualifier under a bucket three rows down (each word of the wrapped row on a line of its own)
    (["3日間  4～6  14日間", "以内", "     日間", "          以上"],
     [("3日間", None, 3, "day"), ("4～6", 4, 6, "day"), ("14日間", 14, None, "day")]),
    # near misses: a unit under no number, a year column over 年間, a row of figures below
    (["4～6 回答者", "     日間"], []),
    (["2019  2020", "年間  年間"], []),
    (["4～6  7～13", "12    15"], []),
])
def test_legend_units_below(rows: list[str], expect: list[tuple[str, object, object, object]]) -> None:
    assert _durations(_spaced(rows)) == expect


# ---- a figure ending its column's line on a two-column PDF page: its bound word opens the column's next line -----

def _bounded(rows: list[str], kind: str) -> list[tuple[str, object, object, list[str]]]:
    return [(m.text, m.min, m.max, m.qualifiers) for m in extract_lines("t", _spaced(rows), RuleContext(deck_year=2024))
            if m.kind == kind]


_LEFT = "平均泊数は長い傾向。  "  # the left column's line, then a gap of two characters before the right column


@pytest.mark.parametrize("rows, kind, expect", [
    # the right column's line wraps after the figure; the line below in the left column stands between
    ([_LEFT + "韓国で「3日間", "一方、台湾は短い。", " " * len(_LEFT) + "以内」の割合が高い。"], "duration",
     [("3日間", None, 3, ["at_most"])]),
    ([_LEFT + "過去1年間に2回", "一方、台湾は短い。", " " * len(_LEFT) + "以上訪れた割合。"], "count",
     [("2回", 2, None, ["at_least"])]),
    # a middle column of three: the figure ends its run, not the line
    ([_LEFT + "過去1年間に2回  台湾で高い。", "一方、台湾は短い。", " " * len(_LEFT) + "以上訪れた割合。"], "count",
     [("2回", 2, None, ["at_least"])]),
    # the left column's figure, its next line right below
    (["韓国で「3日間  別の段の文。", "以内」の割合。  別の段の続き。"], "duration", [("3日間", None, 3, ["at_most"])]),
    # near misses: the column's next line opens with no bound word; the bound word opens the other column's line;
    # the figure does not end its column's run; a lone 超 opens a word (超高齢)
    ([_LEFT + "韓国で「3日間", "一方、台湾は短い。", " " * len(_LEFT) + "の割合が高い。"], "duration", [("3日間", 3, 3, [])]),
    ([_LEFT + "韓国で「3日間", "一方、台湾は短い。", "以内に回答した。    の割合が高い。"], "duration", [("3日間", 3, 3, [])]),
    ([_LEFT + "韓国で3日間の滞在", "一方、台湾は短い。", " " * len(_LEFT) + "以上の割合が高い。"], "duration",
     [("3日間", 3, 3, [])]),
    ([_LEFT + "人口は2万人", "一方、台湾は短い。", " " * len(_LEFT) + "超高齢の地域。"], "count", [("2万人", 20000, 20000, [])]),
])
def test_bound_on_the_columns_next_line(rows: list[str], kind: str, expect: list[tuple[str, object, object, list[str]]]) -> None:
    assert _bounded(rows, kind) == expect


@pytest.mark.parametrize("line, expect", [
    # 最短 N is a floor as 最低 is, and its まで is the target's particle (最短８年まで短くする)
    ("リードタイムを最短８年まで短くする", [("８年", 8, None, ["at_least"])]),
    ("最短3日間で届く", [("3日間", 3, None, ["at_least"])]),
    # near misses: 最長 N年まで stays a cap; a plain まで stays a cap
    ("最長5年まで延長できる", [("5年", None, 5, ["at_most"])]),
    ("8年まで短くする", [("8年", None, 8, ["at_most"])]),
])
def test_shortest_is_a_floor(line: str, expect: list[tuple[str, object, object, list[str]]]) -> None:
    assert [(m.text, m.min, m.max, m.qualifiers) for m in mentions(line) if m.kind == "duration"] == expect


@pytest.mark.parametrize("line, expect", [
    # a month span named as one term (a quarter: 4-6月期) is bounded as that term: まで caps it at its end,
    # 以来 and 以降 open it from its start
    ("(注)令和6年4-6月期までの数値は現状判断。", [("令和6年4-6月", None, "2024-06", ["at_most"])]),
    ("2023年10～12月期以来２期ぶりの上昇", [("2023年10～12月", "2023-10", None, ["at_least"])]),
    ("2024年7-9月期以降は見通し", [("2024年7-9月", "2024-07", None, ["at_least"])]),
    ("2023年5月以来の水準", [("2023年5月", "2023-05", None, ["at_least"])]),
    # near misses: a span without 期 stays a closed range before まで (XからYまで's まで adds no cap); a term
    # followed by no bound word stays the term
    ("2024年4月～6月まで実施", [("2024年4月～6月", "2024-04", "2024-06", [])]),
    ("令和6年7-9月期の数値は見通し。", [("令和6年7-9月", "2024-07", "2024-09", [])]),
])
def test_term_named_by_its_months(line: str, expect: list[tuple[str, object, object, list[str]]]) -> None:
    assert [(m.text, m.min, m.max, m.qualifiers) for m in mentions(line) if m.kind == "date"] == expect
