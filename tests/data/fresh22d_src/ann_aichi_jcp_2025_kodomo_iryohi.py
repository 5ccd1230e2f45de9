from kinds import amt, date, pct, trap, traps

DOC = "aichi_jcp_2025_kodomo_iryohi"
# 日本共産党愛知県議団 (its site, 2025-12 by the page): a member's question in the 福祉医療委員会 on extending 愛知県's child
# medical care subsidy to 18. `2025年12月` a date (the session), `6月` 2025-06. Era-less two-digit `25年度`, `24年度` no
# mentions but fix the fy of the amounts after them (fresh4 / fresh10b). The 総予算 of free child medical care of 県 + 名古屋市
# (`約130億円`, 2025) and of 県 + 豊橋市 (`17億円`, 2024) `budget`, AMBIGUOUS rows (a programme's whole budget, though summed
# over two bodies); the prefecture's shares (`約23億円`, `約3億3000万円`) `other`, traps (breakdowns); 名古屋市's share now
# (`107億円`), after the proposed change (`65億`) and the saving (`42億`) `other`, fy null, traps (`N億` without 円 in a money
# sentence is an amount: fresh2). Shares `18%`, `82%`, `20%`, `80%`, `9割` percents; ages `18歳` no mentions.
O, B = "other", "budget"
SHARE = "one body's share of the programme's cost, a breakdown, not a budget"
M = [
    date(1, "2025年12月", "2025-12"),
    date(2, "6月", "2025-06"),
    amt(3, "130億円", 13000000000, role=B, fy=2025, q=("approx",)),
    trap(amt(3, "23億円", 2300000000, role=O, fy=2025, q=("approx",)), "県の負担 (名古屋市分)", SHARE),
    pct(3, "18%", 18), pct(3, "82%", 82),
    amt(3, "17億円", 1700000000, role=B, fy=2024),
    trap(amt(3, "3億3000万円", 330000000, role=O, fy=2024, q=("approx",)), "県の負担 (豊橋市分)", SHARE),
    pct(3, "20%", 20), pct(3, "80%", 80),
    trap(amt(4, "107億円", 10700000000, role=O), "名古屋市の負担 現在", SHARE),
    trap(amt(4, "65億", 6500000000, role=O), "名古屋市の負担 (県が18歳年度末まで引き上げた場合)", "a projected share, not a budget"),
    trap(amt(4, "42億", 4200000000, role=O), "名古屋市の負担軽減", "a projected saving, not a budget"),
    pct(4, "9割", 90),
]
ROWS = [
    dict(line=3, text="130億円", budget_yen=13000000000, fy=2025, role=B, ministry="愛知県・名古屋市", ambiguous=True,
         program="子どもの医療費無料化 (名古屋市)", aliases=["子ども医療費助成"],
         why="the programme's 総予算 of 25年度, summed over the prefecture and the city"),
    dict(line=3, text="17億円", budget_yen=1700000000, fy=2024, role=B, ministry="愛知県・豊橋市", ambiguous=True,
         program="子どもの医療費無料化 (豊橋市)", aliases=["子ども医療費助成"],
         why="the programme's 総予算 of 24年度, summed over the prefecture and the city"),
]
NOT_ROWS = traps(M)
