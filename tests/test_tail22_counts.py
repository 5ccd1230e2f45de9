"""Counts the long tail missed: programmes counted by their name's suffix (`直轄河川改修5事業とダム2事業`, which
find_programs reads as two names), and near misses: a note's number (`※2`), a label's mean (`高位8平均`)."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line
from extract.rules.engine import RuleContext


def counts(text: str) -> list[tuple[str, object, object]]:
    lines = [Line(text=text, page=None, line=1, index=0)]
    return [(m.text, m.min, m.unit) for m in extract_lines("t", lines, RuleContext(deck_year=2024)) if m.kind == "count"]


@pytest.mark.parametrize("text, expect", [
    ("県営ほ場整備3事業と農道2事業を評価した。", [("3事業", 3, "事業"), ("2事業", 2, "事業")]),
    ("合計412事業に予算を配分した。", [("412事業", 412, "事業")]),
    ("使い道は以下6事業からお選びください。", [("6事業", 6, "事業")]),
    ("重点5プロジェクトを推進する。", [("5プロジェクト", 5, "プロジェクト")]),
    ("全9事業を継続とした。", [("9事業", 9, "事業")]),
])
def test_programmes_counted_by_their_suffix(text, expect):
    assert counts(text) == expect


@pytest.mark.parametrize("text", [
    "新規輸出1万者支援プログラム",  # a number inside a name
    "第2期5G普及事業",
    "・ローカル10,000プロジェクト",  # a name's large round figure: a goal, no tally
    "地域20,000事業の推進",
    "※2ブラウザでCookieが使用できる設定にしてください",  # a note's number
    "※1 東京都を除く",
    "高位8平均",  # the mean of eight, no count
])
def test_no_count_inside_a_name_a_note_or_a_mean(text):
    assert counts(text) == []


def test_a_count_after_a_note_mark_with_a_space_before_the_figure_still_counts():
    assert counts("※ 対象 12件") == [("12件", 12, "件")]


def read(*texts: str) -> list[tuple[int, str, str, object, object]]:
    lines = [Line(text=t, page=None, line=i + 1, index=i) for i, t in enumerate(texts)]
    return [(m.line, m.kind, m.text, m.min, m.unit) for m in extract_lines("t", lines, RuleContext(deck_year=2024))]


@pytest.mark.parametrize("texts, expect", [
    # a KPI sheet's cell: the figure on its line, its known counter alone on the next
    (("目標値", "4", "件", "R2.3"), (2, "count", "4", 4, "件")),
    (("実績", "12,500", "人"), (2, "count", "12,500", 12500, "人")),
    (("3", "校"), (1, "count", "3", 3, "校")),
])
def test_a_number_alone_over_its_counter_alone_counts(texts, expect):
    assert expect in read(*texts)


@pytest.mark.parametrize("texts", [
    ("3", "件数の推移"),  # the next line goes on past the counter: a list or page number above a heading
    ("12", "人口の動き"),
    ("5", "年"),  # no counter: a duration's unit stays apart
])
def test_a_number_alone_over_a_longer_line_counts_nothing(texts):
    assert [r for r in read(*texts) if r[1] in ("count", "duration")] == []
