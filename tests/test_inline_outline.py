"""An outline flattened onto one line (context/inline_outline.py): a budget summary page's numbered pillars and items read
as one run of text. Each item's figure is a budget row named by its item, a run of figures after a run of names pairs them
in order; totals, parts, caps, per-recipient sizes, previous years' figures, figures of the world stay no rows. Lines
written for these tests in several ministries' styles (no dev set's wording)."""
from __future__ import annotations

import pytest

from extract.context.inline_outline import items
from extract.context.labels import LineInfo
from extract.normalize import normalize

from .helpers import amounts_by_text, mentions

_MLIT = ("令和6年度国土交通省補正予算の概要 計 1兆2,345億円 (うち財政投融資300億円) 第1 防災・減災、国土強靱化の推進 8,000億円 "
         "(1)河川・砂防の事前防災対策 3,000億円 (2)道路ネットワークの強靱化 2,500億円 第2 物価高への対応 1,200億円")
_MAFF = ("令和5年度農林水産関係補正予算の概要 第1 食料安全保障の強化 (1)肥料の国産化 ①堆肥の広域流通 900億円 300億円 120億円 "
         "②畜産物の輸出拡大 80億円")
_ENV = "令和4年度環境省補正予算案 ① 脱炭素先行地域づくり 200億円 ② 再エネ導入の加速 150億円 ③ 資源循環の推進 50億円"
_MOD = ("平成31年度文部科学省補正予算(案) 総額 2,100億円 ○ 学校施設の耐震化 1,500億円 ○ 教育の情報化 480億円 ○ 科学技術の振興 120億円")


@pytest.mark.parametrize("text, rows", [
    (_MLIT, {"8,000億円": "防災・減災、国土強靱化の推進", "3,000億円": "河川・砂防の事前防災対策",
             "2,500億円": "道路ネットワークの強靱化", "1,200億円": "物価高への対応"}),
    (_MAFF, {"900億円": "食料安全保障の強化", "300億円": "肥料の国産化", "120億円": "堆肥の広域流通",
             "80億円": "畜産物の輸出拡大"}),
    (_ENV, {"200億円": "脱炭素先行地域づくり", "150億円": "再エネ導入の加速", "50億円": "資源循環の推進"}),
    (_MOD, {"1,500億円": "学校施設の耐震化", "480億円": "教育の情報化", "120億円": "科学技術の振興"}),
])
def test_each_flattened_item_figure_is_a_budget_row_of_its_item(text, rows):
    found = amounts_by_text(text)
    for figure, name in rows.items():
        m = found[figure]
        assert (m.role, m.program, m.total_of) == ("supplementary_budget", name, None), (figure, m)
        assert m.fy is not None


@pytest.mark.parametrize("text, figure", [
    (_MLIT, "1兆2,345億円"),  # 計: the ministry's total
    (_MLIT, "300億円"),  # (うち…): a part in brackets
    (_MOD, "2,100億円"),  # 総額
])
def test_the_total_and_its_bracketed_part_are_no_items(text, figure):
    m = amounts_by_text(text)[figure]
    assert m.program is None or m.total_of is not None, m


@pytest.mark.parametrize("text, figure", [
    ("令和6年度観光庁補正予算の概要 (1)補助上限額 500万円 (2)1件当たり 300万円 (3)市場規模 3兆円 (4)前年度予算額 400億円", None),
    ("令和7年度こども家庭庁予算案の概要 ① 目標額 50億円 ② 経済効果 2,000億円 ③ 売上見込額 80億円", None),
])
def test_caps_sizes_previous_years_and_world_figures_are_no_items(text, figure):
    info = LineInfo(normalize(text).text, [m for m in mentions(text) if m.kind in ("amount", "fiscal_year")])
    assert items(info) == []


def test_without_a_budget_scope_the_figures_keep_their_roles():
    text = "新しい地域づくりの概要 第1 まちの魅力 40億円 (1)観光の振興 20億円 (2)移住の促進 10億円"
    found = amounts_by_text(text)
    assert all(m.role != "supplementary_budget" for m in found.values())


@pytest.mark.parametrize("text", [
    "令和6年度補正予算 第1 防災の推進 100億円 (1)河川の改修 60億円",  # two markers: an ordinary line
    "令和6年度補正予算の概要 (1)河川の改修を行う。 50億円 (2)道路の補修を行う。 30億円 (3)橋の点検 20億円",  # sentences
])
def test_a_line_with_few_markers_or_sentences_as_names_names_no_flattened_items(text):
    info = LineInfo(normalize(text).text, [m for m in mentions(text) if m.kind in ("amount", "fiscal_year")])
    named = dict((m.text, n) for m, n in items(info))
    assert "50億円" not in named and "30億円" not in named and "60億円" not in named


