from kinds import amt, date, fyr, trap, traps

DOC = "etajima_h30_gouu_senketsu_blog"
# A 江田島市 councillor's blog (cocolog) relaying 中国新聞 and the 全員協議会's material: the city's 専決処分 for the
# 西日本豪雨 (July 2018). No year is written for the supplementary (only `平成29年度末残高` of the fund): fy null on its
# amounts, rows `fy_alt: [2018]` (fresh8b's 玉野市); the days take 2018 (`7月25日`, `9月議会`). The 専決's total
# `4億8800万円` is a trap; the four groups `①災害救助費 約1億2100万円` … are the supplementary's budget heads: ①-③ AMBIGUOUS
# rows (approx; a group of the works in brackets under it; NEW, arguable: a reader could make the groups rows and their
# parts ambiguous, as 横手市), `④その他 約1億500万円` a trap (the rest of a list, fresh8b); the works in brackets
# (`住宅の応急処理(6657万円)`, `流入土砂撤去事業補助金(6120万円)` …) rows, `職員給与費(5950万円)` an ambiguous row (staff
# pay of the disaster work: a kind of expense, fresh2's 職員給与費 trap, but here one purpose's appropriation). Revenues:
# the drawdown `約3億1800万円` (`other`) and the fund's `平成29年度末残高は59億4857万円` (`other`, fy 2017: a year-end
# balance keeps its year, fresh6c) are traps. `(2023.05.29)` a date of a related post; `2023梅雨入りと江田島市防災Web` a
# post's title (no mention); `第6回`, `①`-`④`, `- 119` (cut) no mentions.
SB, O = "supplementary_budget", "other"
M = [
    trap(amt(3, "4億8800万円", 488000000, role=SB), "専決処分 補正予算 事業費 総額", "a supplementary's total"),
    date(4, "7月25日", "2018-07-25"),
    amt(5, "1億2100万円", 121000000, role=SB, q=("approx",)),
    amt(6, "6657万円", 66570000, role=SB), amt(6, "1750万円", 17500000, role=SB), amt(6, "1540万円", 15400000, role=SB),
    amt(7, "6300万円", 63000000, role=SB, q=("approx",)),
    amt(8, "5950万円", 59500000, role=SB), amt(8, "200万円", 2000000, role=SB),
    amt(9, "2億円", 200000000, role=SB, q=("approx",)),
    amt(10, "1億9400万円", 194000000, role=SB), amt(10, "250万円", 2500000, role=SB), amt(10, "300万円", 3000000, role=SB),
    trap(amt(11, "1億500万円", 105000000, role=SB, q=("approx",)), "④その他", "the rest of a list, not a programme"),
    amt(12, "6120万円", 61200000, role=SB), amt(12, "300万円", 3000000, role=SB), amt(12, "1200万円", 12000000, role=SB),
    amt(12, "726万円", 7260000, role=SB),
    fyr(13, "平成29年度", 2017),
    trap(amt(13, "59億4857万円", 5948570000, role=O, fy=2017), "財政調整基金 平成29年度末残高", "a fund balance"),
    trap(amt(13, "3億1800万円", 318000000, role=O, q=("approx",)), "財政調整基金からの繰り入れ", "a revenue (fund drawdown)"),
    date(13, "9月", "2018-09"),
    date(17, "2023.05.29", "2023-05-29"),
]
MIN = "江田島市"
R = dict(fy=None, fy_alt=[2018], role=SB, ministry=MIN)
W = "a work of the 専決処分 with its figure in brackets"
G = "a budget head of the 専決処分 (`①name 約N円`) whose works follow in brackets"
ROWS = [
    dict(line=5, text="1億2100万円", budget_yen=121000000, program="災害救助費", why=G, ambiguous=True, **R),
    dict(line=6, text="6657万円", budget_yen=66570000, program="住宅の応急処理", why=W, **R),
    dict(line=6, text="1750万円", budget_yen=17500000, program="災害援護資金", why=W, **R),
    dict(line=6, text="1540万円", budget_yen=15400000, program="障害物除去委託", why=W, **R),
    dict(line=7, text="6300万円", budget_yen=63000000, program="災害対策費", why=G + " (新設)", ambiguous=True, **R),
    dict(line=8, text="5950万円", budget_yen=59500000, program="災害対策費 職員給与費", ambiguous=True,
         why=W + "; staff pay, a kind of expense", **R),
    dict(line=8, text="200万円", budget_yen=2000000, program="罹災者・断水世帯向けシーサイド温泉のうみ無料入浴料", why=W, **R),
    dict(line=9, text="2億円", budget_yen=200000000, program="災害復旧費", why=G, ambiguous=True, **R),
    dict(line=10, text="1億9400万円", budget_yen=194000000, program="災害復旧費 土木施設", why=W, **R),
    dict(line=10, text="250万円", budget_yen=2500000, program="災害復旧費 公園施設", why=W, **R),
    dict(line=10, text="300万円", budget_yen=3000000, program="災害復旧費 教育施設", why=W, **R),
    dict(line=12, text="6120万円", budget_yen=61200000, program="流入土砂撤去事業補助金", why=W, **R),
    dict(line=12, text="300万円", budget_yen=3000000, program="農地再生特例補助金", why=W, **R),
    dict(line=12, text="1200万円", budget_yen=12000000, program="応急仮設住宅借上料", why=W, **R),
    dict(line=12, text="726万円", budget_yen=7260000, program="ごみ収集運搬業務", why=W, **R),
]
NOT_ROWS = traps(M)
