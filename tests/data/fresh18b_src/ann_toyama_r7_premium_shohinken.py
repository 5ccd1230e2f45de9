from kinds import amt, cnt, date, pct, trap, traps

DOC = "toyama_r7_premium_shohinken"
# A 富山 TV item on livedoor (December 2025: the text names no year; the 重点支援地方交付金's extension and the `おこめ券` debate
# date it, and livedoor's article number sits beside the set's other items of 2025-12): 富山市's grant to food supermarkets
# issuing premium vouchers in its `12月補正予算案` (`1店舗あたり最大2200万円`, `事業費は13億2100万円余り`), 魚津市's digital
# vouchers (`1万円分のチャージで1万3千円分`, `2万5000セット`), and the other towns' plans. 富山市's `13億2100万円余り`: the
# programme's money in the December supplementary, supplementary_budget, at_least with max null (fresh2's `余り`), fy 2025,
# a ROW, ambiguous (the fiscal year comes from the item's date, not the text: fresh17a 香川県's paper report, fresh9b; the
# figure is a programme's 事業費 in a 予算案). The cap per store `最大2200万円`: `support`, at_most, min null, a trap. 魚津市's
# charge `1万円` (`other`, the price paid) and its value `1万3千円` (`support`, the face value): fy 2025 (the bill put to
# `きょうの議会`, fresh17d 国見町), traps. `20％`, `20パーセント` percents; `12月` (the supplementary's month) 2025-12;
# `来年3月中旬` 2026-03, `来年2月中旬` 2026-02 (`中旬` dropped); `2万5000セット`, `11の市町村` counts; `1店舗あたり` a rate, no
# count; `1回目` an ordinal.
S, O, SB = "support", "other", "supplementary_budget"
FY = 2025
M = [
    pct(1, "20％", 20),
    date(2, "12月", "2025-12"),
    pct(3, "20パーセント", 20),
    trap(amt(3, "2200万円", None, 22000000, role=S, fy=FY, q=("at_most",)), "富山市 プレミアム付き商品券等 補助 (1店舗あたり上限)",
         "a cap per recipient store, not a budget row"),
    date(3, "3月", "2026-03"),
    amt(3, "13億2100万円", 1321000000, None, role=SB, fy=FY, q=("at_least",)),
    trap(amt(3, "1万円", 10000, role=O, fy=FY), "魚津市 デジタルプレミアム付き商品券 1セットのチャージ額",
         "a voucher's price, not a budget row"),
    trap(amt(3, "1万3千円", 13000, role=S, fy=FY), "魚津市 デジタルプレミアム付き商品券 1セットの利用額",
         "a voucher's face value (a relief size), not a budget row"),
    cnt(3, "2万5000セット", 25000, "セット"),
    date(3, "2月", "2026-02"),
    cnt(3, "11の市町村", 11, "市町村"),
]
ROWS = [
    dict(line=3, text="13億2100万円", budget_yen=1321000000, fy=FY, role=SB, ambiguous=True,
         program="物価高騰生活者支援 プレミアム付き商品券等発行補助事業 (富山市)",
         aliases=["プレミアム付き商品券発行補助", "物価高騰生活者支援事業"],
         why="富山市's programme money in its 12月補正予算案 (`事業費は13億2100万円余り`)",
         note="fy from the item's date (December 2025), the text names no year; `余り` at_least"),
]
NOT_ROWS = traps(M)
