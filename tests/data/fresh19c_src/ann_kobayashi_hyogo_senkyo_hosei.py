from kinds import amt, date, trap, traps

DOC = "kobayashi_hyogo_senkyo_hosei"
# A 兵庫県議会 member's (小林昌彦) blog post on the prefecture's additional supplementary budget for running two
# elections (選挙経費): the 衆議院議員選挙執行経費 `27億円` (all state money) and the 知事選挙執行経費 `21.6億円`, their
# sum `48.6億円`. The clause's own words (`補正予算議案`, `予算額であり`) make each a `supplementary_budget`; the two
# expenses are ROWS (a programme's supplementary figure, as fresh18a's measures), the sum a trap. The post writes no
# year (the 2024 衆院選 and the 11月17日 知事選 of 2024): fy null, fy_alt [2024] (fresh6c); `11月17日` → 2024-11-17 (the
# year the text implies, fresh11c's news item with no year; a reader could leave it out).
S = "supplementary_budget"
N = "the post writes no year; the elections it names (衆院選 and 兵庫県知事選 on 11月17日) are those of 2024"
W = "an election's 執行経費 added by the prefecture's supplementary budget"
M = [
    amt(3, "27億円", 2700000000, role=S),
    amt(3, "21.6億円", 2160000000, role=S),
    trap(amt(3, "48.6億円", 4860000000, role=S), "the sum of the two elections' 執行経費 (合計)",
         "a total of the rows above it, no programme of its own"),
    date(3, "11月17日", "2024-11-17"),
]
ROWS = [
    dict(line=3, text="27億円", budget_yen=2700000000, fy=None, fy_alt=[2024], role=S, why=W, note=N,
         program="衆議院議員選挙執行経費"),
    dict(line=3, text="21.6億円", budget_yen=2160000000, fy=None, fy_alt=[2024], role=S, why=W, note=N,
         program="知事選挙執行経費"),
]
NOT_ROWS = traps(M)
