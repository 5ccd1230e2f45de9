from kinds import amt, date, dur, fyr, pct, trap, traps

DOC = "shigahochi_shiga_h29_tosho"
# 滋賀県's 平成二十九年度当初予算案 (三日月大造知事 names it) in a local paper, written in kanji numerals (fresh7a's 石川県:
# `五千三百四十三億円` = 534,300,000,000; `一兆九百八十億円`; `四十億二千万円`; percents `一・九%`, `○・三%` with `○` as zero,
# `一○二・五%` = 102.5 past 100). Every amount fy 2017 (`平成二十九年度` in the lead). 一般会計, 特別会計, 企業会計 `budget`,
# account totals, traps (the headline's rounded `5300億円` too); 県税, 地方交付税, 県債 (revenues), the 県債残高 and its
# increase, the draws on and balances of the funds `other`, traps. No work with its own figure: no rows. The issue line's
# `平成29年2月10日` a date, `第17727号` an issue number (no mention); `九日` the day before (2017-02-09); `5年ぶり`, `五年ぶり`
# durations (GUIDE `9年ぶり`); `法人二税` a name. The cut `(同` no mention.
B, O, FY = "budget", "other", 2017
M = [
    dur(1, "5年ぶり", 5, "year"),
    date(2, "平成29年2月10日", "2017-02-10"),
    pct(3, "1.9%", 1.9),
    trap(amt(3, "5300億円", 530000000000, role=B, fy=FY), "一般会計 (見出し)", "account total"),
    date(5, "九日", "2017-02-09"), fyr(5, "平成二十九年度", FY),
    pct(5, "一・九%", 1.9),
    trap(amt(5, "五千三百四十三億円", 534300000000, role=B, fy=FY), "一般会計", "account total"),
    dur(5, "五年ぶり", 5, "year"),
    trap(amt(5, "一千六百六十六億円", 166600000000, role=B, fy=FY), "特別会計", "account total"),
    pct(5, "二六・三%", 26.3),
    trap(amt(5, "七百五十六億円", 75600000000, role=B, fy=FY), "企業会計", "account total"),
    pct(5, "一○二・五%", 102.5),
    pct(6, "○・三%", 0.3),
    trap(amt(6, "一千五百五十億円", 155000000000, role=O, fy=FY), "県税", "revenue"),
    pct(6, "○・九%", 0.9),
    trap(amt(6, "一千百五十億円", 115000000000, role=O, fy=FY), "地方交付税", "revenue"),
    pct(7, "七・一%", 7.1),
    trap(amt(7, "七百九十一億円", 79100000000, role=O, fy=FY), "県債の発行", "revenue (borrowing)"),
    trap(amt(8, "百二十二億円", 12200000000, role=O, fy=FY), "県債残高の増加", "change of a balance"),
    trap(amt(8, "一兆九百八十億円", 1098000000000, role=O, fy=FY), "県債残高", "balance"),
    trap(amt(9, "六十億円", 6000000000, role=O, fy=FY), "財政調整基金の取崩し", "a fund's draw (revenue)"),
    trap(amt(9, "六十三億円", 6300000000, role=O, fy=FY), "財政調整基金の残高", "balance"),
    trap(amt(9, "四十億二千万円", 4020000000, role=O, fy=FY), "県債管理基金の取崩し", "a fund's draw (revenue)"),
]
ROWS: list[dict[str, object]] = []
NOT_ROWS = traps(M)
