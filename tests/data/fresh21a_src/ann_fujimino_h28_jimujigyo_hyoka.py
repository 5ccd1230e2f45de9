from kinds import cnt, date, fyr, pct

DOC = "fujimino_h28_jimujigyo_hyoka"
# 埼玉県ふじみ野市's 事務事業評価 page (平成28年度 projects, published 2017-08-23): counts of 事務事業 / 事業 evaluated, by
# outcome (拡充 … 完了), their shares (`96%`, `4%`, `約78%` approx); fiscal years (`平成28年度決算` a year of its own);
# `11時51分` a clock time and `152KB` no mentions. No money on the page.
M = [
    date(1, "2017年08月23日", "2017-08-23"),
    fyr(11, "平成28年度", 2016),
    fyr(11, "平成28年度", 2016),
    fyr(12, "平成28年度", 2016),
    cnt(12, "410事務事業", 410, "事務事業"),
    cnt(13, "394事業", 394, "事業"),
    pct(13, "96%", 96),
    cnt(14, "16事業", 16, "事業"),
    pct(14, "4%", 4),
    fyr(22, "平成28年度", 2016),
    cnt(22, "20事務事業", 20, "事務事業"),
    fyr(23, "平成29年度", 2017),
    cnt(23, "10事務事業", 10, "事務事業"),
    fyr(24, "平成27年度", 2015),
    cnt(26, "394事業", 394, "事業"),
    pct(26, "78%", 78, q=("approx",)),
    cnt(29, "45事務事業", 45, "事務事業"),
    cnt(30, "308事務事業", 308, "事務事業"),
    cnt(31, "14事務事業", 14, "事務事業"),
    cnt(32, "15事務事業", 15, "事務事業"),
    cnt(33, "5事務事業", 5, "事務事業"),
    cnt(34, "4事務事業", 4, "事務事業"),
    cnt(35, "3事務事業", 3, "事務事業"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
