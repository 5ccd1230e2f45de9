"""tail31's rules for the long tail of kinds (count, duration, date, rank), each with its near misses.
Texts are our own paraphrases (other issuers, numbers, layouts), not the gold lines.

- a span of minutes is no mention (durations.json unpublished_units: the GUIDE's units stop at hour).
- `Nの` + a counted noun closed by a copula (`73の事業所だった`) or a counted one-letter noun closed by が/を/は
  (`12の島が`; stopwords.json count noun_copulas, one_kanji_noun_closers, one_letter_counted).
- a kanji numeral glued after a total's 計, a bound's 最長/最大… or a ranking's scope 全国 (kanji_figures.json
  glued_before) is read as any other: `計三千百件`, `最長三年間`, `全国一位`; a numeral inside a word stays none.
"""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line
from extract.rules.engine import RuleContext


def read(text: str, kind: str) -> list[tuple[str, object, object, object]]:
    lines = [Line(text=text, page=None, line=1, index=0)]
    ctx = RuleContext(deck_year=2023, lead_month=9, lead="")
    return [(m.text, m.min, m.max, m.unit) for m in extract_lines("t", lines, ctx) if m.kind == kind]


@pytest.mark.parametrize("text, kind, expect", [
    ("申込みは計三千百件に上った。", "count", [("三千百件", 3100, 3100, "件")]),
    ("合計四件の応募があった", "count", [("四件", 4, 4, "件")]),
    ("支援員は最大三人まで配置する", "count", [("三人", None, 3, "人")]),
    ("試行運転を最長二年間行う。", "duration", [("二年間", None, 2, "year")]),
    ("据置期間は最短六か月", "duration", [("六か月", 6, None, "month")]),
    ("出荷額は全国一位を誇る。", "rank", [("一位", 1, 1, "rank")]),
    ("約四〇〇人が参加", "count", [("四〇〇人", 400, 400, "人")]),  # the prefix read before
])
def test_a_kanji_numeral_after_a_total_a_bound_or_a_scope_is_read(text, kind, expect):
    assert read(text, kind) == expect


@pytest.mark.parametrize("text", [
    "全国一律の基準で運用する。",  # 一律: no counter
    "今一度、計画を見直す。",  # 今 is not in the list: an idiom
    "唯一つの方法",
    "統一した様式",
    "第二次計画を策定",  # the ordinal filter
    "数十人が集まった",  # vague: 数 stays out
    "会計年度の独立",
    "三重県の事業",
])
def test_a_numeral_inside_a_word_or_an_idiom_stays_no_mention(text):
    for kind in ("count", "duration", "rank", "date"):
        assert read(text, kind) == []


@pytest.mark.parametrize("text", [
    "1案件あたり10分間の説明を受けた後、20分で結論を出した。",  # a meeting's minutes
    "会議はわずか9分で閉会した。",
    "利用の15分前までに予約すること。",
    "休憩(15分程度)",
    "1時間~90分の講義",  # a mixed range with minutes: left out whole
])
def test_a_span_of_minutes_is_no_mention(text):
    assert read(text, "duration") == []
    assert read(text, "count") == []


@pytest.mark.parametrize("text, expect", [
    ("説明は2時間以内とする。", [("2時間", None, 2, "hour")]),  # hours stay hours
    ("研修は1時間30分", [("1時間", 1, 1, "hour")]),
    ("審査期間は10日間", [("10日間", 10, 10, "day")]),
])
def test_hours_and_days_stay_durations(text, expect):
    assert read(text, "duration") == expect


@pytest.mark.parametrize("text, expect", [
    ("登録店は商店など58の事業所だった。", [("58の事業所", 58, 58, "事業所")]),  # a copula closes the noun
    ("対象は15の団体である", [("15の団体", 15, 15, "団体")]),
    ("この村は8の島が点在する", [("8の島", 8, 8, "島")]),  # a counted one-letter noun closed by が
    ("5の県を対象に", [("5の県", 5, 5, "県")]),
])
def test_a_small_number_before_の_and_a_counted_noun_closed_by_a_copula_or_a_particle(text, expect):
    assert read(text, "count") == expect


@pytest.mark.parametrize("text", [
    "10の位が繰り上がる",  # a digit's place
    "2の表は前年度の数値",  # a reference to a table
    "経費の2分の1の額を補助",  # a fraction
    "3の市の取組",  # a one-letter noun not closed by が/を/は
    "1の事業だった",  # 1の is an item's number
])
def test_other_one_letter_words_after_a_small_number_and_の_count_nothing(text):
    assert read(text, "count") == []
