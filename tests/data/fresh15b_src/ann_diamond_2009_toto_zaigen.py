from kinds import amt, cnt, pct, trap, traps

DOC = "diamond_2009_toto_zaigen"
# ダイヤモンド・オンライン's news of 日本スポーツ振興センター's 09年度 grant funds. `09年度の助成財源額が過去最高の127億円`:
# the lottery grants' funds of the year, their own figure: `budget` FY2009, the ROW (ambiguous: funds announced
# before the year's awards, from the lottery's share and a carry-over); `08年度が約15億円` beside it: `previous_budget`
# FY2008, approx (fresh5b: the year before's figure beside the year's), a trap filling the row's previous_budget_yen.
# The sales `約949億円` (FY2008) and the top prize `6億円` (no year): `other`, traps. `その額が09年度は122億円になり、
# 07年度の繰越金5億と合わせて127億円`: the lottery's share for sports (a revenue, financing: `other` FY2009), the
# carry-over `5億` (no 円: an amount, fresh14c's `5億3000万`; `other` of 07年度, the year it came from: fresh14d),
# traps; the sum `127億円` restated: `budget` FY2009, a trap (one row per programme and year). `09年度`, `08年度`,
# `07年度` no mentions (no era: fresh11b) though they give the years. `8.5倍` a ratio, `3分の1`, `3分の2` fractions:
# no mentions (earlier sets, GUIDE). `50%` twice percents; `区分は3つ` a count (GUIDE's `つ`).
B, O = "budget", "other"
M = [
    amt(1, "127億円", 12700000000, fy=2009),
    trap(amt(1, "15億円", 1500000000, role="previous_budget", fy=2008, q=("approx",)), "08年度の助成財源額",
         "the previous year's figure of a row (its previous_budget_yen)"),
    trap(amt(4, "949億円", 94900000000, role=O, fy=2008, q=("approx",)), "totoの売上 (08年度)",
         "the lottery's sales, not a budget"),
    trap(amt(4, "6億円", 600000000, role=O), "最高当選額", "a lottery prize, not a budget"),
    cnt(2, "3つ", 3, "つ"),
    pct(7, "50%", 50), pct(7, "50%", 50),
    trap(amt(7, "122億円", 12200000000, role=O, fy=2009), "スポーツ振興事業にまわされる額 (09年度)",
         "the lottery's share for sports: the funds' source (financing), not the programme's budget"),
    trap(amt(7, "5億", 500000000, role=O, fy=2007), "07年度の繰越金", "a carry-over (financing), not a budget"),
    trap(amt(7, "127億円", 12700000000, role=B, fy=2009), "助成財源 (restated as the sum)",
         "the row of line 1 restated (one row per programme and year)"),
]
ROWS = [dict(line=1, text="127億円", fy=2009, budget_yen=12700000000, previous_budget_yen=1500000000,
             program="スポーツ振興くじ助成 (日本スポーツ振興センターの助成財源額)", aliases=["toto助成", "助成財源"],
             role="budget", ambiguous=True,
             why="09年度の助成財源額: the lottery grants' funds of FY2009 as their own figure, beside 08年度's",
             note="funds (財源), not a voted budget; the sales, the prize, the share and the carry-over are traps")]
NOT_ROWS = traps(M)
