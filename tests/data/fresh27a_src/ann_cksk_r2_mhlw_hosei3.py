from kinds import amt, fyr, trap, traps

DOC = "cksk_r2_mhlw_hosei3"
# 中央社会保険推進協議会's news: 厚生労働省's part of the 2020年度第3次補正予算案. Every figure `supplementary_budget` FY2020
# (`2020年度の第3次補正予算案`). The ministry's `追加額として4兆7330億円` and its general-account share `(一般会計3兆8010
# 億円)` traps (fresh8a's account shares); the eight `…に N円` measures rows. `第3次` an ordinal.
S, FY = "supplementary_budget", 2020
M = [
    fyr(1, "2020年度", FY),
    trap(amt(1, "4兆7330億円", 4733000000000, role=S, fy=FY), "total", "the ministry's whole addition"),
    trap(amt(1, "3兆8010億円", 3801000000000, role=S, fy=FY), "share", "the general account's share of the addition"),
]
_R = [(2, "1兆9374億円", 1937400000000, "医療機関などへの支援(地域の医療提供体制の維持・確保)"),
      (2, "1兆1763億円", 1176300000000, "緊急包括支援交付金"),
      (2, "5736億円", 573600000000, "ワクチンの接種体制の整備・接種の実施"),
      (3, "1兆4679億円", 1467900000000, "雇用調整助成金による雇用維持"),
      (3, "4300億円", 430000000000, "緊急小口資金の特例貸付など"),
      (3, "608億円", 60800000000, "最低賃金の引き上げに向けた中小企業などへの支援"),
      (4, "390億円", 39000000000, "水道施設の対災害性強化対策など"),
      (4, "110億円", 11000000000, "医療施設や社会福祉施設などの防災対策")]
M += [amt(ln, t, v, role=S, fy=FY) for ln, t, v, _ in _R]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, role=S, program=p,
             why="a measure of 厚生労働省's part of the 2020年度第3次補正予算案 with its own figure") for ln, t, v, p in _R]
NOT_ROWS = traps(M)
