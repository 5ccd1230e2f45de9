from kinds import amt, cnt, fyr, pct, trap, traps

DOC = "yoshikawa_h22_suido_yosan"
# 吉川市 平成22年度水道事業予算 (the same issuer's page thirteen years before yoshikawa_r5: the sides told by their
# changes only). The title labels every amount FY2010. Rows: `配水改良事業が9億6,761万円` and the new `施設更新事業…
# 9,126万4千円を新規に計上` (named works with money: fresh12c 養父市; previous_budget_yen null for both: the previous
# figure is not written, and `新規` says there was none, NEW, arguable: 0 would also be defensible). Traps: the changes
# (`1億3,424万3千円`, the sides' `前年度に比べ2,724万円の減額`, `378万円`, `6億1,368万円`, `2,576万円`) `other`; the shortfall
# `不足する1億4,003万円` `other`. Volumes in 立方メートル / `立法メートル` (the page's typo) are no mention.
B, O = "budget", "other"
FY = 2010
CHG = ("the change against the previous year", "a change, not a budget")
M = [
    fyr(1, "平成22年度", 2010),
    cnt(5, "24,551戸", 24551, "戸"), cnt(5, "462戸", 462, "戸"), pct(5, "1.9パーセント", 1.9), pct(5, "0.9パーセント", 0.9),
    amt(6, "9億6,761万円", 967610000, fy=FY), trap(amt(6, "1億3,424万3千円", 134243000, role=O, fy=FY), *CHG),
    pct(6, "16.1パーセント", 16.1), amt(6, "9,126万4千円", 91264000, fy=FY),
    trap(amt(9, "2,724万円", 27240000, role=O, fy=FY), *CHG), trap(amt(9, "378万円", 3780000, role=O, fy=FY), *CHG),
    trap(amt(12, "6億1,368万円", 613680000, role=O, fy=FY), *CHG),
    trap(amt(13, "2,576万円", 25760000, role=O, fy=FY), *CHG),
    trap(amt(14, "1億4,003万円", 140030000, role=O, fy=FY), "資本的収入額が資本的支出額に対し不足する額",
         "a shortfall of the account, not an appropriation"),
]
W = "named under `主な建設改良事業` of 平成22年度水道事業予算 with its own figure"
ROWS = [
    dict(line=6, text="9億6,761万円", budget_yen=967610000, fy=FY, program="配水改良事業", role=B,
         aliases=["吉川市水道事業 配水改良事業"], why=W + " (`前年度に比べ1億3,424万3千円…増加`: the previous figure is not written)"),
    dict(line=6, text="9,126万4千円", budget_yen=91264000, fy=FY, program="施設更新事業", role=B,
         aliases=["吉川市水道事業 施設更新事業"], why=W + " (`新規に計上`: new this year)"),
]
NOT_ROWS = traps(M)
