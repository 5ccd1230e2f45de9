from kinds import amt, date, trap, traps

DOC = "komaki_h15_kyoiku_iin_dayori"
# 愛知県小牧市教育委員会's 教育委員だより No.70 (平成15年11月20日, by the 教育長): what the city's schools cost. The
# national rule of thumb `児童生徒1人あたり年間約100万円` is `other` (an average cost, not this body's budget), per year
# (`年間`), approx; `1人あたり` a rate marker (no count). The city's 小中学校 budget `今年度で約28億円` (and `28億円`
# again: listed as a trap once, one trap per line and text as fresh22a) is `budget` FY2003 (今年度 under a 平成15年11月
# date), approx, a trap (an aggregate the 教育長 computed, no programme);
# its parts by kind (`非常勤講師 … などで、1億6,500万円程`, `研修に約1,000万円`, `副読本類…に約3,600万` cut before 円)
# are `other` FY2003 approx (`程` as `程度`), traps: breakdowns of a total by kind of expense (fresh4, fresh7a).
FY = 2003
_T = [
    trap(amt(6, "100万円", 1000000, role="other", q=("approx",), per="year"), "a national average cost per pupil",
         "a rule of thumb, not this body's budget"),
    trap(amt(6, "28億円", 2800000000, role="budget", fy=FY, q=("approx",)), "the city's school budget, 約28億円",
         "an aggregate over many accounts, no programme"),
    trap(amt(6, "1億6,500万円", 165000000, role="other", fy=FY, q=("approx",)), "staff in contact with pupils",
         "a part of the total by kind of expense"),
    trap(amt(6, "1,000万円", 10000000, role="other", fy=FY, q=("approx",)), "teachers' training", "a part by kind"),
    trap(amt(6, "3,600万", 36000000, role="other", fy=FY, q=("approx",)), "readers and teachers' textbooks (cut)",
         "a part by kind"),
]
M = [date(2, "平成15年11月20日", "2003-11-20")] + _T + [amt(6, "28億円", 2800000000, role="budget", fy=FY)]
ROWS: list[dict] = []
NOT_ROWS = traps(_T)
