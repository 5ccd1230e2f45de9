from kinds import amt, fyr, pct, trap, traps

DOC = "fukuoka_pref_r1_saihyoka_kekka"
# 福岡県 県土整備部's page of its 令和元年度 re-evaluation results: seven public works (roads, rivers, ports, 砂防), each
# with `全体事業費 約N億円`, `事業進捗率 約N%` and `事業実施期間 平成N年度から令和N年度(予定)`. The whole cost of a project over
# its life is `other`, fy null (fresh12a's `全体事業費 958億円`: a cost estimate, not a year's budget; the page's
# `令和元年度` is the evaluation's year, not theirs), approx from `約`, every one a trap. `平成22年度から令和8年度(予定)`:
# two fiscal_year points (GUIDE: `XからYまで` two points; `(予定)` no qualifier). `令和元年度` in the heading a fiscal
# year (2019). `2.32km`, `0.60km2` physical units; `1 |` … `7 |` list numbers.
O = "other"
W = "a project's whole cost over its life under re-evaluation (全体事業費), not a year's budget"
A = ("approx",)
M = [
    fyr(2, "令和元年度", 2019),
    trap(amt(13, "39.0億円", 3900000000, role=O, q=A), "主要地方道飯塚福間線 全体事業費", W),
    pct(13, "58.2%", 58.2, q=A), fyr(13, "平成22年度", 2010), fyr(13, "令和8年度", 2026),
    trap(amt(17, "138.0億円", 13800000000, role=O, q=A), "主要地方道久留米筑紫野線 全体事業費", W),
    pct(17, "95.5%", 95.5, q=A), fyr(17, "平成18年度", 2006), fyr(17, "令和3年度", 2021),
    trap(amt(21, "37.4億円", 3740000000, role=O, q=A), "西川 河川事業 全体事業費", W),
    pct(21, "44.7%", 44.7, q=A), fyr(21, "平成22年度", 2010), fyr(21, "令和12年度", 2030),
    trap(amt(25, "34.5億円", 3450000000, role=O, q=A), "福地川 河川事業 全体事業費", W),
    pct(25, "89.9%", 89.9, q=A), fyr(25, "平成23年度", 2011), fyr(25, "令和4年度", 2022),
    trap(amt(29, "186.1億円", 18610000000, role=O, q=A), "苅田港 新松山地区 港湾事業 全体事業費", W),
    pct(29, "92.0%", 92.0, q=A), fyr(29, "平成8年度", 1996), fyr(29, "令和8年度", 2026),
    trap(amt(33, "76.7億円", 7670000000, role=O, q=A), "三池港 四山地区 港湾事業 全体事業費", W),
    pct(33, "37.8%", 37.8, q=A), fyr(33, "平成12年度", 2000), fyr(33, "令和7年度", 2025),
    trap(amt(37, "6.3億円", 630000000, role=O, q=A), "三光川 砂防事業 全体事業費", W),
    pct(37, "58.4%", 58.4, q=A), fyr(37, "平成22年度", 2010), fyr(37, "令和5年度", 2023),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
