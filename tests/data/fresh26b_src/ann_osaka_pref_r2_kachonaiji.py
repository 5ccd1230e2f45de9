from kinds import amt, date, fyr, trap, traps

DOC = "osaka_pref_r2_kachonaiji"
# 大阪府's page `令和2年度当初予算財政課長内示の概要` (via a cache copy): a `|` table one cell a line, columns `要求額 | 内示額`,
# rows `要求事業総額 (うち一般財源)` and `うち建設事業 (うち一般財源)`, each cell a figure WITH its unit and its 一般財源 part in
# brackets (`1兆9,583億円 (1兆4,003億円)`): amounts, FY2020 (the title). Roles follow fresh9b's stages of compilation: a
# request beside a later-stage figure `other`, the 財政課長内示 (an intermediate stage, neither the request nor the adopted
# budget) `other`; the bracketed `うち一般財源` parts financing `other` (fresh9b's `一般財源ベース`); all totals or a class
# (建設事業), traps; no row. The bracket is a part, not a previous year (the column header says so; NEW for a `(うち…)` row
# label over `X (Y)` cells, against the GUIDE's `X（Y）` budget pair). `令和2年1月6日現在` a date. Not mentions: `ゼロ内示`.
O, FY = "other", 2020
M = [
    fyr(2, "令和2年度", FY),
    trap(amt(9, "1兆9,583億円", 1958300000000, role=O, fy=FY), "要求事業総額 要求額", "a request beside the 内示 stage: a total"),
    trap(amt(9, "1兆4,003億円", 1400300000000, role=O, fy=FY), "要求額のうち一般財源", "a financing part of a total"),
    trap(amt(10, "1兆9,512億円", 1951200000000, role=O, fy=FY), "要求事業総額 内示額", "an intermediate stage: a total"),
    trap(amt(10, "1兆3,957億円", 1395700000000, role=O, fy=FY), "内示額のうち一般財源", "a financing part of a total"),
    trap(amt(12, "1,705億円", 170500000000, role=O, fy=FY), "うち建設事業 要求額", "a class's request"),
    trap(amt(12, "281億円", 28100000000, role=O, fy=FY), "建設事業 要求額のうち一般財源", "a financing part"),
    trap(amt(13, "1,700億円", 170000000000, role=O, fy=FY), "うち建設事業 内示額", "a class at an intermediate stage"),
    trap(amt(13, "281億円", 28100000000, role=O, fy=FY), "建設事業 内示額のうち一般財源", "a financing part"),
    date(15, "令和2年1月6日", "2020-01-06"),
]
ROWS: list[dict] = []
NOT_ROWS = traps(M)
