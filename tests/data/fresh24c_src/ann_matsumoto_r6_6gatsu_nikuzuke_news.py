from kinds import amt, cnt, date, fyr, trap, traps

DOC = "matsumoto_r6_6gatsu_nikuzuke_news"
# 長野県松本市's 6月補正予算案 (肉付け予算 after the March election), told by 市民タイムス. The stored text writes NO year of its
# own (`本年度`, `令和2年度` is another year): fy null on every amount (fresh8b's decks without a year); the page's address
# dates it 2024-06, so year-less days and months take 2024 (fresh8b's 玉野市): `3日` → 2024-06-03 and `10日` → 2024-06-10
# (the 6月定例会 they name), `6月定例会` → 2024-06 (a session named by its month), `3月に市長選` → 2024-03. `6月補正後` a label.
# Amounts: the headline `42億円` and `42億2000万円` (×2) the supplementary's own size (traps); `総額を1055億1000万円` the total
# after (budget, a trap); `政策的経費は19億9900万円` and `約半分の10億6700万円` parts of the supplementary by grouping
# (supplementary_budget, traps: fresh6c's package parts; `約` qualifies `半分`, not the figure: no approx); the fund drawdown
# `約27億円` and the balance after `120億円` other (fresh8b: revenues and balances), traps. No programme has its own figure:
# no row. Counts: `5分野`, `50事業`, `政策30項目`, `17項目`; `2期目` an ordinal, `18歳以下` an age: no mentions.
S, B, O = "supplementary_budget", "budget", "other"
M = [
    trap(amt(1, "42億円", 4200000000, role=S), "見出しの補正予算案の追加額", "supplementary total (headline)"),
    date(2, "3日", "2024-06-03"),
    date(2, "10日", "2024-06-10"),
    date(2, "6月", "2024-06"),
    date(2, "3月", "2024-03"),
    trap(amt(2, "42億2000万円", 4220000000, role=S), "一般会計の追加額", "supplementary total"),
    trap(amt(2, "1055億1000万円", 105510000000, role=B), "補正後の一般会計総額", "account total after a supplementary"),
    fyr(2, "令和2年度", 2020),
    trap(amt(3, "42億2000万円", 4220000000, role=S), "補正額 (repeat)", "supplementary total"),
    trap(amt(3, "19億9900万円", 1999000000, role=S), "補正額のうち政策的経費", "a grouping inside a supplementary"),
    trap(amt(3, "10億6700万円", 1067000000, role=S), "重点戦略5分野への配分", "a grouping inside a supplementary"),
    cnt(3, "5分野", 5, "分野"),
    cnt(4, "50事業", 50, "事業"),
    cnt(4, "30項目", 30, "項目"),
    cnt(4, "17項目", 17, "項目"),
    trap(amt(5, "27億円", 2700000000, role=O, q=("approx",)), "財政調整基金の取り崩し", "fund drawdown (a revenue)"),
    trap(amt(5, "120億円", 12000000000, role=O), "6月補正後の財政調整基金残高", "fund balance"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
