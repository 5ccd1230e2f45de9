from kinds import cnt, date, fyr

DOC = "akaiwa_h28_senkougata_koka_kensho"
# 岡山県赤磐市's 資料5 for its 平成28年度第1回 あかいわ創生有識者会議 (expydoc, ONE line and the site's footer): how the city's
# eight 地方創生先行型 projects are verified, and the 交付金's menu. `平成28年度` a fiscal year; `8事業` a count; `平成 27 年
# 10 月末までに` a deadline: null..2015-10, at_most (GUIDE's `10月まで`; `末` dropped as in `2027年度末までに`), text with the
# stored spaces (fresh12a's spaced dates). `第1回`, `資料5`, `タイプⅠ`, `タイプⅡ`: no mentions. The footer's `© Copyright 2025
# ExpyDoc`: a date 2025 (fresh12d's `Copyright 2017`).
M = [
    fyr(1, "平成28年度", 2016), cnt(1, "8事業", 8, "事業"),
    date(1, "平成 27 年 10 月", None, "2015-10", q=("at_most",)),
    date(2, "2025", "2025"),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
