"""rev26's findings on tail29's rules: each rule kept for its shape, its reach cut where prose of the same letters means
something else. Texts are our own paraphrases (other issuers, numbers, layouts).

- count money_items: a figure glued to a budget item's name is no count in a table's cells (`64繰入金(基金)`,
  `1,800委託料`), but a count in prose, where a particle follows the name (`国は関係する7交付金を一本化した`).
- clause_day: after a span's word and its comma (`採用後、30日、90日の各時点で`) the days are counted from an event.
- act_day: 全/計/延べ before the day and 開催 (`連続講座は全5日開催`) give the days held, no date.
- lead_day_by: a request's ending after `…は15日までに、` is a deadline set for the reader (judgement call 1), no date.
"""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line
from extract.rules.engine import RuleContext


def read(text: str, kind: str, month: int | None = 9) -> list[tuple[str, object]]:
    lines = [Line(text=text, page=None, line=1, index=0)]
    ctx = RuleContext(deck_year=2023, lead_month=month, lead="")
    return [(m.text, m.min) for m in extract_lines("t", lines, ctx) if m.kind == kind]


@pytest.mark.parametrize("text, expect", [
    ("国は関係する9交付金を一本化した。", [("9交付金", 9)]),  # を after the name: prose
    ("県は4補助金を整理統合する方針だ。", [("4補助金", 4)]),
    ("町の6負担金が見直しの対象となった。", [("6負担金", 6)]),  # が
    ("見直した8使用料は来年度から改定する。", [("8使用料", 8)]),  # は
    ("既存の5交付金と新設の2交付金を比べる。", [("5交付金", 5), ("2交付金", 2)]),  # と, then を
    # the item's own money with its yen unit after the name: the figure before counts what the name qualifies
    ("既存14クラブ委託料211,990千円及び新設2クラブ分補助金を計上。", [("14クラブ委託料", 14)]),
    ("市内8クラブ運営費4,500万円を計上する", [("8クラブ運営費", 8)]),
    ("新設5教室委託料3,000千円", [("5教室委託料", 5)]),
])
def test_a_count_of_money_items_in_prose_stays_a_count(text, expect):
    assert read(text, "count") == expect


@pytest.mark.parametrize("text", [
    "歳入内訳 諸収入12繰越金300地方債2,500",  # another figure glued after the name
    "款2総務費、項1総務管理費、目3財産管理費、節13委託料",  # a comma and the line's end
    "財源 38繰入金(減債基金)800合併特例債",  # a bracket after the name; Sudachi leaves 債 out
    "需用費 1,200修繕料 640手数料",
    "補助金 27,144医療費 51,796×1／2 25,898事務費 2,492×1／2",  # the item's money bare (the header's unit)
    "援助費補助金 130修学旅行費 25,560円×1／2 115医療費 10,400円×1／2",  # a unit price in yen: a formula
    "収入 12,500 9,739 10,000 使用料 0円 その他",  # the next cell spaced after the name
    "款3民生費、項1社会福祉費、目2老人福祉費、節19扶助費の支給について",  # a class's rank before the figure: its number
    "項1土木管理費 目1土木総務費 節13委託料を増額する",
])
def test_a_money_items_table_cell_is_still_no_count(text):
    assert read(text, "count") == []


@pytest.mark.parametrize("text", [
    "採用後、30日、90日の各時点で面談を行います。",  # days counted from an event
    "着任から、7日、21日の時点で振り返りを行う。",
    "契約締結後、60日、120日の節目に報告を求める。",
])
def test_days_after_a_span_words_comma_are_no_news_days(text):
    assert read(text, "date") == []


@pytest.mark.parametrize("text, day", [
    ("国の補正予算について、21日、県は対応を協議した。", "21日"),  # no span word: tail29's clause day stays
    ("その後、18日、市は対策本部を設置した。", "18日"),  # その後 is a narrative's connective, no span
    ("半年が経過した17日、市は復旧方針を示した。", "17日"),
])
def test_a_clause_day_without_a_span_word_stays_a_date(text, day):
    assert read(text, "date") == [(day, f"2023-09-{int(day[:-1]):02d}")]


@pytest.mark.parametrize("text, expect", [
    ("連続講座は全5日開催です。", []),  # the days held in all
    ("セミナーは計3日開催した。", []),
    ("研修会を延べ4日開催する予定。", []),
    ("研修会を4日開催する予定だ。", [("4日", "2023-09-04")]),  # no total's word: tail29's act day stays
    ("説明会を12日に開催した。", [("12日", "2023-09-12")]),
])
def test_a_total_of_days_held_is_no_date(text, expect):
    assert read(text, "date") == expect


@pytest.mark.parametrize("text, expect", [
    ("各区は15日までに、実施状況を提出してください。", []),  # a request: the reader's deadline
    ("各局は20日までに、調査票を返送すること。", []),
    ("各町は8日までに、結果を報告してください」。", []),
    ("市は9日までに、事業の効果をまとめた。", ["9日"]),  # a report of an act done: a date (bounded by the day)
    ("大船渡市は24日までに、業者と契約を結んだ。", ["24日"]),
])
def test_a_deadline_requested_of_the_reader_is_no_date(text, expect):
    assert [t for t, _ in read(text, "date")] == expect
