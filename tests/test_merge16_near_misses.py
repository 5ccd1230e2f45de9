"""Where session 13's branches met, and the near misses rev16 found in them: tail16 made a rounded sum's floor
`at_least` (`…億円余`, `二十二億三千二百余万円`, `13億円強`: the gold's call), and the role rules of roles16 and names16
read any `at_least` as a threshold (`300万円以上の事業`), so a budget told roughly fell to `other`: one test,
`qualifiers.threshold`, now tells them apart everywhere. A voucher's face value is a holder's, not the body's own; the
verb 余す is no floor; a class of expense split by its funding (補助事業 / 単独事業) names no programme."""
from __future__ import annotations

import pytest

from .helpers import text_deck_outline


def _roles(*texts: str) -> dict[str, tuple[str, list[str]]]:
    mentions, _ = text_deck_outline(texts)
    return {m.text: (m.role, m.qualifiers) for m in mentions if m.kind == "amount"}


@pytest.mark.parametrize("texts, figure, role", [
    # a rounded sum is the budget it states, floor and all
    (("令和6年度当初予算の概要", "一般会計の総額は二千六百六十七億五千三百万円余で、前年度を上回りました。"),
     "二千六百六十七億五千三百万円", "budget"),
    (("昭和四十一年度予算編成方針", "道路整備費として二十二億三千二百余万円を計上いたしました。"), "二十二億三千二百余万円", "budget"),
    (("令和5年度予算の概要", "防災対策費に36億円余りを計上しました。"), "36億円", "budget"),
    (("令和5年度予算の概要", "道路改良事業に13億円強を計上しました。"), "13億円", "budget"),
    # a threshold stays one, in the same places
    (("令和5年度予算の概要", "事業費300万円以上の事業を対象とします。"), "300万円", "other"),
    (("令和5年度予算の概要", "売上高1億円超の事業者には交付しません。"), "1億円", "other"),
    (("令和5年度予算の概要", "防災対策費に1億円以上を計上した自治体は3割です。"), "1億円", "other"),
])
def test_a_rounded_sums_floor_is_no_threshold(texts, figure, role):
    found = _roles(*texts)
    assert found[figure][0] == role, found
    assert "at_least" in found[figure][1]


@pytest.mark.parametrize("line, figure, role", [
    # a voucher each holder receives is its face value (support) ...
    ("1万円相当の商品券を全世帯に配布します。", "1万円", "support"),
    ("2000円分のクーポンを1000円で販売します。", "2000円", "support"),
    # ... not one the body itself receives, buys or holds, nor a security or a ticket it bought (rev16's near misses)
    ("市内の事業者から、100万円相当の商品券の寄贈を受けました。", "100万円", "other"),
    ("基金の運用として、50億円相当の有価証券を保有している。", "50億円", "other"),
    ("職員の出張旅費として、30万円分の航空券を購入した。", "30万円", "other"),
])
def test_a_vouchers_face_value_is_what_a_holder_receives(line, figure, role):
    assert _roles("お知らせ", line)[figure][0] == role


@pytest.mark.parametrize("texts, figure, role", [
    # a voucher programme's issue in all and its premium in all: its 事業規模, what the holders receive (dev10c, fresh11c calls)
    (("令和7年度 補正予算の概要", "・プレミアム付商品券を発行する。(発行総額:12億円)"), "12億円", "support"),
    (("お知らせ", "宿泊クーポンは、発行総額2億5千万円で、プレミアム額5千万円となります。"), "2億5千万円", "support"),
    (("お知らせ", "宿泊クーポンは、発行総額2億5千万円で、プレミアム額5千万円となります。"), "5千万円", "support"),
    (("お知らせ", "プレミアム付き商品券は、発行総額4億8千万円で、販売総額は4億円です。"), "4億8千万円", "support"),
    # near misses: a bond's issue, what the buyers pay in all
    (("令和7年度 当初予算の概要", "・市債発行額 12億円"), "12億円", "budget"),
    (("お知らせ", "国債の発行総額は180兆円となる見込み。"), "180兆円", "other"),
    (("お知らせ", "プレミアム付き商品券は、発行総額4億8千万円で、販売総額は4億円です。"), "4億円", "other"),
])
def test_a_voucher_programmes_issue_is_its_scale(texts, figure, role):
    assert _roles(*texts)[figure][0] == role


@pytest.mark.parametrize("line, figure", [
    ("補助金は予算を40万円余して年度を終えた。", "40万円"),
    ("交付決定額のうち15万円余さず執行した。", "15万円"),
    ("300万円余った予算は基金に積み立てる。", "300万円"),
])
def test_the_verb_amasu_is_no_floor(line, figure):
    assert "at_least" not in _roles("お知らせ", line)[figure][1]


@pytest.mark.parametrize("line", ["普通建設事業費は42億円で、このうち補助事業費18億円、単独事業費24億円。",
                                  "普通建設事業費は42億円で、このうち補助事業18億円、単独事業24億円。"])
def test_a_class_of_expense_split_by_its_funding_is_no_programme(line):
    mentions, _ = text_deck_outline(("令和6年度当初予算の概要", line))
    found = {m.text: m for m in mentions if m.kind == "amount"}
    assert all(not found[f].program or found[f].total_of for f in ("18億円", "24億円"))


@pytest.mark.parametrize("texts, role", [
    (("令和5年度補正予算の概要", "補正予算額", "88,095千円"), "supplementary_budget"),
    (("令和5年度補正予算の概要", "前年度予算額", "1", "88,095千円"), "previous_budget"),
])
def test_a_bare_label_of_any_budget_kind_heads_a_figure_written_with_its_unit(texts, role):
    assert _roles(*texts)["88,095千円"][0] == role


def test_a_bare_cell_under_a_books_column_label_is_left_to_its_table():
    # a budget book's revenue table (`目 | 本年度予算額 | 前年度予算額 | 比較`, its cells bare under `千円`): roles16's bare
    # labels of any kind made 28 revenue cells of the 612-page book budgets rows; a cell's column is the table's to read
    from extract.context.stage_marks import bare_label

    assert bare_label("本年度予算額", any_kind=False) is None and bare_label("予算額", any_kind=False) == ("budget", None)
    assert bare_label("補正予算額") == ("supplementary_budget", None)
