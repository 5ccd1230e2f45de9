from kinds import amt, date, pct, trap, traps

DOC = "jushin_2023_kodomo_ecosumai"
# 住宅新報 on 国土交通省's こどもエコすまい支援事業 (one programme): its money topped up on 7月28日. The page writes only
# two-digit years (`22年度`, `23年度`, `50年`: no mentions, GUIDE) and `住宅省エネ2023キャンペーン` (a name, no mention);
# NEW, arguable: that name fixes the century (fresh4 / fresh10b: an era-less year takes the century a written year
# gives; here the only four-digit year is inside a name — bci.co.jp in fresh24a had none, so stayed null): `22年度補正予算
# 1500億円` supplementary_budget FY2022, a row; `23年度予算の既定経費からの活用で209億3500万円を増額` budget FY2023, a row
# (NEW: money moved into the programme from another budget is an appropriation of it, not a change between years —
# follows fresh24d's top-ups as rows of their own; fresh24a's increases were differences); its headline rounding
# `予算209億円を増額` an AMBIGUOUS row (fresh10b's headline); `予算総額を1709億3500万円` a sum of two years' money:
# `other`, fy null, a trap (fresh24a's sums). Per house: `1戸当たり100万円` support (no qualifier), `最大45万円` support
# at_most: traps. `今年1月` 2023-01, `3月から` 2023-03 (a point), `7月28日`, `7月27日`, `今年12月末まで` null..2023-12
# at_most (末 dropped); `午前10時` a clock time; `約82%`; `約72%まで減少` null..72, approx + at_most (GUIDE `まで`, as
# fresh24a's `9割までに抑え`; arguable: a level reached); ages `18歳未満`, `39歳以下`, `50平方メートル` (a physical unit),
# phone numbers: no mentions.
B, S, O = "budget", "supplementary_budget", "other"
M = [
    amt(2, "209億円", 20900000000, fy=2023),
    date(3, "1月", "2023-01"), date(3, "3月", "2023-03"), date(3, "7月28日", "2023-07-28"),
    amt(3, "1500億円", 150000000000, role=S, fy=2022),
    amt(3, "209億3500万円", 20935000000, fy=2023),
    trap(amt(3, "1709億3500万円", 170935000000, role=O), "予算総額 (22年度補正 + 23年度予算からの増額)",
         "a sum of two fiscal years' money"),
    trap(amt(4, "100万円", 1000000, role="support"), "1戸当たり100万円を補助", "a grant per house"),
    trap(amt(4, "45万円", None, 450000, role="support", q=("at_most",)), "1戸当たり最大45万円", "a cap per house"),
    date(5, "12月", None, "2023-12", q=("at_most",)), date(5, "7月27日", "2023-07-27"),
    pct(5, "82%", 82, q=("approx",)), pct(5, "72%", None, 72, q=("approx", "at_most")),
]
P = "こどもエコすまい支援事業"
ROWS = [
    dict(line=3, text="1500億円", budget_yen=150000000000, fy=2022, program=P, role=S, ministry="国土交通省",
         why="`22年度補正予算1500億円` of the programme"),
    dict(line=3, text="209億3500万円", budget_yen=20935000000, fy=2023, program=P, role=B, ministry="国土交通省",
         why="`23年度予算の既定経費からの活用で N円を増額`: money put into the programme from the FY2023 budget"),
    dict(line=2, text="209億円", budget_yen=20900000000, fy=2023, program=P, role=B, ministry="国土交通省",
         ambiguous=True, note="headline rounding of the body's 209億3500万円", why="headline `…の予算209億円を増額`"),
]
NOT_ROWS = traps(M)
