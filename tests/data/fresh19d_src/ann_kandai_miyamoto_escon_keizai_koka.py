from kinds import amt, cnt, date, dur, trap, traps

DOC = "kandai_miyamoto_escon_keizai_koka"
# 関西大学 宮本勝浩名誉教授's estimate of the economic effect of the 北海道日本ハムファイターズ' new stadium (J-CAST, page 3 of the
# article, 2022-12). Every amount is an estimate of consumption or effect: role `other`, fy null (calendar `2023年`). The headline
# `1634億円超` (at_least) and the yearly effect of the spectators' spending `年平均で約572億6174万円` (per year) are traps; the
# consumption totals are inputs. `一人当たり消費額は約7000円`: per null (per person). The quoted table title `「2015年の北海道産業連関表
# (38部門)」` holds no mentions; `観光名所の一つ` a count of 1 つ (GUIDE; audit19d). `10年間` (the cut last line) a duration.
O = "other"
M = [
    trap(amt(1, "1634億円", 163400000000, None, role=O, q=("at_least",)), "新球場の経済効果 (見出し)",
         "an estimated economic effect"),
    date(4, "2023年", "2023"),
    cnt(4, "11万人", 110000, "人", q=("approx",)),
    amt(4, "7000円", 7000, role=O, q=("approx",)),
    amt(4, "7億7000万円", 770000000, role=O, q=("approx",)),
    amt(5, "285億8220万円", 28582200000, role=O, q=("approx",)),
    amt(5, "83億2000万円", 8320000000, role=O, q=("approx",)),
    amt(5, "7億7000万円", 770000000, role=O, q=("approx",)),
    date(5, "2023年", "2023"),
    amt(5, "376億7220万円", 37672200000, role=O, q=("approx",)),
    trap(amt(6, "572億6174万円", 57261740000, role=O, q=("approx",), per="year"), "観客の消費額の経済効果 (年平均)",
         "an estimated economic effect"),
    cnt(6, "7534人", 7534, "人", q=("approx",)),
    cnt(7, "一つ", 1, "つ"),
    dur(10, "10年間", 10, "year"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
