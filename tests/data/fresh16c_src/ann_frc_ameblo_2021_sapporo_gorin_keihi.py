from kinds import amt, date, trap, traps

DOC = "frc_ameblo_2021_sapporo_gorin_keihi"
# 株式会社FRC's blog (ameblo.jp/frc-hokkaido, 2021: a Hokkaido paper's item reposted): 札幌市's revised plan (2021-11-29) for
# the 2030 Winter Games. Every figure is an event's cost estimate, its change or the city's share over several years:
# `other`, fy null, traps: the cut `最大900億円圧縮` (headline: at_most, min null) and `100億~900億円圧縮` (a range), the total
# `2800億~3千億円`, the 施設整備費 `19年試算の800億~1400億円から800億円に`, the city's share `400億~600億円` → `450億円`.
# `29日` 2021-11-29 (the plan's publication, the post's month), `来年3月` 2022-03; `30年札幌冬季五輪`, `19年試算` two-digit
# years (no mention); `2030年冬季五輪・パラリンピック` a name with a year (no mention: the Games' name, as `2025年大阪・関西万博`).
O = "other"
R = "an event's cost estimate or a payer's share over several years, not a year's budget"
M = [
    trap(amt(4, "900億円", None, 90000000000, role=O, q=("at_most",)), "開催経費 圧縮 (見出し)", "a change of an estimate"),
    date(5, "29日", "2021-11-29"),
    trap(amt(5, "100億~900億円", 10000000000, 90000000000, role=O), "開催経費 圧縮幅", "a change of an estimate"),
    date(5, "来年3月", "2022-03"),
    trap(amt(6, "2800億~3千億円", 280000000000, 300000000000, role=O), "開催経費 総額", R),
    trap(amt(6, "800億~1400億円", 80000000000, 140000000000, role=O), "施設整備費 19年試算", R),
    trap(amt(6, "800億円", 80000000000, role=O), "施設整備費", R),
    trap(amt(6, "400億~600億円", 40000000000, 60000000000, role=O), "札幌市の負担 19年試算", R),
    trap(amt(6, "450億円", 45000000000, role=O), "札幌市の負担", R),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
