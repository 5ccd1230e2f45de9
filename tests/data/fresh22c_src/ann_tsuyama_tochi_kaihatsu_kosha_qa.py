from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "tsuyama_tochi_kaihatsu_kosha_qa"
# 岡山県津山市's Q&A on its 土地開発公社 (a 地方三公社, part of the 第三セクター等). The owners' capital `本市が600万円、
# 鏡野町・勝央町が各50万円の合計700万円` — investments in the body: `other`, fy null, traps (the 50万円 is each town's share,
# no per). The borrowings `平成23年度決算で総額147億9千万円`: a balance, `other`, fy 2011, a trap. Founding and works years
# `昭和48年`, `昭和56年`, `平成3年`, `平成10年` dates; `4町` a count; `93.2ha`, `44.8ha` (areas) no mentions; `約48%`
# approx; `平成24年度末時点` a fiscal year (a point); `3分の1` a fraction, no mention. The site chrome lines no mentions.
O = "other"
M = [
    date(10, "昭和48年", "1973"),
    date(11, "昭和56年", "1981"),
    cnt(11, "4町", 4, "町"),
    trap(amt(11, "600万円", 6000000, role=O), "津山市の土地開発公社への出資額", "an investment in the body (capital)"),
    trap(amt(11, "50万円", 500000, role=O), "鏡野町・勝央町の各出資額", "an investment in the body (capital), each town's"),
    trap(amt(11, "700万円", 7000000, role=O), "土地開発公社への出資額 合計", "the body's capital (a total)"),
    date(15, "平成3年", "1991"),
    date(15, "平成10年", "1998"),
    pct(15, "48%", 48, q=("approx",)),
    fyr(15, "平成24年度", 2012),
    fyr(18, "平成23年度", 2011),
    trap(amt(18, "147億9千万円", 14790000000, role=O, fy=2011), "土地開発公社 借入金 総額 (平成23年度決算)",
         "a balance of the body's borrowings"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
