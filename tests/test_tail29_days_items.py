"""Issue 21 (tail29): the two failure shapes that recur over the blind rounds (bench/results/issue21_tail29.md).

A news item's day-only date with no listed subject before it (`…について、28日、`, `9日の自民党部会に`, `(3日午後3時現在)`,
`公益社団法人JKAは13日午前11時`): docs/judgement_calls.md call 1 makes it a date in the item's month. A figure glued to a
budget item's name (`64繰入金`, `5収納事務費`, `13委託料`): the item's cell or class number, no count. The texts are our
own paraphrases (other issuers, numbers and layouts), each shape with the near misses that must not change.
"""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line
from extract.rules.engine import RuleContext


def read(text: str, kind: str, lead: str = "", month: int | None = 9) -> list[tuple[str, object]]:
    lines = [Line(text=text, page=None, line=1, index=0)]
    ctx = RuleContext(deck_year=2023, lead_month=month, lead=lead)
    return [(m.text, m.min) for m in extract_lines("t", lines, ctx) if m.kind == kind]


@pytest.mark.parametrize("text, day", [
    ("国の補正予算について、21日、県は対応を協議した。", "21日"),  # a clause's comma before, no subject
    ("港湾整備事業を対象として30日、円借款の契約に調印した。", "30日"),
    ("12日の県議会総務委員会で報告された。", "12日"),  # a line opening on the day, then の and a meeting
    ("計画案は了承された。14日の市議会本会議で可決される見通し。", "14日"),
    ("町は6日の町議会全員協議会で経過を説明した。", "6日"),  # a lead's subject, then a meeting a few words on
    ("被害額は12億円に上る(8日午前10時現在)。", "8日"),  # a bracket and a time of day
    ("大雨から1か月が経過した25日、市は復旧方針を示した。", "25日"),  # a verb's た before the day
    ("組合は計画を見直し20日、再公募を告示した。", "20日"),
    ("赤字が膨らんでいることが5日、分かった。", "5日"),  # こと+が
    ("公益財団法人ABCは6日午後、助成先を発表した。", "6日"),  # any subject before a time of day
    ("その頃、大阪は17日未明だった。", "17日"),
    ("町議会は4日付で意見書を提出した。", "4日"),  # a dating
    ("県は補正予算案を17日にも公表する。", "17日"),  # にも before the act
    ("8日に開催された委員会で審議した。", "8日"),
])
def test_a_news_items_day_opening_a_clause_is_a_date_in_its_month(text, day):
    assert read(text, "date") == [(day, f"2023-09-{int(day[:-1]):02d}")]


def test_a_clause_day_whose_month_nothing_fixes_takes_the_decks_year():
    # docs/judgement_calls.md, call 1: a date valued with the deck's year alone
    assert read("国の補正予算について、21日、県は対応を協議した。", "date", month=None) == [("21日", "2023")]


@pytest.mark.parametrize("text, lead", [
    ("期間は、10日、", ""),  # a topic's は、: lead_day reads its subject back, and 期間 is none
    ("所要日数(目安)は3日、", ""),
    ("勤務は1日、8時間とする。", ""),  # a day's hours
    ("開所は週3日午前のみ", ""),  # a weekly span
    ("結果は毎月10日午前に公表する", ""),  # a recurring day
    ("通常であれば1日の委員会を3日間に延ばした", ""),  # no clause opens before the day
    ("1日平均92人が来場した", ""),
    ("1日付けで入札公告を行った", "平成28年2月"),  # the line above ends on its month: 2月1日, not the item's
    ("市は5日の猶予を設けた。", ""),  # の and no meeting
    ("同月28日付けで専決処分した", ""),  # 同: the month of a date written before
])
def test_near_misses_are_no_clause_day(text, lead):
    assert read(text, "date", lead=lead) == []


@pytest.mark.parametrize("text, full", [
    ("式典は2月 12 日に開催された", "2月 12 日"),  # a spaced month's day stays the full date's
    ("予算案を3月20日にも公表する", "3月20日"),
])
def test_a_full_date_keeps_its_month(text, full):
    assert [t for t, _ in read(text, "date")] == [full]


@pytest.mark.parametrize("text", [
    "財源内訳 県支出金45繰越金120地方債1,200",  # a flattened table's cells
    "款3民生費、項1社会福祉費、目2老人福祉費、節8報償費",  # a budget's class numbers
    "事業費 2,400工事請負費 1,800委託料",
    "区分 金額 国庫支出金 64繰入金(基金)1,000合併特例債",  # Sudachi leaves 債 out of the word
])
def test_a_figure_glued_to_a_budget_items_name_is_no_count(text):
    assert read(text, "count") == []


@pytest.mark.parametrize("text, expect", [
    ("市内の3基金を統合する", [("3基金", 3)]),  # funds are counted things
    ("市は4経費を見直した", [("4経費", 4)]),  # two characters: a counted noun, not an item's name
    ("会議で3資料を配布した", [("3資料", 3)]),
    ("市内2病院の事業費を比べる", [("2病院", 2)]),
])
def test_counted_nouns_stay_counts(text, expect):
    assert read(text, "count") == expect


@pytest.mark.parametrize("text", [
    "2040年展望と財政運営の方向性",  # a vision's report named by its year
    "2019年国体の施設を生かした",  # an event's name
    "平成30年全日本選手権の会場",
    "※令和5年地方公共団体定員管理調査より算出",  # a survey's edition, its name 12 letters long
])
def test_a_year_glued_to_a_name_is_part_of_the_name(text):
    assert read(text, "date") == []


@pytest.mark.parametrize("text, year", [
    ("2023年の展望を語った", "2023年"),  # a particle between: the year's own
    ("2023年に行った調査で", "2023年"),
    ("2024年に国体を開催する", "2024年"),
])
def test_a_year_before_a_particle_keeps_its_date(text, year):
    assert [t for t, _ in read(text, "date")] == [year]


@pytest.mark.parametrize("text, kind, expect", [
    ("利用者は一定数回復の兆しがみられる", "count", []),  # 一定|数|回復: 回 begins a longer word, no 数回
    ("乗客数は一定数回復したことによる", "count", []),
    ("今後数年で整備する", "duration", [("数年", None)]),  # vague mentions stay (wild gold, call 8)
    ("過去数年間の推移", "duration", [("数年間", None)]),
    ("協議を数回重ねた", "count", [("数回", None)]),
])
def test_a_vague_unit_must_end_its_word(text, kind, expect):
    assert read(text, kind) == expect


@pytest.mark.parametrize("text, month, expect", [
    # a later day after a month and day written before it on its line is in that month
    ("定例会は6月3日に招集され、委員会審査を経て、17日の本会議で可決された。", None, ("17日", "2023-06-17")),
    ("県は5月8日に方針を示し、市は21日、補正予算案を発表した。", 9, ("21日", "2023-05-21")),
    # an earlier day is not that month's: the item's month stands
    ("機構は3月31日、…を対象として30日、契約に調印したと発表した。", 9, ("30日", "2023-09-30")),
])
def test_a_news_day_takes_the_month_written_before_it_on_its_line(text, month, expect):
    assert expect in read(text, "date", month=month)
