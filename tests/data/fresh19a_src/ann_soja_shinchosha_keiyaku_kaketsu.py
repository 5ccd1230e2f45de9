from kinds import amt, cnt, date, dur, fyr, trap, traps

DOC = "soja_shinchosha_keiyaku_kaketsu"
# 岡山県総社市's cable TV item on the council's 1月臨時会 approving the new city hall's works contracts: the contracts' total
# `75億8000万円あまり` (`あまり` = a little over: at_least; `other`, a trap) and the supplementary `1億9200万円` put in the
# previous November's 臨時会補正予算 for the cost overrun (supplementary_budget, the one row). The item writes no year of
# its own; `令和6年度中の完成` with `今後、2年間の工期` places the session in January 2023: dates take 2023 and `去年` 2022
# (`12日` 2023-01-12, `1月臨時会` a session by its month 2023-01, `去年9月`, `12月`, `9月末`, `11月` 2022), and the
# supplementary's fy stays null with fy_alt [2022] (no year written for the money: fresh6c, fresh8b). `3議案`, `8階` counts.
M = [
    date(1, "12日", "2023-01-12"), date(1, "1月", "2023-01"),
    fyr(1, "令和6年度", 2024),
    cnt(1, "3議案", 3, "議案"),
    trap(amt(2, "75億8000万円", 7580000000, None, role="other", q=("at_least",)), "新庁舎建設工事 契約金額 総額",
         "works contracts' total, not an appropriation"),
    date(3, "9月", "2022-09"), date(3, "12月", "2022-12"),
    dur(3, "2年間", 2, "year"),
    cnt(4, "8階", 8, "階"),
    date(5, "9月末", "2022-09"),
    date(6, "11月", "2022-11"),
    amt(6, "1億9200万円", 192000000, role="supplementary_budget"),
]
ROWS = [
    dict(line=6, text="1億9200万円", budget_yen=192000000, fy=None, fy_alt=[2022], role="supplementary_budget",
         program="新庁舎建設事業 (資材高騰に伴う事業費不足分)", note="the item writes no year for the money; its session is of 2022-11",
         why="the sum the November 臨時会補正予算 added to the new city hall's project for the cost overrun"),
]
NOT_ROWS = traps(M)
