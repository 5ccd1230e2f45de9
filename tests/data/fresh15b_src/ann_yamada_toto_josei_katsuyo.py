from kinds import amt, date, fyr, trap, traps

DOC = "yamada_toto_josei_katsuyo"
# 山田町's page of the sports-lottery grants it received: each project's `助成金額` under its `N年度事業` heading:
# `support` of that year, a trap (a grant to one recipient: fresh13a, fresh11c, fresh10a). `(交付内定額)` (an informal decision)
# changes nothing. `平成14年度から` the programme's start: a fiscal-year point 2002 (GUIDE: `から` a point). The works
# periods `令和3年9月1日~令和4年1月13日` one date range each (fresh13c's `~`).
S = "support"
G = "a grant to one recipient (the town), not a programme's budget"
M = [
    fyr(3, "平成14年度", 2002),
    fyr(6, "令和3年度", 2021),
    trap(amt(11, "14,578,000円", 14578000, role=S, fy=2021), "ラグビー・サッカー場照明改修事業 助成金額 (交付内定額)", G),
    date(12, "令和3年9月1日~令和4年1月13日", "2021-09-01", "2022-01-13"),
    fyr(13, "平成29年度", 2017),
    trap(amt(18, "38,400,000円", 38400000, role=S, fy=2017), "サッカー場人工芝生新設事業 助成金額", G),
    date(19, "平成29年8月4日~平成30年1月17日", "2017-08-04", "2018-01-17"),
    fyr(20, "平成26年度", 2014),
    trap(amt(25, "24,000,000円", 24000000, role=S, fy=2014), "野球場天然芝生化改設事業 助成金額", G),
    trap(amt(30, "15,014,000円", 15014000, role=S, fy=2014), "野球場改修事業 助成金額", G),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
