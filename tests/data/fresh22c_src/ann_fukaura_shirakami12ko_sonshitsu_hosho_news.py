from kinds import amt, date, dur, fyr, trap, traps

DOC = "fukaura_shirakami12ko_sonshitsu_hosho_news"
# 陸奥新報 (2020-06 by its address) on 青森県深浦町's loss guarantee for its third sector しらかみ十二湖: the
# `2020年度一般会計補正予算案に1億円と利子相当額を上限とする債務負担行為` — a debt-burden ceiling (fresh11b 熊本市: `other`,
# at_most, min null), fy 2020 (the supplementary budget's year; as this set's 東みよし町 call), a trap; no draft (`予算案`
# is not `（案）` by the figure: earlier call). `5日` takes the address's month and year (2020-06-05; fresh21a's `18日`).
# Two-digit `20年度`, `19年度`, `05年3月` no mentions (GUIDE); `21年間`, `1年間` durations.
M = [
    date(1, "5日", "2020-06-05"),
    fyr(1, "2020年度", 2020),
    trap(amt(1, "1億円", None, 100000000, role="other", fy=2020, q=("at_most",)),
         "深浦町 しらかみ十二湖の借入に対する損失補償 債務負担行為 (上限)", "a debt-burden ceiling, not a budget row"),
    dur(3, "21年間", 21, "year"),
    dur(3, "1年間", 1, "year"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
