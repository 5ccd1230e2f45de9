"""The reviewer's open finding of session 25 (para28_natsupp, issue 21, rows32): a supplementary budget summary that ends
with last year's package for comparison (`（参考）令和6年度補正予算額 8,180億円`) made that package a programme's row.

A budget's label line opened by a reference mark, under two or more named items of the document's budget and no smaller
than any of them, is a package's whole given for comparison: it stays in amounts with its role and year, no row
(context/label_wholes.py reference_whole). A reference line that names a work, one under a single larger figure (a
one-programme sheet's earlier figure), and a label line with no reference mark are read as before.
Lines written for these tests in several issuers' styles (a ministry, a prefecture, a city)."""
from __future__ import annotations

import pytest

from .test_roles_shapes import amount, rows, run

ITEMS = ("農林水産省 令和7年度補正予算（案）の概要", "第１　食料・生活の安全確保", "○ 畑作物産地形成促進事業　120億円",
         "○ 水田活用転換支援事業　45億円", "第２　防災・減災、国土強靱化", "○ 農業水利施設緊急保全対策事業　210億円")
ITEM_ROWS = ["120億円", "210億円", "45億円"]


@pytest.mark.parametrize("line, text", [
    ("（参考）令和6年度補正予算額　8,180億円", "8,180億円"),
    ("(参考) 令和6年度補正予算額 8,180億円", "8,180億円"),
    ("【参考】令和6年度補正予算額：8,180億円", "8,180億円"),
    ("参考：令和6年度補正予算額 8,180億円", "8,180億円"),
    ("（参考）令和7年度当初予算額　2兆2,700億円", "2兆2,700億円"),  # the year's initial budget beside its supplementary
])
def test_a_reference_label_under_the_items_is_a_whole_no_row(line, text):
    found = run(*ITEMS, line)
    assert amount(found, text).total_of
    assert rows(found) == ITEM_ROWS


@pytest.mark.parametrize("lines, text", [
    # a reference line that names a work: that work's figure
    ((*ITEMS, "（参考）スマート農業技術開発事業　38億円"), "38億円"),
    # a one-programme sheet: its one figure, then its earlier figure for reference (smaller than the item)
    (("令和7年度 補正予算 事業概要", "○ 畑作物産地形成促進事業　120億円", "（参考）令和6年度補正予算額　80億円"), "80億円"),
])
def test_a_reference_line_naming_a_work_or_under_one_larger_item_is_no_whole(lines, text):
    assert not amount(run(*lines), text).total_of


# an item's own earlier figure indented under it (the reviewer's p29t_rows32ref, rev29): larger than the items above, yet no
# package's whole; the reference line must stand at the list's level
MEXT = ("令和7年度 文部科学省予算（案）の主要事項", "○ 大学教育改革推進事業　8億円（前年度予算額　7億円）",
        "○ 高等専門学校機能強化事業　6億円（前年度予算額　5億円）")


@pytest.mark.parametrize("lines, text", [
    ((*MEXT, "　　（参考）令和6年度補正予算額　20億円"), "20億円"),
    ((*MEXT, "　（参考）令和6年度補正予算額　20億円"), "20億円"),  # one full-width space in
    ((*MEXT, "    【参考】令和6年度補正予算額：20億円"), "20億円"),  # ASCII spaces, another mark
    ((*ITEMS, "　　参考：令和6年度補正予算額　8,180億円"), "8,180億円"),
    # items themselves indented, the reference further in under the last one
    (("令和7年度補正予算（案）の概要", "　○ 河川改修緊急対策事業　320億円", "　○ 砂防施設整備事業　180億円",
      "　　　（参考）令和6年度補正予算額　900億円"), "900億円"),
])
def test_a_reference_line_indented_under_one_item_is_that_items_row(lines, text):
    found = run(*lines)
    assert amount(found, text).total_of is None
    assert text in rows(found)


