from kinds import amt, cnt, date, pct, trap, traps

DOC = "yukan_daily_r4_kanko_irikomi_ken"
# 夕刊デイリー (延岡) on its prefecture's (宮崎県's) 2022 観光入込客統計 as reported to the 県議会 committee (item of 2023-12-09).
# The amounts are the survey's 観光消費額 (total, by 県外 / 県内, by 宿泊 / 日帰り): role `other`, fy null (calendar year 2022).
# Trap: the total `1243億4千万円`; the rest are its breakdowns. The paper writes decimals with `・` (`25・3%` → 25.3). Two-digit
# years (`19年`, `20年`, `22年`) are no mentions (GUIDE); `4月8日` takes 2022 (its clause `22年は`), `6日` the item's 2023-12.
# `1012万人6千人` (as printed) one count 10,126,000; `320万人ほど` approx; `3割程度` approx; `8人` (committee members) a count.
O = "other"
M = [
    date(1, "2023-12-09", "2023-12-09"),
    cnt(3, "1269万人", 12690000, "人"),
    pct(4, "25%", 25),
    pct(4, "8割", 80),
    date(5, "6日", "2023-12-06"),
    date(5, "2022年", "2022"),
    pct(5, "25・3%", 25.3),
    cnt(5, "1269万1千人", 12691000, "人"),
    pct(5, "8割", 80, q=("approx",)),
    cnt(5, "8人", 8, "人"),
    cnt(6, "1588万1千人", 15881000, "人"),
    cnt(6, "1019万7千人", 10197000, "人"),
    cnt(6, "1012万人6千人", 10126000, "人"),
    cnt(6, "320万人", 3200000, "人", q=("approx",)),
    date(7, "4月8日", "2022-04-08"),
    pct(7, "13・6%", 13.6),
    cnt(7, "284万4千人", 2844000, "人"),
    pct(7, "29・2%", 29.2),
    cnt(7, "984万7千人", 9847000, "人"),
    cnt(8, "40人", 40, "人"),
    cnt(8, "7人", 7, "人"),
    cnt(8, "109人", 109, "人"),
    cnt(8, "354人", 354, "人"),
    pct(8, "3割", 30, q=("approx",)),
    pct(9, "18・3%", 18.3),
    trap(amt(9, "1243億4千万円", 124340000000, role=O), "観光消費額 (2022年, 全体)", "a survey result, not a budget"),
    pct(9, "14・5%", 14.5),
    amt(9, "785億6300万円", 78563000000, role=O),
    pct(9, "25・4%", 25.4),
    amt(9, "457億7700万円", 45777000000, role=O),
    amt(10, "767億8600万円", 76786000000, role=O),
    amt(10, "545億9200万円", 54592000000, role=O),
    amt(10, "221億9400万円", 22194000000, role=O),
    amt(10, "475億5400万円", 47554000000, role=O),
    amt(10, "239億7100万円", 23971000000, role=O),
    amt(10, "235億8200万円", 23582000000, role=O),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
