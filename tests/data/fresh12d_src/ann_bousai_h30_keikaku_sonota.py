from kinds import amt, date

DOC = "bousai_h30_keikaku_sonota"
# 防災白書 平成30年版, 第3部 (平成30年度の防災に関する計画) 第2章 1 1-4 その他: the layout of 平成28年版 (see
# ann_bousai_h28_keikaku_sonota.py) two years later: `30年度予算額` / `165百万円` / `29年度予算額` / `164` / `差引増△減` /
# `1`. `30年度`, `29年度` without era: no mentions, they set the fy (2018). The previous year's cells and the differences
# (`1`, `△6`, `△1`) are bare: no mentions; the rows carry the previous-year cell as previous_budget_yen (the same NEW
# call as 平成28年版). Dates in line 12's citations; `平成30年版` an edition label.
B = "budget"
M = [
    amt(6, "165百万円", 165000000, fy=2018),
    date(12, "平成18年4月21日", "2006-04-21"), date(12, "平成18年12月13日", "2006-12-13"),
    amt(14, "117百万円", 117000000, fy=2018),
    amt(22, "15百万円", 15000000, fy=2018),
]
W = "`30年度予算額` over the figure: the measure's budget of the plan year (防災白書 第3部, 平成30年度の計画)"
ROWS = [
    dict(line=6, text="165百万円", budget_yen=165000000, previous_budget_yen=164000000, fy=2018, program="国土強靱化の推進",
         role=B, ministry="内閣官房", why=W + "; 内閣官房国土強靱化推進室's measure"),
    dict(line=14, text="117百万円", budget_yen=117000000, previous_budget_yen=123000000, fy=2018,
         program="実践的な防災行動推進事業経費", role=B, ministry="内閣府", why=W),
    dict(line=22, text="15百万円", budget_yen=15000000, previous_budget_yen=16000000, fy=2018,
         program="防災ボランティア(多様な主体の)連携促進事業", aliases=["防災ボランティア連携促進事業"], role=B,
         ministry="内閣府", why=W),
]
NOT_ROWS: list = []
