from kinds import amt, dur

DOC = "tottori_h29_gyogyo_yokyu"
# 鳥取県 予算編成過程の公開 (a 29Yosan sheet by its address): the kept text starts at the section's name and writes NO
# year (fy null, fresh8b's decks that write no year). The request `要求額:20,000千円` is the programme's `budget` (no
# assessed figure), its `(前年度予算額 0千円)` `previous_budget` (0 yen: a new programme). The simulation of one
# recipient's grant: the cap `補助限度額:300百万円` `support` at_most, min null; the prefecture's and the towns' total
# grant to the one recipient (`県補助総額:80百万円`, `市町補助総額:40百万円`) and the `300百万円` they are computed from
# (no cap word next to it) `support`; `各年の補助額:N百万円` per year (`per: year`, NEW). `20年リースの場合` durations.
# Fractions (`1/3`, `4/15`), the ratio `2:1` and `※1` are no mentions. No programme name in the kept text: no row.
B, P, S = "budget", "previous_budget", "support"
M = [
    amt(2, "20,000千円", 20000000, role=B), amt(2, "0千円", 0, role=P),
    amt(9, "300百万円", None, 300000000, role=S, q=("at_most",)),
    amt(10, "80百万円", 80000000, role=S), amt(10, "300百万円", 300000000, role=S),
    amt(11, "4百万円", 4000000, role=S, per="year"), dur(11, "20年", 20, "year"),
    amt(12, "5.4百万円", 5400000, role=S, per="year"), dur(12, "15年", 15, "year"),
    amt(13, "40百万円", 40000000, role=S), amt(13, "300百万円", 300000000, role=S),
    amt(14, "2百万円", 2000000, role=S, per="year"), dur(14, "20年", 20, "year"),
    amt(15, "2.7百万円", 2700000, role=S, per="year"), dur(15, "15年", 15, "year"),
]
ROWS: list[dict] = []
NOT_ROWS = [
    dict(line=2, text="0千円", value_yen=0, fy=None, mention_role=P, what="(前年度予算額 0千円)", reason="previous year's figure"),
    dict(line=9, text="300百万円", value_yen=300000000, fy=None, mention_role=S, what="補助限度額", reason="a cap per recipient"),
    dict(line=10, text="80百万円", value_yen=80000000, fy=None, mention_role=S, what="県補助総額 (simulation)",
         reason="one recipient's grant over the lease"),
    dict(line=11, text="4百万円", value_yen=4000000, fy=None, mention_role=S, what="各年の補助額 (20年リース)",
         reason="one recipient's yearly grant"),
    dict(line=13, text="40百万円", value_yen=40000000, fy=None, mention_role=S, what="市町補助総額 (simulation)",
         reason="the towns' grant to one recipient"),
    dict(line=10, text="300百万円", value_yen=300000000, fy=None, mention_role=S, what="(300百万円 × 4/15)",
         reason="the cap as the base of the simulation"),
    dict(line=12, text="5.4百万円", value_yen=5400000, fy=None, mention_role=S, what="各年の補助額 (15年リース)",
         reason="one recipient's yearly grant"),
    dict(line=13, text="300百万円", value_yen=300000000, fy=None, mention_role=S, what="(300百万円 × 2/15)",
         reason="the cap as the base of the simulation"),
    dict(line=14, text="2百万円", value_yen=2000000, fy=None, mention_role=S, what="市町 各年の補助額 (20年リース)",
         reason="one recipient's yearly grant"),
    dict(line=15, text="2.7百万円", value_yen=2700000, fy=None, mention_role=S, what="市町 各年の補助額 (15年リース)",
         reason="one recipient's yearly grant"),
]
