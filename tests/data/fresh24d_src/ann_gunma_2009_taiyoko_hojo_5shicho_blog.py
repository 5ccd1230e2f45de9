from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "gunma_2009_taiyoko_hojo_5shicho_blog"
# A blog's copy (address archive 2009/4/24) of a news item on 群馬県's towns and cities granting rooftop solar. Kanji
# numerals count (GUIDE). `1キロワット当たり二万円から七万円` the range of unit grants over the towns: `support`, one
# interval, no qualifier (fresh23a's grant ranges); `上限額も八万円から三十万円` the range of their caps: `support`,
# 80,000..300,000 with at_most (NEW for a range of caps over several towns: follows fresh22a's 栗山町, where a `限度額`
# label over a range gave at_most); 藤岡市's `七万円` (unit) and `上限二十八万円` (at_most). All fy null (`本年度` only).
# Counts of towns `5市町`, `六市町`, `五市町` (twice), `十一市町`; houses `五十軒分程度` (approx), `十軒分`; requests
# `十一件`, `三十件以上` (at_least). `一割` 10 percent; `二〇〇一年度` a fiscal year (a point, `から`); `〇一年度` two-digit, no
# mention; `一月` 2009-01 (the address's year); `三から四キロワット` physical.
S = "support"
M = [
    cnt(2, "5市町", 5, "市町"),
    fyr(3, "二〇〇一年度", 2001),
    cnt(3, "六市町", 6, "市町"),
    cnt(3, "五市町", 5, "市町"),
    trap(amt(3, "二万円から七万円", 20000, 70000, role=S), "補助単価 1キロワット当たり", "the range of unit grants over towns (support)"),
    trap(amt(3, "八万円から三十万円", 80000, 300000, role=S, q=("at_most",)), "上限額", "the range of caps over towns (support)"),
    date(3, "一月", "2009-01"),
    cnt(5, "五市町", 5, "市町"),
    pct(5, "一割", 10),
    cnt(5, "五十軒", 50, "軒", q=("approx",)),
    trap(amt(6, "七万円", 70000, role=S), "藤岡市 1キロワット当たり七万円", "a unit grant per kW (support)"),
    trap(amt(6, "二十八万円", None, 280000, role=S, q=("at_most",)), "藤岡市 上限二十八万円", "a cap per household (support)"),
    cnt(6, "十一市町", 11, "市町"),
    cnt(6, "十軒", 10, "軒"),
    cnt(6, "十一件", 11, "件"),
    cnt(6, "三十件", 30, "件", None, q=("at_least",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
