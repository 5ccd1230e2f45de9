from kinds import amt, cnt, date, trap, traps

DOC = "jnet21_scm_koubo2_news"
# 中小機構's J-Net21 news of the same second call (the programme of 経済産業省, executed by ジェトロ). The headline's `最大2
# 億円` is the grant ceiling (`support`, at_most, min null: 最大 is the GUIDE's cap word); `1000万円~2億円` and `100万円~
# 5000万円` the ranges of one project's grant (`support`, no qualifier). The deadline `10月2日まで` a date null..2020-10-02,
# at_most (the article's year, GUIDE `まで`). `2種類` 2 種類. Rates `4分の3以内` … are fractions. fy null (no fiscal year
# written). No programme budget: no row.
S, AM = "support", ("at_most",)
M = [
    trap(amt(2, "2億円", None, 200000000, role=S, q=AM), "見出し 最大2億円", "the ceiling of one project's grant"),
    date(3, "2020年 9月 10日", "2020-09-10"),
    trap(amt(4, "1000万円~2億円", 10000000, 200000000, role=S), "実証事業", "the range of one project's grant"),
    trap(amt(4, "100万円~5000万円", 1000000, 50000000, role=S), "事業実施可能性調査", "the range of one project's grant"),
    date(4, "10月2日", None, "2020-10-02", q=AM),
    cnt(5, "2種類", 2, "種類"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
