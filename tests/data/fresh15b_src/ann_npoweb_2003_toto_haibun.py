from kinds import amt, cnt, date, fyr, trap, traps

DOC = "npoweb_2003_toto_haibun"
# NPO WEB's news of the sports lottery's 2003年度 allocation (日本体育・学校健康センター, now 日本スポーツ振興センター):
# the year's awards (内定額) in total and by category with counts, the year before's total, the NPOs' share. Every
# amount is a total of grants decided for recipients: `support` (fresh11c 上尾市's grants paid out), with the year of
# the allocation it totals (2003; the first round's `2002年度の助成額` and `昨年の約69億円` 2002), traps. `27億円超`
# at_least (GUIDE `超`); `約` approx. `2億円を下回る結果` a threshold the NPO share fell below, not a grant
# (that amount, a trap): `other` FY2003, no qualifier (blind audit: fresh3's 庄原市 `300億円を下回り` `other` of the
# year, a point; fresh14b's audit). `4月30日` the announcement, of 2003 (the allocation's year; the page carries no
# date). `第1回目`, `2回目` ordinals.
S, FY = "support", 2003
T = "a total of grants allocated to recipients (配分額 / 助成額), not a budget"
M = [
    trap(amt(1, "2億円", 200000000, role=S, fy=FY), "NPOへの助成 (headline)", T),
    date(2, "4月30日", "2003-04-30"), fyr(2, "2003年度", FY),
    trap(amt(2, "27億円", 2700000000, None, role=S, fy=FY, q=("at_least",)), "2003年度 全体の助成額 (超)", T),
    trap(amt(2, "69億円", 6900000000, role=S, fy=2002, q=("approx",)), "昨年 (2002年度) の助成額", T),
    trap(amt(2, "2億円", 200000000, role=S, fy=FY, q=("approx",)), "NPOへの助成額", T),
    date(3, "2001年3月", "2001-03"), fyr(3, "2002年度", 2002),
    trap(amt(3, "68億9100万円", 6891000000, role=S, fy=2002), "2002年度の助成額 総額", T),
    cnt(3, "1742件", 1742, "件"), cnt(3, "1311件", 1311, "件"),
    trap(amt(3, "27億1600万円", 2716000000, role=S, fy=FY), "2003年度 助成金の内定額", T),
    trap(amt(5, "6億58百万円", 658000000, role=S, fy=FY), "地域スポーツ施設整備助成", T), cnt(5, "29件", 29, "件"),
    trap(amt(6, "6億37百万円", 637000000, role=S, fy=FY), "総合型地域スポーツクラブ活動助成", T),
    cnt(6, "385件", 385, "件"),
    trap(amt(7, "1億54百万円", 154000000, role=S, fy=FY), "地方公共団体スポーツ活動助成", T),
    cnt(7, "289件", 289, "件"),
    trap(amt(8, "2億60百万円", 260000000, role=S, fy=FY), "将来性を有する選手の発掘および育成強化助成", T),
    cnt(8, "50件", 50, "件"),
    trap(amt(9, "6億83百万円", 683000000, role=S, fy=FY), "スポーツ団体スポーツ活動助成", T),
    cnt(9, "555件", 555, "件"),
    trap(amt(10, "35百万円", 35000000, role=S, fy=FY), "国際競技大会開催助成", T), cnt(10, "3件", 3, "件"),
    trap(amt(11, "2億89百万円", 289000000, role=S, fy=FY), "優秀選手・指導者への個人助成に充当", T),
    trap(amt(12, "27億16百万円", 2716000000, role=S, fy=FY), "計 (2003年度 助成額)", T), cnt(12, "1311件", 1311, "件"),
    cnt(13, "81団体", 81, "団体"), cnt(13, "137事業", 137, "事業"),
    trap(amt(13, "1億9744万円", 197440000, role=S, fy=FY), "NPO法人に対する助成", T),
    trap(amt(14, "2億円", 200000000, role="other", fy=FY), "NPO法人への助成が下回った額 (a threshold compared with)",
         "a threshold the NPOs' share is compared with, not a grant nor a budget"),
    fyr(16, "2001年度", 2001),
    trap(amt(16, "27億円", 2700000000, None, role=S, fy=FY, q=("at_least",)), "最終的な助成額総額 (超)", T),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
