from kinds import amt, cnt, pct, trap, traps

DOC = "toyama_city_r7_bukka_premium_hosei"
# 富山市's price-relief measure in its 12月補正予算案 (a TV item on livedoor; 魚津市, 小矢部市, 入善町 named beside it): the
# subsidy to supermarkets' premium vouchers and point rebates, `事業費は13億2100万円余り`: supplementary_budget (the
# measure's appropriation in the 12月補正), at_least (`余り`, min only: fresh7a's `395億4000万円余`), a row; the text writes
# no year (`来年3月中旬`, `来年2月中旬`): fy null, fy_alt [2025], and the year-less months are no resolvable date (as
# 小坂町's; arguable). `1店舗あたり最大2200万円` a grant cap per store `support`, at_most, a trap; 魚津市's `1万円分` charge `other`,
# its `1万3千円分` value `support` (a face value: audit, fresh11c, fresh17d), traps. `20％`, `20パーセント` percents; `2万5000セット`, `11の市町村` counts; `12月補正` a budget
# label, `1回目` an ordinal: no mentions.
S, P, O = "supplementary_budget", "support", "other"
M = [
    pct(1, "20％", 20),
    pct(3, "20パーセント", 20),
    trap(amt(3, "2200万円", None, hi=22000000, role=P, q=("at_most",)), "プレミアム付き商品券等補助 1店舗あたり上限", "a grant cap per recipient"),
    amt(3, "13億2100万円", 1321000000, hi=None, role=S, q=("at_least",)),
    trap(amt(3, "1万円", 10000, role=O), "魚津市 デジタル商品券 1セットのチャージ額", "a voucher's price"),
    trap(amt(3, "1万3千円", 13000, role=P), "魚津市 デジタル商品券 1セットの利用額", "a voucher's face value"),
    cnt(3, "2万5000セット", 25000, "セット"),
    cnt(3, "11の市町村", 11, "市町村"),
]
ROWS = [
    dict(line=3, text="13億2100万円", budget_yen=1321000000, fy=None, fy_alt=[2025], role=S,
         why="a measure's 事業費 in 富山市's 12月補正予算案 (price relief)", note="no year written (来年3月中旬); a 2025 item",
         program="プレミアム付き商品券・ポイント還元 補助事業 (物価高騰 生活者支援)"),
]
NOT_ROWS = traps(M)
