from kinds import amt, date, fyr, pct, trap, traps

DOC = "nakama_2025_kyushoku_hosei"
# 福岡県中間市 (さすっと, 2025-08-26): a supplementary budget bill that makes school lunches free from October 2025. Dates
# take 2025 (`10月` twice, `8月25日`, `6月`, `9月2日`, `7月`); `来年3月` 2026-03; `2022年4月` a date. The bill's whole
# addition `事業費など11億2500万円を追加する…補正予算案` `supplementary_budget`, fy 2025, a trap (a total of many programmes);
# `補正後の総額…203億3000万円` `budget`, fy 2025, a trap (the whole account). ROWS: the lunch programme's `当初予算では…2200万円
# を計上` (`budget`, fy 2025: `今年度` fixed by the page's written date, fresh9b) and `8800万円を追加` (`supplementary_budget`,
# fy 2025); the 市民会館 works `5億2900万円を計上` (`supplementary_budget`, fy 2025: a programme of the same bill). `10・71%`
# with `・` as the decimal point (10.71). `1996年度` a fiscal year (the hall's opening).
B, SB = "budget", "supplementary_budget"
M = [
    date(1, "10月", "2025-10"),
    date(2, "2025.08.26", "2025-08-26"),
    date(3, "8月25日", "2025-08-25"),
    date(3, "10月", "2025-10"),
    trap(amt(3, "11億2500万円", 1125000000, role=SB, fy=2025), "一般会計補正予算案の追加額 (事業費など)",
         "the supplementary budget's total over many programmes, not one programme's budget"),
    date(3, "6月", "2025-06"),
    pct(3, "10・71%", 10.71),
    trap(amt(3, "203億3000万円", 20330000000, role=B, fy=2025), "補正後の一般会計総額",
         "the whole general account after the supplement, not a programme"),
    date(3, "9月2日", "2025-09-02"),
    date(4, "2022年4月", "2022-04"),
    amt(4, "2200万円", 22000000, role=B, fy=2025),
    date(4, "10月", "2025-10"),
    date(4, "3月", "2026-03"),
    amt(4, "8800万円", 88000000, role=SB, fy=2025),
    amt(5, "5億2900万円", 529000000, role=SB, fy=2025),
    fyr(5, "1996年度", 1996),
    date(5, "7月", "2025-07"),
]
ROWS = [
    dict(line=4, text="2200万円", budget_yen=22000000, fy=2025, role=B, ministry="中間市",
         program="学校給食費 値上げ分の公費負担", aliases=["給食費"],
         why="当初予算で計上 for the lunch fee's rise since 2022"),
    dict(line=4, text="8800万円", budget_yen=88000000, fy=2025, role=SB, ministry="中間市",
         program="小中学校給食費無償化", aliases=["給食費無償化"],
         why="added in the 補正予算案 to pay the whole fee from October to March"),
    dict(line=5, text="5億2900万円", budget_yen=529000000, fy=2025, role=SB, ministry="中間市",
         program="市民会館(なかまハーモニーホール)空調改修・トイレ更新", aliases=["市民会館改修"],
         why="計上 in the same 補正予算案 for the hall's works"),
]
NOT_ROWS = traps(M)
