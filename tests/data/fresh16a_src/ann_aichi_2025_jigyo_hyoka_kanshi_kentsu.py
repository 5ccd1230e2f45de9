from kinds import amt, cnt, date, dur, fyr, pct, trap, traps

DOC = "aichi_2025_jigyo_hyoka_kanshi_kentsu"
# 愛知県's 事業評価監視委員会 (2025年度 第2回, 8月26日) as 建通新聞 (digital.kentsu.co.jp) reports it: five re-evaluations, the
# first two listed as `①事業内容②全体事業費③事業期間④進捗率⑤残事業費⑥費用対効果分析…` (the text is cut in the second). Money:
# `②9億2000万円(前回再評価時の4億8000万円から4億4000万円を増額)` (the whole cost, the previous evaluation's, the increase)
# and `⑤4億円` (残事業費); the second project's `11億3000万円` and `1億6000万円`: whole-life costs, a previous estimate, a
# change and costs still to spend: `other`, fy null, traps (fresh12a's 全体事業費; changes `other`). `④57%`, `85・8%`
# (the paper's `・` for a decimal point: 85.8) percents; `5年延長` (twice) durations; `5事業` (three times), `4件`, `1件`,
# `2事業` counts. `③16~30年度`, `16~25年度`, `05~28年度`, `05~23年度`: two-digit years without an era (2016 … 2030):
# no mentions (GUIDE; fresh13's era-less years; arguable: the paper's shorthand for 2016年度 …). `8月26日` 2025-08-26,
# `4月25日` 2025-04-25 (the 2025年度 committee's year) dates; `2025年度` a fiscal year. `200㍍`, `2・5~3・25㍍`, `725㍍`,
# `2・75㍍` lengths; `⑥0・75` (B/C) and `0・` (cut) ratios; `国道42号`, `①` … `⑨` no mentions.
O = "other"
W = "a project's whole cost over its life under re-evaluation (全体事業費), not a year's budget"
R = "the cost still to be spent on a project under re-evaluation (残事業費), not a budget"
M = [
    cnt(1, "5事業", 5, "事業"),
    date(3, "8月26日", "2025-08-26"), fyr(3, "2025年度", 2025),
    cnt(3, "5事業", 5, "事業"), cnt(3, "4件", 4, "件"), cnt(3, "1件", 1, "件"), cnt(3, "2事業", 2, "事業"),
    date(3, "4月25日", "2025-04-25"),
    cnt(3, "5事業", 5, "事業"),
    trap(amt(3, "9億2000万円", 920000000, role=O), "一般国道42号交通安全対策事業 全体事業費", W),
    trap(amt(3, "4億8000万円", 480000000, role=O), "一般国道42号交通安全対策事業 前回再評価時の全体事業費",
         "a project's whole cost as estimated at the previous evaluation, not a budget"),
    trap(amt(3, "4億4000万円", 440000000, role=O), "一般国道42号交通安全対策事業 増額",
         "a change of a project's estimated whole cost, not a budget"),
    dur(3, "5年", 5, "year"), pct(3, "57%", 57),
    trap(amt(3, "4億円", 400000000, role=O), "一般国道42号交通安全対策事業 残事業費", R),
    trap(amt(3, "11億3000万円", 1130000000, role=O), "一般県道豊丘豊浜線交通安全対策事業 全体事業費", W),
    dur(3, "5年", 5, "year"), pct(3, "85・8%", 85.8),
    trap(amt(3, "1億6000万円", 160000000, role=O), "一般県道豊丘豊浜線交通安全対策事業 残事業費", R),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