@pytest.mark.parametrize("lines", [
    # the reference at the items' own level, both indented alike
    ("令和7年度補正予算（案）の概要", "　○ 河川改修緊急対策事業　320億円", "　○ 砂防施設整備事業　180億円",
     "　（参考）令和6年度補正予算額　900億円"),
    # the reference back at the list's level under indented items
    ("令和7年度補正予算（案）の概要", "　○ 河川改修緊急対策事業　320億円", "　○ 砂防施設整備事業　180億円",
     "（参考）令和6年度補正予算額　900億円"),
    # an indented item's description line between (no figure): the item line above decides
    ("令和7年度補正予算（案）の概要", "○ 河川改修緊急対策事業　320億円", "○ 砂防施設整備事業　180億円", "　　土砂災害を防ぐ。",
     "（参考）令和6年度補正予算額　900億円"),
])
def test_a_reference_line_at_the_lists_level_stays_a_whole(lines):
    found = run(*lines)
    assert amount(found, "900億円").total_of == "(reference)"
    assert "900億円" not in rows(found)


def test_a_reference_figure_smaller_than_an_item_is_no_whole():
    found = run(*ITEMS, "（参考）令和6年度補正予算額　150億円")  # 210億円 above it: no sum of the items
    assert amount(found, "150億円").total_of != "(reference)"


def test_a_reference_label_of_the_previous_year_makes_no_row_either():
    found = run(*ITEMS, "（参考）前年度補正予算額　8,180億円")  # read as last year's figure: no row of its own
    assert rows(found) == ITEM_ROWS


def test_the_reference_mark_only_opening_the_line_counts():
    found = run(*ITEMS, "令和6年度補正予算額（参考）　8,180億円")  # the mark after the label: another reading
    assert amount(found, "8,180億円").total_of != "(reference)"


# -- a one-programme slide whose 【新規】 box stands on its own line over the programme's name (para28_slidebox) -----

SLIDE = ("令和7年度予算 主要事項", "厚生労働省", "BOX", "重層的支援体制構築推進事業", "令和7年度予算額　18億円（前年度予算額　12億円）",
         "事業の概要：市町村が行う相談支援の体制づくりを支援する。")


# (a ministry's box alone goes to the sheet's naming, which peels it into the ministry: tests/test_names14_shapes.py)
@pytest.mark.parametrize("box", ["【新規】", "【拡充】", "［新規］", "【一部新規】"])
def test_the_name_line_under_a_box_alone_names_the_label_lines_figure(box):
    found = run(*(box if t == "BOX" else t for t in SLIDE))
    assert amount(found, "18億円").program == "重層的支援体制構築推進事業"
    assert rows(found) == ["18億円"]


@pytest.mark.parametrize("box", [
    "新規",  # no box: a word on its own line
    "【事業の概要】",  # a section's heading boxed, no label box
])
def test_a_name_line_under_no_label_box_is_not_read_by_the_box_rule(box):
    from extract.context.line_parts import box_alone
    assert not box_alone(box)


def test_a_line_with_a_figure_under_a_box_is_no_name_line():
    found = run("令和7年度予算 主要事項", "【新規】", "重層的支援体制構築推進事業 18億円", "令和7年度予算額　18億円")
    assert amount(found, "18億円", 1).program != "重層的支援体制構築推進事業 18億円"


# -- a news article's sub-headline under a first line with no figure (fresh4, fresh24a, fresh24b) --------------

BODY = ("消費者庁は8月30日、2023年度予算概算要求額を公表した。地方消費者行政強化交付金は30億円を要求する。"
        "国民生活センター運営費交付金は39.4億円を要求した。")


@pytest.mark.parametrize("head, sub, text", [
    ("消費者庁2023年度予算概算要求", "24.8%増の146.4億円を要求", "146.4億円"),
    ("復興庁 来年度の概算要求", "大幅減の約6330億円", "6330億円"),
    ("県23年度当初予算案", "2・3%増の8894億9600万円", "8894億9600万円"),
    ("白鷺市 令和8年度当初予算案", "前年度比3.1%増の512億円", "512億円"),
])
def test_a_sub_headlines_figure_under_a_budget_headline_is_the_whole(head, sub, text):
    found = run(head, sub, BODY)
    assert amount(found, text).total_of == "(headline)"
    assert text not in rows(found)


