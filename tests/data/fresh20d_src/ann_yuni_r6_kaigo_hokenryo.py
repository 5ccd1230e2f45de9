from kinds import amt, cnt, dur, fyr, trap, traps

DOC = "yuni_r6_kaigo_hokenryo"
# 北海道由仁町's 広報ゆに (2024年7月号 by the address) on its 第9期 plan: the premium decided after drawing on the
# 介護給付費準備基金 (no sum written), `月額5,950円` the same as before: `other` (a charge the resident pays, fresh12b's
# 介護保険料), per `month`, fy null (the plan's three years), a trap. `令和6年度から8年度まで` two fiscal years (GUIDE: the two
# ends of XからYまで are two points; `8年度` takes 令和 from its pair). `3年間` a duration; `9区分` / `13区分` counts of
# the premium bands. Not mentions: `第1~3段階`, `第10~13段階` (bands named by number, positions).
O = "other"
PREM = "the standard premium (基準額) a resident pays, a charge, no appropriation"
M = [
    fyr(1, "令和6年度", 2024), fyr(1, "8年度", 2026),
    dur(2, "3年間", 3, "year"),
    trap(amt(2, "5,950円", 5950, role=O, per="month"), "介護保険料基準額 (月額)", PREM),
    cnt(3, "9区分", 9, "区分"), cnt(3, "13区分", 13, "区分"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
