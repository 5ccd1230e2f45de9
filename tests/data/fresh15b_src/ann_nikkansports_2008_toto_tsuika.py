from kinds import amt, cnt, date, fyr, trap, traps

DOC = "nikkansports_2008_toto_tsuika"
# 日刊スポーツ's news (2008-08-06, the address) of 日本スポーツ振興センター's additional round of the lottery's 2008年度
# grants. The round's total `約1億5000万円` and its parts (`9940万円`, `3000万円`) and the year's awards `10億825万円`:
# totals of grants allocated, `support` FY2008, traps. `本年度の助成金の見込み額は約14億8000万円`: the programme's grant
# funds of the year, its own figure: `budget` FY2008, approx, the ROW (ambiguous: an expected amount, not a voted
# budget). `差額の約4億7000万円は09年度の助成に回す`: the part of the year's funds left over and carried to the next
# year, `other` FY2008 (a carry-over, fresh14d's 繰越金 `other`), a trap. `08年度`, `09年度` no mentions (no era: fresh11b)
# though they give the year; `2008年度` a fiscal year. `6日` a date of the address's month (fresh's bare days); `4月` 2008-04.
S, FY = "support", 2008
T = "a total of grants allocated to recipients, not a budget"
M = [
    date(1, "6日", "2008-08-06"), fyr(1, "2008年度", FY),
    trap(amt(1, "1億5000万円", 150000000, role=S, fy=FY, q=("approx",)), "追加分の配分 (total of the round)", T),
    cnt(1, "6件", 6, "件"),
    trap(amt(1, "9940万円", 99400000, role=S, fy=FY), "グラウンド芝生化事業 (6件)", T),
    cnt(1, "2件", 2, "件"),
    trap(amt(1, "3000万円", 30000000, role=S, fy=FY), "冬季国体の開催自治体への支援事業 (2件)", T),
    date(2, "4月", "2008-04"), cnt(2, "348件", 348, "件"),
    trap(amt(2, "10億825万円", 1008250000, role=S, fy=FY), "08年度の助成額 全体", T),
    amt(2, "14億8000万円", 1480000000, fy=FY, q=("approx",)),
    trap(amt(2, "4億7000万円", 470000000, role="other", fy=FY, q=("approx",)), "差額 (carried to 09年度's grants)",
         "the year's funds left over and carried to the next year, not a budget of its own"),
]
ROWS = [dict(line=2, text="14億8000万円", fy=FY, budget_yen=1480000000, program="スポーツ振興くじ助成金 (助成金の見込み額)",
             aliases=["サッカーくじの収益による助成金", "toto助成"], role="budget", ambiguous=True,
             why="本年度の助成金の見込み額: the lottery grants' funds of FY2008 as their own figure",
             note="an expected amount (見込み額), approx; the awards (10億825万円) and the carry-over are traps")]
NOT_ROWS = traps(M)
