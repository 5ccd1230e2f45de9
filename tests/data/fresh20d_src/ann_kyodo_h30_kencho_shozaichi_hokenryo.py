from kinds import amt, cnt, date, dur, fyr, pct, trap, traps

DOC = "kyodo_h30_kencho_shozaichi_hokenryo"
# 共同通信's survey (SankeiBiz copy, 2018-03-13 by the address) of the premiums from April 2018 in the 52 prefectural
# capitals and designated cities. Every premium and average is `other`, per `month` (the headline's and lead's `月額`, and
# `月6192円`, reach the survey's figures: NEW, arguable), fy null (a three-year period), traps for the levels; `月額6000円超`
# and `6000円を超す` at_least (min 6000, max null); `500円を超える増額` at_least; `1000円台` 1000..1999 (as GUIDE's decades).
# The national 介護総費用 `3兆6000億円` (fy 2000, a result) and `18年度予算案では11兆1000億円` (fy 2018: the era-less `18年度`
# is no mention but `2000年度` in the sentence fixes its century) are `other`: the whole system's cost, premiums and
# co-payments included, not an appropriation (NEW, arguable: a reader could call the second `budget`); both traps.
# Dates take 2018 (the address): `4月` (the revision, and each `4月から`), `3月上旬` 2018-03, `3月分まで` null..2018-03
# at_most (GUIDE `10月まで`). `3年ぶり`, `3年に1度` durations. Counts of cities; percents incl. `0.54%`.
O = "other"
PREM = "a standard premium (基準額) or an average of them, a charge residents pay, no appropriation"
M = [
    trap(amt(1, "6000円", 6000, None, role=O, per="month", q=("at_least",)), "基準額 (見出し: 月額6000円超)", PREM),
    cnt(1, "34市区", 34, "市区"),
    date(2, "4月", "2018-04"), dur(2, "3年", 3, "year"),
    cnt(2, "52市区", 52, "市区"), pct(2, "65%", 65), cnt(2, "34市区", 34, "市区"),
    trap(amt(2, "6000円", 6000, None, role=O, per="month", q=("at_least",)), "基準額 (月額6000円を超す)", PREM),
    pct(2, "85%", 85), cnt(2, "44市区", 44, "市区"), cnt(2, "8市", 8, "市"),
    date(3, "4月", "2018-04"), pct(3, "0.54%", 0.54), fyr(3, "2000年度", 2000),
    trap(amt(3, "3兆6000億円", 3600000000000, role=O, fy=2000), "介護総費用 (2000年度)", "a national total cost of care, a result"),
    trap(amt(3, "11兆1000億円", 11100000000000, role=O, fy=2018), "介護総費用 (18年度予算案)",
         "the whole care system's cost, not one programme's appropriation"),
    dur(4, "3年", 3, "year"), cnt(4, "1度", 1, "度"),  # `3年に1度`: fresh18b `2か月に1度`
    date(4, "3月上旬", None, "2018-03", q=("at_most",)),  # `3月上旬までに`: a deadline (GUIDE `10月まで`)
    cnt(4, "52市区", 52, "市区"), date(4, "4月", "2018-04"),
    trap(amt(4, "6192円", 6192, role=O, per="month"), "52市区の平均 (4月から)", PREM),
    date(4, "3月", None, "2018-03", q=("at_most",)),
    trap(amt(4, "5815円", 5815, role=O, per="month"), "52市区の平均 (3月分まで)", PREM),
    amt(4, "377円", 377, role=O, per="month"),
    amt(5, "500円", 500, None, role=O, per="month", q=("at_least",)),
    cnt(5, "14市", 14, "市"), cnt(5, "2市", 2, "市"),
    amt(5, "1000円台", 1000, 1999, role=O, per="month"),
    date(6, "4月", "2018-04"),
    trap(amt(6, "7927円", 7927, role=O, per="month"), "大阪市 基準額 (最高)", PREM),
    trap(amt(6, "7055円", 7055, role=O, per="month"), "那覇市 基準額", PREM),
    trap(amt(6, "6800円", 6800, role=O, per="month"), "長崎市 基準額", PREM),
    trap(amt(6, "5281円", 5281, role=O, per="month"), "宇都宮市 基準額 (最低)", PREM),
    trap(amt(6, "5300円", 5300, role=O, per="month"), "千葉市 基準額", PREM),
    trap(amt(6, "5421円", 5421, role=O, per="month"), "さいたま市 基準額", PREM),
    amt(6, "2646円", 2646, role=O, per="month"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
