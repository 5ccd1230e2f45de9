from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "kumiyama_r6_kamiki_zaisei"
# 久御山町's first-half report (令和6年度上半期, mykoho). The general account's 歳入歳出予算額 after the July supplementary
# with carry-overs `budget` FY2024, an account total, a trap (fresh11a). 収入済額 / 支出済額 `other`, traps; the budget's
# change against the same time of the year before (`24億9,187万円 …増加`) `other`, a trap (a change: fresh10b, fresh11a);
# the 地方債 balance at 9月末 `other`, a trap. The センター's building cost is named without money (no row). `4月1日~9月30日`
# one date range (fresh13c's call); `7月第2号補正` the July 2024 supplementary (`7月` a date; `第2号` a number);
# `1万円未満四捨五入` a rounding unit (no mention: fresh6c, fresh7b); `四つの特別会計` a count of 4 `つ` (GUIDE's `の一つ`);
# `(1)`, `(2)`, `※1` list marks.
B, O, FY = "budget", "other", 2024
M = [
    cnt(1, "2回", 2, "回"), fyr(1, "令和6年度", FY), date(1, "4月1日~9月30日", "2024-04-01", "2024-09-30"),
    fyr(3, "令和6年度", FY), date(3, "7月", "2024-07"),
    trap(amt(3, "106億7,546万円", 10675460000, fy=FY), "一般会計 歳入歳出予算額 (補正後・繰越額含む)",
         "an account's total (an account is not a programme)"),
    trap(amt(4, "57億344万円", 5703440000, role=O, fy=FY), "収入済額", "revenue received"),
    pct(4, "53.4パーセント", 53.4),
    trap(amt(4, "42億8,426万円", 4284260000, role=O, fy=FY), "支出済額", "expenditure paid (執行額)"),
    pct(4, "40.1パーセント", 40.1),
    trap(amt(5, "24億9,187万円", 2491870000, role=O, fy=FY), "予算額の前年度同時期比の増加",
         "a change against the year before, not a budget"),
    pct(5, "30.4パーセント", 30.4),
    date(8, "9月", "2024-09"),
    trap(amt(8, "31億8,247万円", 3182470000, role=O, fy=FY), "地方債の9月末現在高 (一般会計)", "a debt balance"),
    cnt(11, "四つ", 4, "つ"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
