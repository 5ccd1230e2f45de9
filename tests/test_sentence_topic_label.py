"""A sentence whose topic is a budget label scopes every figure it lists (context/topics.py), and a figure named by a
list number alone refers back to the work that number opened on its line (mentions/label_names.py). Near misses: a later
figure with a label of its own, figures in the next sentence, a topic that is no label."""
from __future__ import annotations

import pytest

from extract.tables import budget_records

from .helpers import mentions

_LEAD = ("令和7年度予算の概要", "(1)河川の改修を進めるための経費として12億円を、(2)砂防施設の整備を進めるための経費として8億円を計上した。")


def _amount(texts: tuple[str, ...], text: str) -> tuple[str | None, int | None, str | None]:
    m = next(m for m in mentions(*texts) if m.kind == "amount" and m.text == text)
    return m.role, m.fy, m.program


@pytest.mark.parametrize("line, text, expected", [
    # the topic label once, then one figure for each numbered work
    ("なお、6年度補正予算では、(1)に3億円、(2)に2億円がそれぞれ計上された。", "2億円",
     ("supplementary_budget", 2024, "砂防施設の整備を進めるための経費")),
    ("なお、令和6年度補正予算においては、(1)に3億円、(2)に2億円を措置した。", "3億円",
     ("supplementary_budget", 2024, "河川の改修を進めるための経費")),
])
def test_the_topic_label_scopes_the_sentence(line: str, text: str, expected: tuple[str, int, str]) -> None:
    assert _amount((*_LEAD, line), text) == expected


@pytest.mark.parametrize("line, text, role", [
    # a later figure with its own label keeps it
    ("なお、6年度補正予算では、(1)に3億円、令和7年度当初予算では(2)に2億円を計上した。", "2億円", "budget"),
    # the next sentence is out of the topic's reach
    ("なお、6年度補正予算では、(1)に3億円を計上した。(2)には2億円を計上した。", "2億円", "budget"),
])
def test_near_miss_outside_the_topic(line: str, text: str, role: str) -> None:
    assert _amount((*_LEAD, line), text)[0] == role


@pytest.mark.parametrize("lines, text, role, fy", [
    # a budget label the sentence takes as its topic frames each figure listed after the first
    (("令和7年度予算の概要", "なお、令和6年度補正予算では、道路に1億円、橋梁に2億円がそれぞれ計上された。"), "2億円",
     "supplementary_budget", 2024),
    (("令和7年度予算の概要", "令和7年度予算において、保育所の整備に3億円、介護人材の確保に4億円を計上しています。"), "4億円",
     "budget", 2025),
    # items joined by `と` and the next item's subject (an account, a fund) are listed in parallel too
    (("令和7年度補正予算の概要", "補正額は、一般会計が8億円と特別会計が2億円で、合わせて10億円の増額となる。"), "2億円",
     "supplementary_budget", 2025),
    (("令和7年度予算の概要", "令和6年度補正予算では、国庫補助分が5億円と県単独分が1億円となった。"), "1億円", "supplementary_budget", 2024),
    # near miss: a grant's size given to its recipients keeps its own reading under the topic
    (("子育て支援の概要", "令和7年度当初予算では、第1子に3万円、第2子以降に5万円を給付する。"), "5万円", "support", 2025),
    # near miss: a figure that is no item of a list (`…であったが、`) is not the topic's
    (("令和7年度予算の概要", "前年度予算は、3億円であったが、5億円に増額した。"), "5億円", "budget", 2025),
    # near miss: a later figure with a label of its own keeps it
    (("令和7年度予算の概要", "令和6年度補正予算では、道路に1億円、令和7年度当初予算で橋梁に2億円を計上。"), "2億円", "budget", 2025),
])
def test_a_sentence_topic_labels_the_figures_listed_after_it(lines: tuple[str, ...], text: str, role: str, fy: int) -> None:
    assert _amount(lines, text)[:2] == (role, fy)


@pytest.mark.parametrize("lines, expected", [
    # a name that points back: the programme named just before
    (("令和7年度予算の概要", "港湾の耐震化を進めるための経費として8億円を計上した。6年度補正予算では同経費として3億円が計上された。"),
     ["港湾の耐震化を進めるための経費", "港湾の耐震化を進めるための経費"]),
    # near miss: a programme's own name that starts like a pointer word is no pointer
    (("令和7年度予算の概要", "○ 同和対策事業 2億円"), ["同和対策事業"]),
])
def test_a_pointing_name_takes_the_programme_before(lines: tuple[str, ...], expected: list[str]) -> None:
    assert [r["program"] for r in budget_records([m.record() for m in mentions(*lines)])] == expected


_NEWS = "市議会だより"


@pytest.mark.parametrize("line, text, role", [
    # a comparison or a donation closes its own sentence: the next sentence's figure is its verb's, not compared
    ("市税収入は前年比2.1%減。一方、図書館の改修工事に1億2千万円を盛り込んだ。", "1億2千万円", "budget"),
    ("歳出は前年度比3%増。新たに公園整備事業に2億円を計上した。", "2億円", "budget"),
    ("寄付は昨年の倍となった。新たに消防車両の更新事業に4,500万円を計上した。", "4,500万円", "budget"),
    ("新規事業は前年度当初比4件減の29件。主な事業は、道路補修事業費は8,000万円です。", "8,000万円", "budget"),
    # near misses: the comparison in the figure's own sentence still reads it
    ("公園整備事業に2億円を計上し、前年度比3,000万円増となった。", "3,000万円", "other"),
    ("歳出は前年度比3%増の412億円。", "412億円", "budget"),
    ("歳出は412億円。前年度比で12億円の増。", "12億円", "other"),
])
def test_a_comparison_labels_its_own_sentence_only(line: str, text: str, role: str) -> None:
    assert _amount((_NEWS, line), text)[0] == role
