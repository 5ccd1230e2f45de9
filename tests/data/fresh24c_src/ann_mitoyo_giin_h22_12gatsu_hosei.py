from kinds import amt, date, fyr, trap, traps

DOC = "mitoyo_giin_h22_12gatsu_hosei"
# A 三豊市 council member's blog (8108.jp; the city by `たくまシーマックス`, `三観広域行政組合`, `高瀬天然温泉`) on the 12月定例会's
# 一般会計補正予算案 of 平成22年度 (line 3 scopes every amount: FY2010). `3憶91,615千円` and `289憶70,975千円`: `憶` a typo for
# `億` (fresh earlier sets' `1憶1200万円`, `4憶2,148万1千円`), compound sums 391,615,000 and 28,970,975,000: the supplementary's
# own size (a trap) and the total after (budget, a trap). NEW: the list the blog heads `※歳出の主なものは` is by the
# page's own `≪国庫支出金≫`, `≪県支出金≫`, `≪寄付金≫`, `≪繰入金≫`, `≪諸収入≫`, `≪市債≫` headings the REVENUE side (負担金,
# 交付金, 補助金, 寄付金, 繰入金, 還付金, 保険金, 使用料, 市債 by work): every figure there is `other`, a trap (fresh8b:
# revenues of a supplementary), the `▲` ones negative; the fund's year-end balance `5,949,532千円` (`22年度末見込み`, an
# era-less year: no fiscal_year mention, its era fixed by line 3) other FY2010, a trap. Then `※各課別歳出の主なものは`: the
# section's total `≪政策課 ▲27,005千円≫` supplementary_budget, a trap (a grouping by section), and `バイオマスタウン構想委託料
# ▲26,900千円` a programme's decrease: a row, ambiguous, negative (fresh8b). The text is cut inside the next item.
# `12月定例会` (×2) → 2010-12 (a session named by its month; the December of FY2010).
S, B, O, FY = "supplementary_budget", "budget", "other", 2010
REV = [  # (line, text, yen, what) of the revenue list
    (5, "▲1,476千円", -1476000, "国庫支出金 (計)"), (6, "▲39,714千円", -39714000, "子ども手当負担金"),
    (7, "35,000千円", 35000000, "道路橋りょう費 国庫支出金"), (8, "▲12,500千円", -12500000, "森林・林業・木材産業づくり交付金"),
    (9, "6,914千円", 6914000, "次世代育成支援対策交付金"), (10, "3,519千円", 3519000, "安全安心な学校づくり交付金"),
    (12, "72,483千円", 72483000, "県支出金 (計)"), (13, "19,261千円", 19261000, "後期高齢者医療保険料県負担金"),
    (14, "16,200千円", 16200000, "介護保険費県補助金"), (15, "10,142千円", 10142000, "オリーブ生産拡大補助金"),
    (16, "9,033千円", 9033000, "放課後児童健全育成県補助金"), (17, "12,595千円", 12595000, "予防費県補助金"),
    (18, "6,925千円", 6925000, "地域子育て創生県補助金"), (19, "1,000千円", 1000000, "小規模ため池緊急防災県補助金"),
    (20, "20,380千円", 20380000, "寄付金 (計)"), (21, "10,000千円", 10000000, "中学校費寄付金"),
    (22, "10,150千円", 10150000, "小学校費寄付金"), (24, "164,826千円", 164826000, "繰入金 (計)"),
    (25, "163,968千円", 163968000, "財政調整基金繰入金"), (26, "858千円", 858000, "中小企業振興基金繰入金"),
    (27, "85,331千円", 85331000, "諸収入 (計)"), (28, "73,211千円", 73211000, "三観広域行政組合還付金"),
    (29, "4,209千円", 4209000, "たくまシーマックス建物共済保険金"), (30, "3,451千円", 3451000, "たくまシーマックス大規模修繕積立金"),
    (31, "1,845千円", 1845000, "高瀬天然温泉施設使用料"), (32, "51,900千円", 51900000, "市債 (計)"),
    (33, "35,000千円", 35000000, "市債 道路橋りょう費"), (34, "16,900千円", 16900000, "市債 県営各種事業費"),
]
M = [
    date(1, "12月", "2010-12"),
    date(2, "12月", "2010-12"),
    trap(amt(3, "3憶91,615千円", 391615000, role=S, fy=FY), "一般会計補正予算案の増額", "supplementary total"),
    fyr(3, "平成22年度", FY),
    trap(amt(3, "289憶70,975千円", 28970975000, role=B, fy=FY), "平成22年度補正後予算総額",
         "account total after a supplementary"),
    *[trap(amt(ln, t, v, role=O, fy=FY), w + " (歳入)", "revenue of a supplementary") for ln, t, v, w in REV],
    trap(amt(25, "5,949,532千円", 5949532000, role=O, fy=FY), "財政調整基金の22年度末残高見込み", "fund balance"),
    trap(amt(37, "▲27,005千円", -27005000, role=S, fy=FY), "政策課の歳出補正 (計)", "a grouping by section"),
    amt(38, "▲26,900千円", -26900000, role=S, fy=FY),
]
ROWS = [
    dict(line=38, text="▲26,900千円", budget_yen=-26900000, fy=FY, role=S, ambiguous=True,
         why="an expenditure item of the 平成22年度 12月補正予算案 listed by section, with its own figure; a DECREASE",
         program="バイオマスタウン構想委託料", note="a decrease (▲) in the supplementary"),
]
NOT_ROWS = traps(M)
