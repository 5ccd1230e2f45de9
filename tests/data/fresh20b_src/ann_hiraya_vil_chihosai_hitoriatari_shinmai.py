from kinds import amt, date, fyr, pct, rank, trap, traps

DOC = "hiraya_vil_chihosai_hitoriatari_shinmai"
# A blog's copy of 信濃毎日新聞's item (2007-04-08, the address's date) on the local debt (地方債) per resident at the end of
# 2005年度: the national extremes (`約1100万円`, `約2万円`), 長野県's highest (平谷村 `477万7000円余`, 王滝村, 大鹿村) and
# lowest (軽井沢町, 原村, 小諸市), and 平谷村's 本年度当初予算 `8億8700万円` of which 48.2% goes to debt service. The
# per-resident balances are `other`, fy 2005, per null, `余` at_least (fresh7a), `約` approx, traps. The village's whole
# initial budget is `budget` fy 2007 (`本年度` of a paper dated 2007), a trap (a whole budget, not a programme). `500倍` no
# mention; `5番目` ranks; `4月8日` 2007-04-08, `7日` 2007-04-07 (the dateline's month); the blog's post stamp `2007-05-05`.
O = "other"
PER = "local debt per resident at the end of 2005年度, not an appropriation"
M = [
    rank(4, "5番目", 5),
    date(6, "4月8日", "2007-04-08"),
    fyr(7, "2005年度", 2005),
    trap(amt(7, "1100万円", 11000000, role=O, fy=2005, q=("approx",)), "住民1人当たり地方債残高 (全国最多)", PER),
    trap(amt(7, "2万円", 20000, role=O, fy=2005, q=("approx",)), "住民1人当たり地方債残高 (全国最少)", PER),
    date(7, "7日", "2007-04-07"),
    trap(amt(7, "477万7000円", 4777000, None, role=O, fy=2005, q=("at_least",)), "平谷村 1人当たり地方債残高", PER),
    rank(7, "5番目", 5),
    trap(amt(8, "271万4000円", 2714000, None, role=O, fy=2005, q=("at_least",)), "王滝村 1人当たり", PER),
    trap(amt(8, "236万4000円", 2364000, None, role=O, fy=2005, q=("at_least",)), "大鹿村 1人当たり", PER),
    trap(amt(9, "8億8700万円", 887000000, role="budget", fy=2007),
         "平谷村 本年度当初予算 (総額)", "the village's whole initial budget, not one programme"),
    pct(9, "48・2%", 48.2),
    trap(amt(10, "16万3000円", 163000, None, role=O, fy=2005, q=("at_least",)), "軽井沢町 1人当たり", PER),
    trap(amt(10, "29万1000円", 291000, None, role=O, fy=2005, q=("at_least",)), "原村 1人当たり", PER),
    trap(amt(10, "33万3000円", 333000, None, role=O, fy=2005, q=("at_least",)), "小諸市 1人当たり", PER),
    date(12, "2007-05-05", "2007-05-05"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
