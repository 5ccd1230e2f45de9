from kinds import amt, cnt, date, fyr, trap, traps

DOC = "chusho_soken_hanabi_nagaoka_keizai_koka"
# 中小総研 (商工中金's research institute) report 花火大会の経済効果 (2015-06-25, as expydoc stores its opening, one long line),
# citing the 長岡まつり's 平成24年度 収支報告書 (its organiser 長岡まつり協議会 with 長岡市). The amounts are a settled account's
# income and spending of a festival, not the issuer's budget: role `other`, fy 2012 (the table's header `平成 24 年度` and the
# prose's `2012 年の収支報告` scope every figure), the `補助金 2,870 万円` received `support` (subsidy money, fresh18c: a grant
# received is support), fy 2012. Traps: the total `4 億円を上回る` (at_least), the donations and the subsidy received (an event's
# income, not programme money). `<FMC136072>`, `IRSME15006` codes; `20,000 発` a count of 発; `90 万人` a count;
# `三大花火大会の一つ` a count of 1 つ (GUIDE), `一つの例`, `一つ一つ` idioms.
O = "other"
Y = 2012
M = [
    date(1, "平成 27 年 6 月 25 日", "2015-06-25"),
    cnt(1, "一つ", 1, "つ"),
    date(1, "2012 年", "2012"),
    amt(1, "1 億 8,006 万円", 180060000, role=O, fy=Y),
    amt(1, "1 億 1,719 万円", 117190000, role=O, fy=Y),
    amt(1, "7,197 万円", 71970000, role=O, fy=Y),
    trap(amt(1, "4 億円", 400000000, None, role=O, fy=Y, q=("at_least",)), "長岡まつり 支出の総額",
         "a festival's total spending in its settled account"),
    fyr(1, "平成 24 年度", Y),
    trap(amt(1, "2 億 1,545 万円", 215450000, role=O, fy=Y), "長岡まつり 収入 寄付金", "donations received by an event"),
    amt(1, "1 億 8,006 万円", 180060000, role=O, fy=Y),
    amt(1, "1 億 5,908 万円", 159080000, role=O, fy=Y),
    amt(1, "1 億 1,719 万円", 117190000, role=O, fy=Y),
    trap(amt(1, "2,870 万円", 28700000, role="support", fy=Y), "長岡まつり 収入 補助金",
         "a subsidy an event received, a settled income line, not a programme's budget"),
    amt(1, "7,197 万円", 71970000, role=O, fy=Y),
    amt(1, "1,010 万円", 10100000, role=O, fy=Y),
    amt(1, "2,494 万円", 24940000, role=O, fy=Y),
    amt(1, "315 万円", 3150000, role=O, fy=Y),
    amt(1, "1,937 万円", 19370000, role=O, fy=Y),
    amt(1, "295 万円", 2950000, role=O, fy=Y),
    cnt(1, "20,000 発", 20000, "発"),
    cnt(1, "90 万人", 900000, "人"),
    date(1, "2012 年", "2012"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
