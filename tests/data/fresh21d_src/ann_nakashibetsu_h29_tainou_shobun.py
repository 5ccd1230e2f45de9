from kinds import amt, cnt, dur, fyr, trap, traps

DOC = "nakashibetsu_h29_tainou_shobun"
# 北海道中標津町's page on 滞納処分 (差押): counts and 差押金額 by property, each `N件(M件)` / `X千円(Y千円)` pair the
# 平成29年度 figure and, in brackets, the 平成28年度 one (`注1:( )は平成28年度実績`; the year of the bare figures from
# `平成29年度については上記差押実績以外に`): `other` (seizures made: results), fy 2017 and 2016, traps. `-件` no mentions;
# `0件` a count of 0. `10日` a duration (the statutory ten days after the 督促状); `動産4品` a count of 4 `品`.
O = "other"
RES = "the value of property seized (差押金額): a result, not a budget"
M = [
    dur(3, "10日", 10, "day"),
    cnt(6, "363件", 363, "件"),
    cnt(6, "288件", 288, "件"),
    trap(amt(6, "15,497千円", 15497000, role=O, fy=2017), "預貯金 差押金額 (平成29年度)", RES),
    trap(amt(6, "15,361千円", 15361000, role=O, fy=2016), "預貯金 差押金額 (平成28年度)", RES),
    cnt(7, "127件", 127, "件"),
    cnt(7, "173件", 173, "件"),
    trap(amt(7, "5,251千円", 5251000, role=O, fy=2017), "国税・自動車税還付金 差押金額 (平成29年度)", RES),
    trap(amt(7, "6,073千円", 6073000, role=O, fy=2016), "国税・自動車税還付金 差押金額 (平成28年度)", RES),
    cnt(8, "24件", 24, "件"),
    cnt(8, "21件", 21, "件"),
    trap(amt(8, "2,828千円", 2828000, role=O, fy=2017), "生命保険 差押金額 (平成29年度)", RES),
    trap(amt(8, "2,708千円", 2708000, role=O, fy=2016), "生命保険 差押金額 (平成28年度)", RES),
    cnt(9, "15件", 15, "件"),
    cnt(9, "25件", 25, "件"),
    trap(amt(9, "2,077千円", 2077000, role=O, fy=2017), "給与・年金 差押金額 (平成29年度)", RES),
    trap(amt(9, "4,517千円", 4517000, role=O, fy=2016), "給与・年金 差押金額 (平成28年度)", RES),
    cnt(13, "0件", 0, "件"),
    cnt(13, "3件", 3, "件"),
    trap(amt(13, "24,514千円", 24514000, role=O, fy=2016), "その他債権 差押金額 (平成28年度)", RES),
    cnt(14, "531件", 531, "件"),
    cnt(14, "512件", 512, "件"),
    trap(amt(14, "25,653千円", 25653000, role=O, fy=2017), "差押金額 合計 (平成29年度)", RES),
    trap(amt(14, "53,173千円", 53173000, role=O, fy=2016), "差押金額 合計 (平成28年度)", RES),
    fyr(15, "平成28年度", 2016),
    fyr(16, "平成29年度", 2017),
    cnt(16, "4品", 4, "品"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
