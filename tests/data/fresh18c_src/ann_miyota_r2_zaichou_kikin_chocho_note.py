from kinds import amt, dur, fyr, trap, traps

DOC = "miyota_r2_zaichou_kikin_chocho_note"
# 長野県御代田町's mayor on the town's 財政調整基金 (note.com, miyotamayor): the budgets up to 平成31年度(令和元年度) drew on
# the fund five years running, `少ない年で5800万円、多い年で2億5930万円`, and the 令和2年度 当初予算 none. The two figures are
# drawdowns planned in budgets (繰り入れ), `other` (a revenue of the budget: fresh16b's 財政調整基金 drawdowns), traps; fy
# null (the least and the most of five years, no one year). `平成31年度(令和元年度)` two fiscal-year mentions (GUIDE:
# fiscal years written twice), each null..2019 at_most from `予算までは` (blind audit: were 2019; fresh13c's
# `平成30年度決算まで`, fresh14d's `平成30年度下半期まで`: a まで after the year's noun still closes the span);
# `5年連続`, `6年ぶり` durations (GUIDE `9年ぶり`; fresh13b's `3年連続`).
O = "other"
AM = ("at_most",)
W = "a fund's drawdown planned in a budget (繰り入れ), not a programme's budget"
M = [
    fyr(9, "平成31年度", None, 2019, q=AM), fyr(9, "令和元年度", None, 2019, q=AM), dur(9, "5年連続", 5, "year"),
    trap(amt(9, "5800万円", 58000000, role=O), "財政調整基金繰入 (少ない年)", W),
    trap(amt(9, "2億5930万円", 259300000, role=O), "財政調整基金繰入 (多い年)", W),
    fyr(10, "令和2年度", 2020), dur(10, "6年ぶり", 6, "year"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
