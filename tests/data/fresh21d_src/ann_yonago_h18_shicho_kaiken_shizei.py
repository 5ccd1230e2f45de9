from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "yonago_h18_shicho_kaiken_shizei"
# 鳥取県米子市's mayoral press conference of 平成18年6月14日: the 平成17年度 市税収納状況 (収納額 `179億2,609万4,000円`,
# its rise `3億2,744万円` over 平成16年度, the 調定額's rise `1億5,800万ほど` with no `円`, approx from `ほど`): `other`, fy
# 2005, traps (results). The session's date in the title lines and header are dates (an event's date, not a
# publication title's year); the attached material's name `平成17年度市税収納状況` a fiscal year (as an earlier set's
# title year of a 要綱); `27.2キロバイト` a technical unit. Percent rises written `パーセント` are percents.
O = "other"
RES = "a collection result of the year (収納額 / 調定額 and their change), not a budget"
M = [
    date(1, "平成18年6月14日", "2006-06-14"),
    date(3, "平成18年6月14日", "2006-06-14"),
    date(4, "平成18年6月14日", "2006-06-14"),
    date(9, "6月11日", "2006-06-11"),
    cnt(9, "107人", 107, "人"),
    cnt(9, "61人", 61, "人"),
    date(11, "6月12日", "2006-06-12"),
    fyr(12, "平成17年度", 2005),
    fyr(14, "平成17年度", 2005),
    fyr(15, "平成17年度", 2005),
    trap(amt(15, "179億2,609万4,000円", 17926094000, role=O, fy=2005), "平成17年度 市税 収納額 (合計)", RES),
    fyr(15, "平成16年度", 2004),
    trap(amt(15, "3億2,744万円", 327440000, role=O, fy=2005), "収納額 前年度比の増", RES),
    trap(amt(15, "1億5,800万", 158000000, role=O, fy=2005, q=("approx",)), "調定額 前年度比の増", RES),
    pct(16, "0.48パーセント", 0.48),
    pct(16, "10.47パーセント", 10.47),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
