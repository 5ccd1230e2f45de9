from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "koshu_daibosatsu_no_yu_kanriryo_jogen"
# 建設新聞 (kd-net, 2022-11-23) on 山梨県甲州市's third call for the designated manager of its spa 大菩薩の湯: the calls'
# caps of the 指定管理料 per year (`指定管理料の上限は、23年度分が1289万4000円`, `24・25年度分がそれぞれ868万2000円`, now
# `1013万3000円` and `2017万2000円`) and the raises between calls. A cap of a call is a contract figure's ceiling:
# `other`, at_most, min null (fresh14c's 多賀城 `業務委託費上限額`), fy from its two-digit `23年度分` (2023; the century is
# fixed by the address's 2022 and `2020~22年度`), fy null where one figure serves two years (`24・25年度分` … `それぞれ`).
# The raises (`872万円余り` at_least, `150万円程度` approx per year, `574万5000円`, `727万8000円`) are `other`. No
# appropriation is written: no rows; every amount a trap. Year-less days take the address's 2022 (`15日` 2022-11,
# `9月25日`, `12月20日`), `来年3月` 2023-03; `3度目`, `1回目`, `2回目` ordinals no mentions; `一部2階` a count of 階.
O = "other"
CAP = "a call's cap on the year's 指定管理料 (a ceiling for the proposals, no appropriation)"
RAISE = "a raise of the call's cap, a difference"
M = [
    date(3, "2022-11-23", "2022-11-23"),
    date(4, "15日", "2022-11-15"),
    trap(amt(4, "872万円", 8720000, None, role=O, q=("at_least",)), "管理料の上限の引き上げ幅 (1回目比)", RAISE),
    fyr(5, "2020~22年度", 2020, 2022),
    dur(5, "3年", 3, "year"),
    date(5, "9月25日", "2022-09-25"),
    trap(amt(6, "1289万4000円", None, 12894000, role=O, fy=2023, q=("at_most",)), "1回目公募 指定管理料上限 23年度分", CAP),
    trap(amt(6, "868万2000円", None, 8682000, role=O, q=("at_most",)), "1回目公募 指定管理料上限 24・25年度分 (各年度)", CAP),
    trap(amt(6, "150万円", 1500000, role=O, q=("approx",), per="year"), "2回目公募 各年度の上限引き上げ幅", RAISE),
    trap(amt(7, "1013万3000円", None, 10133000, role=O, q=("at_most",)), "今回公募 指定管理料上限 24・25年度分 (各年度)", CAP),
    trap(amt(7, "574万5000円", 5745000, role=O, fy=2023), "今回公募 23年度分の増額", RAISE),
    trap(amt(7, "2017万2000円", None, 20172000, role=O, fy=2023, q=("at_most",)), "今回公募 指定管理料上限 23年度分", CAP),
    trap(amt(7, "727万8000円", 7278000, role=O, fy=2023), "23年度分 上限の1回目比増額", RAISE),
    dur(8, "3年間", 3, "year"),
    date(8, "12月20日", "2022-12-20"),
    date(8, "3月", "2023-03"),
    cnt(9, "2階", 2, "階"),
    date(9, "1998年8月", "1998-08"),
    dur(11, "14日間", 14, "day"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
