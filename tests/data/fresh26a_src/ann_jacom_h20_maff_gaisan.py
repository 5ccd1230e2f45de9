from kinds import amt, cnt, fyr, pct, trap, traps

DOC = "jacom_h20_maff_gaisan"
# 農林水産省's 平成20年度 概算要求案 as JAcom (農業協同組合新聞) reports it (2007-08): budget FY2008. The total
# `3兆949億円`, the 公共 / 非公共 classes (`1兆3552億円`, `1兆7397億円`) and the 非公共 sub-classes `一般事業費` /
# `食料安定供給関係費` (classes of expense, fresh24a's 公共 / 非公共) traps. Rows: `農業農村整備関係` `8092億5400万円`
# (a named programme group inside 公共, fresh24a's 森林整備事業) and `災害復旧費` `192億2500万円`. `全体の6割` 60;
# `(同N%増)` percents; `次の5点` 5 点. Era-less `19年度`, `20年度` no mentions (fresh4).
B, FY, MIN = "budget", 2008, "農林水産省"
M = [
    fyr(1, "平成20年度", FY),
    trap(amt(2, "3兆949億円", 3094900000000, fy=FY), "予算総額", "the ministry's request total"), pct(2, "14.9%", 14.9),
    trap(amt(2, "1兆3552億円", 1355200000000, fy=FY), "公共事業費", "a class total (公共)"), pct(2, "18.9%", 18.9),
    trap(amt(2, "1兆7397億円", 1739700000000, fy=FY), "非公共事業費", "a class total (非公共)"), pct(2, "12.0%", 12.0),
    pct(3, "6割", 60), amt(3, "8092億5400万円", 809254000000, fy=FY), pct(3, "20.0%", 20.0),
    amt(3, "192億2500万円", 19225000000, fy=FY),
    trap(amt(4, "7744億円", 774400000000, fy=FY), "一般事業費", "a class of expense"), pct(4, "11.0%", 11.0),
    trap(amt(4, "9653億円", 965300000000, fy=FY), "食料安定供給関係費", "a class of expense"), pct(4, "12.8%", 12.8),
    cnt(5, "5点", 5, "点"),
]
ROWS = [
    dict(line=3, text="8092億5400万円", budget_yen=809254000000, fy=FY, program="農業農村整備関係", aliases=["農業農村整備事業"],
         role=B, ministry=MIN, why="a named programme group with its requested figure"),
    dict(line=3, text="192億2500万円", budget_yen=19225000000, fy=FY, program="災害復旧費", role=B, ministry=MIN,
         why="`災害復旧費は…192億2500万円が計上`"),
]
NOT_ROWS = traps(M)
