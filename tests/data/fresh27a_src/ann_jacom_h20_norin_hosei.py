from kinds import amt, cnt, date, pct, trap, traps

DOC = "jacom_h20_norin_hosei"
# JAcom (農業協同組合新聞) 2008-09-30: 農林水産省関係 of the government's 20年度一般会計補正予算案 (the 安心実現のための緊急総合対策).
# The page writes the year era-less only (`20年度`: no fiscal_year mention, GUIDE) and no full year: fy null on every
# amount, rows `fy_alt` [2008] (fresh24a's bci.co.jp, fresh8a). Every figure is money of the supplementary
# (`supplementary_budget`): the ministry's total `2602億円`, its 非公共 / 公共 classes and its 農林 / 水産 / 災害対策 splits
# (the 農林関係 one written twice) are traps (fresh8a's classes, fresh24c's groupings); the note's `森林吸収源対策243億円`
# (a re-count between classes) a trap. The 3本建て measures `790億円`, `120億円`, `243億円` are named measures: rows,
# ambiguous (fresh8a's pillars as rows; 790 / 120 hold the programmes listed below). Programmes `(500億円)`, `(85億円)`,
# `80億円` (the 無利子化特別枠), `(25億円)`, `(4億円)`, `(23億円)` rows. `9月29日` dated from the address (2008-09);
# `6月` the same year's June; `2割以上` 20..null at_least; `3本建て` a count 3 本 (fresh24a's `3本柱`).
S = "supplementary_budget"
T = "a grouping of the supplementary (class or sector split of the ministry's part), not one programme"
M = [
    date(1, "9月29日", "2008-09-29"),
    trap(amt(1, "2602億円", 260200000000, role=S), "total", "the ministry's whole part of the supplementary"),
    trap(amt(1, "1510億円", 151000000000, role=S), "class", "非公共費 class total"),
    trap(amt(1, "1092億円", 109200000000, role=S), "class", "公共費 class total"),
    trap(amt(1, "1153億円", 115300000000, role=S), "grouping", T),
    trap(amt(1, "600億円", 60000000000, role=S), "grouping", T),
    trap(amt(1, "1092億円", 109200000000, role=S), "grouping", T),
    trap(amt(1, "243億円", 24300000000, role=S), "restatement", "a note on a measure re-counted as 公共費, not a row of its own"),
    trap(amt(2, "1153億円", 115300000000, role=S), "grouping", T),
    amt(2, "790億円", 79000000000, role=S),
    amt(2, "120億円", 12000000000, role=S),
    amt(2, "243億円", 24300000000, role=S),
    cnt(2, "3本", 3, "本"),
    amt(3, "500億円", 50000000000, role=S),
    pct(3, "2割", 20, None, q=("at_least",)),
    amt(3, "85億円", 8500000000, role=S),
    date(3, "6月", "2008-06"),
    amt(3, "80億円", 8000000000, role=S),
    amt(4, "25億円", 2500000000, role=S),
    amt(4, "4億円", 400000000, role=S),
    amt(5, "23億円", 2300000000, role=S),
]
W = "a measure of the ministry's part of the 20年度補正予算案 with its own figure"
_R = [
    (2, "790億円", 79000000000, "農業における燃油・飼料・肥料対策", True),
    (2, "120億円", 12000000000, "強い農林業の創出対策", True),
    (2, "243億円", 24300000000, "森林吸収源対策", True),
    (3, "500億円", 50000000000, "肥料・燃油高騰対応緊急対策事業", False),
    (3, "85億円", 8500000000, "配合飼料価格安定対策事業", False),
    (3, "80億円", 8000000000, "スーパーL資金・農業近代化資金の無利子化特別枠", False),
    (4, "25億円", 2500000000, "耕作放棄地再生利用推進事業", False),
    (4, "4億円", 400000000, "農山漁村活性化プロジェクト支援交付金", False),
    (5, "23億円", 2300000000, "強い農業づくり交付金等", False),
]
PILLAR = {"ambiguous": True, "note": "a named measure of the 3本建て that groups programmes (fresh8a's pillars as rows)"}
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=None, fy_alt=[2008], role=S, program=p, why=W, **(PILLAR if a else {}))
        for ln, t, v, p, a in _R]
# Audit (audit28a): the text's own phrase as an alias where the gold name paraphrases it (fresh24a's audit).
_AL = {'80億円': ['無利子化特別枠']}
for _r in ROWS:
    _r["aliases"] = _AL.get(_r["text"], [])
NOT_ROWS = traps(M)
