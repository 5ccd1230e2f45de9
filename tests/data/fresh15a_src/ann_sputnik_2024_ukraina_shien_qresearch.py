from kinds import amt, date, fyr, rank, trap, traps

DOC = "sputnik_2024_ukraina_shien_qresearch"
# スプートニク日本 (sputniknews.jp, 2024-09-20; the stored page is a forum's copy with the article's address on its last
# line): Japan's support to Ukraine. `支援金が63億ドル(9015億円)` since February 2022 and `約121億ドル(1兆8700億円)のウクライナ
# 支援を表明` (sums of support pledged or given over years: `support`, fy null, traps; the `約` stands by the dollar figure,
# not the yen: no qualifier), `2023年度補正予算に計上の総額260億円のウクライナ復旧・復興支援` (a programme's supplementary of a
# year: `supplementary_budget`, fy 2023, a ROW), `33億ドル(約5200億円)を拠出する方向` (a contribution planned: `support`,
# approx, a trap). Dollar figures are no amounts (`55億ドル`, `50億ドル`: wild's call). `世界第2位` / `第2位` ranks; the year-less
# months (`4月`, `5月`, `6月`, `7月`) take 2024 (the article's year); `2022年2月以降` 2022-02.. (at_least); `G7`, the address's
# digits no mentions.
S, SB = "support", "supplementary_budget"
M = [
    rank(1, "2位", 2),
    trap(amt(1, "9015億円", 901500000000, role=S), "日本のウクライナ支援 (見出し)", "a sum of support to one country over years, not a budget"),
    date(2, "2024年9月20日", "2024-09-20"),
    date(3, "2022年2月", "2022-02", None, q=("at_least",)),
    trap(amt(3, "9015億円", 901500000000, role=S), "2022年2月以降の支援金", "a sum of support to one country over years, not a budget"),
    rank(3, "2位", 2),
    date(4, "2022年2月", "2022-02", None, q=("at_least",)),
    date(5, "4月", "2024-04"),
    trap(amt(5, "1兆8700億円", 1870000000000, role=S), "これまでに表明したウクライナ支援",
         "a sum of support pledged to one country over years, not a budget"),
    date(6, "5月", "2024-05"), fyr(6, "2023年度", 2023),
    amt(6, "260億円", 26000000000, role=SB, fy=2023),
    date(7, "6月", "2024-06"),
    trap(amt(7, "5200億円", 520000000000, role=S, q=("approx",)), "ロシア凍結資産を活用した支援への拠出",
         "a contribution planned to a loan scheme, not a budget"),
    date(7, "7月", "2024-07"),
]
ROWS = [
    dict(line=6, text="260億円", budget_yen=26000000000, fy=2023, program="ウクライナ復旧・復興支援 (2023年度補正予算)",
         role=SB, ministry="日本政府", why="`2023年度補正予算に計上の総額260億円のウクライナ復旧・復興支援`: a programme's supplementary of a year"),
]
NOT_ROWS = traps(M)
