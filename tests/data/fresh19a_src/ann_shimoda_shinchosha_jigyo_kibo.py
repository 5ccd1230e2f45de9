from kinds import amt, date, dur, fyr, pct, trap, traps

DOC = "shimoda_shinchosha_jigyo_kibo"
# 伊豆新聞's item (2017-03-07, the address's date) on 静岡県下田市's new city hall: the 事業規模 `23~30億円` the city expects,
# an assumed 建設費用 `30億円` and its 財源 (緊急防災事業債, 庁舎建設基金, 一般財源), the 交付税措置 and the real burden, the caps
# the city sets itself (起債残高, 年間償還額), a school's repair cost, and the only appropriation: `17年度予算案に…約2200万円`
# (budget, fy 2017: `2020年度` in the same sentence fixes the century of the two-digit `17年度`; the one row). Every
# project estimate, source and burden is `other` with fy null (a whole project's money, no year's appropriation);
# the estimate, the assumed cost, its sources and the school's cost are traps. `6日の市議会3月定例会` a date 2017-03-06 and
# the session by its month 2017-03; `当初の9月定例会` 2017-09; `7割` a percent; `3年据え置き`, `17年間` durations.
O = "other"
PROJ = "the new city hall's project scale or cost estimate, not an appropriation"
SRC = "one source in the financing plan (財源) of the estimated cost, not an appropriation"
M = [
    amt(1, "6億9000万円", 690000000, role=O),
    trap(amt(2, "23~30億円", 2300000000, 3000000000, role=O), "新庁舎の事業規模", PROJ),
    date(2, "6日", "2017-03-06"), date(2, "3月", "2017-03"),
    trap(amt(3, "200億円", None, 20000000000, role=O, q=("at_most",)), "起債残高の上限", "a cap the city sets on its debt"),
    amt(3, "9千万円", None, 90000000, role=O, q=("at_most",), per="year"),
    trap(amt(3, "30億円", 3000000000, role=O), "建設費用 (仮定)", PROJ),
    trap(amt(3, "23億円", 2300000000, role=O), "緊急防災事業債", SRC),
    trap(amt(3, "6億円", 600000000, role=O), "庁舎建設基金", SRC),
    amt(3, "1億円", 100000000, role=O),
    pct(3, "7割", 70),
    amt(3, "16億1千万円", 1610000000, role=O),
    amt(3, "6億9千万円", 690000000, role=O),
    dur(4, "3年", 3, "year"), dur(4, "17年間", 17, "year"),
    amt(4, "4千万円", 40000000, role=O, per="year"),
    trap(amt(4, "17億円", 1700000000, role=O), "下田中の改修費用 (試算)", "another project's cost estimate"),
    amt(4, "4200万円", 42000000, role=O, per="year"),
    amt(4, "9千万円", None, 90000000, role=O, q=("at_most",), per="year"),
    fyr(5, "2020年度", 2020),
    amt(5, "2200万円", 22000000, role="budget", fy=2017, q=("approx",)),
    date(5, "9月", "2017-09"),
]
ROWS = [
    dict(line=5, text="2200万円", budget_yen=22000000, fy=2017, role="budget", program="新庁舎建設事業 (測量・基本計画)",
         why="the sum the 2017 budget proposal puts up for the new city hall's survey and basic plan (`17年度予算案に…計上`)"),
]
NOT_ROWS = traps(M)
