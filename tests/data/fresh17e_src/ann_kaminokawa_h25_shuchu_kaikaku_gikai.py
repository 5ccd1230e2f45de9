from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "kaminokawa_h25_shuchu_kaikaku_gikai"
# 栃木県上三川町's 平成25年3月定例会: the deputy mayor's answer (a council member's transcript, blog.ksksks.jp) on the money
# effect of its 集中改革プラン: the first plan's five years `4億251万円` (fy null: a sum over a span, fresh13b), the second
# plan's `平成22年度は6,153万3,000円` (fy 2010) and `23年度は841万5,000円` (fy 2011: the era-less year is no mention but
# sets its figure's fy, fresh11b/fresh13b). All `other` (a reform's effects), traps. `平成25年3月定例会` a date of the
# session (fresh's session call); `平成17年度から平成21年度` two points (GUIDE); `5カ年` durations; `41項目` a count;
# `第1期`, `第3期`, `1点目`, `1.`, `①` ordinals and list numbers; `財務4表` a name.
O = "other"
E = "a reform plan's effect in a year (経費効果額), not a budget"
M = [
    date(1, "平成25年3月", "2013-03"),
    fyr(6, "平成17年度", 2005), fyr(6, "平成21年度", 2009), dur(6, "5カ年", 5, "year"),
    fyr(7, "平成17年度", 2005), fyr(7, "平成21年度", 2009), dur(7, "5カ年", 5, "year"),
    trap(amt(7, "4億251万円", 402510000, role=O), "第1期集中改革プラン 経費効果額 (5カ年)",
         "a reform plan's effect over five years, not a budget"),
    fyr(7, "平成22年度", 2010), fyr(7, "平成26年度", 2014), fyr(7, "平成22年度", 2010),
    trap(amt(7, "6,153万3,000円", 61533000, role=O, fy=2010), "第2期集中改革プラン 平成22年度 経費効果額", E),
    trap(amt(7, "841万5,000円", 8415000, role=O, fy=2011), "第2期集中改革プラン 23年度 経費効果額", E),
    cnt(9, "41項目", 41, "項目"), fyr(9, "平成22年度", 2010), fyr(9, "平成26年度", 2014), dur(9, "5カ年", 5, "year"),
]
ROWS: list = []
NOT_ROWS = traps(M)
