from kinds import cnt, fyr, pct

DOC = "ikeda_h22_bosan_bus_hyoka"
# 大阪府池田市: 事務事業評価 of 霊園墓参事業 (墓参バス), a flattened sheet with four years' columns `20 年度 (決算) 21 年度
# (決算) 22 年度 (決算) 23 年度 (予算)`, 財源内訳 (国・府支出金, 受益者負担, その他財源, 一般財源), staff time and activity
# counts, every money cell BARE (the unit only in `事 業 費(千円)` and `(人・千`): no amounts (fresh4's 堺市). Mentions:
# the ratios with `%` (percents), the staff time `0.10人` (eight cells, counts of 人: staff-years), the target year
# `( H22)` and the ratio headers `H22/H21` (era abbreviations are fiscal years, GUIDE: one mention each), `平成19年度`
# (the programme's start). The column years `20 年度`, `21 年度`… carry no era name: no mention (GUIDE: a year without an
# era name or four digits). `3062 1`, `15`, `3 分類番号`, `第 3 期` are codes, page and list numbers, ordinals.
M = [
    pct(3, "96.5%", 96.5),
    *[cnt(3, "0.10人", 0.1, "人") for _ in range(4)],
    pct(3, "97.6%", 97.6),
    *[cnt(3, "0.10人", 0.1, "人") for _ in range(4)],
    pct(3, "97.6%", 97.6), pct(3, "97.0%", 97.0), pct(3, "97.0%", 97.0),
    fyr(3, "H22", 2010), fyr(3, "H22", 2010), fyr(3, "H21", 2009), pct(3, "97.0%", 97.0),
    fyr(3, "平成19年度", 2007), fyr(3, "H22", 2010), fyr(3, "H21", 2009),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
