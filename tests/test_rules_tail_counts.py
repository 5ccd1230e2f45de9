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

