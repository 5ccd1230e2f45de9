from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "tanohata_h27_murazukuri_kikin_chukan"
# 岩手県田野畑村's mid-year report on its むらづくり基金 (a donations fund), 第9期 = 平成27年度. The title's `平成27年度` a fiscal
# year (a page title's year counts: fresh17c); `平成27(2015)年度` ONE fiscal year (fresh5b's `2025(令和7)年度`); `第9期`,
# `第1期` ordinals. This period's donations `1,138,000 円`, the deposit interest `6,988 円` (the fund's 運用益), the deposit
# `1,144,988 円` and the donation per villager `313円` (`1人当たり` a rate marker, per null): `other`, fy 2015 (the label
# `第9期(平成27年度)中間期` above them), traps. The running totals since 平成19年度 (`37,977,760 円`, `58,003 円`,
# `38,035,763 円`, the drawdowns `9,323,500 円`) span nine years: fy null (fresh18c's 御代田町, no one year); the expected
# balance `28,712,263 円` is the fund at this mid-year: fy 2015 (NEW, arguable: null with the totals). Donors and gifts
# `24人`, `33件`, `542人`, `652件` counts (`人・団体` counted as 人); the population `3,636人` a count.
# `平成27年9月末日` a date 2015-09-30 (fresh's `令和6年9月末日`), `平成27年9月末` 2015-09. The one programme the fund pays
# for this year, `【再生可能エネルギー等導入事業】 ●事業費 2,807,000円` (`予算化ができました`): `budget`, fy 2015, a ROW (a
# programme's budget figure of a year; the fund is its revenue); `50%` its donated share. `4つの事業` 4 つ. `― 1 ―` a page.
O = "other"
M = [
    fyr(1, "平成27年度", 2015),
    fyr(2, "平成27(2015)年度", 2015),
    fyr(7, "平成27年度", 2015),
    cnt(8, "24人", 24, "人"), cnt(8, "33件", 33, "件"),
    trap(amt(9, "1,138,000 円", 1138000, role=O, fy=2015), "第9期 寄付金の総額", "donations received"),
    trap(amt(10, "6,988 円", 6988, role=O, fy=2015), "基金の預金利息 (第9期)", "a fund's interest"),
    trap(amt(11, "1,144,988 円", 1144988, role=O, fy=2015), "第9期 基金積立額", "a deposit into a fund"),
    trap(amt(12, "313円", 313, role=O, fy=2015), "寄付金額 村民1人当たり", "an amount per resident"),
    date(12, "平成27年9月末日", "2015-09-30"),
    cnt(12, "3,636人", 3636, "人"),
    fyr(13, "平成19年度", 2007), fyr(13, "平成27年度", 2015),
    cnt(14, "542人", 542, "人"), cnt(14, "652件", 652, "件"),
    trap(amt(15, "37,977,760 円", 37977760, role=O), "寄付金の総額 (第1期から第9期)", "donations received over years"),
    trap(amt(16, "58,003 円", 58003, role=O), "預金利息 (累計)", "a fund's interest over years"),
    trap(amt(17, "38,035,763 円", 38035763, role=O), "基金積立総額 (累計)", "deposits into a fund over years"),
    trap(amt(18, "9,323,500 円", 9323500, role=O), "基金取崩総額 (累計)", "drawdowns of a fund over years"),
    trap(amt(18, "28,712,263 円", 28712263, role=O, fy=2015), "むらづくり基金 基金残高見込み", "a fund balance"),
    fyr(21, "平成27年度", 2015),
    cnt(21, "4つ", 4, "つ"),
    date(21, "平成27年9月末", "2015-09"),
    amt(25, "2,807,000円", 2807000, role="budget", fy=2015),
    pct(25, "50%", 50),
]
ROWS = [dict(line=25, text="2,807,000円", fy=2015, budget_yen=2807000, program="再生可能エネルギー等導入事業", ministry="田野畑村",
             aliases=["再生可能エネルギー等導入"], role="budget",
             why="the 事業費 of a programme the village budgeted (予算化) for 平成27年度 out of its むらづくり基金")]
NOT_ROWS = traps(M)
