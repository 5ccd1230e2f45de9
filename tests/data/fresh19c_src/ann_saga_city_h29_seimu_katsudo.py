from kinds import amt, cnt, date, fyr, trap, traps

DOC = "saga_city_h29_seimu_katsudo"
# 佐賀新聞's report of 佐賀市議会 publishing its members' 政務活動費 for 2017年度: the year's grant total (交付総額,
# `support`: grants to the 会派, fresh15c's 政務活動費), the refunds (返還), the spending and its items, each 会派's refund
# (`other`: the 会派's settled money), all fy 2017 (the year the clause names); the standing rate per member `月額5万円`
# (per month) and `年間60万円` (per year) `support`, fy null (a rule, no year's figure). `24万千円` = 241,000,
# `23万7千円` = 237,000. Every amount a trap. `17年10月`, `17年4月~10月分`, `11月~18年3月分` era-less: no mentions;
# `9日` a date 2018 (calls28); `1人当たり` a per unit; clock times none.
O, P, Y = "other", "support", 2017


def T(r: dict, what: str) -> dict:
    return trap(r, what, "a council's 政務活動費 grant, refund or spending, no programme's budget")


RF = "a 会派's refund of unspent 政務活動費"
M = [
    date(1, "9日", "2018"),  # calls28: FY2017's accounts are published in 2018
    fyr(1, "2017年度", 2017),
    T(amt(1, "50万円", 500000, role=O, fy=Y), "the rise of the grant total on the year"),
    T(amt(1, "2090万円", 20900000, role=P, fy=Y), "the year's 政務活動費 granted (交付総額)"),
    T(amt(1, "166万円", 1660000, role=O, fy=Y), "the rise of the refunds on the year"),
    T(amt(1, "384万円", 3840000, role=O, fy=Y), "the year's refunds (返還総額)"),
    T(amt(2, "5万円", 50000, role=P, per="month"), "the grant per member per month"),
    T(amt(2, "60万円", 600000, role=P, per="year"), "the grant per member per year"),
    T(amt(2, "1706万円", 17060000, role=O, fy=Y), "the year's spending (支出総額)"),
    T(amt(2, "537万円", 5370000, role=O, fy=Y), "an item of the spending"),
    T(amt(2, "461万円", 4610000, role=O, fy=Y), "an item of the spending"),
    T(amt(2, "358万円", 3580000, role=O, fy=Y), "an item of the spending"),
    cnt(3, "10会派", 10, "会派"), cnt(3, "34人", 34, "人"), cnt(3, "11会派", 11, "会派"), cnt(3, "36人", 36, "人"),
    cnt(3, "9人", 9, "人"), T(amt(3, "98万円", 980000, role=O, fy=Y), RF),
    cnt(3, "4人", 4, "人"), T(amt(3, "61万円", 610000, role=O, fy=Y), RF),
    cnt(3, "7人", 7, "人"), T(amt(3, "44万円", 440000, role=O, fy=Y), RF),
    cnt(3, "3人", 3, "人"), T(amt(3, "26万円", 260000, role=O, fy=Y), RF),
    cnt(3, "4人", 4, "人"), T(amt(3, "24万千円", 241000, role=O, fy=Y), RF),
    cnt(3, "14人", 14, "人"), T(amt(3, "23万7千円", 237000, role=O, fy=Y), RF),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