@pytest.mark.parametrize("lines, text", [
    # the sub-headline names the work its figure goes to: that work's figure
    (("消費者庁2023年度予算概算要求", "地方消費者行政強化交付金に30億円", BODY), "30億円"),
    # a first line that is a sentence, not a headline
    (("消費者庁は2023年度予算概算要求を公表した。", "24.8%増の146.4億円を要求", BODY), "146.4億円"),
    # a headline that names no budget
    (("消費者行政の今後", "24.8%増の146.4億円を要求", BODY), "146.4億円"),
    # two lines above: no headline block
    (("消費者庁2023年度予算概算要求", "相川優子", "24.8%増の146.4億円を要求", BODY), "146.4億円"),
    # no smaller budgets follow: a one-programme page's figure
    (("令和8年度当初予算案", "子育て支援センター整備事業費 5億円", "センターを整備する。"), "5億円"),
])
def test_a_sub_headline_near_miss_is_no_headline_whole(lines, text):
    assert amount(run(*lines), text).total_of != "(headline)"


# -- a named work's budget compared with last year's in its own clause (fresh24a, fresh14, fresh22, fresh23) ------

@pytest.mark.parametrize("before, cut", [
    ("資源調査・評価の拡充は、前年度の当初予算額82億円を上回る", "資源調査・評価の拡充は、"),
    ("「積立ぷらす」など漁業収入安定対策に前年度を100億円上回る", "「積立ぷらす」など漁業収入安定対策に"),
    ("一般会計は前年度の1兆2,000億円から300億円増の", "一般会計は"),  # the whole's word stays before the comparison
    ("公共事業は対前年度当初予算額8,000億円を上回る", "公共事業は"),  # `対` opens the comparison
    ("道路維持補修事業は昨年度当初予算より3千万円増の", "道路維持補修事業は"),
])
def test_a_comparison_with_last_year_is_cut_from_the_words_before_a_figure(before, cut):
    from extract.context.whole_clauses import compared_cut
    assert compared_cut(before) == cut


@pytest.mark.parametrize("before", [
    "補正後の予算額は",  # no comparison
    "前年度の当初予算額は",  # last year's figure itself: no change ends it
    "増額補正の結果、予算総額は",  # a change word inside, not ending the words
    "宇宙領域関連経費は前年度比12%増の",  # a rate of change: no earlier figure stated, nothing cut
    "公共事業は対前年度比20%増の", "一般会計は前年度比2.2倍の", "子育て支援事業に前年比1割増の約",
])
def test_words_ending_with_no_comparison_are_kept_whole(before):
    from extract.context.whole_clauses import compared_cut
    assert compared_cut(before) == before


def test_a_named_works_budget_over_last_year_is_a_row_and_an_accounts_stays_whole():
    found = run("23年度水産予算、概算要求額2604億円", "水産庁が2023年度水産関係予算概算要求案を示した。",
                "資源調査・評価の拡充は、前年度の当初予算額82億円を上回る97億円を要求。一般会計は前年度比1.2倍の3,200億円を要求した。")
    assert amount(found, "97億円").total_of is None and "97億円" in rows(found)
    assert amount(found, "3,200億円").total_of


@pytest.mark.parametrize("before, whole", [
    ("公共事業は対前年度比20%増の", True),  # a national budget's half (fresh3: main read it whole through `前年度` alone)
    ("非公共事業は13%増の", True),
    ("公共事業費が", True),
    ("公共施設整備事業は", False),  # a work whose name holds the word
])
def test_a_national_budgets_half_as_the_topic_is_a_whole(before, whole):
    from extract.context.whole_clauses import compared_cut, whole_evidence
    assert whole_evidence(compared_cut(before)) is whole
