from kinds import amt, cnt, date, fyr, pct

DOC = "wam_r7_josei_koubo"
# 独立行政法人福祉医療機構's 令和7年度WAM助成 (通常助成事業) call, as a subsidy portal lists it (biz.stayway.jp).
# The title's 令和7年度 scopes every amount (fy 2025). The cap per grant (`上限金額・助成額900万円`) and the higher
# cap of the nationwide strand (`2,000万円までの範囲内で…超えることができます`) are support, at_most, min null; the
# call's total (`助成総額:約6億円`, a 支援規模) is support, approx. None is a budgets row. `経費補助率 50%` is a
# percent; `4以上の都道府県` a count (at_least); `※1`, `※2` note markers; the two slashed dates are the listing's
# dates as stored (their labels were lost with the page's layout).
FY, SUP = 2025, "support"
M = [
    fyr(1, "令和7年度", FY),
    amt(2, "900万円", None, 9000000, role=SUP, fy=FY, q=("at_most",)),
    pct(3, "50%", 50),
    amt(5, "6億円", 600000000, role=SUP, fy=FY, q=("approx",)),
    amt(14, "2,000万円", None, 20000000, role=SUP, fy=FY, q=("at_most",)),
    cnt(16, "4以上の都道府県", 4, "都道府県", hi=None, q=("at_least",)),
    date(17, "2024/04/01", "2024-04-01"),
    date(18, "2025/01/27", "2025-01-27"),
]
ROWS = []
NOT_ROWS = [
    dict(line=2, text="900万円", value_yen=9000000, fy=FY, mention_role=SUP, what="上限金額・助成額",
         reason="cap per grant"),
    dict(line=5, text="6億円", value_yen=600000000, fy=FY, mention_role=SUP, what="助成総額",
         reason="the call's total grant envelope (support scale), not a budget line"),
    dict(line=14, text="2,000万円", value_yen=20000000, fy=FY, mention_role=SUP,
         what="全国的・広域的ネットワーク活動支援事業 の上限", reason="higher cap per grant"),
]
