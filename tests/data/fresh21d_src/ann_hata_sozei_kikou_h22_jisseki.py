from kinds import amt, cnt, date, fyr, pct, trap, traps

DOC = "hata_sozei_kikou_h22_jisseki"
# The 租税債権管理機構 of 高知県's 幡多 area (hata-e.co.jp; six towns and cities entrust their arrears to it): its
# 平成22年度 results. Amounts with their own `千円` in prose lines: 受託額 (arrears entrusted) and its 本税 / 督促 parts,
# 徴収額 and its 本税 / 督促 / 延滞金 parts, and the year's plan `当初受託見込額4億円` with its collection target
# `120,000千円`: all `other` (arrears and collections; the plan is an expected caseload, not appropriated money), fy 2010
# from the title line `平成22年度…執行状況概要`, traps. The table by tax under `単位:千円` is bare cells (no mentions)
# but its rates carry `%` (percents); `31.7&` (a typo for %) and `≒8,536` bare: no mentions. `22年4月9日〜23年3月31日`
# (era-less years) no mention; `21年度` no mention. Counts: `6市町村`, `400人` (twice), `236件`, `3件`, `9回`, `124品`.
O = "other"
RES = "arrears entrusted to / collected by the agency (a result), not a budget"
PLAN = "the year's expected entrusted arrears / collection target, not a budget"
M = [
    fyr(2, "平成22年度", 2010),
    date(2, "平成23年4月7日", "2011-04-07"),
    cnt(4, "6市町村", 6, "市町村"),
    cnt(4, "400人", 400, "人"),
    trap(amt(5, "414,397千円", 414397000, role=O, fy=2010), "受託額", RES),
    trap(amt(5, "412,607千円", 412607000, role=O, fy=2010), "受託額 本税", RES),
    trap(amt(5, "1,790千円", 1790000, role=O, fy=2010), "受託額 督促", RES),
    trap(amt(7, "172,661千円", 172661000, role=O, fy=2010), "徴収額", RES),
    trap(amt(7, "130,703千円", 130703000, role=O, fy=2010), "徴収額 本税", RES),
    trap(amt(7, "628千円", 628000, role=O, fy=2010), "徴収額 督促", RES),
    trap(amt(7, "41,331千円", 41331000, role=O, fy=2010), "徴収額 延滞金", RES),
    pct(9, "31.7%", 31.7),
    trap(amt(10, "4億円", 400000000, role=O, fy=2010), "当初受託見込額", PLAN),
    pct(10, "30%", 30),
    trap(amt(10, "120,000千円", 120000000, role=O, fy=2010), "徴収目標額", PLAN),
    pct(20, "0.0%", 0.0),
    pct(25, "30.7%", 30.7),
    pct(30, "29.0%", 29.0),
    pct(35, "34.7%", 34.7),
    pct(40, "36.1%", 36.1),
    cnt(48, "400人", 400, "人"),
    cnt(62, "236件", 236, "件"),
    cnt(90, "3件", 3, "件"),
    cnt(91, "9回", 9, "回"),
    cnt(91, "124品", 124, "品"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
