from kinds import amt, cnt, date, pct, trap, traps

DOC = "kanagawa_city_h24_kamiki_shikko"
# A 神奈川県 city's first-half execution (平成24年9月末; the stored PDF text, one line, names no city: 水源環境 and 丹沢's
# 山岳公衆トイレ place it in 神奈川県, a city with its own water undertaking). The general account's 当初予算額 `budget`
# FY2012, the 9月 supplementaries' total `supplementary_budget` FY2012, the 予算現額 (twice, prose and table) `budget`:
# account totals, traps (fresh11a 新座市). Each account's 予算額 / 収入済額 / 支出済額 row: the 予算額 `budget` (an account's
# total, a trap), received and paid `other` (traps). The water account's 収益的収入 `26 億 973 万円` `other` (an enterprise's
# revenue side: fresh13c) and its 執行済額 `other`, traps; the text is cut by the length limit after them. No 年度 is
# written: fy 2012 from `平成 24 年 9 月末現在` (the fiscal year of that date, as fresh11a's 上半期 pages). `第 3 回定例 会` a
# session number (an ordinal: no mention); `2.2%の減` a percent; `4 つの特別会計` a count.
B, S, O, FY = "budget", "supplementary_budget", "other", 2012
A = "an account's total (an account is not a programme)"
M = [
    date(1, "平成 24 年 9 月", "2012-09"),
    trap(amt(1, "445 億 4 千万円", 44540000000, fy=FY), "一般会計当初予算額", A),
    pct(1, "2.2%", 2.2),
    trap(amt(1, "1 億 2541 万円", 125410000, role=S, fy=FY), "第3回定例会の増額補正 総額", A),
    trap(amt(1, "446 億 6541 万円", 44665410000, fy=FY), "一般会計 予算現額 (prose)", A),
    trap(amt(1, "446 億 6541 万円", 44665410000, fy=FY), "一般会計 予算額 (table)", A),
    trap(amt(1, "224 億 1796 万円", 22417960000, role=O, fy=FY), "一般会計 収入済額", "revenue received"),
    pct(1, "50.2%", 50.2),
    trap(amt(1, "181 億 7537 万円", 18175370000, role=O, fy=FY), "一般会計 支出済額", "expenditure paid"),
    pct(1, "40.7%", 40.7),
    date(1, "平成 24 年 9 月", "2012-09"),
    cnt(1, "4 つ", 4, "つ"),
]
for acct, bud, bv, rec, rv, p1, pay, pv, p2 in [
    ("国民健康保険事業", "178 億 400 万円", 17804000000, "67 億 3281 万円", 6732810000, 37.8, "77 億 691 万円", 7706910000, 43.3),
    ("下水道事業", "73 億 775 万円", 7307750000, "24 億 6647 万円", 2466470000, 33.8, "19 億 2875 万円", 1928750000, 26.4),
    ("介護保険事業", "94 億 4511 万円", 9445110000, "39 億 8820 万円", 3988200000, 42.2, "35 億 7246 万円", 3572460000, 37.8),
    ("後期高齢者医療事業", "14 億 5200 万円", 1452000000, "4 億 9065 万円", 490650000, 33.8, "3 億 9853 万円", 398530000, 27.4),
]:
    M += [
        trap(amt(1, bud, bv, fy=FY), f"{acct}特別会計 予算額", A),
        trap(amt(1, rec, rv, role=O, fy=FY), f"{acct}特別会計 収入済額", "revenue received"), pct(1, f"{p1}%", p1),
        trap(amt(1, pay, pv, role=O, fy=FY), f"{acct}特別会計 支出済額", "expenditure paid"), pct(1, f"{p2}%", p2),
    ]
M += [
    date(1, "平成 24 年 9 月", "2012-09"),
    trap(amt(1, "26 億 973 万円", 2609730000, role=O, fy=FY), "水道事業会計 収益的収入 予算額",
         "an enterprise account's revenue side, not a programme"),
    trap(amt(1, "12 億 5182 万円", 1251820000, role=O, fy=FY), "水道事業会計 収益的収入 執行済額", "revenue received"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
