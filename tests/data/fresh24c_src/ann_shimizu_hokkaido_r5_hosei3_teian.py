from kinds import amt, cnt, date, fyr, trap, traps

DOC = "shimizu_hokkaido_r5_hosei3_teian"
# 北海道清水町, minutes of 令和5年第4回定例会 (6月7日): the deputy mayor's reasons for 令和5年度一般会計補正予算(第3号). `令和5年`
# of the session a date 2023 (fresh8b), `6月7日` 2023-06-07; six `令和5年度` bill titles fiscal years; `以上6件` a count.
# `総額に45,750千円を追加` supplementary FY2023 (a trap: the supplementary's total), `総額を8,592,507千円` budget (a trap);
# the revenues `民生費国庫負担金222千円` and `…地方創生臨時交付金44,417千円` other (fresh8b: revenues of a supplementary),
# traps; `1世帯当たり30千円` a grant per household: support FY2023, a trap (fresh8b's 阿武町 `1世帯当たり5万円`). The cut text
# names no expenditure with its figure: no row. `議案第40号`…, `第3号`, `第1号`, `日程第5`, `15款1項1目`, `2項1目`,
# `7ページ` no mentions.
S, B, O, FY = "supplementary_budget", "budget", "other", 2023
M = [
    date(1, "令和5年", "2023"),
    date(1, "6月7日", "2023-06-07"),
    fyr(2, "令和5年度", FY), fyr(2, "令和5年度", FY), fyr(2, "令和5年度", FY),
    fyr(2, "令和5年度", FY), fyr(2, "令和5年度", FY), fyr(2, "令和5年度", FY),
    cnt(2, "6件", 6, "件"),
    fyr(4, "令和5年度", FY),
    trap(amt(5, "45,750千円", 45750000, role=S, fy=FY), "一般会計補正予算(第3号)の追加額", "supplementary total"),
    trap(amt(5, "8,592,507千円", 8592507000, role=B, fy=FY), "補正後の歳入歳出総額", "account total after a supplementary"),
    trap(amt(7, "222千円", 222000, role=O, fy=FY), "民生費国庫負担金の追加", "revenue of a supplementary"),
    trap(amt(7, "44,417千円", 44417000, role=O, fy=FY), "地方創生臨時交付金の追加 (歳入)", "revenue of a supplementary"),
    fyr(8, "令和5年度", FY),
    trap(amt(8, "30千円", 30000, role="support", fy=FY), "1世帯当たりの給付額", "grant size per household"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
