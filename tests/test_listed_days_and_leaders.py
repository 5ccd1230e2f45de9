"""Issue 21's long tail of kinds (money19): a day listed after a dated day, a 同月 day a few clauses after its date, a
count with a known counter after a dot leader, and a count spaced from its counter before a conjunction or a change.
Variants in wordings and eras no dev set uses, and the near misses."""
from __future__ import annotations

import pytest

from extract.mentions import extract_lines
from extract.model import Line
from extract.rules.engine import RuleContext


def read(*texts: str, year: int = 2023) -> list[tuple[str, str, object]]:
    lines = [Line(text=t, page=None, line=i + 1, index=i) for i, t in enumerate(texts)]
    return [(m.kind, m.text, m.min) for m in extract_lines("t", lines, RuleContext(deck_year=year))]


@pytest.mark.parametrize("line, expect", [
    ("面接は平成30年11月5日(月)、6日(火)、8日(木)に行う", [("平成30年11月5日", "2018-11-05"), ("6日", "2018-11-06"),
                                                   ("8日", "2018-11-08")]),
    ("説明会は2019年9月2日と9日に開く", [("2019年9月2日", "2019-09-02"), ("9日", "2019-09-09")]),
    ("令和元年6月3日・4日 開催", [("令和元年6月3日", "2019-06-03"), ("4日", "2019-06-04")]),
    # near misses: a duration or a share after the joiner, a day going back (its month is not written)
    ("令和2年4月1日、3日間の研修", [("令和2年4月1日", "2020-04-01")]),
    ("2020年5月10日、15日以内に", [("2020年5月10日", "2020-05-10")]),
    ("2021年7月20日、3日に", [("2021年7月20日", "2021-07-20")]),
])
def test_a_day_listed_after_a_dated_day(line, expect):
    assert [(t, v) for k, t, v in read(line) if k == "date"] == expect


def test_a_same_month_day_a_few_clauses_after_its_date():
    line = ("平成29年10月2日に平成29年9月分の報告書を受理したが、受付印を押さず、関係課にも回付していなかった。"
            "その後、担当課は同月6日に支出負担行為を起こし、同月20日、請負者に支払った。")
    got = [(t, v) for k, t, v in read(line) if k == "date"]
    assert ("同月6日", "2017-10-06") in got and ("同月20日", "2017-10-20") in got
    # near miss: no month and day written before it on its line
    assert [t for k, t, _ in read("同月15日に開催") if k == "date"] == []


@pytest.mark.parametrize("line, expect", [
    ("内訳…一般枠…48名(うち継続12名)", [("48名", 48), ("12名", 12)]),
    ("(前年度実績…19団体)", [("19団体", 19)]),
    ("まえがき……………5団体の紹介", []),
    # near miss: a table of contents' page number after its leader
    ("第3章 事業計画..........27", []),
])
def test_a_count_after_a_dot_leader(line, expect):
    assert [(t, v) for k, t, v in read(line) if k == "count"] == expect


@pytest.mark.parametrize("line, expect", [
    ("前年度と比べて 212 件増となった", [("212 件", 212)]),
    ("大学生35 人並びに専門学校生 4 人に貸与", [("35 人", 35), ("4 人", 4)]),
    ("申請は 17 件減少した", [("17 件", 17)]),
    # near misses: a counter's character that begins another word after a space
    ("※１ 本調査の結果", []),
    ("３ 校務の負担", []),
])
def test_a_count_spaced_from_its_counter_before_a_conjunction_or_a_change(line, expect):
    assert [(t, v) for k, t, v in read(line) if k == "count"] == expect
