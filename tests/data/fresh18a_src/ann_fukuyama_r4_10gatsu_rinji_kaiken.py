from kinds import amt, cnt, date, fyr, trap, traps

DOC = "fukuyama_r4_10gatsu_rinji_kaiken"
# 広島県福山市's mayor's press conference on the 10月臨時市議会 (2022-10-17): the 令和4年度一般会計補正予算(第5号) of
# `33億7411万4000円` (supplementary_budget fy 2022, a trap: the supplementary's total, two pillars 原油価格・物価高騰対策 and
# コロナ対策) and the benefits per household `世帯当たり5万円` (national and the city's own: `support`, fy 2022, traps). The
# page is cut before any measure's appropriation. Sessions named by month (`10月臨時市議会`) are dates 2022-10 (fresh6c);
# `2022年(令和4年)10月17日` one date (GUIDE); `二つ` counts of つ; `1件` a count; `(第5号)` a number, `1.06MB` a file size.
S, P = "supplementary_budget", "support"
M = [
    date(3, "2022年10月", "2022-10"),
    date(4, "2022年10月25日", "2022-10-25"),
    date(6, "2022年(令和4年)10月17日", "2022-10-17"),
    date(7, "2022年10月", "2022-10"),
    date(11, "2022年10月", "2022-10"),
    date(14, "10月", "2022-10"), date(14, "10月", "2022-10"), date(14, "10月14日", "2022-10-14"),
    date(14, "10月21日", "2022-10-21"), date(14, "10月", "2022-10"),
    fyr(14, "令和4年度", 2022),
    cnt(14, "1件", 1, "件"),
    trap(amt(15, "33億7411万4000円", 3374114000, role=S, fy=2022), "令和4年度一般会計補正予算(第5号) 補正予算額", "supplementary total"),
    cnt(15, "二つ", 2, "つ"),
    cnt(16, "二つ", 2, "つ"),
    trap(amt(16, "5万円", 50000, role=P, fy=2022), "価格高騰緊急支援給付金 (国) 世帯当たり", "a grant size per household"),
    trap(amt(16, "5万円", 50000, role=P, fy=2022), "価格高騰緊急支援給付金 (市単独) 世帯当たり", "a grant size per household"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
