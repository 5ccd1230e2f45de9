from kinds import amt, date, dur, fyr, pct, trap, traps

DOC = "urayasu_h24_saigai_satei_mayor_blog"
# 浦安市長's blog (urayasu-18years.net, 2012-02-01) on the city's finances a year after the earthquake: one stored
# line. The tax shortfalls of the new year `50億円の減収`, `21億円程度の減収` (`other`, fy 2012: `新年度` after `平成24年` and
# the budget being compiled; arguable: null), the 災害査定's result `復旧の総事業費は約280億円` (`other`, fy null: works over
# several years), the state's aid `国の支援が…210億円以上` (`support`, at_least: a grant to the city; NEW, arguable: a
# revenue, `other`) and the liquefaction works' estimate `約54億円から87億円` (one range, approx, `other`; NEW, arguable:
# `から` between two amounts read as a range, two points would be the date reading) are traps. `平成24年` a date (2012);
# `一ヶ月` a duration; `1月25日` 2012-01-25; `17年前` 17 years; `平成23年度` a fiscal year; `前年度の3月議会` 2011-03;
# `20%` a percent; `昨年の11月上旬` 2011-11; `約223km` a length (no mention).
O, S = "other", "support"
M = [
    date(1, "平成24年", "2012"), dur(1, "一ヶ月", 1, "month"), date(1, "1月25日", "2012-01-25"),
    dur(1, "17年", 17, "year"),
    trap(amt(1, "50億円", 5000000000, role=O, fy=2012), "新年度 市税 減収見込み (当初)", "a revenue shortfall"),
    trap(amt(1, "21億円", 2100000000, role=O, fy=2012, q=("approx",)), "新年度 市税 減収見込み (最終)", "a revenue shortfall"),
    fyr(1, "平成23年度", 2011), date(1, "3月", "2011-03"), pct(1, "20%", 20), date(1, "11月", "2011-11"),
    trap(amt(1, "280億円", 28000000000, role=O, q=("approx",)), "災害査定 復旧の総事業費", "a recovery works' total cost"),
    trap(amt(1, "210億円", 21000000000, None, role=S, q=("at_least",)), "国の支援 (災害復旧)", "the state's aid to the city"),
    trap(amt(1, "54億円から87億円", 5400000000, 8700000000, role=O, q=("approx",)), "液状化対策 道路 概算工費",
         "an estimate of works' cost"),
]
ROWS: list = []
NOT_ROWS = traps(M)
