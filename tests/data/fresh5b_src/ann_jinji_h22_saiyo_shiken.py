from kinds import cnt, date, fyr, pct

DOC = "jinji_h22_saiyo_shiken"
# 人事院 年次報告書 (平成22年度業務状況), 採用試験の実施状況: NO MONEY. Counts of exam divisions (`13の区分試験`:
# counted noun, GUIDE `10の政策分野`; `11区分`) and of applicants with their changes and shares; fiscal years, one
# open at the top (`平成元年度以降`, `平成16年度以降`: at_least) and a `から…まで` pair (two points); `平成19年10月` a date.
# `Ⅰ種`, `Ⅱ種`, `Ⅲ種`, `第3部`, `表1−2`, `資料1−2〜1−9`, `図1−1` are names and codes.
M = [
    fyr(5, "平成22年度", 2010),
    fyr(15, "平成22年度", 2010),
    cnt(15, "13の区分試験", 13, "区分試験"),
    cnt(15, "11区分", 11, "区分"),
    cnt(15, "2区分", 2, "区分"),
    cnt(15, "7区分", 7, "区分"),
    cnt(15, "2区分", 2, "区分"),
    cnt(15, "4区分", 4, "区分"),
    cnt(17, "5の区分試験", 5, "区分試験"),
    cnt(19, "142,290人", 142290, "人"),
    cnt(19, "20,644人", 20644, "人"),
    pct(19, "17.0%", 17.0),
    cnt(19, "103,879人", 103879, "人"),
    cnt(19, "17,229人", 17229, "人"),
    pct(19, "19.9%", 19.9),
    cnt(19, "38,411人", 38411, "人"),
    cnt(19, "3,415人", 3415, "人"),
    pct(19, "9.8%", 9.8),
    fyr(19, "平成元年度", 1989, None, q=("at_least",)),
    fyr(19, "平成7年度", 1995),
    fyr(19, "平成11年度", 1999),
    pct(19, "16.4%", 16.4),
    fyr(19, "平成15年度", 2003),
    fyr(19, "平成15年度", 2003),
    fyr(19, "平成18年度", 2006),
    date(19, "平成19年10月", "2007-10"),
    fyr(19, "平成16年度", 2004, None, q=("at_least",)),
]
ROWS: list[dict] = []
NOT_ROWS: list[dict] = []
