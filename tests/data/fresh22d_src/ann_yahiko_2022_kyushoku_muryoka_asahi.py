from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "yahiko_2022_kyushoku_muryoka_asahi"
# 朝日新聞 (新潟版, autumn 2022 by the article id and the text: `21年度` is the last year written, `今年度予算`) on 学校給食費
# subsidies in 新潟県: 弥彦村's full free lunch from September, 湯沢町's from the second child. Year-less months take 2022
# (`9月`, `10月`, `4月`, `3月`). Monthly fees (`月5300円`, `月4500円`, `月5365円`, `月5485円`, `月6380円`) `other`, per month,
# traps (the fee waived, a price: as fresh's `1か月2万円` rent); `1カ月5千~6千円ほど` one range, approx, per month, `1カ月`
# part of the rate (no duration). `今年度予算に1852万円を計上` a `budget` ROW, fy null, fy_alt 2022 (今年度: no written year
# fixes it); `今年度末までに必要な費用として718万円を見込む` `budget`, an AMBIGUOUS row (an expected cost, not said to be
# budgeted). Revenues (競輪 収益 `600万円`, `8億円`; ふるさと納税 `5億円を超え` at_least, `1億円を下回って` no qualifier, as fresh3's `300億円を下回りました` and fresh15b's `2億円を下回る`: audit) `other`, traps,
# fy from their years (`2014年度` a mention; era-less two-digit `21年度`, `18年度`, `14年度` no mentions but give fy:
# fresh4 / fresh10b). `全30の6割`: a count of 30 市町村 (the counted noun from the sentence) and 60 percent, at_least (`6割を超えた`: audit); `約80分` no mention.
O, B = "other", "budget"
FEE = "a monthly school lunch fee per child (the price waived), not a budget"
REV = "the village's revenue (keirin profit / hometown tax donations), not a programme's budget"
M = [
    cnt(1, "19市町村", 19, "市町村"),
    cnt(4, "18市町村", 18, "市町村"),
    cnt(4, "30", 30, "市町村"),
    pct(4, "6割", 60, None, q=("at_least",)),  # audit: `6割を超えた` (GUIDE 超; fresh16c `七割超`)
    trap(amt(4, "5千~6千円", 5000, 6000, role=O, per="month", q=("approx",)), "給食費 子ども1人につき1カ月", FEE),
    date(5, "9月", "2022-09"),
    trap(amt(5, "5300円", 5300, role=O, per="month"), "小学校 給食費 月額", FEE),
    trap(amt(5, "4500円", 4500, role=O, per="month"), "保育園 給食費 月額 (おかずのみ)", FEE),
    cnt(5, "7500人", 7500, "人", q=("approx",)),
    cnt(5, "373人", 373, "人"),
    cnt(5, "221人", 221, "人"),
    amt(5, "1852万円", 18520000, role=B),
    date(5, "10月", "2022-10"),
    trap(amt(5, "5365円", 5365, role=O, per="month"), "中学校 給食費 月額", FEE),
    cnt(5, "216人", 216, "人"),
    amt(5, "718万円", 7180000, role=B),
    fyr(6, "2014年度", 2014),
    trap(amt(6, "600万円", 6000000, role=O, fy=2014), "競輪 収益 2014年度", REV),
    trap(amt(6, "8億円", 800000000, role=O, fy=2021), "競輪 収益 21年度", REV),
    trap(amt(6, "5億円", 500000000, None, role=O, fy=2018, q=("at_least",)), "ふるさと納税 寄付金額 18年度", REV),
    trap(amt(6, "1億円", 100000000, role=O, fy=2014),  # audit: `を下回って` no qualifier (fresh3, fresh15b)
         "ふるさと納税 寄付金額 14年度", REV),
    cnt(7, "8千人", 8000, "人", q=("approx",)),
    date(7, "4月", "2022-04"),
    cnt(7, "2人", 2, "人", q=("at_least",)),
    trap(amt(7, "5485円", 5485, role=O, per="month"), "湯沢町 小学校 給食費 月額", FEE),
    trap(amt(7, "6380円", 6380, role=O, per="month"), "湯沢町 中学校 給食費 月額", FEE),
    date(8, "3月", "2022-03"),
]
ROWS = [
    dict(line=5, text="1852万円", budget_yen=18520000, fy=None, fy_alt=[2022], role=B, ministry="弥彦村",
         program="学校給食費無償化 (小学校・保育園)", aliases=["給食費無償化"],
         why="今年度予算に計上 for the free lunch of the primary school and nursery"),
    dict(line=5, text="718万円", budget_yen=7180000, fy=None, fy_alt=[2022], role=B, ministry="弥彦村", ambiguous=True,
         program="学校給食費無償化 (中学校)", aliases=["給食費無償化"],
         why="the cost expected to the year's end for the junior high school (見込む; not said to be budgeted)"),
]
NOT_ROWS = traps(M)
