from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "tanba_h26_gouu_satei_tanbajp"
# 丹波新聞 (tanba.jp) on 兵庫県丹波市's recovery half a year after the 丹波市豪雨災害 (2014-08-16/17): the state's 災害査定 is
# over, `査定額は26億9000万円` for 218 works, by category `▽道路=17カ所、2億1400万円` …. Taken by the blind audit in place
# of 浦安市's mayor's blog (浦安市 is fresh15c's issuer). The 査定額 and its categories are estimates of recovery works
# approved for the state's aid, no programme's budget: `other`, fy null, traps (as this set's 激甚 査定見込額 and the
# dropped deck's `復旧の総事業費`). `17日` 2015-02-17 (half a year after the rain; the address's `2015/03` is the posting
# month, but `3月1日には…予定` is still ahead; 神戸新聞's report of the same briefing: `豪雨災害から半年を迎えた17日`, its
# address 201502). `半年` no numeral (as `半分`, `半額`: no mention). `5割から「3分の2」`: `5割` a percent, `3分の2` a fraction
# (no mention). `2015年度中` a fiscal year; `15年度`, `16年度` have no era (no mentions, fresh11b / fresh13c). `3月末までに`
# null..2015-03, at_most (fresh14d's `5月末まで`); `今年3月` 2015-03; `3月1日` 2015-03-01. `約10万杯` a count (approx,
# 杯); `50万立方メートル`, `10トン`, `約2万立方メートル`, `23万立方メートル` volumes and weights (no mentions).
O = "other"
R = "a 災害査定's approved cost of recovery works, not a budget"
M = [
    date(1, "17日", "2015-02-17"), cnt(1, "218カ所", 218, "か所"),
    trap(amt(1, "26億9000万円", 2690000000, role=O), "災害査定額 (国庫補助対象の復旧事業 計218カ所)", R),
    cnt(2, "17カ所", 17, "か所"), trap(amt(2, "2億1400万円", 214000000, role=O), "査定額 道路", R),
    cnt(2, "29カ所", 29, "か所"), trap(amt(2, "8億5800万円", 858000000, role=O), "査定額 河川", R),
    cnt(2, "104カ所", 104, "か所"), trap(amt(2, "5億7900万円", 579000000, role=O), "査定額 農地", R),
    cnt(2, "4カ所", 4, "か所"), trap(amt(2, "4億3300万円", 433000000, role=O), "査定額 水道", R),
    pct(2, "5割", 50),
    fyr(3, "2015年度", 2015),
    cnt(4, "10万杯", 100000, "杯", q=("approx",)), date(4, "3月", None, "2015-03", q=("at_most",)),
    cnt(4, "10カ所", 10, "か所"),
    date(5, "3月", "2015-03"), cnt(5, "5つ", 5, "つ"), date(5, "3月1日", "2015-03-01"),
]
ROWS: list = []
NOT_ROWS = traps(M)
