from kinds import amt, dur, fyr, trap, traps

DOC = "nishinoshima_shinki_gyogyo_shugyosha_shien"
# 島根県西ノ島町's page on its support for new fishers. The table of fishers `年 | H24 | … | R2 |` with bare cells under
# `(単位:人)`: the era-labelled headers are fiscal years, one mention each (GUIDE: `H25 H26 H27` column headers), the cells
# no mentions (bare cells under a header unit). `事業費の2/3以内(上限200万円)` a cap (`support`, at_most, min null);
# `月額最大10万円` a monthly cap (per `month`, at_most); `月額3万円` a monthly grant to the host fisher (per `month`). fy null:
# the programme period `令和2年度から6年度まで` gives two fiscal years (GUIDE: two points), the second written without its
# era (`6年度`, the era carried from `令和2年度`: a fiscal year 2024, NEW, arguable — the GUIDE's era-less years are
# years standing alone), and labels no amount (fresh22a: a period is no fy label). `最長5年間`, `最長2年間` at_most. List
# numbers `1.`, `(1)`, `(2)` and the fraction `2/3` no mentions.
S = "support"
AM = ("at_most",)
M = [
    fyr(7, "H24", 2012), fyr(8, "H25", 2013), fyr(9, "H26", 2014), fyr(10, "H27", 2015), fyr(11, "H28", 2016),
    fyr(12, "H29", 2017), fyr(13, "H30", 2018), fyr(14, "R1", 2019), fyr(15, "R2", 2020),
    trap(amt(37, "200万円", None, 2000000, role=S, q=AM), "沿岸漁業スタートアップ事業 上限", "a grant's cap per fisher"),
    trap(amt(41, "10万円", None, 100000, role=S, q=AM, per="month"), "自営漁業者自立給付金 月額最大", "a monthly cap per fisher"),
    dur(41, "5年間", None, "year", 5, q=AM),
    fyr(42, "令和2年度", 2020),
    fyr(42, "6年度", 2024),
    trap(amt(52, "3万円", 30000, role=S, per="month"), "新規自営漁業就業者研修支援事業 月額", "a monthly grant per host"),
    dur(52, "2年間", None, "year", 2, q=AM),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
