from kinds import amt, date, dur, fyr, pct, trap, traps

DOC = "thr_h22_namioka_bypass_saihyoka"
# 東北地方整備局's re-evaluation material (資料8-1 of its 平成22年度 第4回 事業評価監視委員会, 平成22年11月26日) on 一般国道7号
# 浪岡バイパス, the PDF's text on expydoc in one line. Its money is the table `全体事業費 (うち用地費) 執行済み額 (うち用地費)
# 全体進捗率 (用地費) H17再評価時 全体事業費 (うち用地費)` flattened twice, for the full build (`完 成 260億円 (50億円) 168億円
# (45億円) 65%(90%) 260億円 (50億円)`) and the interim two lanes (`暫 定 200億円 …`): the whole cost over the project's life,
# its land part (a breakdown), the amount spent so far and the whole cost as estimated at the 2005 evaluation. All
# `other`, fy null (none is a year's amount; `H17再評価時` dates the estimate, not a fiscal year's money: arguable),
# traps (fresh12a's 全体事業費). `65%`, `84%` (全体進捗率) and `(90%)` (用地費's) percents. `平成22年度` (the committee's
# year), `昭和49年度` … `昭和60年度` (事業化, 都市計画決定, 用地着手, 工事着手), `H17` (GUIDE's era abbreviation) fiscal
# years; `平成22年11月26日` a date; `前回再評価後3年経過` a duration. `12.6km`, `W=28.0m`, `80km/h`, `L=2.1km`, `第3種1級`,
# `第4回`, `8-1`, `一般国道7号`, `【センサス区間 1042】` and the chart's bare cells (`3.00 35,000 ( 30,000 … 27,512 20,879
# 1.87 1.`) no mentions.
O = "other"
W = "a project's whole cost over its life under re-evaluation (全体事業費), not a year's budget"
L = "the land part of a project's whole cost (a breakdown), not a budget"
S = "the amount spent on the project so far (執行済み額), not a budget"
H = "the whole cost as estimated at the previous evaluation (H17再評価時), not a budget"
HL = "the land part of the previous evaluation's whole cost (a breakdown), not a budget"
M = [
    fyr(1, "平成22年度", 2010), date(1, "平成22年11月26日", "2010-11-26"), dur(1, "3年", 3, "year"),
    fyr(1, "昭和49年度", 1974), fyr(1, "昭和56年度", 1981), fyr(1, "昭和57年度", 1982), fyr(1, "昭和60年度", 1985),
    fyr(1, "H17", 2005),
    trap(amt(1, "260億円", 26000000000, role=O), "浪岡バイパス 完成 全体事業費", W),
    trap(amt(1, "50億円", 5000000000, role=O), "完成 全体事業費 うち用地費", L),
    trap(amt(1, "168億円", 16800000000, role=O), "完成 執行済み額", S),
    trap(amt(1, "45億円", 4500000000, role=O), "完成 執行済み額 うち用地費", "the land part of the amount spent (a breakdown), not a budget"),
    pct(1, "65%", 65), pct(1, "90%", 90),
    trap(amt(1, "260億円", 26000000000, role=O), "完成 H17再評価時 全体事業費", H),
    trap(amt(1, "50億円", 5000000000, role=O), "完成 H17再評価時 うち用地費", HL),
    trap(amt(1, "200億円", 20000000000, role=O), "浪岡バイパス 暫定 全体事業費", W),
    trap(amt(1, "50億円", 5000000000, role=O), "暫定 全体事業費 うち用地費", L),
    trap(amt(1, "168億円", 16800000000, role=O), "暫定 執行済み額", S),
    trap(amt(1, "45億円", 4500000000, role=O), "暫定 執行済み額 うち用地費", "the land part of the amount spent (a breakdown), not a budget"),
    pct(1, "84%", 84), pct(1, "90%", 90),
    trap(amt(1, "200億円", 20000000000, role=O), "暫定 H17再評価時 全体事業費", H),
    trap(amt(1, "50億円", 5000000000, role=O), "暫定 H17再評価時 うち用地費", HL),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
