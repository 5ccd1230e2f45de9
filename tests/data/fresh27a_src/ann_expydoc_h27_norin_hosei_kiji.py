from kinds import amt, fyr, trap, traps

DOC = "expydoc_h27_norin_hosei_kiji"
# A trade paper's article (expydoc transcript `記事全文`): 農林水産省の平成27年度補正予算(案). The title line makes every
# figure `supplementary_budget` FY2015 (GUIDE's title label; `(案)` in the title only is no draft). The 公共 / 非公共
# classes (`1,448億円`, `2,560億円`), their sum `4,008億円` and the TPP関連対策 share `3,122億円` are traps (fresh8a's
# classes, fresh24a's totals). NEW: the headline's `1、446億円` (an ideographic comma as the thousands separator, and a
# figure that differs from the body's `1,448億円`) is read as written, 144,600,000,000, a class-total trap; the headline's
# `災害復旧等に158億円` restates item ① (ambiguous row, fresh8a's headline restatements). Items ①-⑥ and the quoted
# programmes are rows; `164` + `億円` broken over lines 19-20 (GUIDE: text the part on the first line, the whole value).
S, FY = "supplementary_budget", 2015
M = [
    fyr(2, "平成27年度", FY),
    trap(amt(3, "1、446億円", 144600000000, role=S, fy=FY), "class", "公共事業 class total in the headline"),
    amt(3, "158億円", 15800000000, role=S, fy=FY),
    fyr(4, "平成27年度", FY),
    trap(amt(4, "1,448億円", 144800000000, role=S, fy=FY), "class", "公共事業 class total"),
    trap(amt(5, "2,560億円", 256000000000, role=S, fy=FY), "class", "非公共事業 class total"),
    trap(amt(5, "4,008億円", 400800000000, role=S, fy=FY), "total", "the ministry's whole supplementary"),
    trap(amt(5, "3,122億円", 312200000000, role=S, fy=FY), "grouping", "TPP関連対策 share of the supplementary"),
]
_R = [
    (7, "158億円", 15800000000, "災害復旧等事業"),
    (8, "50億円", 5000000000, "農業農村整備事業(洪水被害防止対策・耐震化対策)"),
    (8, "49億円", 4900000000, "治山事業"),
    (9, "38億円", 3800000000, "水産基盤整備事業"),
    (9, "2億円", 200000000, "特殊自然災害対策施設緊急整備事業"),
    (10, "2億円", 200000000, "農林水産業共同利用施設災害復旧事業"),
    (12, "370億円", 37000000000, "農地の更なる大区画化・汎用化の推進"),
    (15, "406億円", 40600000000, "水田の畑地・樹園地の高機能化の推進"),
    (17, "46億円", 4600000000, "加工施設再編等緊急対策事業"),
    (19, "164", 16400000000, "畜産クラスターを後押しする草地整備の推進"),
    (21, "43億円", 4300000000, "農畜産物輸出拡大施設整備事業"),
    (22, "55億円", 5500000000, "水産物輸出拡大緊急対策事業"),
    (25, "171億円", 17100000000, "森林整備事業"),
    (27, "10億円", 1000000000, "ノリ競争力強化対策"),
]
M += [amt(ln, t, v, role=S, fy=FY) for ln, t, v, _ in _R]
W = "a programme of 農林水産省の平成27年度補正予算(案) with its own figure"
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, role=S, program=p, why=W) for ln, t, v, p in _R]
ROWS.append(dict(line=3, text="158億円", budget_yen=15800000000, fy=FY, role=S, program="災害復旧等事業", why=W,
                 ambiguous=True, note="the headline restates item ① (line 7)"))
NOT_ROWS = traps(M)
