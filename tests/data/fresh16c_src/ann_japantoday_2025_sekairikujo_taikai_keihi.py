from kinds import amt, cnt, date, dur, trap, traps

DOC = "japantoday_2025_sekairikujo_taikai_keihi"
# japantoday.jp (a news site's feature, 2025: `今年11月…デフリンピック`): 東京都 and the 2025 World Athletics Championships.
# No figure is a budget of a named fiscal year: 東京都's settled share of the 2021 Olympics `5965億円を負担` (`other`); its
# related costs over years `7049億円も計上` (`budget`, fy null: a sum appropriated over several years); the event's own
# budget `当初予算は150億円(8月に174億円に修正)` (`budget`, fy null: an organiser's whole-event budget, not a government's
# budget of a year); its revenues `60億円(同84億円に修正)` and the shares `日本陸連が10億円、国が20億円、そして都は60億円を負担`
# (`other`: a split of an event's cost among payers); the Deaflympics' `支援額約100億円` (`support`, GUIDE's 支援額, approx).
# All traps. Dates: `2022年7月14日`, `15日未明` (its next day), `7月` (2022), `8月17日` (2022), `8月に…修正` and `今年11月`
# (2025); `22年5月`, `21年`, `25年世界選手権` two-digit years (no mention); `約1カ月後` a duration; `200以上の国と地域`,
# `2千人以上` counts at_least; `約百分の一` a fraction (no mention).
B, O, S = "budget", "other", "support"
R_SH = "a payer's share of an event's cost, not a year's budget"
R_EV = "an event's whole budget over its years, not a government programme's budget of a year"
M = [
    date(1, "2022年7月14日", "2022-07-14"),
    date(2, "15日", "2022-07-15"), date(2, "7月", "2022-07"),
    dur(3, "1カ月", 1, "month", q=("approx",)), date(3, "8月17日", "2022-08-17"),
    trap(amt(6, "5965億円", 596500000000, role=O), "東京五輪パラリンピック 東京都負担", R_SH),
    trap(amt(6, "7049億円", 704900000000, role=B), "東京五輪 関連経費 (都)", "related costs appropriated over several years"),
    cnt(9, "200", 200, "国と地域", hi=None, q=("at_least",)), cnt(9, "2千人", 2000, "人", hi=None, q=("at_least",)),
    trap(amt(10, "150億円", 15000000000, role=B), "世界陸上 当初予算", R_EV),
    date(10, "8月", "2025-08"),
    trap(amt(10, "174億円", 17400000000, role=B), "世界陸上 修正予算", R_EV),
    trap(amt(10, "60億円", 6000000000, role=O), "チケット販売・協賛金収入", "an event's revenues"),
    trap(amt(10, "84億円", 8400000000, role=O), "チケット販売・協賛金収入 (修正)", "an event's revenues"),
    trap(amt(10, "10億円", 1000000000, role=O), "日本陸連 負担", R_SH),
    trap(amt(10, "20億円", 2000000000, role=O), "国 負担", R_SH),
    trap(amt(10, "60億円", 6000000000, role=O), "都 負担", R_SH),
    date(11, "今年11月", "2025-11"),
    trap(amt(11, "100億円", 10000000000, role=S, q=("approx",)), "デフリンピック 支援額", "a grant to an event's organiser"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
