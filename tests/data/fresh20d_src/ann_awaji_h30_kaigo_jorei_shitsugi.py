from kinds import amt, date, dur, pct, trap, traps

DOC = "awaji_h30_kaigo_jorei_shitsugi"
# 兵庫県淡路市's council minutes (2018-03-02 by the address, chiholog copy broken one phrase a line) on 議案第14号, the
# 介護保険条例 for the 第7期: a member's question. Premiums are `other` (a charge), per `year` where `年額` stands (the
# label reaches the amounts after it in the same sentence): `3万円から3万6,000円の範囲` is one range (the sentence names it
# a 範囲; 2000's premiums by former town, fy 2000 from `2000年当時`, NEW: a past period's premium takes the year the text
# gives it); `6万2,400円から6万9,600円` are two points (the old and the new premium, not a range), fy null (each a
# three-year period), traps; the rises `7,200円`, `1,920円` `other` per `year`. The special account's 当初予算 (for the new
# year, fy 2018: the session is March 2018 and `29年度` is the current year) draws `418万円` from the 準備基金: a fund
# drawdown into a budget is `other` (fresh16b / fresh8b `基金から…繰入`), fy 2018, a trap; `約5,000万円も減` the change
# against 29年度's, `other` fy 2018, approx; `29年度の基金残見込みは1億398万円` a year-end balance, `other` fy 2017 (fresh6c),
# a trap. `29年度` itself is era-less: no mention (GUIDE), but it gives the fy. `2000年に`, `2000年当時` dates; `3年を1期`,
# `3年\nごとの期` (the line's `3年`), `18年間`, `3年間` durations; `4.1%`, `11.5%` percents. Not mentions: 議案 numbers,
# `第7期`, `7期`, `第6\n段階`, `第3\n段階`, `1、2\n段階` (periods and bands named by number), `2倍` (a multiple).
O = "other"
PREM = "a premium level a resident pays (介護保険料), a charge, no appropriation"
M = [
    date(7, "2000年", "2000"),
    dur(8, "3年", 3, "year"),
    date(13, "2000年", "2000"),
    trap(amt(17, "3万円から3万6,000円", 30000, 36000, role=O, per="year", fy=2000), "制度開始時の基準額 (年額, 旧町ごと)", PREM),
    dur(17, "3年", 3, "year"),
    trap(amt(22, "6万2,400円", 62400, role=O, per="year"), "第6期 基準額 (年額)", PREM),
    trap(amt(22, "6万9,600円", 69600, role=O, per="year"), "第7期 基準額 (年額)", PREM),
    amt(23, "7,200円", 7200, role=O, per="year"),
    dur(24, "18年間", 18, "year"),
    dur(30, "3年間", 3, "year"),
    trap(amt(48, "418万円", 4180000, role=O, fy=2018), "準備基金繰入金 (介護保険特別会計当初予算)",
         "a drawdown of the fund into the special account's revenue, a financing source, not a programme's appropriation"),
    amt(49, "5,000万円", 50000000, role=O, fy=2018, q=("approx",)),
    trap(amt(53, "1億398万円", 103980000, role=O, fy=2017), "基金残高見込み (29年度末)", "a fund's expected year-end balance"),
    trap(amt(61, "4万6,800円", 46800, role=O, per="year"), "第3段階 現行保険料 (年額)", PREM),
    trap(amt(62, "4万8,720円", 48720, role=O, per="year"), "第3段階 新保険料 (年額)", PREM),
    amt(62, "1,920円", 1920, role=O, per="year"),
    pct(62, "4.1%", 4.1),
    pct(65, "11.5%", 11.5),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
