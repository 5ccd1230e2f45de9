"""A figure named by a class of the account alone is the class's whole, no programme's row (issue 21, rows33).

News and speeches on a budget state the account's classes without their `費` or with the issuer's word
(`普通建設事業749億1800万円`, `主要県単独事業は133億円`, `政策経費が2368億円`, `…を除いた政策的経費は19億円`, `内訳は公共6,989億円、
非公共…`): every such figure was a programme's row. The spellings are data (totals.json no_programme class_spellings);
the name must be the class alone, after an issuer's word, `主要`/`主な` or a clause excluding or joining parts
(`…を除いた`, `…を合わせた`). A programme whose name only ends with a class's word (`住宅リフォーム補助事業`,
`新庁舎建設事業`, `公共施設等総合管理事業`) keeps its row,
and so do three names the gold sets keep as rows: a class by kind alone (`人件費`, a supplementary's pay revision),
`一般的な政策経費` (a ministry's request lists it beside its programmes) and `公共事業` heading a prefecture's item list.
Lines written for these tests in several issuers' styles (a prefecture's, a city's and a ministry's news)."""
from __future__ import annotations

import pytest

from extract.context.prose_wholes import class_name

from .test_roles_shapes import amount, rows, run


@pytest.mark.parametrize("name", [
    "普通建設事業", "補助事業", "単独事業", "県単独事業", "主要県単独事業", "市単独事業", "政策経費", "政策的経費",
    "定額減税など国策に伴う事業を除いた政策的経費", "公共", "非公共", "投資的経費", "主な投資的経費",
    "普通建設事業と災害復旧事業を合わせた投資的経費", "人件費を除く義務的経費",
])
def test_a_class_alone_is_a_class(name):
    assert class_name(name)


@pytest.mark.parametrize("name", [
    "住宅リフォーム補助事業", "新庁舎建設事業", "空き家解体補助事業", "県単独補助事業", "公共施設等総合管理事業",
    "公共交通対策事業", "政策経費の見直し事業", "市単独事業補助金", "創業支援補助事業", "学校給食費補助事業",
    "地域公共交通", "",
    # a ministry's request lists it as one of its programmes (fresh3's gold row); a supplementary's pay revision (fresh5c)
    "一般的な政策経費", "人件費",
    # a relative clause that names what the works are for (rev30: any clause ending in `た` made these classes)
    "ひとり親家庭を対象とした補助事業", "ふるさと納税を活用した単独事業", "国の交付金を受けた補助事業",
    "公共事業",  # a prefecture's item list heads its works with it (`○ 公共事業 127,419,000 千円`: the budgets gold's row)
])
def test_a_programme_ending_with_a_class_word_is_no_class(name):
    assert not class_name(name)


PREF = "県は20日、17年度当初予算案を発表した。一般会計は前年度比1・9%減の5474億4188万円となった。"


@pytest.mark.parametrize("line, text", [
    ("普通建設事業749億1800万円、災害復旧事業52億4500万円を合わせた投資的経費は801億6300万円となった。", "749億1800万円"),
    ("主要県単独事業は133億4300万円で前年度並み。", "133億4300万円"),
    ("知事は「政策経費が2368億円で1・1%増加している」と述べた。", "2368億円"),
    ("補正額42億円のうち、国策に伴う事業を除いた政策的経費は19億9900万円。", "19億9900万円"),
    ("内訳は公共6,989億円、非公共1兆6,120億円と前年並み。", "6,989億円"),
])
def test_a_class_named_figure_in_news_is_no_row(line, text):
    found = run(PREF, line, "主な事業は次の通り。", "道路ネットワーク事業576億8083万円、特別支援学校整備事業3億6590万円など。")
    assert text not in rows(found)
    assert "576億8083万円" in rows(found)  # the works after it keep their rows
    assert amount(found, text).program is None


@pytest.mark.parametrize("line, text", [
    ("主な事業は、住宅リフォーム補助事業3,000万円など。", "3,000万円"),
    ("新庁舎建設事業に12億円を計上した。", "12億円"),
    ("公共交通対策事業は4,500万円で、路線バスの運行を支える。", "4,500万円"),
])
def test_a_programme_named_with_a_class_word_keeps_its_row(line, text):
    assert text in rows(run(PREF, line))
