from kinds import amt, cnt, date, fyr

DOC = "jcg_r7_gaisan_yokyu"
# 海上保安庁's 令和7年度概算要求 (reported by 世界の艦船 ships-net, 2024-08): a request is the budget of the requested
# year (budget FY2025). `1.12倍` is a ratio (no mention); `3,500トン型` a physical unit; `10年度` is era-less (no
# fiscal year); `6つの能力` a count; `本年1月` → 2024-01 (the anchor word out of text); `令和4年12月` a date.
FY = 2025
M = [
    fyr(1, "令和7年度", FY),
    date(2, "8月27日", "2024-08-27"),
    fyr(2, "令和7年度", FY),
    fyr(3, "令和7年度", FY),
    date(5, "令和4年12月", "2022-12"),
    cnt(5, "6つ", 6, "つ"),
    date(6, "1月", "2024-01"),
    fyr(7, "令和7年度", FY),
    amt(7, "2,935億円", 293500000000, fy=FY),
    cnt(10, "1隻", 1, "隻"),
    amt(10, "14.8億円", 1480000000, fy=FY),
]
ROWS = [
    dict(line=10, text="14.8億円", budget_yen=1480000000, fy=FY, program="大型巡視船1隻(3,500トン型)の新造",
         aliases=["大型巡視船の新造", "大型巡視船"], role="budget",
         why="`▷item に N億円` among 主な新規分の要求 of the 令和7年度概算要求 (a request: budget of the requested year)"),
]
NOT_ROWS = [
    dict(line=7, text="2,935億円", value_yen=293500000000, fy=FY, mention_role="budget", what="令和7年度概算要求の総額",
         reason="the agency's request total"),
]
