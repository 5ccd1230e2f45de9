from kinds import amt, cnt, date, dur, fyr, pct, trap, traps

DOC = "kikugawa_r4_bukka_hosei_shizuoka"
# 静岡県菊川市's price-relief package in its 2022年度一般会計補正予算案 (静岡新聞 at-s.com; the mayor's 16日 press conference
# during the 市議会6月定例会). The package's total `2億1300万円` (headline and lead) is supplementary_budget, fy 2022, a trap
# (fresh6c: a package's total). Its measures' figures are the supplementary's appropriations, rows: 水道料金の軽減 `事業費は
# 1億400万円`, the voucher's addition `8200万円を追加`, 給食費 `学校は2400万円`, `保育所は100万円`. The voucher's budget after
# the supplementary `補正後の発行事業費は2億1100万円` is `budget` (fresh6c: the total after a supplementary), a trap. The set's
# price `5千円` is `other` (what a buyer pays), its purchasing value `1万円` `support` (the face value: audit, fresh11c,
# fresh17d 国見町), fy 2022
# (the lead's 2022年度 supplementary scopes the article), traps.
# `16日` → 2022-06-16 (the 6月定例会 open at the time; arguable), `6月定例会` a date (fresh6c), `10月ごろ` approx.
# `2回目` an ordinal; `1世帯2セットまで` a count 2 セット at_most (`1世帯` a per unit, no count; fresh8a's `1件当たり`);
# `1セット` (per unit) no count; `いい茶0` a site widget: no mentions.
S, B, O, P = "supplementary_budget", "budget", "other", "support"
W = "a measure's appropriation in the price-relief package of the 2022年度一般会計補正予算案"
M = [
    trap(amt(1, "2億1300万円", 213000000, role=S, fy=2022), "物価高騰対策 生活支援策 (見出し)", "package total"),
    date(2, "16日", "2022-06-16"),
    trap(amt(2, "2億1300万円", 213000000, role=S, fy=2022), "物価高騰対策 支援策の追加額", "package total"),
    fyr(2, "2022年度", 2022),
    date(2, "6月", "2022-06"),
    cnt(3, "1万9千世帯", 19000, "世帯", q=("approx",)),
    dur(3, "4カ月", 4, "month"),
    amt(3, "1億400万円", 104000000, role=S, fy=2022),
    trap(amt(4, "5千円", 5000, role=O, fy=2022), "プレミアム付き商品券 1セットの価格", "a voucher's price, not programme money"),
    trap(amt(4, "1万円", 10000, role=P, fy=2022), "プレミアム付き商品券 1セットの購買額", "a voucher's face value, not programme money"),
    cnt(4, "2セット", None, "セット", hi=2, q=("at_most",)),
    date(4, "10月", "2022-10", q=("approx",)),
    pct(4, "60%", 60), pct(4, "100%", 100),
    amt(4, "8200万円", 82000000, role=S, fy=2022),
    trap(amt(4, "2億1100万円", 211000000, role=B, fy=2022), "プレミアム付き商品券 補正後の発行事業費", "total after the supplementary"),
    amt(5, "2400万円", 24000000, role=S, fy=2022),
    amt(5, "100万円", 1000000, role=S, fy=2022),
]
ROWS = [
    dict(line=3, text="1億400万円", budget_yen=104000000, fy=2022, role=S, why=W, program="水道料金の軽減事業"),
    dict(line=4, text="8200万円", budget_yen=82000000, fy=2022, role=S, why=W + " (the addition to raise the premium to 100%)",
         program="プレミアム付き商品券発行事業"),
    dict(line=5, text="2400万円", budget_yen=24000000, fy=2022, role=S, why=W, program="給食費の保護者負担軽減 (学校)"),
    dict(line=5, text="100万円", budget_yen=1000000, fy=2022, role=S, why=W, program="給食費の保護者負担軽減 (保育所)"),
]
NOT_ROWS = traps(M)
