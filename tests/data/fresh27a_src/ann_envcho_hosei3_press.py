from kinds import amt, cnt, trap, traps

DOC = "envcho_hosei3_press"
# 環境庁's press release (env.go.jp/press/671): 環境庁第3次補正予算(案)額 `166.3億円` with 非公共 / 公共 classes (traps,
# fresh8a), two numbered pillars (`1.…` `44.9億円`, `2.…` `25.9億円`) with their `○item | N億円 |` lines. Every figure
# `supplementary_budget`. The stored text names no year: fy null, rows `fy_alt` [1998] (NEW, arguable: from outside the
# text — 環境庁 (before 2001), a 第3次補正 with ダイオキシン類対策 and the 地球温暖化対策国際研究棟: the 平成10年度第3次補正
# of December 1998; fresh8a's supplementary with no year). Pillars and their items both rows, the pillars ambiguous
# (fresh8a's pillars; their items are listed). The label `(案)額` in the cell beside the total is
# `draft` (audit28a: the GUIDE's `（案）` written next to the mention; fresh25a's `予算額(案)206億円`). `全国4地域` a
# count 4 地域; `(仮称)` no mention.
S = "supplementary_budget"
M = [
    trap(amt(2, "166.3億円", 16630000000, role=S, q=("draft",)), "total", "the agency's whole supplementary"),
    trap(amt(3, "119.1億円", 11910000000, role=S), "class", "非公共事業 class total"),
    trap(amt(4, "47.2億円", 4720000000, role=S), "class", "公共事業 class total"),
    cnt(8, "4地域", 4, "地域"),
]
_R = [(6, "44.9億円", 4490000000, "地球環境問題に対応する経済社会への転換", True),
      (7, "7.5億円", 750000000, "総合環境学習ゾーン・モデル事業", False),
      (9, "35億円", 3500000000, "地球温暖化対策国際研究棟(仮称)の整備", False),
      (11, "2.4億円", 240000000, "地球温暖化研究の推進に必要な試験研究に関する機器の整備", False),
      (16, "25.9億円", 2590000000, "ダイオキシン類対策等", True),
      (17, "17億円", 1700000000, "ダイオキシン類対策促進のための環境事業団による融資の円滑化", False),
      (19, "6.2億円", 620000000, "ダイオキシン類等化学物質研究に関する機器及び施設整備", False),
      (21, "2.7億円", 270000000, "ダイオキシン類精密実態調査", False)]
M += [amt(ln, t, v, role=S) for ln, t, v, _, _ in _R]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=None, fy_alt=[1998], role=S, program=p,
             why="a pillar or item of 環境庁's 第3次補正予算(案)",
             **({"ambiguous": True, "note": "a numbered pillar whose items follow (fresh8a's pillars as rows)"} if a else {}))
        for ln, t, v, p, a in _R]
NOT_ROWS = traps(M)
