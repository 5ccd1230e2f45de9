from kinds import amt, date, fyr, trap, traps

DOC = "ooki_h21_gikai_hosei_tokubetsu"
# A town council newsletter page (10ページ; the town is 福岡県大木町 by `大川・大木バイパス` and `大川市議会と協議`; the stored text
# does not name it) with a flattened table `件名 | 補正額 | 補正後の総額 | 主な内容 | 議決結果` of three 平成21年度 supplementaries
# of the special and enterprise accounts; every amount FY2009 (`平成21年度補正予算` heading). The cells arrive one a line and out
# of order; each figure is read by its neighbours:
# - 老人保健特別会計(第2号): `2320万円減額` its supplementary (supplementary, POSITIVE: the word carries the direction,
#   fresh8b's 長野県), `628万3千円` the total after (budget), the revenue `支払基金交付金 1401万1千円減額` (other), the
#   expense `医療諸費 2320万円減額` a row, ambiguous (a decrease written unsigned).
# - 後期高齢者医療特別会計(第1号): `61万2千円` its supplementary (line 25), `1億1902万1千円` the total after, the revenue
#   `繰越金 61万2千円` (other), the expense `諸支出金 61万2千円` (a settlement to the general account) a row, ambiguous.
# - 水道事業会計(第3号): the two `110万円減額` cells (收益的収入 / 支出) and the two `300万円` cells (資本的収入 / 支出, lines 44 and
#   49) supplementary traps (the account's parts); `2億1549万41千円` (as written: 2億1549万 + 41千 = 215,531,000, NEW: a
#   garbled cell summed by the GUIDE's compound rule), `2億708万6千円`, `602万円`, `471万2千円` the totals after (budget,
#   traps; which total is whose is not recoverable, arguable); revenues `他会計負担金 110万円減額`, `工事負担金 300万円`
#   (other, traps); expenses `消火栓の補修工事費 110万円減額` (row, ambiguous, a decrease) and `配水設備改良費 300万円` (row).
# Dates: `平成21年6月議会` → 2009-06, `10月の全員協議会` → 2009-10. `(第N号)`, `国道442号`, `10ページ`, `132.2KB` no mentions.
S, B, O, FY = "supplementary_budget", "budget", "other", 2009
TR = dict(S="supplementary total of an account", B="account total after a supplementary", O="revenue of a supplementary")
R = {"S": S, "B": B, "O": O}
CELLS = [  # (line, text, yen, kind, what) of the traps
    (9, "1401万1千円", 14011000, "O", "老人保健 支払基金交付金の減額"),
    (12, "2320万円", 23200000, "S", "老人保健特別会計(第2号)の補正額 (減額)"),
    (13, "628万3千円", 6283000, "B", "老人保健特別会計の補正後の総額"),
    (21, "61万2千円", 612000, "O", "後期高齢者医療 繰越金"),
    (25, "61万2千円", 612000, "S", "後期高齢者医療特別会計(第1号)の補正額"),
    (26, "1億1902万1千円", 119021000, "B", "後期高齢者医療特別会計の補正後の総額"),
    (35, "110万円", 1100000, "S", "水道事業会計(第3号) 収益的収入/支出の補正額 (減額)"),
    (36, "2億1549万41千円", 215531000, "B", "水道事業会計 補正後の総額 (収益的)"),
    (37, "110万円", 1100000, "S", "水道事業会計(第3号) 収益的収入/支出の補正額 (減額)"),
    (42, "602万円", 6020000, "B", "水道事業会計 補正後の総額 (資本的)"),
    (44, "300万円", 3000000, "S", "水道事業会計(第3号) 資本的支出の補正額"),
    (48, "2億708万6千円", 207086000, "B", "水道事業会計 補正後の総額 (収益的支出)"),
    (49, "300万円", 3000000, "S", "水道事業会計(第3号) 資本的収入の補正額"),
    (50, "110万円", 1100000, "O", "水道事業 他会計負担金の減額"),
    (56, "471万2千円", 4712000, "B", "水道事業会計 補正後の総額 (資本的)"),
    (57, "300万円", 3000000, "O", "水道事業 工事負担金"),
]
ITEMS = [  # (line, text, yen, programme, decrease)
    (16, "2320万円", 23200000, "老人保健特別会計 医療諸費", True),
    (29, "61万2千円", 612000, "後期高齢者医療特別会計 諸支出金 (一般会計への精算金)", False),
    (47, "110万円", 1100000, "水道事業会計 消火栓の補修工事費", True),
    (61, "300万円", 3000000, "水道事業会計 配水設備改良費", False),
]
M = [
    fyr(2, "平成21年度", FY),
    *[trap(amt(ln, t, v, role=R[k], fy=FY), w, TR[k]) for ln, t, v, k, w in CELLS],
    *[amt(ln, t, v, role=S, fy=FY) for ln, t, v, _, _ in ITEMS],
    date(64, "平成21年6月", "2009-06"),
    date(72, "10月", "2009-10"),
]
ROWS = [dict(line=ln, text=t, budget_yen=v, fy=FY, role=S, program=p,
             why="an expense line (主な内容) of a 平成21年度 special or enterprise account's supplementary with its own figure",
             **({"ambiguous": True, "note": "a DECREASE written unsigned (`減額`)"} if dec else
                {"ambiguous": True} if "諸支出金" in p else {}))
        for ln, t, v, p, dec in ITEMS]
NOT_ROWS = traps(M)
