from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "chikuhoku_kamurikiso_shitei_kanri_tettai"
# 信濃毎日新聞 (address dated 2016-09-17) on 長野県筑北村's spa hotel 冠着荘, whose designated manager asks to leave early:
# the 5-year 指定管理料 for two facilities (`計9240万円`, a contract's total: `other`, fy null), the hotel's sales
# (`13年度に5700万円` fy 2013, `15年度には4400万円` fy 2015: the two-digit years set the fy, their century fixed by
# `2017年度`), its yearly deficits (`896万円から1087万円`, the years unwritten: fy null), and the village's payment due by
# the end of this fiscal year (`計9800万円のうち9400万円を本年度末までに支払う`: `other`, a payment under the contract, no
# appropriation; fy null (blind audit, was 2016): `本年度` fixed only by the address gives no fy (fresh11c, fresh13a,
# fresh13d), and the sum is several years' fees paid by that date). No rows; every amount a trap. The item's `16日` (×4)
# takes the address's month and year (fresh14c: a year-less day in news takes them from the address); `8月中旬`, `10月中`, `7月` 2016; `2017年度までの`
# null..2017 at_most (GUIDE `…年度までの`); `13年度` alone no mention; `3年連続` a duration of 3 years.
O = "other"
M = [
    date(3, "16日", "2016-09-16"), date(3, "16日", "2016-09-16"),
    date(4, "16日", "2016-09-16"),
    fyr(4, "2017年度", None, 2017, q=("at_most",)),
    date(4, "10月", "2016-10"),
    date(5, "8月中旬", "2016-08"),
    date(6, "16日", "2016-09-16"),
    dur(6, "5年間", 5, "year"),
    cnt(6, "2施設", 2, "施設"),
    dur(6, "5年間", 5, "year"),
    trap(amt(6, "9240万円", 92400000, role=O), "2施設の5年間の指定管理料 (契約段階の計)", "a contract's total over five years"),
    trap(amt(6, "5700万円", 57000000, role=O, fy=2013), "冠着荘 売上高 13年度", "the facility's sales, a result"),
    trap(amt(6, "4400万円", 44000000, role=O, fy=2015), "冠着荘 売上高 15年度", "the facility's sales, a result"),
    dur(6, "3年", 3, "year"),
    trap(amt(6, "896万円", 8960000, role=O), "冠着荘 単年度の赤字額 (当初)", "a deficit, a result"),
    trap(amt(6, "1087万円", 10870000, role=O), "冠着荘 単年度の赤字額 (拡大後)", "a deficit, a result"),
    dur(7, "5年", 5, "year"),
    trap(amt(7, "9800万円", 98000000, role=O), "5年分の指定管理料と旧館の補償料の計", "a contract's total with a compensation"),
    trap(amt(7, "9400万円", 94000000, role=O), "本年度末までの支払予定額", "a payment due under the contract, no appropriation"),
    date(7, "7月", "2016-07"),
    cnt(8, "2施設", 2, "施設"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
