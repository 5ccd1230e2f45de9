from kinds import amt, cnt, fyr, trap, traps

DOC = "mie_h21_2gatsu_hosei_teian"
# 三重県's governor's speech on the FY2009 February supplementaries: the same shape as mie_h19 (the year said once
# after the accounts' supplementaries, `平成21年度の予算総額` on line 3, fy 2009 throughout). Accounts'
# supplementaries `supplementary_budget` traps (positive); totals after `budget` traps; revenues (国庫支出金 and its
# named 交付金 / 補助金, 地方譲与税, 基金繰入金 and its named funds) `other` traps, their sums too; `公共事業等について…
# 19億…` a class, a trap; `合わせて84億…を増額` (the fund deposits' sum) a grouping, a trap. Rows: the two named fund
# deposits (`庁舎等整備基金に51億…`, `森林整備加速化・林業再生基金に17億…`) and `県税過誤納金等還付金` (a decrease,
# AMBIGUOUS, fresh24c). `森林整備加速化・林業再生事業費補助金17億円` (revenue, other) beside the fund deposit of nearly the
# same name: two figures, two roles.
S, B, O, FY = "supplementary_budget", "budget", "other", 2009
M = [
    cnt(1, "15件", 15, "件"), cnt(1, "4件", 4, "件"), cnt(1, "19件", 19, "件"),
    trap(amt(2, "12億728万7千円", 1207287000, role=S, fy=FY), "一般会計で…減額", "the general account's supplementary total"),
    trap(amt(2, "19億5,483万3千円", 1954833000, role=S, fy=FY), "企業会計で…減額", "the enterprise accounts' supplementary total"),
    trap(amt(2, "5億2,112万2千円", 521122000, role=S, fy=FY), "特別会計で…増額", "the special accounts' supplementary total"),
    fyr(3, "平成21年度", FY),
    trap(amt(3, "7,686億6,436万円", 768664360000, fy=FY), "平成21年度の予算総額 一般会計", "an account total after the supplementary"),
    cnt(3, "三会計", 3, "会計"),
    trap(amt(3, "8,509億1,150万2千円", 850911502000, fy=FY), "三会計の合計額", "the all-accounts total after the supplementary"),
    trap(amt(5, "55億176万7千円", 5501767000, role=O, fy=FY), "地域活性化・公共投資臨時交付金 (歳入)", "a revenue"),
    trap(amt(5, "17億円", 1700000000, role=O, fy=FY), "森林整備加速化・林業再生事業費補助金 (歳入)", "a revenue"),
    trap(amt(5, "65億4,818万7千円", 6548187000, role=O, fy=FY), "国庫支出金 合わせて (歳入)", "a revenue (sum)"),
    trap(amt(6, "24億3,800万円", 2438000000, role=O, fy=FY), "地方法人特別譲与税 (歳入)", "a revenue"),
    trap(amt(6, "9億3,315万2千円", 933152000, role=O, fy=FY), "緊急雇用創出事業臨時特例基金 繰入金 (歳入)", "a revenue (fund drawdown)"),
    trap(amt(6, "4億873万1千円", 408731000, role=O, fy=FY), "ふるさと雇用再生特別基金 繰入金 (歳入)", "a revenue (fund drawdown)"),
    trap(amt(6, "54億9,656万2千円", 5496562000, role=O, fy=FY), "基金繰入金 合わせて (歳入)", "a revenue (sum)"),
    trap(amt(7, "19億5,959万1千円", 1959591000, role=S, fy=FY), "公共事業等", "a class of works (grouping)"),
    amt(7, "12億9,315万円", 1293150000, role=S, fy=FY),
    amt(8, "51億9,528万2千円", 5195282000, role=S, fy=FY),
    amt(8, "17億101万6千円", 1701016000, role=S, fy=FY),
    trap(amt(8, "84億7,019万7千円", 8470197000, role=S, fy=FY), "基金積立金 合わせて", "a sum of fund deposits (grouping)"),
]
W = "a named expense item of the FY2009 February supplementary"
ROWS = [
    dict(line=7, text="12億9,315万円", budget_yen=1293150000, fy=FY, program="県税過誤納金等還付金", role=S, ambiguous=True,
         note="a decrease written unsigned (fresh24c)", why=W),
    dict(line=8, text="51億9,528万2千円", budget_yen=5195282000, fy=FY, program="庁舎等整備基金",
         aliases=["庁舎等整備基金積立金"], role=S, why=W + ": a fund deposit"),
    dict(line=8, text="17億101万6千円", budget_yen=1701016000, fy=FY, program="森林整備加速化・林業再生基金",
         aliases=["森林整備加速化・林業再生基金積立金"], role=S, why=W + ": a fund deposit"),
]
NOT_ROWS = traps(M)
