"""Phenomena met on real PDFs of other ministries (bench/wild_precision.py): closed floor-and-cap ranges,
qualifiers spaced or broken by a line, era years that are no durations, per-unit denominators and the
scrambled text of rotated chart layers. Lines written for these tests in several spellings, with the near
misses that must stay as they are."""
from __future__ import annotations

import pytest

from extract.model import Mention

from . import helpers


def mentions(*texts: str) -> list[Mention]:
    return helpers.mentions(*texts, page=1)


def found(*texts: str, kind: str | None = None) -> list[tuple[str, str, object, object, list[str]]]:
    return [(m.kind, m.text, m.min, m.max, m.qualifiers) for m in mentions(*texts) if kind in (None, m.kind)]


# ---- 1. X以上Y未満: two mentions, each with its own bound ------------------------------------------------
# The GUIDE writes a range with ～ (`5百万円～1億円`, one span) and lists 以上 and 未満 as qualifiers of the
# mention they are written next to; its nearest settled case, `XからYまで`, is two points. So a floor and a cap
# written on two numbers are two mentions (as the wild gold annotates them), each end's strictness its own.

@pytest.mark.parametrize("lines, expect", [
    (["増加（５％以上10％未満）"], [("percent", "５％", 5, None, ["at_least"]), ("percent", "10％", None, 10, ["at_most"])]),
    (["増加(5%以上10%未満)"], [("percent", "5%", 5, None, ["at_least"]), ("percent", "10%", None, 10, ["at_most"])]),
    (["増加（５ ％ 以 上 10 ％ 未 満）"], [("percent", "５ ％", 5, None, ["at_least"]), ("percent", "10 ％", None, 10, ["at_most"])]),
    (["期間は1年超3年以下"], [("duration", "1年", 1, None, ["at_least"]), ("duration", "3年", None, 3, ["at_most"])]),
    (["１０人以上２０人以内のチーム"], [("count", "１０人", 10, None, ["at_least"]), ("count", "２０人", None, 20, ["at_most"])]),
    (["１千万円以上１億円未満"], [("amount", "１千万円", 10_000_000, None, ["at_least"]),
                                ("amount", "１億円", None, 100_000_000, ["at_most"])]),
    (["約１割以上２割未満"], [("percent", "１割", 10, None, ["approx", "at_least"]), ("percent", "２割", None, 20, ["at_most"])]),
    # the cap broken onto the next line still bounds its own number
    (["売上が5%以上10%", "未満の企業"], [("percent", "5%", 5, None, ["at_least"]), ("percent", "10%", None, 10, ["at_most"])]),
    # near misses: apart, of different kinds, reversed, or a floor alone: the same two readings or one
    (["5%以上、10%未満"], [("percent", "5%", 5, None, ["at_least"]), ("percent", "10%", None, 10, ["at_most"])]),
    (["3年以上10人未満"], [("duration", "3年", 3, None, ["at_least"]), ("count", "10人", None, 10, ["at_most"])]),
    (["30%以上"], [("percent", "30%", 30, None, ["at_least"])]),
    # a range written with ～ is one mention, closed by its cap word (a table's bucket)
    (["「200～300 万円未満」"], [("amount", "200～300 万円", 2_000_000, 3_000_000, [])]),
    (["３～５年以内"], [("duration", "３～５年", 3, 5, [])]),
    (["最大100～200万円"], [("amount", "100～200万円", None, 2_000_000, ["at_most"])]),  # a cap before stays
])
def test_floor_and_cap_on_two_numbers_are_two_mentions(lines, expect):
    assert found(*lines) == expect


# ---- 2. qualifiers spaced apart or on the next line -------------------------------------------------

