from kinds import amt, cnt, date, dur, trap, traps

DOC = "toyohashi_2008_hokubu_kyushoku_pfi_hikoken"
# 愛知県豊橋市's award of its 北部学校給食共同調理場 PFI, as a local paper's item on hikoken.jp reports it. The page names no
# year; the text fixes it (`2010年4月の供用開始`, `事業期間は設計・建設が09年1月~`, a re-tender after `今年4月`): 2008.
# The headline's `65億` (no 円, a clipped bid: fresh14c call 10), `落札類は65億6800万円余り` (`余り` after the figure: at_least,
# min the figure, max null, fresh2's `あまり`) and `落札価格は65億6832万0247円(税抜き)`: the winning bid, `other`, fy null, traps.
# `評価点数は79.75点` a count of 点 (fresh14c call 4); `5社`, `6社`, `1者` counts. `11月中旬` 2008-11; `10年4月` (a
# subheading), `09年1月~10年2月`, `10年4月~25年3月`: two-digit years, no mentions (blind audit: were a date and two
# ranges; GUIDE: a year without an era or four digits; fresh16c, fresh17c); `15年間` a duration. Areas (`3938平方`,
# `約4200平方㍍` …) and the address `4ノ1` no mentions.
O = "other"
M = [
    trap(amt(1, "65億", 6500000000, role=O), "見出し 北部学校給食共同調理場 落札額", "the winning bid clipped in a headline, not a budget"),
    trap(amt(2, "65億6800万円", 6568000000, None, role=O, q=("at_least",)), "北部学校給食共同調理場設備・運営事業 落札額 (余り)",
         "the winning bid of a PFI contract, not a budget"),
    date(2, "11月", "2008-11"), date(2, "2010年4月", "2010-04"),
    trap(amt(4, "65億6832万0247円", 6568320247, role=O), "同 落札価格 (税抜き)", "the winning bid of a PFI contract, not a budget"),
    cnt(4, "79.75点", 79.75, "点"), cnt(4, "5社", 5, "社"), cnt(4, "6社", 6, "社"),
    date(5, "4月", "2008-04"), cnt(5, "1者", 1, "者"),
    dur(7, "15年間", 15, "year"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
