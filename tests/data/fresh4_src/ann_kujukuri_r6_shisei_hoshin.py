from kinds import amt, date, dur, fyr, rank

DOC = "kujukuri_r6_shisei_hoshin"
# 九十九里町 令和6年度施政方針 (extract in the town's newsletter): the figures are the NATIONAL and the PREFECTURE's
# budgets, not the town's. The national 一般会計 total 令和6年度 and its 社会保障費 class are budget FY2024, the
# 令和5年度 total previous_budget FY2023, the decrease and the increase other; `110兆円を超えて` is a threshold
# (other, at_least); 千葉県's 令和6年度 total is budget FY2024, its decrease other. All are traps (no programme).
# `令和6年第1回…定例会` is a date of 2024 (a session named by its year); `2年連続` a duration of 2 years (as `N年ぶり`);
# `過去2番目` a rank; `1/29` a page counter; `第5次`, `4年目` ordinals.
B, P, O, FY = "budget", "previous_budget", "other", 2024
M = [
    fyr(1, "令和6年度", FY),
    date(7, "令和6年", "2024"),
    fyr(7, "令和6年度", FY),
    fyr(10, "令和6年度", FY),
    amt(10, "112兆717億円", 112071700000000, fy=FY),
    fyr(10, "令和5年度", 2023),
    amt(10, "114兆3,812億円", 114381200000000, role=P, fy=2023),
    amt(10, "2兆3,095億円", 2309500000000, role=O, fy=FY),
    dur(10, "2年", 2, "year"),
    amt(10, "110兆円", 110000000000000, None, role=O, fy=FY, q=("at_least",)),
    rank(10, "2番目", 2),
    amt(11, "8,506億円", 850600000000, role=O, fy=FY),
    amt(11, "37兆7,193億円", 37719300000000, fy=FY),
    fyr(12, "令和6年度", FY),
    fyr(12, "令和5年度", 2023),
    amt(12, "894億2,500万円", 89425000000, role=O, fy=FY),
    amt(12, "2兆1,077億円", 2107700000000, fy=FY),
    fyr(14, "令和6年度", FY),
]
ROWS = []
NOT_ROWS = [
    dict(line=10, text="112兆717億円", value_yen=112071700000000, fy=FY, mention_role=B, what="国の一般会計 令和6年度",
         reason="national total (not the town's)"),
    dict(line=10, text="114兆3,812億円", value_yen=114381200000000, fy=2023, mention_role=P,
         what="国の令和5年度当初予算", reason="previous year's national total"),
    dict(line=10, text="2兆3,095億円", value_yen=2309500000000, fy=FY, mention_role=O, what="国の予算 減少",
         reason="change of a total"),
    dict(line=10, text="110兆円", value_yen=110000000000000, fy=FY, mention_role=O, what="110兆円を超えて",
         reason="threshold"),
    dict(line=11, text="8,506億円", value_yen=850600000000, fy=FY, mention_role=O, what="社会保障費 増",
         reason="change of a class"),
    dict(line=11, text="37兆7,193億円", value_yen=37719300000000, fy=FY, mention_role=B, what="国の社会保障費",
         reason="class of the national budget"),
    dict(line=12, text="894億2,500万円", value_yen=89425000000, fy=FY, mention_role=O, what="千葉県 一般会計 減",
         reason="change of a total"),
    dict(line=12, text="2兆1,077億円", value_yen=2107700000000, fy=FY, mention_role=B, what="千葉県 一般会計 令和6年度",
         reason="the prefecture's total (not the town's)"),
]
