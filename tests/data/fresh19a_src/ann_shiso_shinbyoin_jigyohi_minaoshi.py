from kinds import amt, date, dur, trap, traps

DOC = "shiso_shinbyoin_jigyohi_minaoshi"
# 播磨時報's item on 兵庫県宍粟市's new hospital: the 事業費 estimates as they grew (`約124億円` at the 2021 basic plan, `約155億円`
# at the basic design, now `約198億円`), the parts of the increase (工事費 `26.7億円上振れ`, 物価上昇補正費, 予備費) and the
# hospital's projected results over ten years (赤字, 資金収支): all `other`, fy null; the estimates and the increase are
# traps. The item writes no year of its own: `昨年2月`, `7月下旬`, `来年6月` are left without a mention (no year can be
# read); `2021年末` a date 2021; `築40年`, `10年間` (twice) durations.
O = "other"
EST = "the new hospital's project cost estimate, not an appropriation"
M = [
    dur(1, "40年", 40, "year"),
    date(2, "2021年", "2021"),
    trap(amt(2, "124億円", 12400000000, role=O, q=("approx",)), "新病院 事業費 (2021年末の基本計画時)", EST),
    trap(amt(2, "155億円", 15500000000, role=O, q=("approx",)), "新病院 事業費 (基本設計完了時)", EST),
    trap(amt(4, "26.7億円", 2670000000, role=O), "工事費の上振れ", "an increase of the estimate"),
    amt(4, "19.6億円", 1960000000, role=O, q=("approx",)),
    amt(4, "2.8億円", 280000000, role=O, q=("approx",)),
    trap(amt(4, "198億円", 19800000000, role=O, q=("approx",)), "新病院 全体の事業費 (見直し後)", EST),
    dur(5, "10年間", 10, "year"),
    amt(5, "6.1億円", 610000000, role=O, q=("approx",)),
    amt(5, "43.7億円", 4370000000, role=O, q=("approx",)),
    dur(5, "10年間", 10, "year"),
    amt(5, "27億円", 2700000000, role=O, q=("approx",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
