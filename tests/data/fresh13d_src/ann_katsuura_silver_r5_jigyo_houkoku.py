from kinds import amt, cnt, date, dur, fyr, pct, trap, traps

DOC = "katsuura_silver_r5_jigyo_houkoku"
# (公社)勝浦町シルバー人材センター 令和5年度事業報告書 (its 情報公開 page): the year's account in prose, closed by the
# results `経常収益は…43,145千円となり4,022千円の前年比10パーセントの上昇`, `経常費用は、49,912千円となり1, 894千円
# と3.8パーセントの増`: settled figures and their changes (other, FY2023 from the title, traps: fresh11a). The
# stored text breaks `10パーセン`/`ト` and `3.`/`8パーセント` over lines: one percent each, on the line where it starts
# (GUIDE). `1, 894千円` keeps its space (1,894千円). `30年ぶり` a duration (GUIDE: `9年ぶり`); `0%台` (a rate in the
# zero-percent range): NEW, arguable, a percent 0..1. `令和6年度から` a fiscal-year point; `令和5年10月` dates.
O = "other"
R = "a settled figure of the 令和5年度 accounts (経常収益 / 経常費用) or its change: a result, not a budget"
M = [
    fyr(3, "令和5年度", 2023),
    fyr(4, "令和5年度", 2023), dur(4, "3年間", 3, "year"),
    dur(5, "30年", 30, "year"),
    pct(10, "0%", 0, 1),
    date(14, "令和5年10月", "2023-10"),
    date(15, "令和5年10月", "2023-10"), fyr(15, "令和6年度", 2024), pct(15, "10%", 10),
    pct(16, "15%", 15),
    dur(17, "1年間", 1, "year"), cnt(17, "16名", 16, "名"),
    cnt(18, "11名", 11, "名"), cnt(18, "5名", 5, "名"), cnt(18, "112名", 112, "名"),
    trap(amt(22, "43,145千円", 43145000, role=O, fy=2023), "経常収益", R),
    trap(amt(22, "4,022千円", 4022000, role=O, fy=2023), "経常収益 前年比増", R),
    pct(22, "10パーセン", 10),
    trap(amt(23, "49,912千円", 49912000, role=O, fy=2023), "経常費用", R),
    trap(amt(23, "1, 894千円", 1894000, role=O, fy=2023), "経常費用 増", R),
    pct(23, "3.", 3.8),
]
ROWS: list = []
NOT_ROWS = traps(M)
