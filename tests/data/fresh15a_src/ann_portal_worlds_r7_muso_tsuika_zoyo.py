from kinds import amt, date, fyr, trap, traps

DOC = "portal_worlds_r7_muso_tsuika_zoyo"
# portal-worlds.com (news, 石破政権: 2025): grants whose caps were raised by additional grants. コンゴ民主共和国's
# `供与限度額27.10億円` → `供与限度額を38.98億円に変更`, ベナン's `供与限度額35.52億円` → `贈与の限度額を40.71億円に変更`: caps of a
# grant (`support`, at_most, min null: GUIDE's cap, fresh12b), fy null (no fiscal year is written for them). カンボジア's
# `令和4年度無償資金協力…供与額33.61億円`, `今般18.50億円の追加贈与`, `供与額を52.11億円に修正` and `5年度無償資金協力…13.38億円`,
# `6.00億円の追加贈与`, `19.38億円に修正`: `support`, fy of the grant's label (2022; `5年度` era-less, no fiscal_year mention,
# gives 2023 as the text fixes the era: fresh13's call; NEW, arguable: the additions are paid now, in FY2024, but the text
# files them under the 令和4年度 / 5年度 grant). All traps (grants to one country's project). Year-less days (`5月9日`,
# `3月25日`) take 2025 (the news' year: 石破政権 and the grants raised after 2023; NEW, arguable: the stored text has no
# date). `2023年(令和5年)11月1日` one date (GUIDE); `約 1分15秒` a reading time (no kind).
S = "support"
R_CAP = "the cap of a grant to one country's project (before or after the change), not a budget"
R_G = "a grant to one country's project (its amount, its addition or its amount after the change), not a budget"
M = [
    date(3, "5月9日", "2025-05-09"), date(3, "2023年(令和5年)11月1日", "2023-11-01"),
    trap(amt(3, "27.10億円", None, 2710000000, role=S, q=("at_most",)), "キンシャサ市モンアンバ地区電力アクセス改善計画 供与限度額 (変更前)", R_CAP),
    trap(amt(3, "38.98億円", None, 3898000000, role=S, q=("at_most",)), "同 供与限度額 (変更後)", R_CAP),
    date(4, "3月25日", "2025-03-25"), date(4, "2021年(令和3年)1月27日", "2021-01-27"),
    trap(amt(4, "35.52億円", None, 3552000000, role=S, q=("at_most",)), "コトヌ市ベドコ交差点立体交差建設計画 供与限度額 (変更前)", R_CAP),
    trap(amt(4, "40.71億円", None, 4071000000, role=S, q=("at_most",)), "同 贈与の限度額 (変更後)", R_CAP),
    date(5, "3月25日", "2025-03-25"), fyr(5, "令和4年度", 2022),
    trap(amt(5, "33.61億円", 3361000000, role=S, fy=2022), "プンプレック上水道拡張計画 供与額", R_G),
    trap(amt(5, "18.50億円", 1850000000, role=S, fy=2022), "同 追加贈与", R_G),
    trap(amt(5, "52.11億円", 5211000000, role=S, fy=2022), "同 修正後の供与額", R_G),
    trap(amt(5, "13.38億円", 1338000000, role=S, fy=2023), "全国電子基準点網整備計画 供与額", R_G),
    trap(amt(5, "6.00億円", 600000000, role=S, fy=2023), "同 追加贈与", R_G),
    trap(amt(5, "19.38億円", 1938000000, role=S, fy=2023), "同 修正後の供与額", R_G),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