@pytest.mark.parametrize("lines, expect", [
    (["1000 万 円 以 上"], ("amount", "1000 万 円", 10_000_000, None, ["at_least"])),
    (["1000万円以上"], ("amount", "1000万円", 10_000_000, None, ["at_least"])),
    (["５ ０ 万 円 未 満"], None),  # digits spaced apart are no number (see the scrambled-text tests)
    (["50 万 円 未 満"], ("amount", "50 万 円", None, 500_000, ["at_most"])),
    (["「3日間", "以内」の割合"], ("duration", "3日間", None, 3, ["at_most"])),
    (["「３日間 以 内」"], ("duration", "３日間", None, 3, ["at_most"])),
    (["10項目中3項目以内"], ("count", "3項目", None, 3, ["at_most"])),
    (["１０項目中３項目", "以内"], ("count", "３項目", None, 3, ["at_most"])),
    # vertical text, one or two characters a line: the qualifier two lines down
    (["1 0", "項", "目 中", "3 項", "目 以", "内", "の"], ("count", "3 項", None, 3, ["at_most"])),
    (["３ 項", "目", "以 内"], ("count", "３ 項", None, 3, ["at_most"])),
    (["3 項", "目 以", "内の割合は全体の", "半分を超えた"], ("count", "3 項", None, 3, ["at_most"])),
    # near miss: a word that only starts like a qualifier
    (["3日間以外"], ("duration", "3日間", 3, 3, [])),
])
def test_spaced_and_broken_qualifiers(lines, expect):
    got = [f for f in found(*lines) if f[1] not in ("10項目", "１０項目")]
    assert got == ([expect] if expect else [])


# ---- 4. per-unit denominators are no counts ---------------------------------------------------------

@pytest.mark.parametrize("text", [
    "１人１台端末を活用", "1人1台端末", "一人一台端末", "1人当たり", "１人あたりの額", "１人 あたり",
    "１人１回当たり旅行消費単価", "1社あたり", "10人につき", "の 1人 当 た り 旅 行 支 出",
])
def test_per_unit_denominators_are_no_counts(text):
    assert found(text, kind="count") == []


@pytest.mark.parametrize("text, expect", [
    ("参加者1人、3台を配備", [("1人", 1), ("3台", 3)]),
    ("5人 3社", [("5人", 5), ("3社", 3)]),
    ("10人20社", [("10人", 10), ("20社", 20)]),
    ("1社あたり3件", [("3件", 3)]),
])
def test_counts_beside_denominators_stay(text, expect):
    assert [(f[1], f[2]) for f in found(text, kind="count")] == expect


# ---- 3. era years are no durations -----------------------------------------------------------------

@pytest.mark.parametrize("lines", [
    ["調査は2016年（平", "のうち 17 空 成 28 年）の結果"],   # two columns: the era's tail mid-line
    ["調査は2016年（平", "成28年）の結果"],
    ["調査は２０１６年（平", "成 ２８ 年）の結果"],
    ["令", "和", "６ 年", "９", "月"],                       # vertical text, one character a line
    ["令和", "６年", "３月末"],
    ["1953", "昭和", "28年", "60", "35年", "65", "40年", "70", "45年"],  # a chart axis, the era printed once
    ["昭 和", "35 年", "40 年", "45 年"],
    ["６ 年(度)"], ["6年 度"], ["６ 年 （度）"],
    ["昭和60年 63年 平成3年 6年"], ["61年 平成 ４年 ７年 10年"], ["Ｈ２７年 ２８年"],  # years after an era year
])
def test_era_years_are_no_durations(lines):
    assert found(*lines, kind="duration") == []


def test_a_mention_holds_a_numeral_on_its_first_line():
    # issue 23: the year the era changed, glossed with both eras, is one date (its text: the part on the first line)
    got = found("標本サイズを2019年（平", "成 31 年／令和元年）調査の実績に基づいて")
    assert [(f[1], f[2]) for f in got] == [("2019年（平", "2019")]
    got = found("標本サイズを（平成", "31 年）調査の実績に基づいて")
    assert [(f[1], f[2]) for f in got] == [("平成", "2019")]  # an era name the line break split off starts its mention


@pytest.mark.parametrize("lines, expect", [
    (["期間", "3年", "5年", "10年"], ["3年", "5年", "10年"]),       # no era above: real spans
    (["昭和", "35年", "事業期間は3年間の予定で、更新は5年ごとに行う", "3年"], ["3年間", "5年", "3年"]),  # a long line ends the axis
    (["命令", "5年間保存"], ["5年間"]),
    (["平成の30年間"], ["30年間"]),
    (["6年度", "6年"], ["6年"]),
    (["平成30年 5年ぶり"], ["5年"]),
    (["令和2年度 5年間"], ["5年間"]),
])
def test_durations_near_eras_stay(lines, expect):
    assert [f[1] for f in found(*lines, kind="duration")] == expect


