from kinds import amt, date, dur, fyr, pct, trap, traps

DOC = "aomori_r2_tosho_kaiken"
# 青森県's governor presenting the FY2020 initial budget (臨時会見). `令和2年度一般会計当初予算は、規模としては、6,816億円`
# budget FY2020, a trap (the account total); `令和元年度当初予算対比166億円、2.5パーセントの増` — the increase `other`
# FY2020, a trap; `2年連続`, `4年連続` durations (fresh5c); `2025年以降` a date 2025..null at_least; `平成29年度以降`
# a fiscal year 2017..null at_least. The quoted materials (`「令和2年度当初予算案の概要」`, `「令和2年度『選ばれる青森』
# への挑戦推進事業の概要」`) and the plan's name no mentions (GUIDE: quoted titles). No programme is sized: no row.
B, O, FY = "budget", "other", 2020
M = [
    fyr(1, "令和2年度", FY),
    fyr(2, "令和2年度", FY),
    date(3, "令和2年2月20日", "2020-02-20"),
    fyr(7, "令和2年度", FY),
    fyr(9, "令和2年度", FY), date(9, "2025年", "2025", None, q=("at_least",)),
    fyr(10, "令和2年度", FY),
    trap(amt(10, "6,816億円", 681600000000, fy=FY), "令和2年度一般会計当初予算 規模", "the account total"),
    fyr(10, "令和元年度", 2019),
    trap(amt(10, "166億円", 16600000000, role=O, fy=FY), "令和元年度当初予算対比 増", "a change"),
    pct(10, "2.5パーセント", 2.5), dur(10, "2年連続", 2, "year"),
    fyr(11, "平成29年度", 2017, None, q=("at_least",)), dur(11, "4年連続", 4, "year"),
    fyr(12, "令和2年度", FY),
]
ROWS = []
NOT_ROWS = traps(M)
