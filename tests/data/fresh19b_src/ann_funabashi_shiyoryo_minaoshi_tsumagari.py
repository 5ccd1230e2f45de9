from kinds import amt, cnt, dur, trap, traps

DOC = "funabashi_shiyoryo_minaoshi_tsumagari"
# A 船橋市 council member's report of the December session (令和元年, 2019: the session that revised the facility fees;
# the stored text names no year): the 補正予算 for school repairs (`小学校改修費11億円`, `中学校改修費8.8億円`) are the
# supplementary's programmes: rows, `supplementary_budget`, fy 2019 (a December supplementary belongs to the fiscal
# year it amends; arguable: the text writes no year). The revision's effect `初年度5,000万円`, `3年後には1.6億円`
# (行財政改革効果, extra fee revenue) `other`, fy null, traps. The fees `大人440→500円` are two amounts each (old, new;
# the bare `440` takes the arrow's `円`, as a range's bare lower end), `other`, per null, traps. `12条例`, `13施設程度`
# Audit (audit19b): the year 2019 is known only from outside the stored text, so the two items are fy null with
# fy_alt [2019] (GUIDE: fy where the deck states it; fresh6c, fresh8b, fresh19a's 総社市) and `12月5日` is left out (a
# year-less date in a text with no year: fresh18a call 12, fresh19a's 宍粟市).
# (approx) counts; `1日の委員会`, `3日間`, `3年後` durations; `12月5日` 2019-12-05; list numbers `1、` `Ⅰ、` no mentions.
O, S = "other", "supplementary_budget"
F = "a facility fee (old or new price), not a programme's budget"
E = "the revision's expected revenue effect (fee income), not a budget"
W = "a school-repair programme of the December supplementary budget"
M = [
    cnt(4, "12条例", 12, "条例"),
    cnt(4, "13施設", 13, "施設", q=("approx",)),
    dur(4, "1日", 1, "day"),
    dur(4, "3日間", 3, "day"),
    amt(6, "11億円", 1100000000, role=S),
    amt(7, "8.8億円", 880000000, role=S),
    trap(amt(10, "5,000万円", 50000000, role=O), "行財政改革効果 初年度", E),
    dur(10, "3年後", 3, "year"),
    trap(amt(10, "1.6億円", 160000000, role=O), "行財政改革効果 3年後", E),
    trap(amt(12, "440", 440, role=O), "プラネタリウム館 大人 (旧)", F),
    trap(amt(12, "500円", 500, role=O), "プラネタリウム館 大人 (新)", F),
    trap(amt(12, "440", 440, role=O), "プラネタリウム館 高校生 (旧)", F),
    trap(amt(12, "250円", 250, role=O), "プラネタリウム館 高校生 (新)", F),
    trap(amt(14, "5,440", 5440, role=O), "公民館 講堂 (旧)", F),
    trap(amt(14, "6,980円", 6980, role=O), "公民館 講堂 (新)", F),
    trap(amt(14, "600", 600, role=O), "第一集会室 (旧)", F),
    trap(amt(14, "590円", 590, role=O), "第一集会室 (新)", F),
    trap(amt(16, "3,960", 3960, role=O), "視聴覚ホール午前の部 (旧)", F),
    trap(amt(16, "4,140円", 4140, role=O), "視聴覚ホール午前の部 (新)", F),
]
ROWS = [
    dict(line=6, text="11億円", budget_yen=1100000000, fy=None, fy_alt=[2019], role=S, why=W, program="小学校改修費"),
    dict(line=7, text="8.8億円", budget_yen=880000000, fy=None, fy_alt=[2019], role=S, why=W, program="中学校改修費"),
]
NOT_ROWS = traps(M)