def test_the_same_reading_names_the_items_of_a_plain_flattened_line():
    text = "令和6年度観光庁補正予算の概要 (1)観光地の再生 500億円 (2)インバウンドの回復 300億円 (3)人材の確保 30億円"
    info = LineInfo(normalize(text).text, [m for m in mentions(text) if m.kind in ("amount", "fiscal_year")])
    assert [(m.text, n) for m, n in items(info)] == [("500億円", "観光地の再生"), ("300億円", "インバウンドの回復"),
                                                     ("30億円", "人材の確保")]


_ROWS = ("省エネ設備投資に使える補助金一覧表 令和5年度補正予算 内訳 対象部門 1 工場省エネ転換促進事業 既存設備を高効率な設備へ更新する"
         "費用を補助。 産業部門 法人 設備費の1/2(上限1億円) 300.0億円 2 家庭用蓄電池導入支援事業 住宅への蓄電池の導入を支援。 家庭部門 "
         "個人 ・蓄電池 4万円/kWh(上限:40万円) 80.0億円 1 商業施設断熱改修補助金 建物の断熱改修を補助。 業務部門 法人 1/3 120.0億円")


def test_a_table_flattened_row_by_row_names_each_rows_budget_by_its_first_cell():
    found = amounts_by_text(_ROWS)
    assert found["300.0億円"].program == "工場省エネ転換促進事業"
    assert found["80.0億円"].program == "家庭用蓄電池導入支援事業"
    assert found["120.0億円"].program == "商業施設断熱改修補助金"
    assert found["4万円"].total_of is not None or found["4万円"].role not in ("budget", "supplementary_budget")


@pytest.mark.parametrize("text", [
    "平成 28 年度の主な新規事業 出会い応援事業・・・・502 万円 平成 28 年度の主な拡充事業 子育て支援事業・・・・300 万円 令和 2 年度事業",
    "新規 3 件の補助事業 40 万円 継続 12 件の補助事業 90 万円 計 15 件の補助事業 130 万円",
])
def test_a_number_the_text_layer_spaced_from_its_counter_or_era_opens_no_row(text):
    info = LineInfo(normalize(text).text, [m for m in mentions(text) if m.kind in ("amount", "fiscal_year", "count")])
    assert all(not n.startswith(("年度", "件")) for _m, n in items(info))


def test_bullets_without_a_space_and_label_boxes_before_the_figure():
    text = ("令和7年度観光庁予算案のポイント ① 「稼げる地域」の推進 ●観光地域づくり法人支援事業 【当初】40 億円 (38 億円) "
            "●観光DX推進事業 【当初】12 億円 ② 「人材」の確保 ●宿泊業人材確保支援事業 【当初】8 億円")
    found = amounts_by_text(text)
    assert found["40 億円"].program == "観光地域づくり法人支援事業"
    assert found["12 億円"].program == "観光DX推進事業"
    assert found["8 億円"].program == "宿泊業人材確保支援事業"


def test_an_items_description_is_no_name_for_the_next_items_figure():
    text = ("令和6年度3月補正予算の概要 2 主な事業 ①物価高騰への対応 〈900百万円〉 ○地域生活支援交付金活用事業(850百万円) "
            "地域の消費を喚起するため国が交付金を交付。 ・県産品応援クーポン発行事業 ……………… 520百万円 "
            "県産品の購入に使えるクーポンを発行する。")
    info = LineInfo(normalize(text).text, [m for m in mentions(text) if m.kind in ("amount", "fiscal_year")])
    assert all(n != "地域生活支援交付金活用事業" for m, n in items(info) if m.text == "520百万円")


def test_the_pages_total_before_the_flattened_items_is_no_item():
    found = amounts_by_text("令和8年度 経済産業省予算案の概要 計 1兆2,000億円 第1 GX投資の促進 4,500億円 (1)水素の普及 800億円 "
                            "(2)水素市場 3兆円 (3)蓄電池の量産 1,200億円", deck_year=2026)
    assert found["1兆2,000億円"].total_of is not None
    assert found["3兆円"].role == "other" and found["800億円"].program == "水素の普及"


def test_a_roman_numeral_opens_a_flattened_part():
    text = ("令和5年度 厚生労働省補正予算(案)の内訳 I 物価高騰対策関係 900億円 第1 医療機関の支援 600億円 第2 介護施設の支援 300億円 "
            "II 防災対策関係 200億円")
    found = amounts_by_text(text)
    assert found["900億円"].program == "物価高騰対策関係" and found["200億円"].program == "防災対策関係"
    assert found["600億円"].program == "医療機関の支援"
