from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "mishima_fukushima_jouyozei_torikumi"
# 三島町 (福島県)'s page: three years of work in one district. 令和3年度's survey contract `委託料2,268,000円` (a contract's
# settled fee: `other`, GUIDE's contracts, fy 2021, a trap); the rest deposited (no amount). 令和4年度's plan: `森林所有者
# 17名` a count, `計画期間5年間` 5 year, its span `令和5年1月1日~令和9年12月31日` one date range (fresh's `8月14日~16日`);
# 令和5年度's thinning contract period `令和5年5月18日~令和5年11月30日` one range. Areas (`5.55ha`, `2.93ha`) no mentions.
M = [
    fyr(3, "令和3年度", 2021),
    trap(amt(5, "2,268,000円", 2268000, role="other", fy=2021), "周囲測量業務委託 委託料",
         "a contract's settled fee in a past year, not a programme's budget"),
    fyr(7, "令和4年度", 2022),
    cnt(9, "17名", 17, "名"),
    dur(9, "5年間", 5, "year"),
    date(9, "令和5年1月1日~令和9年12月31日", "2023-01-01", "2027-12-31"),
    fyr(11, "令和5年度", 2023),
    date(13, "令和5年5月18日~令和5年11月30日", "2023-05-18", "2023-11-30"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
