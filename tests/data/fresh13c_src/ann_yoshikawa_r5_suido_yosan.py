from kinds import amt, cnt, fyr, pct, trap, traps

DOC = "yoshikawa_r5_suido_yosan"
# 吉川市 令和5年度水道事業予算 (予算のあらまし): the title labels every amount FY2023. Two named capital works with their
# money (`配水改良事業が4億8,118万6千円`, `施設更新事業は2,866万3千円`): `budget`, ROWS (an enterprise's year's works named
# with figures: fresh12c 養父市, fresh6a 蒲郡市); their changes `前年度に比べ2,972万1千円`, `1億5,469万円` `other`, traps
# (the previous year's figure itself is not written: previous_budget_yen null). The account's sides: 収益的支出 / 資本的支出
# `budget`, 収益的収入 / 資本的収入 `other`, each change `other`: traps. The shortfall is cut by the length limit inside
# its figure (`不足する6億408万7`, its `千円` lost): no mention, as the earlier sets' figures cut by the limit (fresh9b
# 大木町's `1億 2,003`, fresh7a's `農業農村事業が6`; blind audit: the annotator's amount valued 604,087,000 from the
# deck's 資本的支出 − 資本的収入 removed). Volumes in 立方メートル are no mention (physical unit); `パーセント` is a percent.
B, O = "budget", "other"
FY = 2023
REV = ("an enterprise account's revenue side", "revenue, not an appropriation")
EXP = ("an enterprise account's expenditure side", "the whole account's side, no programme's own budget")
CHG = ("the change against the previous year", "a change, not a budget")
M = [
    fyr(1, "令和5年度", 2023), fyr(2, "令和5年度", 2023),
    cnt(6, "31,439戸", 31439, "戸"), cnt(6, "159戸", 159, "戸"), pct(6, "0.51パーセント", 0.51),
    pct(7, "1.36パーセント", 1.36),
    amt(8, "4億8,118万6千円", 481186000, fy=FY), trap(amt(8, "2,972万1千円", 29721000, role=O, fy=FY), *CHG),
    pct(8, "6.58パーセント", 6.58), amt(8, "2,866万3千円", 28663000, fy=FY),
    trap(amt(8, "1億5,469万円", 154690000, role=O, fy=FY), *CHG), pct(8, "84.37パーセント", 84.37),
    trap(amt(10, "15億8,536万5千円", 1585365000, role=O, fy=FY), *REV),
    trap(amt(10, "169万7千円", 1697000, role=O, fy=FY), *CHG), pct(10, "0.11パーセント", 0.11),
    trap(amt(10, "15億6,720万6千円", 1567206000, role=B, fy=FY), *EXP),
    trap(amt(10, "25万7千円", 257000, role=O, fy=FY), *CHG), pct(10, "0.02パーセント", 0.02),
    trap(amt(12, "1億9,240万6千円", 192406000, role=O, fy=FY), *REV),
    trap(amt(12, "9,664万8千円", 96648000, role=O, fy=FY), *CHG), pct(12, "100.93パーセント", 100.93),
    trap(amt(12, "7億9,649万3千円", 796493000, role=B, fy=FY), *EXP),
    trap(amt(12, "1億5,197万9千円", 151979000, role=O, fy=FY), *CHG), pct(12, "16.02パーセント", 16.02),
]
W = "named under `主な建設改良事業` of 令和5年度水道事業予算 with its own figure"
ROWS = [
    dict(line=8, text="4億8,118万6千円", budget_yen=481186000, fy=FY, program="配水改良事業", role=B,
         aliases=["吉川市水道事業 配水改良事業"], why=W + " (`前年度に比べ2,972万1千円…増額`: the previous figure is not written)"),
    dict(line=8, text="2,866万3千円", budget_yen=28663000, fy=FY, program="施設更新事業", role=B,
         aliases=["吉川市水道事業 施設更新事業"], why=W + " (`前年度に比べ1億5,469万円…減額`)"),
]
NOT_ROWS = traps(M)
