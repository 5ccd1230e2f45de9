"""A discount or a waiver is relief each customer receives (roles.json relief_words, fresh18b): a retailer's discount per kWh
or m3 under a national scheme, a customer's saving, a water base fee waived by meter size are `support` (a grant's size,
GUIDE: per-unit amounts are support); what is NOT waived (`…対象外となる超過料金`), a fee left to pay after a waiver and a
price with no relief word stay `other`. Paraphrases of other utilities, towns and numbers, with their near misses."""
from __future__ import annotations

import pytest

from .helpers import text_deck_outline


def run(*texts: str):
    mentions, _ = text_deck_outline(texts)
    return [m for m in mentions if m.kind == "amount"]


def roles(found, text):
    return [m.role for m in found if m.text == text]


@pytest.mark.parametrize("lines, figure", [
    # a discount per unit of a national energy scheme, on another retailer's page
    (("ガス料金の値引きについて", "値引き単価 1㎥あたり 15.00円"), "15.00円"),
    (("電気料金の値引き額", "【低圧】税込み単価:3.5円/kWh"), "3.5円"),
    (("※ 国の負担軽減策により、値引き単価(低圧:2.50円/kWh)が含まれています。",), "2.50円"),
    # a water base fee waived, by meter size, under a header naming the waiver
    (("下水道使用料の減免となる口径別基本料金額(月)", "13mm 980円", "20mm 1,250円", "25mm 1,840円"), "1,250円"),
    (("| 口径 | 基本料金(免除対象金額) |", "|---|---|", "| 13mm | 1,650円 |", "| 20mm | 1,870円 |"), "1,870円"),
    (("割引となる1か月あたりの料金", "一般家庭 800円", "事業所 1,600円"), "1,600円"),
    # a discount per unit written with につき (like 当たり)
    (("3.特別措置の内容", "高圧のお客様 | 1kWhにつき2.5円(税込)値引き |"), "2.5円"),
    # the discount's amount named in the figure's clause (roles.json support_own 値引き額, 割引額)
    (("3. 割引額", "1契約につき最大1,500円の割引を行います。", "なお、1回の割引額が1,500円に満たない場合は翌月に繰り越します。"),
     "1,500円"),
    # a table a sentence over it names as the relief (the header itself names none)
    (("減免の対象となる基本料金は口径により異なり、下表のとおりです。", "1か月分の基本料金(税込)", "| 口径 | 基本料金 |",
      "| 13mm | 1,540円 |", "| 25mm | 2,970円 |"), "2,970円"),
])
def test_relief_sizes_are_support(lines, figure):
    assert set(roles(run(*lines), figure)) == {"support"}


@pytest.mark.parametrize("lines, figure", [
    # what is NOT waived: the charges under a `…対象外` header, after a waived table
    (("減免となる口径別基本料金額", "13mm 1,200円", "20mm 1,500円", "(参考)減免対象外となる超過料金", "11m3~20m3 180円/m3",
      "21m3~ 210円/m3"), "210円"),
    (("免除の対象外となる従量料金", "一般用 150円/m3"), "150円"),
    # a fee left to pay after a waiver (prices.py: the charge, not the relief)
    (("3歳以上児の副食費は月4,500円に対して、保護者負担を月1,500円に減免します。",), "1,500円"),
    # a price or a bill with no relief word
    (("水道料金表", "13mm 1,200円", "20mm 1,500円"), "1,500円"),
    (("従量料金 1kWhあたり 30.00円",), "30.00円"),
    (("会議室の使用料金", "1時間につき 500円"), "500円"),
    # a worked example's bills under the waived table: a calculation, no row of it
    (("免除対象となる基本料金は次表のとおりです。", "| 口径 | 基本料金 |", "| 13mm | 1,540円 |", "(例)口径13mmの場合",
      "(免除前)水道料金8,200円+下水道使用料6,100円=ご請求額14,300円"), "14,300円"),
    # a table with no relief sentence over it stays a price list
    (("料金は口径により異なり、下表のとおりです。", "| 口径 | 基本料金 |", "| 13mm | 1,540円 |"), "1,540円"),
])
def test_charges_and_prices_stay_other(lines, figure):
    assert set(roles(run(*lines), figure)) == {"other"}


@pytest.mark.parametrize("line, value, price", [
    ("商品券は1セット3千円で5千円の買い物ができる。", "5千円", "3千円"),
    ("デジタル商品券は5,000円分のチャージで6,500円分が使える。", "6,500円", None),
    ("1万3000円相当のプレミアム付商品券を1セット1万円で販売する。", "1万3000円", "1万円"),
])
def test_voucher_face_value_support_price_other(line, value, price):
    found = run(line)
    assert roles(found, value) == ["support"]
    if price is not None:
        assert roles(found, price) == ["other"]


def test_sale_without_voucher_is_not_read():
    """`…円で販売` of goods, no voucher in the sentence: not a voucher's price (the rule does not fire: no support either)."""
    assert roles(run("道の駅で地元産の米を1袋2,000円で販売する。"), "2,000円") != ["support"]


def test_initial_budget_of_a_relief_programme_stays_budget():
    """A waiver's programme under a budget label keeps the label's role: relief words frame sizes, not appropriations."""
    found = run("令和7年度当初予算の概要", "○ 水道基本料金減免事業 5,000万円")
    assert roles(found, "5,000万円") == ["budget"]


def test_topic_nitsuki_is_no_per_unit_word():
    """`…につきましては` opens a topic (`について`), no rate per unit: a budget's total after it is not a grant (fresh14a)."""
    found = run("まず、令和7年度の一般会計における福祉関係予算の総体につきましては、関係予算の合計額は、八百二十億円となります。")
    assert "support" not in roles(found, "八百二十億円")
