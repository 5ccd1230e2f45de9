from kinds import amt, cnt, date, trap, traps

DOC = "iyogin_h29_ehime_marathon_hakyu"
# いよぎん地域経済研究センター's news release (2017-02-14, as expydoc stores it, one long line): the 県内 economic ripple
# effect of the 第55回愛媛マラソン. Every amount is an estimate of the research centre, not programme money: role `other`,
# fy null (the release names no fiscal year; `平成 23 年愛媛県産業連関表` is a quoted table title, no date). The total
# effect (headline `4億8千万円`, approx from およそ; the table's and the prose's `4億 76 百万円`) and the organiser's
# 事業費 `1 億 39 百万円` (another body's spending, the input of the estimate) are traps; 直接効果 / 間接効果 and the runners'
# and spectators' 消費額 are breakdowns of the result. `3.42 倍` a multiplier (no kind); `第 55 回`, `No.17−036` no mentions.
O = "other"
L = 1
M = [
    date(L, "平成29年2月14日", "2017-02-14"),
    trap(amt(L, "4億8千万円", 480000000, role=O, q=("approx",)), "愛媛マラソンの経済波及効果 (見出し)",
         "an estimated economic effect, not a budget"),
    date(L, "2月 12 日", "2017-02-12"),
    trap(amt(L, "4億 76 百万円", 476000000, role=O), "経済波及効果 (推計結果の表)", "an estimated economic effect"),
    amt(L, "3億 21 百万円", 321000000, role=O),
    amt(L, "1億 55 百万円", 155000000, role=O),
    cnt(L, "10,201 人", 10201, "人"),
    amt(L, "4億 76 百万円", 476000000, role=O),
    trap(amt(L, "1 億 39 百万円", 139000000, role=O, q=("approx",)), "主催者事業費",
         "the organiser's event spending, an input of the estimate, not the issuer's budget"),
    cnt(L, "10,201 人", 10201, "人"),
    cnt(L, "20 万人", 200000, "人", q=("approx",)),
    amt(L, "3億 86 百万円", 386000000, role=O, q=("approx",)),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