# ---- 5. scrambled text of rotated chart and table layers ---------------------------------------------

@pytest.mark.parametrize("text", [
    "） 4 3 7 3 . . 9 8 ％ ％ 2 1 2 7 . . 1 4 ％ ％",
    "技 技 = = 7 8 術 術 1 6 ※ ※ ） ） 26. 1 8 2 ％ .8％",
    "５ ０ 万 円 未 満",
    "1 0 項目中",
    "2 0 2 4 年",
    "1 2 . 5 %",
    "0 1 . . 0 2％ ％ 実施していない",
])
def test_digits_one_a_token_are_no_mention(text):
    assert [f for f in found(text) if f[0] != "date"] == []


@pytest.mark.parametrize("text, expect", [
    ("3.1% 56.5% 35.3%", ["3.1%", "56.5%", "35.3%"]),
    ("3.1％ 56.5％ 35.3％", ["3.1％", "56.5％", "35.3％"]),
    ("19億円 ２億円", ["19億円", "２億円"]),
    ("1 位 2 位 3 位", ["1 位", "2 位", "3 位"]),
    ("5 % 10 % 3 %", ["5 %", "10 %", "3 %"]),
    ("0% 20% 40% 60% 80% 100%", ["0%", "20%", "40%", "60%", "80%", "100%"]),  # an axis: the GUIDE keeps it
    ("A社 5 件、B社 3 件", ["5 件", "3 件"]),
    ("注1 3.0% 0.7%", ["3.0%", "0.7%"]),
])
def test_chart_lines_stay(text, expect):
    assert [f[1] for f in found(text)] == expect


# ---- numbers in the quoted titles a citation cites -----------------------------------------------------

@pytest.mark.parametrize("text, expect", [
    ("Source: 「新興企業 創業1年で企業価値300億円」(日経新聞)", []),
    ("出典：「設立３年で売上１０億円を達成」（業界紙）", []),
    ("出典：総務省「通信利用動向調査」、利用率は「30%」", ["30%"]),   # a figure quoted alone is a mention
    ("「3日間以内」の割合が約2割", ["3日間", "2割"]),                  # no citation: quoted labels are mentions
    ("「創業1年で企業価値300億円」", ["1年", "300億円"]),
])
def test_numbers_in_cited_titles(text, expect):
    assert [f[1] for f in found(text)] == expect


# ---- a qualifier printed under its number (a legend's cell wrapped onto a second line, PDF) -----------

def boxed(*texts: str) -> list[Mention]:
    """Lines with one 8-pt box a character, so a character stands under the one with the same index."""
    return helpers.mentions_of(helpers.boxed_lines(texts, page=1, size=8.0))


@pytest.mark.parametrize("lines, expect", [
    (["3日間 4～6 7～13 14日間", "以内", "日間 日間", "以上"], [("3日間", None, 3), ("14日間", 14, 14)]),
    (["   3日間 14日間", "   以内"], [("3日間", None, 3), ("14日間", 14, 14)]),
    (["3日間 14日間", "5 以内"], [("3日間", 3, 3), ("14日間", 14, 14)]),        # a line with numbers is no label row
    (["期間は最長で 14日間", "以内とする"], [("14日間", None, 14)]),            # prose wrapped: the join reads it
])
def test_qualifier_printed_under_its_number(lines, expect):
    assert [(m.text, m.min, m.max) for m in boxed(*lines) if m.kind == "duration"] == expect


def test_qualifier_under_a_number_needs_boxes():
    got = [(f[1], f[2], f[3]) for f in found("3日間 14日間", "以内", kind="duration")]
    assert got == [("3日間", 3, 3), ("14日間", None, 14)]   # a text deck: only the joined text says anything


@pytest.mark.parametrize("lines, expect", [
    (["3 項", "目", "以外の", "項目"], [("3 項", 3, 3)]),                      # a long line ends the column
    (["3項目", "の調査を行った結果、以内", "内"], [("3項目", 3, 3)]),            # the next line is prose, no column
])
def test_no_qualifier_from_below_a_column(lines, expect):
    assert [(f[1], f[2], f[3]) for f in found(*lines, kind="count")] == expect
