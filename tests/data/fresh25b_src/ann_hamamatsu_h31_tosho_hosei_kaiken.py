from kinds import amt, date, fyr, trap, traps

DOC = "hamamatsu_h31_tosho_hosei_kaiken"
# 浜松市's mayor's comment at the press conference on the FY2018 February supplementary and the FY2019 initial budget.
# The stored text sizes only the supplementary's accounts: each account's addition `supplementary_budget` FY2018 (the
# heading `平成30年度2月補正予算案の総括` labels the paragraph), each `補正後` total `budget` FY2018, the whole
# `今回の補正額` and `補正後の総額`: all traps (fresh24c's account totals; fresh8b). The programmes of the supplementary
# (防災・減災事業, 農業用施設の復旧に対する助成費, TPP対策事業) carry no figures: no row. `2月補正予算案` a budget's
# name (no date, fresh24c); the breadcrumb's and the title's `平成31年度` two mentions; `台風24号` a name.
S, B, FY = "supplementary_budget", "budget", 2018
M = [
    fyr(3, "平成31年度", 2019),
    date(5, "2023年12月1日", "2023-12-01"),
    fyr(6, "平成31年度", 2019),
    date(7, "2019年2月7日", "2019-02-07"),
    fyr(9, "平成30年度", FY),
    fyr(10, "平成30年度", FY),
    trap(amt(10, "47億7,300万円", 4773000000, role=S, fy=FY), "一般会計の補正額", "an account's supplementary total"),
    trap(amt(10, "3,440億1,843万3千円", 344018433000, fy=FY), "一般会計 補正後", "an account total after the supplementary"),
    trap(amt(11, "29億350万円", 2903500000, role=S, fy=FY), "特別会計の補正額", "an account's supplementary total"),
    trap(amt(11, "2,175億5,483万2千円", 217554832000, fy=FY), "特別会計 補正後", "an account total after the supplementary"),
    trap(amt(11, "9億5,099万9千円", 950999000, role=S, fy=FY), "企業会計の補正額", "an account's supplementary total"),
    trap(amt(11, "693億8,825万7千円", 69388257000, fy=FY), "企業会計 補正後", "an account total after the supplementary"),
    trap(amt(12, "86億2,749万9千円", 8627499000, role=S, fy=FY), "今回の補正額", "the whole supplementary's total"),
    trap(amt(12, "6,309億6,152万2千円", 630961522000, fy=FY), "補正後の総額", "the all-accounts total after the supplementary"),
    fyr(14, "平成30年度", FY),
    fyr(16, "平成31年度", 2019),
    fyr(17, "平成30年度", FY),
    fyr(18, "平成31年度", 2019),
    fyr(19, "平成31年度", 2019),
]
ROWS = []
NOT_ROWS = traps(M)
