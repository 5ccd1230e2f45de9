"""tail30's rules for the shapes that recur over the blind-time outputs of rounds 13-22, each with its near misses.
Texts are our own paraphrases (other issuers, numbers, layouts), not the gold lines.

- bare day spans (durations.json day_only_bounds, day_span_before): `起算して14日を経過`, `20日前までに`, `前後60日の間`,
  `日数は200日`, `平日3日`; a news day (`28日、`, `9日までに`) stays a date.
- a legal month to elapse (bare_unit_bounds を経過): `起算して3月を経過する日` is 3 months, no March.
- a rate's period before its price (durations.json rate_price): `1か月3万円`, `1時間500円` are no spans.
- a one-letter common noun closed by a particle (stopwords.json count one_letter_noun_closers): `3駅が`, `2炉、`.
- a URL's percent-encoding (`%e5%b8%82`) holds no percent.
- the next item of a numbered list (`1の契約と2の契約`) and a slashed date's day (`4/1~5/31の期間`) count nothing.
"""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line
from extract.rules.engine import RuleContext


def read(text: str, kind: str) -> list[tuple[str, object, object]]:
    lines = [Line(text=text, page=None, line=1, index=0)]
    ctx = RuleContext(deck_year=2023, lead_month=9, lead="")
    return [(m.text, m.min, m.unit) for m in extract_lines("t", lines, ctx) if m.kind == kind]


@pytest.mark.parametrize("text, expect", [
    ("申請の日から起算して14日を経過した日までに納付すること。", [("14日", 14, "day")]),
    ("届出は開催日の20日前までに提出してください。", [("20日", 20, "day")]),
    ("着工日前後60日の間に市民を雇用した事業者", [("60日", 60, "day")]),
    ("審議は延べ十二日にわたり行われた。", [("十二日", 12, "day")]),
    ("年間の授業日数は200日から195日に見直す。", [("200日", 200, "day")]),
    ("開館日を週4日から平日3日とした。", [("4日", 4, "day"), ("3日", 3, "day")]),
    ("交付決定の日から起算して3月を経過する日までに着手", [("3月", 3, "month")]),  # a legal month
    ("契約の日から2月が経過した時点で", [("2月", 2, "month")]),
])
def test_a_bare_day_or_month_before_or_after_a_spans_word_is_a_duration(text, expect):
    assert read(text, "duration") == expect
    assert read(text, "date") == []


@pytest.mark.parametrize("text", [
    "市は28日、補正予算案を発表した。",  # a news day
    "町は9日までに素案をまとめた。",
    "申請は4月1日から5月31日までの間に行う。",  # a month before the day: a calendar range
    "結果は15日前後に公表する。",  # about the 15th
    "5月20日前に申し込むこと。",
    "3月を過ぎると受付を終了する。",  # the calendar's March is passed with 過ぎ
])
def test_a_calendar_day_or_month_stays_no_duration(text):
    assert read(text, "duration") == []


@pytest.mark.parametrize("text", [
    "会議室の使用料は1か月3万円です。",
    "ホールは1時間500円で貸し出す。",
    "駐車場代(1ヶ月約5千円)を負担する。",
    "保育料は1カ月4千~5千円ほどかかる。",
    "基本料金(1か月20立方メートルまで)を免除する。",
    "借上料は1年12万円とする。",
])
def test_one_unit_before_its_price_is_a_rates_period(text):
    assert read(text, "duration") == []


@pytest.mark.parametrize("text, expect", [
    ("利用者には3か月で5万円を支給する。", [("3か月", 3, "month")]),  # a span, then what is paid over it
    ("1年間で120万円を助成する。", [("1年間", 1, "year")]),
    ("1か月の利用料は2,000円", [("1か月", 1, "month")]),  # a particle between
    ("最長1年 100万円", [("1年", None, "year")]),  # a table's spaced next cell
])
def test_a_span_before_money_spent_over_it_stays_a_duration(text, expect):
    assert read(text, "duration") == expect


@pytest.mark.parametrize("text, expect", [
    ("町内には鉄道の3駅があり、うち1駅が無人駅である。", [("3駅", 3, "駅"), ("1駅", 1, "駅")]),
    ("市内のJR線5駅のうち", [("5駅", 5, "駅")]),
    ("焼却施設は日量90t×3炉。", [("3炉", 3, "炉")]),
    ("ごみは2炉、粗大ごみは1系統で処理する", [("2炉", 2, "炉"), ("1系統", 1, "系統")]),
    ("審査は4班で行い、1班5名とした。", [("4班", 4, "班"), ("5名", 5, "名")]),
    ("正方形の4辺の長さを測る", [("4辺", 4, "辺")]),
])
def test_a_one_letter_noun_closed_by_a_particle_is_counted(text, expect):
    assert read(text, "count") == expect


@pytest.mark.parametrize("text", [
    "統一的な基準による財務書類4表を公表する。",  # a name's letter
    "財務4表の関係を図で示す",
    "提出率は前年比2・3減の88%だった。",  # a change, not a thing counted
    "第3表の通り",  # an ordinal
    "3面鏡を置く",  # glued to more letters
    "表2のとおり",
])
def test_a_one_letter_word_that_counts_nothing_stays_none(text):
    assert read(text, "count") == []


@pytest.mark.parametrize("text, expect", [
    ("https://example.jp/%e5%b8%82%e6%94%bf%e3%81%ae%e5%8b%95%e3%81%8d", []),
    ("資料 %E6%88%B8%E5%B7%9D%E5%8C%BA.pdf", []),
    ("伸び率は88%、前年は5%", [("88%", 88), ("5%", 5)]),
    ("補助率50%~60%", [("50%~60%", 50)]),
    ("割合 9割未満16%9割以上84%", [("9割", None), ("16%", 16), ("9割", 90), ("84%", 84)]),  # a chart's glued cells
])
def test_a_urls_percent_encoding_holds_no_percent(text, expect):
    assert [(t, v) for t, v, _ in read(text, "percent")] == expect


@pytest.mark.parametrize("text, expect", [
    ("※1の方式と2の方式は、いずれかを選ぶ。", []),  # the items of a numbered list
    ("1の経常収益として5億円を、2の経常費用のうち人件費を", []),
    ("(3)6/1~8/31の期間に調査する", []),  # the day of a slashed date
    ("10の政策分野と12の重点施策", [("10の政策分野", 10), ("12の重点施策", 12)]),
    ("全国の3の地域と4の都市", [("3の地域", 3), ("4の都市", 4)]),  # consecutive, other words: counts
    ("2の事業と3の事業を統合", [("2の事業", 2)]),  # 3 follows 2 of the same word: the list's next item
])
def test_a_numbered_lists_next_item_is_no_count(text, expect):
    assert [(t, v) for t, v, _ in read(text, "count")] == expect
