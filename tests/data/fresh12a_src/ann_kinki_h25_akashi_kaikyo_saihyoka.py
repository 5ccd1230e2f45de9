from kinds import amt, cnt, date, fyr

DOC = "kinki_h25_akashi_kaikyo_saihyoka"
# 近畿地方整備局's re-evaluation material for its 事業評価監視委員会 (平成25年度 第4回, 平成25年12月): a national park's
# project, cover, contents and the project's outline as one cell a line. Its one amount is `全体事業費 958億円`, the
# whole project's cost (an estimate over the project's life, not a year's budget): `other`, fy null, a trap (the brief:
# a cost estimate is `other`). The outline's years: `H5年度` … `H28年度予定` fiscal years (one each, the bracketed
# `(H7年度)` too), `H6年5月` a date, `H12.3~9` a dotted era date range (2000-03..2000-09, GUIDE's dotted dates), `H23.1`
# a date; `平 成 2 5 年 1 2 月` a spaced date (text as written). `約47万人` a count (年間利用者数), `(H24年度)` its year.
# `96.1(39.5) ha`, `233.9 … ha` areas (no kind); `都市公園法第2条第1項第2号` a law number; `ジャパンフローラ2000` a name;
# `No.13-1`, `(1)` … `(3)`, `1`, `1.` … `6.`, `1)` … `3)`, `第一期`, `第4回`: no mentions. The furigana lines hold no figure.
O = "other"
M = [
    date(7, "平 成 2 5 年 1 2 月", "2013-12"),
    fyr(13, "平成25年度", 2013),
    cnt(41, "47万人", 470000, "人", q=("approx",)),
    fyr(42, "H24年度", 2012),
    amt(44, "958億円", 95800000000, role=O),
    fyr(46, "H5年度", 1993),
    date(48, "H6年5月", "1994-05"),
    fyr(50, "H6年度", 1994), fyr(51, "H8年度", 1996),
    fyr(53, "H7年度", 1995), fyr(53, "H7年度", 1995),
    fyr(54, "H9年度", 1997), fyr(54, "H14年度", 2002),
    fyr(56, "H13年度", 2001), fyr(57, "H28年度", 2016),
    date(58, "H12.3~9", "2000-03", "2000-09"),
    date(61, "H23.1", "2011-01"),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=44, text="958億円", value_yen=95800000000, fy=None, mention_role=O, what="全体事業費",
         reason="the whole project's cost over its life (an estimate under re-evaluation), not a year's budget"),
]
