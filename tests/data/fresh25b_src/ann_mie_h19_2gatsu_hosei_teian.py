from kinds import amt, cnt, fyr, trap, traps

DOC = "mie_h19_2gatsu_hosei_teian"
# 三重県's governor's speech on the February supplementaries (a prefecture 予算案提案説明 in prose). The year is said
# once, AFTER the supplementary's figures (`これにより、平成19年度の予算総額は…`, line 3): it sets fy 2007 for every
# amount of the speech (fresh11b's 椴法華村: the year said after the figures sets their fy; `今年度` on line 2 is that
# year). The three accounts' supplementaries (`一般会計で…、特別会計で…、企業会計で…をそれぞれ減額`) are
# `supplementary_budget` totals, positive (the word carries the direction: fresh17d / fresh24c), traps; the totals
# after (`予算総額は、一般会計で…`, `三会計の合計額`) `budget`, traps (fresh8b / fresh24c); revenues by source (県税,
# 繰入金, 諸収入, 国庫支出金, 県債) `other`, traps; `公共事業全体では…を増額` a class of works, supplementary, a trap
# (fresh24c's groupings); the two 交付金 to the towns (`自動車取得税交付金で 3億6,150万円`, with the stored space, and
# `株式等譲渡所得割交付金で…`) are the speech's only named expense items: rows, AMBIGUOUS (decreases, fresh24c).
# `三会計` a count 3 会計 (kanji numerals count; fresh24c's `6会計`); `議案第74号` no mention.
S, B, O, FY = "supplementary_budget", "budget", "other", 2007
M = [
    cnt(1, "15件", 15, "件"), cnt(1, "1件", 1, "件"), cnt(1, "3件", 3, "件"), cnt(1, "19件", 19, "件"),
    trap(amt(2, "3億419万2千円", 304192000, role=S, fy=FY), "一般会計で…減額", "the general account's supplementary total"),
    trap(amt(2, "50億4,469万3千円", 5044693000, role=S, fy=FY), "特別会計で…減額", "the special accounts' supplementary total"),
    trap(amt(2, "24億3,303万7千円", 2433037000, role=S, fy=FY), "企業会計で…減額", "the enterprise accounts' supplementary total"),
    fyr(3, "平成19年度", FY),
    trap(amt(3, "6,865億4,401万1千円", 686544011000, fy=FY), "平成19年度の予算総額 一般会計", "an account total after the supplementary"),
    cnt(3, "三会計", 3, "会計"),
    trap(amt(3, "7,748億4,455万4千円", 774844554000, fy=FY), "三会計の合計額", "the all-accounts total after the supplementary"),
    trap(amt(5, "19億9,500万円", 1995000000, role=O, fy=FY), "県税収入 (歳入)", "a revenue"),
    trap(amt(5, "20億9,807万5千円", 2098075000, role=O, fy=FY), "財政調整基金等からの繰入金 (歳入)", "a revenue (fund drawdown)"),
    trap(amt(5, "11億6,153万8千円", 1161538000, role=O, fy=FY), "諸収入 (歳入)", "a revenue"),
    trap(amt(5, "8億7,755万1千円", 877551000, role=O, fy=FY), "国庫支出金 (歳入)", "a revenue"),
    trap(amt(5, "58億3,840万円", 5838400000, role=O, fy=FY), "県債 (歳入)", "a revenue (bonds)"),
    trap(amt(6, "10億5,033万1千円", 1050331000, role=S, fy=FY), "公共事業全体", "a class of works (grouping)"),
    amt(7, "3億6,150万円", 361500000, role=S, fy=FY),
    amt(7, "3億1,987万7千円", 319877000, role=S, fy=FY),
]
N = "a decrease written unsigned: budget_yen as written (the word 減額 carries the direction; fresh17d, fresh24c)"
ROWS = [
    dict(line=7, text="3億6,150万円", budget_yen=361500000, fy=FY, program="自動車取得税交付金", role=S,
         ambiguous=True, note=N, why="a named expense item of the FY2007 February supplementary"),
    dict(line=7, text="3億1,987万7千円", budget_yen=319877000, fy=FY, program="株式等譲渡所得割交付金", role=S,
         ambiguous=True, note=N, why="a named expense item of the FY2007 February supplementary"),
]
NOT_ROWS = traps(M)
