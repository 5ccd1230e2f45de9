from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "minamisanriku_r6_taiikukan_kaishu_yosan"
# 日刊建設新聞 (jcpress, 2024-02-29) on 宮城県南三陸町's 2024 budget proposal: the 総合体育館's repair money (the year's
# `24年度分として3億1010万円`, a 債務負担 `限度額3600万円` over 23~24年度, their sum `計3億4610万円` and the headline's `3.4億円`),
# the supervision fee `500万円` in the 24年度予算案, the general account's total and other works' money. The headline and
# `2024年度予算案` label every amount: `budget`, fy 2024 (the two-digit `24年度` takes its century from `2024年度`), except the
# 債務負担's limit (`other`, at_most, fy null: a ceiling on future commitments, not the year's money; a trap). Rows: the
# year's appropriations (3億1010万円, 500万円, the four works of line 9); traps: the account total, the sum of the year's
# money and the 債務負担 (and the headline's rounding of it). `6.7%` a percent, `2024/2/29`, `1998年` dates, `4面`, `2階`
# counts; the address `沼田56` and areas no mentions; two-digit `23~24年度`, `24年度` no mentions.
B = "budget"
SUM = "the year's appropriation plus a 債務負担行為 limit, not one programme's budget"
W = "a works item of the town's 2024 budget proposal (一般会計 工事費)"
M = [
    trap(amt(1, "3.4億円", 340000000, role=B, fy=2024), "総合体育館改修 (見出し, 計の丸め)", SUM),
    date(2, "2024/2/29", "2024-02-29"),
    fyr(3, "2024年度", 2024),
    pct(3, "6.7%", 6.7),
    trap(amt(3, "113億9300万円", 11393000000, role=B, fy=2024), "一般会計 総額", "the general account's total"),
    amt(3, "3億1010万円", 310100000, role=B, fy=2024),
    trap(amt(3, "3600万円", None, 36000000, role="other", q=("at_most",)), "債務負担行為 限度額",
         "a ceiling on commitments over two years, not an appropriation"),
    trap(amt(3, "3億4610万円", 346100000, role=B, fy=2024), "総合体育館改修 計", SUM),
    amt(5, "500万円", 5000000, role=B, fy=2024),
    cnt(8, "4面", 4, "面"), cnt(8, "2階", 2, "階"),
    date(8, "1998年", "1998"),
    amt(9, "4億9630万円", 496300000, role=B, fy=2024),
    amt(9, "2億4360万円", 243600000, role=B, fy=2024),
    amt(9, "1億7800万円", 178000000, role=B, fy=2024),
    amt(9, "4500万円", 45000000, role=B, fy=2024),
]
ROWS = [
    dict(line=3, text="3億1010万円", budget_yen=310100000, fy=2024, role=B, program="スポーツ交流村整備工事費 (総合体育館改修)",
         why="the 2024 budget's 工事費 for the sports village's gymnasium (`24年度分として…計上`)"),
    dict(line=5, text="500万円", budget_yen=5000000, fy=2024, role=B, program="総合体育館改修 工事監理業務委託費",
         why="the supervision fee put in the 24年度予算案"),
    dict(line=9, text="4億9630万円", budget_yen=496300000, fy=2024, role=B, program="漁港施設 工事費", why=W),
    dict(line=9, text="2億4360万円", budget_yen=243600000, fy=2024, role=B, program="道路の新設改良 工事費", why=W),
    dict(line=9, text="1億7800万円", budget_yen=178000000, fy=2024, role=B, program="中学校のトイレ等施設整備 工事費", why=W),
    dict(line=9, text="4500万円", budget_yen=45000000, fy=2024, role=B, program="小学校のエアコン等施設整備 工事費", why=W),
]
NOT_ROWS = traps(M)
