from kinds import amt, date, trap, traps

DOC = "sagachuokai_r3_norin_hosei"
# JA佐賀中央会's 全農ニュース: the 農林水産関係 part of the government's 3年度補正予算 (decided 2021-11-26). The page writes
# the year era-less only (`3年度`: no mention) and no full year: fy null, rows `fy_alt` [2021]; `11月26日` dated from
# outside the text (fresh6b's 宮内庁; 岸田首相 and the 令和3年度 supplementary) → 2021-11-26. `総額8,795億円` (lead and the
# table's first row) traps; the table's item rows `name … | N億円 |` rows (the figure on the line after its name).
# `15万トン` a physical unit (no mention); `①`, `②` list marks.
S = "supplementary_budget"
M = [
    date(1, "11月26日", "2021-11-26"),
    trap(amt(1, "8,795億円", 879500000000, role=S), "total", "the whole 農林水産関係 supplementary"),
    trap(amt(8, "8,795億円", 879500000000, role=S), "total", "the whole 農林水産関係 supplementary (table)"),
]
_R = [(10, "165億円", 16500000000, "コロナ影響緩和特別対策(米の特別枠)"),
      (12, "420億円", 42000000000, "水田リノベーション事業"),
      (14, "33億円", 3300000000, "麦・大豆収益性・生産性向上プロジェクト"),
      (16, "617億円", 61700000000, "畜産クラスター事業")]
M += [amt(ln, t, v, role=S) for ln, t, v, _ in _R]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=None, fy_alt=[2021], role=S, program=p,
             why="an item of the table 3年度 農林水産関係補正予算の主な内容") for ln, t, v, p in _R]
NOT_ROWS = traps(M)
