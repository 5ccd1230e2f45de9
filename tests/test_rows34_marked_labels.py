"""A budget label's line right under a marked heading names the heading's programme (issue 21, rows34).

A city's emergency package lists its measures as marked headings, each with its money on the line under it
(`⑴医療提供、検査体制の充実` / `【補正額】 2億7千万円(一般 9千万円)`): the label says which money, the heading what it
is for. The heading named the figure only where it ended in a programme's word (`…事業`); a measure's name
(`…の充実`, `感染拡大防止`) left the row unnamed. Now, as over a label alone on its line (`28年度予算額` / `164百万円`
under `(1)国土強靱化の推進`), any marked heading that reads as a name names the label line right under it.
The one-character list marks `⑴`…`⒇` and `⒈`…`⒛` are the `(1)` and `1.` markers (normalize keeps them as written,
so the outline did not see them as markers at all). Lines written for these tests in several issuers' styles."""
from __future__ import annotations

import pytest

from extract.context.line_parts import strip_markers

from .test_roles_shapes import amount, rows, run

TITLE = "令和2年度 新型コロナウイルス感染症に関する第2次緊急対策（補正予算）"


@pytest.mark.parametrize("line, marker, rest", [
    ("⑴医療提供、検査体制の充実", "paren_num", "医療提供、検査体制の充実"),
    ("⑵ 感染拡大防止", "paren_num", "感染拡大防止"),
    ("⑿ 地域公共交通の維持", "paren_num", "地域公共交通の維持"),
    ("⒈ 総則", "num_dot", "総則"),
    ("(1) 医療提供体制の充実", "paren_num", "医療提供体制の充実"),
])
def test_one_character_list_marks_are_markers(line, marker, rest):
    found, kind, after, _ = strip_markers(line)
    assert (found, kind, after.strip()) == (marker, "heading", rest)


@pytest.mark.parametrize("heading, name", [
    ("⑴医療提供、検査体制の充実", "医療提供、検査体制の充実"),
    ("⑴ 医療提供、検査体制の充実", "医療提供、検査体制の充実"),
    ("(1)医療提供、検査体制の充実", "医療提供、検査体制の充実"),
    ("① 児童生徒の学びの環境整備", "児童生徒の学びの環境整備"),
    ("⑶ 中小事業者への家賃支援", "中小事業者への家賃支援"),
])
# (a bare `補正額 2億7千万円` line is read earlier as the supplementary's whole, context/totals.py: not this rule's)
@pytest.mark.parametrize("label", ["【補正額】 2億7千万円(一般 9千万円)", "【補正額】2億7千万円", "補正予算額 2億7千万円",
                                   "令和2年度補正予算額 2億7千万円（国費 1億円）"])
def test_a_label_line_under_a_marked_heading_is_its_money(heading, name, label):
    found = run(TITLE, "医療・保健対策", heading, label, "・感染症患者等の入院病床確保、医療費の公費負担")
    assert amount(found, "2億7千万円").program == name
    assert "2億7千万円" in rows(found)


@pytest.mark.parametrize("heading", [
    "医療提供、検査体制の充実",  # no marker: a line of the sheet, not a heading (near miss)
    "⑴ 補正予算の概要は次のとおりです。",  # a marked sentence: a section, no programme
    "■要求のポイント",  # a section of the sheet about its budget (programs.json document_words; a probe the first version broke)
    "⑵ 補正予算の概要",
])
def test_no_marked_name_over_the_label_line_names_nothing_of_it(heading):
    found = run(TITLE, "医療・保健対策", heading, "【補正額】 2億7千万円(一般 9千万円)", "・感染症患者等の入院病床確保")
    assert amount(found, "2億7千万円").program != heading.lstrip("⑴⑵■ ")


def test_a_label_line_under_a_description_is_not_the_headings_by_this_rule():
    # the heading's description stands between: the label line is not right under the heading (near miss)
    found = run(TITLE, "⑴医療提供、検査体制の充実", "・感染症患者等の入院病床確保、医療費の公費負担", "【補正額】 2億7千万円")
    assert amount(found, "2億7千万円").program != "医療提供、検査体制の充実"
