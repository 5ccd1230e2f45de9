from kinds import amt, cnt, date, fyr, trap, traps

DOC = "yamaguchi_pref_r2_goshi_yotakukin_shitsumon"
# 山口県議会, a member's (合志栄一, 新政クラブ) general question on the cost of the prefecture's コロナ measures in 令和二年度
# (the assembly's video page, its transcript text): the year's supplementaries total `三千五百億円余` (`余` at_least, fresh7a),
# of which `二千九百億円余` are 制度融資 預託金 (deposits with the banks, returned at the year's end); the facilities they back
# (`経営安定資金では千二百億円の融資枠`, `対応資金では四千億円の融資枠`: `other`, fy null, traps, as fresh3's 融資枠); the remainder
# `六百億円` and its sources `国支出金が五百億円`, `百億円` (funds). All supplementary money is `supplementary_budget`, fy 2020
# (`令和二年度` heads the sentence; every session is of that year); the total and the remainder are traps (sums over many
# programmes); the deposit sum is an ambiguous row (the loan scheme's deposit money of the year, summed over four sessions);
# its repeat `総額二千九百億円` is neither row nor trap; the financing sources `other`, fy 2020, traps. Sessions named by month
# (`四月`, `六月`, `九月`, `十一月`) are dates of 2020; `四議会` a count; `その一`, list numbers no mentions.
S, O = "supplementary_budget", "other"
SUM = "a total over the year's supplementaries (many programmes), not one programme's appropriation"
FAC = "a lending facility (融資枠), not money the prefecture spends"
SRC = "a source of the supplementaries' financing, not an appropriation"
M = [
    fyr(2, "令和二年度", 2020),
    date(2, "四月", "2020-04"),
    date(2, "六月", "2020-06"),
    date(2, "九月", "2020-09"),
    date(2, "十一月", "2020-11"),
    cnt(2, "四議会", 4, "議会"),
    trap(amt(2, "三千五百億円", 350000000000, None, role=S, fy=2020, q=("at_least",)), "コロナ対策 補正予算 総額", SUM),
    amt(2, "二千九百億円", 290000000000, None, role=S, fy=2020, q=("at_least",)),
    trap(amt(2, "千二百億円", 120000000000, role=O), "経営安定資金 融資枠", FAC),
    trap(amt(2, "四千億円", 400000000000, role=O), "新型コロナウイルス感染症対応資金 融資枠", FAC),
    amt(2, "二千九百億円", 290000000000, role=S, fy=2020),
    amt(2, "三千五百億円", 350000000000, role=S, fy=2020),
    trap(amt(2, "六百億円", 60000000000, role=S, fy=2020), "コロナ対策 補正予算 (預託金を除く額)", SUM),
    trap(amt(2, "五百億円", 50000000000, role=O, fy=2020, q=("approx",)), "財源内訳 国支出金", SRC),
    trap(amt(2, "百億円", 10000000000, role=O, fy=2020), "財源内訳 財源調整用基金等", SRC),
]
ROWS = [
    dict(line=2, text="二千九百億円", budget_yen=290000000000, fy=2020, role=S, ambiguous=True,
         program="県制度融資 預託金 (経営安定資金・新型コロナウイルス感染症対応資金)",
         note="the deposits summed over the year's four sessions and a 専決; `余` makes it a floor",
         why="the loan schemes' deposit money appropriated in the 2020 supplementaries (a sum of several: ambiguous)"),
]
NOT_ROWS = traps(M)
