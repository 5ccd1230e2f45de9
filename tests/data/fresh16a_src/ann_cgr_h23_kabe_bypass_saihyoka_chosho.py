from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "cgr_h23_kabe_bypass_saihyoka_chosho"
# 中国地方整備局's 再評価項目調書 of 一般国道54号 可部バイパス (the 平成23年 evaluation: `H22年度末現在`, `基準年 平成23年`), the PDF's
# text on fdocument.pub flattened into one line. Its money is the project's whole cost `全体事業費 約736億円` and the
# cost-benefit analysis as `(残事業)/(事業全体)` pairs: `総費用 162 / 1,017 億円`, `総便益 678 / 2,061 億円`, the benefits
# `630/1,922億円`, `28/111億円`, `19/28億円` and the cost `事業費 :123/962 億円`: present values (fresh12a's `B=` / `C=` of
# 仙台市: `other`, fy null, traps). NEW: the bare first figure of a `N/M億円` pair takes the unit written after the
# second (GUIDE: a range's upper unit applies to a bare lower end); each figure its own mention (text the bare digits).
# `維持管理費: 39/ 55` has no unit written on it: bare numbers, no mention (arguable: the pair sits among 億円 pairs).
# `S56年度` (twice), `S58年度`, `H2年度`, `H22年度` fiscal years (GUIDE's era abbreviations); `平成23年` (基準年) a date.
# `78%` (事業進捗率), `6.4%` (損失時間の削減) percents; the sensitivity cases `(交通量+10%)`, `(交通量-10%)`, `(事業費+10%)`,
# `(事業費-10%)`, `(事業期間+20%)`, `(事業期間-20%)` percents with their sign (`-10%` → -10; NEW, arguable: the GUIDE names only ▲/△ as minus).
# `16,400 ~50,000 台/日` (計画交通量) a count range of 台 (a daily traffic volume: arguable, a reader could take it as a
# rate no kind covers); `3便益` (the three benefits the manual counts) a count of 便益. B/C values (`2.0`, `4.2`,
# `B/C= 5.3` …), `9.7km`, `180km`, `20km/h`, `7,732千人・時間/年` (person-hours a year: no kind), `48` (the site's
# counter), `一般国道54号` (a name), `①` no mention.
O = "other"
PV = "a present value of the project's cost-benefit analysis, not a budget"
M = [
    fyr(3, "S56年度", 1981), fyr(3, "S56年度", 1981), fyr(3, "S58年度", 1983), fyr(3, "H2年度", 1990),
    trap(amt(3, "736億円", 73600000000, role=O, q=("approx",)), "可部バイパス 全体事業費",
         "a project's whole cost over its life under re-evaluation (全体事業費), not a year's budget"),
    pct(3, "78%", 78), fyr(3, "H22年度", 2010),
    cnt(3, "16,400 ~50,000 台", 16400, "台", hi=50000),
    cnt(3, "3便益", 3, "便益"),
    trap(amt(3, "162", 16200000000, role=O), "総費用 (残事業)", PV),
    trap(amt(3, "1,017 億円", 101700000000, role=O), "総費用 (事業全体)", PV),
    trap(amt(3, "678", 67800000000, role=O), "総便益 (残事業)", PV),
    trap(amt(3, "2,061 億円", 206100000000, role=O), "総便益 (事業全体)", PV),
    date(3, "平成23年", "2011"),
    trap(amt(3, "630", 63000000000, role=O), "走行時間短縮便益 (残事業)", PV),
    trap(amt(3, "1,922億円", 192200000000, role=O), "走行時間短縮便益 (事業全体)", PV),
    trap(amt(3, "123", 12300000000, role=O), "事業費 (残事業, 現在価値)", PV),
    trap(amt(3, "962 億円", 96200000000, role=O), "事業費 (事業全体, 現在価値)", PV),
    trap(amt(3, "28", 2800000000, role=O), "走行費用減少便益 (残事業)", PV),
    trap(amt(3, "111億円", 11100000000, role=O), "走行費用減少便益 (事業全体)", PV),
    trap(amt(3, "19", 1900000000, role=O), "交通事故減少便益 (残事業)", PV),
    trap(amt(3, "28億円", 2800000000, role=O), "交通事故減少便益 (事業全体)", PV),
    pct(3, "+10%", 10), pct(3, "-10%", -10), pct(3, "+10%", 10), pct(3, "-10%", -10),
    pct(3, "+20%", 20), pct(3, "-20%", -20),
    pct(3, "6.4%", 6.4),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
