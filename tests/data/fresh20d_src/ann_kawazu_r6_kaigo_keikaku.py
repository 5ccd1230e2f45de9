from kinds import amt, cnt, dur, fyr, trap, traps

DOC = "kawazu_r6_kaigo_keikaku"
# 静岡県河津町's 広報かわづ 令和6年4月号 (町政Pick Up) on its 第9期介護保険計画: `月額6300円` in the heading and again in the
# text (`other`, per `month`, fy null, traps), lowered by `200円` (`other`, per `month`). `令和6年~8年度` one fiscal-year
# range (its `~`; `令和6年` without 度 read as the range's first year), `3年ごとに` a duration, `12か月分` 12 months,
# `9段階から13段階` two counts of bands. Not mentions: `9/17` (a page counter), `第10次`, `第5次`, `第9期` (plan numbers),
# `65歳以上` (an age), `第1号被保険者`.
O = "other"
PREM = "the standard premium (基準額) a resident pays, a charge, no appropriation"
M = [
    trap(amt(8, "6300円", 6300, role=O, per="month"), "介護保険料基準額 (月額, 見出し)", PREM),
    dur(9, "3年", 3, "year"), fyr(9, "令和6年~8年度", 2024, 2026),
    trap(amt(12, "6300円", 6300, role=O, per="month"), "介護保険料基準額 (月額)", PREM),
    amt(12, "200円", 200, role=O, per="month"),
    dur(12, "12か月", 12, "month"),
    cnt(13, "9段階", 9, "段階"), cnt(13, "13段階", 13, "段階"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
