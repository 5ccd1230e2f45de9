from kinds import amt, cnt, date, dur, fyr, pct, trap, traps

DOC = "urayasu_h19_tokubetsushoku_hoshu"
# 千葉県浦安市's 特別職の報酬等の状況 (平成19年4月1日現在): the mayor's and deputy's 給料月額 and the council's 報酬, each
# row with the peers' highest and lowest (類似団体の最高額 / 最低額), the 期末手当 rate of 平成18年度, the 退職手当 per term.
# Every amount `other` fy 2007 (the title's status date: fresh14d's fy from a date only), a trap (pay rates and their
# peers' statistics; an expected payout per term). per `month` in the 給料 table (its header `給料月額` over the row: a
# label reaching its cells, fresh12b's `手当月額`), per null in the 報酬 table (its header says only `報酬`: NEW, arguable,
# the figures are monthly but no 月 is written) and in the 退職手当 table (`100万円×在職月数` a formula's base, per null;
# `2160万円` the amount for one term). `4.45月分` a count with unit `月分` (NEW: the bonus rate in months of pay; the
# cells gold of fuji_r8 keeps the same unit). `1期` of `1期(4年=48月) 勤めた場合` a count of terms (NEW,
# arguable); the column label `1期の手当額` (line 17) and its quotation `「1期の手当額」` (line 21) a per-term rate marker,
# no mention (as `1人当たり`, `1年あたり`: fresh12b, fresh13b; blind audit), `4年` and `48月` durations, `100分の45`
# a fraction (no mention), `4月1日` of the note the status date 2007-04-01, `12%` a percent. The address, postcode and
# phone no mentions.
O, FY, MO = "other", 2007, "month"
PAY = "a pay rate per person (or its peers' highest / lowest), not a budget"
M = [date(1, "平成19年4月1日", "2007-04-01")]
for ln, who, per, vals in [(5, "市長 給料月額", MO, [("100万円", 1000000), ("110万円", 1100000), ("65万6600円", 656600)]),
                           (6, "副市長 給料月額", MO, [("83万円", 830000), ("94万円", 940000), ("64万円", 640000)]),
                           (10, "議長 報酬", None, [("63万円", 630000), ("81万8900円", 818900), ("46万3000円", 463000)]),
                           (11, "副議長 報酬", None, [("56万円", 560000), ("73万7200円", 737200), ("42万円", 420000)]),
                           (12, "議員 報酬", None, [("52万円", 520000), ("65万5500円", 655500), ("38万9300円", 389300)])]:
    for (text, v), what in zip(vals, ("", " (類似団体の最高額)", " (類似団体の最低額)")):
        M.append(trap(amt(ln, text, v, role=O, fy=FY, per=per), who + what, PAY))
M += [
    fyr(14, "平成18年度", 2006), cnt(14, "4.45月分", 4.45, "月分"),
    fyr(15, "平成18年度", 2006), cnt(15, "4.45月分", 4.45, "月分"),
    trap(amt(19, "100万円", 1000000, role=O, fy=FY), "市長 退職手当 算定方式の給料月額", PAY),
    trap(amt(19, "2160万円", 21600000, role=O, fy=FY), "市長 退職手当 1期の手当額", "an expected payout per term, not a budget"),
    trap(amt(20, "83万円", 830000, role=O, fy=FY), "副市長 退職手当 算定方式の給料月額", PAY),
    trap(amt(20, "996万円", 9960000, role=O, fy=FY), "副市長 退職手当 1期の手当額", "an expected payout per term, not a budget"),
    date(21, "4月1日", "2007-04-01"), cnt(21, "1期", 1, "期"), dur(21, "4年", 4, "year"), dur(21, "48月", 48, "month"),
    pct(23, "12%", 12),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
