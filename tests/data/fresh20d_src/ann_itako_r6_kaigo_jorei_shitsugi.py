from kinds import amt, cnt, dur, fyr, trap, traps

DOC = "itako_r6_kaigo_jorei_shitsugi"
# 茨城県潮来市's council minutes (2024-03-14 by the address, chiholog copy) on 議案第5号, the 介護保険条例 for the 第9期: a
# member asks about the fund the city draws on to hold the premium down. `令和4年度末残高5億846万1,000円` a year-end
# balance, `other` fy 2022 (fresh6c); `3年間で2億7,200万円を取り崩し` a drawdown over the plan's three years, `other` fy null
# (a span: fresh13d's changes over years); `令和8年度…残高見込額を2億3,646万1,000円` the expected balance, `other` fy 2026. All
# three traps (a fund's balance or drawdown, no appropriation). `令和9年度以降` 2027..null at_least (GUIDE). `5区分`,
# `13区分` counts; `3年間` a duration. Not mentions: seat numbers `9番`, 議案 numbers, `第38条第1項`, `(1)`…`(4)`,
# `1点目` (an enumerator of the answer's points), `65歳以上` (an age), `1号被保険者`.
O = "other"
FUND = "the premium-stabilising fund's balance or drawdown, no appropriation"
M = [
    cnt(12, "5区分", 5, "区分"), cnt(12, "13区分", 13, "区分"),
    fyr(13, "令和4年度", 2022),
    trap(amt(13, "5億846万1,000円", 508461000, role=O, fy=2022), "介護保険給付準備金 令和4年度末残高", FUND),
    dur(13, "3年間", 3, "year"),
    trap(amt(13, "2億7,200万円", 272000000, role=O), "準備金の取崩し (3年間)", FUND),
    fyr(13, "令和8年度", 2026),
    trap(amt(14, "2億3,646万1,000円", 236461000, role=O, fy=2026), "準備金残高見込額 (令和8年度)", FUND),
    fyr(14, "令和9年度", 2027, None, q=("at_least",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
