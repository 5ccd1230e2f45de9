from kinds import amt, date, trap, traps

DOC = "inzai_r4_hojokin_chiholog"
# 千葉県印西市議会: chiholog.net's search page for 「補助金」 (first hit: the 2022-09-30 sitting, committee chairs'
# reports). Line 2 (repeated on line 3) reports a committee's question and the answer: `民間保育園の助成に関する経費
# 3,185万円` and its two named parts `物価高騰対策補助金…給食の補助を行う経費として1,225万円`, `新型コロナウイルス感染症
# 対策補助金として1,960万円`, `合わせて3,185万円の計上` (budget: the programme a row; its parts, written inside its
# figure, ambiguous rows (fresh11b's blind audit; fresh13d's blind audit limits its call 2 to items with their own
# heading); the sum restated and the repeated line ambiguous rows, fresh10b). Line 5: `障害福祉サービス事務処理システムを改修
# するため、383万4,000円を増額補正` (supplementary_budget, a row, GUIDE). Line 6, another hit: `老人福祉費として民生費の
# 中で支出されているもの` (money being spent under a function, by item, `約`: other, approx, traps: spending figures of a
# field's items, not budgets stated as such; NEW, arguable). No fiscal year is written: fy null; the rows carry
# fy_alt [2022] (the sitting's year; a September session's supplementary of FY2022). `2022-09-30` and `09月30日` dates.
B, S, O = "budget", "supplementary_budget", "other"
FA = [2022]
SP = "money being spent on an item of 老人福祉費 (another hit): a spending figure, not a budget stated as such"
M = [date(1, "2022-09-30", "2022-09-30"), date(1, "09月30日", "2022-09-30")]
for ln in (2, 3):
    M += [amt(ln, "3,185万円", 31850000), amt(ln, "1,225万円", 12250000), amt(ln, "1,960万円", 19600000),
          amt(ln, "3,185万円", 31850000)]
M += [
    amt(5, "383万4,000円", 3834000, role=S),
    trap(amt(6, "866万円", 8660000, role=O, q=("approx",)), "外出支援サービス委託", SP),
    trap(amt(6, "3万8,000円", 38000, role=O), "訪問理容サービス委託", SP),
    trap(amt(6, "315万円", 3150000, role=O, q=("approx",)), "緊急通報装置貸与", SP),
    trap(amt(6, "638万円", 6380000, role=O, q=("approx",)), "シニアクラブへの補助金", SP),
    trap(amt(6, "52万円", 520000, role=O, q=("approx",)), "はり・きゅう・マッサージ助成金", SP),
]
MIN = "千葉県印西市"
P0, P1 = "民間保育園の助成 (保育所費)", "物価高騰対策補助金 (保育所・こども園の給食)"
P2 = "新型コロナウイルス感染症対策補助金 (保育所・こども園)"
PART = ("a named part written inside its parent's figure (the answer splits `経費3,185万円の内容`): ambiguous "
        "(fresh11b's blind audit, fresh4, fresh8a): ")
REP = "the same figure restated (`合わせて`) or the search page's repeated hit (fresh10b)"
ROWS = []
for ln in (2, 3):
    amb = {"ambiguous": True} if ln == 3 else {}
    ROWS += [
        dict(line=ln, text="3,185万円", budget_yen=31850000, fy=None, fy_alt=FA, program=P0, role=B, ministry=MIN,
             why=REP if ln == 3 else "`民間保育園の助成に関する経費3,185万円`: the programme's figure the answer explains", **amb),
        dict(line=ln, text="1,225万円", budget_yen=12250000, fy=None, fy_alt=FA, program=P1, role=B, ministry=MIN,
             ambiguous=True, why=REP if ln == 3 else PART + "`物価高騰対策補助金として…給食の補助を行う経費として1,225万円`"),
        dict(line=ln, text="1,960万円", budget_yen=19600000, fy=None, fy_alt=FA, program=P2, role=B, ministry=MIN,
             ambiguous=True, why=REP if ln == 3 else PART + "`新型コロナウイルス感染症対策補助金として1,960万円`"),
        dict(line=ln, text="3,185万円", budget_yen=31850000, fy=None, fy_alt=FA, program=P0, role=B, ministry=MIN,
             ambiguous=True, why=REP),
    ]
ROWS.append(dict(line=5, text="383万4,000円", budget_yen=3834000, fy=None, fy_alt=FA,
                 program="障害福祉サービス費支給事業 (障害福祉サービス事務処理システム改修)", role=S, ministry=MIN,
                 why="`障害福祉サービス事務処理システムを改修するため、383万4,000円を増額補正`"))
NOT_ROWS = traps(M)
